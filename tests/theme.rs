#![cfg(not(target_arch = "wasm32"))]
//! Design tokens cannot be used to make the widget load anything: a `url()` a host page puts
//! in a `--botox-guide-*` value must stay inert (proven in a browser by
//! e2e/security.test.mjs; this keeps the stylesheet honest at the source).

use botox_guide::styles::stylesheet;

/// Properties where a `url()` would fetch something.
const LOADING: [&str; 12] = [
    "background", "background-image", "fill", "stroke", "list-style", "list-style-image", "content", "cursor",
    "mask", "mask-image", "border-image", "filter",
];

#[test]
fn no_token_reaches_a_property_that_can_load_a_url() {
    let css = stylesheet();
    let mut bad = Vec::new();
    for decl in css.split(['{', '}', ';']) {
        let Some((prop, value)) = decl.split_once(':') else { continue };
        let prop = prop.trim();
        if LOADING.contains(&prop) && value.contains("var(") {
            bad.push(decl.trim().to_string());
        }
    }
    assert!(bad.is_empty(), "token values reach loading properties: {bad:?}");
    assert!(css.contains("fill:currentColor"), "icon colours come through `color`");
}
