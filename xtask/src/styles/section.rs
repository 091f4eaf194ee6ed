//! A topic panel's blocks (`components/section.rs`): the short version's box, list markers,
//! callouts, and the heading that opens a long tab's full detail.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, CALLOUT_BAR_WIDTH, COLOR_ACCENT, COLOR_BORDER, COLOR_DANGER, COLOR_DANGER_SURFACE, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_WARNING, COLOR_WARNING_SURFACE, RADIUS, SPACE};

pub const SCOPE: &str = "panel";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .list-red_flags li::marker { content: "\2716  "; color: ${warning}; }
        .list-questions li::marker { content: "?  "; font-weight: 700; color: ${accent}; }
        .callout {
            border: ${border_width} solid ${border}; border-inline-start: ${bar} solid ${accent};
            background-color: ${surface_alt}; border-radius: ${radius};
            padding: calc(${space} * .75); margin: 0 0 1em;
        }
        .callout h4 { margin-top: 0; }
        .summary {
            border: 2px solid ${accent}; border-radius: ${radius}; background-color: ${surface_alt};
            padding: calc(${space} * .75); margin: 0 0 1em;
        }
        .summary-title { margin: 0 0 .4em; }
        .summary > :last-child, .summary .variant > :last-child { margin-bottom: 0; }
        .summary h5 { margin: .5em 0 .25em; }
        .summary-figures { padding-inline-start: 1.2em; margin: 0 0 .5em; }
        .detail-heading { margin: 1em 0 .75em; }
        .disclosure {
            display: flex; width: 100%; min-height: 44px; align-items: center; justify-content: space-between;
            gap: .75em; padding: .5em .75em; font: inherit; font-weight: 700; text-align: start;
            color: ${accent}; background-color: ${surface}; border: 2px solid ${accent};
            border-radius: ${radius}; cursor: pointer;
        }
        .disclosure::after { content: "+"; font-size: 1.4em; line-height: 1; }
        .disclosure[aria-expanded="true"]::after { content: "2"; }
        .callout-caution { border-inline-start-color: ${warning}; background-color: ${warning_surface}; }
        .callout-urgent { border: 2px solid ${danger}; border-inline-start-width: ${bar}; background-color: ${danger_surface}; }
        .callout-urgent h4 { color: ${danger}; }
        @media (forced-colors: active) {
            .callout-urgent { border-color: CanvasText; }
        }
        @media print {
            .summary { border-width: 1px; }
            .disclosure { display: none; }
        }
        "#,
        warning = COLOR_WARNING,
        warning_surface = COLOR_WARNING_SURFACE,
        accent = COLOR_ACCENT,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        surface_alt = COLOR_SURFACE_ALT,
        surface = COLOR_SURFACE,
        radius = RADIUS,
        space = SPACE,
        danger = COLOR_DANGER,
        danger_surface = COLOR_DANGER_SURFACE,
        bar = CALLOUT_BAR_WIDTH,
    )
}
