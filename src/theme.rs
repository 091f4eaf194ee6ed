//! Design tokens and the widget's stylesheet.
//!
//! Every colour, font, size, radius and spacing comes from a `--botox-guide-*` custom
//! property with a default. Custom properties inherit into the shadow root, so a host page
//! themes the widget with `botox-guide { --botox-guide-color-accent: #0a7d6c; }`.
//! The stylesheet lives inside each instance's shadow root (adopted, so a strict CSP that
//! forbids inline `<style>` still applies it); nothing is written into the host document.

/// One public design token.
pub struct Token {
    /// Name without the `--botox-guide-` prefix.
    pub name: &'static str,
    pub light: &'static str,
    /// Dark-theme default; the same as `light` for non-colour tokens.
    pub dark: &'static str,
    /// What it styles (for the README table; not compiled into the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub what: &'static str,
}

const fn t(name: &'static str, light: &'static str, dark: &'static str, what: &'static str) -> Token {
    #[cfg(target_arch = "wasm32")]
    let _ = what;
    Token {
        name,
        light,
        dark,
        #[cfg(not(target_arch = "wasm32"))]
        what,
    }
}

/// Every token, with its light and dark defaults. Public API: README lists them all.
pub const TOKENS: &[Token] = &[
    t("color-accent", "#0b6b66", "#5fd4c8", "Selected tab, links, buttons, icons for Botox figures"),
    t("color-accent-contrast", "#ffffff", "#06201e", "Text on accent-coloured backgrounds"),
    t("color-text", "#1c2329", "#e9eef2", "Body text"),
    t("color-muted", "#4f5b66", "#b4c0cb", "Secondary text: sources, dates, captions"),
    t("color-surface", "#ffffff", "#161b20", "Widget background"),
    t("color-surface-alt", "#f2f5f7", "#212830", "Tab bar, cards and callouts"),
    t("color-border", "#c9d2da", "#44505c", "Borders and dividers"),
    t("color-danger", "#b3261e", "#ff8a80", "Urgent warnings (get medical help now)"),
    t("color-danger-surface", "#fdecea", "#3a1614", "Background of urgent warnings"),
    t("color-warning", "#8a5300", "#ffc26b", "Cautions and red flags"),
    t("color-warning-surface", "#fff4e0", "#33260f", "Background of cautions"),
    t("color-success", "#1e6b34", "#7edc95", "Done steps and ticks"),
    t("color-focus", "#1f5fd1", "#9cc2ff", "Keyboard focus ring"),
    t("icon-filled", "var(--botox-guide-color-accent, #0b6b66)", "var(--botox-guide-color-accent, #5fd4c8)", "Icon arrays: people with the effect, with Botox (follows the accent)"),
    t("icon-placebo", "#5b4a8a", "#c3b5f0", "Icon arrays: people with the effect, with placebo injections"),
    t("icon-benefit", "#1e6b34", "#7edc95", "Icon arrays: people who benefited"),
    t("icon-empty", "#8a96a3", "#6d7a87", "Icon arrays: outline of everyone else"),
    t("timeline-line", "#8a96a3", "#6d7a87", "Aftercare timeline: the line joining the steps"),
    t("timeline-now", "var(--botox-guide-color-accent, #0b6b66)", "var(--botox-guide-color-accent, #5fd4c8)", "Aftercare timeline: the current step's marker and border (follows the accent)"),
    t("font-family", "inherit", "inherit", "Body font (inherits the host page's font)"),
    t("heading-font-family", "inherit", "inherit", "Heading font"),
    t("font-size", "16px", "16px", "Base text size; every other size scales from it"),
    t("line-height", "1.5", "1.5", "Body line height"),
    t("radius", "8px", "8px", "Corner radius of the widget, cards and buttons"),
    t("space", "16px", "16px", "Base spacing unit"),
    t("max-width", "860px", "860px", "Maximum width of the widget"),
    t("shadow", "0 1px 3px rgba(0,0,0,.12)", "0 1px 3px rgba(0,0,0,.5)", "Shadow of the widget frame"),
    t("transition", "150ms ease", "150ms ease", "Transitions (none when reduced motion is asked for)"),
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

/// Inherited properties reset on `:host`, so host-page CSS cannot reach in through
/// inheritance. `!important` inside the shadow tree beats the host's `!important`.
/// Fonts: `var()` of an unset token is "unset", i.e. the host's font is inherited.
const HOST_RESET: &str = "font-family:var(--botox-guide-font-family)!important;\
font-size:var(--botox-guide-font-size,16px)!important;font-style:normal!important;\
font-weight:400!important;font-variant:normal!important;letter-spacing:normal!important;\
word-spacing:normal!important;line-height:var(--botox-guide-line-height,1.5)!important;\
text-align:start!important;text-indent:0!important;text-transform:none!important;\
text-shadow:none!important;white-space:normal!important;visibility:visible!important;\
cursor:auto!important;color:initial!important;direction:ltr!important;\
list-style:initial!important;quotes:initial!important;hyphens:manual!important;\
writing-mode:horizontal-tb!important;font-stretch:normal!important";

fn declarations(dark: bool) -> String {
    let mut s = String::new();
    // Font families default to "inherit": they are handled on :host and headings.
    for tok in TOKENS.iter().filter(|t| t.light != "inherit") {
        let default = if dark { tok.dark } else { tok.light };
        s.push_str(&format!("--_{n}:var(--botox-guide-{n},{default});", n = tok.name));
    }
    s
}

/// The whole stylesheet for one shadow root.
pub fn stylesheet() -> String {
    let light = declarations(false);
    let dark = declarations(true);
    format!(
        ":host{{display:block!important;box-sizing:border-box;contain:content;{HOST_RESET}}}\
:host([hidden]){{display:none!important}}\
.root{{{light}}}\
.root[data-theme=dark]{{{dark}color-scheme:dark}}\
@media (prefers-color-scheme:dark){{.root[data-theme=auto]{{{dark}color-scheme:dark}}}}\
{COMPONENT_CSS}"
    )
}

/// Component rules. Uses only the private `--_*` variables defined from the tokens.
const COMPONENT_CSS: &str = r#"
.root{box-sizing:border-box;display:block;max-width:var(--_max-width);margin:0 auto;background-color:var(--_color-surface);border:1px solid var(--_color-border);border-radius:var(--_radius);box-shadow:var(--_shadow);overflow-wrap:break-word;text-align:start}
.root *,.root *::before,.root *::after{box-sizing:inherit}
.root{color:var(--_color-text)}
h2,h3,h4{font-family:var(--botox-guide-heading-font-family);line-height:1.25;margin:0 0 .5em}
h2{font-size:1.5em}h3{font-size:1.15em;margin-top:1.25em}h4{font-size:1em}
p{margin:0 0 .75em}
a{color:var(--_color-accent)}
a:focus-visible,button:focus-visible,[tabindex]:focus-visible,input:focus-visible,.date-input:focus,summary:focus-visible{outline:3px solid var(--_color-focus);outline-offset:2px}
.title{font-size:1.25em;margin:0;padding:calc(var(--_space)*.75) var(--_space) 0}
.tablist{display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:calc(var(--_space)*.5) calc(var(--_space)*.5) 0;background-color:var(--_color-surface-alt);border-bottom:1px solid var(--_color-border);border-radius:var(--_radius) var(--_radius) 0 0}
.tab{font:inherit;font-size:.95em;color:var(--_color-text);background:transparent;border:1px solid transparent;border-bottom:none;border-radius:var(--_radius) var(--_radius) 0 0;padding:.5em .8em;margin:0;cursor:pointer;min-height:44px;flex:0 1 auto;transition:background var(--_transition)}
.tab:hover{background-color:var(--_color-surface)}
.tab[aria-selected=true]{background-color:var(--_color-surface);border-color:var(--_color-border);color:var(--_color-accent);font-weight:700;box-shadow:inset 0 -3px 0 var(--_color-accent);margin-bottom:-1px}
.panel{padding:var(--_space)}
.panel[hidden]{display:none}
@media (scripting:none){.tablist{display:none}.panel[hidden]{display:block}.panel{border-bottom:1px solid var(--_color-border)}}
ul,ol{margin:0 0 .75em;padding-inline-start:1.4em}
li{margin:.25em 0}
.list-red_flags li::marker{content:"\2716  ";color:var(--_color-warning)}
.list-questions li::marker{content:"?  ";font-weight:700;color:var(--_color-accent)}
.callout{border:1px solid var(--_color-border);border-inline-start:6px solid var(--_color-accent);background-color:var(--_color-surface-alt);border-radius:var(--_radius);padding:calc(var(--_space)*.75);margin:0 0 1em}
.callout h4{margin-top:0}
.callout-caution{border-inline-start-color:var(--_color-warning);background-color:var(--_color-warning-surface)}
.callout-urgent{border:2px solid var(--_color-danger);border-inline-start-width:6px;background-color:var(--_color-danger-surface)}
.callout-urgent h4{color:var(--_color-danger)}
.cite{font-size:.85em;color:var(--_color-muted);margin:-.25em 0 .9em}
.cite a{color:var(--_color-muted)}
.clinic-card{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;margin:0 var(--_space) var(--_space);padding:calc(var(--_space)*.75);border:1px solid var(--_color-border);border-radius:var(--_radius);background-color:var(--_color-surface-alt)}
.clinic-card h2{font-size:1em;margin:0;flex:1 1 12em}
.button{display:inline-flex;align-items:center;min-height:44px;max-width:100%;overflow-wrap:anywhere;text-align:start;padding:.5em .75em;border-radius:var(--_radius);border:2px solid var(--_color-accent);color:var(--_color-accent);background-color:var(--_color-surface);font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.button-primary{background-color:var(--_color-accent);color:var(--_color-accent-contrast)}
.footer{padding:0 var(--_space) var(--_space);font-size:.9em;color:var(--_color-muted);border-top:1px solid var(--_color-border)}
.footer p{margin:.75em 0 0}
.footer summary{cursor:pointer;margin-top:.75em;color:var(--_color-text);font-weight:700;min-height:24px}
.footer ol li:focus{outline:3px solid var(--_color-focus)}
.notice{margin:var(--_space) var(--_space) 0;padding:.5em .75em;border:1px solid var(--_color-warning);background-color:var(--_color-warning-surface);border-radius:var(--_radius)}
.risk-explainer{margin:1.25em 0}
.switch{min-width:0;border:1px solid var(--_color-border);border-radius:var(--_radius);padding:.25em .75em .5em;margin:0 0 1em;display:flex;flex-wrap:wrap;gap:0 1.5em}
.switch legend{font-weight:700;padding:0 .25em}
.switch-option{display:inline-flex;align-items:center;gap:.5em;min-height:44px;cursor:pointer}
.switch-option input{width:1.25em;height:1.25em;margin:0;accent-color:var(--_color-accent)}
.note{color:var(--_color-muted)}
.risk-list{list-style:none;padding:0;margin:0 0 1em;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17em),1fr));gap:var(--_space)}
.risk-card{margin:0;padding:calc(var(--_space)*.75);border:1px solid var(--_color-border);border-radius:var(--_radius);background-color:var(--_color-surface)}
.risk-card h5,.risk-card h6{font-size:1em;margin:0 0 .5em}
.group{font-size:1.05em;margin-top:1.25em}
.term{font-weight:400;color:var(--_color-muted)}
.arrays{display:flex;flex-wrap:wrap;gap:.75em}
.icon-array{margin:0;flex:1 1 7em;max-width:11em}
.icon-array svg{display:block;width:100%;height:auto}
.icon-array .on{color:var(--_icon-filled);fill:currentColor}
.icon-array.placebo .on{color:var(--_icon-placebo)}
.icon-array.benefit .on{color:var(--_icon-benefit)}
.icon-array .off{fill:none;color:var(--_icon-empty);stroke:currentColor;stroke-width:1.2}
.icon-array figcaption{font-size:.875em;margin-top:.25em}
.facts{margin:.75em 0 0}
.facts dt{font-weight:700;margin-top:.4em}
.facts dd{margin:0}
.urgent{margin:1.25em 0;padding:var(--_space);border:2px solid var(--_color-danger);border-inline-start-width:8px;border-radius:var(--_radius);background-color:var(--_color-danger-surface)}
.urgent h4{color:var(--_color-danger);margin-top:0}
.urgent li{font-weight:700}
.aftercare{margin:1em 0}
.plan-controls{padding:calc(var(--_space)*.75);border:1px solid var(--_color-border);border-radius:var(--_radius);background-color:var(--_color-surface-alt);margin:0 0 1em}
.field-label{display:block;font-weight:700;margin-bottom:.25em}
.date-input{font:inherit;color:var(--_color-text);background-color:var(--_color-surface);border:1px solid var(--_color-border);border-radius:var(--_radius);padding:.4em .5em;min-height:44px;max-width:100%;margin-bottom:.75em}
.status{font-weight:700}
.status:empty{display:none}
.actions{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0}
.button:disabled{opacity:.6;cursor:not-allowed}
.timeline{list-style:none;margin:0;padding:0;counter-reset:step}
.step{position:relative;margin:0;padding:0 0 var(--_space) 2.25em;counter-increment:step}
.step::before{content:counter(step);position:absolute;left:0;top:0;width:1.6em;height:1.6em;border-radius:50%;border:2px solid var(--_timeline-line);background-color:var(--_color-surface);text-align:center;line-height:1.45em;font-size:.9em;font-weight:700}
.step::after{content:"";position:absolute;left:.78em;top:1.6em;bottom:0;border-left:2px solid var(--_timeline-line)}
.step:last-child::after{display:none}
.step h5{font-size:1.05em;margin:0 0 .25em;display:flex;flex-wrap:wrap;align-items:center;gap:.25em .6em}
.step-now::before{background-color:var(--_timeline-now);border-color:var(--_timeline-now);color:var(--_color-surface)}
.step-now{background-color:var(--_color-surface-alt);box-shadow:0 0 0 2px var(--_timeline-now);border-radius:var(--_radius);padding-top:.25em;padding-inline-end:.5em;margin-bottom:var(--_space)}
.step-now::before{left:.15em;top:.25em}
.step-past::before{content:"\2713";color:var(--_color-success);border-color:var(--_color-success)}
.step-past h5{color:var(--_color-muted)}
.badge{font-size:.8em;font-weight:700;padding:.1em .5em;border-radius:999px;border:1px solid currentColor}
.step-now .badge{background-color:var(--_timeline-now);color:var(--_color-surface);border-color:var(--_timeline-now)}
.when{margin:0 0 .4em;color:var(--_color-muted);font-weight:700}
.items{list-style:none;padding:0;margin:0 0 .5em}
.items li{margin:.3em 0}
.items label{display:flex;gap:.5em;align-items:flex-start;cursor:pointer;min-height:24px}
.items input{width:1.2em;height:1.2em;margin:.15em 0 0;flex:none;accent-color:var(--_color-success)}
.precaution{display:block;margin-inline-start:1.7em;font-size:.875em;color:var(--_color-muted);font-style:italic}
.ticked{color:var(--_color-muted)}
.print-only{display:none}
@media (prefers-reduced-motion:reduce){.root *{transition:none!important;animation:none!important}}
@media (forced-colors:active){.step-now{outline:2px solid Highlight}.step-now::before{background:Highlight;forced-color-adjust:none}.icon-array .on{fill:CanvasText}.icon-array .off{stroke:CanvasText}.urgent{border-color:CanvasText}.tab[aria-selected=true]{border:2px solid Highlight;box-shadow:none}.callout-urgent{border-color:CanvasText}}
@media print{.root{border:none;box-shadow:none;max-width:none;font-size:9.5pt;line-height:1.3}.precaution,.urgent .note,.footer{display:none!important}.items li{margin:0}.step h5{font-size:1em;margin:0}.when{margin:0}.urgent ul{columns:2}.urgent h4{margin:0}.urgent p{margin:.25em 0}h3.panel-heading{margin:0 0 .25em}.title,.tablist,.clinic-card .button,.footer details,.no-print,.cite,.panel>p,.panel>.callout{display:none!important}.print-only{display:block}.panel{padding:0}.step{padding-bottom:.3em;break-inside:avoid}.step-now{box-shadow:none;background:none}.urgent{break-inside:avoid;padding:.5em}.items input{accent-color:#000}}
"#;
