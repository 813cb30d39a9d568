//! The JSON interface shared by the CLI (`delais estimate`) and the JavaScript API:
//! one request object in, one result object (or `{"error": …}`) out. README.md
//! documents the fields; the types of `request`, `estimate` and `catalogue` are that
//! document in Rust, with serde.
//!
//! A bilingual text is two fields, `name_fr` and `name_en`, so a script reads one
//! language without knowing the other.

mod catalogue;
mod estimate;
mod request;

use serde::Serialize;

use crate::engine::{self, Catalogue};

pub use catalogue::{
    holidays_json, services_json, ContactJson, DeclarationJson, HolidayJson, IsoDate, OnlineFormJson, PhoneJson, ServiceJson,
    ServicesJson, SourceJson, StandardJson, TextJson,
};
pub use estimate::{
    estimate_json, AnnouncedJson, AppliedStandardJson, DecisionJson, EstimateJson, NoteJson, PublishedResultJson, RecourseJson,
    SkippedJson, StatusJson, StopJson, WarningJson,
};
pub use request::{error_json, parse_request, request_from_value, ErrorBody, ErrorJson, RequestJson, MAX_REQUEST_BYTES};

/// Answers one request line: the result's JSON text, or the error's.
pub fn estimate_line(catalogue: &Catalogue, line: &str) -> Result<String, String> {
    let request = parse_request(line).map_err(|e| to_json(&error_json(&e)))?;
    let result = engine::estimate(catalogue, &request).map_err(|e| to_json(&error_json(&e)))?;
    Ok(to_json(&estimate_json(&result)))
}

/// Any of the interface's answers as JSON text.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Cannot fail: every type here has string keys and infallible fields.
    serde_json::to_string(value).unwrap_or_default()
}
