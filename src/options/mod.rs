//! Embed options, each declared once ([`options!`] below): its field, default, attribute
//! name, rule and documentation. From that one line come the [`Options`] struct the wasm reads
//! (with serde, from the canonical object the loader hands over: checked, keyed by option
//! name, unknown names refused), the option table [`OPTIONS`] (the README, the types, the
//! manifest, the WordPress plugin and the loader's rule data are generated from it), and the
//! defaults. A row without its field, or a field without its row, does not compile.
//!
//! Reading what a page wrote (attributes, the div form, the JS API) happens once, in the
//! loader (`loader/rules.ts`), which applies the rules of this table: a bad value never
//! reaches the wasm; it gets the default and one console warning naming the option, the value
//! and what is accepted.

pub mod table;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::dates::Date;
use crate::dates::LocalDateTime;
use crate::ids::{Analytics, Loading, Locale, Market, Tab, Theme, Treatment, TreatmentChoice};
pub use table::{opt, OptionSpec, Rule, AUTO, HEADING_NONE};

/// Declares the options: `field: Type = default; "attribute-name", Rule, "default in words",
/// "what it does"`, in the order the README lists them.
macro_rules! options {
    ($( $field:ident : $ty:ty = $default:expr ; $name:literal, $rule:expr, $default_doc:literal, $doc:literal );+ $(;)?) => {
        /// The widget's options as the loader hands them over. Keys are the attribute names;
        /// what is left out takes its default (the loader always sends every one).
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct Options {
            $( #[serde(rename = $name)] pub $field: $ty, )+
            /// The phone number's `tel:` address, made by the loader from `phone`.
            #[serde(rename = "phone-href")]
            pub phone_href: Option<String>,
            /// The treatment a plan link (`#botox-guide-plan=…`) names, read by the loader
            /// with its date ([`crate::plan_link`]): the one shown first where the clinic
            /// offers it.
            #[serde(rename = "plan-treatment")]
            pub plan_treatment: Option<Treatment>,
        }

        impl Default for Options {
            fn default() -> Self {
                Options { $( $field: $default, )+ phone_href: None, plan_treatment: None }
            }
        }

        /// Every option, in the order the README lists them.
        pub const OPTIONS: &[OptionSpec] = &[ $( opt($name, $rule, $default_doc, $doc) ),+ ];
    };
}

options! {
    clinic_name: Option<String> = None;
        "clinic-name", Rule::Text { max: 120 }, "none: no clinic card",
        "The clinic's name, shown on the clinic card (with the phone and booking link) and in calendar reminders.";
    heading: Heading = Heading::Default;
        "heading", Rule::WordOrText { words: &[HEADING_NONE], max: 120 }, "the guide's own title",
        "The guide's title above the tabs: your own text, or `none` to leave it out when your page already has one.";
    phone: Option<String> = None;
        "phone", Rule::Phone, "none",
        "The clinic's phone number; becomes a `tel:` link on the clinic card.";
    booking_url: Option<String> = None;
        "booking-url", Rule::HttpsUrl, "none",
        "The clinic's booking page; a button on the clinic card.";
    locale: Locale = Locale::En;
        "locale", Rule::OneOf(table::LOCALE_VALUES), "`en`",
        "The guide's language. `auto` takes the page's `<html lang>`, else the visitor's browser languages, else English, as they are when the widget first appears. Languages other than English load on demand from their pack `botox-guide-<locale>.js` next to `embed.js` (include it before `embed.js` on a page in that language to paint at once).";
    market: Market = Market::Us;
        "market", Rule::OneOf(Market::IDS), "`us`",
        "Where the clinic works: `us`, `uk`, `ie`, `es`, `ca`, `au`, or `eu` (the EU in general). It sets the emergency number, how to report a side effect, the regulator's wording and the spelling; in the UK and Ireland the guide also names the medicine generically and shows no benefits list (see docs/markets.md). A market other than `us` loads the full wasm and a small file `botox-guide-market-<market>.js` next to `embed.js`.";
    tab: Tab = Tab::About;
        "tab", Rule::Tab, "the first shown (Aftercare for a visitor with a saved plan)",
        "The tab shown first. Without it, a visitor who saved a treatment date or ticks on this site comes back to Aftercare (when it is shown).";
    sections: Vec<Tab> = Tab::ALL.to_vec();
        "sections", Rule::TabList, "all six",
        "Which tabs, in which order.";
    treatment: TreatmentChoice = TreatmentChoice::Both;
        "treatment", Rule::OneOf(TreatmentChoice::IDS), "`both`",
        "Which treatments the clinic offers: their figures and aftercare steps are shown; with `both` a switch picks one.";
    treatment_date: Option<PlanTime> = None;
        "treatment-date", Rule::LocalDateTime, "none",
        "The visitor's treatment time in local time, for a page a clinic sends after a visit: the aftercare plan shows its dates at once (and opens first). It fills the planner only when the visitor has no saved date; a different saved date is kept, and the visitor is offered this one. A plan link's `#botox-guide-plan=…` in the page's address does the same and comes first.";
    theme: Theme = Theme::Auto;
        "theme", Rule::OneOf(Theme::IDS), "`auto`",
        "Light or dark colours. `auto` matches the page the guide sits on: a `--botox-guide-scheme` of `light`, `dark` or `device` set on it in CSS, else the `color-scheme` the page declares for it (CSS on the element or `:root`, or `<meta name=\"color-scheme\">`), else the colour behind it; it follows a page that switches its own theme, and the visitor's setting only where the page offers both schemes. `device` always follows the visitor's setting.";
    content_url: Option<String> = None;
        "content-url", Rule::HttpsUrlOrPath, "built-in content",
        "Your own content JSON (partial files are laid over the built-in content; see below).";
    deep_link: bool = false;
        "deep-link", Rule::Flag, "off",
        "Mirror the tab in the page URL as `#botox-guide=aftercare`, restored on load and on back/forward (off by default: your router may own the hash; use it on one widget per page).";
    reviewed_by: Option<String> = None;
        "reviewed-by", Rule::Text { max: 120 }, "none",
        "The clinician who reviewed the guide for your clinic, shown as \"Medically reviewed by …\".";
    reviewed_on: Option<IsoDate> = None;
        "reviewed-on", Rule::IsoDate, "none",
        "The date of that review, shown as \"Last medically reviewed on …\".";
    loading: Loading = Loading::Eager;
        "loading", Rule::OneOf(Loading::IDS), "`eager`",
        "With `lazy` (like an iframe's `loading=\"lazy\"`) the guide is painted at once and its tabs work, but the interactive part (the wasm) is fetched only when the widget comes within about one screen of the viewport.";
    analytics: Analytics = Analytics::Off;
        "analytics", Rule::OneOf(Analytics::IDS), "`off`",
        "With `datalayer`, each event (tab views, treatment switches, plan set, checklist steps done, calendar download, print, the plan sent to a phone, call and booking clicks, errors) is also pushed to the page's `window.dataLayer` as `{ event: 'botox_guide_<name>', … }`, with only ids from fixed lists: never a date, free text or anything that identifies a visitor. The widget makes no request of its own; your tag manager and consent settings decide what is sent (docs/install/analytics.md).";
}

impl Options {
    /// Read the canonical options (JSON text from the loader). A mistake here is the loader's,
    /// not a clinic's: it is named, and the defaults are used.
    pub fn from_json(text: &str) -> Result<Options, String> {
        let tree: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut o = Options::deserialize(&tree).map_err(|e| e.to_string())?;
        // The clinic's texts keep their bidirectional controls to themselves.
        for text in [&mut o.clinic_name, &mut o.reviewed_by].into_iter().flatten() {
            *text = crate::text::balance(text).into_owned();
        }
        if let Heading::Text(t) = &mut o.heading {
            *t = crate::text::balance(t).into_owned();
        }
        Ok(o)
    }
}

/// The guide's title above the tabs: `null` (the content's own title), `"none"` (left out:
/// the word from the table), or the clinic's text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Heading {
    #[default]
    Default,
    Hidden,
    Text(String),
}

impl Serialize for Heading {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Heading::Default => s.serialize_none(),
            Heading::Hidden => s.serialize_str(HEADING_NONE),
            Heading::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Heading {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Option::<String>::deserialize(d)? {
            None => Heading::Default,
            Some(t) if t == HEADING_NONE => Heading::Hidden,
            Some(t) => Heading::Text(t),
        })
    }
}

/// A treatment time written `YYYY-MM-DDTHH:MM` in the canonical options (the loader checked
/// it with the `local-date-time` rule; read again here into its parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanTime(pub LocalDateTime);

impl PlanTime {
    /// As a `datetime-local` field and the saved plan write it.
    pub fn value(self) -> String {
        crate::saved::input_value(self.0)
    }
}

impl Serialize for PlanTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.value())
    }
}

impl<'de> Deserialize<'de> for PlanTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        LocalDateTime::parse(&text).map(PlanTime).ok_or_else(|| serde::de::Error::custom("expected a date and time written YYYY-MM-DDTHH:MM"))
    }
}

/// A date written `YYYY-MM-DD` in the canonical options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDate(pub Date);

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.iso())
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Date::parse_iso(&text).map(IsoDate).ok_or_else(|| serde::de::Error::custom("expected a date written YYYY-MM-DD"))
    }
}
