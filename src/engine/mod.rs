//! The engine: pure Rust, no web crate. It reads like docs/rules.md, section by section:
//! `rules` (§1, §4, §5 as data), `estimate` (§2 counting), `holidays` and `calendar`
//! (§3), `recourse` (§4), and `errors` for every way input can be wrong.

pub mod calendar;
pub mod errors;
pub mod estimate;
pub mod holidays;
pub mod recourse;
pub mod rules;

pub use calendar::{within_horizon, within_horizon_year, Calendar, CalendarId, DayKind, FIRST_YEAR, LAST_YEAR};
pub use errors::{Field, InputError};
pub use estimate::{
    errors, estimate, merge_clock_stops, parse_date, validate, AnnouncedTarget, ClockStop, Decision, Estimate,
    Ground, MailingOrigin, Outcome, Request, SkipReason, Skipped, Status, Warning,
};
pub use holidays::{easter_sunday, DayOff, Holiday, YearDaysOff};
pub use recourse::{EligibilityReason, Recourse, Reexamination};
pub use rules::{Catalogue, Service, Standard, Unit};
