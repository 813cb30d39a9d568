//! The address codec: readable names, so a shared link explains itself, and every
//! part it cannot read is named (at most `MAX_NAMED_PROBLEMS`) and ignored.
//!   ?lang=en&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12
//!   &decision=2026-02-02&outcome=refusal&from=canada&grounds=situation-change
//!   &asof=2026-03-01&calendar=qc-statutory
//! Dates stay as typed (even invalid), so a link restores exactly what was entered;
//! a value longer than a date field holds was not typed there, and is named instead.

use super::form::{selectable_service, Form, StopInput, UrlProblems, MAX_STOPS};
use crate::engine::{CalendarId, Ground, MailingOrigin, Outcome};
use crate::i18n::{is_bidi_control, Lang};

pub fn encode_query(form: &Form, lang: Lang) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("lang", lang.code().into())];
    if !form.service.is_empty() {
        pairs.push(("service", form.service.clone()));
    }
    if !form.received.is_empty() {
        pairs.push(("received", form.received.clone()));
    }
    for stop in &form.stops {
        pairs.push(("stop", format!("{}..{}", stop.from, stop.to)));
    }
    if form.decided {
        pairs.push(("decision", form.decision_date.clone()));
        if let Some(outcome) = form.outcome {
            pairs.push(("outcome", outcome.code().into()));
        }
    }
    if form.mailing_from != MailingOrigin::default() {
        pairs.push(("from", form.mailing_from.code().into()));
    }
    if !form.grounds.is_empty() {
        let codes: Vec<&str> = form.grounds.iter().map(|g| g.code()).collect();
        pairs.push(("grounds", codes.join(",")));
    }
    if !form.as_of.is_empty() {
        pairs.push(("asof", form.as_of.clone()));
    }
    if form.calendar != CalendarId::default() {
        pairs.push(("calendar", form.calendar.code().into()));
    }
    let mut query = String::from("?");
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            query.push('&');
        }
        query.push_str(name);
        query.push('=');
        percent_encode(value, &mut query);
    }
    query
}

/// The form a query describes, its language, and what could not be understood.
pub fn decode_query(query: &str) -> (Form, Option<Lang>, UrlProblems) {
    let mut form = Form::default();
    let mut lang = None;
    let mut problems = UrlProblems::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (name, value) = (percent_decode(name), percent_decode(value));
        let mut problem = false;
        match name.as_str() {
            "lang" => match Lang::from_code(&value) {
                Some(l) => lang = Some(l),
                None => problem = true,
            },
            "service" => match selectable_service(&value) {
                Some(id) => form.service = id.to_string(),
                None => problem = true,
            },
            "received" => match date_value(&value) {
                Some(date) => form.received = date,
                None => problem = true,
            },
            "stop" if form.stops.len() < MAX_STOPS => {
                let (from, to) = value.split_once("..").unwrap_or((&value, ""));
                match (date_value(from), date_value(to)) {
                    (Some(from), Some(to)) => form.stops.push(StopInput { from, to }),
                    _ => problem = true,
                }
            }
            // Named once, with their count, however many there are.
            "stop" => problems.extra_stops += 1,
            "decision" => match date_value(&value) {
                Some(date) => {
                    form.decided = true;
                    form.decision_date = date;
                }
                None => problem = true,
            },
            "outcome" => match Outcome::from_code(&value) {
                Some(outcome) => {
                    form.decided = true;
                    form.outcome = Some(outcome);
                }
                None => problem = true,
            },
            "from" => match MailingOrigin::from_code(&value) {
                Some(origin) => form.mailing_from = origin,
                None => problem = true,
            },
            "grounds" => {
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    match Ground::from_code(code) {
                        Some(g) if !form.grounds.contains(&g) => form.grounds.push(g),
                        Some(_) => {}
                        None => problems.push("grounds", code),
                    }
                }
            }
            "asof" => match date_value(&value) {
                Some(date) => form.as_of = date,
                None => problem = true,
            },
            "calendar" => match CalendarId::from_code(&value) {
                Some(calendar) => form.calendar = calendar,
                None => problem = true,
            },
            _ => problem = true,
        }
        if problem {
            problems.push(&name, &value);
        }
    }
    (form, lang, problems)
}

/// The longest date value restored from an address. A date is 10 characters and its
/// field takes no more; a longer value was not typed there, and is named, not restored.
pub const MAX_DATE_CHARS: usize = 40;

/// A date field's value as the address gives it, kept as typed (even invalid), without
/// direction controls (no date has one; in the field they would reverse its text);
/// `None` when too long to be one.
fn date_value(value: &str) -> Option<String> {
    let kept: String = value.chars().filter(|c| !is_bidi_control(*c)).collect();
    (kept.chars().count() <= MAX_DATE_CHARS).then_some(kept)
}

fn percent_encode(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => out.push(byte as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
}

fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

