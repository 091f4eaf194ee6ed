//! What the build generates from the Rust tables (native only): the loader's data object
//! ([`loader`]) and the README tables ([`docs`]). Tests check the committed copies.

pub mod docs;
pub mod loader;
pub mod types;
pub mod wasm_names;
