//! The caseload page (`dossiers.html`): `state` (pure: the table in memory, its sort,
//! filter and page, the reducer) and `view` (Yew), mounted by the `caseload-web/`
//! package so that the applicant page's Wasm does not carry it.

pub mod state;
#[cfg(feature = "app")]
mod view;

#[cfg(feature = "app")]
pub use view::{Caseload, CaseloadProps};

/// Mounts the caseload page on `root` (caseload-web's `mount_caseload`, and the component
/// tests, tests/caseload_web.rs): `lang` from the address (`?lang=en`), else the
/// browser's language.
#[cfg(feature = "app")]
pub fn mount(root: web_sys::Element, lang: &str) {
    let lang = crate::i18n::Lang::from_code(lang).unwrap_or_else(crate::app::browser_lang);
    yew::Renderer::<Caseload>::with_root_and_props(root, CaseloadProps { lang, prerender: false }).render();
}
