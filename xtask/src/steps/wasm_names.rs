//! Step "glue and wasm names": the glue minified (terser), then the imports and
//! wasm-bindgen's exports get short names in the wasm and the glue alike
//! (`crate::generate::wasm_names`; about 5 KB brotli of hashes). Minified first, so
//! the glue's own wrapper functions named after an export are local names terser has
//! already shortened, and each export is left only as a property of the wasm's exports.

use super::Out;
use crate::generate::loader::BUILDS;
use crate::generate::wasm_names;

/// Both builds (the lean and the full wasm), each with its own glue.
pub fn run(out: &Out) {
    for build in BUILDS {
        rename(out, build.glue, build.wasm);
    }
}

fn rename(out: &Out, glue_name: &str, wasm_name: &str) {
    let renamed = wasm_names::rename(&out.read(wasm_name)).unwrap_or_else(|e| panic!("{wasm_name}: {e}"));
    if renamed.imports.iter().all(|(old, new)| old == new) && renamed.exports.is_empty() {
        return; // this dist/ has been through this step: running the build again changes nothing
    }
    let glue = super::minify(&out.read_text(glue_name), true);
    let glue = wasm_names::rename_glue(&glue, &renamed).unwrap_or_else(|e| panic!("{glue_name}: {e}"));
    std::fs::write(out.0.join(wasm_name), &renamed.wasm).expect("write the wasm");
    out.write(glue_name, &glue);
}
