//! What a counsellor takes away: the skipped days grouped for reading, a plain-text
//! summary to paste, and an `.ics` calendar (RFC 5545). Pure Rust; the shell only
//! copies or downloads the text.

use chrono::{Datelike, NaiveDate};

use crate::engine::recourse::{EVALUATION_REVIEW_DAYS, REEXAMINATION_DAYS};
use crate::engine::milestones::{find, milestones, MilestoneKind};
use crate::engine::{Catalogue, ClockStop, DayOff, Estimate, SkipReason, Status, Unit, Warning};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, format_date_long, iso, Lang};

/// The skipped days, grouped the way a person checks them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    pub weekend_days: usize,
    pub holidays: Vec<DayOff>,
    /// Each merged clock stop with the number of days it skipped before the target.
    pub stops: Vec<(ClockStop, usize)>,
    pub total: usize,
}

pub fn explain(estimate: &Estimate) -> Explanation {
    let mut explanation = Explanation { total: estimate.skipped.len(), ..Explanation::default() };
    explanation.stops = estimate.clock_stops.iter().map(|s| (*s, 0)).collect();
    for range in estimate.skipped_ranges() {
        match range.reason {
            SkipReason::Weekend => explanation.weekend_days += range.days(),
            SkipReason::Holiday(off) => explanation.holidays.push(off),
            SkipReason::ClockStop(i) => {
                if let Some(stop) = explanation.stops.get_mut(i) {
                    stop.1 += range.days();
                }
            }
        }
    }
    explanation.stops.retain(|(_, days)| *days > 0);
    explanation
}

/// The unit's name for an amount ("20 jours ouvrables", "6 mois").
pub fn unit_name(unit: Unit, amount: i64, lang: Lang) -> &'static str {
    let t = ui(lang);
    let (one, many) = match unit {
        Unit::BusinessDays => t.unit_business_days,
        Unit::Months => t.unit_months,
        Unit::Minutes => ("minute", "minutes"),
    };
    crate::i18n::plural(lang, amount, one, many)
}

/// The unit in which a status counts (months are counted in calendar days).
pub fn counting_unit_name(unit: Unit, amount: i64, lang: Lang) -> &'static str {
    let t = ui(lang);
    let (one, many) = match unit {
        Unit::BusinessDays => t.unit_business_days,
        _ => t.unit_calendar_days,
    };
    crate::i18n::plural(lang, amount, one, many)
}

/// ": " in English, " : " (non-breaking) in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

/// The headline, a target the ministry aims for (docs/rules.md §4c): "Le Ministère
/// vise à rendre sa décision d'ici le lundi 26 janvier 2026".
pub fn headline(estimate: &Estimate, lang: Lang) -> String {
    format!("{} {}", estimate.service.due_by.get(lang), format_date_long(estimate.target, lang))
}

/// The status sentence(s) as of "today".
pub fn status_text(estimate: &Estimate, status: Status, lang: Lang) -> Vec<String> {
    let t = ui(lang);
    let unit = estimate.unit();
    match status {
        Status::NotReceivedYet { days_until } => vec![(t.status_not_received)(days_until)],
        Status::Counting { elapsed, remaining } => vec![(t.status_counting)(elapsed, remaining, unit == Unit::BusinessDays)],
        Status::Paused { stop, .. } => {
            vec![(t.status_paused)(&format_date(stop.from, lang), &format_date(stop.to, lang))]
        }
        Status::DueToday { .. } => vec![t.status_due_today.to_string()],
        Status::Overdue { calendar_days_late, business_days_late } => {
            let mut lines = vec![(t.status_overdue)(calendar_days_late, business_days_late), t.status_overdue_next.into()];
            for standard in &estimate.follow_up {
                let name = crate::engine::Catalogue::OFFICIAL
                    .service(standard.service)
                    .map_or(standard.service, |s| s.name.get(lang));
                lines.push((t.status_follow_up)(name, standard.amount, standard.share_percent));
            }
            lines
        }
        Status::Decided { on, days_after_target } if days_after_target <= 0 => {
            vec![(t.status_decided_on_time)(&format_date(on, lang))]
        }
        Status::Decided { on, days_after_target } => vec![(t.status_decided_late)(&format_date(on, lang), days_after_target)],
    }
}

/// A plain-text summary to paste in an e-mail or a case note.
pub fn summary(estimate: &Estimate, lang: Lang, link: &str) -> String {
    let t = ui(lang);
    let standard = estimate.applied.standard;
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(t.summary_title);
    line(estimate.service.name.get(lang));
    line("");
    for warning in estimate.warnings.iter().filter(|w| matches!(w, Warning::ProgramClosed { .. })) {
        line(&warning.message(lang));
    }
    line(&headline(estimate, lang));
    line(&(t.standard_line)(standard.amount, unit_name(standard.unit, i64::from(standard.amount), lang), standard.share_percent));
    line(&(t.share)(standard.share_percent));
    if let Some(announced) = estimate.announced {
        line(&format!("{}{}{}", t.announced_heading, colon(lang), format_date_long(announced.target, lang)));
    }
    if let Some(status) = estimate.status {
        for text in status_text(estimate, status, lang) {
            line(&text);
        }
    }
    let explanation = explain(estimate);
    if explanation.total > 0 {
        line("");
        line(&format!("{} ({}){}", t.summary_skipped, explanation.total, colon(lang).trim_end()));
        if explanation.weekend_days > 0 {
            line(&format!("- {}", (t.why_weekends)(explanation.weekend_days)));
        }
        for off in &explanation.holidays {
            line(&format!("- {}{}{}", format_date(off.date, lang), colon(lang), off.name().get(lang)));
        }
        for (stop, days) in &explanation.stops {
            line(&format!("- {}", (t.why_stop)(&format_date(stop.from, lang), &format_date(stop.to, lang), *days)));
        }
    }
    let list = milestones(estimate);
    if let Some(deadline) = find(&list, |kind| kind == MilestoneKind::ReexaminationDeadline) {
        line("");
        line(&format!("{}{}", t.reexam_heading, colon(lang).trim_end()));
        line(&(t.reexam_deadline)(&format_date_long(deadline.date, lang), REEXAMINATION_DAYS));
        for milestone in &list {
            if let MilestoneKind::MailBy(origin) = milestone.kind {
                line(&(t.reexam_mail_by)(&format_date_long(milestone.date, lang), origin.name().get(lang)));
            }
        }
    }
    if let Some(review) = find(&list, |kind| kind == MilestoneKind::EvaluationReview) {
        line("");
        line(&format!("{}{}{}", t.evaluation_heading, colon(lang), (t.evaluation_deadline)(&format_date_long(review.date, lang), EVALUATION_REVIEW_DAYS)));
    }
    line("");
    let declaration = estimate.applied.declaration;
    line(&format!(
        "{}{}{}",
        t.sources_heading,
        colon(lang),
        (t.source_standard)(declaration.title.get(lang), declaration.edition.get(lang), standard.section.get(lang))
    ));
    line(&(t.rules_checked)(&format_date(Catalogue::OFFICIAL.checked_on, lang)));
    line(t.disclaimer);
    if !link.is_empty() {
        line(&format!("{}{}{link}", t.summary_link, colon(lang)));
    }
    out
}

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
