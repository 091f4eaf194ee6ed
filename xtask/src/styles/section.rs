//! A topic panel's blocks (`components/section.rs`): list markers and callouts.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{COLOR_ACCENT, COLOR_BORDER, COLOR_DANGER, COLOR_DANGER_SURFACE, COLOR_SURFACE_ALT, COLOR_WARNING, COLOR_WARNING_SURFACE, RADIUS, SPACE};

pub const SCOPE: &str = "panel";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .list-red_flags li::marker { content: "\2716  "; color: ${warning}; }
        .list-questions li::marker { content: "?  "; font-weight: 700; color: ${accent}; }
        .callout {
            border: 1px solid ${border}; border-inline-start: 6px solid ${accent};
            background-color: ${surface_alt}; border-radius: ${radius};
            padding: calc(${space} * .75); margin: 0 0 1em;
        }
        .callout h4 { margin-top: 0; }
        .callout-caution { border-inline-start-color: ${warning}; background-color: ${warning_surface}; }
        .callout-urgent { border: 2px solid ${danger}; border-inline-start-width: 6px; background-color: ${danger_surface}; }
        .callout-urgent h4 { color: ${danger}; }
        @media (forced-colors: active) {
            .callout-urgent { border-color: CanvasText; }
        }
        "#,
        warning = COLOR_WARNING,
        warning_surface = COLOR_WARNING_SURFACE,
        accent = COLOR_ACCENT,
        border = COLOR_BORDER,
        surface_alt = COLOR_SURFACE_ALT,
        radius = RADIUS,
        space = SPACE,
        danger = COLOR_DANGER,
        danger_surface = COLOR_DANGER_SURFACE,
    )
}
