#![cfg(not(target_arch = "wasm32"))]
//! Our JSON reader (src/json.rs) and the content-file rules built on it: error paths,
//! limits, and partial overrides merged onto the built-in content.

use botox_guide::content::{validate, Content, EN_JSON, MAX_OVERRIDE_BYTES};
use botox_guide::json::{merge, parse, Json, MAX_DEPTH};

#[test]
fn parses_what_serde_json_parses_to_the_same_values() {
    let text = r#"{"a": [1, -2.5, 3e2, 0.1], "b": "x\"y\\z\n\u00e9\ud83d\ude00", "c": null, "d": true, "e": {}}"#;
    let ours = parse(text).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    // Our own writer's output, read back by serde_json, equals serde_json's reading.
    let back: serde_json::Value = serde_json::from_str(&ours.to_text()).unwrap();
    assert_eq!(floats(back), floats(theirs));
    assert_eq!(ours.get("b").and_then(Json::as_str), Some("x\"y\\z\né😀"));
    // The whole English content file too.
    let en_ours: serde_json::Value = serde_json::from_str(&parse(EN_JSON).unwrap().to_text()).unwrap();
    assert_eq!(floats(en_ours), floats(serde_json::from_str::<serde_json::Value>(EN_JSON).unwrap()));
}

/// Every number as an f64 (serde_json keeps 300 and 300.0 apart; JSON does not).
fn floats(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => Value::from(n.as_f64().unwrap()),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        v => v,
    }
}

#[test]
fn syntax_errors_say_line_and_column() {
    let err = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!(err, "line 3, column 7: expected `:`");
    assert!(parse("[1, 2").unwrap_err().contains("expected `,` or `]`"));
    assert!(parse("\"open").unwrap_err().contains("not closed"));
    assert!(parse("{} x").unwrap_err().contains("after the end"));
    assert!(parse("01x").is_err());
    assert!(parse("").is_err());
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).unwrap_err().contains("nested too deeply"));
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
}

fn with_replaced(pointer: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    *v.pointer_mut(pointer).unwrap() = value;
    v.to_string()
}

#[test]
fn content_errors_name_the_path_of_the_bad_field() {
    let err = Content::from_json(&with_replaced("/sections/2/blocks/0/text", 3.into())).unwrap_err();
    assert_eq!(err, "content.sections[2].blocks[0].text: expected text, found a number");
    let err = Content::from_json(&with_replaced("/aftercare/steps/1/start", "soon".into())).unwrap_err();
    assert!(err.starts_with("content.aftercare.steps[1].start: expected {\"hours\": n}"), "{err}");
    let err = Content::from_json(&with_replaced("/risks/treatments/0/effects/0/group", "sometimes".into())).unwrap_err();
    assert_eq!(err, "content.risks.treatments[0].effects[0].group: expected one of: expected call, found text");
}

#[test]
fn unknown_fields_and_block_types_are_refused_by_name() {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    v["ui"]["tab_label"] = "typo".into();
    assert_eq!(Content::from_json(&v.to_string()).unwrap_err(), "content.ui: unknown field \"tab_label\"");
    let err = Content::from_json(&with_replaced("/sections/0/blocks/0/type", "html".into())).unwrap_err();
    assert_eq!(err, "content.sections[0].blocks[0].type: unknown block type \"html\"");
}

#[test]
fn a_partial_override_replaces_only_what_it_names() {
    let over = r#"{
      "reviewed_by": "Dr Ana Ruiz, MD",
      "aftercare": { "steps": [
        { "id": "right-after", "title": "Before you leave Lakeside" },
        { "id": "lakeside-call", "title": "We call you", "start": {"days": 2},
          "items": [{ "id": "lakeside-call-item", "kind": "expect", "text": "A nurse calls to ask how you are." }] }
      ] },
      "sections": [ { "id": "choosing", "heading": "Choosing Lakeside" } ]
    }"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let en = Content::from_json(EN_JSON).unwrap();
    assert_eq!(c.reviewed_by.as_deref(), Some("Dr Ana Ruiz, MD"));
    let step = c.aftercare.steps.iter().find(|s| s.id == "right-after").unwrap();
    assert_eq!(step.title, "Before you leave Lakeside");
    let en_step = en.aftercare.steps.iter().find(|s| s.id == "right-after").unwrap();
    assert_eq!(step.items, en_step.items, "items not named keep the built-in ones");
    assert!(c.aftercare.steps.iter().any(|s| s.id == "lakeside-call"), "a new id is added");
    assert_eq!(c.aftercare.steps.len(), en.aftercare.steps.len() + 1);
    let choosing = c.section("choosing").unwrap();
    assert_eq!(choosing.heading, "Choosing Lakeside");
    assert_eq!(choosing.blocks, en.section("choosing").unwrap().blocks);
    assert_eq!(c.sections.len(), 6);
    assert_eq!(c.sources, en.sources);
    assert_eq!(validate::problems(&c), Vec::<String>::new());
}

#[test]
fn merge_replaces_lists_without_ids_and_scalars() {
    let mut base = parse(r#"{"a": [1, 2, 3], "b": {"c": 1, "d": 2}, "e": [{"id": "x", "v": 1}]}"#).unwrap();
    merge(&mut base, parse(r#"{"a": [9], "b": {"d": 5}, "e": [{"id": "x", "v": 2}, {"id": "y", "v": 3}]}"#).unwrap());
    assert_eq!(base.to_text(), r#"{"a":[9],"b":{"c":1,"d":5},"e":[{"id":"x","v":2},{"id":"y","v":3}]}"#);
}

#[test]
fn an_override_that_is_too_large_or_not_an_object_is_refused() {
    let big = format!("{{\"title\": \"{}\"}}", "a".repeat(MAX_OVERRIDE_BYTES));
    assert!(Content::with_override(EN_JSON, &big).unwrap_err().contains("the limit is 256 KB"));
    assert_eq!(Content::with_override(EN_JSON, "[1]").unwrap_err(), "content: expected an object, found a list");
    assert!(Content::with_override(EN_JSON, "{oops").unwrap_err().starts_with("not valid JSON: line 1, column 2"));
}

#[test]
fn an_overlong_text_or_a_bad_id_is_refused_with_its_path() {
    let long = "word ".repeat(1000);
    let err = Content::with_override(EN_JSON, &format!("{{\"title\": \"{long}\"}}")).unwrap_err();
    assert_eq!(err, "content.title: text of 5000 characters; the limit is 4000");
    let over = r#"{"aftercare": {"steps": [{"id": "Our Step!", "title": "x", "start": {"days": 1}, "items": [{"id": "a", "kind": "do", "text": "x"}]}]}}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let problems = validate::problems(&c).join("\n");
    assert!(problems.contains("aftercare step id `Our Step!` must be 1 to 64 of a-z, 0-9 and -"), "{problems}");
}

#[test]
fn a_source_link_must_be_https() {
    let over = r#"{"sources": [{"id": "nhs-botox", "url": "javascript:alert(1)"}]}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    assert!(validate::problems(&c).join("\n").contains("source `nhs-botox` has a URL that is not https"));
}

#[test]
fn the_documented_example_override_is_accepted_and_valid() {
    let example = std::fs::read_to_string("docs/content-override.example.json").unwrap();
    let c = Content::with_override(EN_JSON, &example).unwrap();
    assert_eq!(validate::problems(&c), Vec::<String>::new());
    assert_eq!(c.reviewed_by.as_deref(), Some("Dr Ana Ruiz, MD, dermatologist"));
    assert!(c.aftercare.steps.iter().any(|s| s.id == "lakeside-call"));
}

#[test]
fn a_clinic_step_lands_where_it_falls_in_time_before_the_urgent_signs() {
    let over = r#"{"aftercare": {"steps": [
        {"id": "lakeside-call", "title": "We call you", "start": {"days": 2}, "end": {"days": 3},
         "items": [{"id": "lakeside-call-item", "kind": "expect", "text": "A nurse calls."}]}]}}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let ids: Vec<&str> = c.aftercare.steps.iter().map(|s| s.id.as_str()).collect();
    let at = |id: &str| ids.iter().position(|i| *i == id).unwrap();
    assert_eq!(at("lakeside-call"), at("first-day") + 1, "{ids:?}");
    assert!(at("lakeside-call") < at("effect-begins"));
    assert_eq!(*ids.last().unwrap(), "any-time");
    assert_eq!(validate::problems(&c), Vec::<String>::new());
}

#[test]
fn several_clinic_steps_keep_their_order_and_land_in_time() {
    let step = |id: &str, day: u32| {
        format!(r#"{{"id": "{id}", "title": "{id}", "start": {{"days": {day}}}, "items": [{{"id": "{id}-i", "kind": "do", "text": "x"}}]}}"#)
    };
    let over = format!(r#"{{"aftercare": {{"steps": [{}, {}, {}, {}]}}}}"#, step("c-a", 2), step("c-b", 2), step("c-late", 400), step("c-early", 1));
    let c = Content::with_override(EN_JSON, &over).unwrap();
    let ids: Vec<&str> = c.aftercare.steps.iter().map(|s| s.id.as_str()).collect();
    let at = |id: &str| ids.iter().position(|i| *i == id).unwrap();
    assert!(at("c-early") < at("c-a") && at("c-a") + 1 == at("c-b"), "{ids:?}");
    assert!(at("c-b") < at("effect-begins"), "{ids:?}");
    assert_eq!(at("c-late") + 1, at("any-time"), "{ids:?}");
}
