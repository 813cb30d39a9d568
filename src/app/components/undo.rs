//! After « Recommencer »: what happened, and a way back (a link may have been the only
//! copy of the answers, and a widget has no Back button).

use yew::prelude::*;

use super::text::para;
use crate::app::state::Action;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

/// The notice and its button. The focus goes to the button when « Recommencer » took
/// the focused button away with the form (see `App`'s click handler).
pub fn undo_notice(lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = ui(lang);
    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            // This notice goes away: put the focus on the first question before it does.
            let button: web_sys::Element = event.target_unchecked_into();
            let root = button.closest(".delais").ok().flatten();
            let first = root.and_then(|r| r.query_selector("#service, #received").ok().flatten());
            if let Some(first) = first.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
                let _ = first.focus();
            }
            dispatch.emit(Action::Undo);
        })
    };
    html! {
        <div class="undo-notice" id="undo">
            { para(t.reset_done) }
            <button type="button" class="button-secondary" onclick={undo}>{ t.undo_button }</button>
        </div>
    }
}
