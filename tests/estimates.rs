#![cfg(not(target_arch = "wasm32"))]
//! Estimates as worked examples (docs/rules.md §1, §2, §5): one per service, then the
//! counting rules — weekends and holidays, month ends, clock stops, status on a given
//! day, program notes, and a newer Déclaration added as data only.
//!
//! Every expected date was counted by hand from docs/rules.md (and re-checked with a small
//! script that knows only the rules), never copied from the engine.

use chrono::{Datelike, NaiveDate, Weekday};
use delais::engine::rules::{ymd, Declaration, Standard};
use delais::engine::{
    estimate, CalendarId, Catalogue, ClockStop, DayKind, Decision, Estimate, InputError, Outcome, Request, SkipReason,
    Status, Unit, Warning,
};
use delais::i18n::{Lang, Text};

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in the test")
}

fn stop(from: NaiveDate, to: NaiveDate) -> ClockStop {
    ClockStop { from, to }
}

fn run(request: &Request) -> Estimate {
    estimate(&Catalogue::OFFICIAL, request).unwrap_or_else(|e| panic!("{request:?}: {e}"))
}

fn target(service: &str, received: NaiveDate) -> NaiveDate {
    run(&Request::new(service, received)).target
}

fn warning_codes(result: &Estimate) -> Vec<&'static str> {
    result.warnings.iter().map(Warning::code).collect()
}

fn note_ids(result: &Estimate) -> Vec<&'static str> {
    result.notes.iter().map(|n| n.id).collect()
}

/// The holidays skipped, as (date, French name).
fn holidays_skipped(result: &Estimate) -> Vec<(NaiveDate, &'static str)> {
    result
        .skipped
        .iter()
        .filter_map(|s| match s.reason {
            SkipReason::Holiday(off) => Some((s.date, off.name().fr)),
            _ => None,
        })
        .collect()
}

fn stop_days(result: &Estimate) -> Vec<NaiveDate> {
    result.skipped.iter().filter(|s| matches!(s.reason, SkipReason::ClockStop(_))).map(|s| s.date).collect()
}

// ---------------------------------------------------------------------------
// One worked example per service
// ---------------------------------------------------------------------------

/// caq-etudes: received Friday 19 Dec 2025, 20 business days, skips 24–26 and 31 Dec,
/// 1–2 Jan → Monday 26 Jan 2026.
#[test]
fn caq_etudes_received_19_dec_2025_skips_year_end_to_26_jan_2026() {
    let result = run(&Request::new("caq-etudes", d(2025, 12, 19)));
    assert_eq!(result.target, d(2026, 1, 26));
    assert_eq!(result.target.weekday(), Weekday::Mon);
    assert_eq!((result.budget, result.unit()), (20, Unit::BusinessDays));
    assert_eq!(
        holidays_skipped(&result),
        vec![
            (d(2025, 12, 24), "Veille de Noël"),
            (d(2025, 12, 25), "Noël"),
            (d(2025, 12, 26), "Lendemain de Noël"),
            (d(2025, 12, 31), "Veille du jour de l'An"),
            (d(2026, 1, 1), "Jour de l'An"),
            (d(2026, 1, 2), "Lendemain du jour de l'An"),
        ]
    );
    // 38 calendar days = 20 counted + 6 holidays + 12 weekend days (6 weekends).
    assert_eq!(result.skipped.iter().filter(|s| s.reason == SkipReason::Weekend).count(), 12);
    assert_eq!(result.skipped.len(), 18);
    assert_eq!(result.applied.standard.share_percent, 80);
    let codes = warning_codes(&result);
    assert!(codes.contains(&"estimate-only") && codes.contains(&"assumption-calendar"), "{codes:?}");
    assert!(!codes.contains(&"assumption-observed-holidays"), "no holiday here was moved off a weekend");
}

/// peq: received Monday 1 Dec 2025, 6 months → Monday 1 June 2026 (182 calendar days);
/// the program was abolished on 19 Nov 2025, so both PEQ notes are shown.
#[test]
fn peq_received_1_dec_2025_six_months_to_1_june_2026_with_abolition_note() {
    let result = run(&Request::new("peq", d(2025, 12, 1)));
    assert_eq!(result.target, d(2026, 6, 1));
    assert_eq!((result.budget, result.unit()), (182, Unit::Months));
    assert!(result.skipped.is_empty(), "a month standard skips no weekend or holiday");
    assert_eq!(result.applied.standard.share_percent, 90);
    assert_eq!(note_ids(&result), vec!["peq-graduates-suspended", "peq-abolished"]);
    assert!(!warning_codes(&result).contains(&"assumption-calendar"), "no business days counted");
}

/// prtq: received Wednesday 15 May 2024, 6 months → Friday 15 Nov 2024 (184 days). The
/// PRTQ→PSTQ note (29 Nov 2024) was not yet in force.
#[test]
fn prtq_received_15_may_2024_six_months_to_15_nov_2024() {
    let result = run(&Request::new("prtq", d(2024, 5, 15)));
    assert_eq!(result.target, d(2024, 11, 15));
    assert_eq!(result.budget, 184);
    assert!(!result.applied.reference_only);
    assert!(note_ids(&result).is_empty());
}

/// pstq: no standard of its own; received 10 Mar 2025, the PRTQ's 6 months are shown as
/// a reference → 10 Sep 2025, with the reference-standard warning and the PSTQ note.
#[test]
fn pstq_received_10_mar_2025_uses_prtq_standard_as_reference() {
    let result = run(&Request::new("pstq", d(2025, 3, 10)));
    assert_eq!(result.target, d(2025, 9, 10));
    assert!(result.applied.reference_only);
    assert_eq!(result.applied.standard.service, "prtq");
    assert!(result.warnings.iter().any(|w| matches!(w, Warning::ReferenceStandard { reference: "prtq", .. })));
    assert_eq!(note_ids(&result), vec!["prtq-replaced-by-pstq"]);
}

/// regroupement-familial: received Monday 2 Mar 2026, 25 business days, skips Good
/// Friday 3 Apr and Easter Monday 6 Apr → Wednesday 8 Apr 2026; the cap note is in force.
#[test]
fn regroupement_familial_received_2_mar_2026_skips_easter_to_8_apr() {
    let result = run(&Request::new("regroupement-familial", d(2026, 3, 2)));
    assert_eq!(result.target, d(2026, 4, 8));
    assert_eq!(result.budget, 25);
    assert_eq!(holidays_skipped(&result), vec![(d(2026, 4, 3), "Vendredi saint"), (d(2026, 4, 6), "Lundi de Pâques")]);
    assert_eq!(note_ids(&result), vec!["family-reunification-cap"]);
}

/// evaluation-comparative: received Thursday 15 Jan 2026, 50 business days with no
/// holiday in between = exactly 10 weeks → Thursday 26 Mar 2026.
#[test]
fn evaluation_comparative_received_15_jan_2026_ten_weeks_to_26_mar() {
    let result = run(&Request::new("evaluation-comparative", d(2026, 1, 15)));
    assert_eq!(result.target, d(2026, 3, 26));
    assert!(holidays_skipped(&result).is_empty());
    assert_eq!(result.skipped.len(), 20, "10 weekends");
}

/// accompagnement-quebec: received Thursday 14 May 2026, 5 business days, skips the
/// weekend and Patriotes (Mon 18 May) → Friday 22 May 2026.
#[test]
fn accompagnement_quebec_received_14_may_2026_skips_patriotes_to_22_may() {
    let result = run(&Request::new("accompagnement-quebec", d(2026, 5, 14)));
    assert_eq!(result.target, d(2026, 5, 22));
    assert_eq!(result.applied.standard.share_percent, 85);
    assert_eq!(holidays_skipped(&result), vec![(d(2026, 5, 18), "Journée nationale des patriotes")]);
}

/// francisation-temps-complet: received Monday 2 Feb 2026, 50 business days, skips
/// Easter → Wednesday 15 Apr 2026; the ministry's announced +25 business days (since
/// 24 Jan 2024) → 75 business days, also skipping Patriotes → Thursday 21 May 2026.
/// Published results (85.5 %, 67.7 %) are shown beside the target.
#[test]
fn francisation_received_2_feb_2026_standard_15_apr_announced_21_may() {
    let result = run(&Request::new("francisation-temps-complet", d(2026, 2, 2)));
    assert_eq!(result.target, d(2026, 4, 15));
    let announced = result.announced.expect("announced second date since January 2024");
    assert_eq!(announced.target, d(2026, 5, 21));
    assert_eq!(announced.delay.extra_business_days, 25);
    assert_eq!(announced.delay.since, d(2024, 1, 24));
    let results: Vec<_> = result.results.iter().map(|r| r.period).collect();
    assert_eq!(results, vec!["2022-2023", "2023-2024"]);
    assert!(result.results[0].text.fr.contains("85,5"));
    assert!(result.results[1].text.en.contains("67.7"));
    assert_eq!(note_ids(&result), vec!["francisation-quebec"]);
}

/// francisation received 1 Nov 2023, before the ministry's warning (24 Jan 2024): no
/// announced second date; the Francisation Québec note (1 June 2023) is in force.
#[test]
fn francisation_received_before_the_announced_delay_has_no_second_date() {
    let result = run(&Request::new("francisation-temps-complet", d(2023, 11, 1)));
    assert!(result.announced.is_none());
    assert_eq!(note_ids(&result), vec!["francisation-quebec"]);
}

/// courriel: received Thursday 2 Apr 2026, 2 business days, skips Good Friday, the
/// weekend and Easter Monday → Wednesday 8 Apr 2026.
#[test]
fn courriel_received_2_apr_2026_skips_easter_weekend_to_8_apr() {
    let result = run(&Request::new("courriel", d(2026, 4, 2)));
    assert_eq!(result.target, d(2026, 4, 8));
    assert_eq!(result.skipped.len(), 4);
}

/// plainte: received Monday 22 June 2026, 15 business days, skips 24 June and 1 July →
/// Wednesday 15 July 2026; 90 % share.
#[test]
fn plainte_received_22_june_2026_skips_fete_nationale_and_canada_day_to_15_july() {
    let result = run(&Request::new("plainte", d(2026, 6, 22)));
    assert_eq!(result.target, d(2026, 7, 15));
    assert_eq!(result.applied.standard.share_percent, 90);
    assert_eq!(
        holidays_skipped(&result),
        vec![(d(2026, 6, 24), "Fête nationale du Québec"), (d(2026, 7, 1), "Fête du Canada")]
    );
}

/// telephone: 3 minutes on the phone is information only: no date, error service-not-dated.
#[test]
fn telephone_has_no_date() {
    let error = estimate(&Catalogue::OFFICIAL, &Request::new("telephone", d(2026, 2, 2))).unwrap_err();
    assert_eq!(error, InputError::NotDated("telephone".into()));
    assert_eq!(error.code(), "service-not-dated");
}

// ---------------------------------------------------------------------------
// Received on a weekend or a holiday; the statutory calendar
// ---------------------------------------------------------------------------

/// caq-etudes received Saturday 3 Jan 2026: counting starts Monday 5 Jan → Friday
/// 30 Jan, the same as received Friday 2 Jan (a holiday) or Sunday 4 Jan.
#[test]
fn received_on_a_saturday_counts_from_monday() {
    assert_eq!(target("caq-etudes", d(2026, 1, 3)), d(2026, 1, 30));
    assert_eq!(target("caq-etudes", d(2026, 1, 2)), d(2026, 1, 30));
    assert_eq!(target("caq-etudes", d(2026, 1, 4)), d(2026, 1, 30));
    // Received Monday 5 Jan (a business day, day 0) → Monday 2 Feb.
    assert_eq!(target("caq-etudes", d(2026, 1, 5)), d(2026, 2, 2));
}

/// caq-etudes received on Good Friday 3 Apr 2026: Easter Monday is skipped too,
/// counting starts Tuesday 7 Apr → Monday 4 May 2026.
#[test]
fn received_on_good_friday_counts_from_tuesday() {
    assert_eq!(target("caq-etudes", d(2026, 4, 3)), d(2026, 5, 4));
}

/// caq-etudes received Tuesday 20 Dec 2022: skips the moved days 23, 27, 30 Dec and
/// 3 Jan as well as 26 Dec and 2 Jan → Wednesday 25 Jan 2023, with the warning that
/// moving weekend holidays is our assumption.
#[test]
fn received_20_dec_2022_skips_observed_holidays_with_assumption_warning() {
    let result = run(&Request::new("caq-etudes", d(2022, 12, 20)));
    assert_eq!(result.target, d(2023, 1, 25));
    let dates: Vec<_> = holidays_skipped(&result).into_iter().map(|(date, _)| date).collect();
    assert_eq!(
        dates,
        vec![d(2022, 12, 23), d(2022, 12, 26), d(2022, 12, 27), d(2022, 12, 30), d(2023, 1, 2), d(2023, 1, 3)]
    );
    assert!(warning_codes(&result).contains(&"assumption-observed-holidays"));
}

/// The same request as the issue's example on the statutory calendar: only 25 Dec and
/// 1 Jan are off → Tuesday 20 Jan 2026, with the calendar warning for that choice.
#[test]
fn statutory_calendar_received_19_dec_2025_to_20_jan_2026() {
    let mut request = Request::new("caq-etudes", d(2025, 12, 19));
    request.calendar = CalendarId::QcStatutory;
    let result = run(&request);
    assert_eq!(result.target, d(2026, 1, 20));
    assert_eq!(holidays_skipped(&result), vec![(d(2025, 12, 25), "Noël"), (d(2026, 1, 1), "Jour de l'An")]);
    assert!(result.warnings.contains(&Warning::CalendarAssumption(CalendarId::QcStatutory)));
}

// ---------------------------------------------------------------------------
// Month ends (Code de procédure civile art. 83)
// ---------------------------------------------------------------------------

/// peq received Sunday 31 Aug 2025 + 6 months: February 2026 has no 31st → Saturday
/// 28 Feb 2026 (181 days). A month standard does not move off a weekend.
#[test]
fn month_end_31_aug_2025_plus_6_months_is_28_feb_2026() {
    let result = run(&Request::new("peq", d(2025, 8, 31)));
    assert_eq!(result.target, d(2026, 2, 28));
    assert_eq!(result.budget, 181);
}

/// prtq received Thursday 31 Aug 2023 + 6 months: 2024 is a leap year → Thursday 29 Feb 2024.
#[test]
fn month_end_31_aug_2023_plus_6_months_is_29_feb_2024_leap_year() {
    let result = run(&Request::new("prtq", d(2023, 8, 31)));
    assert_eq!(result.target, d(2024, 2, 29));
    assert_eq!(result.budget, 182);
}

/// peq received 31 Mar 2026 + 6 months: September has no 31st → 30 Sep 2026 (183 days).
#[test]
fn month_end_31_mar_2026_plus_6_months_is_30_sep_2026() {
    let result = run(&Request::new("peq", d(2026, 3, 31)));
    assert_eq!(result.target, d(2026, 9, 30));
    assert_eq!(result.budget, 183);
}

/// peq received 31 Aug 2025 with a 20-day clock stop (documents asked 10 Sep, received
/// 30 Sep): 181 calendar days + 20 stopped → 28 Feb + 20 days = Friday 20 Mar 2026.
#[test]
fn month_standard_with_a_clock_stop_adds_the_stopped_calendar_days() {
    let mut request = Request::new("peq", d(2025, 8, 31));
    request.clock_stops.push(stop(d(2025, 9, 10), d(2025, 9, 30)));
    let result = run(&request);
    assert_eq!(result.target, d(2026, 3, 20));
    assert_eq!(stop_days(&result).len(), 20);
    assert_eq!(stop_days(&result)[0], d(2025, 9, 11));
}

// ---------------------------------------------------------------------------
// Clock stops (caq-etudes received Monday 2 Feb 2026; without stops → Monday 2 Mar)
// ---------------------------------------------------------------------------

fn caq_2_feb_2026() -> Request {
    Request::new("caq-etudes", d(2026, 2, 2))
}

/// Without any stop: 20 business days in February 2026, no holiday → Monday 2 Mar.
#[test]
fn clock_stop_baseline_received_2_feb_2026_to_2_mar() {
    assert_eq!(run(&caq_2_feb_2026()).target, d(2026, 3, 2));
}

/// Documents asked Tuesday 10 Feb, received Tuesday 17 Feb: 11–17 Feb do not count (5 of
/// them business days) → 5 business days later, Monday 9 Mar. The stopped weekend is
/// listed as a clock stop, not as a weekend.
#[test]
fn clock_stop_10_to_17_feb_moves_target_to_9_mar() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 10), d(2026, 2, 17)));
    let result = run(&request);
    assert_eq!(result.target, d(2026, 3, 9));
    assert_eq!(stop_days(&result), (11..=17).map(|day| d(2026, 2, day)).collect::<Vec<_>>());
    let weekend_in_stop = result.skipped.iter().find(|s| s.date == d(2026, 2, 14)).map(|s| s.reason);
    assert_eq!(weekend_in_stop, Some(SkipReason::ClockStop(0)));
    assert_eq!(result.clock_stops, vec![stop(d(2026, 2, 10), d(2026, 2, 17))]);
}

/// Overlapping stops 10–17 Feb and 15–20 Feb are merged into 10–20 Feb: 11–20 Feb do not
/// count (8 business days) → Thursday 12 Mar, with the stops-merged warning.
#[test]
fn overlapping_clock_stops_are_merged_with_a_warning() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 15), d(2026, 2, 20)));
    request.clock_stops.push(stop(d(2026, 2, 10), d(2026, 2, 17)));
    let result = run(&request);
    assert_eq!(result.clock_stops, vec![stop(d(2026, 2, 10), d(2026, 2, 20))]);
    assert_eq!(result.target, d(2026, 3, 12));
    assert!(result.warnings.contains(&Warning::StopsMerged { entered: 2, merged: 1 }));
    assert_eq!(stop_days(&result).len(), 10);
}

/// A stop of zero length (asked and received on 10 Feb) changes nothing → 2 Mar.
#[test]
fn zero_length_clock_stop_changes_nothing() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 10), d(2026, 2, 10)));
    let result = run(&request);
    assert_eq!(result.target, d(2026, 3, 2));
    assert!(result.clock_stops.is_empty());
    assert!(stop_days(&result).is_empty());
    assert!(!warning_codes(&result).contains(&"stops-merged"));
}

/// A stop that begins after the target (5–20 Mar) or on it (2–20 Mar) changes nothing.
#[test]
fn clock_stop_after_the_target_changes_nothing() {
    for from in [d(2026, 3, 5), d(2026, 3, 2)] {
        let mut request = caq_2_feb_2026();
        request.clock_stops.push(stop(from, d(2026, 3, 20)));
        let result = run(&request);
        assert_eq!(result.target, d(2026, 3, 2), "stop from {from}");
        assert!(stop_days(&result).is_empty());
    }
}

/// Documents arrived the day after the request (2→3 Feb): Tuesday 3 Feb is a new day 0
/// and does not count → one business day later, Tuesday 3 Mar.
#[test]
fn clock_stop_the_day_after_receipt_makes_that_day_a_new_day_zero() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 2), d(2026, 2, 3)));
    assert_eq!(run(&request).target, d(2026, 3, 3));
}

/// Today is Thursday 12 Feb, inside a stop planned until 17 Feb: the stop is flagged as
/// in the future, and the status is paused with 6 counted days (3–6, 9–10 Feb), 14 left.
#[test]
fn clock_stop_ending_after_today_is_flagged_and_status_is_paused() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 10), d(2026, 2, 17)));
    request.today = Some(d(2026, 2, 12));
    let result = run(&request);
    assert!(result.warnings.contains(&Warning::StopInFuture { index: 0 }));
    assert_eq!(
        result.status,
        Some(Status::Paused { elapsed: 6, remaining: 14, stop: stop(d(2026, 2, 10), d(2026, 2, 17)) })
    );
    // The same stop seen from 18 Feb has happened: no warning.
    request.today = Some(d(2026, 2, 18));
    assert!(!warning_codes(&run(&request)).contains(&"stop-in-future"));
}

// ---------------------------------------------------------------------------
// Status as of "today"
// ---------------------------------------------------------------------------

fn caq_2_feb_2026_on(today: NaiveDate) -> Estimate {
    let mut request = caq_2_feb_2026();
    request.today = Some(today);
    run(&request)
}

/// Today Friday 30 Jan 2026, received Monday 2 Feb: not received yet, 3 days to go.
#[test]
fn status_not_received_yet() {
    assert_eq!(caq_2_feb_2026_on(d(2026, 1, 30)).status, Some(Status::NotReceivedYet { days_until: 3 }));
}

/// Today Friday 13 Feb: 9 business days counted (3–6 and 9–13 Feb), 11 left.
#[test]
fn status_counting_13_feb() {
    assert_eq!(caq_2_feb_2026_on(d(2026, 2, 13)).status, Some(Status::Counting { elapsed: 9, remaining: 11 }));
}

/// Today is the receipt day itself: nothing counted yet, 20 left.
#[test]
fn status_counting_on_the_receipt_day() {
    assert_eq!(caq_2_feb_2026_on(d(2026, 2, 2)).status, Some(Status::Counting { elapsed: 0, remaining: 20 }));
}

/// Today Monday 2 Mar is the target: due today, 20 counted.
#[test]
fn status_due_today() {
    assert_eq!(caq_2_feb_2026_on(d(2026, 3, 2)).status, Some(Status::DueToday { elapsed: 20 }));
}

/// Today Friday 6 Mar, target Monday 2 Mar: 4 calendar days and 4 business days late;
/// the next steps are the e-mail (2 business days) and complaint (15) standards.
#[test]
fn status_overdue_points_to_courriel_and_plainte() {
    let result = caq_2_feb_2026_on(d(2026, 3, 6));
    assert_eq!(result.status, Some(Status::Overdue { calendar_days_late: 4, business_days_late: 4 }));
    let next: Vec<_> = result.follow_up.iter().map(|s| (s.service, s.amount, s.unit)).collect();
    assert_eq!(next, vec![("courriel", 2, Unit::BusinessDays), ("plainte", 15, Unit::BusinessDays)]);
    let json = delais::api::to_json(&delais::api::estimate_json(&result));
    assert!(json.contains(r#""next_steps":[{"service":"courriel""#), "{json}");
}

/// caq-etudes received Monday 2 Mar 2026 → Monday 30 Mar; today Tuesday 7 Apr: 8 calendar
/// days late but only 4 business days (31 Mar, 1, 2 and 7 Apr; Easter is off).
#[test]
fn status_overdue_counts_business_days_late_without_holidays() {
    let mut request = Request::new("caq-etudes", d(2026, 3, 2));
    request.today = Some(d(2026, 4, 7));
    let result = run(&request);
    assert_eq!(result.target, d(2026, 3, 30));
    assert_eq!(result.status, Some(Status::Overdue { calendar_days_late: 8, business_days_late: 4 }));
}

/// A refusal dated Wednesday 25 Feb, target Monday 2 Mar: decided 5 days early.
#[test]
fn status_decided_before_the_target() {
    let mut request = caq_2_feb_2026();
    request.today = Some(d(2026, 3, 10));
    request.decision = Some(Decision { date: d(2026, 2, 25), outcome: Outcome::Refusal });
    let result = run(&request);
    assert_eq!(result.status, Some(Status::Decided { on: d(2026, 2, 25), days_after_target: -5 }));
    assert!(!warning_codes(&result).contains(&"decision-in-future"));
}

/// A decision dated after today (20 Mar, today 10 Mar) is flagged: check the letter.
#[test]
fn decision_after_today_is_flagged() {
    let mut request = caq_2_feb_2026();
    request.today = Some(d(2026, 3, 10));
    request.decision = Some(Decision { date: d(2026, 3, 20), outcome: Outcome::Acceptance });
    assert!(warning_codes(&run(&request)).contains(&"decision-in-future"));
}

/// peq received 31 Aug 2025, today 30 Sep 2025: 30 calendar days counted of 181, 151 left.
#[test]
fn status_counting_calendar_days_for_a_month_standard() {
    let mut request = Request::new("peq", d(2025, 8, 31));
    request.today = Some(d(2025, 9, 30));
    assert_eq!(run(&request).status, Some(Status::Counting { elapsed: 30, remaining: 151 }));
}

/// No "today" given: no status.
#[test]
fn no_today_no_status() {
    assert_eq!(run(&caq_2_feb_2026()).status, None);
}

// ---------------------------------------------------------------------------
// Program notes in force (docs/rules.md §5)
// ---------------------------------------------------------------------------

/// PEQ received 1 June 2024: neither the graduates' suspension (31 Oct 2024) nor the
/// abolition (19 Nov 2025) had happened.
#[test]
fn peq_notes_not_yet_in_force_in_june_2024() {
    assert!(note_ids(&run(&Request::new("peq", d(2024, 6, 1)))).is_empty());
}

/// PEQ received 1 Dec 2024: the suspension is in force, the abolition not yet.
#[test]
fn peq_received_dec_2024_has_suspension_note_only() {
    assert_eq!(note_ids(&run(&Request::new("peq", d(2024, 12, 1)))), vec!["peq-graduates-suspended"]);
}

/// The family-reunification cap (26 June 2024 – 25 June 2026) is shown only while in
/// force: received 15 Jan 2025 and 25 June 2026 → shown; 1 Mar 2024 and 2 July 2026 → not.
#[test]
fn family_cap_note_only_while_in_force() {
    let has_cap = |received| {
        note_ids(&run(&Request::new("regroupement-familial", received))).contains(&"family-reunification-cap")
    };
    assert!(has_cap(d(2025, 1, 15)));
    assert!(has_cap(d(2024, 6, 26)), "first day");
    assert!(has_cap(d(2026, 6, 25)), "last day");
    assert!(!has_cap(d(2024, 3, 1)));
    assert!(!has_cap(d(2026, 7, 2)));
}

/// CAQ caps by decree concern requests received while a decree is in force: decree
/// 155-2025 (amended by 632-2025) from 26 Feb 2025 to 26 Feb 2026, then the decree
/// of 17 Dec 2025 until 16 Dec 2027. Received 1 May 2024 → no note (no decree yet,
/// and never for 2021–2024); 3 Mar 2025 → the first; 2 Feb 2026 → both (they
/// overlap); 1 Jun 2026 → the second; 10 Jan 2028 → none.
#[test]
fn caq_caps_notes_only_for_requests_received_under_a_decree() {
    let caq = |received| note_ids(&run(&Request::new("caq-etudes", received)));
    assert!(caq(d(2024, 5, 1)).is_empty());
    for year in 2021..=2024 {
        assert!(caq(d(year, 11, 1)).is_empty(), "{year}");
    }
    assert!(caq(d(2025, 2, 25)).is_empty(), "the day before the first decree");
    assert_eq!(caq(d(2025, 2, 26)), vec!["caq-caps-2025-2026"]);
    assert_eq!(caq(d(2025, 3, 3)), vec!["caq-caps-2025-2026"]);
    assert_eq!(note_ids(&run(&caq_2_feb_2026())), vec!["caq-caps-2025-2026", "caq-caps-2025-2027"]);
    assert_eq!(caq(d(2026, 6, 1)), vec!["caq-caps-2025-2027"]);
    assert_eq!(caq(d(2027, 12, 16)), vec!["caq-caps-2025-2027"]);
    assert!(caq(d(2028, 1, 10)).is_empty());
}

/// A capped request is returned unprocessed, not rejected: no note calls it a
/// rejection, and the rejection's description does not mention the cap.
#[test]
fn a_cap_is_never_described_as_a_rejection() {
    let result = run(&caq_2_feb_2026());
    for note in &result.notes {
        assert!(note.text.fr.contains("retournée sans être traitée") && note.text.fr.contains("ce n'est pas un rejet"));
        assert!(note.text.en.contains("returned unprocessed") && note.text.en.contains("not a rejection"));
    }
    let rejection = delais::i18n::catalogue::FR.outcome_hint_rejection;
    assert!(!rejection.contains("plafond"), "{rejection}");
    assert!(!delais::i18n::catalogue::EN.outcome_hint_rejection.contains("cap"));
}

/// Notes belong to their services: an e-mail enquiry has none.
#[test]
fn courriel_has_no_program_note() {
    assert!(note_ids(&run(&Request::new("courriel", d(2025, 12, 1)))).is_empty());
}

/// A request received before the Déclaration (1 Oct 2021) gets the 2021 standard with a
/// warning: received Tuesday 1 June 2021 → skips 24 June → Wednesday 30 June 2021.
#[test]
fn received_before_the_first_declaration_is_flagged() {
    let result = run(&Request::new("caq-etudes", d(2021, 6, 1)));
    assert_eq!(result.target, d(2021, 6, 30));
    assert!(result.warnings.contains(&Warning::BeforeFirstDeclaration { in_force_from: d(2021, 10, 1) }));
}

// ---------------------------------------------------------------------------
// The skipped list explains the target
// ---------------------------------------------------------------------------

/// For every business-day service and every receipt day of 2022, 2026 and 2027 (both
/// calendars): target − received = counted days + skipped days, the skipped days are
/// in order between receipt and target, and each one's reason is true of that day.
#[test]
fn skipped_days_explain_every_business_day_target() {
    // The Déclaration's business-day standards, from the catalogue.
    let services: Vec<&str> = Catalogue::OFFICIAL.declarations[0]
        .standards
        .iter()
        .filter(|s| s.unit == Unit::BusinessDays)
        .map(|s| s.service)
        .collect();
    assert!(services.len() >= 7, "{services:?}");
    for calendar in CalendarId::ALL {
        for year in [2022, 2026, 2027] {
            let mut received = d(year, 1, 1);
            while received.year() == year {
                for &service in &services {
                    let mut request = Request::new(service, received);
                    request.calendar = calendar;
                    let result = run(&request);
                    let span = (result.target - received).num_days();
                    assert_eq!(span, i64::from(result.budget) + result.skipped.len() as i64, "{service} {received}");
                    let mut previous = received;
                    let mut days = delais::engine::Calendar::new(calendar);
                    for skipped in &result.skipped {
                        assert!(previous < skipped.date && skipped.date < result.target, "{service} {received}");
                        previous = skipped.date;
                        match skipped.reason {
                            SkipReason::Weekend => assert_eq!(days.kind(skipped.date), DayKind::Weekend),
                            SkipReason::Holiday(off) => {
                                assert_eq!(off.date, skipped.date);
                                assert_eq!(days.kind(skipped.date), DayKind::Holiday(off));
                                assert!(!off.name().fr.is_empty() && !off.name().en.is_empty());
                            }
                            SkipReason::ClockStop(_) => panic!("no clock stop entered"),
                        }
                    }
                    assert_eq!(days.kind(result.target), DayKind::Business, "{service} {received}");
                }
                received = received.succ_opt().unwrap();
            }
        }
    }
}

/// With a clock stop, each stopped day names its stop; the identity still holds.
#[test]
fn skipped_days_explain_a_target_with_a_clock_stop() {
    let mut request = caq_2_feb_2026();
    request.clock_stops.push(stop(d(2026, 2, 10), d(2026, 2, 17)));
    let result = run(&request);
    assert_eq!((result.target - result.received).num_days(), i64::from(result.budget) + result.skipped.len() as i64);
    for skipped in result.skipped.iter().filter(|s| matches!(s.reason, SkipReason::ClockStop(_))) {
        assert_eq!(skipped.reason, SkipReason::ClockStop(0));
        assert!(result.clock_stops[0].covers(skipped.date));
    }
}

// ---------------------------------------------------------------------------
// A newer Déclaration is data only
// ---------------------------------------------------------------------------

/// The official catalogue plus a fictitious "2027" edition, in force from 1 Jan 2027,
/// in which caq-etudes becomes 15 business days. No engine code changes.
fn catalogue_with_2027_edition() -> Catalogue {
    let official = Catalogue::OFFICIAL;
    let edition_2021 = official.declarations[0];
    let standards: Vec<Standard> = edition_2021
        .standards
        .iter()
        .map(|s| if s.service == "caq-etudes" { Standard { amount: 15, ..*s } } else { *s })
        .collect();
    let edition_2027 = Declaration {
        id: "fictitious-2027",
        title: Text::new("Déclaration fictive (test)", "Fictitious Statement (test)"),
        edition: Text::new("janvier 2027", "2027-01"),
        in_force_from: ymd(2027, 1, 1),
        standards: Box::leak(standards.into_boxed_slice()),
    };
    Catalogue { declarations: Box::leak(vec![edition_2021, edition_2027].into_boxed_slice()), ..official }
}

/// Received Thursday 31 Dec 2026 (a holiday): still the 2021 edition, 20 business days,
/// skips 1 and 4 Jan 2027 → Monday 1 Feb 2027. Received Monday 4 Jan 2027 (2 Jan
/// observed): the 2027 edition, 15 business days → Monday 25 Jan 2027.
#[test]
fn a_fictitious_2027_declaration_switches_estimates_at_its_date() {
    let catalogue = catalogue_with_2027_edition();

    let before = estimate(&catalogue, &Request::new("caq-etudes", d(2026, 12, 31))).unwrap();
    assert_eq!(before.applied.declaration.id, "mifi-dsc-2021-10");
    assert_eq!(before.budget, 20);
    assert_eq!(before.target, d(2027, 2, 1));

    let after = estimate(&catalogue, &Request::new("caq-etudes", d(2027, 1, 4))).unwrap();
    assert_eq!(after.applied.declaration.id, "fictitious-2027");
    assert_eq!(after.budget, 15);
    assert_eq!(after.target, d(2027, 1, 25));

    // The official catalogue keeps 20 days for the same request → Monday 1 Feb 2027.
    assert_eq!(target("caq-etudes", d(2027, 1, 4)), d(2027, 2, 1));
    // Services the new edition leaves unchanged keep their standard.
    let plainte = estimate(&catalogue, &Request::new("plainte", d(2027, 1, 4))).unwrap();
    assert_eq!((plainte.applied.declaration.id, plainte.budget), ("fictitious-2027", 15));
}

#[test]
fn family_cap_note_only_for_undertakings_received_while_the_cap_is_in_force() {
    // The cap covers intake from 26 Jun 2024 to 25 Jun 2026: an undertaking received
    // on 1 Mar 2024 and looked at in 2026 is not concerned; one received on the cap's
    // last day is.
    let mut before = Request::new("regroupement-familial", d(2024, 3, 1));
    before.today = Some(d(2026, 1, 15));
    assert!(note_ids(&run(&before)).is_empty());
    let mut last_day = Request::new("regroupement-familial", d(2026, 6, 25));
    last_day.today = Some(d(2026, 11, 23));
    assert_eq!(note_ids(&run(&last_day)), vec!["family-reunification-cap"]);
}

#[test]
fn peq_abolition_note_concerns_files_filed_before_it_once_it_is_in_force() {
    // Filed 3 Mar 2025, seen on 1 Dec 2025: already filed, still processed.
    let mut filed = Request::new("peq", d(2025, 3, 3));
    filed.today = Some(d(2025, 12, 1));
    assert!(note_ids(&run(&filed)).contains(&"peq-abolished"));
    // Seen on 1 Nov 2025, before the abolition: not yet news.
    filed.today = Some(d(2025, 11, 1));
    assert!(!note_ids(&run(&filed)).contains(&"peq-abolished"));
}

// ---------------------------------------------------------------------------
// Every dated note, on both sides of each boundary (docs/rules.md §5)
// ---------------------------------------------------------------------------

/// A day of receipt (year, month, day) and whether the note is shown for it.
type ReceivedShown = ((i32, u32, u32), bool);

/// Each dated note with the receipt days around its boundaries, written from
/// docs/rules.md §5 by hand (never read from the rules data): the day before it starts,
/// its first day, its last day and the day after (a note with no end: a late day
/// instead), and whether the note concerns a request received that day.
const NOTE_BOUNDARIES: &[(&str, &str, &[ReceivedShown])] = &[
    ("peq-graduates-suspended", "peq", &[((2024, 10, 30), false), ((2024, 10, 31), true), ((2030, 1, 2), true)]),
    ("peq-abolished", "peq", &[((2025, 11, 18), false), ((2025, 11, 19), true), ((2030, 1, 2), true)]),
    ("prtq-replaced-by-pstq", "prtq", &[((2024, 11, 28), false), ((2024, 11, 29), true), ((2030, 1, 2), true)]),
    ("prtq-replaced-by-pstq", "pstq", &[((2024, 11, 28), false), ((2024, 11, 29), true), ((2030, 1, 2), true)]),
    (
        "family-reunification-cap",
        "regroupement-familial",
        &[((2024, 6, 25), false), ((2024, 6, 26), true), ((2026, 6, 25), true), ((2026, 6, 26), false)],
    ),
    (
        "family-reunification-cap-2026",
        "regroupement-familial",
        &[((2026, 7, 1), false), ((2026, 7, 2), true), ((2030, 1, 2), true)],
    ),
    (
        "caq-caps-2025-2026",
        "caq-etudes",
        &[((2025, 2, 25), false), ((2025, 2, 26), true), ((2026, 2, 26), true), ((2026, 2, 27), false)],
    ),
    (
        "caq-caps-2025-2027",
        "caq-etudes",
        &[((2025, 12, 16), false), ((2025, 12, 17), true), ((2027, 12, 16), true), ((2027, 12, 17), false)],
    ),
    (
        "francisation-quebec",
        "francisation-temps-complet",
        &[((2023, 5, 31), false), ((2023, 6, 1), true), ((2030, 1, 2), true)],
    ),
];

#[test]
fn every_dated_note_is_shown_from_its_first_day_to_its_last_and_not_beyond() {
    for (id, service, days) in NOTE_BOUNDARIES {
        for &((year, month, day), shown) in *days {
            let received = d(year, month, day);
            let ids = note_ids(&run(&Request::new(service, received)));
            assert_eq!(ids.contains(id), shown, "{id} for {service} received {received}: {ids:?}");
        }
    }
    // A new note must come with its boundaries here.
    for note in Catalogue::OFFICIAL.notes {
        for service in note.services {
            assert!(
                NOTE_BOUNDARIES.iter().any(|(id, s, _)| id == &note.id && s == service),
                "{} for {service} has no boundary test",
                note.id
            );
        }
    }
}

/// A note about a program closing concerns files still pending once it is in force:
/// received long before, it appears from its first day as of, not the day before.
#[test]
fn a_closing_note_appears_on_its_first_day_as_of_for_files_received_before() {
    let cases = [
        ("peq", d(2024, 5, 1), "peq-graduates-suspended", d(2024, 10, 31)),
        ("peq", d(2025, 3, 3), "peq-abolished", d(2025, 11, 19)),
        ("prtq", d(2024, 6, 3), "prtq-replaced-by-pstq", d(2024, 11, 29)),
    ];
    for (service, received, id, first_day) in cases {
        let mut request = Request::new(service, received);
        request.today = first_day.pred_opt();
        assert!(!note_ids(&run(&request)).contains(&id), "{id} seen the day before");
        request.today = Some(first_day);
        assert!(note_ids(&run(&request)).contains(&id), "{id} seen on its first day");
    }
}

/// Family reunification: the 2024–2026 cap until 25 June 2026, nothing for requests
/// received 26 June – 1 July 2026, the order of 2 July 2026 from that day. Received
/// Monday 3 Aug 2026: the 2026 note, which names 2 July 2026 and says a request over
/// the cap is returned unprocessed, not refused, and that some categories are exempt.
#[test]
fn family_reunification_caps_of_2024_and_2026_with_nothing_in_between() {
    let notes = |received| note_ids(&run(&Request::new("regroupement-familial", received)));
    assert_eq!(notes(d(2026, 6, 25)), vec!["family-reunification-cap"]);
    let mut day = d(2026, 6, 26);
    while day <= d(2026, 7, 1) {
        assert!(notes(day).is_empty(), "{day}");
        day = day.succ_opt().unwrap();
    }
    assert_eq!(notes(d(2026, 7, 2)), vec!["family-reunification-cap-2026"]);
    let result = run(&Request::new("regroupement-familial", d(2026, 8, 3)));
    assert_eq!(note_ids(&result), vec!["family-reunification-cap-2026"]);
    let note = result.notes[0];
    assert!(note.text.fr.contains("2 juillet 2026") && note.text.en.contains("July 2, 2026"));
    assert!(note.text.fr.contains("arrêté ministériel") && note.text.en.contains("ministerial order"));
    assert!(note.text.fr.contains("retournée sans être traitée") && note.text.fr.contains("pas un refus"));
    assert!(note.text.en.contains("returned unprocessed") && note.text.en.contains("not a refusal"));
    assert!(note.text.fr.contains("18\u{a0}ans") && note.text.en.contains("under 18"));
    // No figures and no end date: they are only reported so far.
    for text in [note.text.fr, note.text.en] {
        assert!(!text.contains("15") && !text.contains("2028"), "{text}");
    }
    assert!(!note.source.document.fr.is_empty() && note.source.date.starts_with("2026"));
}

// ---------------------------------------------------------------------------
// A request received after its program closed (docs/rules.md §5)
// ---------------------------------------------------------------------------

/// PEQ received Monday 2 Mar 2026, months after the program ended (19 Nov 2025): the
/// first warning says so; the target is still the standard's, 6 months → 2 Sep 2026.
#[test]
fn peq_received_2_mar_2026_is_flagged_closed_before_its_target() {
    let result = run(&Request::new("peq", d(2026, 3, 2)));
    assert_eq!(result.target, d(2026, 9, 2));
    assert_eq!(warning_codes(&result)[0], "program-closed");
    let closed = result.warnings[0];
    assert!(!closed.is_assumption());
    let fr = closed.message(Lang::Fr);
    let en = closed.message(Lang::En);
    assert!(fr.starts_with("Le PEQ ne recevait plus de demandes le 2 mars 2026"), "{fr}");
    assert!(fr.contains("19 novembre 2025") && fr.contains("accusé de réception") && fr.contains("(PSTQ)"), "{fr}");
    assert!(en.starts_with("The PEQ no longer accepted applications on March 2, 2026"), "{en}");
    assert!(en.contains("November 19, 2025") && en.contains("acknowledgement of receipt") && en.contains("(PSTQ)"), "{en}");
    for text in [fr.to_lowercase(), en.to_lowercase()] {
        assert!(!text.contains("au plus tard") && !text.contains("at the latest"), "{text}");
    }
}

/// The PEQ ended on 19 Nov 2025. Received 18 Nov: nothing. Received on the 19th: taken
/// as received before the end, said as our assumption. Received the 20th: closed.
#[test]
fn peq_closing_boundary_the_end_day_is_an_assumption() {
    let codes = |received| warning_codes(&run(&Request::new("peq", received)));
    let before = codes(d(2025, 11, 18));
    assert!(!before.contains(&"program-closed") && !before.contains(&"assumption-closing-day"), "{before:?}");
    let end_day = run(&Request::new("peq", d(2025, 11, 19)));
    assert!(!warning_codes(&end_day).contains(&"program-closed"));
    let assumption = end_day.warnings[0];
    assert_eq!(assumption.code(), "assumption-closing-day");
    assert!(assumption.is_assumption());
    assert!(assumption.message(Lang::Fr).starts_with("Hypothèse"));
    assert!(assumption.message(Lang::En).starts_with("Assumption"));
    assert_eq!(codes(d(2025, 11, 20))[0], "program-closed");
}

/// The PRTQ was replaced by the PSTQ on 29 Nov 2024: received the 28th, nothing;
/// the 29th and Friday 10 Jan 2025 (target 10 Jul 2025), closed. The PSTQ never is.
#[test]
fn prtq_closing_boundary_and_the_pstq_is_never_closed() {
    let codes = |service, received| warning_codes(&run(&Request::new(service, received)));
    assert!(!codes("prtq", d(2024, 11, 28)).contains(&"program-closed"));
    assert_eq!(codes("prtq", d(2024, 11, 29))[0], "program-closed");
    let result = run(&Request::new("prtq", d(2025, 1, 10)));
    assert_eq!(result.target, d(2025, 7, 10));
    assert_eq!(warning_codes(&result)[0], "program-closed");
    assert!(result.warnings[0].message(Lang::Fr).contains("il a pris fin le 29 novembre 2024"));
    for received in [d(2024, 11, 29), d(2026, 3, 2)] {
        let pstq = codes("pstq", received);
        assert!(!pstq.contains(&"program-closed") && !pstq.contains(&"assumption-closing-day"), "{pstq:?}");
    }
}

// ---------------------------------------------------------------------------
// The day the rules were last checked
// ---------------------------------------------------------------------------

/// The rules were checked on 7 Dec 2026. As of 7 Dec 2027 (12 months later): current.
/// As of 8 Dec 2027: a warning that newer changes may be missing and where to check.
/// With no "today", the day of receipt is the as-of day.
#[test]
fn rules_checked_on_7_dec_2026_are_current_for_12_months() {
    assert_eq!(Catalogue::OFFICIAL.checked_on, d(2026, 12, 7));
    let on = |today| {
        let mut request = Request::new("courriel", d(2026, 12, 1));
        request.today = Some(today);
        run(&request)
    };
    assert!(!warning_codes(&on(d(2026, 12, 7))).contains(&"rules-may-be-outdated"));
    assert!(!warning_codes(&on(d(2027, 12, 7))).contains(&"rules-may-be-outdated"), "the last day within 12 months");
    let late = on(d(2027, 12, 8));
    let warning = late.warnings.iter().find(|w| w.code() == "rules-may-be-outdated").expect("the day after");
    assert!(!warning.is_assumption());
    let fr = warning.message(Lang::Fr);
    assert!(fr.contains("7 décembre 2026") && fr.contains("8 décembre 2027") && fr.contains("Québec.ca"), "{fr}");
    assert!(warning.message(Lang::En).contains("December 7, 2026"));
    assert!(!warning_codes(&run(&Request::new("courriel", d(2027, 12, 7)))).contains(&"rules-may-be-outdated"));
    assert!(warning_codes(&run(&Request::new("courriel", d(2027, 12, 8)))).contains(&"rules-may-be-outdated"));
}

// ---------------------------------------------------------------------------
// Words that do not overpromise (docs/rules.md §4c)
// ---------------------------------------------------------------------------

/// Every dated service's headline presents a target the ministry aims for, in both
/// languages, and never a deadline ("au plus tard", "at the latest").
#[test]
fn every_headline_presents_a_target_not_a_deadline() {
    for service in Catalogue::OFFICIAL.services {
        for lang in [Lang::Fr, Lang::En] {
            let text = service.due_by.get(lang);
            let lower = text.to_lowercase();
            assert!(!lower.contains("au plus tard") && !lower.contains("at the latest"), "{}: {text}", service.id);
            assert!(["vise", "visée", "aim"].iter().any(|w| lower.contains(w)), "{}: {text}", service.id);
        }
    }
}

/// A clock stop is a suspension (in Québec legal French an "interruption" restarts a
/// délai from zero): no text of the engine or the interface calls it one.
#[test]
fn no_text_calls_a_clock_stop_an_interruption() {
    let request = {
        let mut r = Request::new("caq-etudes", d(2026, 1, 5));
        r.clock_stops = vec![ClockStop { from: d(2026, 1, 10), to: d(2026, 3, 1) }, ClockStop { from: d(2026, 1, 12), to: d(2026, 2, 1) }];
        r.today = Some(d(2026, 2, 1));
        r
    };
    let result = run(&request);
    for lang in [Lang::Fr, Lang::En] {
        let summary = delais::export::summary(&result, lang, "");
        let warnings: Vec<String> = result.warnings.iter().map(|w| w.message(lang)).collect();
        let t = delais::i18n::catalogue::ui(lang);
        let texts = [summary, warnings.join(" "), (t.stop_heading)(1), (t.why_stop)("a", "b", 2), t.timeline_stop.to_string()];
        for text in texts {
            assert!(!text.to_lowercase().contains("interruption"), "{lang:?}: {text}");
        }
    }
}

/// Numbers never break across lines: "1 800 771-0464", "13 000" and "80 %" carry
/// no-break spaces in French texts.
#[test]
fn french_numbers_keep_their_spaces_unbreakable() {
    let cap = Catalogue::OFFICIAL.notes.iter().find(|n| n.id == "family-reunification-cap").unwrap();
    assert!(cap.text.fr.contains("13\u{a0}000"), "{}", cap.text.fr);
    let t = delais::i18n::catalogue::ui(Lang::Fr);
    assert!((t.standard_line)(20, "jours ouvrables", 80).contains("20\u{a0}jours ouvrables"));
    assert!((t.standard_line)(20, "jours ouvrables", 80).contains("80\u{a0}%"));
    assert!((t.status_counting)(1, 19, true).starts_with("1\u{a0}jour ouvrable écoulé\u{a0};"));
    assert!((t.status_counting)(2, 18, true).starts_with("2\u{a0}jours ouvrables écoulés"));
}

// ---------------------------------------------------------------------------
// chrono's own arithmetic gives the answers we counted by hand
// ---------------------------------------------------------------------------

/// `add_months` is chrono's `checked_add_months`. For every day of 1900–2199 and 1 to
/// 12 months, it equals the count by hand: the same day-number M months later, or
/// that month's last day when it has no such day (31 Aug + 6 = 28/29 Feb).
#[test]
fn chrono_month_arithmetic_matches_the_rule_for_every_day_1900_to_2199() {
    fn by_hand(date: NaiveDate, months: u32) -> NaiveDate {
        let index = date.year() * 12 + date.month0() as i32 + months as i32;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        (1..=date.day()).rev().find_map(|day| NaiveDate::from_ymd_opt(year, month, day)).unwrap()
    }
    let mut day = d(1900, 1, 1);
    while day <= d(2199, 12, 31) {
        for months in 1..=12 {
            assert_eq!(delais::engine::add_months(day, months), Some(by_hand(day, months)), "{day} + {months}");
        }
        day = day.succ_opt().unwrap();
    }
}
