#![cfg(not(target_arch = "wasm32"))]
//! Generated bad input (proptest, 1,000+ cases per property per run): option strings and
//! content files never panic, and always give a usable result plus warnings.

use botox_guide::content::{load, validate, Content, EN_JSON};
use botox_guide::ids::Tab;
use botox_guide::options::{self, OPTIONS};
use proptest::prelude::*;
use serde_json::Value as Json;

fn option_names() -> Vec<&'static str> {
    OPTIONS.iter().map(|o| o.name).collect()
}

fn config() -> ProptestConfig {
    // 1,000 cases per property; fewer only when asked (scripts/mutants runs this file once
    // per mutant, where a few dozen cases are enough to notice a broken reader).
    let cases = std::env::var("BOTOX_GUIDE_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Option values: hostile strings, near-misses of valid ones, and valid ones.
fn option_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z, -]{0,30}",
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("\"><script>alert(1)</script>".to_string()),
        "https://[a-z.]{0,12}/[ -~]{0,10}",
        "\\+?[0-9 ()-]{0,25}",
        "20[0-9]{2}-[0-9]{2}-[0-9]{2}",
        prop::sample::select(vec!["about", "risks", "dark", "light", "cosmetic", "es", "en", "auto", "true", "ABOUT, risks"])
            .prop_map(str::to_string),
    ]
}

fn option_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(option_names()).prop_map(str::to_string),
        1 => "[a-zA-Z-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_options_give_valid_settings_and_one_warning_per_refused_value(
        pairs in prop::collection::vec((option_name(), option_value()), 0..8)
    ) {
        let parsed = options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let o = &parsed.options;
        // Whatever came in, the result is something the widget can render.
        prop_assert!(!o.sections.is_empty());
        prop_assert!(o.sections.contains(&o.tab));
        prop_assert!(o.sections.iter().all(|s| Tab::ALL.contains(s)));
        prop_assert!(o.booking_url.as_deref().is_none_or(|u| u.starts_with("https://") && !u.contains(['<', '>', '"', ' '])));
        prop_assert!(o.phone.as_deref().is_none_or(|p| p.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))));
        prop_assert!(o.content_url.as_deref().is_none_or(|u| u.starts_with("https://") || u.starts_with('/') || u.starts_with("./")));
        prop_assert!(o.clinic_name.as_deref().is_none_or(|n| n.chars().count() <= 120));
        // No more warnings than values given, and each names an option it was given.
        let given: Vec<String> = pairs.iter().map(|(k, _)| normalise(k)).collect();
        prop_assert!(parsed.warnings.len() <= pairs.len());
        for w in &parsed.warnings {
            prop_assert!(given.contains(&w.option), "warning for {:?}, given {:?}", w.option, given);
            let text = w.to_string();
            let named = text.starts_with(&format!("botox-guide: option \"{}\"", w.option)) || text.starts_with(&format!("botox-guide: \"{}\" is not an option", w.option));
            prop_assert!(named, "{}", w);
        }
        // An unknown name always warns.
        for name in &given {
            if !option_names().contains(&name.as_str()) {
                prop_assert!(parsed.warnings.iter().any(|w| &w.option == name), "no warning for {name:?}");
            }
        }
    }

    #[test]
    fn any_text_as_json_is_an_answer_not_a_panic(text in any::<String>()) {
        let _ = Content::from_json(&text);
        let _ = Content::with_override(EN_JSON, &text);
    }

    #[test]
    fn any_json_shaped_text_is_an_answer_not_a_panic(text in r#"[\[\]{}",:0-9a-z\\. -]{0,80}"#) {
        let _ = Content::from_json(&text);
        let _ = Content::with_override(EN_JSON, &text);
    }

    #[test]
    fn content_with_any_field_replaced_is_read_or_refused_never_a_panic(
        picks in prop::collection::vec((any::<prop::sample::Index>(), json_value()), 1..4)
    ) {
        let mut tree: Json = serde_json::from_str(EN_JSON).unwrap();
        for (index, value) in picks {
            let count = count_nodes(&tree);
            let target = index.index(count);
            replace_nth(&mut tree, target, value);
        }
        // Either a readable content (then validation answers too) or an error that names a path.
        match load::typed(tree.clone()) {
            Ok(content) => { let _ = validate::problems(&content); }
            Err(e) => prop_assert!(e.starts_with("content"), "{}", e),
        }
        // The same file as a clinic's override of the built-in content.
        let _ = Content::with_override(EN_JSON, &tree.to_string());
    }
}

/// An option name as options.rs reads it: camelCase (a JS API key) to kebab-case.
fn normalise(key: &str) -> String {
    key.trim()
        .chars()
        .flat_map(|c| match c {
            'A'..='Z' => vec!['-', c.to_ascii_lowercase()],
            c => vec![c],
        })
        .collect()
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(|n| serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)),
        (-5i32..200).prop_map(Json::from),
        any::<String>().prop_map(Json::String),
        prop::sample::select(vec!["<1", "cosmetic", "migraine", "call", "do", "paragraph", "https://x.example", ""])
            .prop_map(|s| Json::String(s.to_string())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..4).prop_map(|fields| Json::Object(fields.into_iter().collect())),
        ]
    })
}

fn count_nodes(v: &Json) -> usize {
    1 + match v {
        Json::Array(items) => items.iter().map(count_nodes).sum(),
        Json::Object(fields) => fields.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Replace the `n`th node (pre-order) of the tree.
fn replace_nth(v: &mut Json, n: usize, value: Json) {
    fn walk(v: &mut Json, n: &mut usize, value: &mut Option<Json>) {
        if *n == 0 {
            if let Some(new) = value.take() {
                *v = new;
            }
            return;
        }
        *n -= 1;
        match v {
            Json::Array(items) => items.iter_mut().for_each(|i| walk(i, n, value)),
            Json::Object(fields) => fields.values_mut().for_each(|f| walk(f, n, value)),
            _ => {}
        }
    }
    walk(v, &mut n.clone(), &mut Some(value));
}
