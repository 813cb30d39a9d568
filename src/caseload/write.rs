//! The caseload out: the CSV for the spreadsheet (every input column in its order, every
//! row in the input's order, errors included, then the computed columns headed in the
//! page's language; the input's separator, UTF-8 with a byte-order mark so Excel reads
//! accents right, CRLF), and a calendar with one event per deadline of every file.

use chrono::{Datelike, NaiveDate};

use super::answer::{Answer, DeadlineKind, RowAnswer};
use super::columns::Computed;
use super::read::Table;
use crate::engine::Status;
use crate::export::{content_line, counting_unit_name, escape_text};
use crate::i18n::caseload::caseload_messages;
use crate::i18n::catalogue::ui;
use crate::i18n::{iso, Lang};

/// Where a file stands, in a few words: "12 jours ouvrables restants", "overdue by 5
/// days", "décidée le 2026-03-02".
pub fn status_text(answer: &Answer, lang: Lang) -> String {
    let m = caseload_messages(lang);
    match answer.status {
        Status::NotReceivedYet { .. } => m.not_received_yet.into(),
        Status::Counting { remaining, .. } => (m.counting)(remaining, counting_unit_name(answer.unit, remaining.into(), lang)),
        Status::Paused { remaining, .. } => (m.paused)(remaining, counting_unit_name(answer.unit, remaining.into(), lang)),
        Status::DueToday { .. } => m.due_today.into(),
        Status::Overdue { calendar_days_late, .. } => (m.overdue)(calendar_days_late),
        Status::Decided { on, .. } => (m.decided)(&iso(on)),
    }
}

/// Every problem of a row, in one cell.
pub fn error_text(table: &Table, number: usize, errors: &[super::CellError], lang: Lang) -> String {
    let messages: Vec<String> = errors.iter().map(|e| e.message(number, table.header(e.column), lang)).collect();
    messages.join(caseload_messages(lang).errors_separator)
}

/// A computed cell never starts like a formula (`=`, `+`, `-`, `@`).
fn inert(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

/// The export, as bytes: UTF-8 with a byte-order mark, CRLF.
pub fn write_csv(table: &Table, answers: &[RowAnswer], lang: Lang) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(table.separator)
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .flexible(true)
            .from_writer(&mut out);
        let mut header: Vec<String> = table.headers.clone();
        header.extend(Computed::ALL.iter().map(|c| c.header(lang).to_string()));
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(&header);
        for (row, answer) in table.rows.iter().zip(answers) {
            let date = |d: Option<NaiveDate>| d.map(iso).unwrap_or_default();
            let computed = match answer {
                Ok(a) => [
                    iso(a.target),
                    status_text(a, lang),
                    date(a.reexamination_deadline),
                    date(a.mail_by),
                    String::new(),
                ],
                Err(errors) => [String::new(), String::new(), String::new(), String::new(), error_text(table, row.number, errors, lang)],
            };
            let record = row.cells.iter().cloned().chain(computed.into_iter().map(inert));
            let _ = writer.write_record(record);
        }
        let _ = writer.flush();
    }
    out
}

/// 64-bit FNV-1a: a stable, short fingerprint for UIDs (the label itself is not put in).
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The calendar: one all-day event per deadline of every file, its UID stable for a
/// given file and deadline (importing a newer export updates the events), the file's
/// label in the summary and nothing else of the person's. `stamp`: now, in UTC,
/// `YYYYMMDDTHHMMSSZ`.
pub fn write_ics(table: &Table, answers: &[RowAnswer], lang: Lang, stamp: &str) -> String {
    let t = ui(lang);
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Delais//Delais caseload 1.0//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        content_line(&mut out, line);
    }
    let mut seen: Vec<u64> = Vec::new();
    for (row, answer) in table.rows.iter().zip(answers) {
        let Ok(answer) = answer else { continue };
        let label = row.label(table);
        // The file: its label, else its situation and receipt date; a second file with
        // the same key gets its own.
        let key = if label.is_empty() { format!("{}|{}", answer.service, iso(answer.received)) } else { label.to_string() };
        let base = fingerprint(&key);
        let occurrence = seen.iter().filter(|k| **k == base).count();
        seen.push(base);
        let id = if occurrence == 0 { format!("{base:016x}") } else { format!("{base:016x}-{}", occurrence + 1) };
        let name = if label.is_empty() {
            (caseload_messages(lang).row_label)(row.number)
        } else {
            super::label::label(label)
        };
        for deadline in answer.deadlines() {
            let (title, remind) = match deadline.kind {
                DeadlineKind::Target => (t.ics_target, 1),
                DeadlineKind::MailBy => (t.ics_mail_by, 3),
                DeadlineKind::Reexamination => (t.ics_deadline, 7),
                DeadlineKind::EvaluationReview => (t.ics_evaluation, 14),
            };
            let compact = |d: NaiveDate| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
            let title = format!("{title} — {name}");
            content_line(&mut out, "BEGIN:VEVENT");
            content_line(&mut out, &format!("UID:{}-{id}@delais-caseload", deadline.kind.code()));
            content_line(&mut out, &format!("DTSTAMP:{stamp}"));
            content_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(deadline.date)));
            content_line(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(deadline.date.succ_opt().unwrap_or(deadline.date))));
            content_line(&mut out, &format!("SUMMARY:{}", escape_text(&title)));
            content_line(&mut out, &format!("DESCRIPTION:{}", escape_text(t.disclaimer)));
            content_line(&mut out, "TRANSP:TRANSPARENT");
            content_line(&mut out, "BEGIN:VALARM");
            content_line(&mut out, "ACTION:DISPLAY");
            content_line(&mut out, &format!("DESCRIPTION:{}", escape_text(&title)));
            content_line(&mut out, &format!("TRIGGER:-P{remind}D"));
            content_line(&mut out, "END:VALARM");
            content_line(&mut out, "END:VEVENT");
        }
    }
    content_line(&mut out, "END:VCALENDAR");
    out
}

/// The template to download: the columns in the page's language (`;` in French, as
/// French Excel writes, `,` in English) and one example row.
pub fn template(lang: Lang) -> String {
    use super::columns::Column;
    let separator = if lang == Lang::Fr { ";" } else { "," };
    let headers: Vec<&str> = Column::ALL.iter().map(|c| c.header(lang)).collect();
    // The example's values are the file's vocabulary, like its headers.
    let origin = if lang == Lang::Fr { "québec" } else { "quebec" };
    let example = [caseload_messages(lang).template_example, "caq-etudes", "2026-01-12", "2026-01-20..2026-02-03", "", "", origin, "", ""];
    format!("\u{FEFF}{}\r\n{}\r\n", headers.join(separator), example.join(separator))
}
