//! The answer's first lines: the situation, a closed program's warning, the target date
//! the ministry aims for, its share of requests, and the published results.

use yew::prelude::*;

use crate::app::view::time::long_date;
use crate::engine::{Catalogue, Estimate, Warning};
use crate::export::unit_name;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

pub fn headline(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let standard = e.applied.standard;
    html! {
        <div class="headline">
            <p class="service-name">{ e.service.name.get(lang) }</p>
            { program_closed(e, lang) }
            <p class="target-label">{ t.target_label }</p>
            <p class="target" id="target">
                { e.service.due_by.get(lang) }{" "}{ long_date(e.target, lang) }
            </p>
            <p class="share">{ (t.share)(standard.share_percent) }</p>
            <p class="standard">{ (t.standard_line)(standard.amount, unit_name(standard.unit, i64::from(standard.amount), lang), standard.share_percent) }</p>
            if let Some(footnote) = standard.footnote {
                <p class="footnote">{ footnote.get(lang) }</p>
            }
            if let Some(announced) = e.announced {
                <div class="announced">
                    <p class="announced-title">{ t.announced_heading }</p>
                    <p class="announced-date" id="announced-target">{ long_date(announced.target, lang) }</p>
                    <p>{ announced.delay.text.get(lang) }</p>
                </div>
            }
            if !e.results.is_empty() {
                <div class="published">
                    <p class="published-title">{ t.published_heading }</p>
                    <ul>
                        { for e.results.iter().map(|r| html! {
                            <li>{ r.text.get(lang) }{" "}<span class="source-inline">{ format!("({}, {})", r.source.document.get(lang), r.source.date) }</span></li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}

/// Before the target: the program no longer received applications on the day this one
/// was received, so the date is only what the standard would give (docs/rules.md §5).
fn program_closed(e: &Estimate, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(warning) = e.warnings.iter().find(|w| matches!(w, Warning::ProgramClosed { .. })) else {
        return html! {};
    };
    let source = Catalogue::OFFICIAL.closure_for(e.service.id).map(|c| c.source);
    html! {
        <div class="program-closed" id="program-closed">
            <p class="program-closed-title">{ t.closed_title }</p>
            <p>
                { warning.message(lang) }
                if let Some(source) = source {
                    {" "}<span class="source-inline">{ format!("({}, {})", source.document.get(lang), source.date) }</span>
                }
            </p>
        </div>
    }
}
