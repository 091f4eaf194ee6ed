//! The governance footer: disclaimer, review note and sources list (`components/sources.rs`).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_BORDER, COLOR_FOCUS, COLOR_MUTED, COLOR_TEXT, SPACE};

pub const SCOPE: &str = "footer";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        padding: 0 ${space} ${space};
        font-size: .9em;
        color: ${muted};
        border-top: ${border_width} solid ${border};
        p { margin: .75em 0 0; }
        summary { cursor: pointer; margin-top: .75em; color: ${text}; font-weight: 700; min-height: 24px; }
        ol li:focus { outline: 3px solid ${focus}; }
        @media print {
            display: none !important;
        }
        "#,
        space = SPACE,
        muted = COLOR_MUTED,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        text = COLOR_TEXT,
        focus = COLOR_FOCUS,
    )
}
