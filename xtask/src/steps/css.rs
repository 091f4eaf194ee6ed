//! Step "css": the stylesheet authored with stylist (`src/styles/`), rendered to
//! `botox-guide.css` (for the pasted snippet's `<link>`, with the hold a pasted guide needs)
//! and returned for the loader (without it).

use super::Out;

pub fn run(out: &Out) -> String {
    let css = crate::styles::stylesheet();
    out.write("botox-guide.css", &format!("{css}{}", crate::styles::hold()));
    css
}
