#![cfg(not(target_arch = "wasm32"))]
//! Properties that hold for every request, checked with proptest over arbitrary ones:
//! any dated service, received 1900–2190, up to 5 clock stops, an optional decision, an
//! optional "today", both calendars and every mailing origin.

use chrono::{Days, NaiveDate};
use delais::api;
use delais::engine::{
    estimate, Calendar, CalendarId, Catalogue, ClockStop, Decision, Estimate, Ground, MailingOrigin, Outcome, Request,
    Unit,
};
use proptest::prelude::*;

/// Every service with a date (all but the phone's 3 minutes).
fn dated_services() -> Vec<&'static str> {
    Catalogue::OFFICIAL.services.iter().map(|s| s.id).filter(|id| *id != "telephone").collect()
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()
}

fn plus(day: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        day.checked_add_days(Days::new(days as u64)).unwrap()
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs())).unwrap()
    }
}

/// A receipt date from 11 Apr 1900 to 31 Dec 2190: "today" may be up to 100 days
/// before receipt (a person planning), and must itself stay in the calendars' years.
fn received_date() -> impl Strategy<Value = NaiveDate> {
    let last = (NaiveDate::from_ymd_opt(2190, 12, 31).unwrap() - epoch()).num_days();
    (100..=last).prop_map(|offset| plus(epoch(), offset))
}

fn service() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(dated_services())
}

fn calendar() -> impl Strategy<Value = CalendarId> {
    proptest::sample::select(CalendarId::ALL.to_vec())
}

fn origin() -> impl Strategy<Value = MailingOrigin> {
    proptest::sample::select(MailingOrigin::ALL.to_vec())
}

/// Clock stops as (start after receipt, length) in days; a negative start or length
/// makes an invalid stop, which must give an error, never a panic.
fn stop_offsets(valid_only: bool) -> impl Strategy<Value = Vec<(i64, i64)>> {
    let (start, length) = if valid_only { (0i64..300, 0i64..60) } else { (-10i64..300, -5i64..60) };
    proptest::collection::vec((start, length), 0..=5)
}

#[derive(Clone, Debug)]
struct Shape {
    service: &'static str,
    received: NaiveDate,
    stops: Vec<(i64, i64)>,
    decision: Option<(i64, Outcome)>,
    today: Option<i64>,
    calendar: CalendarId,
    origin: MailingOrigin,
    grounds: Vec<Ground>,
}

impl Shape {
    fn request(&self) -> Request {
        let mut request = Request::new(self.service, self.received);
        for &(start, length) in &self.stops {
            let from = plus(self.received, start);
            request.clock_stops.push(ClockStop { from, to: plus(from, length) });
        }
        request.decision = self.decision.map(|(after, outcome)| Decision { date: plus(self.received, after), outcome });
        request.today = self.today.map(|after| plus(self.received, after));
        request.calendar = self.calendar;
        request.mailing_from = self.origin;
        request.grounds = self.grounds.clone();
        request
    }
}

fn shape(valid_only: bool) -> impl Strategy<Value = Shape> {
    let decision_start = if valid_only { 0i64 } else { -5 };
    (
        service(),
        received_date(),
        stop_offsets(valid_only),
        proptest::option::of((decision_start..400, proptest::sample::select(Outcome::ALL.to_vec()))),
        proptest::option::of(-100i64..600),
        calendar(),
        origin(),
        proptest::sample::subsequence(Ground::ALL.to_vec(), 0..=3),
    )
        .prop_map(|(service, received, stops, decision, today, calendar, origin, grounds)| Shape {
            service,
            received,
            stops,
            decision,
            today,
            calendar,
            origin,
            grounds,
        })
}

fn run(request: &Request) -> Result<Estimate, delais::engine::InputError> {
    estimate(&Catalogue::OFFICIAL, request)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any request, valid or not, gives an estimate or a typed error, never a panic;
    /// when it gives an estimate, the target is after receipt, and the skipped days
    /// account for every calendar day between them that was not counted.
    #[test]
    fn never_panics_and_target_is_never_before_receipt(shape in shape(false)) {
        let request = shape.request();
        if let Ok(result) = run(&request) {
            prop_assert!(result.target > request.received, "{:?}", result.target);
            let span = (result.target - result.received).num_days();
            prop_assert_eq!(span, i64::from(result.budget) + result.skipped.len() as i64);
            if let Some(announced) = result.announced {
                prop_assert!(announced.target >= result.target);
            }
        }
    }

    /// A business-day target is a business day of the request's calendar.
    #[test]
    fn business_day_target_is_a_business_day(shape in shape(true)) {
        let request = shape.request();
        let result = run(&request);
        prop_assume!(result.is_ok());
        let result = result.unwrap();
        if result.unit() == Unit::BusinessDays {
            prop_assert!(Calendar::new(request.calendar).is_business_day(result.target), "{}", result.target);
        }
    }

    /// Same service, no clock stops: a later receipt never gives an earlier target.
    #[test]
    fn later_receipt_never_gives_an_earlier_target(
        service in service(), received in received_date(), later_by in 1i64..60, calendar in calendar(),
    ) {
        let mut earlier = Request::new(service, received);
        earlier.calendar = calendar;
        let mut later = earlier.clone();
        later.received = plus(received, later_by);
        let (earlier, later) = (run(&earlier).unwrap(), run(&later).unwrap());
        prop_assert!(later.target >= earlier.target, "{} then {}", earlier.target, later.target);
    }

    /// Adding a clock stop never gives an earlier target.
    #[test]
    fn adding_a_clock_stop_never_gives_an_earlier_target(
        shape in shape(true), start in 0i64..300, length in 0i64..60,
    ) {
        let request = shape.request();
        let without = run(&request).unwrap();
        let mut with = request.clone();
        let from = plus(request.received, start);
        with.clock_stops.push(ClockStop { from, to: plus(from, length) });
        let with = run(&with).unwrap();
        prop_assert!(with.target >= without.target, "{} then {}", without.target, with.target);
    }

    /// A stop of zero length (documents asked and received the same day) changes nothing.
    #[test]
    fn zero_length_stop_changes_nothing(shape in shape(true), at in 0i64..300) {
        let request = shape.request();
        let without = run(&request).unwrap();
        let mut with = request.clone();
        let day = plus(request.received, at);
        with.clock_stops.push(ClockStop { from: day, to: day });
        let with = run(&with).unwrap();
        prop_assert_eq!(with.target, without.target);
        prop_assert_eq!(&with.skipped, &without.skipped);
        prop_assert_eq!(&with.clock_stops, &without.clock_stops);
        prop_assert_eq!(with.status, without.status);
        prop_assert_eq!(with.announced, without.announced);
        prop_assert_eq!(&with.recourse, &without.recourse);
    }

    /// Our JSON output is valid JSON (serde_json reads it back) and carries the
    /// engine's target.
    #[test]
    fn estimate_json_round_trips(shape in shape(true)) {
        let request = shape.request();
        let result = run(&request);
        prop_assume!(result.is_ok());
        let text = api::to_json(&api::estimate_json(result.as_ref().unwrap()));
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("serde_json accepts our output");
        let target = delais::i18n::iso(result.unwrap().target);
        prop_assert_eq!(parsed["target"].as_str(), Some(target.as_str()));
    }

    /// The engine's and the app's one sort (src/engine/sort.rs) orders as the standard
    /// library does, for any list, duplicates included.
    #[test]
    fn the_sort_orders_as_the_standard_library(mut items in prop::collection::vec((0u8..8, any::<i16>()), 0..200)) {
        let mut want: Vec<u8> = items.iter().map(|(key, _)| *key).collect();
        want.sort_unstable();
        delais::engine::sort::sort_by_key(&mut items, |(key, _)| *key);
        let got: Vec<u8> = items.iter().map(|(key, _)| *key).collect();
        prop_assert_eq!(got, want);
    }

    /// Arbitrary text on a request line is answered (a result or an error), never a panic.
    #[test]
    fn arbitrary_lines_never_panic(line in ".{0,200}") {
        let _ = api::estimate_line(&Catalogue::OFFICIAL, &line);
    }

    /// Request-shaped lines with arbitrary values are answered, never a panic, and an
    /// error answer is valid JSON with a code.
    #[test]
    fn request_shaped_lines_never_panic(
        service in "[a-z-]{0,30}", received in "[0-9-]{0,12}", extra in "[ -~]{0,40}",
    ) {
        let line = format!(r#"{{"service":"{service}","received":"{received}"{extra}"#);
        match api::estimate_line(&Catalogue::OFFICIAL, &line) {
            Ok(text) => {
                let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
                prop_assert!(parsed.get("target").is_some());
            }
            Err(error) => {
                let parsed: serde_json::Value = serde_json::from_str(&error).unwrap();
                prop_assert!(parsed["error"]["code"].is_string());
            }
        }
    }

    /// Any JSON value as a request is answered, never a panic; and unknown fields with
    /// any value are ignored: the answer is the same as without them.
    #[test]
    fn any_json_is_answered_and_unknown_fields_are_ignored(value in json_value(), extra in json_value()) {
        let _ = api::estimate_line(&Catalogue::OFFICIAL, &value.to_string());
        let plain = serde_json::json!({"service": "caq-etudes", "received": "2025-12-19"});
        let mut with_extra = plain.clone();
        with_extra["unknown_field"] = extra;
        prop_assert_eq!(
            api::estimate_line(&Catalogue::OFFICIAL, &with_extra.to_string()),
            api::estimate_line(&Catalogue::OFFICIAL, &plain.to_string())
        );
    }
}

/// Arbitrary JSON values (as serde_json builds them), a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        (-(1i64 << 53)..(1i64 << 53)).prop_map(J::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(J::from),
        any::<String>().prop_map(J::String),
        "[\"\\\\/\u{0}-\u{1f}\u{7f}\u{2028}é😀 a-z]{0,12}".prop_map(J::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            proptest::collection::vec((any::<String>(), inner), 0..6)
                .prop_map(|fields| J::Object(fields.into_iter().collect())),
        ]
    })
}

/// Every dated service in the catalogue is exercised by these properties.
#[test]
fn the_properties_cover_every_dated_service() {
    let services = dated_services();
    assert_eq!(services.len(), Catalogue::OFFICIAL.services.len() - 1);
    assert!(services.contains(&"caq-etudes") && services.contains(&"pstq") && !services.contains(&"telephone"));
}
