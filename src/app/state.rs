//! The app's one state, its actions, and the URL codec. Pure Rust (no web types), so
//! it is tested natively; `app/mod.rs` adds the Yew `Reducible` impl.
//!
//! Data flows one way: input event → `Action` → `State::apply` → new `State` → URL +
//! `compute` (engine) → view.

use chrono::NaiveDate;

use crate::engine::{
    self, estimate, parse_date, CalendarId, Catalogue, ClockStop, Decision, Estimate, Field, Ground, InputError,
    MailingOrigin, Outcome, Request,
};
use crate::i18n::Lang;

/// A clock stop as typed: raw text, kept even when it is not a date yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StopInput {
    pub from: String,
    pub to: String,
}

/// Everything the person entered, as typed. This is what the URL carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    /// A service id, or empty before one is chosen.
    pub service: String,
    pub received: String,
    pub stops: Vec<StopInput>,
    pub decided: bool,
    pub decision_date: String,
    pub outcome: Option<Outcome>,
    pub mailing_from: MailingOrigin,
    pub grounds: Vec<Ground>,
    /// "As of" date for counsellors; empty means today.
    pub as_of: String,
    pub calendar: CalendarId,
}

/// A date field of the form; its `id()` is the input's HTML id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateField {
    Received,
    StopFrom(usize),
    StopTo(usize),
    DecisionDate,
    AsOf,
}

impl DateField {
    /// Where the field stands on the page, so the error summary follows the page.
    fn page_order(self) -> (u8, usize, u8) {
        match self {
            DateField::Received => (0, 0, 0),
            DateField::StopFrom(i) => (1, i, 0),
            DateField::StopTo(i) => (1, i, 1),
            DateField::DecisionDate => (2, 0, 0),
            DateField::AsOf => (3, 0, 0),
        }
    }

    pub fn id(self) -> String {
        match self {
            DateField::Received => "received".into(),
            DateField::StopFrom(i) => format!("stop-{}-from", i + 1),
            DateField::StopTo(i) => format!("stop-{}-to", i + 1),
            DateField::DecisionDate => "decision-date".into(),
            DateField::AsOf => "as-of".into(),
        }
    }
}

/// How the next URL change enters the browser's history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryMode {
    /// Typing: replace the current entry, so Back does not step through keystrokes.
    #[default]
    Replace,
    /// A choice (situation, language, a stop added…): a new entry for Back to return to.
    Push,
    /// Restored from the URL (load, Back/Forward): write nothing.
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub form: Form,
    pub lang: Lang,
    /// The browser's local date, from the shell.
    pub today: NaiveDate,
    /// Parts of the URL that could not be restored, a few by name and the rest counted.
    pub url_problems: UrlProblems,
    /// The date field being typed in: its incomplete value is not an error yet.
    pub editing: Option<DateField>,
    pub history: HistoryMode,
    /// A short message for the live region after an action (copied, shared…).
    pub flash: Option<Flash>,
    /// The form as it was before « Recommencer », until the next change: a link may
    /// have been its only copy (and a widget has no Back button).
    pub undo: Option<std::rc::Rc<Form>>,
    /// A widget's `service` attribute, as written (even unknown): a known one fixes the
    /// situation (the picker is hidden, start over keeps it); an unknown one is named.
    pub pinned_service: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flash {
    Copied,
    CopyFailed,
    LinkCopied,
    /// « Recommencer »: the form was emptied (an undo is offered).
    Cleared,
    /// The emptied form came back.
    Restored,
}

impl Flash {
    pub fn message(self, lang: Lang) -> &'static str {
        let t = crate::i18n::catalogue::ui(lang);
        match self {
            Flash::Copied => t.action_copied,
            Flash::CopyFailed => t.action_copy_failed,
            Flash::LinkCopied => t.action_shared,
            Flash::Cleared => t.reset_done,
            Flash::Restored => t.undo_done,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetService(String),
    Edit(DateField, String),
    /// The field lost focus: show its errors even if incomplete.
    Blur(DateField),
    AddStop,
    RemoveStop(usize),
    SetDecided(bool),
    SetOutcome(Outcome),
    SetMailingFrom(MailingOrigin),
    ToggleGround(Ground),
    SetCalendar(CalendarId),
    SetLang(Lang),
    Reset,
    /// Brings back the form « Recommencer » emptied.
    Undo,
    /// A widget's `service` attribute (set, changed or removed).
    Pin(Option<String>),
    /// Back/Forward: the new URL's query.
    Restore(String),
    Flash(Option<Flash>),
}

/// More stops than anyone has; a bound so a crafted URL cannot make the page crawl.
pub const MAX_STOPS: usize = 20;

/// How many unreadable parts of an address are named one by one; the rest are counted.
pub const MAX_NAMED_PROBLEMS: usize = 10;
/// How much of an unreadable value is quoted back.
const MAX_QUOTED_CHARS: usize = 60;

/// A situation the person can choose (`telephone` is in the catalogue but has no date).
pub fn selectable_service(id: &str) -> Option<&'static str> {
    Catalogue::OFFICIAL.service(id).filter(|s| s.id != "telephone").map(|s| s.id)
}

/// What an address held that could not be restored, bounded so that a crafted link
/// with thousands of parts gives ten lines, not thousands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlProblems {
    /// The first `MAX_NAMED_PROBLEMS` parts that could not be read: (name, value), the
    /// value shortened to `MAX_QUOTED_CHARS` characters.
    pub named: Vec<(String, String)>,
    /// How many more could not be read.
    pub more: usize,
    /// `stop=` parts beyond the `MAX_STOPS`th, left out.
    pub extra_stops: usize,
}

impl UrlProblems {
    pub fn push(&mut self, name: &str, value: &str) {
        if self.named.len() < MAX_NAMED_PROBLEMS {
            self.named.push((shorten(name), shorten(value)));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.named.is_empty() && self.more == 0 && self.extra_stops == 0
    }

    /// The named parts, in the address's order.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, String)> {
        self.named.iter()
    }

    pub fn clear(&mut self) {
        *self = UrlProblems::default();
    }
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

impl State {
    /// The state a URL describes; `default_lang` is the browser's language.
    pub fn from_query(query: &str, default_lang: Lang, today: NaiveDate) -> State {
        let (form, lang, url_problems) = decode_query(query);
        State {
            form,
            lang: lang.unwrap_or(default_lang),
            today,
            url_problems,
            editing: None,
            history: HistoryMode::None,
            flash: None,
            undo: None,
            pinned_service: None,
        }
    }

    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        next.history = HistoryMode::Push;
        next.flash = None;
        // The undo offer lasts until the next change (a message does not end it).
        if !matches!(action, Action::Flash(_)) {
            next.undo = None;
        }
        let form = &mut next.form;
        match action {
            Action::SetService(id) => {
                if let Some(known) = selectable_service(&id) {
                    form.service = known.to_string();
                } else if id.is_empty() {
                    form.service = id;
                }
            }
            Action::Edit(field, value) => {
                next.history = HistoryMode::Replace;
                next.editing = Some(field);
                match field {
                    DateField::Received => form.received = value,
                    DateField::StopFrom(i) => {
                        if let Some(stop) = form.stops.get_mut(i) {
                            stop.from = value;
                        }
                    }
                    DateField::StopTo(i) => {
                        if let Some(stop) = form.stops.get_mut(i) {
                            stop.to = value;
                        }
                    }
                    DateField::DecisionDate => form.decision_date = value,
                    DateField::AsOf => form.as_of = value,
                }
            }
            Action::Blur(field) => {
                next.history = HistoryMode::Replace;
                if next.editing == Some(field) {
                    next.editing = None;
                }
            }
            Action::AddStop => {
                if form.stops.len() < MAX_STOPS {
                    form.stops.push(StopInput::default());
                }
            }
            Action::RemoveStop(index) => {
                if index < form.stops.len() {
                    form.stops.remove(index);
                }
                next.editing = None;
            }
            Action::SetDecided(decided) => form.decided = decided,
            Action::SetOutcome(outcome) => form.outcome = Some(outcome),
            Action::SetMailingFrom(origin) => form.mailing_from = origin,
            Action::ToggleGround(ground) => {
                if let Some(at) = form.grounds.iter().position(|g| *g == ground) {
                    form.grounds.remove(at);
                } else {
                    form.grounds.push(ground);
                }
            }
            Action::SetCalendar(calendar) => form.calendar = calendar,
            Action::SetLang(lang) => next.lang = lang,
            Action::Reset => {
                let emptied = std::mem::take(form);
                // A widget's fixed situation stays: without it there is nothing to fill in.
                if let Some(pinned) = self.pinned_service.as_deref().and_then(selectable_service) {
                    form.service = pinned.to_string();
                }
                if emptied != *form {
                    next.undo = Some(std::rc::Rc::new(emptied));
                    next.flash = Some(Flash::Cleared);
                }
                next.url_problems.clear();
                next.editing = None;
            }
            Action::Undo => {
                if let Some(previous) = &self.undo {
                    next.form = (**previous).clone();
                    next.flash = Some(Flash::Restored);
                }
            }
            Action::Pin(service) => {
                next.history = HistoryMode::None;
                if let Some(known) = service.as_deref().and_then(selectable_service) {
                    form.service = known.to_string();
                }
                next.pinned_service = service;
            }
            Action::Restore(query) => {
                let mut restored = State::from_query(&query, self.lang, self.today);
                restored.pinned_service = self.pinned_service.clone();
                return restored;
            }
            Action::Flash(flash) => {
                next.history = HistoryMode::None;
                next.flash = flash;
            }
        }
        next
    }

    pub fn query(&self) -> String {
        encode_query(&self.form, self.lang)
    }
}

// ---------------------------------------------------------------------------------
// URL codec: readable names, so a shared link explains itself.
//   ?lang=en&service=caq-etudes&received=2025-12-19&stop=2026-01-05..2026-01-12
//   &decision=2026-02-02&outcome=refusal&from=canada&grounds=situation-change
//   &asof=2026-03-01&calendar=qc-statutory
// Dates stay as typed (even invalid), so a link restores exactly what was entered.
// ---------------------------------------------------------------------------------

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
            "received" => form.received = value.clone(),
            "stop" if form.stops.len() < MAX_STOPS => {
                let (from, to) = value.split_once("..").unwrap_or((&value, ""));
                form.stops.push(StopInput { from: from.into(), to: to.into() });
            }
            // Named once, with their count, however many there are.
            "stop" => problems.extra_stops += 1,
            "decision" => {
                form.decided = true;
                form.decision_date = value.clone();
            }
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
            "asof" => form.as_of = value.clone(),
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

// ---------------------------------------------------------------------------------
// From the form to the engine: every field checked on its own, so one bad date gets
// its message and the rest of the answer is still computed without it.
// ---------------------------------------------------------------------------------

/// What the view shows: the estimate when one can be computed, and each field's error.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    pub estimate: Option<Estimate>,
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
            Ok(result) => break Some(result),
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
    errors.sort_by_key(|(field, _)| field.page_order());
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
