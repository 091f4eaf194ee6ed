//! Dates and times in words. Two sources of words behind one trait, [`DateWords`]:
//! the content's templates ([`Templates`]: month and weekday names from the locale's
//! `dates`, used where the prerendered shell and the live widget must read the same, and
//! in native tests), and in the browser `Intl.DateTimeFormat` for the visitor's own
//! convention (`crate::browser::IntlDates`: en-US "Mon, Nov 30", en-GB "Mon 30 Nov").
//! Which convention is [`date_locale`]'s rule. Pure; calendar arithmetic is in [`crate::dates`].

use crate::content::Dates;
use crate::dates::Date;
use crate::dates::LocalDateTime;
use crate::ids::Locale;

/// How dates and times are worded.
pub trait DateWords {
    /// "24 November 2026".
    fn long_date(&self, d: Date) -> String;
    /// "Thu 3 Dec".
    fn short_date(&self, d: Date) -> String;
    /// "3:00 pm" or "15:00".
    fn time(&self, t: LocalDateTime) -> String;
    /// "Thu 3 Dec, 3:00 pm".
    fn day_time(&self, t: LocalDateTime) -> String {
        format!("{}, {}", self.short_date(t.date), self.time(t))
    }
}

/// The content's own templates (`dates` in the content file).
pub struct Templates<'a>(pub &'a Dates);

impl DateWords for Templates<'_> {
    fn long_date(&self, d: Date) -> String {
        long_date(d, self.0)
    }
    fn short_date(&self, d: Date) -> String {
        short_date(d, self.0)
    }
    fn time(&self, t: LocalDateTime) -> String {
        format_time(t, self.0)
    }
}

/// "24 November 2026" (the locale's `dates.long` template).
pub fn long_date(d: Date, dates: &Dates) -> String {
    let month = dates.months.get(d.month as usize - 1).map(String::as_str).unwrap_or("");
    dates.long.replace("{day}", &d.day.to_string()).replace("{month}", month).replace("{year}", &d.year.to_string())
}

/// "Thu 4 Dec".
pub fn short_date(d: Date, dates: &Dates) -> String {
    let wd = dates.weekdays_short.get(d.weekday()).map(String::as_str).unwrap_or("");
    let month = dates.months_short.get(d.month as usize - 1).map(String::as_str).unwrap_or("");
    format!("{wd} {} {month}", d.day)
}

/// "3:00 pm" (12h) or "15:00" (24h).
pub fn format_time(t: LocalDateTime, dates: &Dates) -> String {
    let (h, m) = (t.minute / 60, t.minute % 60);
    if dates.time_format == "24h" {
        format!("{h:02}:{m:02}")
    } else {
        let suffix = if h < 12 { "am" } else { "pm" };
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        format!("{h12}:{m:02} {suffix}")
    }
}

/// The convention dates are written in, as a BCP 47 tag for `Intl.DateTimeFormat`: the
/// visitor's first browser language in the guide's language ("en-US" for an American on an
/// English page), else the page's `lang` if it is in that language ("en-GB"), else the
/// guide's language alone ("en"). A visitor's French or a page's Spanish never words an
/// English guide's dates. Tags that are not well formed are skipped (`Intl` would throw).
pub fn date_locale(language: Locale, page_lang: Option<&str>, browser: &[String]) -> String {
    browser
        .iter()
        .map(String::as_str)
        .chain(page_lang)
        .map(|t| t.trim().replace('_', "-"))
        .find(|t| well_formed(t) && t.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(language.as_str())))
        .unwrap_or_else(|| language.as_str().to_string())
}

/// A plain language tag: a 2–3 letter language, then subtags of 2–8 letters or digits
/// (region, script, variant). Private-use and extension subtags are not needed for dates.
fn well_formed(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_visitors_own_convention_in_the_guides_language() {
        assert_eq!(date_locale(Locale::En, Some("en-GB"), &langs(&["en-US", "en"])), "en-US", "the visitor first");
        assert_eq!(date_locale(Locale::En, Some("en-GB"), &langs(&["fr-FR"])), "en-GB", "then the page");
        assert_eq!(date_locale(Locale::En, Some("fr"), &langs(&["de-DE"])), "en", "else the language alone");
        assert_eq!(date_locale(Locale::Es, None, &langs(&["en-US", "es-MX"])), "es-MX", "the first in the guide's language");
        assert_eq!(date_locale(Locale::En, None, &langs(&["en_AU"])), "en-AU", "underscores read as hyphens");
    }

    #[test]
    fn tags_intl_would_refuse_are_skipped() {
        for bad in ["english", "en-", "en--GB", "en-a", "e", "en-GB-toolongsubtag", "en GB", ""] {
            assert_eq!(date_locale(Locale::En, Some(bad), &[]), "en", "{bad:?}");
        }
        assert_eq!(date_locale(Locale::En, Some("en-Latn-GB"), &[]), "en-Latn-GB");
    }
}
