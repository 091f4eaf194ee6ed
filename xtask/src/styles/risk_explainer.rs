//! The side-effect explainer and the urgent-signs box (`components/risk_explainer.rs`).

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, CALLOUT_BAR_WIDTH, COLOR_BORDER, COLOR_DANGER, COLOR_DANGER_SURFACE, COLOR_MUTED, COLOR_SURFACE, RADIUS, SPACE};

pub fn sheets() -> Vec<(Option<&'static str>, Sheet)> {
    vec![(Some("risk-explainer"), explainer()), (Some("urgent"), urgent())]
}

fn explainer() -> Sheet {
    sheet!(
        r#"
        margin: 1.25em 0;
        .risk-list {
            list-style: none; padding: 0; margin: 0 0 1em; display: grid;
            grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr)); gap: ${space};
        }
        .risk-card {
            margin: 0; padding: calc(${space} * .75); border: ${border_width} solid ${border};
            border-radius: ${radius}; background-color: ${surface};
        }
        .risk-card h5, .risk-card h6 { margin: 0 0 .5em; }
        .group { margin-top: 1.25em; }
        .term { font-weight: 400; color: ${muted}; }
        .arrays { display: flex; flex-wrap: wrap; gap: .75em; }
        .facts { margin: .75em 0 0; }
        .facts dt { font-weight: 700; margin-top: .4em; }
        .facts dd { margin: 0; }
        "#,
        space = SPACE,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        surface = COLOR_SURFACE,
        muted = COLOR_MUTED,
    )
}

fn urgent() -> Sheet {
    sheet!(
        r#"
        margin: 1.25em 0;
        padding: ${space};
        border: 2px solid ${danger};
        border-inline-start-width: calc(${bar} + 2px);
        border-radius: ${radius};
        background-color: ${danger_surface};
        h4 { color: ${danger}; margin-top: 0; }
        li { font-weight: 700; }
        @media (forced-colors: active) {
            border-color: CanvasText;
        }
        @media print {
            break-inside: avoid;
            padding: .5em;
            .note, h4 + p { display: none !important; }
            ul { columns: 2; margin: 0; }
            .advice { margin: .15em 0 0; }
            h4 { margin: 0; }
            p { margin: .25em 0; }
        }
        "#,
        space = SPACE,
        danger = COLOR_DANGER,
        danger_surface = COLOR_DANGER_SURFACE,
        radius = RADIUS,
        bar = CALLOUT_BAR_WIDTH,
    )
}
