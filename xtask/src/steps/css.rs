//! Step "css": the stylesheet authored with stylist (`src/styles/`), rendered to
//! `botox-guide.css` (for the pasted snippet's `<link>`) and returned for the loader.

use super::Out;

pub fn run(out: &Out) -> String {
    let css = crate::styles::stylesheet();
    out.write("botox-guide.css", &css);
    css
}
