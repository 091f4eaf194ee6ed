//! The tab row (`components/tabs.rs`).

use stylist::ast::{sheet, Sheet};

use crate::theme::{COLOR_ACCENT, COLOR_BORDER, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_TEXT, RADIUS, SPACE, TRANSITION};

pub const SCOPE: &str = "tablist";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin: 0;
        padding: calc(${space} * .5) calc(${space} * .5) 0;
        background-color: ${surface_alt};
        border-bottom: 1px solid ${border};
        border-radius: ${radius} ${radius} 0 0;
        .tab {
            font: inherit; font-size: .95em; color: ${text}; background: transparent;
            border: 1px solid transparent; border-bottom: none; border-radius: ${radius} ${radius} 0 0;
            padding: .5em .8em; margin: 0; cursor: pointer; min-height: 44px; flex: 0 1 auto;
            transition: background ${transition};
        }
        .tab:hover { background-color: ${surface}; }
        .tab[aria-selected=true] {
            background-color: ${surface}; border-color: ${border}; color: ${accent}; font-weight: 700;
            box-shadow: inset 0 -3px 0 ${accent}; margin-bottom: -1px;
        }
        @media (forced-colors: active) {
            .tab[aria-selected=true] { border: 2px solid Highlight; box-shadow: none; }
        }
        @media (scripting: none) {
            display: none;
        }
        @media print {
            display: none !important;
        }
        "#,
        space = SPACE,
        surface_alt = COLOR_SURFACE_ALT,
        surface = COLOR_SURFACE,
        border = COLOR_BORDER,
        radius = RADIUS,
        text = COLOR_TEXT,
        accent = COLOR_ACCENT,
        transition = TRANSITION,
    )
}
