//! The plain-text summary to paste in an e-mail or a case note.

use crate::engine::milestones::{find, milestones, MilestoneKind};
use crate::engine::recourse::{EVALUATION_REVIEW_DAYS, REEXAMINATION_DAYS};
use crate::engine::{Catalogue, Estimate, Warning};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, format_date_long, Lang};

use super::explain::explain;
use super::wording::{colon, headline, status_text, unit_name};

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
