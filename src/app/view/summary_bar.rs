//! The answer in a few words, kept in view on a narrow screen while the person types
//! (the full answer comes after the whole form there): the target date, the days left
//! or past it, the re-examination deadline, and a link to the full answer. CSS shows
//! it only when the app is one column; the same words feed the polite live region.

use yew::prelude::*;

use crate::app::browser;
use crate::engine::milestones::find;
use crate::engine::{milestones, Estimate, MilestoneKind, Status, Warning};
use crate::i18n::catalogue::ui;
use crate::i18n::{format_date, iso, Lang};

/// The summary's lines: the target date first (said to be the standard's only, when the
/// program was closed), then what applies today.
pub fn summary_lines(e: &Estimate, lang: Lang) -> Vec<String> {
    let t = ui(lang);
    let list = milestones(e);
    // Every estimate has a target: the fallback is the same date.
    let target = find(&list, |kind| kind == MilestoneKind::Target).map_or(e.target, |m| m.date);
    let mut lines = vec![(t.bar_target)(&format_date(target, lang))];
    // The date is only the standard's when the program was closed on the day of receipt.
    if e.warnings.iter().any(|w| matches!(w, Warning::ProgramClosed { .. })) {
        lines.push(t.closed_title.to_string());
    }
    let days_to_target = e.today.map(|today| (target - today).num_days());
    match (e.status, days_to_target) {
        (Some(Status::Counting { .. }), Some(days)) => lines.push((t.bar_days_left)(days)),
        (Some(Status::Paused { .. }), _) => lines.push(t.bar_paused.to_string()),
        (Some(Status::DueToday { .. }), _) => lines.push(t.bar_due_today.to_string()),
        (Some(Status::Overdue { calendar_days_late, .. }), _) => lines.push((t.bar_overdue)(calendar_days_late)),
        _ => {}
    }
    if let Some(deadline) = find(&list, |kind| kind == MilestoneKind::ReexaminationDeadline) {
        lines.push((t.bar_reexam)(&format_date(deadline.date, lang)));
    }
    lines
}

/// The bar itself (a plain function: it changes with every answer anyway).
pub fn summary_bar(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let lines = summary_lines(e, lang);
    // A fragment link does not reach into a widget's shadow root: scroll to and focus
    // the answer in this app's own root.
    let to_result = Callback::from(|event: MouseEvent| {
        if let Some(result) = browser::in_app_from(&event, "#result") {
            event.prevent_default();
            result.scroll_into_view();
            let _ = result.focus();
        }
    });
    html! {
        <section class="summary-bar" aria-label={t.bar_label}>
            <strong class="bar-target"><time datetime={iso(e.target)}>{ lines.first().cloned().unwrap_or_default() }</time></strong>
            { for lines.iter().skip(1).map(|line| html! { <span class="bar-line">{ line.clone() }</span> }) }
            <a class="bar-link" href="#result" onclick={to_result}>{ t.bar_link }</a>
        </section>
    }
}

/// The summary bar shown beside `field`'s form (in the same `.inputs`), if there is one.
pub fn bar_beside(field: &web_sys::Element) -> Option<web_sys::Element> {
    field.closest(".inputs").ok().flatten()?.query_selector(".summary-bar").ok().flatten()
}

/// When the bar covers the field that has the focus (it appears, or the person moves to a
/// field behind it), scroll the page just enough to show the field above it.
pub fn keep_clear(bar: &web_sys::Element, field: &web_sys::Element) {
    if bar.contains(Some(field)) {
        return;
    }
    let (bar_box, field_box) = (bar.get_bounding_client_rect(), field.get_bounding_client_rect());
    let hidden = field_box.bottom() - bar_box.top();
    if hidden > 0.0 && field_box.top() < bar_box.bottom() && bar_box.height() > 0.0 {
        if let Some(window) = web_sys::window() {
            window.scroll_by_with_x_and_y(0.0, hidden + 12.0);
        }
    }
}
