//! The counsellors' caseload (README, "Caseload"): a spreadsheet's CSV in, one engine
//! estimate per row, the same CSV back with the computed columns, and a calendar of
//! every deadline. Pure Rust, no web types: `delais caseload` and the caseload page
//! (`dossiers.html`) share it.
//!
//! `decode` (bytes to text), `read` (the CSV: separator, header, rows), `columns` (what
//! each header means), `values` (a row's cells to an engine `Request`), `answer` (each
//! row's dates as of a day), `write` (CSV and `.ics` out), `label` (a counsellor's text
//! shown back short and inert).

pub mod answer;
pub mod columns;
pub mod decode;
pub mod label;
pub mod read;
pub mod values;
pub mod write;

pub use answer::{answer, evaluate, is_soon, Answer, Deadline, DeadlineKind, RowAnswer, Summary, SOON_DAYS};
pub use columns::{Column, Computed, Meaning};
pub use read::{read, read_text, Row, Table};
pub use write::{write_csv, write_ics};

use crate::engine::InputError;
use crate::i18n::caseload::caseload_messages;
use crate::i18n::Lang;
use label::label;

/// The most rows the caseload page reads (README, "Caseload"); the CLI reads any number.
pub const PAGE_ROW_LIMIT: usize = 20_000;

/// Why a whole file cannot be read as a caseload: one message, saying what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// A zip (`PK`): an `.xlsx` or `.ods` workbook.
    Spreadsheet,
    /// Binary content (an image, a PDF, an old `.xls`).
    NotText,
    Empty,
    /// The header names neither `service` nor `received` (or one of them).
    MissingColumns(Vec<Column>),
    /// Two headers mean the same column (as written, shortened).
    DuplicateMeaning { first: String, second: String },
    TooManyRows { rows: usize, limit: usize },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Spreadsheet => "spreadsheet-not-csv",
            FileError::NotText => "not-text",
            FileError::Empty => "empty-file",
            FileError::MissingColumns(_) => "missing-columns",
            FileError::DuplicateMeaning { .. } => "duplicate-columns",
            FileError::TooManyRows { .. } => "too-many-rows",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let m = caseload_messages(lang);
        match self {
            FileError::Spreadsheet => m.spreadsheet.into(),
            FileError::NotText => m.not_text.into(),
            FileError::Empty => m.empty_file.into(),
            FileError::MissingColumns(columns) => {
                let names: Vec<String> = columns.iter().map(|c| (m.column_name)(c.header(lang))).collect();
                (m.missing_columns)(&names.join(m.and))
            }
            FileError::DuplicateMeaning { first, second } => (m.duplicate_columns)(first, second),
            FileError::TooManyRows { rows, limit } => (m.too_many_rows)(*rows, *limit),
        }
    }
}

/// What is wrong with one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    UnknownService(String),
    /// A date as a spreadsheet displays it locally (`05/01/2026`): day and month cannot
    /// be told apart. Also summed up once for the whole file (`Table::local_dates`).
    LocalDateFormat(String),
    TwoOpenStops,
    MissingOutcome,
    MissingDecisionDate,
    /// The engine's own error (values already shortened).
    Input(InputError),
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let m = caseload_messages(lang);
        match self {
            Problem::Missing => m.missing_value.into(),
            Problem::UnknownService(value) => (m.unknown_service)(value),
            Problem::LocalDateFormat(value) => (m.local_date_format)(value),
            Problem::TwoOpenStops => m.two_open_stops.into(),
            Problem::MissingOutcome => m.missing_outcome.into(),
            Problem::MissingDecisionDate => m.missing_decision_date.into(),
            Problem::Input(error) => error.message(lang),
        }
    }
}

/// A bad cell: its column (an index into `Table::headers`) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    pub column: usize,
    pub problem: Problem,
}

impl CellError {
    /// "Ligne 14, colonne « reçue le » : Le 2026-02-30 n'existe pas…", the row numbered
    /// as the spreadsheet shows it and the column named as the file names it.
    pub fn message(&self, row: usize, header: &str, lang: Lang) -> String {
        (caseload_messages(lang).cell_error)(row, &label(header), &self.problem.message(lang))
    }
}

/// The one message for every row with dates in a local format (CASELOAD.md): which rows,
/// and how to change the spreadsheet's date format.
pub fn local_dates_message(rows: &[usize], lang: Lang) -> String {
    const NAMED: usize = 10;
    let m = caseload_messages(lang);
    let mut list: Vec<String> = rows.iter().take(NAMED).map(usize::to_string).collect();
    let more = rows.len().saturating_sub(NAMED);
    let list = match (list.pop(), more) {
        (Some(last), 0) if !list.is_empty() => format!("{}{}{last}", list.join(", "), m.and),
        (Some(last), 0) => last,
        (Some(last), more) => {
            list.push(last);
            (m.rows_and_more)(&list.join(", "), more)
        }
        (None, _) => String::new(),
    };
    (m.local_dates)(&list, rows.len())
}
