//! The guide's content: the model (`model.rs`), reading and merging files (`load.rs`),
//! checks (`validate.rs`) and, natively, the generated JSON Schema (`schema.rs`).
//!
//! Content is data, not code. Text is always rendered as text, never as HTML.

pub mod load;
mod texts;
mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod validate;

use std::rc::Rc;

pub use load::MAX_OVERRIDE_BYTES;
pub use model::*;

use crate::ids::{Locale, Tab, Treatment};

/// The file a locale's content is shipped in, next to `embed.js`.
pub fn locale_file(locale: Locale) -> String {
    format!("botox-guide-{locale}.json")
}

/// The English content. Natively it is built in (tests, prerender); the wasm gets the same
/// text from the loader, which carries it next to the prerendered shell (so it is not sent
/// twice, and brotli packs it with the shell's identical text).
#[cfg(not(target_arch = "wasm32"))]
pub const EN_JSON: &str = include_str!("en.json");

/// Other locales: shipped next to `embed.js` as `botox-guide-<locale>.json` and loaded on
/// demand (not in the wasm). Listed here so native tests check them.
#[cfg(not(target_arch = "wasm32"))]
pub const OTHER_LOCALES: &[(crate::ids::Locale, &str)] = &[(crate::ids::Locale::Es, include_str!("es.json"))];

/// The built-in JSON text of every locale (native: build steps and tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin_json(locale: Locale) -> &'static str {
    match locale {
        Locale::En => EN_JSON,
        other => OTHER_LOCALES.iter().find(|(l, _)| *l == other).map(|(_, j)| *j).expect("every locale has a file"),
    }
}

/// The content as components hold it: one shared copy, compared by identity. Yew compares
/// props on every render; comparing the whole guide field by field each time was waste,
/// and the comparison code cost about 1 KB of wasm. Every load makes a new one.
#[derive(Debug, Clone)]
pub struct SharedContent(Rc<Content>);

impl PartialEq for SharedContent {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl From<Content> for SharedContent {
    fn from(content: Content) -> Self {
        SharedContent(Rc::new(content))
    }
}

impl std::ops::Deref for SharedContent {
    type Target = Content;
    fn deref(&self) -> &Content {
        &self.0
    }
}

impl Content {
    /// Read a complete content file (a locale file, or any file from a server): limits
    /// checked, then typed.
    pub fn from_json(json: &str) -> Result<Content, String> {
        load::typed(load::parse(json)?)
    }

    /// A clinic's file laid over `base` (the built-in or locale content as JSON): a partial
    /// file replaces only what it names (see [`load::merge`]); its new aftercare steps go
    /// where they fall in time.
    pub fn with_override(base: &str, over: &str) -> Result<Content, String> {
        if over.len() > MAX_OVERRIDE_BYTES {
            return Err(format!("the file is {} KB; the limit is {} KB", over.len() / 1024, MAX_OVERRIDE_BYTES / 1024));
        }
        let over = load::parse(over)?;
        if !over.is_object() {
            return Err(format!("content: expected an object, found {}", kind(&over)));
        }
        let mut merged = load::parse(base).map_err(|e| format!("built-in content: {e}"))?;
        let base_steps = step_ids(&merged);
        load::merge(&mut merged, over);
        let mut content = load::typed(merged)?;
        place_new_steps(&mut content.aftercare.steps, &base_steps);
        Ok(content)
    }

    /// The built-in English content. It is validated by the test suite, so this cannot fail
    /// in a shipped build.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin_en() -> Content {
        Content::from_json(EN_JSON).expect("built-in content is valid (checked by tests)")
    }

    pub fn risk_treatment(&self, id: Treatment) -> Option<&RiskTreatment> {
        self.risks.treatments.iter().find(|t| t.id == id)
    }

    pub fn section(&self, id: Tab) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// How many statements and figures are still marked for a clinician to confirm.
    pub fn unconfirmed(&self) -> usize {
        let blocks = self.sections.iter().flat_map(|s| &s.blocks).filter(|b| b.confirm()).count();
        let risks: usize = self.risks.treatments.iter().map(|t| {
            t.effects.iter().filter(|e| e.confirm).count() + t.benefits.iter().chain(&t.harms).filter(|f| f.confirm).count()
        }).sum();
        blocks + risks
    }

    /// 1-based number of a source in the sources list, for "[3]"-style citations.
    pub fn source_number(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }
}

impl Offset {
    /// Rough length in minutes (for validation and ordering only; real instants depend on
    /// the zone, see `timeline::instant_at`).
    pub fn approx_minutes(self) -> i64 {
        match self {
            Offset::Hours(h) => h * 60,
            Offset::Days(d) => d * 1440,
        }
    }
}

fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

fn step_ids(content: &serde_json::Value) -> Vec<String> {
    content
        .pointer("/aftercare/steps")
        .and_then(serde_json::Value::as_array)
        .map(|steps| steps.iter().filter_map(|s| s.get("id")?.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// A clinic's new aftercare steps (merged at the end of the list) go where they fall in
/// time: before the first built-in step that starts later, and always before the
/// "any time" urgent signs.
fn place_new_steps(steps: &mut Vec<Step>, base_ids: &[String]) {
    let start = |s: &Step| s.start.map_or(i64::MIN, Offset::approx_minutes);
    let is_new = |s: &Step| !base_ids.contains(&s.id) && !s.anytime;
    let (new, kept): (Vec<Step>, Vec<Step>) = std::mem::take(steps).into_iter().partition(is_new);
    *steps = kept;
    // Each goes right before the first built-in step that starts later (or the urgent signs).
    for step in new {
        let mut at = steps.iter().position(|s| !is_new(s) && (s.anytime || start(s) > start(&step))).unwrap_or(steps.len());
        // Among new steps already placed there, keep time order (the clinic's order on ties).
        while at > 0 && is_new(&steps[at - 1]) && start(&steps[at - 1]) > start(&step) {
            at -= 1;
        }
        steps.insert(at, step);
    }
}
