#![cfg(not(target_arch = "wasm32"))]
//! Bad input, one worked example per error code: each answer is
//! `{"error": {"code", "field", "message_fr", "message_en"}}`, never a panic, with a
//! French and an English sentence that say what is wrong.

use chrono::NaiveDate;
use delais::api;
use delais::engine::{errors, estimate, Catalogue, ClockStop, Decision, Field, InputError, Outcome, Request};
use delais::i18n::Lang;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in the test")
}

/// Sends one JSON line through the interface the CLI and the JS API share, expects an
/// error with this code and field, and returns its two messages.
fn expect_error(line: &str, code: &str, field: &str) -> (String, String) {
    let answer = api::estimate_line(&Catalogue::OFFICIAL, line).expect_err(line);
    let json: serde_json::Value = serde_json::from_str(&answer).expect("our error is valid JSON");
    let error = &json["error"];
    assert_eq!(error["code"], code, "{line}");
    assert_eq!(error["field"], field, "{line}");
    let fr = error["message_fr"].as_str().expect("message_fr").to_string();
    let en = error["message_en"].as_str().expect("message_en").to_string();
    assert!(!fr.is_empty() && !en.is_empty(), "{line}");
    assert_ne!(fr, en, "{line}: the two languages must differ");
    (fr, en)
}

#[test]
fn unknown_service() {
    let (fr, en) = expect_error(r#"{"service":"visa-travail","received":"2026-02-02"}"#, "unknown-service", "service");
    assert!(fr.contains("visa-travail") && en.contains("visa-travail"));
}

/// The phone's 3 minutes are not a date.
#[test]
fn service_not_dated_telephone() {
    expect_error(r#"{"service":"telephone","received":"2026-02-02"}"#, "service-not-dated", "service");
}

/// `02/02/2026` and `2026-2-2` are not `YYYY-MM-DD`.
#[test]
fn malformed_date() {
    let (fr, en) = expect_error(r#"{"service":"caq-etudes","received":"02/02/2026"}"#, "malformed-date", "received");
    assert!(fr.contains("AAAA-MM-JJ") && en.contains("YYYY-MM-DD"));
    expect_error(r#"{"service":"caq-etudes","received":"2026-2-2"}"#, "malformed-date", "received");
    expect_error(r#"{"service":"caq-etudes","received":"2026-02-02","today":"demain"}"#, "malformed-date", "today");
}

/// 30 February 2026 and 31 April 2026 do not exist.
#[test]
fn impossible_date_30_feb_2026() {
    let (fr, en) = expect_error(r#"{"service":"caq-etudes","received":"2026-02-30"}"#, "impossible-date", "received");
    assert!(fr.contains("2026-02-30") && en.contains("2026-02-30"));
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","decision":{"date":"2026-04-31","outcome":"refusal"}}"#,
        "impossible-date",
        "decision.date",
    );
    // 29 Feb exists only in leap years.
    expect_error(r#"{"service":"caq-etudes","received":"2025-02-29"}"#, "impossible-date", "received");
    assert!(api::estimate_line(&Catalogue::OFFICIAL, r#"{"service":"caq-etudes","received":"2024-02-29"}"#).is_ok());
}

/// The calendars cover 1900–2199: 31 Dec 1899 and 1 Jan 2200 are refused.
#[test]
fn year_out_of_range() {
    expect_error(r#"{"service":"caq-etudes","received":"1899-12-31"}"#, "year-out-of-range", "received");
    expect_error(r#"{"service":"caq-etudes","received":"2200-01-01"}"#, "year-out-of-range", "received");
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","today":"2300-01-01"}"#,
        "year-out-of-range",
        "today",
    );
}

/// Documents asked on 17 Feb and "received" on 10 Feb: the stop ends before it starts.
#[test]
fn stop_ends_before_start() {
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","pauses":[{"from":"2026-02-17","to":"2026-02-10"}]}"#,
        "stop-ends-before-start",
        "pauses[0].to",
    );
}

/// Documents asked on 20 Jan for a request received on 2 Feb: impossible. The second
/// stop is the wrong one here, and the field says so.
#[test]
fn stop_before_receipt() {
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","pauses":[{"from":"2026-02-10","to":"2026-02-12"},{"from":"2026-01-20","to":"2026-02-10"}]}"#,
        "stop-before-receipt",
        "pauses[1].from",
    );
}

/// A decision dated 30 Jan on a request received 2 Feb.
#[test]
fn decision_before_receipt() {
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","decision":{"date":"2026-01-30","outcome":"refusal"}}"#,
        "decision-before-receipt",
        "decision.date",
    );
}

/// "approved" is not refusal, rejection or acceptance.
#[test]
fn unknown_outcome() {
    let (fr, en) = expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","decision":{"date":"2026-03-10","outcome":"approved"}}"#,
        "unknown-outcome",
        "decision.outcome",
    );
    assert!(fr.contains("approved") && en.contains("approved"));
}

#[test]
fn unknown_calendar() {
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","calendar":"ontario"}"#,
        "unknown-calendar",
        "calendar",
    );
}

#[test]
fn unknown_mailing_origin() {
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","mailing_from":"mars"}"#,
        "unknown-mailing-origin",
        "mailing_from",
    );
}

#[test]
fn unknown_ground() {
    expect_error(
        r#"{"service":"francisation-temps-complet","received":"2026-02-02","grounds":["because"]}"#,
        "unknown-ground",
        "grounds",
    );
}

/// A line cut in the middle, and a line that is not JSON at all.
#[test]
fn malformed_json() {
    expect_error(r#"{"service":"caq-etudes","#, "malformed-json", "request");
    expect_error("caq-etudes 2026-02-02", "malformed-json", "request");
    expect_error("", "malformed-json", "request");
}

/// No `received`; no `service`; a decision without its outcome.
#[test]
fn missing_field() {
    let (fr, en) = expect_error(r#"{"service":"caq-etudes"}"#, "missing-field", "received");
    assert!(fr.contains("received") && en.contains("received"));
    expect_error(r#"{"received":"2026-02-02"}"#, "missing-field", "service");
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","decision":{"date":"2026-03-10"}}"#,
        "missing-field",
        "decision.outcome",
    );
}

/// A number where a date string goes; an array instead of an object; a string where the
/// list of grounds goes; a number where a clock stop object goes; a bare word where the
/// decision object goes.
#[test]
fn wrong_type() {
    expect_error(r#"{"service":"caq-etudes","received":20260202}"#, "wrong-type", "received");
    expect_error(r#"["caq-etudes","2026-02-02"]"#, "wrong-type", "request");
    expect_error(
        r#"{"service":"francisation-temps-complet","received":"2026-02-02","grounds":"situation-change"}"#,
        "wrong-type",
        "grounds",
    );
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","pauses":[{"from":"2026-02-10","to":"2026-02-12"},5]}"#,
        "wrong-type",
        "pauses[1].from",
    );
    expect_error(
        r#"{"service":"caq-etudes","received":"2026-02-02","decision":"refusal"}"#,
        "wrong-type",
        "decision.date",
    );
}

/// 20 business days from 20 Dec 2199 would end in 2200, beyond the calendars.
#[test]
fn target_out_of_range() {
    expect_error(r#"{"service":"caq-etudes","received":"2199-12-20"}"#, "target-out-of-range", "received");
}

/// Requests built in Rust (not from JSON) are checked the same way: a received date in
/// 1899 is refused, not computed.
#[test]
fn engine_request_out_of_range_is_an_error() {
    let error = estimate(&Catalogue::OFFICIAL, &Request::new("caq-etudes", d(1899, 12, 31))).unwrap_err();
    assert_eq!(error.code(), "year-out-of-range");
    assert_eq!(error.field(), Field::Received);
}

/// `errors` lists every problem at once, so a form can mark each field.
#[test]
fn errors_lists_every_problem() {
    let mut request = Request::new("visa-travail", d(2026, 2, 2));
    request.clock_stops.push(ClockStop { from: d(2026, 2, 17), to: d(2026, 2, 10) });
    request.clock_stops.push(ClockStop { from: d(2026, 1, 20), to: d(2026, 2, 10) });
    request.decision = Some(Decision { date: d(2026, 1, 30), outcome: Outcome::Refusal });
    let found = errors(&Catalogue::OFFICIAL, &request);
    assert_eq!(
        found,
        vec![
            InputError::UnknownService("visa-travail".into()),
            InputError::StopEndsBeforeStart { index: 0 },
            InputError::StopBeforeReceipt { index: 1 },
            InputError::DecisionBeforeReceipt,
        ]
    );
    let paths: Vec<_> = found.iter().map(|e| e.field().path()).collect();
    assert_eq!(paths, vec!["service", "pauses[0].to", "pauses[1].from", "decision.date"]);
}

/// Every error code's two messages are non-empty and different.
#[test]
fn every_error_has_two_different_messages() {
    let all = [
        InputError::UnknownService("x".into()),
        InputError::NotDated("telephone".into()),
        InputError::MalformedDate { field: Field::Received, value: "x".into() },
        InputError::ImpossibleDate { field: Field::Received, value: "2026-02-30".into() },
        InputError::YearOutOfRange { field: Field::Received, value: "1899-01-01".into() },
        InputError::StopEndsBeforeStart { index: 0 },
        InputError::StopBeforeReceipt { index: 0 },
        InputError::DecisionBeforeReceipt,
        InputError::UnknownOutcome("x".into()),
        InputError::UnknownCalendar("x".into()),
        InputError::UnknownMailingOrigin("x".into()),
        InputError::UnknownGround("x".into()),
        InputError::TargetOutOfRange { field: Field::Received },
        InputError::MalformedJson("x".into()),
        InputError::MissingField(Field::Received),
        InputError::WrongType(Field::Received),
    ];
    let mut codes: Vec<_> = all.iter().map(InputError::code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), all.len(), "codes are distinct");
    for error in &all {
        let (fr, en) = (error.message(Lang::Fr), error.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty(), "{error:?}");
        assert_ne!(fr, en, "{error:?}");
    }
}
