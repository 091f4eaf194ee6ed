//! The shadow root itself (`:host`): inherited properties reset so host-page CSS cannot reach
//! in through inheritance (`!important` inside the shadow tree beats the host's), and the
//! tokens: each public `--botox-guide-*` property read once into a private `--_*` one that
//! the other sheets use. Colours are kept readable whatever a clinic sets (docs/decisions.md,
//! "A brand colour stays readable in light and dark").

use std::borrow::Cow;

use stylist::ast::{sheet, Block, Rule, RuleBlockContent, ScopeContent, Selector, Sheet, StyleAttribute};
use stylist_core::bow::Bow;

use botox_guide::theme::{bounds, Contrast, FONT_FAMILY, FONT_SIZE, LINE_HEIGHT, MAX_WIDTH, TOKENS};

pub fn sheet() -> Sheet {
    let reset = sheet!(
        r#"
        :host {
            display: block !important;
            box-sizing: border-box;
            max-width: var(${max_width}, ${max_width_default});
            contain: content;
            font-family: ${font} !important;
            font-size: var(${size}, 16px) !important;
            line-height: var(${line}, 1.5) !important;
            font-style: normal !important;
            font-weight: 400 !important;
            font-variant: normal !important;
            font-stretch: normal !important;
            letter-spacing: normal !important;
            word-spacing: normal !important;
            text-align: start !important;
            text-indent: 0 !important;
            text-transform: none !important;
            text-shadow: none !important;
            white-space: normal !important;
            visibility: visible !important;
            cursor: auto !important;
            color: initial !important;
            direction: ltr !important;
            list-style: initial !important;
            quotes: initial !important;
            hyphens: manual !important;
            writing-mode: horizontal-tb !important;
        }
        :host([hidden]) {
            display: none !important;
        }
        "#,
        font = FONT_FAMILY,
        max_width = MAX_WIDTH.public(),
        max_width_default = TOKENS.iter().find(|t| t.var == MAX_WIDTH).map_or("none", |t| t.light),
        size = FONT_SIZE.public(),
        line = LINE_HEIGHT.public(),
    );
    let mut content: Vec<ScopeContent> = reset.iter().cloned().collect();
    // Every browser: the default palette (a clinic's colours are not used where they could
    // not be kept readable), dark by the theme option or the visitor's setting.
    content.push(block(".root", defaults(false)));
    content.push(block(".root[data-theme=dark]", [defaults(true), vec![attr("color-scheme", "dark")]].concat()));
    // `device` (and `auto` before the loader has read the page, in a pasted snippet) follows
    // the visitor's setting.
    content.push(rule("@media (prefers-color-scheme: dark)", vec![nested(".root[data-theme=auto], .root[data-theme=device]", [defaults(true), vec![attr("color-scheme", "dark")]].concat())]));
    // Browsers with relative colours and light-dark() (Chrome and Edge 123, Safari 17.5,
    // Firefox 128 and later): the clinic's colours, each kept readable in each scheme.
    content.push(rule(
        SUPPORTS,
        vec![
            nested(".root, .root[data-theme]", derived()),
            nested(".root, .root[data-theme=light]", vec![attr("color-scheme", "light")]),
            nested(".root[data-theme=auto], .root[data-theme=device]", vec![attr("color-scheme", "light dark")]),
            nested(".root[data-theme=dark]", vec![attr("color-scheme", "dark")]),
        ],
    ));
    content.into()
}

/// The hold, only for a guide whose view comes with the page's HTML (the builder's snippet
/// carries it inline, `botox-guide.css` for the prerendered snippet and server-rendered guides;
/// `embed.js` never needs it, its elements are defined before their shadow root exists): while
/// nothing has defined the element, the guide sits out the page's first frame. A one-frame
/// animation keeps it `content-visibility: hidden`, a screen high, so the page paints its own
/// content without the guide's style and layout, and the guide paints in the next frame.
/// Without JavaScript the animation ends on its own; once `embed.js` has defined the element it
/// never applies again (a page that moves or re-shows the guide gets no blank frame).
/// docs/decisions.md, "The page paints first (issue 32, fifth part)".
pub fn hold() -> Sheet {
    sheet!(
        r#"
        :host(:not(:defined)) {
            animation: botox-guide-hold 1ms step-end;
        }
        @keyframes botox-guide-hold {
            from {
                content-visibility: hidden;
                contain-intrinsic-block-size: 100vh;
            }
        }
        "#
    )
}

/// Each colour token's used property registered as a `<color>` (`@property`), for the
/// document, not the shadow root (browsers ignore `@property` there): the loader adopts it
/// into the page once (`loader/shell.ts`) and the pasted snippet carries it
/// (`loader/snippet.ts`). Registered, each derived colour is worked out once, on the frame,
/// and inherited as a colour; unregistered, every element that uses one worked out its whole
/// `light-dark(color(from …))` expression again: half the guide's style time before its first
/// paint (docs/decisions.md, "The first paint's style work"). Nothing else changes: the frame
/// holds one colour scheme, so the colour is the same one at every element, and without the
/// registration (a page that drops it) the guide looks the same. A value that cannot be worked
/// out (a designer's colour that is not a colour) falls back to the light default.
pub fn registrations() -> Sheet {
    TOKENS
        .iter()
        .filter(|t| t.is_colour())
        .map(|t| {
            rule(
                &format!("@property {}", t.var.private()),
                vec![attr("syntax", "\"<color>\""), attr("inherits", "true"), attr("initial-value", t.light)],
            )
        })
        .collect::<Vec<_>>()
        .into()
}

/// The feature test for the derived colours.
pub const SUPPORTS: &str = "@supports (color: light-dark(color(from red xyz-d65 x y z), red))";

/// The default palette and the public non-colour tokens (font size, radius, …). Font families
/// are read by the sheets from the public property (their default is the host's font).
fn defaults(dark: bool) -> Vec<RuleBlockContent> {
    TOKENS
        .iter()
        .filter(|t| !t.name().ends_with("font-family"))
        .map(|t| {
            let default = if dark { t.dark } else { t.light };
            let value = if t.is_colour() { default.to_string() } else { format!("var({}, {default})", t.var.public()) };
            attr(&t.var.private(), &value)
        })
        .collect()
}

/// Each colour token as `light-dark(<light>, <dark>)`, each side the clinic's colour for
/// that scheme (`--botox-guide-light-x`, else `--botox-guide-x`, else the token it follows,
/// else the default) kept within its contrast bound.
fn derived() -> Vec<RuleBlockContent> {
    TOKENS
        .iter()
        .filter(|t| t.is_colour())
        .map(|t| {
            let (light, dark) = t.per_scheme().expect("a colour token");
            let source = |scheme: &str, per_scheme: &str, default: &str| {
                let fallback = match t.follows {
                    Some(of) => format!("var(--botox-guide-{scheme}-{}, var({}, {default}))", of.name(), of.public()),
                    None => default.to_string(),
                };
                format!("var({per_scheme}, var({}, {fallback}))", t.var.public())
            };
            let (l, d) = (source("light", &light, t.light), source("dark", &dark, t.dark));
            let (l, d) = match t.contrast {
                Contrast::Text => (at_most(&l, bounds::LIGHT_TEXT_MAX), at_least(&d, bounds::DARK_TEXT_MIN)),
                Contrast::NonText => (at_most(&l, bounds::LIGHT_NON_TEXT_MAX), at_least(&d, bounds::DARK_NON_TEXT_MIN)),
                Contrast::Surface => (at_least(&l, bounds::LIGHT_SURFACE_MIN), at_most(&d, bounds::DARK_SURFACE_MAX)),
                Contrast::Decorative => (l, at_most(&d, bounds::DARK_DECORATIVE_MAX)),
                Contrast::None => (l, d),
            };
            attr(&t.var.private(), &format!("light-dark({l}, {d})"))
        })
        .collect()
}

/// WCAG relative luminance is the `Y` of CIE XYZ (D65): in `xyz-d65` it is the `y` channel
/// itself, so each bound below reads it once instead of summing three weighted linear-light
/// channels (`srgb-linear`) in every channel's `calc()`: the derived colours' text is a third
/// shorter, and so is the style work of substituting and parsing it (docs/decisions.md, "What
/// Lighthouse counts for the first paint"). The colours are the same: XYZ is a linear map of
/// linear-light sRGB, so scaling or mixing toward white there gives the same colour.
const LUMINANCE: &str = "y";

/// White (linear sRGB 1, 1, 1) in XYZ (D65): where [`at_least`] mixes toward.
const WHITE_X: &str = "0.95046";
const WHITE_Z: &str = "1.08906";

/// `colour`, darkened toward black (its linear channels scaled, so the hue stays) just
/// enough that its luminance is at most `max`; unchanged when it already is.
pub fn at_most(colour: &str, max: f64) -> String {
    let k = format!("min(1, {max:.4} / max({LUMINANCE}, 0.0001))");
    format!("color(from {colour} xyz-d65 calc(x * {k}) calc(y * {k}) calc(z * {k}))")
}

/// `colour`, mixed toward white just enough that its luminance is at least `min`;
/// unchanged when it already is.
pub fn at_least(colour: &str, min: f64) -> String {
    let t = format!("max(0, ({min:.4} - {LUMINANCE}) / max(1 - {LUMINANCE}, 0.0001))");
    format!("color(from {colour} xyz-d65 calc(x + ({WHITE_X} - x) * {t}) calc(y + (1 - y) * {t}) calc(z + ({WHITE_Z} - z) * {t}))")
}

fn attr(key: &str, value: &str) -> RuleBlockContent {
    RuleBlockContent::StyleAttr(StyleAttribute { key: Cow::Owned(key.to_string()), value: vec![value.to_string().into()].into() })
}

fn block(selector: &str, content: Vec<RuleBlockContent>) -> ScopeContent {
    ScopeContent::Block(Block { condition: vec![Selector { fragments: vec![selector.to_string().into()].into() }].into(), content: content.into() })
}

fn nested(selector: &str, content: Vec<RuleBlockContent>) -> RuleBlockContent {
    RuleBlockContent::Block(Bow::Boxed(Box::new(Block {
        condition: vec![Selector { fragments: vec![selector.to_string().into()].into() }].into(),
        content: content.into(),
    })))
}

fn rule(condition: &str, content: Vec<RuleBlockContent>) -> ScopeContent {
    ScopeContent::Rule(Rule { condition: vec![condition.to_string().into()].into(), content: content.into() })
}
