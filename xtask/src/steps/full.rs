//! Step "the full wasm": Trunk builds the lean wasm into `dist/` (what an English page
//! loads) and the full one into a folder of its own; its glue and wasm are copied next to
//! `embed.js` under their own names (`generate::loader::FULL`). The copy comes from Trunk's
//! output each time, so running the build again gives the same files.

use std::path::Path;

use super::Out;
use crate::generate::loader::{FULL, LEAN};

pub fn run(out: &Out, full_dir: &Path) {
    for (from, to) in [(LEAN.glue, FULL.glue), (LEAN.wasm, FULL.wasm)] {
        let source = full_dir.join(from);
        let bytes = std::fs::read(&source).unwrap_or_else(|e| panic!("{}: {e} (the full wasm's Trunk build: scripts/build)", source.display()));
        std::fs::write(out.0.join(to), bytes).unwrap_or_else(|e| panic!("{to}: {e}"));
    }
}
