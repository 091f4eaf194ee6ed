//! botox-guide: an embeddable patient-education widget about Botox.
//!
//! Plain-Rust modules, no DOM, tested natively: [`options`], [`content`], [`dates`],
//! [`state`], [`theme`]. Yew components: [`components`]. The wasm entry points
//! (mount / update / unmount) are in `embed` (wasm32 only).

pub mod browser;
pub mod components;
pub mod content;
pub mod dates;
pub mod deep_link;
pub mod hooks;
pub mod ics;
pub mod json;
pub mod readability;
pub mod options;
pub mod risk;
pub mod saved;
pub mod state;
pub mod theme;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Talc instead of Rust's default wasm allocator (dlmalloc): about 2.4 KB less wasm after
/// brotli (issue 7). Realloc-in-place is compiled out for size (Cargo.toml).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
