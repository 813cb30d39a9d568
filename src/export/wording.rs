//! The words shared by the page, the summary and the calendar file: the headline, the
//! status sentences, the units and the colon of each language.

use crate::engine::{Estimate, Status, Unit};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, format_date_long, Lang};

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
