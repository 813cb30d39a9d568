//! The counsellors' caseload (README, "Caseload"): a spreadsheet's CSV in, one engine
//! estimate per row, the same CSV back with the computed columns, and a calendar of
//! every deadline. Pure Rust, no web types: `delais caseload` and the caseload page
//! (`dossiers.html`) share it.
//!
//! `decode` (bytes to text), `read` (the CSV: separator, header, rows), `columns` (what
//! each header means), `values` (a row's cells to an engine `Request`), `answer` (each
//! row's dates as of a day), `write` (CSV and `.ics` out), `label` (a counsellor's text
//! shown back short and inert).

pub mod answer;
pub mod columns;
pub mod decode;
pub mod label;
pub mod read;
pub mod values;
pub mod write;

pub use answer::{answer, evaluate, is_soon, Answer, Deadline, DeadlineKind, RowAnswer, Summary, SOON_DAYS};
pub use columns::{Column, Computed, Meaning};
pub use read::{read, read_text, Row, Table};
pub use write::{write_csv, write_ics};

use crate::engine::InputError;
use crate::i18n::Lang;
use label::label;

/// The most rows the caseload page reads (README, "Caseload"); the CLI reads any number.
pub const PAGE_ROW_LIMIT: usize = 20_000;

/// Why a whole file cannot be read as a caseload: one message, saying what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// A zip (`PK`): an `.xlsx` or `.ods` workbook.
    Spreadsheet,
    /// Binary content (an image, a PDF, an old `.xls`).
    NotText,
    Empty,
    /// The header names neither `service` nor `received` (or one of them).
    MissingColumns(Vec<Column>),
    /// Two headers mean the same column (as written, shortened).
    DuplicateMeaning { first: String, second: String },
    TooManyRows { rows: usize, limit: usize },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Spreadsheet => "spreadsheet-not-csv",
            FileError::NotText => "not-text",
            FileError::Empty => "empty-file",
            FileError::MissingColumns(_) => "missing-columns",
            FileError::DuplicateMeaning { .. } => "duplicate-columns",
            FileError::TooManyRows { .. } => "too-many-rows",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            FileError::Spreadsheet if fr => "Ce fichier est un classeur (.xlsx ou .ods), pas un fichier CSV. Enregistrez le classeur en CSV (Fichier → Enregistrer sous → CSV), puis ouvrez ce fichier CSV.".into(),
            FileError::Spreadsheet => "This file is a workbook (.xlsx or .ods), not a CSV file. Save the workbook as CSV (File → Save as → CSV), then open that CSV file.".into(),
            FileError::NotText if fr => "Ce fichier n'est pas un tableau en texte (CSV). Enregistrez le classeur en CSV, puis ouvrez ce fichier CSV.".into(),
            FileError::NotText => "This file is not a text table (CSV). Save the workbook as CSV, then open that CSV file.".into(),
            FileError::Empty if fr => "Le fichier est vide. Sa première ligne doit nommer les colonnes, au moins «\u{a0}service\u{a0}» et «\u{a0}reçue le\u{a0}» (voir le modèle).".into(),
            FileError::Empty => "The file is empty. Its first line must name the columns, at least “service” and “received” (see the template).".into(),
            FileError::MissingColumns(columns) => {
                let names: Vec<String> = columns
                    .iter()
                    .map(|c| if fr { format!("«\u{a0}{}\u{a0}»", c.french()) } else { format!("“{}”", c.english()) })
                    .collect();
                let names = names.join(if fr { " et " } else { " and " });
                if fr {
                    format!("Il manque la colonne {names}. La première ligne du fichier doit nommer les colonnes, au moins «\u{a0}service\u{a0}» et «\u{a0}reçue le\u{a0}» (ou «\u{a0}received\u{a0}»)\u{a0}: voir le modèle.")
                } else {
                    format!("The {names} column is missing. The file's first line must name the columns, at least “service” and “received” (or « reçue le »): see the template.")
                }
            }
            FileError::DuplicateMeaning { first, second } if fr => format!(
                "Les colonnes «\u{a0}{first}\u{a0}» et «\u{a0}{second}\u{a0}» disent la même chose. Gardez-en une seule, enregistrez, puis rouvrez le fichier."
            ),
            FileError::DuplicateMeaning { first, second } => format!(
                "The columns “{first}” and “{second}” mean the same thing. Keep only one, save, then open the file again."
            ),
            FileError::TooManyRows { rows, limit } if fr => format!(
                "Ce fichier compte {rows} dossiers\u{a0}; le tableau en lit au plus {limit}. Divisez-le en plusieurs fichiers (ou utilisez la commande delais caseload, sans limite)."
            ),
            FileError::TooManyRows { rows, limit } => format!(
                "This file has {rows} files; the table reads at most {limit}. Split it into several files (or use the delais caseload command, which has no limit)."
            ),
        }
    }
}

/// What is wrong with one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    UnknownService(String),
    /// A date as a spreadsheet displays it locally (`05/01/2026`): day and month cannot
    /// be told apart. Also summed up once for the whole file (`Table::local_dates`).
    LocalDateFormat(String),
    TwoOpenStops,
    MissingOutcome,
    MissingDecisionDate,
    /// The engine's own error (values already shortened).
    Input(InputError),
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            Problem::Missing if fr => "la valeur manque.".into(),
            Problem::Missing => "the value is missing.".into(),
            Problem::UnknownService(value) if fr => format!(
                "«\u{a0}{value}\u{a0}» n'est pas une situation connue. Écrivez son identifiant (caq-etudes, peq, pstq…) ou son nom."
            ),
            Problem::UnknownService(value) => {
                format!("“{value}” is not a known situation. Write its id (caq-etudes, peq, pstq…) or its name.")
            }
            Problem::LocalDateFormat(value) if fr => format!(
                "«\u{a0}{value}\u{a0}» peut se lire de deux façons (jour et mois)\u{a0}: écrivez la date sous la forme AAAA-MM-JJ."
            ),
            Problem::LocalDateFormat(value) => {
                format!("“{value}” can be read two ways (day and month): write the date as YYYY-MM-DD.")
            }
            Problem::TwoOpenStops if fr => "une seule suspension peut rester sans date de fin.".into(),
            Problem::TwoOpenStops => "only one suspension may have no end date.".into(),
            Problem::MissingOutcome if fr => {
                "une date de décision sans la décision\u{a0}: écrivez refus, rejet ou acceptation.".into()
            }
            Problem::MissingOutcome => {
                "a decision date without the decision: write refusal, rejection or acceptance.".into()
            }
            Problem::MissingDecisionDate if fr => "une décision sans sa date\u{a0}: écrivez la date de la lettre.".into(),
            Problem::MissingDecisionDate => "a decision without its date: write the letter's date.".into(),
            Problem::Input(error) => error.message(lang),
        }
    }
}

/// A bad cell: its column (an index into `Table::headers`) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    pub column: usize,
    pub problem: Problem,
}

impl CellError {
    /// "Ligne 14, colonne « reçue le » : Le 2026-02-30 n'existe pas…", the row numbered
    /// as the spreadsheet shows it and the column named as the file names it.
    pub fn message(&self, row: usize, header: &str, lang: Lang) -> String {
        let header = label(header);
        match lang {
            Lang::Fr => format!("Ligne {row}, colonne «\u{a0}{header}\u{a0}»\u{a0}: {}", self.problem.message(lang)),
            Lang::En => format!("Row {row}, column “{header}”: {}", self.problem.message(lang)),
        }
    }
}

/// The one message for every row with dates in a local format (CASELOAD.md): which rows,
/// and how to change the spreadsheet's date format.
pub fn local_dates_message(rows: &[usize], lang: Lang) -> String {
    const NAMED: usize = 10;
    let mut list: Vec<String> = rows.iter().take(NAMED).map(usize::to_string).collect();
    let more = rows.len().saturating_sub(NAMED);
    let and = if lang == Lang::Fr { " et " } else { " and " };
    let list = match (list.pop(), more) {
        (Some(last), 0) if !list.is_empty() => format!("{}{and}{last}", list.join(", ")),
        (Some(last), 0) => last,
        (Some(last), more) => {
            list.push(last);
            match lang {
                Lang::Fr => format!("{} et {more} autres", list.join(", ")),
                Lang::En => format!("{} and {more} more", list.join(", ")),
            }
        }
        (None, _) => String::new(),
    };
    let plural = rows.len() > 1;
    match lang {
        Lang::Fr => format!(
            "{} {list} {} des dates écrites comme «\u{a0}05/01/2026\u{a0}», qui se lisent de deux façons (5 janvier ou 1er mai)\u{a0}: Délais ne devine pas. Dans le classeur, sélectionnez les colonnes de dates et mettez-les au format AAAA-MM-JJ (Excel\u{a0}: Format de cellule → Date → 2012-03-14\u{a0}; LibreOffice\u{a0}: Format → Cellules → Date → ISO 8601), enregistrez en CSV, puis rouvrez le fichier.",
            if plural { "Les lignes" } else { "La ligne" },
            if plural { "ont" } else { "a" },
        ),
        Lang::En => format!(
            "{} {list} {} dates written like “05/01/2026”, which read two ways (5 January or 1 May): Délais does not guess. In the spreadsheet, select the date columns and format them as YYYY-MM-DD (Excel: Format Cells → Date → 2012-03-14; LibreOffice: Format → Cells → Date → ISO 8601), save as CSV, then open the file again.",
            if plural { "Rows" } else { "Row" },
            if plural { "have" } else { "has" },
        ),
    }
}
