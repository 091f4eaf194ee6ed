#![cfg(not(target_arch = "wasm32"))]
//! Generated bad input (proptest, 1,000+ cases per property per run): content files never
//! panic, and always give a usable result or a named problem. (Option strings are read by the
//! loader; its generated-input test is `loader/rules.test.ts`.)

use botox_guide::content::{load, validate, Content, EN_JSON};
use proptest::prelude::*;
use serde_json::Value as Json;

fn config() -> ProptestConfig {
    // 1,000 cases per property; fewer only when asked (scripts/mutants runs this file once
    // per mutant, where a few dozen cases are enough to notice a broken reader).
    let cases = std::env::var("BOTOX_GUIDE_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

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
