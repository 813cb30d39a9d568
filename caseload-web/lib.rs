//! The Wasm of the caseload page (`dossiers.html` → dist/caseload_bg.wasm): a package
//! of its own, so that the applicant page's Wasm does not carry the caseload's reading,
//! table and exports.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mounts the caseload page on `root`; `lang` from the address (`?lang=en`), else the
/// browser's language.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount_caseload(root: web_sys::Element, lang: &str) {
    let lang = delais::i18n::Lang::from_code(lang).unwrap_or_else(delais::app::browser_lang);
    yew::Renderer::<delais::app::caseload::Caseload>::with_root_and_props(root, delais::app::caseload::CaseloadProps { lang, prerender: false })
        .render();
}

// Talc instead of Rust's default dlmalloc, as in web/lib.rs.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
