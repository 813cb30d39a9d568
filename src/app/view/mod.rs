//! The view: `App`, the one Yew component (the state, its hooks and effects), and plain
//! functions that render each part from a small input and the `ViewContext`; none
//! computes a date. Functions rather than components: each component brings its own
//! copy of Yew's code into the Wasm, for renders it did not save (README, Performance).
//!
//! `form` and `fields` are the questions, `answer/` the answer part by part, `contact`
//! a contact card, `summary_bar` the answer in a few words on a phone, `undo` the way
//! back after « Recommencer »; `time` and `quote` are the two ways the view writes a
//! value: a date for people and machines, and a value the page did not write.

mod answer;
mod app;
mod contact;
mod fields;
mod form;
mod quote;
pub(crate) mod summary_bar;
mod time;
mod undo;

use yew::prelude::*;

use crate::app::state::Action;
use crate::i18n::Lang;

pub use app::{App, AppProps};

/// What every part of the view may need besides what it shows: the language it is
/// written in, and the one `Callback` through which it tells the reducer what the
/// person did (the same for the app's whole life).
#[derive(Clone, PartialEq)]
pub struct ViewContext {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}
