//! The guide's content model: what the data files (`en.json`, …) deserialise into.
//!
//! Content is data, not code. Text is always rendered as text, never as HTML.

mod decode;
pub mod validate;

use std::rc::Rc;

/// The public tab ids, in their default order. They are API: the `tab` and `sections`
/// options, the `tab-change` event and deep links use them, in every locale.
pub const TAB_IDS: [&str; 6] = ["about", "wrinkles", "risks", "migraine", "choosing", "aftercare"];

/// The English content. Natively it is built in (tests, prerender); the wasm gets the same
/// text from the loader, which carries it next to the prerendered shell (so it is not sent
/// twice, and brotli packs it with the shell's identical text).
#[cfg(not(target_arch = "wasm32"))]
pub const EN_JSON: &str = include_str!("en.json");

/// The largest content file a clinic may point `content-url` at.
pub const MAX_OVERRIDE_BYTES: usize = 256 * 1024;

/// Other locales: shipped next to `embed.js` as `botox-guide-<locale>.json` and loaded on
/// demand (not in the wasm). Listed here so native tests check them.
#[cfg(not(target_arch = "wasm32"))]
pub const OTHER_LOCALES: &[(&str, &str)] = &[("es", include_str!("es.json"))];

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub locale: String,
    pub title: String,
    /// ISO date (YYYY-MM-DD) on which the facts were last checked against the sources.
    pub last_checked: String,
    /// The clinic's medical reviewer, when a clinic's content file names one (the
    /// `reviewed-by` option wins over it).
    pub reviewed_by: Option<String>,
    /// The date of that review, `YYYY-MM-DD` (the `reviewed-on` option wins over it).
    pub reviewed_on: Option<String>,
    pub ui: Ui,
    pub sections: Vec<Section>,
    pub risks: Risks,
    pub aftercare: Aftercare,
    pub sources: Vec<Source>,
}

/// Interface words (labels, month names) so a locale translates the chrome too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ui {
    pub tablist_label: String,
    pub sources_heading: String,
    pub last_checked: String,
    /// "Medically reviewed by {name}." (the clinic's `reviewed-by` option)
    pub reviewed_by: String,
    /// "Last medically reviewed on {date}." (the clinic's `reviewed-on` option)
    pub reviewed_on: String,
    /// Shown when the clinic has set no reviewer: the guide is general and not reviewed
    /// by the clinic ("{date}" is the built-in content's own review date).
    pub not_reviewed: String,
    pub disclaimer: String,
    pub clinic_heading: String,
    pub call: String,
    pub book: String,
    pub source_prefix: String,
    pub content_error: String,
    /// "about {n} in 100 people"
    pub rate_about: String,
    pub rate_under_one: String,
    pub rate_none: String,
    pub no_rate: String,
    pub with_botox: String,
    pub with_placebo: String,
    pub months: Vec<String>,
    pub months_short: Vec<String>,
    pub weekdays_short: Vec<String>,
    /// A long date: "{day} {month} {year}" ("24 November 2026").
    pub date_long: String,
    /// `12h` ("3:00 pm") or `24h` ("15:00").
    pub time_format: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// One of [`TAB_IDS`].
    pub id: String,
    /// Short label on the tab.
    pub label: String,
    /// Heading at the top of the panel.
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph {
        text: String,
        sources: Vec<String>,
    },
    List {
        title: Option<String>,
        style: ListStyle,
        items: Vec<String>,
        sources: Vec<String>,
        /// Figures a medical reviewer still has to confirm against the label.
        confirm: bool,
    },
    Callout {
        tone: Tone,
        title: String,
        text: String,
        sources: Vec<String>,
    },
    /// The side-effect explainer (data in [`Content::risks`]).
    RiskExplainer,
    /// The "get medical help right away" list (data in [`Risks::urgent`]).
    UrgentSigns,
    /// The aftercare timeline (data in [`Content::aftercare`]).
    AftercareTimeline,
    /// A button that opens the risk explainer on a given treatment.
    RiskLink { treatment: String, text: String },
}

impl Block {
    pub fn sources(&self) -> &[String] {
        match self {
            Block::Paragraph { sources, .. }
            | Block::List { sources, .. }
            | Block::Callout { sources, .. } => sources,
            Block::RiskExplainer | Block::UrgentSigns | Block::AftercareTimeline | Block::RiskLink { .. } => &[],
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
            Block::RiskLink { text, .. } => vec![text],
            Block::RiskExplainer | Block::UrgentSigns | Block::AftercareTimeline => vec![],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListStyle {
    #[default]
    Bullets,
    Steps,
    Questions,
    RedFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Note,
    Caution,
    Urgent,
}

/// Side effects and benefits, per treatment, as natural frequencies.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Risks {
    pub heading: String,
    pub intro: String,
    pub switch_label: String,
    pub groups: RiskGroups,
    pub labels: RiskLabels,
    pub treatments: Vec<RiskTreatment>,
    pub urgent: Urgent,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RiskGroups {
    pub expected: String,
    pub call: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RiskLabels {
    pub feels: String,
    pub lasts: String,
    pub action: String,
    /// "about {n} fewer days a month"
    pub days: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RiskTreatment {
    /// `cosmetic` or `migraine`.
    pub id: String,
    pub label: String,
    pub note: String,
    pub source: String,
    pub benefits: Vec<Benefit>,
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Benefit {
    pub id: String,
    pub text: String,
    pub botox: f32,
    pub placebo: f32,
    pub unit: BenefitUnit,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BenefitUnit {
    /// A change in days per month.
    Days,
    /// People per 100.
    #[default]
    Per100,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Effect {
    pub id: String,
    /// Plain name.
    pub name: String,
    /// The medical term, shown once beside the plain name.
    pub term: Option<String>,
    /// People per 100 with Botox; `None` when the label gives no number.
    pub rate: Option<Rate>,
    /// People per 100 with placebo injections, where the label gives it.
    pub placebo: Option<Rate>,
    pub group: Group,
    pub feels: String,
    pub lasts: String,
    pub action: String,
    pub source: String,
    /// Words used instead of a number when `rate` is `None`.
    pub no_rate: Option<String>,
    pub confirm: bool,
}

/// A natural frequency: people per 100, or "fewer than 1 in 100" (`"<1"` in the data).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rate {
    Per100(f32),
    UnderOne,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Group {
    /// Expected and mild.
    #[default]
    Expected,
    /// Call your clinic.
    Call,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Urgent {
    pub title: String,
    pub intro: String,
    pub signs: Vec<Sign>,
    pub note: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sign {
    pub id: String,
    pub text: String,
}

/// The aftercare timeline: steps with offsets from the treatment time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Aftercare {
    pub heading: String,
    pub intro: String,
    pub date_label: String,
    pub not_set: String,
    pub invalid_date: String,
    pub treatment_label: String,
    pub you_are_here: String,
    pub past: String,
    pub upcoming: String,
    pub between: String,
    /// "Next: {step}, from {when}." (added to `between` when no step is current)
    pub next_step: String,
    /// "Until {when}"
    pub until: String,
    /// "{from} to {to}"
    pub from_to: String,
    /// "From {when}"
    pub from: String,
    pub precaution: String,
    pub kinds: ItemKinds,
    pub tick_label: String,
    pub forget: String,
    pub forgotten: String,
    pub saved_note: String,
    pub storage_blocked: String,
    pub calendar: String,
    pub calendar_needs_date: String,
    pub print: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemKinds {
    pub do_: String,
    pub avoid: String,
    pub expect: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// When the step starts, from the treatment time; `None` = open-ended before.
    pub start: Option<Offset>,
    /// When it ends; `None` = open-ended after.
    pub end: Option<Offset>,
    /// Only for this treatment (`cosmetic` or `migraine`); both when absent.
    pub only: Option<String>,
    /// "Any time": the urgent signs, not tied to a date.
    pub anytime: bool,
    pub items: Vec<Item>,
    /// An event for the .ics file, dated on the step's start.
    pub calendar: Option<CalendarEntry>,
    pub sources: Vec<String>,
}

/// A time from the treatment: real elapsed hours, or calendar days (same wall-clock time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Hours(i64),
    Days(i64),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub text: String,
    /// Clinic custom rather than guidance backed by strong evidence.
    pub precaution: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ItemKind {
    #[default]
    Do,
    Avoid,
    Expect,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CalendarEntry {
    pub summary: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Year of publication or of the version consulted.
    pub year: i64,
    pub url: String,
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
    /// Read a complete content file.
    pub fn from_json(json: &str) -> Result<Content, String> {
        let value = crate::json::parse(json).map_err(|e| format!("not valid JSON: {e}"))?;
        Content::from_value(&value)
    }

    /// Read content from a parsed JSON tree; errors name the bad field's path.
    pub fn from_value(value: &crate::json::Json) -> Result<Content, String> {
        crate::json::FromJson::from_json(value, &crate::json::Path::Root("content"))
    }

    /// A clinic's file laid over `base` (the built-in or locale content as JSON): a partial
    /// file replaces only what it names (see [`crate::json::merge`]).
    pub fn with_override(base: &str, over: &str) -> Result<Content, String> {
        if over.len() > MAX_OVERRIDE_BYTES {
            return Err(format!("the file is {} KB; the limit is {} KB", over.len() / 1024, MAX_OVERRIDE_BYTES / 1024));
        }
        let over = crate::json::parse(over).map_err(|e| format!("not valid JSON: {e}"))?;
        if !matches!(over, crate::json::Json::Obj(_)) {
            return Err(crate::json::expected(&crate::json::Path::Root("content"), "an object", &over));
        }
        let mut merged = crate::json::parse(base).map_err(|e| format!("built-in content: {e}"))?;
        let base_steps: Vec<String> = step_ids(&merged);
        crate::json::merge(&mut merged, over);
        let mut content = Content::from_value(&merged)?;
        place_new_steps(&mut content.aftercare.steps, &base_steps);
        Ok(content)
    }

    /// The built-in English content. It is validated by the test suite, so this cannot fail
    /// in a shipped build.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin_en() -> Content {
        Content::from_json(EN_JSON).expect("built-in content is valid (checked by tests)")
    }

    pub fn risk_treatment(&self, id: &str) -> Option<&RiskTreatment> {
        self.risks.treatments.iter().find(|t| t.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// 1-based number of a source in the sources list, for "[3]"-style citations.
    pub fn source_number(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id).map(|i| i + 1)
    }
}

fn step_ids(content: &crate::json::Json) -> Vec<String> {
    match content.get("aftercare").and_then(|a| a.get("steps")) {
        Some(crate::json::Json::Arr(steps)) => {
            steps.iter().filter_map(|s| s.get("id").and_then(crate::json::Json::as_str)).map(str::to_string).collect()
        }
        _ => Vec::new(),
    }
}

/// A clinic's new aftercare steps (merged at the end of the list) go where they fall in
/// time: before the first built-in step that starts later, and always before the
/// "any time" urgent signs.
fn place_new_steps(steps: &mut Vec<Step>, base_ids: &[String]) {
    let start = |s: &Step| s.start.map_or(i64::MIN, crate::timeline::offset_minutes_estimate);
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
