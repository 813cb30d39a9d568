//! The Yew shell. Pure and tested natively: `form` (the answers as typed), `state`
//! (State, Action, the reducer), `url` (the address codec), `compute` (form → engine). Then `view/`, which shows
//! it, its `hooks/`, and `host` (where it is mounted). The view never computes a date;
//! the engine never sees a DOM type. `src/widget.rs` mounts it as a page, an iframe
//! embed or a widget.

pub mod caseload;
pub mod compute;
pub mod form;
pub mod state;
pub mod url;

#[cfg(feature = "app")]
pub(crate) mod browser;
#[cfg(feature = "app")]
mod hooks;
#[cfg(feature = "app")]
pub mod host;
#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod prerender;
#[cfg(feature = "app")]
mod view;

#[cfg(feature = "app")]
pub use browser::browser_lang;
#[cfg(feature = "app")]
pub use host::{Host, KeptQuery, PageMount, WidgetMount};
#[cfg(feature = "app")]
pub use view::{App, AppProps};
