//! Embedding: the functions the page, the iframe embed and the `<delais-estimateur>`
//! custom element call to mount the app (the element itself is `static/delais-widget.js`).
//! Thin wrappers: all behaviour lives in `app/`.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::app::{browser, App, AppProps, Mode};
use crate::i18n::Lang;

fn props(mode: Mode, lang: &str, service: &str, compact: bool) -> AppProps {
    AppProps {
        mode,
        lang: Lang::from_code(lang),
        service: (!service.is_empty()).then(|| service.to_string()),
        compact,
    }
}

/// The public page, on `root` (`index.html`'s `#app`).
#[wasm_bindgen]
pub fn mount_app(root: web_sys::Element) {
    browser::install_panic_hook();
    yew::Renderer::<App>::with_root_and_props(root, props(Mode::Page, "", "", false)).render();
}

/// The iframe embed (`embed.html?service=…&lang=…`).
#[wasm_bindgen]
pub fn mount_embed(root: web_sys::Element) {
    browser::install_panic_hook();
    yew::Renderer::<App>::with_root_and_props(root, props(Mode::Embed, "", "", true)).render();
}

/// One `<delais-estimateur>`: mounted in its shadow root, updated when an attribute
/// changes, destroyed when the element leaves the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    pub fn update(&mut self, lang: &str, service: &str, compact: bool) {
        if let Some(app) = self.app.as_mut() {
            app.update(props(Mode::Widget, lang, service, compact));
        }
    }

    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

#[wasm_bindgen]
pub fn mount_widget(root: web_sys::Element, lang: &str, service: &str, compact: bool) -> WidgetHandle {
    browser::install_panic_hook();
    let app = yew::Renderer::<App>::with_root_and_props(root, props(Mode::Widget, lang, service, compact)).render();
    WidgetHandle { app: Some(app) }
}
