//! From the form to the engine: every field checked on its own, so one bad date gets
//! its message and the rest of the answer is still computed without it.

use std::rc::Rc;

use chrono::NaiveDate;

use super::state::{DateField, State};
use crate::engine::{
    self, estimate, parse_date, Catalogue, ClockStop, Decision, Estimate, Field, InputError, Request,
};

/// What the view shows: the estimate when one can be computed, and each field's error.
#[derive(Clone, Debug)]
pub struct Computed {
    /// Shared (`Rc`): the copy and calendar buttons keep it without copying it.
    pub estimate: Option<Rc<Estimate>>,
    pub errors: Vec<(DateField, InputError)>,
    /// Stops whose documents have not arrived: counted as running until "as of".
    pub open_stops: Vec<usize>,
    /// "As of" date used for the status.
    pub as_of: NaiveDate,
}

/// True while `value` can still become `YYYY-MM-DD` by typing more.
fn plausible_prefix(value: &str) -> bool {
    value.len() < 10
        && value.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

pub fn compute(state: &State) -> Computed {
    let form = &state.form;
    let mut errors: Vec<(DateField, InputError)> = Vec::new();
    let mut parse = |field: DateField, engine_field: Field, raw: &str| -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            return None;
        }
        match parse_date(engine_field, raw) {
            Ok(date) => Some(date),
            Err(_) if state.editing == Some(field) && plausible_prefix(raw) => None,
            Err(error) => {
                errors.push((field, error));
                None
            }
        }
    };

    let as_of = parse(DateField::AsOf, Field::Today, &form.as_of).unwrap_or(state.today);
    let received = parse(DateField::Received, Field::Received, &form.received);
    let mut stops = Vec::new();
    let mut stop_origin = Vec::new();
    let mut open_stops = Vec::new();
    for (index, stop) in form.stops.iter().enumerate() {
        let from = parse(DateField::StopFrom(index), Field::StopFrom(index), &stop.from);
        let to = parse(DateField::StopTo(index), Field::StopTo(index), &stop.to);
        match (from, to, stop.to.trim().is_empty()) {
            (Some(from), Some(to), _) => {
                stops.push(ClockStop { from, to });
                stop_origin.push(index);
            }
            // Documents not received yet: the clock is still stopped on "as of".
            (Some(from), None, true) => {
                stops.push(ClockStop { from, to: as_of.max(from) });
                stop_origin.push(index);
                open_stops.push(index);
            }
            _ => {}
        }
    }
    let decision_date = if form.decided {
        parse(DateField::DecisionDate, Field::DecisionDate, &form.decision_date)
    } else {
        None
    };

    let (Some(received), Some(service)) = (received, Catalogue::OFFICIAL.service(&form.service)) else {
        return Computed { estimate: None, errors, open_stops, as_of };
    };
    let mut request = Request::new(service.id, received);
    request.clock_stops = stops;
    request.decision = decision_date.zip(form.outcome).map(|(date, outcome)| Decision { date, outcome });
    request.today = Some(as_of);
    request.calendar = form.calendar;
    request.mailing_from = form.mailing_from;
    request.grounds = form.grounds.clone();

    // Problems between fields (a stop before receipt…): mark the field, leave the
    // offending part out, and still answer.
    let mut dropped = vec![false; request.clock_stops.len()];
    for error in engine::errors(&Catalogue::OFFICIAL, &request) {
        let field = match error.field() {
            Field::StopFrom(i) => {
                dropped[i] = true;
                DateField::StopFrom(stop_origin[i])
            }
            Field::StopTo(i) => {
                dropped[i] = true;
                DateField::StopTo(stop_origin[i])
            }
            Field::DecisionDate => {
                request.decision = None;
                DateField::DecisionDate
            }
            _ => DateField::Received,
        };
        let error = renumber(error, &stop_origin);
        errors.push((field, error));
    }
    let mut kept = dropped.iter();
    request.clock_stops.retain(|_| !kept.next().copied().unwrap_or(false));
    open_stops.retain(|i| {
        let at = stop_origin.iter().position(|o| o == i);
        at.is_some_and(|at| !dropped[at])
    });

    let estimate = loop {
        match estimate(&Catalogue::OFFICIAL, &request) {
            Ok(result) => break Some(Rc::new(result)),
            // A decision whose recourse dates fall past the horizon is left out, like
            // any bad part, and the rest is still answered.
            Err(error) if error.field() == Field::DecisionDate && request.decision.is_some() => {
                errors.push((DateField::DecisionDate, error));
                request.decision = None;
            }
            Err(error) => {
                errors.push((DateField::Received, error));
                break None;
            }
        }
    };
    // One error per field at most: the fields' order on the page is the errors' order.
    crate::engine::sort::sort_by_key(&mut errors, |(field, _)| field.page_order());
    Computed { estimate, errors, open_stops, as_of }
}

/// Engine errors number the stops it was given; the person numbers the stops they see.
fn renumber(error: InputError, origin: &[usize]) -> InputError {
    let map = |i: usize| origin.get(i).copied().unwrap_or(i);
    match error {
        InputError::StopBeforeReceipt { index } => InputError::StopBeforeReceipt { index: map(index) },
        InputError::StopEndsBeforeStart { index } => InputError::StopEndsBeforeStart { index: map(index) },
        other => other,
    }
}
