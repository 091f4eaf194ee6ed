//! The aftercare planner and timeline (`components/aftercare_timeline.rs`), and its printed
//! one-page sheet.

use stylist::ast::{sheet, Sheet};

use botox_guide::theme::{BORDER_WIDTH, COLOR_BORDER, COLOR_FOCUS, COLOR_MUTED, COLOR_SUCCESS, COLOR_SURFACE, COLOR_SURFACE_ALT, COLOR_TEXT, RADIUS, SPACE, TIMELINE_LINE, TIMELINE_NOW};

pub const SCOPE: &str = "aftercare";

pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin: 1em 0;
        .plan-controls {
            padding: calc(${space} * .75); border: ${border_width} solid ${border}; border-radius: ${radius};
            background-color: ${surface_alt}; margin: 0 0 1em;
        }
        .field-label { display: block; font-weight: 700; margin-bottom: .25em; }
        .date-input {
            font: inherit; color: ${text}; background-color: ${surface}; border: ${border_width} solid ${border};
            border-radius: ${radius}; padding: .4em .5em; min-height: 44px; max-width: 100%; margin-bottom: .75em;
        }
        .date-input:focus { outline: 3px solid ${focus}; outline-offset: 2px; }
        .status { font-weight: 700; }
        .today {
            margin: .5em 0 .75em; padding: calc(${space} * .6) calc(${space} * .75);
            border: 2px solid ${now}; border-radius: ${radius}; background-color: ${surface};
        }
        .today h5 { margin: 0 0 .35em; }
        .today p { margin: .35em 0; }
        .today .items { margin: .2em 0 .4em; }
        .today-step + .today-step { border-top: ${border_width} solid ${border}; padding-top: .35em; }
        .status:empty { display: none; }
        .actions { display: flex; flex-wrap: wrap; gap: .5em; margin: .5em 0; }
        .offer { margin: .5em 0; }
        .send:empty { display: none; }
        .send {
            margin: .5em 0; padding: calc(${space} * .6) calc(${space} * .75);
            border: ${border_width} solid ${border}; border-radius: ${radius}; background-color: ${surface};
        }
        .send p { margin: .35em 0; }
        /* Dark on light whatever the theme: a scanner needs it. */
        .qr-code { display: block; width: 12em; max-width: 100%; height: auto; aspect-ratio: 1; forced-color-adjust: none; }
        .send-link { overflow-wrap: anywhere; user-select: all; font-size: .875em; }
        .print-qr { display: none; }
        .timeline { list-style: none; margin: 0; padding: 0; counter-reset: step; }
        .step { position: relative; margin: 0; padding: 0 0 ${space} 2.25em; counter-increment: step; }
        .marker {
            position: absolute; left: 0; top: 0; width: 1.6em; height: 1.6em;
            border-radius: 50%; border: 2px solid ${line}; background-color: ${surface};
            text-align: center; line-height: 1.45em; font-size: .9em; font-weight: 700;
        }
        .marker::before { content: counter(step); }
        .step::after { content: ""; position: absolute; left: .78em; top: 1.6em; bottom: 0; border-left: 2px solid ${line}; }
        .step:last-child::after { display: none; }
        .step h5 { margin: 0 0 .25em; display: flex; flex-wrap: wrap; align-items: center; gap: .25em .6em; }
        .step-now .marker { background-color: ${now}; border-color: ${now}; color: ${surface}; }
        .step-now {
            background-color: ${surface_alt}; box-shadow: 0 0 0 2px ${now}; border-radius: ${radius};
            padding-top: .25em; padding-inline-end: .5em; margin-bottom: ${space};
        }
        .step-now .marker { left: .15em; top: .25em; }
        .step-past .marker { color: ${success}; border-color: ${success}; }
        .step-past .marker::before { content: "\2713"; }
        .step-past h5 { color: ${muted}; }
        .badge { font-size: .8em; font-weight: 700; padding: .1em .5em; border-radius: 999px; border: 1px solid currentColor; }
        .step-now .badge { background-color: ${now}; color: ${surface}; border-color: ${now}; }
        .when { margin: 0 0 .4em; color: ${muted}; font-weight: 700; }
        .items { list-style: none; padding: 0; margin: 0 0 .5em; }
        .items li { margin: .3em 0; }
        .items label { display: flex; gap: .5em; align-items: flex-start; cursor: pointer; min-height: 24px; }
        .item-text { min-width: 0; overflow-wrap: anywhere; }
        .items input { width: 1.2em; height: 1.2em; margin: .15em 0 0; flex: none; accent-color: ${success}; }
        .precaution { display: block; font-size: .875em; color: ${muted}; font-style: italic; }
        .tick .precaution { margin-inline-start: 0; }
        .ticked { color: ${muted}; }
        @media (forced-colors: active) {
            .step-now { outline: 2px solid Highlight; }
            .step-now .marker { background: Highlight; forced-color-adjust: none; }
        }
        @media print {
            .print-qr { display: flex; align-items: center; gap: .75em; margin: .25em 0; break-inside: avoid; }
            .print-qr:empty { display: none; }
            .print-qr .qr-code { width: 2.6cm; }
            .precaution { display: none !important; }
            .items li { margin: 0; }
            .step h5 { font-size: 1em; margin: 0; }
            .when { margin: 0; }
            .step { padding-bottom: .3em; break-inside: avoid; }
            .step-now { box-shadow: none; background: none; }
            .items input { accent-color: #000; width: .9em; height: .9em; margin-top: .1em; }
            .items label { min-height: 0; }
        }
        "#,
        space = SPACE,
        border = COLOR_BORDER,
        border_width = BORDER_WIDTH,
        radius = RADIUS,
        surface_alt = COLOR_SURFACE_ALT,
        surface = COLOR_SURFACE,
        text = COLOR_TEXT,
        line = TIMELINE_LINE,
        now = TIMELINE_NOW,
        success = COLOR_SUCCESS,
        muted = COLOR_MUTED,
        focus = COLOR_FOCUS,
    )
}
