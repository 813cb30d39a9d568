//! Small, props-driven components. Each takes the state it shows and a
//! `Callback<Action>`; none computes a date.

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
