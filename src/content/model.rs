//! The guide's content model: what the data files (`en.json`, …) deserialise into (serde,
//! with unknown fields refused). The JSON Schema in `docs/content.schema.json` is generated
//! from these same types (`schema.rs`). Text is always rendered as text, never as HTML.

use serde::Deserialize;

pub use super::texts::{AftercareText, RiskText, TextKey, Texts, UiText};
use crate::ids::{Locale, Market, Tab, Treatment};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Content {
    pub locale: Locale,
    pub title: String,
    /// ISO date (YYYY-MM-DD) on which the facts were last checked against the sources.
    pub last_checked: String,
    /// ISO date by which the facts are to be checked again (shown in the footer, as
    /// NHS pages show "next review due").
    pub next_review: String,
    /// The clinic's medical reviewer, when a clinic's content file names one (the
    /// `reviewed-by` option wins over it).
    #[serde(default)]
    pub reviewed_by: Option<String>,
    /// The date of that review, `YYYY-MM-DD` (the `reviewed-on` option wins over it).
    #[serde(default)]
    pub reviewed_on: Option<String>,
    pub ui: Ui,
    pub dates: Dates,
    pub sections: Vec<Section>,
    pub risks: Risks,
    pub aftercare: Aftercare,
    pub sources: Vec<Source>,
    /// What a market (the `market` option) changes in this language: small overrides, laid
    /// over the texts above in order (`content::market`). Every market's result is checked
    /// like a whole file, so an override can never remove a safety statement.
    #[serde(default)]
    pub markets: Vec<MarketTexts>,
}

/// Overrides for some markets: texts by their place in the file, and blocks left out.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MarketTexts {
    /// The markets these overrides are for.
    pub markets: Vec<Market>,
    /// A text by its place: `title`, `ui.<name>`, `sections.<tab>.label`,
    /// `sections.<tab>.heading`, `blocks.<block id>.text`, `blocks.<block id>.title`,
    /// `blocks.<block id>.items.<n>`, `risks.urgent.<field>`, `risks.labels.<name>`,
    /// `aftercare.labels.<name>`, `aftercare.steps.<step id>.items.<item id>`,
    /// `risks.treatments.<treatment>.effects.<effect id>.<field>`.
    #[serde(default)]
    pub texts: Entries<String>,
    /// Blocks (by id) these markets do not show.
    #[serde(default)]
    pub omit: Vec<String>,
    /// Words replaced in every text a visitor reads, before `texts` (in the UK and Ireland:
    /// the brand by the medicine's generic name), except in the blocks `keep` names. A
    /// replacement at the start of a text or a sentence starts with a capital letter.
    #[serde(default)]
    pub replace: Vec<Replacement>,
    /// Blocks (by id) `replace` leaves as written (the one factual mention of the brand).
    #[serde(default)]
    pub keep: Vec<String>,
    /// The sources a block (by id) cites in these markets, when its new text rests on others.
    #[serde(default)]
    pub sources: Entries<Vec<String>>,
}

/// An object's entries in the file's order (`{"place": "text", …}`), read into a list: the
/// wasm reads a handful of them, and a map type's code would cost kilobytes of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

#[cfg(feature = "schema")]
impl<V: schemars::JsonSchema> schemars::JsonSchema for Entries<V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Entries_{}", V::schema_name()).into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let value = g.subschema_for::<V>();
        schemars::json_schema!({ "type": "object", "additionalProperties": value })
    }
}

/// One replacement: whole words `from` (as written, case and all) become `to`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Replacement {
    pub from: String,
    pub to: String,
}


/// The guide's chrome texts.
pub type Ui = Texts<UiText>;

/// How dates are written in this language (long dates in the footer, short ones and times
/// in the aftercare timeline).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dates {
    pub months: Vec<String>,
    pub months_short: Vec<String>,
    pub weekdays_short: Vec<String>,
    /// A long date: "{day} {month} {year}" ("24 November 2026").
    pub long: String,
    /// `12h` ("3:00 pm") or `24h` ("15:00").
    pub time_format: String,
}

/// Side effects and benefits, per treatment, as natural frequencies.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Risks {
    pub labels: Texts<RiskText>,
    pub treatments: Vec<RiskTreatment>,
    pub urgent: Urgent,
}

/// The aftercare timeline: steps with offsets from the treatment time.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Aftercare {
    pub labels: Texts<AftercareText>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    pub id: Tab,
    /// Short label on the tab.
    pub label: String,
    /// Heading at the top of the panel.
    pub heading: String,
    /// The short version, first, in a box: what a patient can act on, on the first phone
    /// screen of the panel.
    pub summary: Vec<Block>,
    /// What follows the summary, always shown.
    pub blocks: Vec<Block>,
    /// A long tab's full detail, behind a heading that opens it (open when printed).
    #[serde(default)]
    pub detail: Option<Detail>,
}

impl Section {
    /// Every block of the section: the summary, the blocks and the detail, in order.
    pub fn all_blocks(&self) -> impl Iterator<Item = &Block> {
        self.summary.iter().chain(&self.blocks).chain(self.detail.iter().flat_map(|d| &d.blocks))
    }
}

/// The full detail of a long tab: its heading (the button that opens it) and its blocks.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Detail {
    /// Says what is inside ("All side effects, the benefits, and who should take care").
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One block of a topic panel, tagged by `"type"` in the files. Read through a flat struct
/// ([`RawBlock`]) rather than serde's internally tagged enums, which buffer the whole object
/// first (more wasm, and errors that could not point at the bad field).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", serde(tag = "type", rename_all = "snake_case", deny_unknown_fields))]
pub enum Block {
    Paragraph {
        /// Names a statement other parts rely on (the required safety statements).
        #[cfg_attr(feature = "schema", serde(default))]
        id: Option<String>,
        text: String,
        #[cfg_attr(feature = "schema", serde(default))]
        sources: Vec<String>,
        /// A figure or claim a medical reviewer still has to confirm against its source.
        #[cfg_attr(feature = "schema", serde(default))]
        confirm: bool,
    },
    List {
        #[cfg_attr(feature = "schema", serde(default))]
        id: Option<String>,
        #[cfg_attr(feature = "schema", serde(default))]
        title: Option<String>,
        #[cfg_attr(feature = "schema", serde(default))]
        style: ListStyle,
        items: Vec<String>,
        #[cfg_attr(feature = "schema", serde(default))]
        sources: Vec<String>,
        /// Figures a medical reviewer still has to confirm against the label.
        #[cfg_attr(feature = "schema", serde(default))]
        confirm: bool,
    },
    Callout {
        #[cfg_attr(feature = "schema", serde(default))]
        id: Option<String>,
        tone: Tone,
        title: String,
        text: String,
        #[cfg_attr(feature = "schema", serde(default))]
        sources: Vec<String>,
        #[cfg_attr(feature = "schema", serde(default))]
        confirm: bool,
    },
    /// The side-effect explainer (data in [`Content::risks`]).
    RiskExplainer,
    /// The "get medical help right away" list (data in [`Risks::urgent`]).
    UrgentSigns,
    /// The aftercare timeline (data in [`Content::aftercare`]).
    AftercareTimeline,
    /// A button that opens the risk explainer on a given treatment.
    RiskLink { treatment: Treatment, text: String },
    /// The most common side effects of the treatment shown, with their numbers (from
    /// [`Content::risks`]; for a tab's summary).
    CommonEffects,
    /// A treatment's benefits in numbers, beside placebo (from [`Content::risks`]).
    BenefitFigures { treatment: Treatment },
}

/// Every field any block may have; which ones a block may use depends on its type.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    #[serde(rename = "type")]
    kind: BlockType,
    id: Option<String>,
    text: Option<String>,
    sources: Option<Vec<String>>,
    title: Option<String>,
    style: Option<ListStyle>,
    items: Option<Vec<String>>,
    confirm: Option<bool>,
    tone: Option<Tone>,
    treatment: Option<Treatment>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum BlockType {
    Paragraph,
    List,
    Callout,
    RiskExplainer,
    UrgentSigns,
    AftercareTimeline,
    RiskLink,
    CommonEffects,
    BenefitFigures,
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let r = RawBlock::deserialize(d)?;
        let (name, allowed): (&str, &[&str]) = match r.kind {
            BlockType::Paragraph => ("paragraph", &["id", "text", "sources", "confirm"]),
            BlockType::List => ("list", &["id", "title", "style", "items", "sources", "confirm"]),
            BlockType::Callout => ("callout", &["id", "tone", "title", "text", "sources", "confirm"]),
            BlockType::RiskExplainer => ("risk_explainer", &[]),
            BlockType::UrgentSigns => ("urgent_signs", &[]),
            BlockType::AftercareTimeline => ("aftercare_timeline", &[]),
            BlockType::RiskLink => ("risk_link", &["treatment", "text"]),
            BlockType::CommonEffects => ("common_effects", &[]),
            BlockType::BenefitFigures => ("benefit_figures", &["treatment"]),
        };
        let present = [
            ("id", r.id.is_some()),
            ("text", r.text.is_some()),
            ("sources", r.sources.is_some()),
            ("title", r.title.is_some()),
            ("style", r.style.is_some()),
            ("items", r.items.is_some()),
            ("confirm", r.confirm.is_some()),
            ("tone", r.tone.is_some()),
            ("treatment", r.treatment.is_some()),
        ];
        if let Some((field, _)) = present.iter().find(|(f, here)| *here && !allowed.contains(f)) {
            return Err(D::Error::custom(format!("field `{field}` does not belong in a {name} block")));
        }
        let sources = r.sources.unwrap_or_default();
        Ok(match r.kind {
            BlockType::Paragraph => Block::Paragraph {
                id: r.id,
                text: r.text.ok_or_else(|| D::Error::missing_field("text"))?,
                sources,
                confirm: r.confirm.unwrap_or(false),
            },
            BlockType::List => Block::List {
                id: r.id,
                title: r.title,
                style: r.style.unwrap_or_default(),
                items: r.items.ok_or_else(|| D::Error::missing_field("items"))?,
                sources,
                confirm: r.confirm.unwrap_or(false),
            },
            BlockType::Callout => Block::Callout {
                id: r.id,
                tone: r.tone.ok_or_else(|| D::Error::missing_field("tone"))?,
                title: r.title.ok_or_else(|| D::Error::missing_field("title"))?,
                text: r.text.ok_or_else(|| D::Error::missing_field("text"))?,
                sources,
                confirm: r.confirm.unwrap_or(false),
            },
            BlockType::RiskExplainer => Block::RiskExplainer,
            BlockType::UrgentSigns => Block::UrgentSigns,
            BlockType::AftercareTimeline => Block::AftercareTimeline,
            BlockType::RiskLink => Block::RiskLink { treatment: r.treatment.ok_or_else(|| D::Error::missing_field("treatment"))?, text: r.text.ok_or_else(|| D::Error::missing_field("text"))? },
            BlockType::CommonEffects => Block::CommonEffects,
            BlockType::BenefitFigures => Block::BenefitFigures { treatment: r.treatment.ok_or_else(|| D::Error::missing_field("treatment"))? },
        })
    }
}

impl Block {
    /// The statement's id, if it has one.
    pub fn id(&self) -> Option<&str> {
        match self {
            Block::Paragraph { id, .. } | Block::List { id, .. } | Block::Callout { id, .. } => id.as_deref(),
            _ => None,
        }
    }

    /// Whether a reviewer still has to confirm it.
    pub fn confirm(&self) -> bool {
        matches!(self, Block::Paragraph { confirm: true, .. } | Block::List { confirm: true, .. } | Block::Callout { confirm: true, .. })
    }

    pub fn sources(&self) -> &[String] {
        match self {
            Block::Paragraph { sources, .. } | Block::List { sources, .. } | Block::Callout { sources, .. } => sources,
            Block::RiskExplainer | Block::UrgentSigns | Block::AftercareTimeline | Block::RiskLink { .. } | Block::CommonEffects | Block::BenefitFigures { .. } => &[],
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
            Block::RiskExplainer | Block::UrgentSigns | Block::AftercareTimeline | Block::CommonEffects | Block::BenefitFigures { .. } => vec![],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ListStyle {
    #[default]
    Bullets,
    Steps,
    Questions,
    RedFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Tone {
    #[default]
    Note,
    Caution,
    Urgent,
}




#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RiskTreatment {
    pub id: Treatment,
    pub label: String,
    pub note: String,
    pub source: String,
    /// What the treatment did for people in the trials, beside placebo.
    #[serde(default)]
    pub benefits: Vec<Figure>,
    pub effects: Vec<Effect>,
    /// Harms that are not a side effect one feels (people who stopped because of side
    /// effects), beside placebo; drawn as harms, never among the benefits.
    #[serde(default)]
    pub harms: Vec<Figure>,
}

/// A trial figure with Botox beside placebo: a benefit or a harm.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Figure {
    pub id: String,
    pub text: String,
    pub botox: f32,
    pub placebo: f32,
    pub unit: BenefitUnit,
    pub source: String,
    /// A figure a medical reviewer still has to confirm against its source.
    #[serde(default)]
    pub confirm: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum BenefitUnit {
    /// A change in days per month.
    Days,
    /// People per 100.
    #[default]
    Per100,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Effect {
    pub id: String,
    /// Plain name.
    pub name: String,
    /// The medical term, shown once beside the plain name.
    #[serde(default)]
    pub term: Option<String>,
    /// People per 100 with Botox; `None` when the label gives no number.
    #[serde(default)]
    pub rate: Option<Rate>,
    /// People per 100 with placebo injections, where the label gives it.
    #[serde(default)]
    pub placebo: Option<Rate>,
    pub group: Group,
    pub feels: String,
    pub lasts: String,
    pub action: String,
    pub source: String,
    /// Words used instead of a number when `rate` is `None`.
    #[serde(default)]
    pub no_rate: Option<String>,
    /// The urgent sign this effect is (an eyelid that droops): its card's advice starts with
    /// that sign's level, so the card and the urgent box cannot disagree.
    #[serde(default)]
    pub sign: Option<String>,
    #[serde(default)]
    pub confirm: bool,
}

/// A natural frequency: people per 100, or "fewer than 1 in 100" (`"<1"` in the data).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rate {
    Per100(f32),
    UnderOne,
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Rate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or \"<1\"")
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Rate, E> {
                Ok(Rate::Per100(n as f32))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Rate, E> {
                Ok(Rate::Per100(n as f32))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Rate, E> {
                Ok(Rate::Per100(n as f32))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Rate, E> {
                if s.trim() == "<1" {
                    Ok(Rate::UnderOne)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(s), &self))
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Rate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "People per 100, or \"<1\" for fewer than 1 in 100",
            "oneOf": [{ "type": "number", "minimum": 0, "maximum": 100 }, { "const": "<1" }]
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Group {
    /// Expected and mild.
    #[default]
    Expected,
    /// Call your clinic.
    Call,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Urgent {
    pub title: String,
    /// Why these signs matter (the toxin's effect spreading; an allergic reaction).
    pub intro: String,
    /// What to do for an `emergency` sign (call the emergency number now; do not drive).
    pub emergency: String,
    /// What to do for a `same_day` sign (call the clinic or a doctor the same day).
    pub same_day: String,
    pub signs: Vec<Sign>,
    pub note: String,
    pub source: String,
}

/// How urgent a warning sign is. Every place that shows a sign (the safety summary on every
/// tab, the urgent box, the aftercare timeline, a side-effect card) words its advice from
/// this, so they cannot disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Level {
    /// Call the emergency number now.
    Emergency,
    /// Call the clinic or a doctor the same day.
    SameDay,
}

impl Urgent {
    /// The advice for a level.
    pub fn advice(&self, level: Level) -> &str {
        match level {
            Level::Emergency => &self.emergency,
            Level::SameDay => &self.same_day,
        }
    }

    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Sign {
    pub id: String,
    pub text: String,
    /// The same sign in a few lowercase words, for the one-line summary on every tab.
    pub short: String,
    pub level: Level,
}



#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Step {
    pub id: String,
    pub title: String,
    /// When the step starts, from the treatment time; `None` = open-ended before.
    #[serde(default)]
    pub start: Option<Offset>,
    /// When it ends; `None` = open-ended after.
    #[serde(default)]
    pub end: Option<Offset>,
    /// Only for this treatment (`cosmetic` or `migraine`); both when absent.
    #[serde(default)]
    pub only: Option<Treatment>,
    /// "Any time": the urgent signs, not tied to a date.
    #[serde(default)]
    pub anytime: bool,
    pub items: Vec<Item>,
    /// An event for the .ics file, dated on the step's start.
    #[serde(default)]
    pub calendar: Option<CalendarEntry>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The furthest a timeline step may be from the treatment, in days (either way).
pub const MAX_OFFSET_DAYS: i64 = 730;

/// A time from the treatment: real elapsed hours, or calendar days (same wall-clock time),
/// at most [`MAX_OFFSET_DAYS`] either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", serde(rename_all = "snake_case", deny_unknown_fields))]
pub enum Offset {
    Hours(#[cfg_attr(feature = "schema", schemars(range(min = -17520, max = 17520)))] i64),
    Days(#[cfg_attr(feature = "schema", schemars(range(min = -730, max = 730)))] i64),
}

/// `{"hours": n}` or `{"days": n}`.
impl<'de> Deserialize<'de> for Offset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Offset;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("{\"hours\": n} or {\"days\": n}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Offset, A::Error> {
                use serde::de::Error;
                let unit = map.next_key::<std::borrow::Cow<'de, str>>()?.ok_or_else(|| A::Error::invalid_length(0, &self))?;
                let n: f64 = map.next_value()?;
                let (max, make): (i64, fn(i64) -> Offset) = match &*unit {
                    "hours" => (MAX_OFFSET_DAYS * 24, Offset::Hours),
                    "days" => (MAX_OFFSET_DAYS, Offset::Days),
                    other => return Err(A::Error::unknown_field(other, &["hours", "days"])),
                };
                // A whole number within two years either way: a timeline step is never
                // further, and an unbounded one made impossible dates.
                if n.fract() != 0.0 || n.abs() > max as f64 {
                    // (No float formatting: it would add its own code to the wasm.)
                    let found = if n.fract() == 0.0 && n.abs() < 1e15 { (n as i64).to_string() } else { "a number with a fraction".to_string() };
                    return Err(A::Error::custom(format!("expected a whole number of {unit} from -{max} to {max}, found {found}")));
                }
                let offset = make(n as i64);
                if map.next_key::<std::borrow::Cow<'de, str>>()?.is_some() {
                    return Err(A::Error::invalid_length(2, &self));
                }
                Ok(offset)
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub text: String,
    /// Clinic custom rather than guidance backed by strong evidence.
    #[serde(default)]
    pub precaution: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ItemKind {
    #[default]
    Do,
    Avoid,
    Expect,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CalendarEntry {
    pub summary: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Year of publication or of the version consulted.
    pub year: i64,
    pub url: String,
}

