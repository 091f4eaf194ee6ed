//! The guide's content model: what the data files (`en.json`, …) deserialise into.
//!
//! Content is data, not code. Text is always rendered as text, never as HTML.

pub mod validate;

use serde::Deserialize;

/// The public tab ids, in their default order. They are API: the `tab` and `sections`
/// options, the `tab-change` event and deep links use them, in every locale.
pub const TAB_IDS: [&str; 6] = ["about", "wrinkles", "risks", "migraine", "choosing", "aftercare"];

/// The English content, built into the wasm.
pub const EN_JSON: &str = include_str!("en.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub locale: String,
    pub title: String,
    /// ISO date (YYYY-MM-DD) on which the facts were last checked against the sources.
    pub last_checked: String,
    pub ui: Ui,
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
}

/// Interface words (labels, month names) so a locale translates the chrome too.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub tablist_label: String,
    pub sources_heading: String,
    pub last_checked: String,
    pub reviewed_by: String,
    pub disclaimer: String,
    pub clinic_heading: String,
    pub call: String,
    pub book: String,
    pub source_prefix: String,
    pub content_error: String,
    pub months: Vec<String>,
    pub months_short: Vec<String>,
    pub weekdays_short: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// One of [`TAB_IDS`].
    pub id: String,
    /// Short label on the tab.
    pub label: String,
    /// Heading at the top of the panel.
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: String,
        #[serde(default)]
        sources: Vec<String>,
    },
    List {
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        style: ListStyle,
        items: Vec<String>,
        #[serde(default)]
        sources: Vec<String>,
        /// Figures a medical reviewer still has to confirm against the label.
        #[serde(default)]
        confirm: bool,
    },
    Callout {
        tone: Tone,
        title: String,
        text: String,
        #[serde(default)]
        sources: Vec<String>,
    },
}

impl Block {
    pub fn sources(&self) -> &[String] {
        match self {
            Block::Paragraph { sources, .. }
            | Block::List { sources, .. }
            | Block::Callout { sources, .. } => sources,
        }
    }

    /// Every piece of visible text in the block (for validation and search).
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { text, .. } => vec![text],
            Block::List { title, items, .. } => {
                title.iter().map(String::as_str).chain(items.iter().map(String::as_str)).collect()
            }
            Block::Callout { title, text, .. } => vec![title, text],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    #[default]
    Bullets,
    Steps,
    Questions,
    RedFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Note,
    Caution,
    Urgent,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
}

impl Content {
    pub fn from_json(json: &str) -> Result<Content, String> {
        serde_json::from_str(json).map_err(|e| format!("content is not valid: {e}"))
    }

    /// The built-in English content. It is validated by the test suite, so this cannot fail
    /// in a shipped build.
    pub fn builtin_en() -> Content {
        Content::from_json(EN_JSON).expect("built-in content is valid (checked by tests)")
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// 1-based number of a source in the sources list, for "[3]"-style citations.
    pub fn source_number(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }
}
