//! Design tokens and `::part()` names: public API, declared once. The stylesheet that uses
//! them is authored with stylist in [`crate::styles`] (at build time).
//!
//! Every colour, font, size, radius and spacing comes from a `--botox-guide-*` custom
//! property with a default. Custom properties inherit into the shadow root, so a host page
//! themes the widget with `botox-guide { --botox-guide-color-accent: #0a7d6c; }`.

/// A token, as the stylesheet uses it: `var(--_<name>)`, a private property set from the
/// public `--botox-guide-<name>` with its default (font families use the public one
/// directly: their default is the host's font).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Var(pub &'static str);

impl Var {
    pub fn name(self) -> &'static str {
        self.0
    }
    /// The public custom property a designer sets.
    pub fn public(self) -> String {
        format!("--botox-guide-{}", self.0)
    }
}

impl std::fmt::Display for Var {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.ends_with("font-family") {
            write!(f, "var(--botox-guide-{})", self.0)
        } else {
            write!(f, "var(--_{})", self.0)
        }
    }
}

pub const COLOR_ACCENT: Var = Var("color-accent");
pub const COLOR_ACCENT_CONTRAST: Var = Var("color-accent-contrast");
pub const COLOR_TEXT: Var = Var("color-text");
pub const COLOR_MUTED: Var = Var("color-muted");
pub const COLOR_SURFACE: Var = Var("color-surface");
pub const COLOR_SURFACE_ALT: Var = Var("color-surface-alt");
pub const COLOR_BORDER: Var = Var("color-border");
pub const COLOR_DANGER: Var = Var("color-danger");
pub const COLOR_DANGER_SURFACE: Var = Var("color-danger-surface");
pub const COLOR_WARNING: Var = Var("color-warning");
pub const COLOR_WARNING_SURFACE: Var = Var("color-warning-surface");
pub const COLOR_SUCCESS: Var = Var("color-success");
pub const COLOR_FOCUS: Var = Var("color-focus");
pub const ICON_FILLED: Var = Var("icon-filled");
pub const ICON_PLACEBO: Var = Var("icon-placebo");
pub const ICON_BENEFIT: Var = Var("icon-benefit");
pub const ICON_EMPTY: Var = Var("icon-empty");
pub const TIMELINE_LINE: Var = Var("timeline-line");
pub const TIMELINE_NOW: Var = Var("timeline-now");
pub const FONT_FAMILY: Var = Var("font-family");
pub const HEADING_FONT_FAMILY: Var = Var("heading-font-family");
pub const FONT_SIZE: Var = Var("font-size");
pub const LINE_HEIGHT: Var = Var("line-height");
pub const RADIUS: Var = Var("radius");
pub const SPACE: Var = Var("space");
pub const MAX_WIDTH: Var = Var("max-width");
pub const SHADOW: Var = Var("shadow");
pub const TRANSITION: Var = Var("transition");

/// One public design token.
pub struct Token {
    pub var: Var,
    pub light: &'static str,
    /// Dark-theme default; the same as `light` for non-colour tokens.
    pub dark: &'static str,
    /// What it styles (README table, playground, manifest).
    pub what: &'static str,
}

impl Token {
    pub fn name(&self) -> &'static str {
        self.var.0
    }
}

/// Every token, with its light and dark defaults. Public API: README lists them all.
pub const TOKENS: &[Token] = &[
    Token { var: COLOR_ACCENT, light: "#0b6b66", dark: "#5fd4c8", what: "Selected tab, links, buttons, icons for Botox figures" },
    Token { var: COLOR_ACCENT_CONTRAST, light: "#ffffff", dark: "#06201e", what: "Text on accent-coloured backgrounds" },
    Token { var: COLOR_TEXT, light: "#1c2329", dark: "#e9eef2", what: "Body text" },
    Token { var: COLOR_MUTED, light: "#4f5b66", dark: "#b4c0cb", what: "Secondary text: sources, dates, captions" },
    Token { var: COLOR_SURFACE, light: "#ffffff", dark: "#161b20", what: "Widget background" },
    Token { var: COLOR_SURFACE_ALT, light: "#f2f5f7", dark: "#212830", what: "Tab bar, cards and callouts" },
    Token { var: COLOR_BORDER, light: "#c9d2da", dark: "#44505c", what: "Borders and dividers" },
    Token { var: COLOR_DANGER, light: "#b3261e", dark: "#ff8a80", what: "Urgent warnings (get medical help now)" },
    Token { var: COLOR_DANGER_SURFACE, light: "#fdecea", dark: "#3a1614", what: "Background of urgent warnings" },
    Token { var: COLOR_WARNING, light: "#8a5300", dark: "#ffc26b", what: "Cautions and red flags" },
    Token { var: COLOR_WARNING_SURFACE, light: "#fff4e0", dark: "#33260f", what: "Background of cautions" },
    Token { var: COLOR_SUCCESS, light: "#1e6b34", dark: "#7edc95", what: "Done steps and ticks" },
    Token { var: COLOR_FOCUS, light: "#1f5fd1", dark: "#9cc2ff", what: "Keyboard focus ring" },
    Token { var: ICON_FILLED, light: "var(--botox-guide-color-accent, #0b6b66)", dark: "var(--botox-guide-color-accent, #5fd4c8)", what: "Icon arrays: people with the effect, with Botox (follows the accent)" },
    Token { var: ICON_PLACEBO, light: "#5b4a8a", dark: "#c3b5f0", what: "Icon arrays: people with the effect, with placebo injections" },
    Token { var: ICON_BENEFIT, light: "#1e6b34", dark: "#7edc95", what: "Icon arrays: people who benefited" },
    Token { var: ICON_EMPTY, light: "#8a96a3", dark: "#6d7a87", what: "Icon arrays: outline of everyone else" },
    Token { var: TIMELINE_LINE, light: "#8a96a3", dark: "#6d7a87", what: "Aftercare timeline: the line joining the steps" },
    Token { var: TIMELINE_NOW, light: "var(--botox-guide-color-accent, #0b6b66)", dark: "var(--botox-guide-color-accent, #5fd4c8)", what: "Aftercare timeline: the current step's marker and border (follows the accent)" },
    Token { var: FONT_FAMILY, light: "inherit", dark: "inherit", what: "Body font (inherits the host page's font)" },
    Token { var: HEADING_FONT_FAMILY, light: "inherit", dark: "inherit", what: "Heading font" },
    Token { var: FONT_SIZE, light: "16px", dark: "16px", what: "Base text size; every other size scales from it" },
    Token { var: LINE_HEIGHT, light: "1.5", dark: "1.5", what: "Body line height" },
    Token { var: RADIUS, light: "8px", dark: "8px", what: "Corner radius of the widget, cards and buttons" },
    Token { var: SPACE, light: "16px", dark: "16px", what: "Base spacing unit" },
    Token { var: MAX_WIDTH, light: "860px", dark: "860px", what: "Maximum width of the widget" },
    Token { var: SHADOW, light: "0 1px 3px rgba(0,0,0,.12)", dark: "0 1px 3px rgba(0,0,0,.5)", what: "Shadow of the widget frame" },
    Token { var: TRANSITION, light: "150ms ease", dark: "150ms ease", what: "Transitions (none when reduced motion is asked for)" },
];

/// `::part()` names. Public API.
pub const PARTS: &[(&str, &str)] = &[
    ("root", "The widget's outer frame"),
    ("tablist", "The row of tabs"),
    ("tab", "Each tab"),
    ("tab-active", "The selected tab (in addition to `tab`)"),
    ("panel", "The visible topic panel"),
    ("clinic-card", "The clinic's name, phone and booking link"),
    ("risk-card", "Each side effect or benefit in the risk explainer"),
    ("icon-array", "Each 100-icon array (a figure with its caption)"),
    ("urgent", "The \"get medical help right away\" box"),
    ("button", "Call and booking buttons"),
    ("sources", "The sources list and review note"),
];
