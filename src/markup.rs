//! The markup contract: the class names, element-id prefixes and data attributes of the
//! rendered guide that the loader touches in the prerendered view (to lay it out for a
//! widget's options before the wasm runs) or that carry a visitor's input over to the live
//! widget. Declared once, here; the components render them (Yew's `html!` needs attribute
//! names written out, so a test, `tests/markup.rs`, checks each one is in the rendered guide),
//! and the loader gets them in its data (`DATA.markup`).

/// The widget's frame (`.root`), and the attribute that marks it as the prerendered view.
pub const FRAME: &str = "root";
pub const SHELL_ATTR: &str = "data-shell";
pub const TITLE: &str = "title";
pub const NOTICE: &str = "notice";
pub const TABLIST: &str = "tablist";
/// Element ids: `bg-tab-<tab>` and `bg-panel-<tab>`.
pub const TAB_PREFIX: &str = "bg-tab-";
pub const PANEL_PREFIX: &str = "bg-panel-";
/// A tab's id on its button.
pub const TAB_ATTR: &str = "data-tab";
pub const CARD: &str = "clinic-card";
pub const FOOTER: &str = "footer";
/// A print-only line of the clinic card (`phone`, `booking`).
pub const PRINT_ATTR: &str = "data-print";
/// One treatment's figures or steps (`cosmetic`, `migraine`).
pub const TREATMENT_ATTR: &str = "data-treatment";
/// A part of the footer's review line (`none`, `by`, `on`, `signed`, `unsigned`).
pub const REVIEW_ATTR: &str = "data-review";
/// Shown only with that tab among the sections.
pub const NEEDS_TAB_ATTR: &str = "data-needs-tab";
pub const SWITCH: &str = "switch";
/// A checklist item's id on its box.
pub const ITEM_ATTR: &str = "data-item";
/// A button that opens what its `aria-controls` names (a tab's full detail).
pub const DISCLOSURE: &str = "disclosure";
/// The note the prerendered view shows while a clinic's own content is on its way.
pub const CONTENT_LOADING_ATTR: &str = "data-content-loading";

/// Every entry, by the name the loader's data gives it.
pub const ALL: &[(&str, &str)] = &[
    ("frame", FRAME),
    ("shellAttr", SHELL_ATTR),
    ("title", TITLE),
    ("notice", NOTICE),
    ("tablist", TABLIST),
    ("tabPrefix", TAB_PREFIX),
    ("panelPrefix", PANEL_PREFIX),
    ("tabAttr", TAB_ATTR),
    ("card", CARD),
    ("footer", FOOTER),
    ("printAttr", PRINT_ATTR),
    ("treatmentAttr", TREATMENT_ATTR),
    ("reviewAttr", REVIEW_ATTR),
    ("needsTabAttr", NEEDS_TAB_ATTR),
    ("switchClass", SWITCH),
    ("itemAttr", ITEM_ATTR),
    ("disclosure", DISCLOSURE),
    ("contentLoadingAttr", CONTENT_LOADING_ATTR),
];
