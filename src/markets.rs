//! What each market (the `market` option) changes, as data: the emergency number and the
//! urgent-advice line, how a side effect is reported, the language tags (spelling and date
//! conventions), and whether the guide is presented without promoting a prescription-only
//! medicine. Sources: `../shared/CONTENT-FACTS.md`, "Review of 2026-12-06"; `docs/markets.md`.
//!
//! The texts a market changes are overrides in each language's content file (`markets` in
//! `en.json`, `es.json`; applied by `content::market`); `content::validate` checks, for every
//! market, that the texts carry this table's numbers and reporting address, so the two cannot
//! drift apart. Pure; no DOM.

use crate::ids::{Locale, Market};

/// One market's facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarketSpec {
    pub market: Market,
    /// Its name in English (docs, the builder, WordPress).
    pub name: &'static str,
    /// The number to call in an emergency.
    pub emergency: &'static str,
    /// A number for urgent advice that is not an emergency, where there is one.
    pub urgent_line: Option<&'static str>,
    /// Where a patient reports a side effect: the scheme's name and, where the review could
    /// read it, its address (as the texts write it, without `https://`).
    pub report: (&'static str, Option<&'static str>),
    /// The guide names the medicine generically in its title and tab labels, shows no
    /// benefits list on the risks tab, and the page is warned when it is the site's home page
    /// (rules on promoting prescription-only medicines to the public).
    pub non_promotional: bool,
    /// WordPress site locales whose default market this is (the plugin's settings page).
    pub wordpress_locales: &'static [&'static str],
}

/// Every market, in the order of [`Market::ALL`].
pub const MARKETS: [MarketSpec; 7] = [
    MarketSpec { market: Market::Us, name: "United States", emergency: "911", urgent_line: None, report: ("FDA", Some("fda.gov/medwatch")), non_promotional: false, wordpress_locales: &[] },
    MarketSpec { market: Market::Uk, name: "United Kingdom", emergency: "999", urgent_line: Some("111"), report: ("Yellow Card", Some("yellowcard.mhra.gov.uk")), non_promotional: true, wordpress_locales: &["en_GB"] },
    MarketSpec { market: Market::Ie, name: "Ireland", emergency: "112", urgent_line: None, report: ("HPRA", Some("hpra.ie")), non_promotional: true, wordpress_locales: &["ga"] },
    MarketSpec { market: Market::Es, name: "Spain", emergency: "112", urgent_line: None, report: ("notificaRAM", Some("notificaram.es")), non_promotional: false, wordpress_locales: &["es_ES", "ca", "gl_ES", "eu"] },
    MarketSpec { market: Market::Ca, name: "Canada", emergency: "911", urgent_line: None, report: ("MedEffect Canada", None), non_promotional: false, wordpress_locales: &["en_CA", "fr_CA"] },
    MarketSpec { market: Market::Au, name: "Australia", emergency: "000", urgent_line: None, report: ("TGA", None), non_promotional: false, wordpress_locales: &["en_AU"] },
    MarketSpec { market: Market::Eu, name: "European Union (general)", emergency: "112", urgent_line: None, report: ("", None), non_promotional: false, wordpress_locales: &[] },
];

impl Market {
    /// This market's facts.
    pub fn spec(self) -> &'static MarketSpec {
        &MARKETS[self as usize]
    }
}

/// The language tags of the guide's text per market (rows in the order of [`Market::ALL`])
/// and locale (columns in the order of [`Locale::ALL`]): `lang` on the widget, which screen
/// readers, hyphenation and spelling follow. Apart from [`MARKETS`] so the lean wasm, which
/// needs only these, does not carry the rest of the table.
pub const LANGS: [[&str; 2]; 7] = [
    ["en-US", "es-US"],
    ["en-GB", "es-ES"],
    ["en-IE", "es-ES"],
    ["en-GB", "es-ES"],
    ["en-CA", "es-US"],
    ["en-AU", "es-ES"],
    ["en-GB", "es-ES"],
];

impl Market {
    /// The `lang` of the guide in `locale` in this market.
    pub fn lang(self, locale: Locale) -> &'static str {
        LANGS[self as usize][locale as usize]
    }
}

/// The market a WordPress site's locale (`en_GB`) suggests; the US otherwise.
pub fn for_wordpress_locale(locale: &str) -> Market {
    MARKETS.iter().find(|m| m.wordpress_locales.contains(&locale)).map_or(Market::Us, |m| m.market)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_ids_and_names_each_market_once() {
        assert_eq!(MARKETS.len(), Market::ALL.len());
        for (spec, &m) in MARKETS.iter().zip(Market::ALL) {
            assert_eq!(spec.market, m);
            assert_eq!(m.spec().market, m);
        }
    }

    #[test]
    fn emergency_numbers_and_reporting_follow_the_review() {
        let n = |m: Market| m.spec().emergency;
        assert_eq!([n(Market::Us), n(Market::Uk), n(Market::Ie), n(Market::Es), n(Market::Ca), n(Market::Au), n(Market::Eu)], ["911", "999", "112", "112", "911", "000", "112"]);
        assert_eq!(Market::Uk.spec().urgent_line, Some("111"));
        assert!(Market::ALL.iter().filter(|&&m| m != Market::Uk).all(|m| m.spec().urgent_line.is_none()));
        assert_eq!(Market::Uk.spec().report.1, Some("yellowcard.mhra.gov.uk"));
        assert_eq!(Market::Es.spec().report.1, Some("notificaram.es"));
        let promo: Vec<Market> = MARKETS.iter().filter(|m| m.non_promotional).map(|m| m.market).collect();
        assert_eq!(promo, [Market::Uk, Market::Ie]);
    }

    #[test]
    fn language_tags_and_wordpress_defaults() {
        assert_eq!(LANGS.len(), Market::ALL.len());
        assert!(LANGS.iter().all(|row| row.len() == Locale::ALL.len() && row.iter().zip(Locale::ALL).all(|(tag, l)| tag.starts_with(l.as_str()))));
        assert_eq!(Market::Uk.lang(Locale::En), "en-GB");
        assert_eq!(Market::Us.lang(Locale::Es), "es-US");
        assert_eq!(Market::Es.lang(Locale::Es), "es-ES");
        assert_eq!(for_wordpress_locale("en_GB"), Market::Uk);
        assert_eq!(for_wordpress_locale("es_ES"), Market::Es);
        assert_eq!(for_wordpress_locale("de_DE"), Market::Us);
    }
}
