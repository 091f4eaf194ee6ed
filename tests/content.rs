#![cfg(not(target_arch = "wasm32"))]
//! The built-in content files are complete and consistent.

use botox_guide::content::{validate, Block, Content};
use botox_guide::ids::Tab;

fn en() -> Content {
    Content::from_json(botox_guide::content::EN_JSON).expect("en.json deserialises")
}

#[test]
fn english_content_has_no_problems() {
    assert_eq!(validate::problems(&en()), Vec::<String>::new());
}

#[test]
fn every_topic_of_the_article_is_a_section_in_tab_order() {
    let ids: Vec<_> = en().sections.iter().map(|s| s.id).collect();
    assert_eq!(ids, Tab::ALL);
}

#[test]
fn validation_reports_a_missing_section_an_unknown_source_and_a_duplicate() {
    let mut c = en();
    c.sections.retain(|s| s.id != Tab::Migraine);
    c.sections[0].blocks.push(Block::Paragraph { id: None, text: "x".into(), sources: vec!["nowhere".into()], confirm: false });
    let dup = c.sections[1].clone();
    c.sections.push(dup);
    let problems = validate::problems(&c).join("\n");
    assert!(problems.contains("section `migraine` is missing"), "{problems}");
    assert!(problems.contains("unknown source `nowhere`"), "{problems}");
    assert!(problems.contains("section `wrinkles` appears twice"), "{problems}");
}

#[test]
fn validation_reports_empty_sections_and_texts_and_uncited_sources() {
    let mut c = en();
    c.sections[2].summary.clear();
    c.sections[2].blocks.clear();
    c.sections[2].detail = None;
    c.sections[4].detail = Some(botox_guide::content::Detail { title: " ".into(), blocks: vec![] });
    c.sections[0].blocks.push(Block::BenefitFigures { treatment: botox_guide::ids::Treatment::Cosmetic });
    c.sections[3].blocks.push(Block::Paragraph { id: None, text: "  ".into(), sources: vec![], confirm: false });
    c.sources.push(botox_guide::content::Source {
        id: "lonely".into(),
        title: "t".into(),
        publisher: "p".into(),
        year: 2020,
        url: "http://insecure.example".into(),
    });
    let problems = validate::problems(&c).join("\n");
    assert!(problems.contains("section `risks` is empty"), "{problems}");
    assert!(problems.contains("section `risks` has no summary"), "{problems}");
    assert!(problems.contains("section `choosing` has a detail without a title or blocks"), "{problems}");
    assert!(problems.contains("section `about` shows the benefits of `cosmetic`, which has none"), "{problems}");
    assert!(problems.contains("section `migraine` has an empty text"), "{problems}");
    assert!(problems.contains("source `lonely` is never cited"), "{problems}");
    assert!(problems.contains("source `lonely` has a URL that is not https"), "{problems}");
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    assert!(Content::from_json("{\"locale\": 3").is_err());
    assert!(Content::from_json("{}").is_err());
}

#[test]
fn migraine_text_corrects_the_muscle_only_explanation() {
    let c = en();
    let text: String = c.section(Tab::Migraine).unwrap().all_blocks().flat_map(|b| b.texts()).collect::<Vec<_>>().join(" ");
    assert!(text.contains("CGRP"), "names the pain-signalling messengers");
    assert!(text.contains("too simple"), "says the muscle-only story is an oversimplification");
    assert!(text.contains("every 12 weeks"));
}

#[test]
fn choosing_tab_has_questions_to_ask_and_red_flags() {
    use botox_guide::content::ListStyle;
    let c = en();
    let blocks = &c.section(Tab::Choosing).unwrap().blocks;
    let count = |style: ListStyle| {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::List { style: s, items, .. } if *s == style => Some(items.len()),
                _ => None,
            })
            .sum::<usize>()
    };
    assert!(count(ListStyle::Questions) >= 4, "at least four questions to ask");
    assert!(count(ListStyle::RedFlags) >= 4, "at least four red flags");
}

#[test]
fn touch_up_interval_is_corrected_to_at_least_three_months() {
    let c = en();
    let text = c.section(Tab::Wrinkles).unwrap().blocks.iter().flat_map(|b| b.texts()).collect::<Vec<_>>().join(" ");
    assert!(text.contains("3 to 6 months"), "addresses the article's claim");
    assert!(text.contains("at least 3 months apart") && text.contains("no sooner than every 3 months"));
}

#[test]
fn shared_content_compares_by_identity_so_a_new_load_re_renders() {
    use botox_guide::content::SharedContent;
    let first: SharedContent = en().into();
    let same = first.clone();
    let reloaded: SharedContent = en().into();
    assert!(first == same, "a clone is the same content");
    assert!(first != reloaded, "a new load is a new value, even with equal text");
    assert_eq!(first.title, reloaded.title, "both read through to the content");
}

#[test]
fn a_translation_that_drops_a_placeholder_is_named() {
    let c = Content::with_override(
        botox_guide::content::EN_JSON,
        r#"{"ui": {"print_phone": "Telefon"}, "aftercare": {"labels": {"from_to": "{from} bis"}}}"#,
    )
    .expect("reads");
    let problems = validate::problems(&c).join("\n");
    assert!(problems.contains("ui text `print_phone` must keep the placeholder {phone}"), "{problems}");
    assert!(problems.contains("aftercare.labels text `from_to` must keep the placeholder {to}"), "{problems}");
    assert!(!problems.contains("{from}"), "{problems}");
}

#[test]
fn the_english_content_compiled_in_is_the_json_content() {
    // The lean wasm's content (packed texts and shape, generated) and the content read from en.json are the same.
    // The lean wasm shows the US market only, so its copy carries no market overrides.
    let mut json = en();
    json.markets.clear();
    assert_eq!(botox_guide::content::builtin_en::en(), json);
}

#[test]
fn a_source_cited_only_by_an_aftercare_step_a_side_effect_or_a_figure_counts_as_cited() {
    let mut c = en();
    for id in ["step-only", "effect-only", "figure-only"] {
        c.sources.push(botox_guide::content::Source { id: id.into(), title: "t".into(), publisher: "p".into(), year: 2020, url: format!("https://example.org/{id}/page") });
    }
    c.aftercare.steps[2].sources.push("step-only".into());
    c.risks.treatments[0].effects[0].source = "effect-only".into();
    c.risks.treatments[1].benefits[0].source = "figure-only".into();
    let problems = validate::problems(&c).join("\n");
    assert!(!problems.contains("never cited"), "{problems}");
}
