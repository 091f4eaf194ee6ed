//! The shadow root itself (`:host`): inherited properties reset so host-page CSS cannot reach
//! in through inheritance (`!important` inside the shadow tree beats the host's), and the
//! tokens: each public `--botox-guide-*` property read once, with its light or dark default,
//! into a private `--_*` one that the other sheets use.

use std::borrow::Cow;

use stylist::ast::{sheet, Block, Rule, RuleBlockContent, ScopeContent, Selector, Sheet, StyleAttribute};
use stylist_core::bow::Bow;

use crate::theme::{FONT_FAMILY, FONT_SIZE, LINE_HEIGHT, TOKENS};

pub fn sheet() -> Sheet {
    let reset = sheet!(
        r#"
        :host {
            display: block !important;
            box-sizing: border-box;
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
        size = FONT_SIZE.public(),
        line = LINE_HEIGHT.public(),
    );
    let dark = || declarations(true);
    let mut content: Vec<ScopeContent> = reset.iter().cloned().collect();
    content.push(block(".root", declarations(false)));
    content.push(block(".root[data-theme=dark]", [dark(), color_scheme_dark()].concat()));
    content.push(ScopeContent::Rule(Rule {
        condition: vec!["@media (prefers-color-scheme: dark)".into()].into(),
        content: vec![RuleBlockContent::Block(Bow::Boxed(Box::new(Block {
            condition: vec![Selector { fragments: vec![".root[data-theme=auto]".into()].into() }].into(),
            content: [dark(), color_scheme_dark()].concat().into(),
        })))]
        .into(),
    }));
    content.into()
}

/// `--_<token>: var(--botox-guide-<token>, <default>)` for every token but the font families
/// (their default is the host's font, so the sheets read the public property directly).
fn declarations(dark: bool) -> Vec<RuleBlockContent> {
    TOKENS
        .iter()
        .filter(|t| !t.name().ends_with("font-family"))
        .map(|t| attr(&format!("--_{}", t.name()), &format!("var({}, {})", t.var.public(), if dark { t.dark } else { t.light })))
        .collect()
}

fn color_scheme_dark() -> Vec<RuleBlockContent> {
    vec![attr("color-scheme", "dark")]
}

fn attr(key: &str, value: &str) -> RuleBlockContent {
    RuleBlockContent::StyleAttr(StyleAttribute { key: Cow::Owned(key.to_string()), value: vec![value.to_string().into()].into() })
}

fn block(selector: &str, content: Vec<RuleBlockContent>) -> ScopeContent {
    ScopeContent::Block(Block { condition: vec![Selector { fragments: vec![selector.to_string().into()].into() }].into(), content: content.into() })
}
