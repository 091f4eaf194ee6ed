#![cfg(not(target_arch = "wasm32"))]
//! Embed options: every good value is taken, every bad value falls back to the default
//! with exactly one warning naming the option, the value and what is accepted.

use botox_guide::ids::{Locale, Tab, Theme, TreatmentChoice};
use botox_guide::options::{parse, tel_href, LocaleChoice, Options};

fn one(name: &str, value: &str) -> botox_guide::options::Parsed {
    parse([(name, value)])
}

#[test]
fn no_attributes_gives_the_defaults() {
    let p = parse(Vec::<(String, String)>::new());
    assert_eq!(p.options, Options::default());
    assert!(p.warnings.is_empty());
    assert_eq!(p.options.tab, Tab::About);
    assert_eq!(p.options.sections.len(), 6);
}

#[test]
fn good_values_are_taken() {
    let p = parse([
        ("clinic-name", " Lakeside Dermatology "),
        ("phone", "+1 (555) 010-0100"),
        ("booking-url", "https://lakeside.example/book?src=guide"),
        ("locale", "EN"),
        ("tab", "Aftercare"),
        ("sections", "aftercare, risks ,about"),
        ("treatment", "migraine"),
        ("theme", "dark"),
        ("content-url", "/guide/en.json"),
        ("deep-link", ""),
        ("reviewed-by", "Dr. Ana Ruiz, MD"),
        ("reviewed-on", "2026-10-01"),
    ]);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let o = p.options;
    assert_eq!(o.clinic_name.as_deref(), Some("Lakeside Dermatology"));
    assert_eq!(o.phone.as_deref(), Some("+1 (555) 010-0100"));
    assert_eq!(o.booking_url.as_deref(), Some("https://lakeside.example/book?src=guide"));
    assert_eq!(o.tab, Tab::Aftercare);
    assert_eq!(o.sections, vec![Tab::Aftercare, Tab::Risks, Tab::About]);
    assert_eq!(o.treatment, TreatmentChoice::Migraine);
    assert_eq!(o.theme, Theme::Dark);
    assert_eq!(o.content_url.as_deref(), Some("/guide/en.json"));
    assert!(o.deep_link);
    assert_eq!(o.reviewed_by.as_deref(), Some("Dr. Ana Ruiz, MD"));
    assert_eq!(o.reviewed_on, botox_guide::dates::Date::new(2026, 10, 1));
}

#[test]
fn camel_case_names_from_the_js_api_are_accepted() {
    let p = parse([("clinicName", "A"), ("bookingUrl", "https://a.example"), ("deepLink", "true")]);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!(p.options.clinic_name.as_deref(), Some("A"));
    assert_eq!(p.options.booking_url.as_deref(), Some("https://a.example"));
    assert!(p.options.deep_link);
}

#[test]
fn a_name_that_is_not_an_option_is_named_with_the_nearest_one() {
    for (given, near) in [
        ("booking-link", Some("booking-url")),
        ("telephone", Some("phone")),
        ("clinic_name", Some("clinic-name")),
        ("clinicname", Some("clinic-name")),
        ("reviewed_by", Some("reviewed-by")),
        ("sectons", Some("sections")),
        ("colour", None),
    ] {
        let p = one(given, "x");
        assert_eq!(p.warnings.len(), 1, "{given}");
        assert_eq!(p.warnings[0].unknown, Some(near), "{given}");
        let text = p.warnings[0].to_string();
        match near {
            Some(n) => assert_eq!(text, format!("botox-guide: \"{given}\" is not an option; did you mean \"{n}\"? It is ignored.")),
            None => assert!(text.starts_with(&format!("botox-guide: \"{given}\" is not an option, so it is ignored. The options are: clinic-name,")), "{text}"),
        }
        assert_eq!(p.options, Options::default(), "{given} changes nothing");
    }
}

/// The table of bad inputs: (option, value, a word the "expected" text must contain).
const BAD: &[(&str, &str, &str)] = &[
    ("tab", "pricing", "aftercare"),
    ("booking-url", "http://lakeside.example/book", "https://"),
    ("booking-url", "javascript:alert(1)", "https://"),
    ("booking-url", "https://", "https://"),
    ("phone", "call-ME-now", "digits"),
    ("phone", "12", "3 to 20 digits"),
    ("phone", "123456789012345678901", "3 to 20 digits"),
    ("locale", "klingon", "en, es"),
    ("sections", "about,,nonsense", "comma-separated"),
    ("sections", "about,about", "distinct"),
    ("sections", ",", "comma-separated"),
    ("treatment", "lips", "cosmetic, migraine, both"),
    ("theme", "neon", "light, dark, auto"),
    ("content-url", "ftp://x.example/c.json", "https://"),
    ("content-url", "//evil.example/c.json", "https://"),
    ("deep-link", "maybe", "true or false"),
    ("reviewed-on", "1 Oct 2026", "YYYY-MM-DD"),
    ("reviewed-on", "2026-02-30", "YYYY-MM-DD"),
];

#[test]
fn every_bad_value_gives_one_warning_naming_option_value_and_expectation() {
    for (name, value, expected) in BAD {
        let p = one(name, value);
        assert_eq!(p.warnings.len(), 1, "{name}={value}: {:?}", p.warnings);
        let w = &p.warnings[0];
        assert_eq!(w.option, *name);
        assert_eq!(w.value, *value);
        assert!(w.expected.contains(expected), "{name}: {}", w.expected);
        let text = w.to_string();
        assert!(text.contains(&format!("\"{name}\"")) && text.contains(&format!("\"{value}\"")), "{text}");
        // …and the option keeps its default.
        let defaults = Options { tab: p.options.sections[0], ..Options::default() };
        assert_eq!(p.options, defaults, "{name}={value} must leave the defaults");
    }
}

#[test]
fn tab_not_among_sections_falls_back_to_the_first_shown_with_a_warning() {
    let p = parse([("sections", "risks,aftercare"), ("tab", "about")]);
    assert_eq!(p.options.tab, Tab::Risks);
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(p.warnings[0].option, "tab");
    assert!(p.warnings[0].expected.contains("risks, aftercare"));
}

#[test]
fn sections_without_tab_start_on_the_first_section() {
    let p = parse([("sections", "migraine aftercare")]);
    assert_eq!(p.options.tab, Tab::Migraine);
    assert!(p.warnings.is_empty());
}

#[test]
fn empty_values_are_ignored_quietly() {
    let p = parse([("clinic-name", ""), ("phone", " "), ("booking-url", "")]);
    assert!(p.warnings.is_empty());
    assert_eq!(p.options, Options::default());
}

#[test]
fn tel_links_keep_only_plus_and_digits() {
    assert_eq!(tel_href("+1 (555) 010-0100"), "tel:+15550100100");
    assert_eq!(tel_href("020 7946 0000"), "tel:02079460000");
}

#[test]
fn locale_auto_follows_the_page_then_the_browser_then_english() {
    let none: [&str; 0] = [];
    assert_eq!(parse([("locale", "AUTO")]).options.locale, LocaleChoice::Auto);
    let auto = LocaleChoice::Auto;
    assert_eq!(auto.resolve(Some("es-MX"), &["en-US"]), Locale::Es, "the page's lang wins");
    assert_eq!(auto.resolve(Some("en"), &["es-ES"]), Locale::En);
    assert_eq!(auto.resolve(Some("fr"), &["fr-FR", "es_ES", "en"]), Locale::Es, "first browser language we have");
    assert_eq!(auto.resolve(None, &["de", "pt-BR"]), Locale::En, "else English");
    assert_eq!(auto.resolve(Some(""), &none), Locale::En);
    assert_eq!(LocaleChoice::Fixed(Locale::Es).resolve(Some("en"), &["en"]), Locale::Es, "an explicit locale is kept");
}

#[test]
fn loading_is_a_known_option_read_by_the_loader() {
    for good in ["eager", "lazy", "LAZY", " lazy ", ""] {
        let p = one("loading", good);
        assert!(p.warnings.is_empty(), "{good:?}: {:?}", p.warnings);
        let expected = if good.trim().eq_ignore_ascii_case("lazy") { botox_guide::ids::Loading::Lazy } else { botox_guide::ids::Loading::Eager };
        assert_eq!(p.options, Options { loading: expected, ..Options::default() });
    }
    let p = one("loading", "sometimes");
    assert_eq!(p.warnings.len(), 1);
    assert_eq!((p.warnings[0].option.as_str(), p.warnings[0].value.as_str()), ("loading", "sometimes"));
    assert!(p.warnings[0].expected.contains("one of eager, lazy"), "{}", p.warnings[0].expected);
}

/// The shared fixture: every case read by `options::parse` gives exactly the expected
/// options (as the loader's data shapes them) and warnings. `e2e/fixture.test.mjs` runs the
/// same file through the loader's rules.
#[test]
fn the_shared_option_fixture_reads_the_same_here_as_in_the_loader() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/options.json")).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(&text).unwrap();
    let defaults = botox_guide::generate::loader::view(&Options::default());
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 40, "the fixture has its cases");
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let pairs: Vec<(String, String)> = case["options"].as_array().unwrap().iter().map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_str().unwrap().to_string())).collect();
        let parsed = parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let mut expected = defaults.clone();
        for (k, v) in case["expect"].as_object().unwrap() {
            assert!(expected.get(k).is_some(), "{name}: `{k}` is not an option");
            expected[k] = v.clone();
        }
        if case["expect"].get("sections").is_some() && case["expect"].get("tab").is_none() {
            expected["tab"] = expected["sections"][0].clone();
        }
        assert_eq!(botox_guide::generate::loader::view(&parsed.options), expected, "{name}");
        let warned: Vec<&str> = parsed.warnings.iter().map(|w| w.option.as_str()).collect();
        let want: Vec<&str> = case["warnings"].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
        assert_eq!(warned, want, "{name}: warnings");
    }
}

#[test]
fn every_option_in_the_table_is_read_into_the_options() {
    // A good value for each rule changes what `parse` gives (so no table entry is ignored).
    use botox_guide::options::{Rule, OPTIONS};
    for spec in OPTIONS {
        let good = match spec.rule {
            Rule::Text { .. } | Rule::WordOrText { .. } => "Something",
            Rule::Phone => "+1 555 0100",
            Rule::HttpsUrl | Rule::HttpsUrlOrPath => "https://x.example/a",
            Rule::OneOf(values) => values.iter().copied().find(|v| !["en", "both", "auto", "eager"].contains(v)).unwrap(),
            Rule::Tab => "risks",
            Rule::TabList => "risks about",
            Rule::Flag => "true",
            Rule::IsoDate => "2026-10-01",
        };
        let p = parse([(spec.name, good)]);
        assert!(p.warnings.is_empty(), "{}: {:?}", spec.name, p.warnings);
        assert_ne!(p.options, Options::default(), "{} is read", spec.name);
    }
}
