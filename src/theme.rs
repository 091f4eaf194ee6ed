//! Design tokens and `::part()` names: public API, declared once. The stylesheet that uses
//! them is authored with stylist in [`crate::styles`] (at build time).
//!
//! Every colour, font, size, radius and spacing comes from a `--botox-guide-*` custom
//! property with a default. Custom properties inherit into the shadow root, so a host page
//! themes the widget with `botox-guide { --botox-guide-color-accent: #0a7d6c; }`.

/// A token, as the stylesheet uses it: `var(--_<name>)`, a private property set from the
/// public `--botox-guide-<name>` with its default (font families use the public one
/// directly: their default is the host's font). A colour's is `--botox-guide-used-<name>`:
/// the colour actually used after the readability adjustment, documented for designers'
/// own `::part()` rules (set on the frame, so a value given from outside never reaches in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Var(pub &'static str);

impl Var {
    pub fn name(self) -> &'static str {
        self.0
    }
    /// The property the stylesheet reads (see [`Var`]).
    pub fn private(self) -> String {
        match TOKENS.iter().any(|t| t.var == self && t.is_colour()) {
            true => format!("--botox-guide-used-{}", self.0),
            false => format!("--_{}", self.0),
        }
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
            write!(f, "var({})", self.private())
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
pub const COLOR_HEADING: Var = Var("color-heading");
pub const COLOR_TAB_TEXT: Var = Var("color-tab-text");
pub const TAB_INDICATOR: Var = Var("tab-indicator");
pub const ICON_FILLED: Var = Var("icon-filled");
pub const ICON_PLACEBO: Var = Var("icon-placebo");
pub const ICON_BENEFIT: Var = Var("icon-benefit");
pub const ICON_EMPTY: Var = Var("icon-empty");
pub const TIMELINE_LINE: Var = Var("timeline-line");
pub const TIMELINE_NOW: Var = Var("timeline-now");
pub const FONT_FAMILY: Var = Var("font-family");
pub const HEADING_FONT_FAMILY: Var = Var("heading-font-family");
pub const HEADING_WEIGHT: Var = Var("heading-weight");
pub const FONT_SIZE: Var = Var("font-size");
pub const LINE_HEIGHT: Var = Var("line-height");
pub const RADIUS: Var = Var("radius");
pub const BORDER_WIDTH: Var = Var("border-width");
pub const CALLOUT_BAR_WIDTH: Var = Var("callout-bar-width");
pub const TAB_INDICATOR_WIDTH: Var = Var("tab-indicator-width");
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
    /// How a colour the clinic sets is kept readable (see [`Contrast`]).
    pub contrast: Contrast,
    /// A colour that follows another token when the clinic has not set it (the icons for
    /// Botox figures and the timeline's "now" follow the accent).
    pub follows: Option<Var>,
}

/// What a colour token must stay readable against, whatever value a clinic gives it. In
/// each scheme the colour actually used is the clinic's, darkened (light scheme) or
/// lightened (dark scheme) only as far as needed to reach the bound, keeping its hue
/// (the WCAG relative luminance, computed in CSS: `styles/host.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contrast {
    /// Text and links: at least 4.5:1 against every surface of its scheme.
    Text,
    /// Non-text UI (icons, rings, focus indicators): at least 3:1 against every surface.
    NonText,
    /// A background: kept light in the light scheme and dark in the dark one, so every text
    /// and non-text colour meets its ratio on it. Text on an accent background is one.
    Surface,
    /// Borders and dividers that only decorate: used as given in the light scheme, and kept
    /// dark in the dark one (a light border drawn on a dark guide glares).
    Decorative,
    /// Not a colour.
    None,
}

/// The luminance bounds behind [`Contrast`] (WCAG relative luminance, 0 to 1), with a
/// little margin over 4.5:1 and 3:1 so rounding can never fall short: light-scheme surfaces
/// have Y ≥ 0.80 (a cream such as #f1e9dc, Y 0.82, is used exactly), so text needs
/// Y ≤ (0.80 + 0.05) / 4.6 − 0.05 and non-text Y ≤ 0.85 / 3.1 − 0.05; dark-scheme surfaces
/// have Y ≤ 0.03, so text needs Y ≥ 4.6 × 0.08 − 0.05 and non-text Y ≥ 3.1 × 0.08 − 0.05.
/// Decorative lines stay at Y ≤ 0.12 in the dark scheme.
pub mod bounds {
    pub const LIGHT_SURFACE_MIN: f64 = 0.80;
    pub const LIGHT_TEXT_MAX: f64 = (LIGHT_SURFACE_MIN + 0.05) / 4.6 - 0.05;
    pub const LIGHT_NON_TEXT_MAX: f64 = (LIGHT_SURFACE_MIN + 0.05) / 3.1 - 0.05;
    pub const DARK_SURFACE_MAX: f64 = 0.03;
    pub const DARK_TEXT_MIN: f64 = 4.6 * (DARK_SURFACE_MAX + 0.05) - 0.05;
    pub const DARK_NON_TEXT_MIN: f64 = 3.1 * (DARK_SURFACE_MAX + 0.05) - 0.05;
    pub const DARK_DECORATIVE_MAX: f64 = 0.12;
}

impl Token {
    pub fn name(&self) -> &'static str {
        self.var.0
    }

    pub fn is_colour(&self) -> bool {
        self.contrast != Contrast::None
    }

    /// The read-only property holding the colour actually used (after the readability
    /// adjustment, in the scheme in effect), for a designer's own `::part()` rules.
    pub fn used(&self) -> Option<String> {
        self.is_colour().then(|| self.var.private())
    }

    /// The per-scheme custom properties a designer may set for exact control.
    pub fn per_scheme(&self) -> Option<(String, String)> {
        self.is_colour().then(|| (format!("--botox-guide-light-{}", self.name()), format!("--botox-guide-dark-{}", self.name())))
    }
}

const fn tok(var: Var, light: &'static str, dark: &'static str, contrast: Contrast, what: &'static str) -> Token {
    Token { var, light, dark, what, contrast, follows: None }
}

const fn follows(var: Var, of: Var, light: &'static str, dark: &'static str, contrast: Contrast, what: &'static str) -> Token {
    Token { var, light, dark, what, contrast, follows: Some(of) }
}

/// Every token, with its light and dark defaults. Public API: README lists them all.
pub const TOKENS: &[Token] = &[
    tok(COLOR_ACCENT, "#0b6b66", "#5fd4c8", Contrast::Text, "Selected tab, links, buttons, icons for Botox figures"),
    tok(COLOR_ACCENT_CONTRAST, "#ffffff", "#06201e", Contrast::Surface, "Text on accent-coloured backgrounds"),
    tok(COLOR_TEXT, "#1c2329", "#e9eef2", Contrast::Text, "Body text"),
    tok(COLOR_MUTED, "#4f5b66", "#b4c0cb", Contrast::Text, "Secondary text: sources, dates, captions"),
    tok(COLOR_SURFACE, "#ffffff", "#161b20", Contrast::Surface, "Widget background, tabs, risk cards, the today card and secondary buttons"),
    tok(COLOR_SURFACE_ALT, "#f2f5f7", "#212830", Contrast::Surface, "Tab bar, callouts, the short version, the planner and the current step"),
    tok(COLOR_BORDER, "#c9d2da", "#44505c", Contrast::Decorative, "Borders and dividers"),
    tok(COLOR_DANGER, "#b3261e", "#ff8a80", Contrast::Text, "Urgent warnings (get medical help now)"),
    tok(COLOR_DANGER_SURFACE, "#fdecea", "#3a1614", Contrast::Surface, "Background of urgent warnings"),
    tok(COLOR_WARNING, "#8a5300", "#ffc26b", Contrast::Text, "Cautions and red flags"),
    tok(COLOR_WARNING_SURFACE, "#fff4e0", "#33260f", Contrast::Surface, "Background of cautions"),
    tok(COLOR_SUCCESS, "#1e6b34", "#7edc95", Contrast::Text, "Done steps and ticks"),
    tok(COLOR_FOCUS, "#1f5fd1", "#9cc2ff", Contrast::NonText, "Keyboard focus ring"),
    follows(COLOR_HEADING, COLOR_TEXT, "#1c2329", "#e9eef2", Contrast::Text, "Every heading: the title, section, group, card and step titles (follows the text colour)"),
    follows(COLOR_TAB_TEXT, COLOR_TEXT, "#1c2329", "#e9eef2", Contrast::Text, "Text of the tabs not selected (follows the text colour; the selected tab uses the accent)"),
    follows(TAB_INDICATOR, COLOR_ACCENT, "#0b6b66", "#5fd4c8", Contrast::NonText, "The selected tab's underline and border (follows the accent)"),
    follows(ICON_FILLED, COLOR_ACCENT, "#0b6b66", "#5fd4c8", Contrast::NonText, "Icon arrays: people with the effect, with Botox (follows the accent)"),
    tok(ICON_PLACEBO, "#5b4a8a", "#c3b5f0", Contrast::NonText, "Icon arrays: people with the effect, with placebo injections"),
    tok(ICON_BENEFIT, "#1e6b34", "#7edc95", Contrast::NonText, "Icon arrays: people who benefited"),
    tok(ICON_EMPTY, "#8a96a3", "#6d7a87", Contrast::NonText, "Icon arrays: outline of everyone else"),
    tok(TIMELINE_LINE, "#8a96a3", "#6d7a87", Contrast::NonText, "Aftercare timeline: the line joining the steps"),
    follows(TIMELINE_NOW, COLOR_ACCENT, "#0b6b66", "#5fd4c8", Contrast::Text, "Aftercare timeline: the current step's marker and border (follows the accent)"),
    tok(FONT_FAMILY, "inherit", "inherit", Contrast::None, "Body font (inherits the host page's font)"),
    tok(HEADING_FONT_FAMILY, "inherit", "inherit", Contrast::None, "Heading font: the title, section, group, card and step titles"),
    tok(HEADING_WEIGHT, "700", "700", Contrast::None, "Heading weight (every heading)"),
    tok(FONT_SIZE, "16px", "16px", Contrast::None, "Base text size; every other size scales from it"),
    tok(LINE_HEIGHT, "1.5", "1.5", Contrast::None, "Body line height"),
    tok(RADIUS, "8px", "8px", Contrast::None, "Corner radius of the widget, cards and buttons"),
    tok(BORDER_WIDTH, "1px", "1px", Contrast::None, "Width of the frame's, tabs', cards' and fields' borders"),
    tok(CALLOUT_BAR_WIDTH, "6px", "6px", Contrast::None, "Width of the coloured bar on the start side of callouts (the urgent box's is 2px wider)"),
    tok(TAB_INDICATOR_WIDTH, "3px", "3px", Contrast::None, "Thickness of the selected tab's underline (its bottom border)"),
    tok(SPACE, "16px", "16px", Contrast::None, "Base spacing unit"),
    tok(MAX_WIDTH, "860px", "860px", Contrast::None, "Maximum width of the widget (the element's own: centre it with `margin-inline: auto` on the element)"),
    tok(SHADOW, "0 1px 3px rgba(0,0,0,.12)", "0 1px 3px rgba(0,0,0,.5)", Contrast::None, "Shadow of the widget frame"),
    tok(TRANSITION, "150ms ease", "150ms ease", Contrast::None, "Transitions (none when reduced motion is asked for)"),
];

/// `::part()` names. Public API: the README's table says exactly what each covers, and
/// `e2e/theming.test.mjs` checks the widget's markup holds exactly these.
pub const PARTS: &[(&str, &str)] = &[
    ("root", "The widget's outer frame"),
    ("title", "The guide's title at the top (absent with `heading=\"none\"`)"),
    ("tablist", "The row of tabs"),
    ("tab", "Each tab"),
    ("tab-active", "The selected tab (in addition to `tab`); its underline is its bottom border"),
    ("panel", "The visible topic panel"),
    ("safety", "The most important safety information, on every tab"),
    ("summary", "The short version at the top of a tab"),
    ("disclosure", "The button that opens a tab's full detail"),
    ("callout", "Each boxed note, caution or urgent warning inside a topic"),
    ("clinic-card", "The clinic's name, phone and booking link"),
    ("risk-card", "Each side effect or benefit in the risk explainer"),
    ("icon-array", "Each 100-icon array (a figure with its caption)"),
    ("urgent", "The \"get medical help right away\" box"),
    ("switch", "Each treatment switch (cosmetic or migraine), a fieldset of two options"),
    ("planner", "The aftercare planner: date field, treatment switch, its buttons and the today card"),
    ("date-input", "The treatment date and time field"),
    ("today", "The card saying what to do today, once a date is set"),
    ("send", "The \"Send to my phone\" panel: the plan's QR code (always dark on white), its link, Copy link or Share"),
    ("timeline-step", "Each step of the aftercare timeline"),
    ("timeline-marker", "Each step's numbered circle (a tick once past) on the timeline"),
    ("badge", "The label beside a step's title (now, next or past)"),
    ("button", "Every button: the call and booking links, the planner's buttons, \"See the side effects\""),
    ("button-primary", "The main call to action: the booking link (in addition to `button`)"),
    ("button-secondary", "Every other button (in addition to `button`)"),
    ("sources", "The sources list and review note"),
];
