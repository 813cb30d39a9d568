//! Bad input, as typed errors. Nothing in the engine panics on input: every way a
//! request can be wrong is a variant here; its sentence in each language is in
//! `i18n::errors`.

use super::calendar::{CalendarId, FIRST_YEAR, LAST_YEAR};
use super::decision::{Ground, MailingOrigin};
use super::rules::Catalogue;
use crate::i18n::errors::{choices, errors};
use crate::i18n::{excerpt, Lang};

/// Where in a request the bad value is, so the interface can put the message next to
/// the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Service,
    Received,
    /// The start (`from`) of the clock stop at this index.
    StopFrom(usize),
    /// The end (`to`) of the clock stop at this index.
    StopTo(usize),
    DecisionDate,
    Outcome,
    Today,
    Calendar,
    MailingFrom,
    Grounds,
    /// The request as a whole (JSON that is not an object, a missing field…).
    Request,
}

impl Field {
    /// The JSON name of the field (`pauses[2].to`), used in messages and by the API.
    pub fn path(self) -> String {
        match self {
            Field::Service => "service".into(),
            Field::Received => "received".into(),
            Field::StopFrom(i) => format!("pauses[{i}].from"),
            Field::StopTo(i) => format!("pauses[{i}].to"),
            Field::DecisionDate => "decision.date".into(),
            Field::Outcome => "decision.outcome".into(),
            Field::Today => "today".into(),
            Field::Calendar => "calendar".into(),
            Field::MailingFrom => "mailing_from".into(),
            Field::Grounds => "grounds".into(),
            Field::Request => "request".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    UnknownService(String),
    /// The service has a standard that is not a date (the phone's 3 minutes).
    NotDated(String),
    /// Not of the form `YYYY-MM-DD`.
    MalformedDate { field: Field, value: String },
    /// Of the form, but no such day (`2026-02-30`).
    ImpossibleDate { field: Field, value: String },
    YearOutOfRange { field: Field, value: String },
    StopEndsBeforeStart { index: usize },
    StopBeforeReceipt { index: usize },
    DecisionBeforeReceipt,
    UnknownOutcome(String),
    UnknownCalendar(String),
    UnknownMailingOrigin(String),
    UnknownGround(String),
    /// A computed date (the target, or a recourse date) would fall after the last
    /// supported year; `field` is the date that leads there.
    TargetOutOfRange { field: Field },
    /// `delais holidays` was given a year that is not a whole number.
    NotAYear(String),
    /// `delais holidays` asked for a range that ends before it starts.
    YearsReversed { from: i32, to: i32 },
    /// A line of input that is not UTF-8 (CLI only): `line` counts from 1.
    NotUtf8 { line: usize },
    /// A line of input longer than the CLI reads (CLI only).
    LineTooLong { line: usize, limit: usize },
    /// A request larger than the JavaScript API reads (the CLI's line limit).
    RequestTooLarge { limit: usize },
    /// JSON-level problems (CLI and JavaScript API only): the parser's own words and
    /// position, which never quote the input.
    MalformedJson(String),
    MissingField(Field),
    WrongType(Field),
}

impl InputError {
    /// Stable machine code, as in the CLI's `{"error": {"code": …}}`.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::UnknownService(_) => "unknown-service",
            InputError::NotDated(_) => "service-not-dated",
            InputError::MalformedDate { .. } => "malformed-date",
            InputError::ImpossibleDate { .. } => "impossible-date",
            InputError::YearOutOfRange { .. } => "year-out-of-range",
            InputError::StopEndsBeforeStart { .. } => "stop-ends-before-start",
            InputError::StopBeforeReceipt { .. } => "stop-before-receipt",
            InputError::DecisionBeforeReceipt => "decision-before-receipt",
            InputError::UnknownOutcome(_) => "unknown-outcome",
            InputError::UnknownCalendar(_) => "unknown-calendar",
            InputError::UnknownMailingOrigin(_) => "unknown-mailing-origin",
            InputError::UnknownGround(_) => "unknown-ground",
            InputError::TargetOutOfRange { .. } => "target-out-of-range",
            InputError::NotAYear(_) => "malformed-year",
            InputError::YearsReversed { .. } => "years-reversed",
            InputError::NotUtf8 { .. } => "not-utf8",
            InputError::LineTooLong { .. } => "line-too-long",
            InputError::RequestTooLarge { .. } => "request-too-large",
            InputError::MalformedJson(_) => "malformed-json",
            InputError::MissingField(_) => "missing-field",
            InputError::WrongType(_) => "wrong-type",
        }
    }

    /// The field the message belongs next to.
    pub fn field(&self) -> Field {
        match self {
            InputError::UnknownService(_) | InputError::NotDated(_) => Field::Service,
            InputError::MalformedDate { field, .. }
            | InputError::ImpossibleDate { field, .. }
            | InputError::YearOutOfRange { field, .. } => *field,
            InputError::StopEndsBeforeStart { index } => Field::StopTo(*index),
            InputError::StopBeforeReceipt { index } => Field::StopFrom(*index),
            InputError::DecisionBeforeReceipt => Field::DecisionDate,
            InputError::UnknownOutcome(_) => Field::Outcome,
            InputError::UnknownCalendar(_) => Field::Calendar,
            InputError::UnknownMailingOrigin(_) => Field::MailingFrom,
            InputError::UnknownGround(_) => Field::Grounds,
            InputError::TargetOutOfRange { field } => *field,
            InputError::MalformedJson(_)
            | InputError::NotAYear(_)
            | InputError::YearsReversed { .. }
            | InputError::NotUtf8 { .. }
            | InputError::LineTooLong { .. }
            | InputError::RequestTooLarge { .. } => Field::Request,
            InputError::MissingField(field) | InputError::WrongType(field) => *field,
        }
    }

    /// A plain sentence saying what is wrong and what to do. A value from the request
    /// appears only as a short excerpt (`i18n::excerpt`).
    pub fn message(&self, lang: Lang) -> String {
        self.message_quoting(lang, &mut |value| excerpt(value))
    }

    /// The message, with each value from the request written by `quote` (given the
    /// value as received): the page isolates its excerpts in elements of their own.
    pub fn message_quoting(&self, lang: Lang, quote: &mut dyn FnMut(&str) -> String) -> String {
        use InputError as E;
        let t = errors(lang);
        match self {
            E::UnknownService(id) => (t.unknown_service)(&quote(id)),
            // Named as people know the service, not by its id.
            E::NotDated(id) => (t.not_dated)(&service_name(id, lang, quote)),
            E::MalformedDate { value, .. } => (t.malformed_date)(&quote(value)),
            E::ImpossibleDate { value, .. } => (t.impossible_date)(&quote(value)),
            E::YearOutOfRange { value, .. } => (t.year_out_of_range)(&quote(value), FIRST_YEAR, LAST_YEAR),
            E::StopEndsBeforeStart { index } => (t.stop_ends_before_start)(index + 1),
            E::StopBeforeReceipt { index } => (t.stop_before_receipt)(index + 1),
            E::DecisionBeforeReceipt => t.decision_before_receipt.into(),
            E::UnknownOutcome(value) => (t.unknown_outcome)(&quote(value)),
            E::UnknownCalendar(value) => {
                (t.unknown_calendar)(&quote(value), &choices(&CalendarId::ALL.map(CalendarId::code), lang))
            }
            E::UnknownMailingOrigin(value) => {
                (t.unknown_mailing_origin)(&quote(value), &choices(&MailingOrigin::ALL.map(MailingOrigin::code), lang))
            }
            E::UnknownGround(value) => (t.unknown_ground)(&quote(value), &choices(&Ground::ALL.map(Ground::code), lang)),
            E::TargetOutOfRange { .. } => (t.target_out_of_range)(LAST_YEAR),
            E::NotAYear(value) => (t.not_a_year)(&quote(value)),
            E::YearsReversed { from, to } => (t.years_reversed)(*from, *to),
            E::NotUtf8 { line } => (t.not_utf8)(*line),
            E::LineTooLong { line, limit } => (t.line_too_long)(*line, *limit),
            E::RequestTooLarge { limit } => (t.request_too_large)(*limit),
            E::MalformedJson(detail) => (t.malformed_json)(detail),
            E::MissingField(field) => (t.missing_field)(&field.path()),
            E::WrongType(field) => (t.wrong_type)(&field.path()),
        }
    }
}

/// A service's name in `lang`, or the id as given (quoted) when it is not in the catalogue.
fn service_name(id: &str, lang: Lang, quote: &mut dyn FnMut(&str) -> String) -> String {
    Catalogue::OFFICIAL.service(id).map_or_else(|| quote(id), |s| s.name.get(lang).to_string())
}

impl core::fmt::Display for InputError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
