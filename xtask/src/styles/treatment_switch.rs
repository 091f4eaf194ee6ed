//! The cosmetic / migraine radio group (`components/treatment_switch.rs`).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_ACCENT, COLOR_BORDER, RADIUS};

pub const SCOPE: &str = "switch";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        min-width: 0;
        border: ${border_width} solid ${border};
        border-radius: ${radius};
        padding: .25em .75em .5em;
        margin: 0 0 1em;
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
        legend { font-weight: 700; padding: 0 .25em; }
        .switch-option { display: inline-flex; align-items: center; gap: .5em; min-height: 44px; cursor: pointer; }
        .switch-option input { width: 1.25em; height: 1.25em; margin: 0; accent-color: ${accent}; }
        "#,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        accent = COLOR_ACCENT,
    )
}
