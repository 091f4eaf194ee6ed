//! A 100-icon array (`components/icon_array.rs`): solid discs and rings, so shape carries
//! the meaning as well as colour (and in forced colours, shape alone).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{ICON_BENEFIT, ICON_EMPTY, ICON_FILLED, ICON_PLACEBO};

pub const SCOPE: &str = "icon-array";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin: 0;
        flex: 1 1 7em;
        max-width: 11em;
        svg { display: block; width: 100%; height: auto; }
        .on { color: ${filled}; fill: currentColor; }
        &.placebo .on { color: ${placebo}; }
        &.benefit .on { color: ${benefit}; }
        .off { fill: none; color: ${empty}; stroke: currentColor; stroke-width: 1.2; }
        figcaption { font-size: .875em; margin-top: .25em; }
        @media (forced-colors: active) {
            .on { fill: CanvasText; }
            .off { stroke: CanvasText; }
        }
        "#,
        filled = ICON_FILLED,
        placebo = ICON_PLACEBO,
        benefit = ICON_BENEFIT,
        empty = ICON_EMPTY,
    )
}
