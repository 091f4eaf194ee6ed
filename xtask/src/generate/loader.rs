//! The loader's data: everything `embed.js` needs to know, generated from the option,
//! event, id, markup and content tables and handed to its `start` as one object. The loader
//! (`loader/`, TypeScript) applies the option table's rule data: it is the one place that
//! reads options (its tests run the shared fixture, `tests/fixtures/options.json`).

use serde_json::{json, Map, Value};

use botox_guide::events::{EVENTS, LEGACY_PREFIX, PREFIX};
use botox_guide::ids::{Locale, Market, Tab};
use botox_guide::markets::MARKETS;

use super::edits::{to_json, Edit};
use botox_guide::options::table::{
    AUTO, FLAG_OFF, FLAG_ON, GLOBAL_ATTRIBUTES, MAX_WARNED, PHONE_DIGITS, PHONE_EXTRA, QUOTE_CHARS, URL_FORBIDDEN, WARNING_LINK, WARNING_LINK_TREATMENT, WARNING_NEAR, WARNING_UNKNOWN,
    WARNING_VALUE,
};
use botox_guide::options::{Options, Rule, OPTIONS};

/// One build of the wasm: its wasm-bindgen glue and the wasm, next to `embed.js`.
#[derive(Clone, Copy)]
pub struct Build {
    pub glue: &'static str,
    pub wasm: &'static str,
}

/// The lean wasm (feature `lean`): English built in, no content file read. What a page in
/// English without a clinic's own content loads (docs/decisions.md, "The lean wasm").
pub const LEAN: Build = Build { glue: "botox-guide.js", wasm: "botox-guide_bg.wasm" };
/// The full wasm: every language, a clinic's `content-url`; it reads its English text from
/// [`locale_file`]`(Locale::En)`.
pub const FULL: Build = Build { glue: "botox-guide-full.js", wasm: "botox-guide-full_bg.wasm" };
pub const BUILDS: [Build; 2] = [LEAN, FULL];
/// The QR code's small wasm (`qr/`): fetched only when a visitor asks for a code.
pub const QR: Build = Build { glue: "botox-guide-qr.js", wasm: "botox-guide-qr_bg.wasm" };
pub use botox_guide::content::locale_file;

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

/// The option a plan link's time is read into.
pub const PLAN_OPTION: &str = "treatment-date";

/// The rules part: what the loader needs to read options and lay out the shell. (The loader's
/// node tests and the snippet builder read only this.)
pub fn rules() -> Value {
    assert!(OPTIONS.iter().any(|o| o.name == PLAN_OPTION && o.rule == Rule::LocalDateTime), "a plan link's time is read by the treatment-date option's rule");
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
        "defaults": defaults(),
        "tabs": Tab::IDS,
        "treatments": botox_guide::ids::Treatment::IDS,
        "locales": Locale::IDS,
        "auto": AUTO,
        "phone": { "minDigits": PHONE_DIGITS.0, "maxDigits": PHONE_DIGITS.1, "extra": PHONE_EXTRA },
        "urlForbidden": URL_FORBIDDEN,
        "flags": { "on": FLAG_ON, "off": FLAG_OFF },
        "quoteChars": QUOTE_CHARS,
        "maxWarned": MAX_WARNED,
        "warnings": { "value": WARNING_VALUE, "unknown": WARNING_UNKNOWN, "near": WARNING_NEAR },
        "globalAttributes": GLOBAL_ATTRIBUTES,
        "returning": { "tab": botox_guide::saved::RETURNING_TAB.as_str(), "keyPrefix": botox_guide::saved::KEY_PREFIX },
        "dateTimeYears": [botox_guide::options::table::DATE_TIME_YEARS.0, botox_guide::options::table::DATE_TIME_YEARS.1],
        "planLink": { "key": botox_guide::plan_link::HASH_KEY, "separator": botox_guide::plan_link::SEPARATOR.to_string(), "option": PLAN_OPTION, "printCode": botox_guide::plan_link::PRINT_CODE_ID, "warnings": { "time": WARNING_LINK, "treatment": WARNING_LINK_TREATMENT } },
    })
}

/// The whole data object: rules, file names and their SHA-384, event names, the loader's own
/// messages per locale, the stylesheet and the prerendered shells.
pub fn data(version: &str, integrity: &[(String, String)], css: &str, shells: &[Shell], messages: &[(Locale, Value)]) -> Value {
    let mut data = rules();
    let d = data.as_object_mut().expect("an object");
    d.insert("version".into(), json!(version));
    d.insert("tag".into(), json!("botox-guide"));
    // The clinic's review date is worded by the browser with these options, here and live.
    d.insert("longDate".into(), serde_json::from_str::<Value>(botox_guide::browser::FORMAT_OPTIONS[1]).expect("JSON options"));
    d.insert(
        "files".into(),
        json!({
            "lean": { "glue": LEAN.glue, "wasm": LEAN.wasm },
            "full": { "glue": FULL.glue, "wasm": FULL.wasm, "english": locale_file(Locale::En) },
            "qr": { "glue": QR.glue, "wasm": QR.wasm },
            "packPrefix": PACK_PREFIX,
            "packSuffix": PACK_SUFFIX,
        }),
    );
    d.insert("integrity".into(), Value::Object(integrity.iter().map(|(k, v)| (k.clone(), json!(v))).collect()));
    d.insert(
        "events".into(),
        json!({
            "prefix": PREFIX,
            "legacyPrefix": LEGACY_PREFIX,
            "names": EVENTS.iter().map(|e| e.name).collect::<Vec<_>>(),
            "dataLayerPrefix": botox_guide::events::DATA_LAYER_PREFIX,
            "dataLayerOption": botox_guide::ids::Analytics::DataLayer.as_str(),
            "analytics": EVENTS.iter().map(|e| (e.name.to_string(), json!(e.analytics))).collect::<Map<String, Value>>(),
        }),
    );
    d.insert("messages".into(), Value::Object(messages.iter().map(|(l, m)| (l.to_string(), m.clone())).collect()));
    d.insert("css".into(), json!(css));
    d.insert("properties".into(), json!(crate::styles::registrations()));
    d.insert("shells".into(), Value::Object(shells.iter().map(|s| (s.locale.to_string(), shell(s))).collect()));
    d.insert("packGlobal".into(), json!(PACK_GLOBAL));
    // The lean wasm's English texts (after the shells, which hold the same words).
    d.insert("text".into(), json!(botox_guide::content::builtin_en::TEXT));
    d.insert(
        "markets".into(),
        json!({
            "global": MARKET_GLOBAL,
            "prefix": MARKET_PREFIX,
            "suffix": PACK_SUFFIX,
            "nonPromotional": MARKETS.iter().filter(|m| m.non_promotional).map(|m| m.market.as_str()).collect::<Vec<_>>(),
        }),
    );
    d.insert("markup".into(), Value::Object(botox_guide::markup::ALL.iter().map(|(k, v)| (k.to_string(), json!(v))).collect()));
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

/// The global a market file queues itself on, like [`PACK_GLOBAL`].
pub const MARKET_GLOBAL: &str = "BotoxGuideMarkets";
const MARKET_PREFIX: &str = "botox-guide-market-";

/// The markets that have a file: every one but the US, whose view the shells are.
pub fn file_markets() -> impl Iterator<Item = Market> {
    Market::ALL.iter().copied().filter(|&m| m != Market::Us)
}

/// A market's file name (`botox-guide-market-uk.js`).
pub fn market_file(market: Market) -> String {
    format!("{MARKET_PREFIX}{market}{PACK_SUFFIX}")
}

/// A market file: its first view in each locale, as edits of the US one (`generate::edits`).
/// The loader loads it when a widget shows that market, and paints only once it is here, so a
/// visitor never sees another market's emergency number.
pub fn market_pack(version: &str, market: Market, edits: &[(Locale, Vec<Edit>)]) -> String {
    let edits: serde_json::Map<String, Value> = edits.iter().map(|(l, e)| (l.to_string(), to_json(e))).collect();
    let value = json!({ "version": version, "market": market.as_str(), "edits": edits });
    format!(
        "/* botox-guide {version}: the guide's first view for {name}, as changes to the US one. embed.js loads this file itself when a widget has market=\"{market}\". */\n\
         (window.{MARKET_GLOBAL}=window.{MARKET_GLOBAL}||[]).push({value});\n",
        name = market.spec().name,
    )
}

/// The locales that have a pack: every one but English, which `embed.js` carries itself.
pub fn pack_locales() -> impl Iterator<Item = Locale> {
    Locale::ALL.iter().copied().filter(|&l| l != Locale::En)
}

/// The files a page may load next to `embed.js`: each build's glue and wasm, the English
/// text the full wasm reads, and the locale packs.
pub fn widget_files() -> Vec<String> {
    BUILDS
        .iter()
        .chain([&QR])
        .flat_map(|b| [b.glue.to_string(), b.wasm.to_string()])
        .chain([locale_file(Locale::En)])
        .chain(pack_locales().map(pack_file))
        .chain(file_markets().map(market_file))
        .collect()
}

/// Whether `name` is a wasm-bindgen glue module (hashed for embed.js only: a page never
/// loads one with its own tag).
pub fn is_glue(name: &str) -> bool {
    BUILDS.iter().chain([&QR]).any(|b| b.glue == name)
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

/// The options' defaults, keyed by option name: the widget's own defaults (serialized as the
/// loader hands options over), without what the loader derives.
pub fn defaults() -> Value {
    let mut d = serde_json::to_value(Options::default()).expect("options serialize");
    let o = d.as_object_mut().expect("an object");
    o.remove("phone-href");
    o.remove("plan-treatment");
    d
}
