//! The caseload page's one state and its actions (`CaseloadState::apply` is the
//! reducer). Pure Rust, tested natively. The table lives here, in memory only: never in
//! the address, never stored.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::app::form::{Form, StopInput};
use crate::app::url::encode_query;
use crate::caseload::{evaluate, is_soon, Answer, FileError, RowAnswer, Summary, Table};
use crate::engine::{parse_date, Field, InputError};
use crate::i18n::{iso, Lang};

/// Rows shown at once: the page never holds thousands of rows of DOM.
pub const PAGE_SIZE: usize = 50;

/// A file read and answered as of a day.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub table: Table,
    pub answers: Vec<RowAnswer>,
    pub summary: Summary,
    /// Rows with dates in a local format (`05/01/2026`), for the one message.
    pub local_dates: Vec<usize>,
}

/// The date columns the table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The next deadline, most urgent first (the default).
    #[default]
    Next,
    Received,
    Target,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Overdue,
    Soon,
    Errors,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseloadState {
    pub lang: Lang,
    /// The browser's local date.
    pub today: NaiveDate,
    /// The "as of" date as typed (empty: today).
    pub as_of_input: String,
    pub as_of_error: Option<InputError>,
    pub loaded: Option<Rc<Loaded>>,
    pub file_error: Option<FileError>,
    pub sort: Sort,
    pub filter: Filter,
    /// From 0.
    pub page: usize,
    /// The rows shown, filtered and sorted (indices into the table's rows).
    pub order: Rc<Vec<usize>>,
    /// « Imprimer »: every row of the filter is rendered for the paper, then the page
    /// goes back to its one page of rows.
    pub printing: bool,
}

pub enum CaseloadAction {
    /// A file (or pasted cells) read.
    Load(Result<Table, FileError>),
    SetAsOf(String),
    /// Sort by a column; the same column again reverses the order.
    SortBy(SortKey),
    Filter(Filter),
    Page(usize),
    SetLang(Lang),
    Print,
    Printed,
}

impl CaseloadState {
    pub fn new(lang: Lang, today: NaiveDate) -> CaseloadState {
        CaseloadState {
            lang,
            today,
            as_of_input: String::new(),
            as_of_error: None,
            loaded: None,
            file_error: None,
            sort: Sort::default(),
            filter: Filter::default(),
            page: 0,
            order: Rc::default(),
            printing: false,
        }
    }

    /// The table's date: the "as of" date typed, else today.
    pub fn as_of(&self) -> NaiveDate {
        parse_date(Field::Today, &self.as_of_input).unwrap_or(self.today)
    }

    pub fn pages(&self) -> usize {
        self.order.len().div_ceil(PAGE_SIZE).max(1)
    }

    /// The rows of the current page, as indices into the table's rows (all of them
    /// while printing).
    pub fn page_rows(&self) -> &[usize] {
        if self.printing {
            return &self.order;
        }
        let start = (self.page * PAGE_SIZE).min(self.order.len());
        let end = (start + PAGE_SIZE).min(self.order.len());
        &self.order[start..end]
    }

    pub fn apply(&self, action: CaseloadAction) -> CaseloadState {
        let mut next = self.clone();
        match action {
            CaseloadAction::Load(Ok(table)) => {
                next.file_error = None;
                next.filter = Filter::All;
                next.sort = Sort::default();
                next.loaded = Some(Rc::new(answer(table, next.as_of())));
            }
            CaseloadAction::Load(Err(error)) => {
                // The table shown stays: a wrong file does not lose the right one.
                next.file_error = Some(error);
            }
            CaseloadAction::SetAsOf(text) => {
                let text = text.trim().to_string();
                next.as_of_error = if text.is_empty() { None } else { parse_date(Field::Today, &text).err() };
                next.as_of_input = text;
                if let Some(loaded) = &self.loaded {
                    if next.as_of() != self.as_of() {
                        next.loaded = Some(Rc::new(answer(loaded.table.clone(), next.as_of())));
                    }
                }
            }
            CaseloadAction::SortBy(key) => {
                next.sort = Sort { key, descending: self.sort.key == key && !self.sort.descending };
            }
            CaseloadAction::Filter(filter) => next.filter = filter,
            CaseloadAction::Page(page) => next.page = page,
            CaseloadAction::SetLang(lang) => next.lang = lang,
            CaseloadAction::Print => next.printing = true,
            CaseloadAction::Printed => next.printing = false,
        }
        let data_changed = next.loaded.as_ref().map(Rc::as_ptr) != self.loaded.as_ref().map(Rc::as_ptr);
        if data_changed || next.sort != self.sort || next.filter != self.filter {
            next.order = Rc::new(order(&next));
            next.page = 0;
        }
        next.page = next.page.min(next.pages() - 1);
        next
    }
}

fn answer(table: Table, as_of: NaiveDate) -> Loaded {
    let answers = evaluate(&table, as_of);
    let summary = Summary::of(&answers, as_of);
    let local_dates = table.local_dates();
    Loaded { table, answers, summary, local_dates }
}

/// The rows in the filter's group, sorted: rows with the date first (in the chosen
/// direction), then rows answered without it, then rows with errors; ties in the
/// file's order.
fn order(state: &CaseloadState) -> Vec<usize> {
    let Some(loaded) = &state.loaded else { return Vec::new() };
    let as_of = state.as_of();
    let keep = |answer: &RowAnswer| match state.filter {
        Filter::All => true,
        Filter::Overdue => answer.as_ref().is_ok_and(Answer::overdue),
        Filter::Soon => answer.as_ref().is_ok_and(|a| is_soon(a, as_of)),
        Filter::Errors => answer.is_err(),
    };
    let key = |answer: &RowAnswer| -> (u8, Option<NaiveDate>) {
        let Ok(answer) = answer else { return (2, None) };
        let date = match state.sort.key {
            SortKey::Next => answer.next(as_of).map(|d| d.date),
            SortKey::Received => Some(answer.received),
            SortKey::Target => Some(answer.target),
        };
        (if date.is_some() { 0 } else { 1 }, date)
    };
    let mut rows: Vec<((u8, Option<NaiveDate>), usize)> =
        loaded.answers.iter().enumerate().filter(|(_, a)| keep(a)).map(|(i, a)| (key(a), i)).collect();
    let descending = state.sort.descending;
    rows.sort_by(|((class_a, a), i), ((class_b, b), j)| {
        let dates = if descending { b.cmp(a) } else { a.cmp(b) };
        class_a.cmp(class_b).then(dates).then(i.cmp(j))
    });
    rows.into_iter().map(|(_, i)| i).collect()
}

/// The one-file page's address for a row: the app's own codec (`app::url`), the row's
/// values and the table's date; `None` for a row that could not be read.
pub fn open_link(loaded: &Loaded, index: usize, as_of_input: &str, lang: Lang) -> Option<String> {
    let row = loaded.table.rows.get(index)?;
    let parsed = row.parsed.as_ref().ok()?;
    let request = &parsed.request;
    let mut stops: Vec<StopInput> =
        request.clock_stops.iter().map(|s| StopInput { from: iso(s.from), to: iso(s.to) }).collect();
    if let Some(from) = parsed.open_stop {
        stops.push(StopInput { from: iso(from), to: String::new() });
    }
    let form = Form {
        service: request.service.clone(),
        received: iso(request.received),
        stops,
        decided: request.decision.is_some(),
        decision_date: request.decision.map(|d| iso(d.date)).unwrap_or_default(),
        outcome: request.decision.map(|d| d.outcome),
        mailing_from: request.mailing_from,
        grounds: request.grounds.clone(),
        as_of: as_of_input.to_string(),
        calendar: request.calendar,
    };
    Some(format!("./{}", encode_query(&form, lang)))
}
