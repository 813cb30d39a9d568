#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing on stable Rust (cargo-fuzz needs nightly): proptest over what comes from
//! outside, the address decoder, the JSON request parser and the caseload's CSV reader.
//! Whatever the input: no panic, and an output bounded whatever the input's size,
//! quoting nothing raw.
//!
//! `cargo test --test fuzz` runs a short round (`SHORT_CASES` per target); `make bench`
//! runs 100,000 cases per target (`PROPTEST_CASES=100000`, bench/run.sh).

use delais::api::{estimate_line, MAX_REQUEST_BYTES};
use delais::app::compute::compute;
use delais::app::state::{State, MAX_NAMED_PROBLEMS, MAX_STOPS};
use delais::app::url::MAX_DATE_CHARS;
use delais::engine::Catalogue;
use delais::i18n::{is_bidi_control, Lang, EXCERPT_CHARS};
use proptest::prelude::*;
use serde_json::{Map, Value};

const SHORT_CASES: u32 = 100;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(SHORT_CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text as a crafted input holds it: any Unicode, direction controls, percent signs,
/// separators, digits and dashes that look like dates.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}",
        "[\u{202A}-\u{202E}\u{2066}-\u{2069}\u{200E}\u{200F}\u{061C}a-z0-9=&%.,+-]{0,40}",
        "(%[0-9A-Fa-f]{2}|%[^0-9]|[a-z.]){0,30}",
        (0usize..3000).prop_map(|n| "9".repeat(n)),
    ]
}

/// What no quoted text may be: longer than an excerpt, or holding a direction control.
fn assert_excerpt(text: &str, context: &str) {
    assert!(text.chars().count() <= EXCERPT_CHARS + 1, "{context}: {text:?}");
    assert!(!text.chars().any(is_bidi_control), "{context}: {text:?}");
}

fn percent_encoded(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

// ---------------------------------------------------------------------------------
// The address decoder (src/app/url.rs), through the app's state and its answer.
// ---------------------------------------------------------------------------------

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "lang", "service", "received", "stop", "decision", "outcome", "from", "grounds", "asof", "calendar",
        ])
        .prop_map(String::from),
        hostile_text(),
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        // Parts, some percent-encoded whole.
        proptest::collection::vec((name(), hostile_text(), any::<bool>()), 0..40).prop_map(|parts| {
            let mut query = String::from("?service=caq-etudes");
            for (name, value, encode) in parts {
                let value = if encode { percent_encoded(&value) } else { value };
                query.push('&');
                query.push_str(&name);
                query.push('=');
                query.push_str(&value);
            }
            query
        }),
        // Anything at all.
        any::<String>(),
    ]
}

fn check_address(query: &str) {
    let state = State::from_query(query, Lang::Fr, chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default());
    let problems = &state.url_problems;
    assert!(problems.named.len() <= MAX_NAMED_PROBLEMS);
    for (name, value) in problems.iter() {
        assert_excerpt(name, "a part's name");
        assert_excerpt(value, "a part's value");
    }
    let form = &state.form;
    assert!(form.stops.len() <= MAX_STOPS);
    let dates = [&form.received, &form.decision_date, &form.as_of].into_iter().chain(form.stops.iter().flat_map(|s| [&s.from, &s.to]));
    for date in dates {
        assert!(date.chars().count() <= MAX_DATE_CHARS, "a date field holds {date:?}");
        assert!(!date.chars().any(is_bidi_control), "{date:?}");
    }
    // The answer and every message, in both languages: what the page shows.
    let computed = compute(&state);
    for (_, error) in &computed.errors {
        for lang in Lang::ALL {
            let mut quoted = Vec::new();
            let message = error.message_quoting(lang, &mut |value| {
                quoted.push(delais::i18n::excerpt(value));
                String::new()
            });
            assert!(message.chars().count() < 200, "{message}");
            assert!(!message.chars().any(is_bidi_control), "{message:?}");
            for value in quoted {
                assert_excerpt(&value, "a quoted value");
            }
        }
    }
    if let Some(estimate) = &computed.estimate {
        let _ = delais::export::summary(estimate, state.lang, "https://example.org/");
    }
    // The address the app writes back is as bounded as what it kept.
    assert!(state.query().len() <= 64 + 3 * (MAX_DATE_CHARS * (3 + 2 * MAX_STOPS) + 200));
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_address_decoder_never_panics_and_quotes_only_excerpts(query in query()) {
        check_address(&query);
    }

    #[test]
    fn the_json_request_parser_never_panics_and_answers_a_bounded_line(line in json_line()) {
        check_json(&line);
    }
}

// ---------------------------------------------------------------------------------
// The JSON request parser (src/api/request.rs), as the CLI and the JavaScript API call it.
// ---------------------------------------------------------------------------------

fn date_like() -> impl Strategy<Value = Value> {
    prop_oneof![
        "(19[0-9]{2}|2[0-1][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])".prop_map(Value::String),
        hostile_text().prop_map(Value::String),
    ]
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        hostile_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((hostile_text(), inner), 0..6).prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

fn field_value(name: &'static str) -> BoxedStrategy<Value> {
    match name {
        "service" => prop_oneof![
            proptest::sample::select(Catalogue::OFFICIAL.services.iter().map(|s| s.id).collect::<Vec<_>>()).prop_map(Value::from),
            any_json(),
        ]
        .boxed(),
        "received" | "today" => prop_oneof![date_like(), any_json()].boxed(),
        "pauses" => prop_oneof![
            proptest::collection::vec((date_like(), date_like()), 0..8)
                .prop_map(|stops| Value::Array(stops.into_iter().map(|(from, to)| serde_json::json!({"from": from, "to": to})).collect())),
            any_json(),
        ]
        .boxed(),
        "decision" => prop_oneof![
            (date_like(), proptest::sample::select(vec!["refusal", "rejection", "acceptance", "x"]))
                .prop_map(|(date, outcome)| serde_json::json!({"date": date, "outcome": outcome})),
            any_json(),
        ]
        .boxed(),
        _ => any_json().boxed(),
    }
}

fn json_line() -> impl Strategy<Value = String> {
    let fields = ["service", "received", "pauses", "decision", "today", "calendar", "mailing_from", "grounds"];
    prop_oneof![
        // Requests that mostly look right, with unknown fields beside them.
        (
            proptest::collection::vec((proptest::sample::select(fields.to_vec()), any::<bool>()), 0..10)
                .prop_flat_map(|names| names.into_iter().map(|(name, _)| field_value(name).prop_map(move |v| (name, v))).collect::<Vec<_>>()),
            proptest::collection::vec((hostile_text(), any_json()), 0..4),
        )
            .prop_map(|(known, unknown)| {
                let mut object = Map::new();
                for (name, value) in known {
                    object.insert(name.to_string(), value);
                }
                for (name, value) in unknown {
                    object.entry(name).or_insert(value);
                }
                Value::Object(object).to_string()
            }),
        any_json().prop_map(|v| v.to_string()),
        // Text that is not JSON, or barely.
        any::<String>(),
        hostile_text().prop_map(|t| format!("{{\"service\":\"caq-etudes\",\"received\":\"2025-12-19\",{t}")),
    ]
}

fn check_json(line: &str) {
    let answer = match estimate_line(&Catalogue::OFFICIAL, line) {
        Ok(answer) => answer,
        Err(error) => {
            let error: Value = serde_json::from_str(&error).unwrap_or_else(|e| panic!("{e}: {error}"));
            for lang in ["message_fr", "message_en"] {
                let message = error["error"][lang].as_str().unwrap_or_default();
                assert!(!message.is_empty());
                assert!(message.chars().count() < 200, "{message}");
                assert!(!message.chars().any(is_bidi_control), "{message:?}");
            }
            error.to_string()
        }
    };
    // An answer is bounded by its reasons, not by its days: a fixed part (the standard,
    // contacts, recourse texts) and a few lines for each clock stop given.
    assert!(answer.len() <= 40_000 + 2_000 * line.len().min(MAX_REQUEST_BYTES) / 30, "{} bytes for {line}", answer.len());
}

// ---------------------------------------------------------------------------------
// The caseload's CSV reader (src/caseload/), through the rows' answers and both exports.
// ---------------------------------------------------------------------------------

/// A header cell: a column the reader knows (in either language, any case), or not.
fn header_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "dossier", "file", "service", "reçue le", "RECEIVED", "suspensions", "pauses", "date de décision",
            "decision_date", "décision", "outcome", "envoi depuis", "mailing_from", "motifs", "grounds", "calendrier",
        ])
        .prop_map(String::from),
        hostile_text(),
    ]
}

/// A cell: a value the columns take, something close to one, or anything.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "caq-etudes", "PEQ", "Plainte ou commentaire", "refus", "acceptance", "hors canada", "other",
            "2026-01-05", "2026-02-30", "05/01/2026", "2026-01-05..2026-01-12", "2026-01-05..", "qc-statutory",
        ])
        .prop_map(String::from),
        hostile_text(),
        "[\"\n\r;,\t a-z0-9=+@-]{0,20}",
    ]
}

/// A file as a spreadsheet might write it: a header line and rows, with a separator,
/// a line end, maybe a BOM or Excel's `sep=` line; or any bytes at all.
fn csv_file() -> impl Strategy<Value = Vec<u8>> {
    let table = (
        proptest::sample::select(vec![";", ",", "\t"]),
        proptest::sample::select(vec!["\n", "\r\n"]),
        proptest::collection::vec(header_cell(), 0..8),
        proptest::collection::vec(proptest::collection::vec(cell(), 0..9), 0..12),
        any::<bool>(),
    )
        .prop_map(|(separator, end, headers, rows, bom)| {
            let quote = |c: &String| if c.contains(['"', '\n', '\r', ';', ',', '\t']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() };
            let mut text = String::from(if bom { "\u{FEFF}" } else { "" });
            for line in std::iter::once(&headers).chain(rows.iter()) {
                text.push_str(&line.iter().map(quote).collect::<Vec<_>>().join(separator));
                text.push_str(end);
            }
            text.into_bytes()
        });
    prop_oneof![4 => table, 1 => proptest::collection::vec(any::<u8>(), 0..400)]
}

fn check_caseload(bytes: &[u8]) {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("a real date");
    let table = match delais::caseload::read(bytes, Some(1_000)) {
        Ok(table) => table,
        Err(error) => {
            for lang in [Lang::Fr, Lang::En] {
                let message = error.message(lang);
                assert!(!message.is_empty() && message.chars().count() < 1_000, "{message}");
                assert!(!message.chars().any(is_bidi_control), "{message:?}");
            }
            return;
        }
    };
    let answers = delais::caseload::evaluate(&table, as_of);
    assert_eq!(answers.len(), table.rows.len());
    for (index, answer) in answers.iter().enumerate() {
        let Err(errors) = answer else { continue };
        for error in errors {
            let header = table.headers.get(error.column).map_or("", String::as_str);
            for lang in [Lang::Fr, Lang::En] {
                // The row's number and the column's header (a label of at most 30
                // characters) stand around the problem, which quotes only excerpts.
                let message = error.message(index + 2, header, lang);
                assert!(message.chars().count() < 1_000, "{message}");
                assert!(!message.chars().any(is_bidi_control), "{message:?}");
            }
        }
    }
    // Both exports, whatever the rows; the CSV reads back to as many rows.
    for lang in [Lang::Fr, Lang::En] {
        let csv = delais::caseload::write_csv(&table, &answers, lang);
        let again = delais::caseload::read(&csv, Some(1_000)).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
        assert_eq!(again.rows.len(), table.rows.len());
        let _ = delais::caseload::write_ics(&table, &answers, lang, "20260310T120000Z");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_caseload_reader_never_panics_and_its_export_reads_back(bytes in csv_file()) {
        check_caseload(&bytes);
    }
}
