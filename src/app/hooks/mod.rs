//! The app's effects on the world outside it, as hooks: the address (history), the
//! document's language and title, and a widget's attributes. `App` calls them; it has no effect of its own.

mod use_address;
mod use_document;
mod use_widget;

pub use use_address::{initial_query, use_address};
pub use use_document::use_document;
pub use use_widget::use_widget;
