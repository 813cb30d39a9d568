//! The app's one state and its actions: `State::apply` is the reducer (Yew's
//! `Reducible`, below). Pure Rust (no web types), so it is tested natively.
//!
//! Data flows one way: input event → `Action` → `State::apply` → new `State` → the
//! address (`url.rs`) and the engine (`compute.rs`) → view.

use chrono::NaiveDate;

pub use super::form::{selectable_service, Form, StopInput, UrlProblems, MAX_NAMED_PROBLEMS, MAX_STOPS};
use super::url::{decode_query, encode_query};
use crate::engine::{CalendarId, Ground, MailingOrigin, Outcome};
use crate::i18n::Lang;

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
    pub(crate) fn page_order(self) -> (u8, usize, u8) {
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
    /// The browser has no clipboard here (an insecure page, an old browser).
    CopyUnavailable,
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
            Flash::CopyUnavailable => t.action_copy_unavailable,
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

#[cfg(feature = "app")]
impl yew::functional::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
