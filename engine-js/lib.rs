//! The JavaScript API's entry points, wrapped by `static/delais-api.js` (which turns
//! objects into JSON text and back): the same code and the same JSON as the CLI. A crate
//! of its own so the public page's Wasm does not carry it, and this one carries no Yew.

#[cfg(target_arch = "wasm32")]
mod js {
    use delais::api;
    use delais::engine::Catalogue;
    use delais::json::Value;
    use wasm_bindgen::prelude::*;

    /// One request (JSON text) → one result or `{"error": …}` (JSON text). Never throws.
    #[wasm_bindgen(js_name = estimateJson)]
    pub fn estimate_json(request: &str) -> String {
        match api::estimate_line(&Catalogue::OFFICIAL, request) {
            Ok(result) | Err(result) => result.to_json(),
        }
    }

    #[wasm_bindgen(js_name = servicesJson)]
    pub fn services_json() -> String {
        api::services_json(&Catalogue::OFFICIAL).to_json()
    }

    /// The days off of the years, as a JSON array, or `{"error": …}`.
    #[wasm_bindgen(js_name = holidaysJson)]
    pub fn holidays_json(calendar: &str, from_year: i32, to_year: i32) -> String {
        match api::holidays_json(calendar, from_year, to_year) {
            Ok(days) => Value::Array(days).to_json(),
            Err(error) => api::error_json(&error).to_json(),
        }
    }
}
