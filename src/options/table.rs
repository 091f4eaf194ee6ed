//! The option table's parts: what an option is ([`OptionSpec`]), the kinds of rule a value
//! must follow ([`Rule`], applied in one place, the loader's `loader/rules.ts`), and the words
//! and limits the loader's data carries. The table itself is declared with the options
//! (`super::OPTIONS`). Nothing here runs in the browser: the generators read it at build time.

use crate::ids::{Locale, Tab};

/// One option: its attribute name (kebab-case; `data-` on the div form, camelCase in the JS
/// API), the rule its value must follow, and its documentation.
pub struct OptionSpec {
    pub name: &'static str,
    pub rule: Rule,
    /// What the default is, in words (README).
    pub default: &'static str,
    /// What it does (README, types, manifest, WordPress).
    pub doc: &'static str,
}

pub const fn opt(name: &'static str, rule: Rule, default: &'static str, doc: &'static str) -> OptionSpec {
    OptionSpec { name, rule, default, doc }
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
    /// A local date and time written `YYYY-MM-DDTHH:MM` (as a `datetime-local` field gives
    /// it), a real one, in the years [`DATE_TIME_YEARS`].
    LocalDateTime,
}

/// The years a `local-date-time` value may be in: a treatment date in a clinic's link is
/// never before 2000 or after 2099 (a mistyped year is named, not shown as a plan).
pub const DATE_TIME_YEARS: (i32, i32) = (2000, 2099);

/// The word that stands for "the visitor's own setting" among `locale`'s values.
pub const AUTO: &str = "auto";

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

impl Rule {
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
            Rule::LocalDateTime => format!("a real local date and time written YYYY-MM-DDTHH:MM, in the years {} to {}", DATE_TIME_YEARS.0, DATE_TIME_YEARS.1),
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
            Rule::LocalDateTime => "`YYYY-MM-DDTHH:MM` (local time)".to_string(),
        }
    }

    /// The HTML `<input type>` a form field for a value of this rule uses (the snippet
    /// builder, the WordPress settings page and block): the browser's own date, time, phone
    /// and address controls where one fits, text otherwise.
    pub fn input(self) -> &'static str {
        match self {
            Rule::IsoDate => "date",
            Rule::LocalDateTime => "datetime-local",
            Rule::Phone => "tel",
            Rule::HttpsUrl => "url",
            _ => "text",
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
            Rule::LocalDateTime => "local-date-time",
        }
    }
}

/// Digits needed in a phone number (the loader's data carries these too).
pub const PHONE_DIGITS: (usize, usize) = (3, 20);
/// Characters a phone number may hold besides digits.
pub const PHONE_EXTRA: &str = " +-().";
/// Characters never accepted in an address (they could break out of an attribute).
pub const URL_FORBIDDEN: &str = "\"<>";
/// The words a flag (`deep-link`) accepts, any case: on, and off.
pub const FLAG_ON: &[&str] = &["true", "on", "yes"];
pub const FLAG_OFF: &[&str] = &["false", "off", "no"];
/// The word for "leave the title out" among `heading`'s values.
pub const HEADING_NONE: &str = "none";
/// The most of a value (or an unknown name) a warning quotes, in characters: a megabyte
/// attribute must not become a megabyte console line kept in memory.
pub const QUOTE_CHARS: usize = 80;
/// The most option names one widget warns about.
pub const MAX_WARNED: usize = 32;
/// The warnings a clinic's web person reads in the console: a refused value, an unknown name
/// (with the list of names), an unknown name near a known one. Slots: `{option}`, `{value}`,
/// `{expected}`, `{near}`.
pub const WARNING_VALUE: &str = "botox-guide: option \"{option}\" has the value \"{value}\", which is not accepted. Expected {expected}. Using the default instead.";
pub const WARNING_UNKNOWN: &str = "botox-guide: \"{option}\" is not an option, so it is ignored. The options are: {expected}.";
/// A plan link (`#botox-guide-plan=…`, `crate::plan_link`) the loader cannot use: its time
/// (slots `{option}` the link's key, `{value}`, `{expected}`), or its treatment (`{value}`,
/// `{expected}`: the treatment ids).
pub const WARNING_LINK: &str = "botox-guide: the plan link \"#{option}={value}\" in the page's address is not accepted. Expected {expected}. The link is ignored.";
pub const WARNING_LINK_TREATMENT: &str = "botox-guide: the plan link's treatment \"{value}\" is not one of {expected}; the clinic's first is shown.";
pub const WARNING_NEAR: &str = "botox-guide: \"{option}\" is not an option; did you mean \"{near}\"? It is ignored.";
/// Attributes any HTML element may carry: never options of `<botox-guide>`.
pub const GLOBAL_ATTRIBUTES: &[&str] = &[
    "id", "class", "style", "hidden", "title", "lang", "dir", "slot", "part", "exportparts", "tabindex", "role", "translate",
    "draggable", "contenteditable", "spellcheck", "autofocus", "accesskey", "inert", "is", "nonce", "popover", "enterkeyhint",
    "inputmode", "autocapitalize", "itemscope", "itemprop", "itemtype", "itemid", "itemref",
];
