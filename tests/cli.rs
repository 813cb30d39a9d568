#![cfg(not(target_arch = "wasm32"))]
//! The `delais` command line, run as a person or a script would: JSON Lines in, JSON
//! Lines out, every output parsed with serde_json.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use delais::engine::Catalogue;
use serde_json::Value;

fn delais(args: &[&str], stdin: &str) -> Output {
    delais_bytes(args, stdin.as_bytes().to_vec())
}

/// Each stdout line, parsed by serde_json.
fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}")))
        .collect()
}

/// The issue's example: `{"service":"caq-etudes","received":"2025-12-19"}` → target
/// 2026-01-26, naming the six year-end holidays skipped (24, 25, 26, 31 Dec, 1, 2 Jan).
#[test]
fn estimate_issue_example_19_dec_2025_to_26_jan_2026() {
    let output = delais(&["estimate"], "{\"service\":\"caq-etudes\",\"received\":\"2025-12-19\"}\n");
    assert_eq!(output.status.code(), Some(0));
    let results = lines(&output);
    assert_eq!(results.len(), 1);
    let result = &results[0];
    assert_eq!(result["target"], "2026-01-26");
    let holidays: Vec<(&str, &str, &str)> = result["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["reason"] == "holiday")
        .inspect(|s| assert_eq!(s["from"], s["to"], "a holiday is a range of one day"))
        .map(|s| (s["from"].as_str().unwrap(), s["name_fr"].as_str().unwrap(), s["name_en"].as_str().unwrap()))
        .collect();
    assert_eq!(
        holidays,
        vec![
            ("2025-12-24", "Veille de Noël", "Christmas Eve"),
            ("2025-12-25", "Noël", "Christmas Day"),
            ("2025-12-26", "Lendemain de Noël", "Boxing Day"),
            ("2025-12-31", "Veille du jour de l'An", "New Year's Eve"),
            ("2026-01-01", "Jour de l'An", "New Year's Day"),
            ("2026-01-02", "Lendemain du jour de l'An", "Day after New Year's Day"),
        ]
    );
    // Six weekends, each one range of a Saturday and a Sunday.
    let weekends: Vec<(&str, &str)> = result["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["reason"] == "weekend")
        .map(|s| (s["from"].as_str().unwrap(), s["to"].as_str().unwrap()))
        .collect();
    assert_eq!(weekends.len(), 6);
    assert_eq!(weekends[0], ("2025-12-20", "2025-12-21"));
    assert!(result["recourse"].as_array().unwrap().iter().any(|r| r["kind"] == "reexamination"));
    assert!(result["notes"].is_array() && result["warnings"].is_array());
}

/// Three lines, the middle one with an impossible date: every line is answered in
/// order, the bad one as `{"error": {…}}`, and the exit code is 1.
#[test]
fn estimate_bad_line_in_the_middle_is_answered_in_place_and_exit_is_1() {
    let input = concat!(
        "{\"service\":\"courriel\",\"received\":\"2026-04-02\"}\n",
        "{\"service\":\"caq-etudes\",\"received\":\"2026-02-30\"}\n",
        "{\"service\":\"plainte\",\"received\":\"2026-06-22\"}\n",
    );
    let output = delais(&["estimate"], input);
    assert_eq!(output.status.code(), Some(1));
    let results = lines(&output);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["target"], "2026-04-08", "courriel: skips Easter → Wed 8 Apr");
    let error = &results[1]["error"];
    assert_eq!(error["code"], "impossible-date");
    assert_eq!(error["field"], "received");
    assert!(!error["message_fr"].as_str().unwrap().is_empty());
    assert!(!error["message_en"].as_str().unwrap().is_empty());
    assert!(results[1].get("target").is_none());
    assert_eq!(results[2]["target"], "2026-07-15", "plainte: skips 24 June and 1 July → Wed 15 July");
}

/// A line that is not JSON at all is answered too, and the next line still works.
#[test]
fn estimate_malformed_json_line_is_answered() {
    let output = delais(&["estimate"], "not json\n{\"service\":\"courriel\",\"received\":\"2026-04-02\"}\n");
    assert_eq!(output.status.code(), Some(1));
    let results = lines(&output);
    assert_eq!(results[0]["error"]["code"], "malformed-json");
    assert_eq!(results[1]["target"], "2026-04-08");
}

/// All lines good: one result per line, in order, exit code 0.
#[test]
fn estimate_all_good_exits_0() {
    let input = concat!(
        "{\"service\":\"peq\",\"received\":\"2025-08-31\"}\n",
        "{\"service\":\"prtq\",\"received\":\"2023-08-31\"}\n",
        "{\"service\":\"caq-etudes\",\"received\":\"2026-02-02\",\"today\":\"2026-03-06\"}\n",
        "{\"service\":\"caq-etudes\",\"received\":\"2026-02-02\",\"decision\":{\"date\":\"2026-03-10\",\"outcome\":\"refusal\"},\"mailing_from\":\"abroad\"}\n",
    );
    let output = delais(&["estimate"], input);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let results = lines(&output);
    assert_eq!(results.len(), 4);
    assert_eq!(results[0]["target"], "2026-02-28", "31 Aug 2025 + 6 months");
    assert_eq!(results[1]["target"], "2024-02-29", "31 Aug 2023 + 6 months, leap year");
    assert_eq!(results[2]["status"]["code"], "overdue");
    assert_eq!(results[2]["status"]["calendar_days_late"], 4);
    assert_eq!(results[3]["recourse"][0]["deadline"], "2026-06-08");
    assert_eq!(results[3]["recourse"][0]["mail_by"], "2026-05-15");
}

/// `delais holidays --calendar qc-public-service --from 2022 --to 2022`: 13 lines, État
/// civil's 2022 closures, each `{date, name_fr, name_en}`.
#[test]
fn holidays_2022_public_service_matches_etat_civil() {
    let output = delais(&["holidays", "--calendar", "qc-public-service", "--from", "2022", "--to", "2022"], "");
    assert_eq!(output.status.code(), Some(0));
    let days = lines(&output);
    let dates: Vec<&str> = days.iter().map(|day| day["date"].as_str().unwrap()).collect();
    assert_eq!(
        dates,
        vec![
            "2022-01-03",
            "2022-01-04",
            "2022-04-15",
            "2022-04-18",
            "2022-05-23",
            "2022-06-24",
            "2022-07-01",
            "2022-09-05",
            "2022-10-10",
            "2022-12-23",
            "2022-12-26",
            "2022-12-27",
            "2022-12-30",
        ]
    );
    for day in &days {
        assert!(!day["name_fr"].as_str().unwrap().is_empty() && !day["name_en"].as_str().unwrap().is_empty());
    }
    assert_eq!(days[11]["name_fr"], "Noël (reporté)");
    assert_eq!(days[11]["name_en"], "Christmas Day (observed)");
}

/// Statutory 2026 to 2027: 8 + 7 days off.
#[test]
fn holidays_statutory_two_years() {
    let output = delais(&["holidays", "--calendar", "qc-statutory", "--from", "2026", "--to", "2027"], "");
    assert_eq!(output.status.code(), Some(0));
    let days = lines(&output);
    assert_eq!(days.len(), 15);
    assert_eq!(days[0]["date"], "2026-01-01");
    assert_eq!(days[14]["date"], "2027-10-11");
}

/// An unknown calendar is answered with an error object and exit code 1.
#[test]
fn holidays_unknown_calendar_is_an_error() {
    let output = delais(&["holidays", "--calendar", "ontario", "--from", "2026", "--to", "2026"], "");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(lines(&output)[0]["error"]["code"], "unknown-calendar");
}

/// `delais services` is one JSON document listing every service id of the catalogue.
#[test]
fn services_lists_every_service() {
    let output = delais(&["services"], "");
    assert_eq!(output.status.code(), Some(0));
    let catalogue: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let ids: Vec<&str> = catalogue["services"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = Catalogue::OFFICIAL.services.iter().map(|s| s.id).collect();
    assert_eq!(ids, expected);
    let caq = catalogue["declarations"][0]["standards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "caq-etudes")
        .unwrap();
    assert_eq!((caq["amount"].as_u64(), caq["unit"].as_str()), (Some(20), Some("business-days")));
}

/// The rules as of 7 December 2026, as a script sees them: a PEQ request received on
/// 2 Mar 2026 and a PRTQ one on 10 Jan 2025 come first with `program-closed` (their
/// targets still given); a PEQ one of 18 Nov 2025 without it; family reunification
/// received 3 Aug 2026 has the cap note naming 2 July 2026, received 30 June none; and
/// `delais services` says when the rules were checked.
#[test]
fn the_rules_as_of_7_december_2026() {
    let input = [
        r#"{"service":"peq","received":"2026-03-02"}"#,
        r#"{"service":"prtq","received":"2025-01-10"}"#,
        r#"{"service":"peq","received":"2025-11-18"}"#,
        r#"{"service":"regroupement-familial","received":"2026-08-03"}"#,
        r#"{"service":"regroupement-familial","received":"2026-06-30"}"#,
    ]
    .join("\n");
    let output = delais(&["estimate"], &input);
    assert_eq!(output.status.code(), Some(0));
    let results = lines(&output);
    let codes = |result: &Value| -> Vec<String> {
        result["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap().to_string()).collect()
    };
    for (result, target) in [(&results[0], "2026-09-02"), (&results[1], "2025-07-10")] {
        assert_eq!(codes(result)[0], "program-closed");
        assert_eq!(result["warnings"][0]["assumption"], false);
        assert_eq!(result["target"], target);
    }
    assert!(!codes(&results[2]).contains(&"program-closed".to_string()));
    let notes = |result: &Value| -> Vec<String> {
        result["notes"].as_array().unwrap().iter().map(|n| n["text_fr"].as_str().unwrap().to_string()).collect()
    };
    let cap = notes(&results[3]);
    assert_eq!(cap.len(), 1);
    assert!(cap[0].contains("2 juillet 2026"), "{cap:?}");
    assert_eq!(results[3]["notes"][0]["from"], "2026-07-02");
    assert!(notes(&results[4]).is_empty());

    let catalogue: Value = serde_json::from_slice(&delais(&["services"], "").stdout).expect("valid JSON");
    assert_eq!(catalogue["checked_on"], "2026-12-07");
}

/// `delais services` gives the Déclaration's contact channels (its "Coordonnées et
/// heures d'ouverture" and "Formuler une plainte" sections): the Centre de contacts
/// clientèle's three numbers, its TTY lines and hours; the complaint phone with its
/// hours, fax and post; the documents addresses.
#[test]
fn services_lists_the_contact_channels() {
    let output = delais(&["services"], "");
    let catalogue: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let contacts = catalogue["contacts"].as_array().expect("a contacts member");
    let contact = |id: &str| contacts.iter().find(|c| c["id"] == id).unwrap_or_else(|| panic!("{id}"));
    let numbers = |c: &Value, tty: bool| -> Vec<String> {
        c["phones"].as_array().unwrap().iter().filter(|p| p["tty"] == tty).map(|p| p["number"].as_str().unwrap().to_string()).collect()
    };

    let centre = contact("centre-contacts-clientele");
    assert_eq!(numbers(centre, false), ["514 864-9191", "1 877 864-9191", "+1 514 864-9191"]);
    assert_eq!(numbers(centre, true), ["514 864-8158", "1 866 227-5968"]);
    let hours: Vec<&str> = centre["hours"].as_array().unwrap().iter().map(|h| h["text_fr"].as_str().unwrap()).collect();
    assert_eq!(hours.len(), 2);
    assert!(hours[0].starts_with("Lundi, mardi, jeudi et vendredi") && hours[0].contains("de 8\u{a0}h à 16\u{a0}h\u{a0}30"));
    assert!(hours[1].starts_with("Mercredi") && hours[1].contains("de 10\u{a0}h\u{a0}30 à 16\u{a0}h\u{a0}30"));
    assert_eq!(centre["closed_en"], "Closed on holidays.");
    assert!(centre["online_form"]["url"].as_str().unwrap().ends_with("/coordonnees/courriel.php"));

    let complaints = contact("gestion-des-plaintes");
    assert_eq!(numbers(complaints, false), ["1 800 771-0464"]);
    assert_eq!(complaints["phones"][0]["toll_free"], true);
    assert!(complaints["hours"][0]["text_fr"].as_str().unwrap().contains("de 8\u{a0}h\u{a0}30 à 12\u{a0}h et de 13\u{a0}h à 16\u{a0}h\u{a0}30"));
    assert_eq!(complaints["closed_fr"], "Sauf les jours fériés au Québec.");
    assert_eq!(complaints["fax"], "514 873-6399");
    assert_eq!(complaints["post"][0], "Gestion des plaintes");
    assert_eq!(complaints["post"][3], "Montréal (Québec) H2X 0C9");

    assert_eq!(contact("direction-enregistrement-evaluation-comparative")["post"][2], "285, rue Notre-Dame Ouest, 4e étage");
    assert_eq!(contact("direction-registraire-francisation")["post"][2], "1200, boulevard Saint-Laurent, bureau 2.200");
    assert_eq!(contact("service-reexamen-administratif")["post"][0], "Service de réexamen administratif");
    for c in contacts {
        assert_eq!(c["source"]["date"], "2021-10", "{}", c["id"]);
    }
    let evaluation = catalogue["services"].as_array().unwrap().iter().find(|s| s["id"] == "evaluation-comparative").unwrap();
    assert_eq!(evaluation["documents_to"], "direction-enregistrement-evaluation-comparative");
}

/// The issue's "done when": a PILI/PAFILI refusal with no ground gets a
/// reconsideration entry that is not `false`; with `"grounds":["other"]` it is `true`.
#[test]
fn reconsideration_is_never_refused_for_want_of_a_listed_ground() {
    let request = r#"{"service":"francisation-temps-complet","received":"2025-09-02","decision":{"date":"2025-10-01","outcome":"refusal"}}"#;
    let with_other = request.replace("}}", r#"},"grounds":["other"]}"#);
    let output = delais(&["estimate"], &format!("{request}\n{with_other}\n"));
    assert_eq!(output.status.code(), Some(0));
    let results = lines(&output);
    let eligible = |result: &Value| result["recourse"].as_array().unwrap().iter().find(|r| r["kind"] == "reconsideration").unwrap()["eligible"].clone();
    assert_eq!(eligible(&results[0]), Value::Null);
    assert_eq!(eligible(&results[1]), Value::Bool(true));
}

/// No command: usage on stderr, exit code 2.
#[test]
fn no_command_prints_usage() {
    let output = delais(&[], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage"));
}

/// The golden corpus: every service, status, recourse kind and error code
/// (`tests/golden/requests.jsonl`), answered byte for byte as recorded. A deliberate
/// change of the JSON interface re-records it with `DELAIS_BLESS=1 cargo test --test
/// cli golden` and lists the difference in the change's description.
#[test]
fn golden_corpus_is_answered_byte_for_byte() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let requests = std::fs::read_to_string(format!("{dir}/requests.jsonl")).unwrap();
    let runs: [(&str, Vec<&str>, &str); 3] = [
        ("estimate.jsonl", vec!["estimate"], requests.as_str()),
        ("services.json", vec!["services"], ""),
        ("holidays-2026-2027.jsonl", vec!["holidays", "--calendar", "qc-public-service", "--from", "2026", "--to", "2027"], ""),
    ];
    for (file, args, stdin) in runs {
        let output = delais(&args, stdin);
        let path = format!("{dir}/{file}");
        if std::env::var_os("DELAIS_BLESS").is_some() {
            std::fs::write(&path, &output.stdout).unwrap();
        }
        let expected = std::fs::read(&path).unwrap();
        assert!(output.stdout == expected, "{file}: the output differs from the golden file (diff it with `delais {}`)", args.join(" "));
    }
}

// ---------------------------------------------------------------------------------
// Any input stream: every line answered, whatever it holds.
// ---------------------------------------------------------------------------------

const CAQ: &str = r#"{"service":"caq-etudes","received":"2025-12-19"}"#;
const PEQ: &str = r#"{"service":"peq","received":"2025-08-31"}"#;

fn delais_bytes(args: &[&str], stdin: Vec<u8>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_delais"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the delais binary runs");
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

/// The issue's example: a line that is not UTF-8 between two good ones gets an error
/// object naming line 2; the third is still answered; exit code 1.
#[test]
fn a_line_that_is_not_utf8_is_answered_in_place() {
    let input = format!("{CAQ}\n\u{0}\n{PEQ}\n").replace('\u{0}', "\u{1}").into_bytes();
    let input: Vec<u8> = input.into_iter().map(|b| if b == 1 { 0xff } else { b }).collect();
    let output = delais_bytes(&["estimate"], input);
    assert_eq!(output.status.code(), Some(1));
    let results = lines(&output);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["target"], "2026-01-26");
    assert_eq!(results[1]["error"]["code"], "not-utf8");
    assert!(results[1]["error"]["message_en"].as_str().unwrap().contains("Line 2"));
    assert_eq!(results[2]["target"], "2026-02-28");
}

/// A byte-order mark at the start, CRLF line ends and blank lines: two answers, exit 0.
#[test]
fn a_bom_crlf_and_blank_lines_are_accepted() {
    let input = format!("\u{feff}{CAQ}\r\n\r\n   \n{PEQ}\r\n\n");
    let output = delais(&["estimate"], &input);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    let results = lines(&output);
    assert_eq!(results.len(), 2);
    assert_eq!((results[0]["target"].as_str(), results[1]["target"].as_str()), (Some("2026-01-26"), Some("2026-02-28")));
}

/// A line over 1 MB is refused without being read whole; the next line is answered.
#[test]
fn a_line_over_a_megabyte_is_refused_and_the_next_is_answered() {
    let long = format!(r#"{{"service":"caq-etudes","received":"2025-12-19","padding":"{}"}}"#, "x".repeat(1 << 20));
    let output = delais(&["estimate"], &format!("{long}\n{PEQ}\n"));
    assert_eq!(output.status.code(), Some(1));
    let results = lines(&output);
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["error"]["code"], "line-too-long");
    assert_eq!(results[1]["target"], "2026-02-28");
}

/// `| head -1`: the reader goes away after one line; the program ends quietly, with
/// no panic message, whatever it still had to write.
#[test]
fn a_closed_stdout_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_delais"))
        .arg("estimate")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if writeln!(input, "{CAQ}").is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("2026-01-26"));
    // The reader (and with it stdout) is dropped here.
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(output.status.code(), Some(0));
}

/// `holidays` with `--from` after `--to`, or a year that is not a number: an error
/// object and exit code 1, never an empty success.
#[test]
fn holidays_refuses_a_reversed_range_or_a_word_for_a_year() {
    let reversed = delais(&["holidays", "--from", "2026", "--to", "2025"], "");
    assert_eq!(reversed.status.code(), Some(1));
    assert_eq!(lines(&reversed)[0]["error"]["code"], "years-reversed");
    let word = delais(&["holidays", "--from", "twenty", "--to", "2025"], "");
    assert_eq!(word.status.code(), Some(1));
    assert_eq!(lines(&word)[0]["error"]["code"], "malformed-year");
    assert!(lines(&word)[0]["error"]["message_fr"].as_str().unwrap().contains("twenty"));
}

/// `delais services > /dev/full`: a full disk is not a closed pipe. The program says so
/// on stderr and exits 2, for each command.
#[test]
fn a_write_error_other_than_a_closed_pipe_exits_2_with_a_message() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let runs: [(&[&str], &str); 3] =
        [(&["services"], ""), (&["estimate"], "{\"service\":\"caq-etudes\",\"received\":\"2025-12-19\"}\n"), (&["holidays", "--from", "2026"], "")];
    for (args, stdin) in runs {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_delais"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("cannot write standard output"), "{args:?}: {stderr}");
    }
}

/// A suspension from 1900 to 2199 is one range of skipped days, not 109,000 days: the
/// answer is the size of any answer plus a few ranges (it was 5.8 MB).
#[test]
fn a_300_year_suspension_is_one_skipped_range() {
    let long = "{\"service\":\"caq-etudes\",\"received\":\"1900-01-02\",\"pauses\":[{\"from\":\"1900-01-03\",\"to\":\"2199-11-01\"}],\"today\":\"2199-12-31\"}\n";
    let output = delais(&["estimate"], long);
    assert_eq!(output.status.code(), Some(0));
    let result = &lines(&output)[0];
    let skipped = result["skipped"].as_array().unwrap();
    assert_eq!(skipped[0]["from"], "1900-01-04");
    assert_eq!(skipped[0]["to"], "2199-11-01");
    assert_eq!(skipped[0]["reason"], "clock-stop");
    assert!(skipped.len() < 10, "{skipped:?}");
    assert!(serde_json::to_string(skipped).unwrap().len() < 2000);
    let short = delais(&["estimate"], "{\"service\":\"caq-etudes\",\"received\":\"1900-01-02\",\"today\":\"2199-12-31\"}\n");
    assert!(output.stdout.len() < short.stdout.len() + 2000, "{} bytes", output.stdout.len());
}

/// Unknown fields are skipped unread, whatever they hold: a number past any float, 5,000
/// digits, nesting deeper than the parser's limit for known fields.
#[test]
fn unknown_fields_are_skipped_whatever_they_hold() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let digits = "9".repeat(5000);
    for extra in ["1e999", "-1e-999", digits.as_str(), deep.as_str(), "{\"a\":{\"b\":[1e999]}}"] {
        let line = format!("{{\"x\":{extra},\"service\":\"caq-etudes\",\"received\":\"2025-12-19\"}}\n");
        let output = delais(&["estimate"], &line);
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
        assert_eq!(lines(&output)[0]["target"], "2026-01-26");
    }
}

// ---------------------------------------------------------------------------------
// `delais caseload`: a counsellor's CSV in, the same CSV with its computed columns out.
// ---------------------------------------------------------------------------------

/// Each row of the 60-row fixture gets, from `delais caseload --as-of 2026-03-10`, the
/// target, re-examination deadline and mail-by date `delais estimate` gives the same
/// request; the 6 bad rows are written with their error, and the exit code is 1.
#[test]
fn caseload_rows_match_estimate() {
    use delais::caseload::{read, Column};
    use delais::i18n::iso;

    let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/caseload-60.csv")).unwrap();
    let output = delais_bytes(&["caseload", "--as-of", "2026-03-10", "--lang", "en"], input.clone());
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Row 25 has dates written like"));
    let out = read(&output.stdout, None).unwrap();
    let table = read(&input, None).unwrap();
    assert_eq!(out, table, "the export re-reads as the input");
    let mut reader = csv::ReaderBuilder::new().from_reader(&output.stdout[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 60);

    let mut requests = String::new();
    let mut expected_rows = Vec::new();
    for (row, record) in table.rows.iter().zip(&records) {
        let width = table.headers.len();
        let (target, deadline, mail_by, error) = (&record[width], &record[width + 2], &record[width + 3], &record[width + 4]);
        if !error.is_empty() {
            assert!(error.starts_with(&format!("Row {}, column", row.number)), "{error}");
            continue;
        }
        let parsed = row.parsed.as_ref().unwrap();
        let mut stops: Vec<String> = parsed
            .request
            .clock_stops
            .iter()
            .map(|s| format!(r#"{{"from":"{}","to":"{}"}}"#, iso(s.from), iso(s.to)))
            .collect();
        if let Some(from) = parsed.open_stop {
            stops.push(format!(r#"{{"from":"{}","to":"2026-03-10"}}"#, iso(from)));
        }
        let decision = parsed.request.decision.map_or("null".to_string(), |d| {
            format!(r#"{{"date":"{}","outcome":"{}"}}"#, iso(d.date), d.outcome.code())
        });
        let grounds: Vec<String> = parsed.request.grounds.iter().map(|g| format!("\"{}\"", g.code())).collect();
        requests.push_str(&format!(
            r#"{{"service":"{}","received":"{}","pauses":[{}],"decision":{},"today":"2026-03-10","calendar":"{}","mailing_from":"{}","grounds":[{}]}}"#,
            parsed.request.service,
            iso(parsed.request.received),
            stops.join(","),
            decision,
            parsed.request.calendar.code(),
            parsed.request.mailing_from.code(),
            grounds.join(","),
        ));
        requests.push('\n');
        expected_rows.push((row.number, target.to_string(), deadline.to_string(), mail_by.to_string()));
        assert!(table.layout.get(Column::Service).is_some());
    }
    assert_eq!(expected_rows.len(), 54);
    let estimates = delais(&["estimate"], &requests);
    assert_eq!(estimates.status.code(), Some(0));
    for ((number, target, deadline, mail_by), result) in expected_rows.iter().zip(lines(&estimates)) {
        assert_eq!(result["target"], target.as_str(), "row {number}");
        let reexamination = result["recourse"].as_array().unwrap().iter().find(|r| r["kind"] == "reexamination");
        let field = |name: &str| reexamination.and_then(|r| r[name].as_str()).unwrap_or("").to_string();
        assert_eq!(&field("deadline"), deadline, "row {number}");
        assert_eq!(&field("mail_by"), mail_by, "row {number}");
    }
}

#[test]
fn caseload_exit_codes_and_messages() {
    let ok = delais(&["caseload", "--as-of", "2026-03-10"], "service;reçue le\npeq;2026-01-05\n");
    assert_eq!(ok.status.code(), Some(0));
    let text = String::from_utf8(ok.stdout).unwrap();
    assert!(text.starts_with("\u{FEFF}service;reçue le;date cible;état;"), "{text}");
    let workbook = delais_bytes(&["caseload"], b"PK\x03\x04rest".to_vec());
    assert_eq!(workbook.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&workbook.stderr).contains("Enregistrez le classeur en CSV"));
    let empty = delais(&["caseload", "--lang", "en"], "");
    assert_eq!(empty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("The file is empty"));
    assert_eq!(delais(&["caseload", "--as-of", "10/03/2026"], "").status.code(), Some(2));
    assert_eq!(delais(&["caseload", "--lang", "de"], "").status.code(), Some(2));
}
