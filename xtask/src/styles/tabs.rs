//! The tab list (`components/tabs.rs`): a grid of equal tabs that wraps, so every topic is in
//! view at any width and text size (two or three a row on a phone, one row on a wide screen).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{COLOR_ACCENT, COLOR_BORDER, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_TEXT, RADIUS, SPACE, TRANSITION};

pub const SCOPE: &str = "tablist";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 7.5em), 1fr));
        gap: 4px;
        margin: 0;
        padding: calc(${space} * .5);
        border-bottom: 1px solid ${border};
        background-color: ${surface_alt};
        .tab {
            font: inherit; font-size: .95em; line-height: 1.25; color: ${text}; background-color: ${surface};
            border: 1px solid ${border}; border-radius: ${radius};
            padding: .45em .5em; margin: 0; cursor: pointer; min-height: 44px; min-width: 0;
            text-align: center; overflow-wrap: anywhere; hyphens: auto;
            transition: background-color ${transition};
        }
        .tab:hover { background-color: ${surface_alt}; }
        .tab[aria-selected=true] {
            color: ${accent}; font-weight: 700; border-color: ${accent};
            box-shadow: inset 0 -3px 0 ${accent};
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
