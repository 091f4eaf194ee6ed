#![cfg(not(target_arch = "wasm32"))]
//! Design tokens cannot be used to make the widget load anything: a `url()` a host page puts
//! in a `--botox-guide-*` value must stay inert (proven in a browser by
//! e2e/security.test.mjs; this keeps the stylesheet honest at the source).

use xtask::styles::stylesheet;

/// Properties where a `url()` would fetch something.
const LOADING: [&str; 12] = [
    "background", "background-image", "fill", "stroke", "list-style", "list-style-image", "content", "cursor",
    "mask", "mask-image", "border-image", "filter",
];

/// The declarations of `css` where a token's value could load a URL.
fn token_in_loading_property(css: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for decl in css.split(['{', '}', ';']) {
        let Some((prop, value)) = decl.split_once(':') else { continue };
        let prop = prop.trim();
        if LOADING.contains(&prop) && value.contains("var(") && !only_colour_stops(value.trim()) {
            bad.push(decl.trim().to_string());
        }
    }
    bad
}

#[test]
fn no_token_reaches_a_property_that_can_load_a_url() {
    let css = stylesheet();
    let bad = token_in_loading_property(&css);
    assert!(bad.is_empty(), "token values reach loading properties: {bad:?}");
    assert!(css.contains("fill:currentColor"), "icon colours come through `color`");
}

/// A colour token may appear as a colour stop of a gradient (the tab bar's scroll shades):
/// a `url()` there makes the whole gradient invalid, so nothing loads. It must be a colour
/// token (`--botox-guide-used-color-*`, which a host's `--botox-guide-*` colour feeds) and never the image itself.
fn only_colour_stops(value: &str) -> bool {
    let gradients = top_level_layers(value)
        .iter()
        .all(|layer| layer.starts_with("linear-gradient(") || layer.starts_with("radial-gradient("));
    let vars_are_colours = value.match_indices("var(").all(|(at, _)| value[at..].starts_with("var(--botox-guide-used-color-"));
    gradients && vars_are_colours
}

#[test]
fn the_check_catches_a_token_used_as_an_image_in_the_real_stylesheet() {
    // The shipped stylesheet with one rule added the way a mistake would add it: each is
    // caught; the stylesheet itself, and a gradient whose colour stops are colour tokens
    // (which load nothing), are not.
    let css = stylesheet();
    for mistake in [
        ".x{background-image:var(--botox-guide-used-color-accent)}",
        ".x{background:linear-gradient(red,blue),var(--botox-guide-used-color-accent)}",
        ".x{mask-image:linear-gradient(var(--botox-guide-image),red)}",
        ".x{list-style:var(--_font-family)}",
    ] {
        let bad = token_in_loading_property(&format!("{css}{mistake}"));
        assert_eq!(bad.len(), 1, "{mistake}: {bad:?}");
    }
    assert_eq!(token_in_loading_property(&css), Vec::<String>::new(), "the shipped stylesheet");
    let shade = ".x{background-image:linear-gradient(to right,var(--botox-guide-used-color-surface),transparent)}";
    assert_eq!(token_in_loading_property(&format!("{css}{shade}")), Vec::<String>::new(), "colour stops are allowed");
}

/// The comma-separated layers of a value, not splitting inside parentheses.
fn top_level_layers(value: &str) -> Vec<&str> {
    let (mut depth, mut start, mut layers) = (0i32, 0, Vec::new());
    for (at, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                layers.push(value[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    layers.push(value[start..].trim());
    layers
}

/// Every colour the stylesheet works out is registered as a `<color>` for the document, with
/// its light default as the value a broken one falls back to; nothing else is registered.
#[test]
fn every_used_colour_is_registered_as_a_colour_with_its_light_default() {
    use botox_guide::theme::TOKENS;
    let css = xtask::styles::registrations();
    let colours: Vec<_> = TOKENS.iter().filter(|t| t.is_colour()).collect();
    assert_eq!(css.matches("@property").count(), colours.len(), "{css}");
    for t in colours {
        let rule = format!("@property {}{{syntax:\"<color>\";inherits:true;initial-value:{}}}", t.var.private(), t.light);
        assert!(css.contains(&rule), "{rule} in {css}");
        assert!(stylesheet().contains(&format!("var({}", t.var.private())), "{} is used", t.var.private());
    }
}
