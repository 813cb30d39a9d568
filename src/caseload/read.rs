//! A CSV file as spreadsheets write it (CASELOAD.md): the separator found from the header
//! line (`;`, `,` or tab: the one that splits it into the most known column names),
//! quoted cells with separators, quotes and line breaks (the `csv` crate), every cell
//! kept as text exactly as read, blank lines skipped.

use super::columns::{meaning, Column, Computed, Meaning};
use super::decode::decode;
use super::label::label;
use super::values::{self, Layout, Parsed};
use super::{CellError, FileError, Problem};

/// The separators a spreadsheet writes, in the order a tie is settled.
pub const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];

/// A file read: its columns as written, and its rows in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub separator: u8,
    /// The headers as written (the columns Délais adds on export left out).
    pub headers: Vec<String>,
    pub meanings: Vec<Meaning>,
    pub layout: Layout,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The row's number as the spreadsheet shows it (the header is row 1).
    pub number: usize,
    /// One cell per header, exactly as read.
    pub cells: Vec<String>,
    pub parsed: Result<Parsed, Vec<CellError>>,
}

impl Row {
    /// The counsellor's label for the file (the `file` column), or "".
    pub fn label<'a>(&'a self, table: &Table) -> &'a str {
        table.layout.get(Column::File).and_then(|at| self.cells.get(at)).map_or("", |c| c.trim())
    }
}

impl Table {
    /// The rows whose dates are in a local format, for the one message about them.
    pub fn local_dates(&self) -> Vec<usize> {
        self.rows
            .iter()
            .filter(|row| match &row.parsed {
                Err(errors) => errors.iter().any(|e| matches!(e.problem, Problem::LocalDateFormat(_))),
                Ok(_) => false,
            })
            .map(|row| row.number)
            .collect()
    }

    /// The header of a column, for messages.
    pub fn header(&self, at: usize) -> &str {
        self.headers.get(at).map_or("", String::as_str)
    }
}

/// Reads a file's bytes (any encoding a spreadsheet writes); at most `limit` rows.
pub fn read(bytes: &[u8], limit: Option<usize>) -> Result<Table, FileError> {
    read_text(&decode(bytes)?, limit)
}

/// Reads a CSV text (a file already decoded, or cells pasted from a spreadsheet).
pub fn read_text(text: &str, limit: Option<usize>) -> Result<Table, FileError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Excel's "sep=;" first line names the separator.
    let (forced, text) = match text.split_once('\n') {
        Some((first, rest)) if first.trim_end().len() == 5 && first.starts_with("sep=") => {
            (first.as_bytes().get(4).copied(), rest)
        }
        _ => (None, text),
    };
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let separator = forced.unwrap_or_else(|| detect_separator(text));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());

    let mut records = reader.records().filter_map(Result::ok).filter(|r| r.iter().any(|c| !c.trim().is_empty()));
    let Some(header_record) = records.next() else { return Err(FileError::Empty) };
    let mut headers: Vec<String> = header_record.iter().map(str::to_string).collect();
    let mut meanings: Vec<Meaning> = headers.iter().map(|h| meaning(h)).collect();

    // An export of ours: its last columns are the computed ones, recomputed on reading.
    let computed: Vec<Meaning> = Computed::ALL.iter().map(|c| Meaning::Computed(*c)).collect();
    let input_width = if meanings.ends_with(&computed) { headers.len() - computed.len() } else { headers.len() };
    headers.truncate(input_width);
    meanings.truncate(input_width);
    for m in meanings.iter_mut() {
        if matches!(m, Meaning::Computed(_)) {
            *m = Meaning::Own;
        }
    }

    let mut layout = Layout::default();
    for (at, m) in meanings.iter().enumerate() {
        if let Meaning::Input(column) = m {
            if let Some(first) = layout.get(*column) {
                return Err(FileError::DuplicateMeaning { first: label(&headers[first]), second: label(&headers[at]) });
            }
            layout.at[*column as usize] = Some(at);
        }
    }
    let missing: Vec<Column> =
        [Column::Service, Column::Received].into_iter().filter(|c| layout.get(*c).is_none()).collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing));
    }

    let mut rows = Vec::new();
    let mut count = 0;
    for record in records {
        count += 1;
        if limit.is_some_and(|limit| count > limit) {
            continue;
        }
        // The spreadsheet's row number: records counted from 1 (the header).
        let number = record.position().map_or(count + 1, |p| p.record() as usize + 1);
        let mut cells: Vec<String> = record.iter().map(str::to_string).collect();
        // The computed cells of an export are left out with their headers.
        if input_width < header_record.len() {
            cells.truncate(input_width);
        }
        rows.push(Row { number, cells, parsed: Err(Vec::new()) });
    }
    if let Some(limit) = limit.filter(|limit| count > *limit) {
        return Err(FileError::TooManyRows { rows: count, limit });
    }
    // A row longer than the header keeps its extra cells, under columns with no name.
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(headers.len());
    while headers.len() < width {
        headers.push(String::new());
        meanings.push(Meaning::Own);
    }
    for row in &mut rows {
        row.cells.resize(width, String::new());
        row.parsed = values::parse(&layout, &row.cells);
    }
    Ok(Table { separator, headers, meanings, layout, rows })
}

/// The separator that splits the header line into the most known column names; on a
/// tie, the most cells; `,` when nothing splits it.
fn detect_separator(text: &str) -> u8 {
    let header_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut best = (0, 0, b',');
    for separator in SEPARATORS {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator)
            .has_headers(false)
            .flexible(true)
            .from_reader(header_line.as_bytes());
        let Some(Ok(record)) = reader.records().next() else { continue };
        let known = record.iter().filter(|h| matches!(meaning(h), Meaning::Input(_))).count();
        let score = (known, record.len());
        if score > (best.0, best.1) {
            best = (known, record.len(), separator);
        }
    }
    best.2
}
