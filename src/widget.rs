//! Embedding: the functions the page, the iframe embed and the `<delais-estimateur>`
//! custom element call to mount the app (the element itself is `static/delais-widget.js`).
//! Thin wrappers: all behaviour lives in `app/`.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::app::{App, AppProps, Host, KeptQuery, PageMount, WidgetMount};
use crate::i18n::Lang;

fn page(chosen: &str, answer_later: bool) -> AppProps {
    AppProps { host: Host::Page(PageMount { chosen_early: chosen.to_string(), answer_later }) }
}

fn widget(lang: &str, service: &str, compact: bool, restore: &str, keep: &KeptQuery) -> AppProps {
    AppProps {
        host: Host::Widget(WidgetMount {
            lang: Lang::from_code(lang),
            service: (!service.is_empty()).then(|| service.to_string()),
            compact,
            restore: restore.to_string(),
            keep: keep.clone(),
        }),
    }
}

/// The public page, on `root`. `chosen`: the situation picked in the prerendered first
/// view before the Wasm arrived ("" if none; static/main.js reads it and swaps the view
/// for the app once its first render is in `root`). `answers`: the address holds more
/// than a language (index.html's script marks the page `delais-restore`).
#[wasm_bindgen]
pub fn mount_app(root: web_sys::Element, chosen: &str, answers: bool) {
    if !answers {
        yew::Renderer::<App>::with_root_and_props(root, page(chosen, false)).render();
        return;
    }
    // An address with answers: the first render in two tasks, the page and its form, then
    // the answer (`PageMount::answer_later`). Each stays under 50 ms where the one task took
    // about 65 ms: V8 compiles each Wasm function on its first call (make bench).
    let mut app = yew::Renderer::<App>::with_root_and_props(root, page(chosen, true)).render();
    let props = page(chosen, false);
    gloo::timers::callback::Timeout::new(0, move || app.update(props)).forget();
}

/// The iframe embed (`embed.html?service=…&lang=…`).
#[wasm_bindgen]
pub fn mount_embed(root: web_sys::Element) {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { host: Host::Embed }).render();
}

/// One `<delais-estimateur>`: mounted in its shadow root, updated when an attribute
/// changes, destroyed when the element leaves the page (after handing over its answers'
/// query, which the element keeps in memory and gives back if it returns).
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    kept: KeptQuery,
}

#[wasm_bindgen]
impl WidgetHandle {
    pub fn update(&mut self, lang: &str, service: &str, compact: bool) {
        if let Some(app) = self.app.as_mut() {
            // The restored answers only matter at mount: the state holds them since.
            app.update(widget(lang, service, compact, "", &self.kept));
        }
    }

    /// The widget's answers as a query (`?lang=…&service=…`), to mount it again with them.
    pub fn query(&self) -> String {
        self.kept.0.borrow().clone()
    }

    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// `query`: the answers a previous mount handed over (`WidgetHandle::query`), or "".
#[wasm_bindgen]
pub fn mount_widget(root: web_sys::Element, lang: &str, service: &str, compact: bool, query: &str) -> WidgetHandle {
    let kept = KeptQuery::default();
    let app = yew::Renderer::<App>::with_root_and_props(root, widget(lang, service, compact, query, &kept)).render();
    WidgetHandle { app: Some(app), kept }
}
