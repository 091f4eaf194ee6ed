//! What the build generates from the Rust tables: the loader's data object ([`loader`]), the
//! README tables ([`docs`]), the types and manifest ([`types`]), the WordPress plugin's data
//! ([`wordpress`]), the snippet builder's data ([`builder`]), and the wasm's short names
//! ([`wasm_names`]). Tests check the committed copies.

pub mod builder;
pub mod builtin;
pub mod docs;
pub mod edits;
pub mod loader;
pub mod types;
pub mod wasm_names;
pub mod wordpress;

/// The widget's version and package name (the widget crate's; package.json is tested to
/// match), for everything the build writes.
pub use botox_guide::{PACKAGE, VERSION};
