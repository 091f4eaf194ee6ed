//! botox-guide: an embeddable patient-education widget about Botox.
//!
//! Module map (plain Rust modules need no DOM and are tested natively; imports only go down
//! this list's layers, never in a cycle):
//!
//! - public ids and tables: [`ids`] (tabs, treatments, locales, markets, themes),
//!   [`markets`] (what each market changes, as data), [`options`] (the
//!   option table and its parser), [`events`] (the event table), [`theme`] (tokens, parts)
//! - content: [`content`] (model, loading with serde, validation, schema)
//! - pure logic: [`dates`] (calendar and zones), [`format`] (dates in words), [`timeline`]
//!   (aftercare plan), [`ics`] (calendar file), [`risk`] (natural frequencies, icon arrays),
//!   [`saved`] (what is kept on the device, merged), [`plan_link`] (a plan from the page or
//!   a visitor's link), [`deep_link`], [`state`] (the UI state as a
//!   `Reducible`), [`text`] (a clinic's text kept apart from the widget's), [`markup`] (the
//!   class names and attributes the loader touches)
//! - build code is not here: the stylesheet (authored with stylist), the generators (loader
//!   data, README tables, types, manifest, WordPress) and the reading-level scores are in the
//!   `xtask` crate
//! - browser: [`browser`] (zone, clock, download, print, storage through gloo),
//!   [`plan_store`] (the saved plan on the device or for the visit), [`hooks`],
//!   [`components`] (Yew), and the wasm entry points `embed` (wasm32 only)

pub mod browser;
pub mod components;
pub mod content;
pub mod dates;
pub mod deep_link;
pub mod events;
pub mod format;
pub mod hooks;
pub mod ics;
pub mod ids;
pub mod markets;
pub mod markup;
pub mod options;
pub mod plan_link;
pub mod plan_store;
pub mod risk;
pub mod saved;
pub mod state;
pub mod text;
pub mod theme;
pub mod timeline;

/// The widget's version (this crate's; package.json is tested to match).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The npm package's name (package.json's, tested to match).
pub const PACKAGE: &str = env!("CARGO_PKG_NAME");

#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Talc instead of Rust's default wasm allocator (dlmalloc): about 2.4 KB less wasm after
/// brotli (issue 7). Realloc-in-place is compiled out for size (Cargo.toml).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
