//! Embed options: parsed from the element's attributes, `data-` attributes or the object
//! given to `BotoxGuide.mount()`, by the rules of the option table ([`table::OPTIONS`]).
//! A bad value never breaks the widget: it falls back to the default and produces exactly
//! one warning that names the option, the value and what is accepted.

pub mod table;

use std::fmt;

use crate::dates::Date;
use crate::ids::{Loading, Locale, Tab, Theme, TreatmentChoice};
pub use table::{tel_href, Checked, OptionSpec, Rule, OPTIONS};

/// The language asked for: one of ours, or the visitor's own (`auto`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocaleChoice {
    Fixed(Locale),
    Auto,
}

impl LocaleChoice {
    /// The locale to show, given the page's `<html lang>` and the browser's languages.
    pub fn resolve<S: AsRef<str>>(self, page_lang: Option<&str>, browser: &[S]) -> Locale {
        match self {
            LocaleChoice::Fixed(l) => l,
            LocaleChoice::Auto => Locale::negotiate(page_lang, browser),
        }
    }
}

/// The guide's title above the tabs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Heading {
    /// The content's own title.
    #[default]
    Default,
    /// Left out (the clinic's page has its own).
    Hidden,
    /// The clinic's text.
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub clinic_name: Option<String>,
    pub heading: Heading,
    pub phone: Option<String>,
    pub booking_url: Option<String>,
    pub locale: LocaleChoice,
    /// The tab shown first; always one of `sections`.
    pub tab: Tab,
    /// Which tabs, in order; never empty.
    pub sections: Vec<Tab>,
    pub treatment: TreatmentChoice,
    pub theme: Theme,
    pub content_url: Option<String>,
    pub deep_link: bool,
    /// The clinician who reviewed the guide for this clinic.
    pub reviewed_by: Option<String>,
    /// When they last reviewed it.
    pub reviewed_on: Option<Date>,
    /// Read by the loader (when to fetch the wasm); kept here so it is checked like the rest.
    pub loading: Loading,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clinic_name: None,
            heading: Heading::Default,
            phone: None,
            booking_url: None,
            locale: LocaleChoice::Fixed(Locale::En),
            tab: Tab::ALL[0],
            sections: Tab::ALL.to_vec(),
            treatment: TreatmentChoice::Both,
            theme: Theme::Auto,
            content_url: None,
            deep_link: false,
            reviewed_by: None,
            reviewed_on: None,
            loading: Loading::Eager,
        }
    }
}

impl Options {
    /// Take one checked value of the option `name` (a name from [`OPTIONS`]).
    fn set(&mut self, name: &str, value: Checked) {
        let text = |v: Checked| match v {
            Checked::Text(t) => Some(t),
            _ => None,
        };
        match (name, value) {
            (_, Checked::Empty) => {}
            ("clinic-name", v) => self.clinic_name = text(v),
            ("heading", Checked::Id(_)) => self.heading = Heading::Hidden,
            ("heading", v) => self.heading = text(v).map_or(Heading::Default, Heading::Text),
            ("phone", v) => self.phone = text(v),
            ("booking-url", v) => self.booking_url = text(v),
            ("content-url", v) => self.content_url = text(v),
            ("reviewed-by", v) => self.reviewed_by = text(v),
            ("locale", Checked::Id(id)) => self.locale = Locale::parse(id).map_or(LocaleChoice::Auto, LocaleChoice::Fixed),
            ("treatment", Checked::Id(id)) => self.treatment = TreatmentChoice::parse(id).unwrap_or(TreatmentChoice::Both),
            ("theme", Checked::Id(id)) => self.theme = Theme::parse(id).unwrap_or(Theme::Auto),
            ("loading", Checked::Id(id)) => self.loading = Loading::parse(id).unwrap_or(Loading::Eager),
            ("tab", Checked::Tab(t)) => self.tab = t,
            ("sections", Checked::Tabs(list)) => self.sections = list,
            ("deep-link", Checked::Flag(on)) => self.deep_link = on,
            ("reviewed-on", Checked::Date(d)) => self.reviewed_on = Some(d),
            (name, value) => unreachable!("option table and Options::set disagree on {name}: {value:?}"),
        }
    }
}

/// One rejected value (which option, what was given, what is accepted), or a name that is
/// not an option (with the nearest one, when there is a likely one). The name and value are
/// kept as quoted ([`quoted`]), never whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub option: String,
    pub value: String,
    pub expected: String,
    /// Set when `option` is not an option name at all.
    pub unknown: Option<Option<&'static str>>,
}

/// The most of a value (or an unknown name) a warning quotes, in characters: a megabyte
/// attribute must not become a megabyte console line kept in memory.
pub const QUOTE_CHARS: usize = 80;

/// `s` as a warning quotes it: whole, or its first [`QUOTE_CHARS`] characters and how long it is.
pub fn quoted(s: &str) -> String {
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(QUOTE_CHARS).collect();
    match chars.count() {
        0 => head,
        rest => format!("{head}… ({} characters)", QUOTE_CHARS + rest),
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let option = &self.option;
        match self.unknown {
            Some(Some(near)) => write!(f, "botox-guide: \"{option}\" is not an option; did you mean \"{near}\"? It is ignored."),
            Some(None) => write!(f, "botox-guide: \"{option}\" is not an option, so it is ignored. The options are: {}.", self.expected),
            None => write!(
                f,
                "botox-guide: option \"{option}\" has the value \"{}\", which is not accepted. Expected {}. Using the default instead.",
                self.value, self.expected
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub options: Options,
    pub warnings: Vec<Warning>,
}

/// Parse option pairs (name, value). Names are the attributes' (kebab-case: `clinic-name`;
/// the loader strips the `data-` of the div form) or the JS API's keys, which may also be
/// camelCase (`clinicName`). Anything else (`clinic_name`, `clinicname`, `booking-link`) is
/// not an option and gets a warning naming the nearest one.
pub fn parse<I, K, V>(pairs: I) -> Parsed
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let mut requested_tab: Option<(String, Tab)> = None;
    let mut warn = |option: &str, value: &str, expected: String, unknown: Option<Option<&'static str>>| {
        // Only what a warning quotes is kept of a value or a name.
        warnings.push(Warning { option: quoted(option), value: quoted(value), expected, unknown })
    };

    for (key, value) in pairs {
        let name = normalise_name(key.as_ref());
        let raw = value.as_ref();
        let Some(spec) = table::spec(&name) else {
            let known: Vec<&str> = OPTIONS.iter().map(|s| s.name).collect();
            warn(&name, raw, known.join(", "), Some(table::suggest(&name)));
            continue;
        };
        match spec.rule.check(raw.trim()) {
            // The tab is checked against the sections once all options are read.
            Some(Checked::Tab(t)) => requested_tab = Some((raw.to_string(), t)),
            Some(value) => o.set(spec.name, value),
            None => warn(spec.name, raw, spec.rule.expected(), None),
        }
    }

    o.tab = o.sections[0];
    if let Some((raw, tab)) = requested_tab {
        if o.sections.contains(&tab) {
            o.tab = tab;
        } else {
            let shown: Vec<&str> = o.sections.iter().map(|t| t.as_str()).collect();
            warn("tab", &raw, format!("one of the shown sections ({})", shown.join(", ")), None);
        }
    }
    Parsed { options: o, warnings }
}

/// `clinicName` (a JS API key) means `clinic-name`; names are otherwise taken as written.
pub fn normalise_name(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 2);
    for c in key.trim().chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
