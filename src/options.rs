//! Embed options: parsed from the element's attributes, `data-` attributes or the object
//! given to `BotoxGuide.mount()`. A bad value never breaks the widget: it falls back to the
//! default and produces exactly one warning that names the option, the value and what is
//! accepted.

use crate::content::TAB_IDS;
use std::fmt;

/// Option names, as attributes (kebab-case). Public API.
pub const OPTION_NAMES: [&str; 13] = [
    "clinic-name",
    "phone",
    "booking-url",
    "locale",
    "tab",
    "sections",
    "treatment",
    "theme",
    "content-url",
    "deep-link",
    "reviewed-by",
    "reviewed-on",
    "loading",
];

/// Locales: English is built in; the others load on demand from `botox-guide-<locale>.json`.
pub const LOCALES: [&str; 2] = ["en", "es"];

/// The locale for `locale="auto"`: the host page's `<html lang>` if we have it, else the
/// first of the visitor's browser languages we have, else English. Region subtags are
/// ignored (`es-MX` → `es`). Any other `requested` value is returned as it is.
pub fn resolve_locale<S: AsRef<str>>(requested: &'static str, page_lang: Option<&str>, browser: &[S]) -> &'static str {
    if requested != "auto" {
        return requested;
    }
    let ours = |tag: &str| {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        LOCALES.iter().copied().find(|l| l.eq_ignore_ascii_case(primary))
    };
    page_lang
        .and_then(ours)
        .or_else(|| browser.iter().find_map(|b| ours(b.as_ref())))
        .unwrap_or("en")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Treatment {
    Cosmetic,
    Migraine,
    #[default]
    Both,
}

impl Treatment {
    /// The treatment a risk-data or step id names (`cosmetic`, `migraine`).
    pub fn from_id(id: &str) -> Treatment {
        if id == "migraine" { Treatment::Migraine } else { Treatment::Cosmetic }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Treatment::Cosmetic => "cosmetic",
            Treatment::Migraine => "migraine",
            Treatment::Both => "both",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    pub booking_url: Option<String>,
    pub locale: &'static str,
    /// The tab shown first; always one of `sections`.
    pub tab: &'static str,
    /// Which tabs, in order; never empty.
    pub sections: Vec<&'static str>,
    pub treatment: Treatment,
    pub theme: Theme,
    pub content_url: Option<String>,
    pub deep_link: bool,
    /// The clinician who reviewed the guide for this clinic.
    pub reviewed_by: Option<String>,
    /// When they last reviewed it.
    pub reviewed_on: Option<crate::dates::Date>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clinic_name: None,
            phone: None,
            booking_url: None,
            locale: "en",
            tab: TAB_IDS[0],
            sections: TAB_IDS.to_vec(),
            treatment: Treatment::Both,
            theme: Theme::Auto,
            content_url: None,
            deep_link: false,
            reviewed_by: None,
            reviewed_on: None,
        }
    }
}

/// One rejected value: which option, what was given, what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub option: String,
    pub value: String,
    pub expected: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "botox-guide: option \"{}\" has the value \"{}\", which is not accepted. Expected {}. Using the default instead.",
            self.option, self.value, self.expected
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub options: Options,
    pub warnings: Vec<Warning>,
}

/// Parse option pairs (name, value). Names may be kebab-case (`clinic-name`), `data-`
/// prefixed (`data-clinic-name`) or camelCase (`clinicName`).
pub fn parse<I, K, V>(pairs: I) -> Parsed
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let mut requested_tab: Option<(String, &'static str)> = None;
    let mut warn = |option: &str, value: &str, expected: &str| {
        warnings.push(Warning {
            option: option.to_string(),
            value: value.to_string(),
            expected: expected.to_string(),
        })
    };

    for (key, value) in pairs {
        let name = normalise_name(key.as_ref());
        let raw = value.as_ref();
        let v = raw.trim();
        match name.as_str() {
            "clinic-name" => {
                if v.chars().count() > 120 {
                    warn(&name, raw, "a clinic name of at most 120 characters");
                } else if !v.is_empty() {
                    o.clinic_name = Some(v.to_string());
                }
            }
            "phone" => {
                if v.is_empty() {
                } else if is_phone(v) {
                    o.phone = Some(v.to_string());
                } else {
                    warn(&name, raw, "a phone number: digits, spaces, + - ( ) . only, with 3 to 20 digits");
                }
            }
            "booking-url" => {
                if v.is_empty() {
                } else if is_https_url(v) {
                    o.booking_url = Some(v.to_string());
                } else {
                    warn(&name, raw, "an https:// address");
                }
            }
            "locale" => match LOCALES.iter().find(|l| l.eq_ignore_ascii_case(v)) {
                Some(l) => o.locale = l,
                None if v.eq_ignore_ascii_case("auto") => o.locale = "auto",
                None => warn(&name, raw, &format!("one of {}, auto", LOCALES.join(", "))),
            },
            "tab" => match find_tab(v) {
                Some(t) => requested_tab = Some((raw.to_string(), t)),
                None => warn(&name, raw, &format!("one of {}", TAB_IDS.join(", "))),
            },
            "sections" => match parse_sections(v) {
                Some(list) => o.sections = list,
                None => warn(
                    &name,
                    raw,
                    &format!("a comma-separated list of distinct tab ids from {}", TAB_IDS.join(", ")),
                ),
            },
            "treatment" => match v.to_ascii_lowercase().as_str() {
                "cosmetic" => o.treatment = Treatment::Cosmetic,
                "migraine" => o.treatment = Treatment::Migraine,
                "both" => o.treatment = Treatment::Both,
                _ => warn(&name, raw, "one of cosmetic, migraine, both"),
            },
            "theme" => match v.to_ascii_lowercase().as_str() {
                "light" => o.theme = Theme::Light,
                "dark" => o.theme = Theme::Dark,
                "auto" => o.theme = Theme::Auto,
                _ => warn(&name, raw, "one of light, dark, auto"),
            },
            "content-url" => {
                if v.is_empty() {
                } else if is_https_url(v) || is_relative_url(v) {
                    o.content_url = Some(v.to_string());
                } else {
                    warn(&name, raw, "an https:// address or a path on this site (starting with / or ./)");
                }
            }
            "deep-link" => match v.to_ascii_lowercase().as_str() {
                "" | "true" | "deep-link" | "on" | "yes" => o.deep_link = true,
                "false" | "off" | "no" => o.deep_link = false,
                _ => warn(&name, raw, "true or false (or the bare attribute)"),
            },
            "reviewed-by" => {
                if v.chars().count() > 120 {
                    warn(&name, raw, "a name of at most 120 characters");
                } else if !v.is_empty() {
                    o.reviewed_by = Some(v.to_string());
                }
            }
            "reviewed-on" => match crate::dates::Date::parse_iso(v) {
                Some(d) => o.reviewed_on = Some(d),
                None if v.is_empty() => {}
                None => warn(&name, raw, "a date written YYYY-MM-DD"),
            },
            // Read by the loader (embed.js), which fetches the wasm for a lazy widget only when
            // it nears the viewport; checked here so a typo gets the usual warning.
            "loading" => {
                if !matches!(v.to_ascii_lowercase().as_str(), "" | "eager" | "lazy") {
                    warn(&name, raw, "eager or lazy");
                }
            }
            _ => warn(&name, raw, &format!("a known option name: {}", OPTION_NAMES.join(", "))),
        }
    }

    o.tab = o.sections[0];
    if let Some((raw, tab)) = requested_tab {
        if o.sections.contains(&tab) {
            o.tab = tab;
        } else {
            warn(
                "tab",
                &raw,
                &format!("one of the shown sections ({})", o.sections.join(", ")),
            );
        }
    }
    Parsed { options: o, warnings }
}

fn normalise_name(key: &str) -> String {
    let key = key.trim();
    let key = key.strip_prefix("data-").unwrap_or(key);
    let mut out = String::with_capacity(key.len() + 2);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else if c == '_' {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

/// The tab id matching `v` (case-insensitive), as the canonical `&'static str`.
pub fn find_tab(v: &str) -> Option<&'static str> {
    TAB_IDS.iter().copied().find(|t| t.eq_ignore_ascii_case(v.trim()))
}

fn parse_sections(v: &str) -> Option<Vec<&'static str>> {
    let mut list = Vec::new();
    for part in v.split([',', ' ']).filter(|p| !p.is_empty()) {
        let tab = find_tab(part)?;
        if list.contains(&tab) {
            return None;
        }
        list.push(tab);
    }
    (!list.is_empty()).then_some(list)
}

fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && v.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && !v[1..].contains('+')
}

/// `tel:` link target for a validated phone number: keeps a leading + and the digits.
pub fn tel_href(phone: &str) -> String {
    let mut out = String::from("tel:");
    if phone.trim_start().starts_with('+') {
        out.push('+');
    }
    out.extend(phone.chars().filter(char::is_ascii_digit));
    out
}

fn is_https_url(v: &str) -> bool {
    match v.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && !v.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

fn is_relative_url(v: &str) -> bool {
    (v.starts_with('/') && !v.starts_with("//") || v.starts_with("./"))
        && !v.chars().any(char::is_whitespace)
}
