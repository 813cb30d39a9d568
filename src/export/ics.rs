//! The `.ics` calendar file (RFC 5545).

use chrono::{Datelike, NaiveDate};

use crate::engine::milestones::{milestones, MilestoneKind};
use crate::engine::Estimate;
use crate::i18n::catalogue::ui;
use crate::i18n::{iso, Lang};

use super::wording::headline;

/// One all-day event of the calendar file.
struct Event {
    key: &'static str,
    date: NaiveDate,
    title: String,
    /// Days before the event for the reminder.
    remind_days: u32,
}

/// The `.ics` file: the target (and the announced one) and the recourse deadlines
/// when known (mail-by, re-examination, comparative evaluation), as all-day events
/// with a reminder. `stamp` is the creation time in UTC, `YYYYMMDDTHHMMSSZ`, from the shell.
pub fn ics(estimate: &Estimate, lang: Lang, stamp: &str, link: &str) -> String {
    let t = ui(lang);
    let service = estimate.service.name.get(lang);
    let events = milestones(estimate).into_iter().filter_map(|m| {
        // The key is part of each event's UID: a calendar that imports a newer file
        // updates the event instead of adding a second one.
        let (key, title, remind_days) = match m.kind {
            MilestoneKind::Target => ("target", t.ics_target, 1),
            MilestoneKind::AnnouncedTarget => ("announced", t.ics_announced, 1),
            MilestoneKind::MailBy(_) => ("mail-by", t.ics_mail_by, 3),
            MilestoneKind::ReexaminationDeadline => ("deadline", t.ics_deadline, 7),
            MilestoneKind::EvaluationReview => ("evaluation", t.ics_evaluation, 14),
            _ => return None,
        };
        Some(Event { key, date: m.date, title: format!("{title} — {service}"), remind_days })
    });
    let description = format!("{}\n{}\n{link}", headline(estimate, lang), t.disclaimer);
    let mut out = String::new();
    for content in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Delais//Delais 1.0//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        content_line(&mut out, content);
    }
    for event in events {
        let compact = |d: NaiveDate| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
        let next = event.date.succ_opt().unwrap_or(event.date);
        content_line(&mut out, "BEGIN:VEVENT");
        content_line(
            &mut out,
            &format!("UID:{}-{}-{}-{}@delais", event.key, estimate.service.id, iso(estimate.received), compact(event.date)),
        );
        content_line(&mut out, &format!("DTSTAMP:{stamp}"));
        content_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(event.date)));
        content_line(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(next)));
        content_line(&mut out, &format!("SUMMARY:{}", escape_text(&event.title)));
        content_line(&mut out, &format!("DESCRIPTION:{}", escape_text(&description)));
        content_line(&mut out, "TRANSP:TRANSPARENT");
        content_line(&mut out, "BEGIN:VALARM");
        content_line(&mut out, "ACTION:DISPLAY");
        content_line(&mut out, &format!("DESCRIPTION:{}", escape_text(&event.title)));
        content_line(&mut out, &format!("TRIGGER:-P{}D", event.remind_days));
        content_line(&mut out, "END:VALARM");
        content_line(&mut out, "END:VEVENT");
    }
    content_line(&mut out, "END:VCALENDAR");
    out
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.
pub(crate) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: lines end in CRLF and are folded at 75 octets, never inside a
/// UTF-8 character; a continuation line starts with one space.
pub(crate) fn content_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}
