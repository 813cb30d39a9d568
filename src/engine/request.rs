//! What a person can tell us, and how it is checked (docs/rules.md §2, §4): the
//! request's types, the strict date parser, and every way a request can be wrong
//! before anything is counted.

use chrono::NaiveDate;

use super::calendar::{within_horizon, within_horizon_year, CalendarId};
use super::errors::{Field, InputError};
use super::rules::{Catalogue, Service, Unit};

pub use super::decision::{Ground, MailingOrigin, Outcome};

/// A period the file was incomplete: the Ministry asked for documents on `from` and
/// received them on `to`. Days `d` with `from < d <= to` do not count; the day the
/// documents arrive is a new day 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClockStop {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl ClockStop {
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from < day && day <= self.to
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decision {
    pub date: NaiveDate,
    pub outcome: Outcome,
}

/// Everything a person can tell us. Dates are already parsed; see `parse_date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub service: String,
    pub received: NaiveDate,
    pub clock_stops: Vec<ClockStop>,
    pub decision: Option<Decision>,
    /// "Today" from the shell (the browser's local date) or chosen by the user.
    pub today: Option<NaiveDate>,
    pub calendar: CalendarId,
    pub mailing_from: MailingOrigin,
    pub grounds: Vec<Ground>,
}

impl Request {
    pub fn new(service: &str, received: NaiveDate) -> Request {
        Request {
            service: service.to_string(),
            received,
            clock_stops: Vec::new(),
            decision: None,
            today: None,
            calendar: CalendarId::default(),
            mailing_from: MailingOrigin::default(),
            grounds: Vec::new(),
        }
    }
}

/// Parses `YYYY-MM-DD` strictly, with a typed error for the field.
pub fn parse_date(field: Field, text: &str) -> Result<NaiveDate, InputError> {
    let value = text.trim();
    let bytes = value.as_bytes();
    let malformed = || InputError::MalformedDate { field, value: value.to_string() };
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !well_formed {
        return Err(malformed());
    }
    let number = |range: core::ops::Range<usize>| value[range].parse::<u32>().map_err(|_| malformed());
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let year = year as i32;
    if !within_horizon_year(year) {
        return Err(InputError::YearOutOfRange { field, value: value.to_string() });
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| InputError::ImpossibleDate { field, value: value.to_string() })
}

/// Checks a request; the first problem found, in field order.
pub fn validate(catalogue: &Catalogue, request: &Request) -> Result<&'static Service, InputError> {
    errors(catalogue, request).into_iter().next().map_or_else(
        || catalogue.service(&request.service).ok_or_else(|| InputError::UnknownService(request.service.clone())),
        Err,
    )
}

/// Every problem in a request, so an interface can mark each field at once.
pub fn errors(catalogue: &Catalogue, request: &Request) -> Vec<InputError> {
    let mut found = Vec::new();
    match catalogue.service(&request.service) {
        None => found.push(InputError::UnknownService(request.service.clone())),
        Some(service) => {
            let dated = catalogue
                .standard_for(service, request.received)
                .is_some_and(|applied| applied.standard.unit != Unit::Minutes);
            if !dated {
                found.push(InputError::NotDated(request.service.clone()));
            }
        }
    }
    let mut in_range = |field: Field, date: NaiveDate| {
        if !within_horizon(date) {
            found.push(InputError::YearOutOfRange { field, value: crate::i18n::iso(date) });
            false
        } else {
            true
        }
    };
    let received_ok = in_range(Field::Received, request.received);
    let mut stops_ok = Vec::with_capacity(request.clock_stops.len());
    for (index, stop) in request.clock_stops.iter().enumerate() {
        let from_ok = in_range(Field::StopFrom(index), stop.from);
        let to_ok = in_range(Field::StopTo(index), stop.to);
        stops_ok.push(from_ok && to_ok);
    }
    let decision_ok = request.decision.is_none_or(|d| in_range(Field::DecisionDate, d.date));
    if let Some(today) = request.today {
        in_range(Field::Today, today);
    }
    for (index, stop) in request.clock_stops.iter().enumerate() {
        if !stops_ok[index] {
            continue;
        }
        if received_ok && stop.from < request.received {
            found.push(InputError::StopBeforeReceipt { index });
        }
        if stop.to < stop.from {
            found.push(InputError::StopEndsBeforeStart { index });
        }
    }
    if let Some(decision) = request.decision {
        if received_ok && decision_ok && decision.date < request.received {
            found.push(InputError::DecisionBeforeReceipt);
        }
    }
    found
}

