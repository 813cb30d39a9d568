//! The answer, in the order a person reads it: the target date, where the request
//! stands, what to do with the answer, why that date, what can be done against a
//! decision, whom to contact, the picture of the request's life, and the notes,
//! warnings and sources. One file per part, each given only what it shows.

mod actions;
mod contacts;
mod headline;
mod notes;
mod recourse;
mod status;
mod timeline;
mod why;

use std::rc::Rc;

use yew::prelude::*;

use super::ViewContext;
use crate::app::state::Flash;
use crate::engine::Estimate;
use crate::i18n::catalogue::ui;

/// What the answer's place shows.
pub struct AnswerInput<'a> {
    /// `None` while the form does not give enough for an estimate.
    pub estimate: Option<&'a Rc<Estimate>>,
    /// What the last copy did, said beside the buttons.
    pub flash: Option<Flash>,
    /// The app's address is its own to share and print (not a widget's host page).
    pub own_page: bool,
    /// The page's first render leaves the answer's place marked and empty; the answer
    /// comes a task later (`Host::Page`).
    pub later: bool,
}

/// The answer's place: what is missing for one, then the answer.
pub fn answer(cx: &ViewContext, input: AnswerInput<'_>) -> Html {
    let lang = cx.lang;
    let t = ui(lang);
    let body = match input.estimate {
        Some(_) if input.later => html! { <div data-pending="" /> },
        None => html! { <p class="waiting">{ t.result_waiting }</p> },
        Some(e) => html! {
            <>
            { headline::headline(e, lang) }
            { status::status(e, lang) }
            { actions::actions(cx, e, input.flash, input.own_page) }
            { why::why_this_date(e, lang) }
            { recourse::recourse(e, lang) }
            { contacts::contacts(e, lang) }
            { timeline::timeline(e, lang) }
            { notes::notes(e, lang) }
            </>
        },
    };
    html! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading" class="visually-hidden">{ t.result_heading }</h2>
            { body }
        </section>
    }
}
