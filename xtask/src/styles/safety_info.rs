//! The safety summary on every tab (`components/safety_info.rs`): set apart by the danger
//! colour and a thick start border, readable first, never hidden by print or by a tab.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{COLOR_DANGER, COLOR_DANGER_SURFACE, COLOR_TEXT, RADIUS, SPACE};

pub const SCOPE: &str = "safety";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin: ${space} ${space} 0;
        padding: calc(${space} * .6) calc(${space} * .75);
        border: 2px solid ${danger};
        border-inline-start-width: 6px;
        border-radius: ${radius};
        background-color: ${danger_surface};
        color: ${text};
        .safety-title { font-size: 1em; margin: 0 0 .35em; color: ${danger}; }
        p { margin: .3em 0; }
        summary { cursor: pointer; font-weight: 700; min-height: 24px; margin-top: .35em; }
        .urgent { margin: .5em 0 0; padding: 0; border: none; background-color: ${danger_surface}; }
        .urgent h4 { font-size: .95em; }
        @media (forced-colors: active) {
            border-color: CanvasText;
        }
        @media print {
            break-inside: avoid;
            margin: 0 0 .5em;
            details { display: none; }
        }
        "#,
        space = SPACE,
        danger = COLOR_DANGER,
        danger_surface = COLOR_DANGER_SURFACE,
        text = COLOR_TEXT,
        radius = RADIUS,
    )
}
