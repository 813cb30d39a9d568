//! The address holds the whole state (README, "The app's address"): typing replaces
//! the current entry, a choice pushes one, and Back/Forward restore the state an
//! entry describes. The page uses the browser's history; the iframe embed only
//! replaces its entry (a frame's entries are its host page's); a widget never touches
//! its host page's address.
//!
//! The `popstate` listener is a gloo `EventListener`, removed with the app. The entries
//! are written with the browser's `History` itself: gloo's `BrowserHistory` would bring
//! history state serialisation and id generation into the page's Wasm, and the app has
//! no use for either.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::host::AddressUse;
use crate::app::state::HistoryMode;

fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The query the page or the embed starts from: its address's.
pub fn initial_query() -> String {
    location_search()
}

/// Writes `query` into the address as `history_mode` says and `address` allows (a widget
/// writes nothing), and calls `on_restore` with the query of an entry the person went
/// back or forward to.
#[hook]
pub fn use_address(address: AddressUse, query: String, history_mode: HistoryMode, on_restore: Callback<String>) {
    let uses_address = address != AddressUse::None;
    // The embed's history entries are its host page's too (Back on the partner's page
    // would walk through the frame's states): it only ever replaces its own.
    let history_mode = match (address, history_mode) {
        (AddressUse::ReplaceOnly, HistoryMode::Push) => HistoryMode::Replace,
        _ => history_mode,
    };
    use_effect_with((), move |_| {
        let listener = uses_address.then(|| {
            web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| on_restore.emit(location_search()))
            })
        });
        move || drop(listener)
    });
    use_effect_with(query, move |query| {
        let query = query.clone();
        let write = move || write_address(&query, history_mode);
        // Typing replaces the entry in the next task, not in the one that shows the new
        // answer: `history.replaceState` costs about 3 ms in Chromium (make bench's input
        // to answer was mostly that). The next keystroke, or Back, cancels a write not
        // yet done (the cleanup drops the timeout): only the last one happens.
        let pending = match history_mode {
            HistoryMode::Replace if uses_address => Some(Timeout::new(0, write)),
            HistoryMode::Push if uses_address => {
                write();
                None
            }
            _ => None,
        };
        move || drop(pending)
    });
}

fn write_address(query: &str, history_mode: HistoryMode) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    if location.search().ok().as_deref() == Some(query) {
        return;
    }
    let Ok(history) = window.history() else { return };
    // The fragment stays: the embed's holds the partner's declared origin.
    let url = format!("{}{query}{}", location.pathname().unwrap_or_default(), location.hash().unwrap_or_default());
    // A refused write (a sandboxed frame) leaves the address as it was: the app goes on,
    // only a shared link would be out of date.
    let _ = match history_mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        _ => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
