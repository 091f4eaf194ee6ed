//! The loader's data: everything `embed.js` needs to know, generated from the option,
//! event, id and content tables, handed to it as one object (`(function (DATA) {…})(data)`).
//! The loader has no rule of its own: it applies these rules generically, and a shared
//! fixture of option cases (`tests/fixtures/options.json`) proves it reads options exactly as
//! `options::parse` does.

use serde_json::{json, Map, Value};

use crate::events::{EVENTS, LEGACY_PREFIX, PREFIX};
use crate::ids::{Locale, Tab};
use crate::options::table::{PHONE_DIGITS, PHONE_EXTRA, URL_FORBIDDEN};
use crate::options::{Heading, LocaleChoice, Options, Rule, OPTIONS};

/// Names of the files next to `embed.js`.
pub const GLUE: &str = "botox-guide.js";
pub const WASM: &str = "botox-guide_bg.wasm";
pub use crate::content::locale_file;

/// A prerendered first view for one locale: its HTML (with a clinic card template whose
/// placeholders the loader fills) and the content JSON the wasm reads.
pub struct Shell {
    pub locale: Locale,
    pub html: String,
    pub card: CardTemplate,
    /// Compact JSON text of the locale's content (handed to the wasm), when the loader
    /// carries it; `None` for locales fetched on demand.
    pub content: Option<String>,
}

/// Placeholders in a shell's clinic card.
#[derive(Clone, Copy)]
pub struct CardTemplate {
    pub name: &'static str,
    pub phone: &'static str,
    pub booking: &'static str,
}

pub const CARD: CardTemplate = CardTemplate { name: "BOTOX_GUIDE_CLINIC", phone: "+0 000 000", booking: "https://booking.invalid/" };

/// The rules part: what the loader needs to read options and lay out the shell the way
/// `options::parse` and the live widget will. (The node fixture test reads only this.)
pub fn rules() -> Value {
    let options: Vec<Value> = OPTIONS
        .iter()
        .map(|spec| {
            let mut o = Map::new();
            o.insert("name".into(), json!(spec.name));
            o.insert("rule".into(), json!(spec.rule.kind()));
            o.insert("expected".into(), json!(spec.rule.expected()));
            match spec.rule {
                Rule::Text { max } => {
                    o.insert("max".into(), json!(max));
                }
                Rule::OneOf(values) => {
                    o.insert("values".into(), json!(values));
                }
                Rule::WordOrText { words, max } => {
                    o.insert("values".into(), json!(words));
                    o.insert("max".into(), json!(max));
                }
                _ => {}
            }
            Value::Object(o)
        })
        .collect();
    json!({
        "options": options,
        "defaults": view(&Options::default()),
        "tabs": Tab::IDS,
        "treatments": crate::ids::Treatment::IDS,
        "locales": Locale::IDS,
        "phone": { "minDigits": PHONE_DIGITS.0, "maxDigits": PHONE_DIGITS.1, "extra": PHONE_EXTRA },
        "urlForbidden": URL_FORBIDDEN,
    })
}

/// The whole data object: rules, file names and their SHA-384, event names, the loader's own
/// messages per locale, the stylesheet and the prerendered shells.
pub fn data(version: &str, integrity: &[(String, String)], css: &str, shells: &[Shell], messages: &[(Locale, Value)]) -> Value {
    let mut data = rules();
    let d = data.as_object_mut().expect("an object");
    d.insert("version".into(), json!(version));
    d.insert("tag".into(), json!("botox-guide"));
    d.insert("revealMargin".into(), json!(crate::components::tabs::REVEAL_MARGIN));
    // The clinic's review date is worded by the browser with these options, here and live.
    d.insert("longDate".into(), serde_json::from_str::<Value>(crate::browser::FORMAT_OPTIONS[1]).expect("JSON options"));
    d.insert("files".into(), json!({ "glue": GLUE, "wasm": WASM, "packPrefix": PACK_PREFIX, "packSuffix": PACK_SUFFIX }));
    d.insert("integrity".into(), Value::Object(integrity.iter().map(|(k, v)| (k.clone(), json!(v))).collect()));
    d.insert(
        "events".into(),
        json!({ "prefix": PREFIX, "legacyPrefix": LEGACY_PREFIX, "names": EVENTS.iter().map(|e| e.name).collect::<Vec<_>>() }),
    );
    d.insert("messages".into(), Value::Object(messages.iter().map(|(l, m)| (l.to_string(), m.clone())).collect()));
    d.insert("css".into(), json!(css));
    d.insert("shells".into(), Value::Object(shells.iter().map(|s| (s.locale.to_string(), shell(s))).collect()));
    d.insert("packGlobal".into(), json!(PACK_GLOBAL));
    data
}

/// A shell as the loader holds it.
fn shell(s: &Shell) -> Value {
    let card = json!({ "name": s.card.name, "phone": s.card.phone, "booking": s.card.booking });
    json!({ "html": s.html, "card": card, "content": s.content })
}

/// The global a locale pack queues itself on (an array until the loader runs, then the
/// loader's own object with a `push`), so the pack works before or after `embed.js`.
pub const PACK_GLOBAL: &str = "BotoxGuideLocales";

/// The locales that have a pack: every one but English, which `embed.js` carries itself.
pub fn pack_locales() -> impl Iterator<Item = Locale> {
    Locale::ALL.iter().copied().filter(|&l| l != Locale::En)
}

/// The files a page may load next to `embed.js`: the glue, the wasm and the locale packs.
pub fn widget_files() -> Vec<String> {
    [GLUE.to_string(), WASM.to_string()].into_iter().chain(pack_locales().map(pack_file)).collect()
}

/// The file name of a locale's pack: its prerendered first view and its text, in one script.
pub fn pack_file(locale: Locale) -> String {
    format!("{PACK_PREFIX}{locale}{PACK_SUFFIX}")
}
const PACK_PREFIX: &str = "botox-guide-";
const PACK_SUFFIX: &str = ".js";

/// A locale pack (`botox-guide-es.js`): the locale's shell and content, for the loader to
/// paint at once and hand to the wasm (no second request for the text). The loader loads it
/// itself when a widget shows that language; a page in that language may also include it
/// with its own script tag, before `embed.js`, so it paints as soon as English would.
pub fn pack(version: &str, s: &Shell) -> String {
    let mut value = shell(s);
    let o = value.as_object_mut().expect("an object");
    o.insert("version".into(), json!(version));
    o.insert("locale".into(), json!(s.locale.as_str()));
    format!(
        "/* botox-guide {version}: the {name} first view and text. embed.js loads this file itself when a widget shows {name}; include it before embed.js to paint at once. */\n\
         (window.{PACK_GLOBAL}=window.{PACK_GLOBAL}||[]).push({value});\n",
        name = s.locale.english_name(),
    )
}

/// Options as plain data keyed by option name, the shape both `options::parse` (through
/// this) and the loader's `rules.parse` produce for the shared fixture: the loader starts
/// from `view(&Options::default())`.
pub fn view(o: &Options) -> Value {
    let tabs = |t: &[Tab]| t.iter().map(|t| t.as_str()).collect::<Vec<_>>();
    let locale = match o.locale {
        LocaleChoice::Fixed(l) => l.as_str(),
        LocaleChoice::Auto => crate::options::table::AUTO,
    };
    let heading = match &o.heading {
        Heading::Default => None,
        Heading::Hidden => Some("none".to_string()),
        Heading::Text(t) => Some(t.clone()),
    };
    json!({
        "clinic-name": o.clinic_name,
        "heading": heading,
        "phone": o.phone,
        "booking-url": o.booking_url,
        "locale": locale,
        "tab": o.tab.as_str(),
        "sections": tabs(&o.sections),
        "treatment": o.treatment.as_str(),
        "theme": o.theme.as_str(),
        "content-url": o.content_url,
        "deep-link": o.deep_link,
        "reviewed-by": o.reviewed_by,
        "reviewed-on": o.reviewed_on.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        "loading": o.loading.as_str(),
    })
}
