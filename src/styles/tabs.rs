//! The tab row (`components/tabs.rs`).

use stylist::ast::{sheet, Sheet};

use crate::theme::{COLOR_ACCENT, COLOR_BORDER, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_TEXT, RADIUS, SPACE, TRANSITION};

pub const SCOPE: &str = "tablist";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: nowrap;
        gap: 4px;
        margin: 0;
        padding: calc(${space} * .5) calc(${space} * .5) 0;
        position: relative; /* the tabs' offset parent: see components/tabs.rs `reveal` */
        overflow-x: auto;
        /* The row's width never widens the widget: it scrolls instead (as a flex item of a
           host's layout too, where the widget would otherwise grow to the row's full length). */
        contain: inline-size;
        overscroll-behavior-x: contain;
        scrollbar-width: thin;
        border-bottom: 1px solid ${border};
        /* One row on every screen. When it scrolls, a shade at each end shows there is more:
           the cover gradients move with the tabs (local), the shades stay put (scroll). */
        background-color: ${surface_alt};
        background-image:
            linear-gradient(to right, ${surface_alt} 40%, transparent),
            linear-gradient(to left, ${surface_alt} 40%, transparent),
            linear-gradient(to right, color-mix(in srgb, ${text} 30%, transparent), transparent),
            linear-gradient(to left, color-mix(in srgb, ${text} 30%, transparent), transparent);
        background-position: left center, right center, left center, right center;
        background-size: 2.5em 100%, 2.5em 100%, .9em 100%, .9em 100%;
        background-repeat: no-repeat;
        background-attachment: local, local, scroll, scroll;
        .tab {
            font: inherit; font-size: .95em; color: ${text}; background-color: transparent;
            border: 1px solid ${border}; border-bottom: none; border-radius: ${radius} ${radius} 0 0;
            padding: .5em .8em; margin: 0; cursor: pointer; min-height: 44px; flex: 0 0 auto;
            /* A label longer than the whole row (very large text on a phone) wraps. */
            max-width: 100%;
            transition: background-color ${transition};
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
