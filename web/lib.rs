//! The Wasm of the web app, the iframe embed and the `<delais-estimateur>` widget
//! (dist/delais_bg.wasm): `mount_app`, `mount_embed`, `mount_widget`, from
//! `delais::widget`. A crate of its own so that `delais` is a plain library, built once
//! per feature set (a cdylib's file name has no hash: two builds would overwrite it).

#[cfg(target_arch = "wasm32")]
pub use delais::widget::{mount_app, mount_embed, mount_widget, WidgetHandle};

// Talc instead of Rust's default dlmalloc: smaller in the page's Wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
