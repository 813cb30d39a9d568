#![cfg(not(target_arch = "wasm32"))]
//! The caseload read as counsellors' spreadsheets write it (CASELOAD.md), answered as
//! of a day, and written back: every reading case, every message, the export's round
//! trip and golden files (`DELAIS_BLESS=1 cargo test --test caseload` re-records them).

use chrono::NaiveDate;
use delais::caseload::{
    self, columns::Column, evaluate, read, read_text, write_csv, write_ics, FileError, Problem, Summary, Table,
    PAGE_ROW_LIMIT,
};
use delais::engine::InputError;
use delais::i18n::Lang;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap()
}

fn table(text: &str) -> Table {
    read_text(text, None).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

fn messages(table: &Table, lang: Lang) -> Vec<String> {
    evaluate(table, as_of())
        .iter()
        .zip(&table.rows)
        .filter_map(|(answer, row)| answer.as_ref().err().map(|errors| caseload::write::error_text(table, row.number, errors, lang)))
        .map(|message| plain(&message))
        .collect()
}

/// French typography's non-breaking spaces as plain ones, for readable expectations.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

// --- Reading -------------------------------------------------------------------------

/// The separator is the one that splits the header into known names: `;` (French
/// Excel), `,` (Google Sheets, LibreOffice) or a tab (cells pasted from a spreadsheet).
#[test]
fn separators_semicolon_comma_and_tab_are_detected_from_the_header() {
    for (separator, text) in [
        (b';', "service;received;notes\ncaq-etudes;2025-12-19;a, b\n"),
        (b',', "service,received,notes\ncaq-etudes,2025-12-19,a; b\n"),
        (b'\t', "service\treceived\tnotes\ncaq-etudes\t2025-12-19\ta, b; c\n"),
    ] {
        let table = table(text);
        assert_eq!(table.separator, separator);
        assert_eq!(table.headers, ["service", "received", "notes"]);
        assert_eq!(table.rows[0].cells[2].len(), if separator == b'\t' { 7 } else { 4 });
        let answers = evaluate(&table, as_of());
        assert_eq!(answers[0].as_ref().unwrap().target, NaiveDate::from_ymd_opt(2026, 1, 26).unwrap());
    }
}

/// Excel's "sep=;" first line names the separator.
#[test]
fn excel_sep_line_names_the_separator() {
    let table = table("sep=,\r\nservice,received\r\npeq,2026-01-05\r\n");
    assert_eq!(table.separator, b',');
    assert_eq!(table.rows.len(), 1);
}

/// UTF-8 with a byte-order mark (Excel's "CSV UTF-8") and without (Google Sheets).
#[test]
fn utf8_with_and_without_bom() {
    let plain = "dossier;service;reçue le\r\nÉlodie;peq;2026-01-05\r\n";
    for bytes in [plain.as_bytes().to_vec(), [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat()] {
        let table = read(&bytes, None).unwrap();
        assert_eq!(table.headers, ["dossier", "service", "reçue le"]);
        assert_eq!(table.rows[0].cells[0], "Élodie");
    }
}

/// Excel's plain "CSV (séparateur : point-virgule)" on Windows: Windows-1252, `;`, CRLF,
/// French headers with accents, quoted cells holding `;` and « ».
#[test]
fn french_excel_windows_1252_semicolons_crlf() {
    let table = read(&fixture("caseload-fr-excel.csv"), None).unwrap();
    assert_eq!(table.separator, b';');
    assert_eq!(table.headers[2], "Reçue le");
    assert_eq!(table.headers[4], "Date de décision");
    assert_eq!(table.layout.get(Column::Received), Some(2));
    assert_eq!(table.layout.get(Column::Outcome), Some(5));
    assert_eq!(table.layout.get(Column::MailingFrom), Some(6));
    assert_eq!(table.rows.len(), 7);
    assert_eq!(table.rows[0].cells[0], "Élodie T.");
    assert_eq!(table.rows[5].cells[10], "« urgent; rappeler »");
    let answers = evaluate(&table, as_of());
    assert!(answers.iter().all(Result::is_ok), "{:?}", messages(&table, Lang::Fr));
    // Benoît: PEQ refused on 16 Feb 2026: 90 days → 17 May 2026.
    let benoit = answers[1].as_ref().unwrap();
    assert_eq!(benoit.reexamination_deadline, NaiveDate::from_ymd_opt(2026, 5, 17));
}

/// Quoted cells keep separators, doubled quotes and line breaks (Alt+Enter in Excel);
/// the row number is the spreadsheet's, not the text's line.
#[test]
fn quoted_cells_with_separators_quotes_and_line_breaks() {
    let text = "file,service,received,notes\r\n\"Smith, J.\",peq,2026-01-05,\"said \"\"hi\"\"\r\nthen left\"\r\nB,peq,2026-02-30,\r\n";
    let table = table(text);
    assert_eq!(table.rows[0].cells[0], "Smith, J.");
    assert_eq!(table.rows[0].cells[3], "said \"hi\"\r\nthen left");
    assert_eq!(table.rows[1].number, 3);
    assert_eq!(
        messages(&table, Lang::En),
        ["Row 3, column “received”: 2026-02-30 does not exist. Check the day and the month."]
    );
}

/// Headers in French or English, any case, accents or underscores; unknown columns are
/// the counsellor's, kept in their place; a row longer than the header keeps its cells.
#[test]
fn headers_in_either_language_and_own_columns_kept_in_place() {
    let table = table("Téléphone;SERVICE;Recue_le;Décision;DATE DE DECISION;Notes\n555;PEQ;2026-01-05;Refus;2026-02-02;x;extra\n");
    assert_eq!(table.layout.get(Column::Service), Some(1));
    assert_eq!(table.layout.get(Column::Received), Some(2));
    assert_eq!(table.layout.get(Column::Outcome), Some(3));
    assert_eq!(table.layout.get(Column::DecisionDate), Some(4));
    assert_eq!(table.headers, ["Téléphone", "SERVICE", "Recue_le", "Décision", "DATE DE DECISION", "Notes", ""]);
    assert_eq!(table.rows[0].cells, ["555", "PEQ", "2026-01-05", "Refus", "2026-02-02", "x", "extra"]);
    assert!(evaluate(&table, as_of())[0].is_ok());
}

/// Cells are text exactly as read: `1,23E+05`, leading zeros and spaces go back unchanged.
#[test]
fn own_cells_are_kept_exactly() {
    let text = "file;service;received;id\n 007 ;peq;2026-01-05;1,23E+05\n";
    let table = table(text);
    let out = String::from_utf8(write_csv(&table, &evaluate(&table, as_of()), Lang::Fr)).unwrap();
    assert!(out.contains("\r\n 007 ;peq;2026-01-05;1,23E+05;"), "{out}");
}

// --- Whole-file messages -------------------------------------------------------------

#[test]
fn a_workbook_says_save_it_as_csv() {
    let error = read(b"PK\x03\x04\x14\x00\x06\x00", None).unwrap_err();
    assert_eq!(error, FileError::Spreadsheet);
    assert!(error.message(Lang::Fr).contains("Enregistrez le classeur en CSV"));
    assert!(error.message(Lang::En).contains("Save the workbook as CSV"));
}

#[test]
fn an_image_is_not_a_csv() {
    let error = read(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None).unwrap_err();
    assert_eq!(error, FileError::NotText);
    assert!(error.message(Lang::Fr).contains("n'est pas un tableau en texte"));
}

#[test]
fn an_empty_file_says_what_the_first_line_holds() {
    for empty in ["", "\r\n\r\n", "\u{FEFF}", ";;;\n"] {
        assert_eq!(read_text(empty, None).unwrap_err(), FileError::Empty, "{empty:?}");
    }
    assert!(plain(&FileError::Empty.message(Lang::Fr)).contains("« service » et « reçue le »"));
}

#[test]
fn a_header_without_service_or_received_is_named() {
    let error = read_text("name;date\nA;2026-01-05\n", None).unwrap_err();
    assert_eq!(error, FileError::MissingColumns(vec![Column::Service, Column::Received]));
    assert_eq!(
        plain(&error.message(Lang::Fr)),
        "Il manque la colonne « service » et « reçue le ». La première ligne du fichier doit nommer les colonnes, au moins « service » et « reçue le » (ou « received ») : voir le modèle."
    );
    let error = read_text("service,notes\npeq,x\n", None).unwrap_err();
    assert_eq!(error, FileError::MissingColumns(vec![Column::Received]));
    assert!(error.message(Lang::En).starts_with("The “received” column is missing."));
}

#[test]
fn two_columns_with_one_meaning_are_named() {
    let error = read_text("service;Reçue le;received\npeq;2026-01-05;2026-01-05\n", None).unwrap_err();
    assert_eq!(error, FileError::DuplicateMeaning { first: "Reçue le".into(), second: "received".into() });
    assert_eq!(
        plain(&error.message(Lang::Fr)),
        "Les colonnes « Reçue le » et « received » disent la même chose. Gardez-en une seule, enregistrez, puis rouvrez le fichier."
    );
}

#[test]
fn the_page_limit_gives_one_message() {
    let mut text = String::from("service,received\n");
    for _ in 0..=PAGE_ROW_LIMIT {
        text.push_str("peq,2026-01-05\n");
    }
    let error = read_text(&text, Some(PAGE_ROW_LIMIT)).unwrap_err();
    assert_eq!(error, FileError::TooManyRows { rows: PAGE_ROW_LIMIT + 1, limit: PAGE_ROW_LIMIT });
    assert!(error.message(Lang::En).contains("the table reads at most 20000"));
    assert_eq!(read_text(&text, None).unwrap().rows.len(), PAGE_ROW_LIMIT + 1);
}

// --- Row messages --------------------------------------------------------------------

/// Every problem of a row, each naming its row, its column as written, and a short,
/// inert excerpt of the value; the other rows are answered.
#[test]
fn every_row_message() {
    let long = "x".repeat(200);
    let text = format!(
        "dossier;service;reçue le;suspensions;date de décision;décision;envoi depuis;motifs;calendrier\n\
         A;peq;2026-02-30;;;;;;\n\
         B;visa;2026-01-05;;;;;;\n\
         C;;;;;;;;\n\
         D;peq;2026-01-05;2026-01-10..2026-01-08;;;;;\n\
         E;peq;2026-01-05;2025-12-01..2025-12-10;;;;;\n\
         F;peq;2026-01-05;;2026-02-02;;;;\n\
         G;peq;2026-01-05;;;refus;;;\n\
         H;peq;2026-01-05;;2026-02-02;peut-être;;;\n\
         I;peq;2026-01-05;;2026-02-02;refus;mars;;\n\
         J;francisation-temps-complet;2026-01-05;;;;;luck;\n\
         K;peq;2026-01-05;;;;;;julian\n\
         L;peq;2026-01-05;2026-01-06.. 2026-01-07..;;;;;\n\
         M;peq;2026-01-05;;2025-12-01;refus;;;\n\
         N;peq;{long}\u{202E};;;;;;\n\
         O;peq;2026-01-05;;;;;;\n"
    );
    let table = table(&text);
    assert_eq!(
        messages(&table, Lang::Fr),
        [
            "Ligne 2, colonne « reçue le » : Le 2026-02-30 n'existe pas. Vérifiez le jour et le mois.",
            "Ligne 3, colonne « service » : « visa » n'est pas une situation connue. Écrivez son identifiant (caq-etudes, peq, pstq…) ou son nom.",
            "Ligne 4, colonne « service » : la valeur manque. ; Ligne 4, colonne « reçue le » : la valeur manque.",
            "Ligne 5, colonne « suspensions » : Suspension 1 : la date de réception des documents doit suivre la date de la demande de documents.",
            "Ligne 6, colonne « suspensions » : Suspension 1 : le Ministère ne peut pas demander de documents avant d'avoir reçu la demande.",
            "Ligne 7, colonne « décision » : une date de décision sans la décision : écrivez refus, rejet ou acceptation.",
            "Ligne 8, colonne « date de décision » : une décision sans sa date : écrivez la date de la lettre.",
            "Ligne 9, colonne « décision » : Décision inconnue : « peut-être ». Choisissez refus, rejet ou acceptation.",
            "Ligne 10, colonne « envoi depuis » : Lieu d'envoi inconnu : « mars ». Choisissez quebec, canada ou abroad.",
            "Ligne 11, colonne « motifs » : Motif inconnu : « luck ». Choisissez situation-change, initial-error, omitted-fact ou other.",
            "Ligne 12, colonne « calendrier » : Calendrier inconnu : « julian ». Choisissez qc-public-service ou qc-statutory.",
            "Ligne 13, colonne « suspensions » : une seule suspension peut rester sans date de fin.",
            "Ligne 14, colonne « date de décision » : La date de la décision doit suivre la date de réception de la demande.",
            "Ligne 15, colonne « reçue le » : « xxxxxxxxxxxx… » n'est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-01-26.",
        ]
    );
    assert_eq!(messages(&table, Lang::En)[1], "Row 3, column “service”: “visa” is not a known situation. Write its id (caq-etudes, peq, pstq…) or its name.");
    let answers = evaluate(&table, as_of());
    assert!(answers.last().unwrap().is_ok());
    assert_eq!(Summary::of(&answers, as_of()).errors, 14);
}

/// Dates as a spreadsheet displays them locally (05/01/2026: 5 January or 1 May?) are
/// never guessed: each row says so briefly, and one message for the file lists the rows
/// and says how to change the format in Excel and LibreOffice.
#[test]
fn local_date_formats_get_one_message_for_the_file() {
    let mut text = String::from("service;received;decision_date;outcome\n");
    for i in 0..13 {
        text.push_str(if i % 2 == 0 { "peq;05/01/2026;;\n" } else { "peq;2026-01-05;1.2.2026;refus\n" });
    }
    text.push_str("peq;2026-01-05;;\n");
    let table = table(&text);
    let rows = table.local_dates();
    assert_eq!(rows, (2..=14).collect::<Vec<_>>());
    let message = plain(&caseload::local_dates_message(&rows, Lang::Fr));
    assert!(message.starts_with("Les lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 3 autres ont des dates écrites comme « 05/01/2026 »"), "{message}");
    assert!(message.contains("Excel : Format de cellule → Date → 2012-03-14 ; LibreOffice : Format → Cellules → Date → ISO 8601"));
    assert!(caseload::local_dates_message(&[4], Lang::En).starts_with("Row 4 has dates written like “05/01/2026”, which read two ways"));
    assert!(matches!(&table.rows[0].parsed, Err(e) if e[0].problem == Problem::LocalDateFormat("05/01/2026".into())));
}

// --- Answers -------------------------------------------------------------------------

/// A suspension without an end (`2026-02-02..`): the documents have not arrived, the
/// clock stays stopped until the table's date, as on the one-file page.
#[test]
fn open_suspension_counts_until_the_as_of_date() {
    let table = table("service,received,pauses\ncaq-etudes,2026-01-05,2026-01-12..\n");
    let answer = evaluate(&table, as_of()).remove(0).unwrap();
    assert!(answer.open_stop);
    assert!(matches!(answer.status, delais::engine::Status::Paused { .. }));
    assert!(answer.target > as_of());
}

/// Services by id, French or English name, or acronym; the family-reunification refusal
/// points to the TAQ.
#[test]
fn services_by_any_name() {
    let table = table(
        "service;received;decision_date;outcome\n\
         Studies: Québec Acceptance Certificate for studies (CAQ);2025-12-19;;\n\
         Études : Certificat d'acceptation du Québec pour études (CAQ);2025-12-19;;\n\
         CAQ;2025-12-19;;\n\
         regroupement-familial;2026-01-05;2026-02-02;refusal\n",
    );
    let answers = evaluate(&table, as_of());
    for answer in &answers[..3] {
        assert_eq!(answer.as_ref().unwrap().target, NaiveDate::from_ymd_opt(2026, 1, 26).unwrap());
    }
    assert!(answers[3].as_ref().unwrap().tribunal);
}

// --- Export --------------------------------------------------------------------------

/// Every input column in order, every row in order (errors included), then the computed
/// columns in the page's language; the input's separator; UTF-8 with BOM; CRLF.
#[test]
fn export_keeps_every_column_and_row_then_adds_the_computed_ones() {
    let table = read(&fixture("caseload-fr-excel.csv"), None).unwrap();
    let out = write_csv(&table, &evaluate(&table, as_of()), Lang::Fr);
    assert!(out.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    let first = text.split("\r\n").next().unwrap();
    assert_eq!(
        first,
        "Dossier;Service;Reçue le;Suspensions;Date de décision;Décision;Envoi depuis;Motifs;Calendrier;Téléphone;Prochaine rencontre;date cible;état;date limite réexamen;poster au plus tard;erreur"
    );
    assert_eq!(text.matches("\r\n").count(), 8);
    assert!(!text.replace("\r\n", "").contains('\n'));
    let table = read_text("file,service,received\nA,peq,2026-01-05\n", None).unwrap();
    let english = String::from_utf8(write_csv(&table, &evaluate(&table, as_of()), Lang::En)).unwrap();
    assert!(english.contains("file,service,received,target date,status,re-examination deadline,mail by,error\r\n"));
}

/// Re-importing an export gives the same table (the computed columns are recognised
/// and recomputed), and exporting it again gives the same bytes.
#[test]
fn export_round_trip() {
    for (name, lang) in [("caseload-60.csv", Lang::En), ("caseload-fr-excel.csv", Lang::Fr), ("caseload-60.csv", Lang::Fr)] {
        let table = read(&fixture(name), None).unwrap();
        let out = write_csv(&table, &evaluate(&table, as_of()), lang);
        let again = read(&out, None).unwrap();
        assert_eq!(again, table, "{name}");
        assert_eq!(write_csv(&again, &evaluate(&again, as_of()), lang), out, "{name}");
    }
}

/// A computed cell never starts like a formula; the counsellor's cells go back as read.
#[test]
fn computed_cells_are_never_formulas() {
    let table = table("service,received,note\n=HYPERLINK(\"x\"),2026-01-05,=1+1\n");
    let out = String::from_utf8(write_csv(&table, &evaluate(&table, as_of()), Lang::En)).unwrap();
    let row = out.split("\r\n").nth(1).unwrap();
    assert!(row.starts_with("\"=HYPERLINK(\"\"x\"\")\",2026-01-05,=1+1,,,,,"), "{row}");
    let error = row.rsplit(',').next().unwrap_or("");
    assert!(!error.starts_with(['=', '+', '-', '@']));
}

/// The golden exports: the 60-row fixture (6 bad rows) in English and the French Excel
/// file in French, as of 10 March 2026, byte for byte.
#[test]
fn golden_exports() {
    for (name, lang, golden) in [
        ("caseload-60.csv", Lang::En, "caseload-60-en.csv"),
        ("caseload-fr-excel.csv", Lang::Fr, "caseload-fr-excel-fr.csv"),
    ] {
        let table = read(&fixture(name), None).unwrap();
        let out = write_csv(&table, &evaluate(&table, as_of()), lang);
        let path = format!("{GOLDEN}/{golden}");
        if std::env::var_os("DELAIS_BLESS").is_some() {
            std::fs::write(&path, &out).unwrap();
        }
        assert!(out == std::fs::read(&path).unwrap(), "{golden} differs (DELAIS_BLESS=1 re-records it)");
    }
}

/// The 60-row fixture: 54 rows answered, 6 with errors, one message each.
#[test]
fn sixty_rows_six_errors() {
    let table = read(&fixture("caseload-60.csv"), None).unwrap();
    assert_eq!(table.rows.len(), 60);
    let answers = evaluate(&table, as_of());
    let summary = Summary::of(&answers, as_of());
    assert_eq!(summary.errors, 6, "{:?}", messages(&table, Lang::En));
    assert_eq!(table.local_dates(), [25]);
}

// --- Calendar ------------------------------------------------------------------------

/// One event per deadline of every file; UIDs stable for a file and a deadline (a newer
/// export updates the calendar), distinct across files; the label only in the summary.
#[test]
fn calendar_uids_are_stable_and_distinct() {
    let table = read(&fixture("caseload-60.csv"), None).unwrap();
    let answers = evaluate(&table, as_of());
    let ics = write_ics(&table, &answers, Lang::En, "20260310T120000Z");
    let uids: Vec<&str> = ics.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
    let deadlines: usize = answers.iter().filter_map(|a| a.as_ref().ok()).map(|a| a.deadlines().len()).sum();
    assert_eq!(uids.len(), deadlines);
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), uids.len());
    // A later day, the same files: the same UIDs for the deadlines still there.
    let later = evaluate(&table, NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
    let again = write_ics(&table, &later, Lang::En, "20260401T120000Z");
    let target_uids = |ics: &str| ics.lines().filter(|l| l.starts_with("UID:target-")).map(str::to_string).collect::<Vec<_>>();
    assert!(target_uids(&again).iter().all(|uid| target_uids(&ics).contains(uid)));
    assert!(ics.contains("SUMMARY:Target date — D-1000\r\n"));
    assert!(!ics.contains("514-555"), "no other cell of the file");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), deadlines);
}

#[test]
fn engine_errors_keep_their_codes() {
    let table = table("service,received\ntelephone,2026-01-05\n");
    let errors = evaluate(&table, as_of()).remove(0).unwrap_err();
    assert_eq!(errors[0].problem, Problem::UnknownService("telephone".into()));
    let table = table_of_year_2199();
    let errors = evaluate(&table, as_of()).remove(0).unwrap_err();
    assert!(matches!(errors[0].problem, Problem::Input(InputError::TargetOutOfRange { .. })));
}

fn table_of_year_2199() -> Table {
    table("service,received\ncaq-etudes,2199-12-20\n")
}

/// The template reads back as an empty caseload's columns, with its one example row answered.
#[test]
fn template_reads_back() {
    for lang in Lang::ALL {
        let text = caseload::write::template(lang);
        let table = read(text.as_bytes(), None).unwrap();
        assert_eq!(table.headers.len(), Column::ALL.len());
        assert!(evaluate(&table, as_of())[0].is_ok());
    }
}

/// README's "Caseload" example, read as it is printed there.
#[test]
fn readme_example_reads() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## Caseload").unwrap()..];
    let block = section.split("```csv\n").nth(1).unwrap().split("```").next().unwrap();
    let table = table(block);
    assert_eq!(table.separator, b';');
    let answers = evaluate(&table, as_of());
    assert!(answers.iter().all(Result::is_ok));
    assert_eq!(answers[1].as_ref().unwrap().reexamination_deadline, NaiveDate::from_ymd_opt(2026, 5, 17));
}

// --- The page's state (src/app/caseload/state.rs) -------------------------------------

mod page_state {
    use super::*;
    use delais::app::caseload::state::{open_link, CaseloadAction as A, CaseloadState, Filter, SortKey, PAGE_SIZE};

    fn loaded() -> CaseloadState {
        let state = CaseloadState::new(Lang::Fr, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        let state = state.apply(A::Load(read(&fixture("caseload-60.csv"), Some(PAGE_ROW_LIMIT))));
        state.apply(A::SetAsOf("2026-03-10".into()))
    }

    /// Sorted by the next deadline, most urgent (the longest overdue) first; rows with
    /// errors last; 50 rows a page.
    #[test]
    fn default_order_is_the_most_urgent_first() {
        let state = loaded();
        let loaded = state.loaded.clone().unwrap();
        assert_eq!(state.order.len(), 60);
        let next: Vec<Option<NaiveDate>> = state
            .order
            .iter()
            .map(|&i| loaded.answers[i].as_ref().ok().and_then(|a| a.next(as_of())).map(|d| d.date))
            .collect();
        let dated: Vec<NaiveDate> = next.iter().flatten().copied().collect();
        assert!(dated.windows(2).all(|w| w[0] <= w[1]));
        assert!(next.iter().skip_while(|d| d.is_some()).all(Option::is_none));
        assert!(state.order[54..].iter().all(|&i| loaded.answers[i].is_err()));
        assert_eq!(state.page_rows().len(), PAGE_SIZE);
        assert_eq!(state.pages(), 2);
        let state = state.apply(A::Page(1));
        assert_eq!(state.page_rows().len(), 10);
        assert_eq!(state.apply(A::Page(9)).page, 1);
    }

    #[test]
    fn filters_match_the_summary_and_sorting_reverses() {
        let state = loaded();
        let summary = state.loaded.as_ref().unwrap().summary;
        assert_eq!(state.apply(A::Filter(Filter::Overdue)).order.len(), summary.overdue);
        assert_eq!(state.apply(A::Filter(Filter::Soon)).order.len(), summary.soon);
        assert_eq!(state.apply(A::Filter(Filter::Errors)).order.len(), 6);
        let by_target = state.apply(A::SortBy(SortKey::Target));
        assert!(!by_target.sort.descending);
        let reversed = by_target.apply(A::SortBy(SortKey::Target));
        assert!(reversed.sort.descending);
        let loaded = state.loaded.clone().unwrap();
        let target = |i: &usize| loaded.answers[*i].as_ref().ok().map(|a| a.target);
        let targets: Vec<NaiveDate> = reversed.order.iter().filter_map(target).collect();
        assert!(targets.windows(2).all(|w| w[0] >= w[1]));
    }

    /// A wrong file is named and the table shown stays; a new "as of" date recomputes.
    #[test]
    fn a_bad_file_keeps_the_table() {
        let state = loaded();
        let after = state.apply(A::Load(read(b"PK\x03\x04", Some(PAGE_ROW_LIMIT))));
        assert_eq!(after.file_error, Some(FileError::Spreadsheet));
        assert_eq!(after.loaded, state.loaded);
        let later = state.apply(A::SetAsOf("2026-06-01".into()));
        assert_ne!(later.loaded.as_ref().unwrap().summary, state.loaded.as_ref().unwrap().summary);
        let bad = state.apply(A::SetAsOf("2026-13-01".into()));
        assert!(bad.as_of_error.is_some());
    }

    /// « Ouvrir » carries the row to the one-file page in the app's own address.
    #[test]
    fn open_link_uses_the_app_codec() {
        let state = loaded();
        let loaded = state.loaded.clone().unwrap();
        let link = open_link(&loaded, 1, "2026-03-10", Lang::Fr).unwrap();
        assert_eq!(link, "./?lang=fr&service=peq&received=2025-10-09&stop=2025-10-19..2025-10-31&asof=2026-03-10");
        let open = open_link(&loaded, 4, "", Lang::En).unwrap();
        assert_eq!(open, "./?lang=en&service=regroupement-familial&received=2026-01-28&stop=2026-02-02..");
        assert_eq!(open_link(&loaded, 5, "", Lang::Fr), None);
    }
}
