#![cfg(not(target_arch = "wasm32"))]
//! Recourse windows as worked examples (docs/rules.md §4): administrative re-examination
//! (decision + 90 calendar days; "mail by" = 7 or 15 business days of the statutory
//! calendar before the last delivery day on or before the deadline), the TAQ for a
//! family-reunification refusal, PILI/PAFILI reconsideration, the comparative
//! evaluation's 365 days, and the complaint that is always possible.

use chrono::NaiveDate;
use delais::api;
use delais::engine::{
    estimate, Catalogue, DayKind, Decision, EligibilityReason, Estimate, Field, Ground, Holiday, MailingOrigin, Outcome,
    Recourse, Reexamination, Request, Unit, Warning,
};
use delais::i18n::Lang;
use serde_json::Value;


fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date in the test")
}

fn decided(service: &str, received: NaiveDate, decision: NaiveDate, outcome: Outcome) -> Request {
    let mut request = Request::new(service, received);
    request.decision = Some(Decision { date: decision, outcome });
    request
}

fn run(request: &Request) -> Estimate {
    estimate(&Catalogue::OFFICIAL, request).unwrap_or_else(|e| panic!("{request:?}: {e}"))
}

fn reexamination(result: &Estimate) -> Reexamination {
    result
        .recourse
        .iter()
        .find_map(|r| match r {
            Recourse::Reexamination(entry) => Some(*entry),
            _ => None,
        })
        .expect("a re-examination entry")
}

fn kinds(result: &Estimate) -> Vec<&'static str> {
    result.recourse.iter().map(Recourse::code).collect()
}

fn warning_codes(result: &Estimate) -> Vec<&'static str> {
    result.warnings.iter().map(Warning::code).collect()
}

/// A CAQ refused on Tuesday 10 Mar 2026 (received 2 Feb).
fn caq_refused_10_mar_2026() -> Request {
    decided("caq-etudes", d(2026, 2, 2), d(2026, 3, 10), Outcome::Refusal)
}

// ---------------------------------------------------------------------------
// Administrative re-examination
// ---------------------------------------------------------------------------

/// CAQ refused Tuesday 10 Mar 2026: the request must reach the service by Monday 8 June
/// 2026 (10 Mar + 90 days: 21 left in March, 30 in April, 31 in May, 8 in June). Mailed
/// from Québec: 7 delivery days before Monday 8 June (5, 4, 3, 2, 1 June, 29, 28 May)
/// → Thursday 28 May.
#[test]
fn caq_refusal_10_mar_2026_deadline_8_june_mail_by_28_may_from_quebec() {
    let result = run(&caq_refused_10_mar_2026());
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, Some(true));
    assert_eq!(entry.reason, EligibilityReason::RefusedOrRejected);
    assert_eq!(entry.deadline, Some(d(2026, 6, 8)));
    assert_eq!(entry.deadline_day, Some(DayKind::Business));
    assert_eq!(entry.mail_by, Some(d(2026, 5, 28)));
    assert_eq!(entry.delivery_business_days, 7);
    assert!(result.warnings.contains(&Warning::MailDelayAssumption { business_days: 7 }));
    assert!(!warning_codes(&result).contains(&"deadline-day-off"));
}

/// The same refusal mailed from elsewhere in Canada: also 7 delivery days → 28 May.
#[test]
fn caq_refusal_mailed_from_canada_also_7_days() {
    let mut request = caq_refused_10_mar_2026();
    request.mailing_from = MailingOrigin::Canada;
    let entry = reexamination(&run(&request));
    assert_eq!((entry.mail_by, entry.delivery_business_days), (Some(d(2026, 5, 28)), 7));
}

/// The same refusal mailed from abroad: 15 delivery days before Monday 8 June, and
/// Patriotes (Mon 18 May) is not a delivery day → Friday 15 May.
#[test]
fn caq_refusal_mailed_from_abroad_15_days_skips_patriotes_to_15_may() {
    let mut request = caq_refused_10_mar_2026();
    request.mailing_from = MailingOrigin::Abroad;
    let result = run(&request);
    let entry = reexamination(&result);
    assert_eq!(entry.deadline, Some(d(2026, 6, 8)));
    assert_eq!(entry.mail_by, Some(d(2026, 5, 15)));
    assert_eq!(entry.delivery_business_days, 15);
    assert!(result.warnings.contains(&Warning::MailDelayAssumption { business_days: 15 }));
}

/// Refused Monday 16 Mar 2026 → deadline Sunday 14 June: warned, not extended. The last
/// delivery day is Friday 12 June; 7 delivery days before it → Wednesday 3 June (mailed
/// on Thursday 4 June, the 7th delivery day would be Monday 15 June: too late).
#[test]
fn deadline_on_a_sunday_is_warned_and_mail_by_counts_from_friday() {
    let result = run(&decided("caq-etudes", d(2026, 2, 2), d(2026, 3, 16), Outcome::Refusal));
    let entry = reexamination(&result);
    assert_eq!(entry.deadline, Some(d(2026, 6, 14)));
    assert_eq!(entry.deadline_day, Some(DayKind::Weekend));
    assert!(result.warnings.contains(&Warning::DeadlineDayOff { deadline: d(2026, 6, 14), day: DayKind::Weekend }));
    assert_eq!(entry.mail_by, Some(d(2026, 6, 3)));
    let warning = result.warnings.iter().find(|w| w.code() == "deadline-day-off").unwrap();
    assert!(warning.is_assumption());
}

/// Refused Thursday 26 Mar 2026 → deadline Wednesday 24 June, Fête nationale: warned by
/// name. 24 June is not a delivery day either: from Québec, 7 delivery days before
/// Tuesday 23 June → Friday 12 June; from abroad, 15 → Tuesday 2 June.
#[test]
fn deadline_on_fete_nationale_is_warned_with_the_holiday_name() {
    let mut request = decided("caq-etudes", d(2026, 2, 2), d(2026, 3, 26), Outcome::Refusal);
    let result = run(&request);
    let entry = reexamination(&result);
    assert_eq!(entry.deadline, Some(d(2026, 6, 24)));
    let Some(DayKind::Holiday(off)) = entry.deadline_day else { panic!("{:?}", entry.deadline_day) };
    assert_eq!(off.holiday, Holiday::FeteNationale);
    let warning = result.warnings.iter().find(|w| w.code() == "deadline-day-off").expect("deadline-day-off");
    assert!(warning.message(delais::i18n::Lang::Fr).contains("Fête nationale du Québec"));
    assert!(warning.message(delais::i18n::Lang::En).contains("Québec's National Holiday"));
    assert_eq!(entry.mail_by, Some(d(2026, 6, 12)));

    request.mailing_from = MailingOrigin::Abroad;
    assert_eq!(reexamination(&run(&request)).mail_by, Some(d(2026, 6, 2)));
}

/// Refused Saturday 27 Sep 2025 → deadline Friday 26 Dec 2025: Boxing Day, off in the
/// public service (warned), but a delivery day in the statutory calendar, so mail by
/// 7 delivery days before it, skipping 25 Dec → Tuesday 16 Dec 2025.
#[test]
fn deadline_on_boxing_day_warned_but_still_a_delivery_day() {
    let result = run(&decided("peq", d(2025, 6, 2), d(2025, 9, 27), Outcome::Refusal));
    let entry = reexamination(&result);
    assert_eq!(entry.deadline, Some(d(2025, 12, 26)));
    assert!(matches!(entry.deadline_day, Some(DayKind::Holiday(off)) if off.holiday == Holiday::BoxingDay));
    assert!(warning_codes(&result).contains(&"deadline-day-off"));
    assert_eq!(entry.mail_by, Some(d(2025, 12, 16)));
}

/// Accepted: nothing to re-examine; no deadline, no "mail by", no mail warning.
#[test]
fn acceptance_is_not_eligible() {
    let result = run(&decided("caq-etudes", d(2026, 2, 2), d(2026, 3, 10), Outcome::Acceptance));
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, Some(false));
    assert_eq!(entry.reason, EligibilityReason::Accepted);
    assert_eq!((entry.deadline, entry.mail_by), (None, None));
    assert!(!warning_codes(&result).contains(&"assumption-mail-delay"));
}

/// A CAQ rejected (not examined) on 10 Mar 2026 is re-examinable like a refusal: 8 June.
#[test]
fn rejection_is_eligible() {
    let result = run(&decided("caq-etudes", d(2026, 2, 2), d(2026, 3, 10), Outcome::Rejection));
    let entry = reexamination(&result);
    assert_eq!((entry.eligible, entry.reason), (Some(true), EligibilityReason::RefusedOrRejected));
    assert_eq!(entry.deadline, Some(d(2026, 6, 8)));
}

/// PEQ and PRTQ refusals are re-examinable: refused 10 Mar 2026 → 8 June 2026.
#[test]
fn peq_and_prtq_refusals_are_eligible() {
    for service in ["peq", "prtq"] {
        let entry = reexamination(&run(&decided(service, d(2025, 9, 1), d(2026, 3, 10), Outcome::Refusal)));
        assert_eq!(entry.eligible, Some(true), "{service}");
        assert_eq!(entry.deadline, Some(d(2026, 6, 8)), "{service}");
    }
}

/// No decision yet: re-examination will be open for a refusal or a rejection; no date yet.
#[test]
fn no_decision_yet_says_if_refused_or_rejected() {
    let entry = reexamination(&run(&Request::new("caq-etudes", d(2026, 2, 2))));
    assert_eq!(entry.reason, EligibilityReason::IfRefusedOrRejected);
    assert_eq!((entry.deadline, entry.mail_by), (None, None));
}

/// Family reunification refused on 10 Mar 2026: not re-examined but contested before the
/// TAQ, whose delay is set by law — no date computed, the letter gives it.
#[test]
fn family_reunification_refusal_goes_to_the_taq_with_no_date() {
    let request = decided("regroupement-familial", d(2026, 2, 2), d(2026, 3, 10), Outcome::Refusal);
    let result = run(&request);
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, Some(false));
    assert_eq!(entry.reason, EligibilityReason::FamilyRefusalGoesToTribunal);
    assert_eq!((entry.deadline, entry.mail_by), (None, None));
    assert_eq!(kinds(&result), vec!["reexamination", "tribunal", "complaint"]);
    assert!(result.recourse.contains(&Recourse::Tribunal { applies: Some(true) }));

    let json: serde_json::Value = serde_json::to_value(api::estimate_json(&result)).unwrap();
    let Some(Value::Array(entries)) = json.get("recourse") else { panic!("recourse list") };
    let tribunal = entries.iter().find(|e| e.get("kind").and_then(Value::as_str) == Some("tribunal")).unwrap();
    assert_eq!(tribunal.get("deadline"), Some(&Value::Null));
    assert!(tribunal.get("message_fr").and_then(Value::as_str).unwrap().contains("Tribunal administratif du Québec"));
}

/// Family reunification rejected on 10 Mar 2026: re-examination, deadline 8 June; no TAQ.
#[test]
fn family_reunification_rejection_is_re_examined() {
    let result = run(&decided("regroupement-familial", d(2026, 2, 2), d(2026, 3, 10), Outcome::Rejection));
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, Some(true));
    assert_eq!(entry.deadline, Some(d(2026, 6, 8)));
    assert_eq!(kinds(&result), vec!["reexamination", "complaint"]);
}

/// Family reunification with no decision yet: a rejection would be re-examined, a refusal
/// would go to the TAQ — both are shown.
#[test]
fn family_reunification_undecided_shows_both_paths() {
    let result = run(&Request::new("regroupement-familial", d(2026, 2, 2)));
    assert_eq!(reexamination(&result).reason, EligibilityReason::IfRejected);
    assert!(result.recourse.contains(&Recourse::Tribunal { applies: None }));
}

/// PSTQ refused 10 Mar 2026: re-examination not confirmed (eligible null in JSON); the
/// prudent 90-day date is still given → 8 June.
#[test]
fn pstq_refusal_eligibility_is_unconfirmed() {
    let result = run(&decided("pstq", d(2025, 3, 10), d(2026, 3, 10), Outcome::Refusal));
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, None);
    assert_eq!(entry.reason, EligibilityReason::Unconfirmed);
    assert_eq!(entry.deadline, Some(d(2026, 6, 8)));

    let json = api::to_json(&api::estimate_json(&result));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let reexam = &parsed["recourse"][0];
    assert_eq!(reexam["kind"], "reexamination");
    assert!(reexam["eligible"].is_null());
    assert_eq!(reexam["reason"], "unconfirmed");
}

/// Comparative evaluation answered 10 Mar 2026: not re-examined; new documents or a
/// disagreement by 10 Mar 2027 (365 days, no 29 Feb in between); today 20 Mar 2026 →
/// 355 days left.
#[test]
fn evaluation_comparative_not_reviewable_with_365_day_window() {
    let mut request = decided("evaluation-comparative", d(2026, 1, 15), d(2026, 3, 10), Outcome::Refusal);
    request.today = Some(d(2026, 3, 20));
    let result = run(&request);
    let entry = reexamination(&result);
    assert_eq!(entry.eligible, Some(false));
    assert_eq!(entry.reason, EligibilityReason::EvaluationNotReviewable);
    assert_eq!(entry.deadline, None);
    assert!(result
        .recourse
        .contains(&Recourse::EvaluationReview { deadline: Some(d(2027, 3, 10)), days_left: Some(355) }));
}

/// PILI/PAFILI refusal with no ground chosen: the Déclaration's three grounds are
/// only examples, so Délais cannot say "not eligible": `eligible` is unknown (`null`)
/// and the entry explains what a ground is.
#[test]
fn francisation_reconsideration_without_a_ground_is_unknown_not_refused() {
    let result = run(&decided("francisation-temps-complet", d(2026, 2, 2), d(2026, 3, 10), Outcome::Refusal));
    assert_eq!(kinds(&result), vec!["reconsideration", "complaint"]);
    assert!(result.recourse.contains(&Recourse::Reconsideration { eligible: None, grounds: vec![] }));

    let json: serde_json::Value = serde_json::from_str(&api::to_json(&api::estimate_json(&result))).unwrap();
    let entry = &json["recourse"][0];
    assert!(entry["eligible"].is_null());
    assert!(entry["grounds_fr"].as_str().unwrap().contains("Par exemple"));
    assert!(entry["grounds_en"].as_str().unwrap().contains("Another ground that may change your eligibility counts"));
}

/// Each of the three examples, and any other ground, makes the request one the
/// person can send: eligible. The JSON gives the form by name, the address, no
/// deadline and no answer delay, and the advice to act promptly.
#[test]
fn francisation_reconsideration_with_any_ground_is_eligible() {
    for ground in Ground::ALL {
        let mut request = decided("francisation-temps-complet", d(2026, 2, 2), d(2026, 3, 10), Outcome::Refusal);
        request.grounds.push(ground);
        let result = run(&request);
        assert!(
            result.recourse.contains(&Recourse::Reconsideration { eligible: Some(true), grounds: vec![ground] }),
            "{ground:?}"
        );
    }
    let line = r#"{"service":"francisation-temps-complet","received":"2026-02-02","decision":{"date":"2026-03-10","outcome":"refusal"},"grounds":["other"]}"#;
    let result = api::estimate_line(&Catalogue::OFFICIAL, line).expect("a valid request");
    let json: serde_json::Value = serde_json::from_str(&result).unwrap();
    let entry = &json["recourse"][0];
    assert_eq!(entry["kind"], "reconsideration");
    assert_eq!(entry["eligible"], true);
    assert_eq!(entry["grounds"], serde_json::json!(["other"]));
    assert!(entry["deadline"].is_null());
    assert!(entry["answer_delay"].is_null());
    assert_eq!(entry["form"], "Demande de reconsidération d'une décision");
    assert!(entry["address"].as_str().unwrap().contains("1200, boulevard Saint-Laurent, bureau 2.200"));
    assert!(entry["how_en"].as_str().unwrap().contains("act promptly"));
    assert!(entry["how_fr"].as_str().unwrap().contains("courrier postal"));
}

/// Any decision on PILI/PAFILI can be reconsidered, an acceptance included (a
/// course granted with the financial aid refused), and with no decision entered yet.
#[test]
fn francisation_reconsideration_is_offered_for_any_decision() {
    for outcome in Outcome::ALL {
        let mut request = decided("francisation-temps-complet", d(2026, 2, 2), d(2026, 3, 10), outcome);
        request.grounds.push(Ground::Other);
        let result = run(&request);
        assert!(
            result.recourse.contains(&Recourse::Reconsideration { eligible: Some(true), grounds: vec![Ground::Other] }),
            "{outcome:?}"
        );
    }
    let result = run(&Request::new("francisation-temps-complet", d(2026, 2, 2)));
    assert!(result.recourse.contains(&Recourse::Reconsideration { eligible: None, grounds: vec![] }));
}

/// Today Tuesday 9 June 2026, one day after the 8 June deadline: warned, -1 day left.
/// On 8 June itself: no warning, 0 days left.
#[test]
fn deadline_passed_is_warned() {
    let mut request = caq_refused_10_mar_2026();
    request.today = Some(d(2026, 6, 9));
    let result = run(&request);
    assert!(result.warnings.contains(&Warning::DeadlinePassed { deadline: d(2026, 6, 8) }));
    assert_eq!(reexamination(&result).days_left, Some(-1));

    request.today = Some(d(2026, 6, 8));
    let result = run(&request);
    assert!(!warning_codes(&result).contains(&"deadline-passed"));
    assert_eq!(reexamination(&result).days_left, Some(0));
}

/// Every dated service, with or without a decision, ends its recourse list with a
/// complaint answered within 15 business days (90 %).
#[test]
fn complaint_entry_is_always_present() {
    // Every service of the catalogue with a date (all but the phone's waiting time).
    let received = d(2025, 12, 1);
    let official = Catalogue::OFFICIAL;
    let services: Vec<&str> = official
        .services
        .iter()
        .filter(|s| official.standard_for(s, received).is_some_and(|a| a.standard.unit != Unit::Minutes))
        .map(|s| s.id)
        .collect();
    assert!(services.len() >= 10, "{services:?}");
    for service in services {
        let mut outcomes: Vec<Option<Outcome>> = Outcome::ALL.into_iter().map(Some).collect();
        outcomes.push(None);
        for outcome in outcomes {
            let mut request = Request::new(service, received);
            request.decision = outcome.map(|outcome| Decision { date: d(2026, 1, 15), outcome });
            let result = run(&request);
            let Some(Recourse::Complaint { standard: Some(standard) }) = result.recourse.last() else {
                panic!("{service} {outcome:?}: {:?}", result.recourse)
            };
            assert_eq!((standard.service, standard.amount, standard.unit), ("plainte", 15, Unit::BusinessDays));
            assert_eq!(standard.share_percent, 90);
        }
    }
}

/// Through the JSON interface: the re-examination entry has kind, eligible, deadline,
/// mail_by, the address (285, rue Notre-Dame Ouest), the condition and the page to
/// consult, no form number (the Déclaration gives none) and no published answer
/// delay; the complaint entry gives every channel with its hours.
#[test]
fn reexamination_json_fields() {
    let line = r#"{"service":"caq-etudes","received":"2026-02-02","decision":{"date":"2026-03-10","outcome":"refusal"},"mailing_from":"abroad"}"#;
    let result = api::estimate_line(&Catalogue::OFFICIAL, line).expect("a valid request");
    let json: serde_json::Value = serde_json::from_str(&result).unwrap();
    let reexam = &json["recourse"][0];
    assert_eq!(reexam["kind"], "reexamination");
    assert_eq!(reexam["eligible"], true);
    assert_eq!(reexam["deadline"], "2026-06-08");
    assert_eq!(reexam["mail_by"], "2026-05-15");
    assert_eq!(reexam["mailing_from"], "abroad");
    assert!(reexam.get("form").is_none(), "no source gives a form number");
    assert!(reexam["address"].as_str().unwrap().contains("285, rue Notre-Dame Ouest"));
    assert_eq!(reexam["page"], "Demande de réexamen administratif");
    assert!(reexam["condition_fr"].as_str().unwrap().contains("prise par erreur"));
    assert!(reexam["condition_fr"].as_str().unwrap().contains("selon les cas précisés dans la Politique"));
    assert!(reexam["answer_delay"].is_null());
    assert!(reexam["answer_delay_en"].as_str().unwrap().contains("No delay is published"));
    let complaint = &json["recourse"][1];
    assert_eq!(complaint["kind"], "complaint");
    assert_eq!(complaint["phone"], "1 800 771-0464");
    assert_eq!(complaint["standard"]["amount"], 15);
    let channels = &complaint["contact"];
    assert_eq!(channels["fax"], "514 873-6399");
    assert!(channels["hours"][0]["text_fr"].as_str().unwrap().contains("de 8\u{a0}h\u{a0}30 à 12\u{a0}h et de 13\u{a0}h à 16\u{a0}h\u{a0}30"));
    assert!(channels["online_form"]["name_fr"].as_str().unwrap().contains("accusé de réception automatique"));
    assert_eq!(channels["post"][0], "Gestion des plaintes");
}

/// Past the re-examination deadline the page never suggests a late request: the
/// Déclaration says the request must arrive within 90 days ("obligatoirement").
#[test]
fn a_passed_deadline_never_invites_a_late_request() {
    let mut request = caq_refused_10_mar_2026();
    request.today = Some(d(2026, 7, 1));
    let result = run(&request);
    let warning = result.warnings.iter().find(|w| w.code() == "deadline-passed").expect("warned");
    for lang in [Lang::Fr, Lang::En] {
        let text = warning.message(lang).to_lowercase();
        for word in ["retard", "late request", "expliquer", "explain"] {
            assert!(!text.contains(word), "{lang:?}: {text}");
        }
    }
    assert!(warning.message(Lang::Fr).contains("90 jours civils"));
}

/// The 2199 horizon is one rule for every computed date. A refusal dated 2 Oct 2199
/// has its deadline on 31 Dec 2199 (29 + 30 + 31 = 90 days), inside the horizon; one
/// dated 31 Dec 2199 would give 31 Mar 2200: refused, on the decision's field, as a
/// target past 2199 is refused on the receipt's field (PEQ received 1 Jul 2199 +
/// 6 months = 1 Jan 2200). The evaluation's 365 days follow the same rule.
#[test]
fn recourse_dates_follow_the_same_2199_horizon_as_targets() {
    let inside = decided("caq-etudes", d(2199, 9, 2), d(2199, 10, 2), Outcome::Refusal);
    let result = run(&inside);
    assert_eq!(reexamination(&result).deadline, Some(d(2199, 12, 31)));

    let past = decided("caq-etudes", d(2199, 10, 3), d(2199, 12, 31), Outcome::Refusal);
    let error = estimate(&Catalogue::OFFICIAL, &past).unwrap_err();
    assert_eq!(error.code(), "target-out-of-range");
    assert_eq!(error.field(), Field::DecisionDate);

    let evaluation = decided("evaluation-comparative", d(2199, 1, 4), d(2199, 2, 1), Outcome::Refusal);
    let error = estimate(&Catalogue::OFFICIAL, &evaluation).unwrap_err();
    assert_eq!((error.code(), error.field()), ("target-out-of-range", Field::DecisionDate));

    let target_past = Request::new("peq", d(2199, 7, 1));
    let error = estimate(&Catalogue::OFFICIAL, &target_past).unwrap_err();
    assert_eq!((error.code(), error.field()), ("target-out-of-range", Field::Received));
}

/// One place per number: the texts that quote the re-examination's 90 days and the
/// evaluation's 365 days (constant sentences, and the Déclaration's own words) say
/// the numbers the engine counts with; the interface's sentences interpolate them.
#[test]
fn texts_quote_the_delays_the_engine_counts() {
    use delais::engine::recourse::{
        EligibilityReason, EVALUATION_REVIEW_DAYS, EVALUATION_REVIEW_TEXT, REEXAMINATION_DAYS, REEXAMINATION_HOW,
    };
    let reexamination = format!("{REEXAMINATION_DAYS}\u{a0}");
    for text in [REEXAMINATION_HOW, EligibilityReason::Unconfirmed.text()] {
        assert!(text.fr.contains(&reexamination) || text.fr.contains(&format!("{REEXAMINATION_DAYS} ")), "{}", text.fr);
        assert!(text.en.contains(&REEXAMINATION_DAYS.to_string()), "{}", text.en);
    }
    assert!(EVALUATION_REVIEW_TEXT.fr.contains(&format!("{EVALUATION_REVIEW_DAYS}\u{a0}jours")));
    assert!(EVALUATION_REVIEW_TEXT.en.contains(&format!("{EVALUATION_REVIEW_DAYS}\u{a0}days")));
    let t = delais::i18n::catalogue::ui(Lang::Fr);
    assert!((t.reexam_deadline)("x", 91).contains("91\u{a0}jours civils"));
    assert!((t.evaluation_deadline)("x", 366).contains("366\u{a0}jours"));
}
