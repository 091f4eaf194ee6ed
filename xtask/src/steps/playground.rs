//! Step "playground tokens": the token table as a classic script the theme playground reads
//! (`playground-tokens.js`), so its controls and defaults always match the widget's.

use super::Out;

pub fn run(out: &Out) {
    let tokens = crate::generate::docs::tokens_json();
    out.write("playground-tokens.js", &format!("window.BOTOX_GUIDE_TOKENS = {tokens};\n"));
}
