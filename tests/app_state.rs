#![cfg(not(target_arch = "wasm32"))]
//! The app's state without a browser: the URL codec restores exactly what was typed,
//! bad input is reported next to its field while the rest still computes, and the
//! exports (summary, .ics) carry the engine's dates.

use chrono::NaiveDate;
use delais::app::compute::compute;
use delais::app::state::{Action, DateField, Flash, Form, HistoryMode, State, StopInput, MAX_NAMED_PROBLEMS, MAX_STOPS};
use delais::app::url::{decode_query, encode_query, MAX_DATE_CHARS};
use delais::engine::{CalendarId, Ground, MailingOrigin, Outcome, Recourse};
use delais::export;
use delais::i18n::{is_bidi_control, Lang, EXCERPT_CHARS};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn state(query: &str) -> State {
    State::from_query(query, Lang::Fr, day(2026, 3, 2))
}

#[test]
fn a_full_form_survives_the_url_round_trip() {
    let form = Form {
        service: "caq-etudes".into(),
        received: "2025-12-19".into(),
        stops: vec![
            StopInput { from: "2026-01-05".into(), to: "2026-01-12".into() },
            StopInput { from: "2026-02-30".into(), to: "".into() },
        ],
        decided: true,
        decision_date: "2026-02-02".into(),
        outcome: Some(Outcome::Refusal),
        mailing_from: MailingOrigin::Abroad,
        grounds: vec![Ground::OmittedFact],
        as_of: "2026-03-01".into(),
        calendar: CalendarId::QcStatutory,
    };
    let query = encode_query(&form, Lang::En);
    let (restored, lang, problems) = decode_query(&query);
    assert_eq!(restored, form);
    assert_eq!(lang, Some(Lang::En));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn odd_characters_typed_in_a_date_survive_the_url() {
    let form = Form { service: "peq".into(), received: "26/01 é&=?#%".into(), ..Form::default() };
    let (restored, _, _) = decode_query(&encode_query(&form, Lang::Fr));
    assert_eq!(restored.received, "26/01 é&=?#%");
}

#[test]
fn an_outdated_link_restores_what_it_can_and_names_the_rest() {
    let s = state("?lang=en&service=ancien-programme&received=2025-12-19&outcome=maybe&colour=blue");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.form.received, "2025-12-19");
    assert_eq!(s.form.service, "");
    let names: Vec<&str> = s.url_problems.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["service", "outcome", "colour"]);
}

#[test]
fn the_shared_example_link_computes_the_engine_date() {
    let computed = compute(&state("?service=caq-etudes&received=2025-12-19"));
    assert!(computed.errors.is_empty());
    assert_eq!(computed.estimate.unwrap().target, day(2026, 1, 26));
}

#[test]
fn an_impossible_date_is_reported_next_to_its_field_and_nothing_else_is_lost() {
    // The decision date is impossible: the target is still computed without it.
    let s = state("?service=caq-etudes&received=2025-12-19&decision=2026-02-30&outcome=refusal");
    let computed = compute(&s);
    assert_eq!(computed.errors.len(), 1);
    assert_eq!(computed.errors[0].0, DateField::DecisionDate);
    assert_eq!(computed.errors[0].1.code(), "impossible-date");
    assert_eq!(computed.estimate.unwrap().target, day(2026, 1, 26));
    assert_eq!(s.form.decision_date, "2026-02-30", "what was typed stays");
}

#[test]
fn a_stop_before_receipt_is_marked_on_that_stop_and_left_out() {
    let s = state("?service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&stop=2025-12-01..2025-12-05");
    let computed = compute(&s);
    assert_eq!(computed.errors.len(), 1);
    assert_eq!(computed.errors[0].0, DateField::StopFrom(1));
    assert_eq!(computed.errors[0].1.code(), "stop-before-receipt");
    let estimate = computed.estimate.unwrap();
    assert_eq!(estimate.clock_stops.len(), 1, "the good stop still counts");
    assert!(estimate.target > day(2026, 1, 26));
}

#[test]
fn a_date_being_typed_is_not_an_error_until_the_field_is_left() {
    let s = state("?service=caq-etudes").apply(Action::Edit(DateField::Received, "2025-1".into()));
    assert!(compute(&s).errors.is_empty());
    let left = s.apply(Action::Blur(DateField::Received));
    assert_eq!(compute(&left).errors[0].1.code(), "malformed-date");
}

#[test]
fn documents_not_yet_received_keep_the_clock_stopped_until_as_of() {
    // Asked for documents on 5 Jan 2026, not yet sent; as of 2 Mar 2026.
    let s = state("?service=caq-etudes&received=2025-12-19&stop=2026-01-05..");
    let computed = compute(&s);
    assert_eq!(computed.open_stops, vec![0]);
    let estimate = computed.estimate.unwrap();
    assert_eq!(estimate.clock_stops[0].to, day(2026, 3, 2));
    assert!(estimate.target > day(2026, 3, 2));
}

#[test]
fn start_over_clears_the_form_but_keeps_the_language() {
    let s = state("?lang=en&service=peq&received=2025-01-01").apply(Action::Reset);
    assert_eq!(s.form, Form::default());
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.query(), "?lang=en");
}

#[test]
fn switching_language_keeps_every_input() {
    let before = state("?service=peq&received=2025-08-31&stop=2025-09-10..2025-09-20");
    let after = before.apply(Action::SetLang(Lang::En));
    assert_eq!(after.form, before.form);
    assert!(after.query().starts_with("?lang=en&service=peq&received=2025-08-31"));
}

#[test]
fn the_calendar_file_is_valid_rfc_5545() {
    let s = state("?service=caq-etudes&received=2025-12-19&decision=2026-02-02&outcome=refusal");
    let estimate = compute(&s).estimate.unwrap();
    let ics = export::ics(&estimate, Lang::Fr, "20260302T120000Z", "https://example.org/?service=caq-etudes");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        assert!(!line.contains('\n'));
    }
    // Target, mail-by and re-examination deadline, each an all-day event with an alarm.
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 3);
    assert!(ics.contains("DTSTART;VALUE=DATE:20260126\r\nDTEND;VALUE=DATE:20260127"));
    // 2 Feb 2026 + 90 days = 3 May 2026 (a Sunday).
    assert!(ics.contains("DTSTART;VALUE=DATE:20260503"));
    let Recourse::Reexamination(r) = &estimate.recourse[0] else { panic!("re-examination first") };
    let mail_by = delais::i18n::iso(r.mail_by.unwrap()).replace('-', "");
    assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{mail_by}")));
    // Unfolded, the description keeps its escaped comma and newline.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Le Ministère vise à rendre sa décision d'ici le lundi 26 janvier 2026\\n"));
}

#[test]
fn the_summary_names_the_date_the_skipped_days_and_the_source() {
    let estimate = compute(&state("?service=caq-etudes&received=2025-12-19")).estimate.unwrap();
    let text = export::summary(&estimate, Lang::En, "https://example.org/x");
    assert!(text.contains("The Ministry aims to decide by Monday, January 26, 2026"), "{text}");
    assert!(text.contains("It is a target, not a promise."), "{text}");
    assert!(text.contains("Boxing Day"));
    // 20–21, 27–28 Dec, then 3–4, 10–11, 17–18, 24–25 Jan.
    assert!(text.contains("12 days of weekends"), "{text}");
    assert!(text.contains("Statement of services"));
    assert!(text.contains("Rules checked on December 7, 2026."), "{text}");
    assert!(text.contains("https://example.org/x"));
}

/// A PEQ request received on 2 Mar 2026, after the program closed: the summary says so
/// before its target, as the page does.
#[test]
fn the_summary_says_the_program_was_closed_before_the_target() {
    let estimate = compute(&state("?service=peq&received=2026-03-02")).estimate.unwrap();
    let text = export::summary(&estimate, Lang::Fr, "");
    let closed = text.find("Le PEQ ne recevait plus de demandes le 2 mars 2026").expect(&text);
    let target = text.find("Le Ministère vise à rendre sa décision d'ici le mercredi 2 septembre 2026").expect(&text);
    assert!(closed < target, "{text}");
    assert!(text.contains("Règles vérifiées le 7 décembre 2026."), "{text}");
}

/// A decision whose re-examination date would pass 2199 is marked on its own field
/// and left out; the target is still answered (the horizon rule, docs/rules.md §2).
#[test]
fn a_decision_past_the_horizon_is_marked_and_the_rest_still_answers() {
    let computed = compute(&state("?service=caq-etudes&received=2199-10-03&decision=2199-12-31&outcome=refusal"));
    let estimate = computed.estimate.expect("the target is still computed");
    assert_eq!(estimate.decision, None);
    let codes: Vec<(DateField, &str)> = computed.errors.iter().map(|(f, e)| (*f, e.code())).collect();
    assert_eq!(codes, vec![(DateField::DecisionDate, "target-out-of-range")]);
}

#[test]
fn the_error_summary_follows_the_order_of_the_page() {
    // The impossible decision date is found first, the stop before receipt later; the
    // page shows the stop first, so the summary does too.
    let s = state("?service=caq-etudes&received=2025-12-19&stop=2025-12-01..2025-12-05&decision=2026-02-30&outcome=refusal");
    let fields: Vec<DateField> = compute(&s).errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, vec![DateField::StopFrom(0), DateField::DecisionDate]);
}

// A link's unreadable parts, start over and undo, the widget, Back and Forward --------

#[test]
fn a_link_with_thousands_of_unreadable_parts_names_ten_and_counts_the_rest() {
    let mut query = String::from("?service=caq-etudes&received=2025-12-19");
    for i in 0..5000 {
        query.push_str(&format!("&junk{i}=x"));
    }
    let s = state(&query);
    assert_eq!(s.url_problems.named.len(), MAX_NAMED_PROBLEMS);
    assert_eq!(s.url_problems.more, 5000 - MAX_NAMED_PROBLEMS);
    assert_eq!(s.url_problems.named[0], ("junk0".to_string(), "x".to_string()));
    // What could be read still gives the answer.
    assert_eq!(compute(&s).estimate.unwrap().target, day(2026, 1, 26));
}

#[test]
fn stops_beyond_the_twentieth_are_named_once_with_their_count() {
    let mut query = String::from("?service=caq-etudes&received=2025-12-19");
    for _ in 0..(MAX_STOPS + 7) {
        query.push_str("&stop=2026-01-05..2026-01-06");
    }
    let s = state(&query);
    assert_eq!(s.form.stops.len(), MAX_STOPS);
    assert_eq!(s.url_problems.extra_stops, 7);
    assert!(s.url_problems.named.is_empty(), "{:?}", s.url_problems);
}

#[test]
fn a_very_long_unreadable_value_is_quoted_as_a_short_excerpt() {
    let long = "é".repeat(5000);
    let s = state(&format!("?colour={long}"));
    let (name, value) = &s.url_problems.named[0];
    assert_eq!(name, "colour");
    assert_eq!(value.chars().count(), EXCERPT_CHARS + 1, "12 characters and an ellipsis");
    assert!(value.ends_with('…'));
}

/// A crafted link: a right-to-left override, a 200-character "message" and a 60 KB value
/// in each parameter. Nothing from it is quoted but a short excerpt without direction
/// controls, and no date field holds more than a date field can.
#[test]
fn a_hostile_link_is_quoted_only_as_short_excerpts_without_direction_controls() {
    let payload = format!("\u{202E}{}", "PAYEZ 500 $ AU MINISTÈRE PAR VIREMENT AVANT DEMAIN ".repeat(4));
    let huge = "9".repeat(60_000);
    for name in ["lang", "service", "received", "stop", "decision", "outcome", "from", "grounds", "asof", "calendar", "x\u{202E}y"] {
        for value in [payload.as_str(), huge.as_str(), "\u{202E}2026-01-05"] {
            let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
            let name_encoded: String = name.bytes().map(|b| format!("%{b:02X}")).collect();
            let s = state(&format!("?service=caq-etudes&{name_encoded}={encoded}"));
            for (n, v) in s.url_problems.iter() {
                for quoted in [n, v] {
                    assert!(quoted.chars().count() <= EXCERPT_CHARS + 1, "{name}: {quoted}");
                    assert!(!quoted.chars().any(is_bidi_control), "{name}: {quoted:?}");
                }
            }
            let form = &s.form;
            let dates = [&form.received, &form.decision_date, &form.as_of]
                .into_iter()
                .chain(form.stops.iter().flat_map(|stop| [&stop.from, &stop.to]));
            for date in dates {
                assert!(date.chars().count() <= MAX_DATE_CHARS, "{name}: a date field holds {} characters", date.len());
                assert!(!date.chars().any(is_bidi_control), "{name}: {date:?}");
            }
            for (_, error) in compute(&s).errors {
                let message = error.message(Lang::Fr);
                assert!(!message.chars().any(is_bidi_control), "{name}: {message:?}");
                assert!(message.len() < 200, "{name}: {message}");
            }
        }
    }
}

#[test]
fn start_over_offers_an_undo_that_brings_every_answer_back() {
    let before = state("?service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12&decision=2026-02-02&outcome=refusal");
    let cleared = before.apply(Action::Reset);
    assert_eq!(cleared.form, Form::default());
    assert_eq!(cleared.flash, Some(Flash::Cleared));
    assert_eq!(cleared.history, HistoryMode::Push, "on the page, Back also returns");
    let undone = cleared.apply(Action::Undo);
    assert_eq!(undone.form, before.form);
    assert_eq!(undone.flash, Some(Flash::Restored));
    assert!(undone.undo.is_none());
    // The offer lasts until the next change.
    let moved_on = cleared.apply(Action::SetService("peq".into()));
    assert!(moved_on.undo.is_none());
    assert_eq!(moved_on.apply(Action::Undo).form.service, "peq");
    // Nothing to clear, nothing to undo.
    assert!(state("?lang=fr").apply(Action::Reset).undo.is_none());
}

#[test]
fn a_widget_with_a_known_service_keeps_it_through_start_over() {
    let s = state("").apply(Action::Pin(Some("peq".into())));
    assert_eq!(s.form.service, "peq");
    let typed = s.apply(Action::Edit(DateField::Received, "2025-08-31".into()));
    let cleared = typed.apply(Action::Reset);
    assert_eq!(cleared.form.service, "peq");
    assert_eq!(cleared.form.received, "");
    assert!(cleared.undo.is_some());
}

#[test]
fn a_widget_with_an_unknown_service_keeps_the_value_to_name_it_and_lets_the_person_choose() {
    let s = state("").apply(Action::Pin(Some("caq-etude".into())));
    assert_eq!(s.form.service, "");
    assert_eq!(s.pinned_service.as_deref(), Some("caq-etude"));
    let chosen = s.apply(Action::SetService("caq-etudes".into()));
    assert_eq!(chosen.form.service, "caq-etudes");
}

#[test]
fn back_and_forward_restore_every_control_from_the_address() {
    let caq = state("?service=caq-etudes&received=2026-01-05&decision=2026-02-02&outcome=refusal");
    let steps = [
        Action::SetService("peq".into()),
        Action::SetCalendar(CalendarId::QcStatutory),
        Action::SetMailingFrom(MailingOrigin::Abroad),
    ];
    let mut history = vec![caq.query()];
    let mut s = caq;
    for step in steps {
        s = s.apply(step);
        assert_eq!(s.history, HistoryMode::Push, "each choice is a step Back returns to");
        history.push(s.query());
    }
    for query in history.iter().rev() {
        let restored = s.apply(Action::Restore(query.clone()));
        assert_eq!(&restored.query(), query);
        assert_eq!(restored.history, HistoryMode::None, "restoring writes no history");
        s = restored;
    }
}
