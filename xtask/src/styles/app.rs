//! The widget's frame (`.root`): its box, title, notice line and topic panels, the no-script
//! reading order, and the printed sheet's frame.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_BORDER, COLOR_SURFACE, COLOR_TEXT, COLOR_WARNING, COLOR_WARNING_SURFACE, MAX_WIDTH, RADIUS, SHADOW, SPACE};

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        box-sizing: border-box;
        display: block;
        max-width: ${max_width};
        margin: 0;
        color: ${text};
        background-color: ${surface};
        border: ${border_width} solid ${border};
        border-radius: ${radius};
        box-shadow: ${shadow};
        overflow-wrap: break-word;
        text-align: start;
        *, *::before, *::after { box-sizing: inherit; }
        .title { line-height: 1.3; margin: 0; padding: calc(${space} * .75) ${space} calc(${space} * .6); }
        > .tablist:first-child { border-radius: ${radius} ${radius} 0 0; }
        .notice {
            margin: ${space} ${space} 0; padding: .5em .75em; border: 1px solid ${warning};
            background-color: ${warning_surface}; border-radius: ${radius};
        }
        .panel { padding: ${space}; }
        .panel[hidden] { display: none; }
        /* A treatment's figures and steps, a review part or the switch the options leave out
           (prerendered ones are hidden, not removed): hidden whatever their own display. */
        [hidden]:not(.panel) { display: none !important; }
        .print-only { display: none; }
        @media (scripting: none) {
            .panel[hidden] { display: block; }
            .panel { border-bottom: ${border_width} solid ${border}; }
        }
        @media print {
            border: none; box-shadow: none; max-width: none; font-size: 8.5pt; line-height: 1.25;
            /* Printed, everything is open: a tab's full detail and the steps before now. */
            [hidden].detail, [hidden].items { display: block !important; }
            .title { display: none !important; }
            /* The aftercare sheet fits one page: its panel's paragraphs, callouts and short
               version stay on screen. */
            .panel:has(.aftercare) > p, .panel:has(.aftercare) > .callout, .panel:has(.aftercare) .summary { display: none !important; }
            h3.panel-heading { margin: 0 0 .25em; }
            .panel { padding: 0; }
            .print-only { display: block; }
            /* A printed panel that holds the full warning signs (the aftercare sheet) needs
               no summary of them above it: the one page holds the whole list instead. */
            &:has(.panel:not([hidden]) .urgent) .safety { display: none; }
        }
        "#,
        max_width = MAX_WIDTH,
        text = COLOR_TEXT,
        surface = COLOR_SURFACE,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        shadow = SHADOW,
        space = SPACE,
        warning = COLOR_WARNING,
        warning_surface = COLOR_WARNING_SURFACE,
    )
}
