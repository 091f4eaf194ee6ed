#![cfg(not(target_arch = "wasm32"))]
//! Content files as a clinic's web person writes them: errors that name the field, limits,
//! partial overrides merged onto the built-in content (src/content/load.rs).

use botox_guide::content::load::{locate, merge, MAX_DEPTH};
use botox_guide::content::{validate, Content, EN_JSON, MAX_OVERRIDE_BYTES};
use serde_json::json;

#[test]
fn the_search_for_a_bad_field_goes_into_the_part_that_changes_the_error_and_leaves_the_tree_as_it_was() {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    v["aftercare"]["steps"][3]["items"][0]["kind"] = "maybe".into();
    let before = v.clone();
    let err = botox_guide::content::load::typed(v.clone()).unwrap_err();
    assert_eq!(err, "content.aftercare.steps[3].items[0].kind: \"maybe\" is not accepted; expected one of \"do\", \"avoid\", \"expect\"");
    let path = locate(&mut v, "unknown variant `maybe`, expected one of `do`, `avoid`, `expect`");
    assert_eq!(path.iter().map(|s| s.to_string()).collect::<String>(), ".aftercare.steps[3].items[0].kind");
    assert_eq!(v, before, "every part taken away was put back");
}

#[test]
fn a_missing_field_is_reported_at_the_object_that_lacks_it() {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    v["aftercare"]["steps"][2]["items"][0].as_object_mut().unwrap().remove("kind");
    let err = botox_guide::content::load::typed(v.clone()).unwrap_err();
    assert_eq!(err, "content.aftercare.steps[2].items[0]: missing field \"kind\"");
}

#[test]
fn syntax_errors_say_line_and_column() {
    let err = Content::from_json("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
    assert_eq!(err, "not valid JSON: line 3, column 7: expected `:`");
    assert!(Content::from_json("[1, 2").unwrap_err().contains("EOF while parsing a list"));
    assert!(Content::from_json("\"open").unwrap_err().contains("EOF while parsing a string"));
    assert!(Content::from_json("{} x").unwrap_err().contains("trailing characters"));
    assert!(Content::from_json("").is_err());
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    assert!(Content::from_json(&deep).unwrap_err().starts_with("not valid JSON"));
    let too_deep = format!("{{\"title\": {}{}}}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert!(Content::from_json(&too_deep).unwrap_err().contains(&format!("nested more than {MAX_DEPTH} levels deep")));
}

fn with_replaced(pointer: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    *v.pointer_mut(pointer).unwrap() = value;
    v.to_string()
}

#[test]
fn content_errors_name_the_path_of_the_bad_field() {
    let err = Content::from_json(&with_replaced("/sections/2/summary/0/text", 3.into())).unwrap_err();
    assert_eq!(err, "content.sections[2].summary[0].text: expected text, found a number");
    let err = Content::from_json(&with_replaced("/aftercare/steps/2/start", "soon".into())).unwrap_err();
    assert_eq!(err, "content.aftercare.steps[2].start: expected {\"hours\": n} or {\"days\": n}, found text");
    let err = Content::from_json(&with_replaced("/risks/treatments/0/effects/0/group", "sometimes".into())).unwrap_err();
    assert_eq!(err, "content.risks.treatments[0].effects[0].group: \"sometimes\" is not accepted; expected \"expected\" or \"call\"");
}

#[test]
fn unknown_fields_and_block_types_are_refused_by_name() {
    let mut v: serde_json::Value = serde_json::from_str(EN_JSON).unwrap();
    v["ui"]["tab_label"] = "typo".into();
    assert_eq!(Content::from_json(&v.to_string()).unwrap_err(), "content.ui: unknown field \"tab_label\"");
    let err = Content::from_json(&with_replaced("/sections/0/blocks/0/type", "html".into())).unwrap_err();
    assert!(err.starts_with("content.sections[0].blocks[0].type: \"html\" is not accepted; expected one of \"paragraph\""), "{err}");
    v["ui"].as_object_mut().unwrap().remove("tab_label");
    v["sections"][0]["blocks"][0]["tone"] = "caution".into();
    let err = Content::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err, "content.sections[0].blocks[0]: field `tone` does not belong in a paragraph block");
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
    let choosing = c.section(botox_guide::ids::Tab::Choosing).unwrap();
    assert_eq!(choosing.heading, "Choosing Lakeside");
    assert_eq!(choosing.blocks, en.section(botox_guide::ids::Tab::Choosing).unwrap().blocks);
    assert_eq!(c.sections.len(), 6);
    assert_eq!(c.sources, en.sources);
    assert_eq!(validate::problems(&c), Vec::<String>::new());
}

#[test]
fn merge_replaces_lists_without_ids_and_scalars() {
    let mut base = json!({"a": [1, 2, 3], "b": {"c": 1, "d": 2}, "e": [{"id": "x", "v": 1}]});
    merge(&mut base, json!({"a": [9], "b": {"d": 5}, "e": [{"id": "x", "v": 2}, {"id": "y", "v": 3}]}));
    assert_eq!(base, json!({"a": [9], "b": {"c": 1, "d": 5}, "e": [{"id": "x", "v": 2}, {"id": "y", "v": 3}]}));
}

#[test]
fn an_override_that_is_too_large_or_not_an_object_is_refused() {
    let big = format!("{{\"title\": \"{}\"}}", "a".repeat(MAX_OVERRIDE_BYTES));
    assert!(Content::with_override(EN_JSON, &big).unwrap_err().contains("the limit is 256 KB"));
    assert_eq!(Content::with_override(EN_JSON, "[1]").unwrap_err(), "content: expected an object, found a list");
    assert!(Content::with_override(EN_JSON, "{oops").unwrap_err().starts_with("not valid JSON: line 1, column 2"), "{}", Content::with_override(EN_JSON, "{oops").unwrap_err());
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
