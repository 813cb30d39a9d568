//! The view: `App`, the one Yew component (the state, its hooks and effects), and small
//! functions that render each part from what it shows and a `Callback<Action>`; none
//! computes a date. Functions rather than components: each component brings its own
//! copy of Yew's code into the Wasm, for renders it did not save (README, Performance).

mod app;
mod contact;
mod fields;
mod form;
mod result;
mod summary_bar;
mod text;
mod timeline;
mod undo;

pub use app::{App, AppProps, KeptQuery};
