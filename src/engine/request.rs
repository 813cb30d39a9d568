//! What a person can tell us, and how it is checked (docs/rules.md §2, §4): the
//! request's types, the strict date parser, and every way a request can be wrong
//! before anything is counted.

use chrono::NaiveDate;

use super::calendar::{within_horizon, within_horizon_year, CalendarId};
use super::errors::{Field, InputError};
use super::rules::{Catalogue, Service, Unit};
use crate::i18n::Text;

/// The outcome written on a decision letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Refus: the request was examined and refused.
    Refusal,
    /// Rejet: the request was not examined (incomplete, ineligible…). A request
    /// returned unprocessed because a cap was reached is not a rejection (§5).
    Rejection,
    Acceptance,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Refusal, Outcome::Rejection, Outcome::Acceptance];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Refusal => "refusal",
            Outcome::Rejection => "rejection",
            Outcome::Acceptance => "acceptance",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Outcome::Refusal => Text::new("Refus", "Refusal"),
            Outcome::Rejection => Text::new("Rejet", "Rejection"),
            Outcome::Acceptance => Text::new("Acceptation", "Acceptance"),
        }
    }
}

/// Where a re-examination request is mailed from (docs/rules.md §4, "mail early").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MailingOrigin {
    #[default]
    Quebec,
    Canada,
    Abroad,
}

impl MailingOrigin {
    pub const ALL: [MailingOrigin; 3] = [MailingOrigin::Quebec, MailingOrigin::Canada, MailingOrigin::Abroad];

    pub fn code(self) -> &'static str {
        match self {
            MailingOrigin::Quebec => "quebec",
            MailingOrigin::Canada => "canada",
            MailingOrigin::Abroad => "abroad",
        }
    }

    pub fn from_code(code: &str) -> Option<MailingOrigin> {
        MailingOrigin::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            MailingOrigin::Quebec => Text::new("du Québec", "from Québec"),
            MailingOrigin::Canada => Text::new("d'ailleurs au Canada", "from elsewhere in Canada"),
            MailingOrigin::Abroad => Text::new("de l'extérieur du Canada", "from outside Canada"),
        }
    }

    /// **Decision**: Canada Post's standard is 3–7 business days since 2025 (strikes
    /// happen), so 7 within Canada; no standard is published from abroad, so 15.
    pub fn delivery_business_days(self) -> u32 {
        match self {
            MailingOrigin::Quebec | MailingOrigin::Canada => 7,
            MailingOrigin::Abroad => 15,
        }
    }
}

/// A ground for reconsidering a PILI/PAFILI decision (Déclaration 2021, "Recours :
/// Demande de reconsidération d'une décision"). The Déclaration gives the first three
/// as examples ("Par exemple"): any ground likely to change the person's eligibility
/// counts, hence `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ground {
    SituationChange,
    InitialError,
    OmittedFact,
    /// Another ground likely to change eligibility for the courses or the aid.
    Other,
}

impl Ground {
    pub const ALL: [Ground; 4] = [Ground::SituationChange, Ground::InitialError, Ground::OmittedFact, Ground::Other];

    pub fn code(self) -> &'static str {
        match self {
            Ground::SituationChange => "situation-change",
            Ground::InitialError => "initial-error",
            Ground::OmittedFact => "omitted-fact",
            Ground::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Ground> {
        Ground::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn name(self) -> Text {
        match self {
            Ground::SituationChange => Text::new(
                "Un changement est survenu dans ma situation",
                "My situation has changed",
            ),
            Ground::InitialError => Text::new(
                "Ma demande initiale comportait une erreur ou un oubli de ma part",
                "My initial request had an error or an omission on my part",
            ),
            Ground::OmittedFact => Text::new(
                "Le Ministère a omis un fait essentiel en rendant sa décision",
                "The Ministry left out an essential fact when it decided",
            ),
            Ground::Other => Text::new(
                "Un autre motif qui pourrait modifier mon admissibilité aux cours ou à l'aide financière",
                "Another ground that may change my eligibility for the courses or the financial aid",
            ),
        }
    }
}

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

