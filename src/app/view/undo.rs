//! After « Recommencer »: what happened, and a way back (a link may have been the only
//! copy of the answers, and a widget has no Back button).

use yew::prelude::*;

use super::ViewContext;
use crate::app::browser;
use crate::app::state::Action;
use crate::i18n::catalogue::ui;

/// The notice and its button. The focus goes to the button when « Recommencer » took
/// the focused button away with the form (`hooks::use_focus`).
pub fn undo_notice(cx: &ViewContext) -> Html {
    let t = ui(cx.lang);
    let undo = {
        let dispatch = cx.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            // This notice goes away: put the focus on the first question before it does.
            if let Some(first) = browser::in_app_from(&event, "#service, #received") {
                let _ = first.focus();
            }
            dispatch.emit(Action::Undo);
        })
    };
    html! {
        <div class="undo-notice" id="undo">
            <p>{ t.reset_done }</p>
            <button type="button" class="button-secondary" onclick={undo}>{ t.undo_button }</button>
        </div>
    }
}
