//! The focus and the scroll around the questions, where the DOM must be read after a
//! render: the phone summary bar must not hide the field the person is in, and after
//! « Recommencer » (which takes its own button away with the form) the focus goes to
//! the way back. Yew renders in a microtask queued by the event's dispatch; a task
//! spawned after it sees the page as rendered.

use yew::prelude::*;

use crate::app::browser;
use crate::app::view::summary_bar::{bar_beside, keep_clear};

/// The handlers for the questions' container.
pub struct FocusHandlers {
    pub onfocusin: Callback<FocusEvent>,
    pub oninput: Callback<InputEvent>,
    pub onclick: Callback<MouseEvent>,
}

#[hook]
pub fn use_focus() -> FocusHandlers {
    // Moving to a field behind the bar (Tab, a click on a label).
    let onfocusin = use_callback((), |event: FocusEvent, _| {
        let field: web_sys::Element = event.target_unchecked_into();
        if let Some(bar) = bar_beside(&field) {
            keep_clear(&bar, &field);
        }
    });
    // The bar appearing as the person types.
    let oninput = use_callback((), |event: InputEvent, _| {
        let field: web_sys::Element = event.target_unchecked_into();
        // Only when this keystroke may make the bar appear: reading the layout on every
        // keystroke forced a synchronous layout that cost about 3 ms (make bench).
        if bar_beside(&field).is_some() {
            return;
        }
        yew::platform::spawn_local(async move {
            if let Some(bar) = bar_beside(&field) {
                keep_clear(&bar, &field);
            }
        });
    });
    // The click that makes the undo notice appear: the focus goes to its button. Looked
    // up inside the element the handler is on (Yew's delegation may report an ancestor of
    // the questions), which stays when the clicked button goes.
    let onclick = use_callback((), |event: MouseEvent, _| {
        let Some(inputs) = event.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        let had_undo = browser::within(&inputs, "#undo").is_some();
        yew::platform::spawn_local(async move {
            if let Some(undo) = browser::within(&inputs, "#undo button").filter(|_| !had_undo) {
                let _ = undo.focus();
            }
        });
    });
    FocusHandlers { onfocusin, oninput, onclick }
}
