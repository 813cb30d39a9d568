//! What a counsellor does with the answer: copy it, share the link, add its dates to a
//! calendar, print it; and what the last copy did.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Flash};
use crate::app::view::ViewContext;
use crate::engine::Estimate;
use crate::export;
use crate::i18n::catalogue::ui;

/// Copy, share, add to a calendar, print; and what the last copy did (`flash`).
/// `own_page`: the app's address is its own (not a widget's host page), so it can be
/// shared and printed.
pub fn actions(cx: &ViewContext, estimate: &Rc<Estimate>, flash: Option<Flash>, own_page: bool) -> Html {
    let (lang, dispatch) = (cx.lang, &cx.dispatch);
    let t = ui(lang);
    let link = move || if own_page { browser::location_href() } else { String::new() };
    // Copies, then says what happened (in the live region and beside the buttons).
    let copy_then_say = |dispatch: Callback<Action>, text: String, done: Flash| {
        yew::platform::spawn_local(async move {
            let flash = match browser::copy_text(text).await {
                browser::Copy::Copied => done,
                browser::Copy::Failed => Flash::CopyFailed,
                browser::Copy::Unavailable => Flash::CopyUnavailable,
            };
            dispatch.emit(Action::Flash(Some(flash)));
        });
    };
    let copy = {
        let (estimate, dispatch) = (estimate.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            copy_then_say(dispatch.clone(), export::summary(&estimate, lang, &link()), Flash::Copied)
        })
    };
    let share = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| copy_then_say(dispatch.clone(), browser::location_href(), Flash::LinkCopied))
    };
    let calendar = {
        let estimate = estimate.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::ics(&estimate, lang, &browser::utc_stamp(), &link());
            browser::download(&format!("delais-{}.ics", estimate.service.id), "text/calendar", &text);
        })
    };
    let flash = flash.map(|f| f.message(lang));
    html! {
        <section class="actions" aria-labelledby="actions-heading">
            <h3 id="actions-heading" class="visually-hidden">{ t.actions_heading }</h3>
            <div class="button-row">
                <button type="button" class="button" onclick={copy}>{ t.action_copy }</button>
                if own_page {
                    <button type="button" class="button" onclick={share}>{ t.action_share }</button>
                }
                <button type="button" class="button" onclick={calendar}>{ t.action_calendar }</button>
                if own_page {
                    <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.action_print }</button>
                }
            </div>
            if let Some(message) = flash {
                <p class="flash">{ message }</p>
            }
        </section>
    }
}
