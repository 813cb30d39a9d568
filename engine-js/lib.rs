//! The JavaScript API's entry points, wrapped by `static/delais-api.js` (which turns
//! objects into JSON text and back): the same code and the same JSON as the CLI. A crate
//! of its own so the public page's Wasm does not carry it, and this one carries no Yew.

#[cfg(target_arch = "wasm32")]
mod js {
    use delais::api::{self, to_json};
    use delais::engine::Catalogue;
    use wasm_bindgen::prelude::*;

    /// One request (JSON text) → one result or `{"error": …}` (JSON text). Never throws.
    #[wasm_bindgen(js_name = estimateJson)]
    pub fn estimate_json(request: &str) -> String {
        match api::estimate_line(&Catalogue::OFFICIAL, request) {
            Ok(result) | Err(result) => result,
        }
    }

    #[wasm_bindgen(js_name = servicesJson)]
    pub fn services_json() -> String {
        to_json(&api::services_json(&Catalogue::OFFICIAL))
    }

    /// The days off of the years, as a JSON array, or `{"error": …}`.
    #[wasm_bindgen(js_name = holidaysJson)]
    pub fn holidays_json(calendar: &str, from_year: i32, to_year: i32) -> String {
        match api::holidays_json(calendar, from_year, to_year) {
            Ok(days) => to_json(&days),
            Err(error) => to_json(&api::error_json(&error)),
        }
    }
}

// Talc instead of Rust's default dlmalloc, as in web/: smaller and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
