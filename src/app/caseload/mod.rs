//! The caseload page (`dossiers.html`): `state` (pure: the table in memory, its sort,
//! filter and page, the reducer) and `view` (Yew), mounted by the `caseload-web/`
//! package so that the applicant page's Wasm does not carry it.

pub mod state;
#[cfg(feature = "app")]
mod view;

#[cfg(feature = "app")]
pub use view::{Caseload, CaseloadProps};
