//! The Yew shell. Pure and tested natively: `state` (State, Action, the reducer),
//! `url` (the address codec), `compute` (form → engine). Then the components that
//! show it. The view never computes a date; the engine never sees a DOM type.
//! `src/widget.rs` mounts it as a page, an iframe embed or a widget.

pub mod caseload;
pub mod compute;
pub mod state;
pub mod url;

#[cfg(feature = "app")]
pub(crate) mod browser;
#[cfg(feature = "app")]
mod components;
#[cfg(feature = "app")]
mod hooks;
#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod prerender;

#[cfg(feature = "app")]
pub use browser::browser_lang;
#[cfg(feature = "app")]
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
