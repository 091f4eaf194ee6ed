//! The tab list (`components/tabs.rs`): a grid of equal tabs that wraps, so every topic is in
//! view at any width and text size (two or three a row on a phone, one row on a wide screen).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_ACCENT, COLOR_BORDER, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_TAB_TEXT, RADIUS, SPACE, TAB_INDICATOR, TAB_INDICATOR_WIDTH, TRANSITION};

pub const SCOPE: &str = "tablist";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 7.5em), 1fr));
        gap: 4px;
        margin: 0;
        padding: calc(${space} * .5);
        border-bottom: ${border_width} solid ${border};
        background-color: ${surface_alt};
        .tab {
            font: inherit; font-size: .95em; line-height: 1.25; color: ${tab_text}; background-color: ${surface};
            border: ${border_width} solid ${border}; border-radius: ${radius};
            padding: .45em .5em; margin: 0; cursor: pointer; min-height: 44px; min-width: 0;
            text-align: center; overflow-wrap: anywhere; hyphens: auto;
            transition: background-color ${transition};
        }
        .tab:hover { background-color: ${surface_alt}; }
        .tab[aria-selected=true] {
            color: ${accent}; font-weight: 700; border-color: ${indicator};
            /* The underline is the bottom border, so `::part(tab-active)` can restyle it. */
            border-bottom: ${indicator_width} solid ${indicator};
            padding-bottom: calc(.45em - ${indicator_width} + ${border_width});
        }
        @media (forced-colors: active) {
            .tab[aria-selected=true] { border: 2px solid Highlight; }
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
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        tab_text = COLOR_TAB_TEXT,
        indicator = TAB_INDICATOR,
        indicator_width = TAB_INDICATOR_WIDTH,
        accent = COLOR_ACCENT,
        transition = TRANSITION,
    )
}
