//! The widget's stylesheet, authored with stylist: one module per component, next to the
//! component's name, each a `sheet!` checked at compile time (syntax, and every `${token}`
//! must be a token of [`botox_guide::theme`]). Rendered at build time only (native): the loader
//! hands the result to every shadow root as one constructable stylesheet, so a strict CSP
//! needs no `'unsafe-inline'`, and no stylist runtime is in the wasm (docs/decisions.md).
//!
//! Each sheet is scoped by its component's root class (stylist writes `.tablist .tab`), so
//! a component's rules cannot reach another's; [`host`] is global to the shadow root.

mod aftercare_timeline;
mod app;
mod base;
mod clinic_card;
mod host;
mod icon_array;
mod risk_explainer;
mod safety_info;
mod section;
mod sources;
mod tabs;
mod treatment_switch;

use stylist::ast::{Sheet, ToStyleStr};

/// (the root class a sheet is scoped by, or `None` for the global sheet; the sheet), in
/// cascade order.
pub fn sheets() -> Vec<(Option<&'static str>, Sheet)> {
    let mut out = vec![(None, host::sheet()), (Some("root"), base::sheet()), (Some("root"), app::sheet())];
    out.push((Some(tabs::SCOPE), tabs::sheet()));
    out.push((Some(safety_info::SCOPE), safety_info::sheet()));
    out.push((Some(section::SCOPE), section::sheet()));
    out.push((Some(clinic_card::SCOPE), clinic_card::sheet()));
    out.push((Some(treatment_switch::SCOPE), treatment_switch::sheet()));
    out.extend(risk_explainer::sheets());
    out.push((Some(icon_array::SCOPE), icon_array::sheet()));
    out.push((Some(aftercare_timeline::SCOPE), aftercare_timeline::sheet()));
    out.push((Some(sources::SCOPE), sources::sheet()));
    out
}

/// The whole stylesheet for one shadow root, minified.
pub fn stylesheet() -> String {
    let css: String = sheets().iter().map(|(scope, sheet)| sheet.to_style_str(*scope)).collect();
    minify(&css)
}

/// The hold for a guide whose view comes with the page's HTML (see [`host::hold`]), minified:
/// in `botox-guide.css` and the builder's snippet, not in `embed.js`.
pub fn hold() -> String {
    minify(&host::hold().to_style_str(None))
}

/// The colour tokens' registrations, for the document (see [`host::registrations`]), minified.
pub fn registrations() -> String {
    minify(&host::registrations().to_style_str(None))
}

/// Whitespace out of stylist's pretty output: runs collapse to one space, and spaces go
/// around `{ } ; ,` and after `:`, never inside strings. (Not before `:`: `a :hover` is a
/// descendant selector; nor around `+`/`-`, which `calc()` needs.)
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut quote: Option<char> = None;
    let mut space = false;
    for c in css.chars() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !matches!(c, '{' | '}' | ';' | ',' | '!' | ')') && !out.ends_with(['{', '}', ';', ',', ':', '(']) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hold_is_for_pasted_guides_only_and_lasts_one_frame() {
        let hold = hold();
        assert!(hold.starts_with(":host(:not(:defined)){animation:botox-guide-hold 1ms step-end}"), "{hold}");
        assert!(hold.contains("@keyframes botox-guide-hold{from{content-visibility:hidden;contain-intrinsic-block-size:100vh}}"), "{hold}");
        assert!(!stylesheet().contains("botox-guide-hold"), "embed.js's stylesheet never needs the hold");
    }
}
