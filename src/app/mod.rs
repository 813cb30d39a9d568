//! The Yew shell: `state` (pure: State, Action, URL codec, form → engine) and the
//! components that show it. The view never computes a date; the engine never sees
//! a DOM type.

pub mod state;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;

#[cfg(target_arch = "wasm32")]
pub use components::App;

#[cfg(target_arch = "wasm32")]
impl yew::functional::Reducible for state::State {
    type Action = state::Action;

    fn reduce(self: std::rc::Rc<Self>, action: state::Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}

/// Mounts the app on `#app` when the page has one (a partner page may load the same
/// Wasm for its widgets only).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    browser::install_panic_hook();
    let root = browser::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}
