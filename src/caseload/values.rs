//! One row's cells to an engine `Request`: service ids or names, dates, suspensions,
//! the decision, the mailing origin, grounds and calendar, with the engine's own codes
//! (`Outcome::from_code`, `MailingOrigin::from_code`…) and their French and English names.
//! Every bad cell is reported, not only the first.

use chrono::NaiveDate;

use super::columns::{normalize, Column};
use super::label::quoted;
use super::{CellError, Problem};
use crate::engine::rules::PHONE_SERVICE;
use crate::engine::{
    parse_date, CalendarId, Catalogue, ClockStop, Decision, Field, Ground, InputError, MailingOrigin, Outcome, Request,
};

/// A row read into a request (`today` not set: the table's "as of" date is given later).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub request: Request,
    /// A suspension whose documents have not arrived (`2026-01-05..`): counted as
    /// running until the table's "as of" date, as on the one-file page.
    pub open_stop: Option<NaiveDate>,
}

/// Where each column the caseload reads is in the file (`None`: not there).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub at: [Option<usize>; Column::ALL.len()],
}

impl Layout {
    pub fn get(&self, column: Column) -> Option<usize> {
        self.at[column as usize]
    }
}

/// The service a cell names: its id, its French or English name, or the acronym in its
/// name's parentheses (`PEQ`, `CAQ`), whatever the case and accents.
pub fn service_id(cell: &str) -> Option<&'static str> {
    let key = normalize(cell);
    if key.is_empty() {
        return None;
    }
    let services = Catalogue::OFFICIAL.services.iter().filter(|s| s.id != PHONE_SERVICE);
    let by_name = services.clone().find(|s| {
        key == normalize(s.id) || key == normalize(s.name.fr) || key == normalize(s.name.en)
    });
    by_name
        .or_else(|| {
            let mut by_acronym = services.filter(|s| acronym(s.name.fr).is_some_and(|a| normalize(a) == key));
            // Only when it names one service.
            match (by_acronym.next(), by_acronym.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        })
        .map(|s| s.id)
}

/// The acronym in a service's name (`… (CAQ)`, `… (PILI/PAFILI)`): the last parenthesis,
/// when it holds no lower-case letter (not « (demande initiale) »).
pub fn acronym(name: &str) -> Option<&str> {
    let open = name.rfind('(')?;
    let close = name[open..].find(')')? + open;
    Some(&name[open + 1..close]).filter(|inner| !inner.is_empty() && !inner.chars().any(char::is_lowercase))
}

fn outcome(cell: &str) -> Option<Outcome> {
    let key = normalize(cell);
    Outcome::ALL
        .into_iter()
        .find(|o| key == o.code() || key == normalize(o.name().fr) || key == normalize(o.name().en))
}

fn mailing_origin(cell: &str) -> Option<MailingOrigin> {
    let key = normalize(cell);
    MailingOrigin::from_code(&key).or_else(|| {
        MailingOrigin::ALL.into_iter().find(|o| {
            let extra: &[&str] = match o {
                MailingOrigin::Abroad => &["hors canada", "hors du canada", "etranger", "outside canada"],
                _ => &[],
            };
            key == normalize(o.name().fr) || key == normalize(o.name().en) || extra.contains(&key.as_str())
        })
    })
}

/// A date cell that a spreadsheet displayed in a local format (`05/01/2026`,
/// `1/5/2026`, `05.01.2026`): it cannot be read without guessing the day and the month.
pub fn local_date_format(cell: &str) -> bool {
    let parts: Vec<&str> = cell.trim().split(['/', '.']).collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Reads a row's cells (one per header).
pub fn parse(layout: &Layout, cells: &[String]) -> Result<Parsed, Vec<CellError>> {
    let mut errors = Vec::new();
    let cell = |column: Column| layout.get(column).map(|at| (at, cells.get(at).map_or("", |c| c.trim())));
    let mut fail = |at: usize, problem: Problem| errors.push(CellError { column: at, problem });

    let service = match cell(Column::Service) {
        Some((at, "")) => {
            fail(at, Problem::Missing);
            None
        }
        Some((at, text)) => {
            let id = service_id(text);
            if id.is_none() {
                fail(at, Problem::UnknownService(quoted(text)));
            }
            id
        }
        None => None,
    };
    let date = |column: Column, field: Field, required: bool, errors: &mut Vec<CellError>| -> Option<NaiveDate> {
        let (at, text) = cell(column)?;
        if text.is_empty() {
            if required {
                errors.push(CellError { column: at, problem: Problem::Missing });
            }
            return None;
        }
        read_date(at, field, text).map_err(|e| errors.push(e)).ok()
    };
    let received = date(Column::Received, Field::Received, true, &mut errors);
    let decision_date = date(Column::DecisionDate, Field::DecisionDate, false, &mut errors);

    let mut stops = Vec::new();
    let mut open_stop = None;
    if let Some((at, text)) = cell(Column::Pauses) {
        for (index, range) in text.split([' ', ',', ';', '\n', '\r', '\t']).filter(|r| !r.is_empty()).enumerate() {
            let (from, to) = range.split_once("..").unwrap_or((range, ""));
            let from = read_date(at, Field::StopFrom(index), from);
            let to = if to.is_empty() { Ok(None) } else { read_date(at, Field::StopTo(index), to).map(Some) };
            match (from, to) {
                (Ok(from), Ok(Some(to))) => stops.push(ClockStop { from, to }),
                (Ok(from), Ok(None)) if open_stop.is_none() => open_stop = Some(from),
                (Ok(_), Ok(None)) => errors.push(CellError { column: at, problem: Problem::TwoOpenStops }),
                (Err(e), _) | (_, Err(e)) => errors.push(e),
            }
        }
    }

    let outcome = match cell(Column::Outcome) {
        None | Some((_, "")) => None,
        Some((at, text)) => {
            let found = outcome(text);
            if found.is_none() {
                errors.push(CellError { column: at, problem: Problem::Input(InputError::UnknownOutcome(quoted(text))) });
            }
            found
        }
    };
    // A decision is its date and its outcome: one without the other is named on the
    // column that is empty (or on the one there is, when the other column is absent).
    let filled = |column: Column| cell(column).is_some_and(|(_, text)| !text.is_empty());
    let place = |first: Column, second: Column| cell(first).or(cell(second)).map_or(0, |(at, _)| at);
    if filled(Column::DecisionDate) && !filled(Column::Outcome) {
        let at = place(Column::Outcome, Column::DecisionDate);
        errors.push(CellError { column: at, problem: Problem::MissingOutcome });
    }
    if filled(Column::Outcome) && !filled(Column::DecisionDate) {
        let at = place(Column::DecisionDate, Column::Outcome);
        errors.push(CellError { column: at, problem: Problem::MissingDecisionDate });
    }

    let mut mailing_from = MailingOrigin::default();
    if let Some((at, text)) = cell(Column::MailingFrom).filter(|(_, t)| !t.is_empty()) {
        match mailing_origin(text) {
            Some(origin) => mailing_from = origin,
            None => errors.push(CellError {
                column: at,
                problem: Problem::Input(InputError::UnknownMailingOrigin(quoted(text))),
            }),
        }
    }
    let mut grounds = Vec::new();
    if let Some((at, text)) = cell(Column::Grounds) {
        for code in text.split([' ', ',', ';', '\n', '\r', '\t']).filter(|c| !c.is_empty()) {
            match Ground::from_code(&normalize(code).replace(' ', "-")) {
                Some(ground) if !grounds.contains(&ground) => grounds.push(ground),
                Some(_) => {}
                None => errors.push(CellError { column: at, problem: Problem::Input(InputError::UnknownGround(quoted(code))) }),
            }
        }
    }
    let mut calendar = CalendarId::default();
    if let Some((at, text)) = cell(Column::Calendar).filter(|(_, t)| !t.is_empty()) {
        match CalendarId::from_code(&normalize(text).replace(' ', "-")) {
            Some(id) => calendar = id,
            None => errors.push(CellError { column: at, problem: Problem::Input(InputError::UnknownCalendar(quoted(text))) }),
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(service), Some(received)) = (service, received) else {
        // Unreachable with both columns present (the file is refused without them),
        // and each missing cell was reported above.
        return Err(errors);
    };
    let mut request = Request::new(service, received);
    request.clock_stops = stops;
    request.decision = decision_date.zip(outcome).map(|(date, outcome)| Decision { date, outcome });
    request.mailing_from = mailing_from;
    request.grounds = grounds;
    request.calendar = calendar;
    Ok(Parsed { request, open_stop })
}

fn read_date(at: usize, field: Field, text: &str) -> Result<NaiveDate, CellError> {
    let text = text.trim();
    if local_date_format(text) {
        return Err(CellError { column: at, problem: Problem::LocalDateFormat(quoted(text)) });
    }
    parse_date(field, text).map_err(|error| {
        let error = match error {
            InputError::MalformedDate { field, value } => InputError::MalformedDate { field, value: quoted(&value) },
            InputError::ImpossibleDate { field, value } => InputError::ImpossibleDate { field, value: quoted(&value) },
            InputError::YearOutOfRange { field, value } => InputError::YearOutOfRange { field, value: quoted(&value) },
            other => other,
        };
        CellError { column: at, problem: Problem::Input(error) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_by_id_name_or_acronym() {
        assert_eq!(service_id("caq-etudes"), Some("caq-etudes"));
        assert_eq!(service_id("PEQ"), Some("peq"));
        assert_eq!(service_id("programme de l'experience quebecoise (peq)"), Some("peq"));
        assert_eq!(service_id("Enquiry by e-mail"), Some("courriel"));
        assert_eq!(service_id("telephone"), None);
        assert_eq!(service_id("nope"), None);
    }

    #[test]
    fn outcomes_and_origins_in_either_language() {
        assert_eq!(outcome("Refus"), Some(Outcome::Refusal));
        assert_eq!(outcome("rejection"), Some(Outcome::Rejection));
        assert_eq!(outcome("ACCEPTATION"), Some(Outcome::Acceptance));
        assert_eq!(mailing_origin("Québec"), Some(MailingOrigin::Quebec));
        assert_eq!(mailing_origin("hors Canada"), Some(MailingOrigin::Abroad));
        assert_eq!(mailing_origin("abroad"), Some(MailingOrigin::Abroad));
    }

    #[test]
    fn local_formats_are_recognised() {
        assert!(local_date_format("05/01/2026"));
        assert!(local_date_format("1/5/2026"));
        assert!(local_date_format("05.01.2026"));
        assert!(!local_date_format("2026-01-05"));
        assert!(!local_date_format("bientôt"));
    }
}
