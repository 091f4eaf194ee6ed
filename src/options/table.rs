//! The option table: every embed option, declared once. It drives [`super::parse`], the
//! README's options table, the loader's data (so the prerendered shell follows the same
//! rules before the wasm arrives), the TypeScript types and the custom-elements manifest.

use crate::ids::{Loading, Locale, Tab, Theme, TreatmentChoice};

/// One option: its attribute name (kebab-case; `data-` on the div form, camelCase in the JS
/// API), the rule its value must follow, and its documentation.
pub struct OptionSpec {
    pub name: &'static str,
    pub rule: Rule,
    /// What the default is, in words (README). Not compiled into the wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub default: &'static str,
    /// What it does (README, types, manifest). Not compiled into the wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// An option's spec; its docs are kept only in native builds (tests, generated docs).
const fn opt(name: &'static str, rule: Rule, default: &'static str, doc: &'static str) -> OptionSpec {
    #[cfg(target_arch = "wasm32")]
    let _ = (default, doc);
    OptionSpec {
        name,
        rule,
        #[cfg(not(target_arch = "wasm32"))]
        default,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

/// How a value is read. An empty value (after trimming) always means "the default", quietly,
/// except for a flag, where a bare attribute means "on".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Text of at most `max` characters, shown as text.
    Text { max: usize },
    /// One of a few words (any case), or else text of at most `max` characters.
    WordOrText { words: &'static [&'static str], max: usize },
    /// A phone number: digits, spaces and `+ - ( ) .`, 3 to 20 digits, `+` only first.
    Phone,
    /// An `https://` address with a host.
    HttpsUrl,
    /// An `https://` address or a path on the page's own site (`/…` or `./…`).
    HttpsUrlOrPath,
    /// One of a list of ids (any case).
    OneOf(&'static [&'static str]),
    /// A tab id that is also among the shown sections.
    Tab,
    /// Distinct tab ids, separated by commas or spaces, in the order to show them.
    TabList,
    /// On (`true`, `on`, `yes`, or the bare attribute) or off (`false`, `off`, `no`).
    Flag,
    /// A date written `YYYY-MM-DD`.
    IsoDate,
}

/// The word that stands for "the visitor's own setting" among `locale`'s values.
pub const AUTO: &str = "auto";

/// Every option, in the order the README lists them.
pub const OPTIONS: &[OptionSpec] = &[
    opt("clinic-name", Rule::Text { max: 120 }, "none: no clinic card", "The clinic's name, shown on the clinic card (with the phone and booking link) and in calendar reminders."),
    opt("heading", Rule::WordOrText { words: &["none"], max: 120 }, "the guide's own title", "The guide's title above the tabs: your own text, or `none` to leave it out when your page already has one."),
    opt("phone", Rule::Phone, "none", "The clinic's phone number; becomes a `tel:` link on the clinic card."),
    opt("booking-url", Rule::HttpsUrl, "none", "The clinic's booking page; a button on the clinic card."),
    opt("locale", Rule::OneOf(LOCALE_VALUES), "`en`", "The guide's language. `auto` takes the page's `<html lang>`, else the visitor's browser languages, else English. Languages other than English load on demand from their pack `botox-guide-<locale>.js` next to `embed.js` (include it before `embed.js` on a page in that language to paint at once)."),
    opt("tab", Rule::Tab, "the first shown", "The tab shown first."),
    opt("sections", Rule::TabList, "all six", "Which tabs, in which order."),
    opt("treatment", Rule::OneOf(TreatmentChoice::IDS), "`both`", "Which treatments the clinic offers: their figures and aftercare steps are shown; with `both` a switch picks one."),
    opt("theme", Rule::OneOf(Theme::IDS), "`auto`", "Light or dark colours; `auto` follows the visitor's setting."),
    opt("content-url", Rule::HttpsUrlOrPath, "built-in content", "Your own content JSON (partial files are laid over the built-in content; see below)."),
    opt("deep-link", Rule::Flag, "off", "Mirror the tab in the page URL as `#botox-guide=aftercare`, restored on load and on back/forward (off by default: your router may own the hash; use it on one widget per page)."),
    opt("reviewed-by", Rule::Text { max: 120 }, "none", "The clinician who reviewed the guide for your clinic, shown as \"Medically reviewed by …\"."),
    opt("reviewed-on", Rule::IsoDate, "none", "The date of that review, shown as \"Last medically reviewed on …\"."),
    opt("loading", Rule::OneOf(Loading::IDS), "`eager`", "With `lazy` (like an iframe's `loading=\"lazy\"`) the guide is painted at once and its tabs work, but the interactive part (the wasm) is fetched only when the widget comes within about one screen of the viewport."),
];

/// `locale`'s accepted values: every locale, then `auto`.
pub const LOCALE_VALUES: &[&str] = &{
    let mut out = [AUTO; Locale::IDS.len() + 1];
    let mut i = 0;
    while i < Locale::IDS.len() {
        out[i] = Locale::IDS[i];
        i += 1;
    }
    out
};

/// The spec of an option by its kebab-case name.
pub fn spec(name: &str) -> Option<&'static OptionSpec> {
    OPTIONS.iter().find(|s| s.name == name)
}

/// A value that passed its rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Empty: the option keeps its default.
    Empty,
    Text(String),
    /// One of [`Rule::OneOf`]'s ids (its canonical spelling).
    Id(&'static str),
    Tab(Tab),
    Tabs(Vec<Tab>),
    Flag(bool),
    Date(crate::dates::Date),
}

impl Rule {
    /// Check a value (already trimmed); `None` when it breaks the rule.
    pub fn check(self, v: &str) -> Option<Checked> {
        if v.is_empty() {
            return Some(if self == Rule::Flag { Checked::Flag(true) } else { Checked::Empty });
        }
        Some(match self {
            Rule::Text { max } => {
                if v.chars().count() > max {
                    return None;
                }
                // The clinic's text keeps its bidirectional controls to itself.
                Checked::Text(crate::text::balance(v).into_owned())
            }
            Rule::WordOrText { words, max } => match words.iter().copied().find(|w| w.eq_ignore_ascii_case(v)) {
                Some(word) => Checked::Id(word),
                None => return Rule::Text { max }.check(v),
            },
            Rule::Phone => Checked::Text(is_phone(v).then(|| v.to_string())?),
            Rule::HttpsUrl => Checked::Text(is_https_url(v).then(|| v.to_string())?),
            Rule::HttpsUrlOrPath => Checked::Text((is_https_url(v) || is_site_path(v)).then(|| v.to_string())?),
            Rule::OneOf(ids) => Checked::Id(ids.iter().copied().find(|id| id.eq_ignore_ascii_case(v))?),
            Rule::Tab => Checked::Tab(Tab::parse(v)?),
            Rule::TabList => Checked::Tabs(parse_tab_list(v)?),
            Rule::Flag => match v.to_ascii_lowercase().as_str() {
                "true" | "on" | "yes" => Checked::Flag(true),
                "false" | "off" | "no" => Checked::Flag(false),
                _ => return None,
            },
            Rule::IsoDate => Checked::Date(crate::dates::Date::parse_iso(v)?),
        })
    }

    /// What the rule accepts, for warnings ("Expected …").
    pub fn expected(self) -> String {
        match self {
            Rule::Text { max } => format!("text of at most {max} characters"),
            Rule::WordOrText { words, max } => format!("{} or text of at most {max} characters", words.join(", ")),
            Rule::Phone => "a phone number: digits, spaces, + - ( ) . only, with 3 to 20 digits".to_string(),
            Rule::HttpsUrl => "an https:// address".to_string(),
            Rule::HttpsUrlOrPath => "an https:// address or a path on this site (starting with / or ./)".to_string(),
            Rule::OneOf(ids) => format!("one of {}", ids.join(", ")),
            Rule::Tab => format!("one of {}", Tab::IDS.join(", ")),
            Rule::TabList => format!("a comma-separated list of distinct tab ids from {}", Tab::IDS.join(", ")),
            Rule::Flag => "true or false (or the bare attribute)".to_string(),
            Rule::IsoDate => "a date written YYYY-MM-DD".to_string(),
        }
    }

    /// The accepted values for the README's "Values" column.
    pub fn values_doc(self) -> String {
        match self {
            Rule::Text { max } => format!("text (up to {max} characters)"),
            Rule::WordOrText { words, max } => format!("{}, or text (up to {max} characters)", words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")),
            Rule::Phone => "digits, spaces, `+ - ( ) .` (3–20 digits); becomes a `tel:` link".to_string(),
            Rule::HttpsUrl => "an `https://` address".to_string(),
            Rule::HttpsUrlOrPath => "an `https://` address or a path on your site (`/…`, `./…`)".to_string(),
            Rule::OneOf(ids) => ids.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", "),
            Rule::Tab => Tab::IDS.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", "),
            Rule::TabList => "tab ids, comma-separated, in order".to_string(),
            Rule::Flag => "bare attribute, `true` or `false`".to_string(),
            Rule::IsoDate => "`YYYY-MM-DD`".to_string(),
        }
    }

    /// The rule's name in the loader's data and the docs.
    pub fn kind(self) -> &'static str {
        match self {
            Rule::Text { .. } => "text",
            Rule::WordOrText { .. } => "word-or-text",
            Rule::Phone => "phone",
            Rule::HttpsUrl => "https-url",
            Rule::HttpsUrlOrPath => "https-url-or-path",
            Rule::OneOf(_) => "one-of",
            Rule::Tab => "tab",
            Rule::TabList => "tab-list",
            Rule::Flag => "flag",
            Rule::IsoDate => "iso-date",
        }
    }
}

/// Digits needed in a phone number (the loader's data carries these too).
pub const PHONE_DIGITS: (usize, usize) = (3, 20);
/// Characters a phone number may hold besides digits.
pub const PHONE_EXTRA: &str = " +-().";
/// Characters never accepted in an address (they could break out of an attribute).
pub const URL_FORBIDDEN: &str = "\"<>";

fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (PHONE_DIGITS.0..=PHONE_DIGITS.1).contains(&digits)
        && v.chars().all(|c| c.is_ascii_digit() || PHONE_EXTRA.contains(c))
        && !v[1..].contains('+')
}

fn is_https_url(v: &str) -> bool {
    match v.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !v.chars().any(|c| c.is_whitespace() || URL_FORBIDDEN.contains(c))
        }
        None => false,
    }
}

fn is_site_path(v: &str) -> bool {
    (v.starts_with('/') && !v.starts_with("//") || v.starts_with("./")) && !v.chars().any(|c| c.is_whitespace() || URL_FORBIDDEN.contains(c))
}

fn parse_tab_list(v: &str) -> Option<Vec<Tab>> {
    let mut list = Vec::new();
    for part in v.split([',', ' ']).filter(|p| !p.is_empty()) {
        let tab = Tab::parse(part)?;
        if list.contains(&tab) {
            return None;
        }
        list.push(tab);
    }
    (!list.is_empty()).then_some(list)
}

/// `tel:` link target for a checked phone number: keeps a leading + and the digits.
pub fn tel_href(phone: &str) -> String {
    let mut out = String::from("tel:");
    if phone.trim_start().starts_with('+') {
        out.push('+');
    }
    out.extend(phone.chars().filter(char::is_ascii_digit));
    out
}

/// The known option name nearest to an unknown one, when it is near enough to be a likely
/// slip: `booking-link` → `booking-url`, `telephone` → `phone`, `clinicname` → `clinic-name`.
pub fn suggest(unknown: &str) -> Option<&'static str> {
    let u = unknown.to_ascii_lowercase().replace('_', "-");
    let squash = |s: &str| s.replace('-', "");
    OPTIONS
        .iter()
        .map(|o| {
            let d = distance(&u, o.name);
            let prefix = u.bytes().zip(o.name.bytes()).take_while(|(a, b)| a == b).count();
            let contains = u.len() >= 3 && (u.contains(o.name) || o.name.contains(&*u));
            let near = !u.is_empty() && (d <= 2 + u.len() / 4 || prefix >= 5 || contains || squash(&u) == squash(o.name));
            (o.name, d, near)
        })
        .filter(|(_, _, near)| *near)
        .min_by_key(|(_, d, _)| *d)
        .map(|(name, _, _)| name)
}

/// Levenshtein distance, by bytes (the options' names are short and ASCII).
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
