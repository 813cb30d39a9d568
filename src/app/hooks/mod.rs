//! The app's effects on the world outside it, as hooks: the address (history), the
//! document's language and title, a widget's attributes, and the focus and scroll
//! around the questions. `App` calls them; it has no effect of its own.

mod use_address;
mod use_document;
mod use_focus;
mod use_widget;

pub use use_address::{initial_query, use_address};
pub use use_document::use_document;
pub use use_focus::use_focus;
pub use use_widget::use_widget;
