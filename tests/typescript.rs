#![cfg(not(target_arch = "wasm32"))]
//! `static/delais-api.d.ts`, the JavaScript API's TypeScript definitions, is generated
//! from the JSON interface's Rust types (`src/api.rs`, ts-rs), so it cannot drift from
//! what the engine writes. This test fails when the committed file differs from the
//! types; `DELAIS_BLESS=1 cargo test --test typescript` rewrites it. `make test` then
//! type-checks a usage example against it with `tsc` (tests/typescript/).

use delais::api::*;
use delais::engine::Catalogue;
use ts_rs::{Config, TS};

const HEADER: &str = "\
// Types for delais-api.js: the JSON interface of README.md, \"The JSON interface\".
// GENERATED from the Rust types of src/api.rs by tests/typescript.rs: do not edit.
// `DELAIS_BLESS=1 cargo test --test typescript` rewrites it.
";

const FUNCTIONS: &str = "\
/** Loads the engine's Wasm (done by the other functions on first use). */
export function load(): Promise<unknown>;
/** One request → its estimate, or `{ error }`. Never rejects for bad input. */
export function estimate(request: EstimateRequest): Promise<EstimateResult | EstimateError>;
/** The rules catalogue: the day its rules were checked, services, Déclarations and contacts. */
export function services(): Promise<Catalogue>;
/** Every day off (weekends excluded) of the years, or `{ error }`. */
export function holidays(
  calendar?: 'qc-public-service' | 'qc-statutory',
  fromYear?: number,
  toYear?: number,
): Promise<Holiday[] | EstimateError>;
";

fn decl<T: TS + 'static>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| format!("{}\n", d.trim_end())).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::new().with_large_int("number");
    let ids: Vec<String> = Catalogue::OFFICIAL.services.iter().map(|s| format!("'{}'", s.id)).collect();
    let mut out = String::from(HEADER);
    out.push_str(&format!("\n/** A situation's stable id (as in URLs). */\nexport type ServiceId = {};\n\n", ids.join(" | ")));
    for decl in [
        decl::<RequestJson>(&cfg),
        decl::<IsoDate>(&cfg),
        decl::<ErrorJson>(&cfg),
        decl::<ErrorBody>(&cfg),
        decl::<SourceJson>(&cfg),
        decl::<StandardJson>(&cfg),
        decl::<AppliedStandardJson>(&cfg),
        decl::<PhoneJson>(&cfg),
        decl::<TextJson>(&cfg),
        decl::<OnlineFormJson>(&cfg),
        decl::<ContactJson>(&cfg),
        decl::<SkippedJson>(&cfg),
        decl::<StopJson>(&cfg),
        decl::<AnnouncedJson>(&cfg),
        decl::<StatusJson>(&cfg),
        decl::<DecisionJson>(&cfg),
        decl::<RecourseJson>(&cfg),
        decl::<NoteJson>(&cfg),
        decl::<PublishedResultJson>(&cfg),
        decl::<WarningJson>(&cfg),
        decl::<EstimateJson>(&cfg),
        decl::<ServiceJson>(&cfg),
        decl::<DeclarationJson>(&cfg),
        decl::<ServicesJson>(&cfg),
        decl::<HolidayJson>(&cfg),
    ] {
        out.push_str(&decl);
        out.push('\n');
    }
    out.push_str("export type EstimateResult = EstimateJson;\nexport type EstimateError = ErrorJson;\n");
    out.push_str("export type Catalogue = ServicesJson;\nexport type Holiday = HolidayJson;\n\n");
    out.push_str(FUNCTIONS);
    out
}

#[test]
fn the_typescript_definitions_are_generated_from_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/delais-api.d.ts");
    let fresh = generated();
    if std::env::var_os("DELAIS_BLESS").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(committed == fresh, "static/delais-api.d.ts is out of date: run DELAIS_BLESS=1 cargo test --test typescript");
}
