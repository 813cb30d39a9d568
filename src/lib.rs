//! Délais: when a Québec immigration (MIFI) decision is due under the ministry's
//! published service standards, every day skipped and why, and the recourse windows.
//!
//! `engine` is pure Rust (chrono only) and answers every question; `api` is its JSON
//! interface (serde; the CLI and the JavaScript API); `app` is the Yew shell.

pub mod api;
pub mod caseload;
pub mod engine;
pub mod i18n;
pub mod app;
pub mod export;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod widget;
