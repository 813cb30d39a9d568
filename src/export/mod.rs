//! What a counsellor takes away: the skipped days grouped for reading, a plain-text
//! summary to paste, and an `.ics` calendar (RFC 5545). Pure Rust; the shell only
//! copies or downloads the text.

mod explain;
mod ics;
mod summary;
mod wording;

pub use explain::{explain, Explanation};
pub use ics::ics;
// The caseload writes its own calendar file with the same RFC 5545 text rules.
pub(crate) use ics::{content_line, escape_text};
pub use summary::summary;
pub use wording::{colon, counting_unit_name, headline, status_text, unit_name};
