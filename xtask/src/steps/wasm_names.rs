//! Step "glue and wasm names": the glue minified (terser), then the imports and
//! wasm-bindgen's exports get short names in the wasm and the glue alike
//! (`crate::generate::wasm_names`; about 5 KB brotli of hashes). Minified first, so
//! the glue's own wrapper functions named after an export are local names terser has
//! already shortened, and each export is left only as a property of the wasm's exports.

use super::Out;
use crate::generate::loader::{GLUE, WASM};
use crate::generate::wasm_names;

pub fn run(out: &Out) {
    let renamed = wasm_names::rename(&out.read(WASM)).unwrap_or_else(|e| panic!("{WASM}: {e}"));
    if renamed.imports.iter().all(|(old, new)| old == new) && renamed.exports.is_empty() {
        return; // this dist/ has been through this step: running the build again changes nothing
    }
    let glue = super::minify(&out.read_text(GLUE), true);
    let glue = wasm_names::rename_glue(&glue, &renamed).unwrap_or_else(|e| panic!("{GLUE}: {e}"));
    std::fs::write(out.0.join(WASM), &renamed.wasm).expect("write the wasm");
    out.write(GLUE, &glue);
}
