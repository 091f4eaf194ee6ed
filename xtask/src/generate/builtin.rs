//! The English content compiled into the widget (`src/content/builtin_en.rs`): read here
//! from `src/content/en.json` with serde and validated, then packed as its texts and its shape
//! (`content::packed`). The lean wasm (feature `lean`, for pages in English without a clinic's
//! own content) unpacks them instead of reading JSON, so it carries no JSON reader for the
//! content at all (docs/decisions.md, "The lean wasm"). A test fails when the committed file
//! and the JSON differ (`cargo xtask docs` rewrites it).

use botox_guide::content::*;

/// The file's text: the English content packed as its texts and its shape.
pub fn source() -> String {
    let content = Content::builtin_en();
    assert!(validate::problems(&content).is_empty(), "the English content is valid");
    let (text, shape) = packed::pack(&content);
    format!(
        "// Generated from src/content/en.json by `cargo xtask docs` (xtask/src/generate/builtin.rs).\n\
         // Do not edit: a test fails when this file and the JSON differ.\n\
         \n\
         use super::*;\n\
         \n\
         /// Every text, in the order `packed` reads them, U+001F (unit separator) between. The\n\
         /// lean wasm does not carry it: `embed.js` does (next to the prerendered guide, which\n\
         /// holds the same words, so it costs little there) and hands it to `init`.\n\
         #[rustfmt::skip]\n\
         pub const TEXT: &str = {text:?};\n\
         \n\
         /// [`TEXT`]'s length: a text of another length is from another build.\n\
         pub const TEXT_LEN: usize = {len};\n\
         \n\
         /// The rest of the content: lists' lengths, choices and numbers (`packed`).\n\
         #[rustfmt::skip]\n\
         pub const SHAPE: &[u8] = &{shape:?};\n\
         \n\
         /// The built-in English content, as `en.json` reads.\n\
         pub fn en() -> Content {{\n    en_from(TEXT)\n}}\n\
         \n\
         /// The English content from its texts ([`TEXT`], as `embed.js` hands it over).\n\
         pub fn en_from(text: &str) -> Content {{\n    packed::unpack(text, SHAPE)\n}}\n",
        len = text.len()
    )
}

/// Where the file is committed.
pub const PATH: &str = "src/content/builtin_en.rs";
