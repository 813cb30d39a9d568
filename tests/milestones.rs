#![cfg(not(target_arch = "wasm32"))]
//! An estimate's dated events, listed once (engine::milestones), and the exports that
//! read them: every date of the summary and the `.ics` is a milestone's date.

use chrono::{Datelike, NaiveDate};
use delais::engine::{estimate, milestones, Catalogue, ClockStop, Decision, MailingOrigin, MilestoneKind, Outcome, Request};
use delais::export;
use delais::i18n::{format_date_long, Lang};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in the test")
}

fn compact(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A CAQ received Monday 2 Feb 2026, documents asked for on 9 Feb and received on
/// 16 Feb, refused on 10 Mar, the request to be mailed from abroad, seen on 20 Mar.
fn caq_refused() -> Request {
    let mut request = Request::new("caq-etudes", d(2026, 2, 2));
    request.clock_stops = vec![ClockStop { from: d(2026, 2, 9), to: d(2026, 2, 16) }];
    request.decision = Some(Decision { date: d(2026, 3, 10), outcome: Outcome::Refusal });
    request.mailing_from = MailingOrigin::Abroad;
    request.today = Some(d(2026, 3, 20));
    request
}

#[test]
fn a_refused_caq_lists_its_events_in_date_order() {
    let result = estimate(&Catalogue::OFFICIAL, &caq_refused()).expect("a valid request");
    let list = milestones(&result);
    let codes: Vec<(&str, NaiveDate)> = list.iter().map(|m| (m.kind.code(), m.date)).collect();
    // 20 business days from 2 Feb, the 5 business days of the suspension (10–16 Feb) not
    // counted: Monday 9 March. Re-examination: 10 Mar + 90 days = Monday 8 June; mailed
    // from abroad, 15 business days of the statutory calendar before it.
    assert_eq!(
        codes,
        vec![
            ("received", d(2026, 2, 2)),
            ("suspension-from", d(2026, 2, 9)),
            ("suspension-to", d(2026, 2, 16)),
            ("target", d(2026, 3, 9)),
            ("decision", d(2026, 3, 10)),
            ("today", d(2026, 3, 20)),
            ("mail-by", result_mail_by(&result)),
            ("reexamination-deadline", d(2026, 6, 8)),
        ]
    );
    assert_eq!(list[6].kind, MilestoneKind::MailBy(MailingOrigin::Abroad));
    assert!(list.iter().filter(|m| m.kind.is_deadline()).all(|m| m.date > d(2026, 3, 10)));
}

fn result_mail_by(result: &delais::engine::Estimate) -> NaiveDate {
    result
        .recourse
        .iter()
        .find_map(|r| match r {
            delais::engine::Recourse::Reexamination(r) => r.mail_by,
            _ => None,
        })
        .expect("a mail-by date")
}

#[test]
fn an_accepted_request_has_no_recourse_deadline() {
    let mut request = caq_refused();
    request.decision = Some(Decision { date: d(2026, 3, 10), outcome: Outcome::Acceptance });
    let result = estimate(&Catalogue::OFFICIAL, &request).expect("a valid request");
    assert!(milestones(&result).iter().all(|m| !m.kind.is_deadline()));
}

#[test]
fn a_comparative_evaluation_has_its_365_day_window() {
    let mut request = Request::new("evaluation-comparative", d(2026, 1, 5));
    request.decision = Some(Decision { date: d(2026, 3, 2), outcome: Outcome::Acceptance });
    let result = estimate(&Catalogue::OFFICIAL, &request).expect("a valid request");
    let list = milestones(&result);
    let review = list.iter().find(|m| m.kind == MilestoneKind::EvaluationReview).expect("the window");
    assert_eq!(review.date, d(2027, 3, 2));
    assert!(list.iter().all(|m| m.kind != MilestoneKind::ReexaminationDeadline));
}

#[test]
fn the_exports_show_exactly_the_milestones_dates() {
    let result = estimate(&Catalogue::OFFICIAL, &caq_refused()).expect("a valid request");
    let list = milestones(&result);
    let ics = export::ics(&result, Lang::En, "20260320T120000Z", "");
    let summary = export::summary(&result, Lang::En, "");
    for milestone in &list {
        let in_ics = ics.contains(&format!("DTSTART;VALUE=DATE:{}", compact(milestone.date)));
        let in_summary = summary.contains(&format_date_long(milestone.date, Lang::En));
        match milestone.kind {
            MilestoneKind::Target | MilestoneKind::MailBy(_) | MilestoneKind::ReexaminationDeadline => {
                assert!(in_ics, "{milestone:?} in the .ics");
                assert!(in_summary, "{milestone:?} in the summary");
            }
            _ => assert!(!in_ics, "{milestone:?} is not a calendar event"),
        }
    }
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
}
