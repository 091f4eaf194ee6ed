//! What every component shares inside the widget: headings, paragraphs, lists, links, the
//! focus ring, buttons, citations and notes; and no motion when the visitor asks for none.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{COLOR_ACCENT, COLOR_ACCENT_CONTRAST, COLOR_FOCUS, COLOR_HEADING, COLOR_MUTED, COLOR_SURFACE, HEADING_FONT_FAMILY, HEADING_WEIGHT, RADIUS};

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        /* Every heading, one type scale: each level smaller than the one above it. */
        h2, h3, h4, h5, h6 { font-family: ${heading_font}; font-weight: ${heading_weight}; color: ${heading}; line-height: 1.25; margin: 0 0 .5em; }
        h2 { font-size: 1.25em; }
        h3 { font-size: 1.15em; margin-top: 1.25em; }
        h4 { font-size: 1.05em; }
        h5 { font-size: 1em; }
        h6 { font-size: .95em; }
        p { margin: 0 0 .75em; }
        ul, ol { margin: 0 0 .75em; padding-inline-start: 1.4em; }
        li { margin: .25em 0; }
        a { color: ${accent}; }
        a:focus-visible, button:focus-visible, [tabindex]:focus-visible, input:focus-visible, summary:focus-visible {
            outline: 3px solid ${focus};
            outline-offset: 2px;
        }
        .button {
            display: inline-flex; align-items: center; min-height: 44px; max-width: 100%;
            overflow-wrap: anywhere; text-align: start; padding: .5em .75em;
            border-radius: ${radius}; border: 2px solid ${accent}; color: ${accent};
            background-color: ${surface}; font: inherit; font-weight: 700; text-decoration: none; cursor: pointer;
        }
        .button-primary { background-color: ${accent}; color: ${accent_contrast}; }
        .button:disabled { opacity: .6; cursor: not-allowed; }
        .link-button {
            font: inherit; color: ${accent}; background: none; border: none; padding: 0;
            min-height: 24px; text-decoration: underline; cursor: pointer; text-align: start;
        }
        .cite { font-size: .85em; color: ${muted}; margin: -.25em 0 .9em; }
        .cite a { color: ${muted}; }
        .note { color: ${muted}; }
        @media (prefers-reduced-motion: reduce) {
            * { transition: none !important; animation: none !important; }
        }
        @media print {
            .cite, .no-print { display: none !important; }
        }
        "#,
        heading_font = HEADING_FONT_FAMILY,
        heading_weight = HEADING_WEIGHT,
        heading = COLOR_HEADING,
        accent = COLOR_ACCENT,
        accent_contrast = COLOR_ACCENT_CONTRAST,
        focus = COLOR_FOCUS,
        radius = RADIUS,
        surface = COLOR_SURFACE,
        muted = COLOR_MUTED,
    )
}
