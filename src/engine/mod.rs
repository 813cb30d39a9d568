//! The engine: pure Rust, no web crate. It reads like docs/rules.md, section by section:
//! `rules` (§1, §4, §4b, §5 as data), `request` (what a person tells us, parsed and
//! checked), `estimate` (§2: the walk and the status), `holidays` and `calendar` (§3),
//! `recourse` (§4), `milestones` (an estimate's dated events, listed once for every
//! view and export), `warnings` (what to know to read the answer honestly), and
//! `errors` for every way input can be wrong; `sort` is the one sort the engine and the
//! app use (lighter in the Wasm than the standard library's).

pub mod calendar;
pub mod errors;
pub mod estimate;
pub mod holidays;
pub mod milestones;
pub mod recourse;
pub mod request;
pub mod rules;
pub mod sort;
pub mod warnings;

pub use calendar::{within_horizon, within_horizon_year, Calendar, CalendarId, DayKind, FIRST_YEAR, LAST_YEAR};
pub use errors::{Field, InputError};
pub use estimate::{
    add_months, estimate, merge_clock_stops, skipped_ranges, AnnouncedTarget, Estimate, SkipReason, Skipped, SkippedRange, Status,
};
pub use request::{errors, parse_date, validate, ClockStop, Decision, Ground, MailingOrigin, Outcome, Request};
pub use warnings::Warning;
pub use milestones::{milestones, Milestone, MilestoneKind};
pub use holidays::{easter_sunday, DayOff, Holiday, YearDaysOff};
pub use recourse::{EligibilityReason, Recourse, Reexamination};
pub use rules::{Catalogue, Service, Standard, Unit};
