//! botox-guide's build steps after Trunk, and its generated docs.
//!
//! - `cargo xtask build <dist> --full <dir> [--hydratable]`: the steps below, in order, on
//!   Trunk's output (the demo page, the lean wasm and its glue in `<dist>`, the full wasm and
//!   its glue in `<dir>`): [the full wasm copied in](steps::full) → [css](steps::css) → [shells](steps::shell) → [locale files](steps::locales) →
//!   [snippet](steps::snippet) → [baseline](steps::baseline) → [playground tokens](steps::playground) → [SRI of the glue and the
//!   wasm](steps::sri) → [loader](steps::loader) (embed.js from its data) → [SRI of
//!   embed.js](steps::sri), then prints the tag a clinic pastes.
//! - `cargo xtask docs`: rewrites the generated files that are committed (README tables,
//!   content schema); tests fail when they drift.

use xtask::{docs, steps};

use std::path::PathBuf;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("build") => {
            let dist = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("dist"));
            let hydratable = args.iter().any(|a| a == "--hydratable");
            let full = args.iter().position(|a| a == "--full").and_then(|i| args.get(i + 1)).map(PathBuf::from);
            let Some(full) = full else {
                eprintln!("cargo xtask build: --full <dir> (the full wasm's Trunk output) is required; scripts/build gives it");
                std::process::exit(2);
            };
            steps::build(&dist, &full, hydratable).await;
        }
        Some("docs") => docs::write(),
        _ => {
            eprintln!("usage: cargo xtask build <dist> --full <dir> [--hydratable] | cargo xtask docs");
            std::process::exit(2);
        }
    }
}
