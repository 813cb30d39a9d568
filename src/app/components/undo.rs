//! After « Recommencer »: what happened, and a way back (a link may have been the only
//! copy of the answers, and a widget has no Back button).

use yew::prelude::*;

use crate::app::state::Action;
use crate::i18n::catalogue::ui;
use crate::i18n::Lang;

#[derive(PartialEq, Properties)]
pub struct UndoNoticeProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn UndoNotice(props: &UndoNoticeProps) -> Html {
    let t = ui(props.lang);
    let button = use_node_ref();
    // The start-over button may be gone with the form: the focus goes to the way back.
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let undo = {
        let dispatch = props.dispatch.clone();
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
            <p>{ t.reset_done }</p>
            <button type="button" class="button-secondary" ref={button} onclick={undo}>{ t.undo_button }</button>
        </div>
    }
}
