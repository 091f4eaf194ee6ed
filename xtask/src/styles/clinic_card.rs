//! The clinic's name, phone and booking link (`components/clinic_card.rs`).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_BORDER, COLOR_SURFACE_ALT, RADIUS, SPACE};

pub const SCOPE: &str = "clinic-card";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: .5em 1em;
        margin: 0 ${space} ${space};
        padding: calc(${space} * .75);
        border: ${border_width} solid ${border};
        border-radius: ${radius};
        background-color: ${surface_alt};
        h2 { font-size: 1em; margin: 0; flex: 1 1 12em; }
        .print-only { flex: 1 0 100%; margin: 0; }
        @media print {
            .button { display: none !important; }
        }
        "#,
        space = SPACE,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        surface_alt = COLOR_SURFACE_ALT,
    )
}
