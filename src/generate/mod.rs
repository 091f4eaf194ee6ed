//! What the build generates from the Rust tables (native only): the loader's data object
//! ([`loader`]) and the README tables ([`docs`]). Tests check the committed copies.

pub mod builder;
pub mod docs;
pub mod loader;
pub mod types;
pub mod wasm_names;
pub mod wordpress;

/// The widget's version (the crate's; package.json is tested to match), for everything the
/// build writes. The build tool is a crate of its own, so its `CARGO_PKG_VERSION` is not this.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The npm package's name (package.json's, tested to match).
pub const PACKAGE: &str = env!("CARGO_PKG_NAME");
