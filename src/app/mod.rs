//! The Yew shell: `state` (pure: State, Action, URL codec, form → engine) and the
//! components that show it. The view never computes a date; the engine never sees
//! a DOM type. `src/widget.rs` mounts it as a page, an iframe embed or a widget.

pub mod state;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub(crate) mod browser;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod components;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use components::{App, AppProps, KeptQuery};

/// Where the app runs, which decides what it may touch outside itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The public page: the address bar holds the state; the page's title and
    /// language follow the app.
    #[default]
    Page,
    /// `embed.html` in a partner's iframe: the frame's own address holds the state;
    /// compact, no masthead.
    Embed,
    /// `<delais-estimateur>` in a partner's page: never touches the host's address,
    /// title or language; its attributes choose the language and the situation.
    Widget,
}

#[cfg(all(target_arch = "wasm32", feature = "app"))]
impl yew::functional::Reducible for state::State {
    type Action = state::Action;

    fn reduce(self: std::rc::Rc<Self>, action: state::Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(self.apply(action))
    }
}
