#![cfg(not(target_arch = "wasm32"))]
//! The safety information every Botox leaflet carries is in the guide, in every locale, by
//! id: driving, medicines to mention, allergy signs among the urgent signs, adults only,
//! the contraindications, medication overuse, who gives migraine injections, and the
//! urgent signs findable first on the aftercare tab. Validation refuses a content file
//! (a clinic's override too) that drops one.

mod common;

use botox_guide::content::validate::{has_statement, problems, SAFETY_REQUIRED, URGENT_REQUIRED};
use botox_guide::content::{AftercareText, Content, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::Treatment;

fn locales() -> Vec<(&'static str, Content)> {
    let mut out = vec![("en", Content::from_json(EN_JSON).unwrap())];
    out.extend(OTHER_LOCALES.iter().map(|(l, json)| (l.as_str(), Content::from_json(json).unwrap())));
    out
}

#[test]
fn every_required_safety_statement_is_in_every_locale_by_id() {
    let names: Vec<&str> = SAFETY_REQUIRED.iter().map(|(what, _, _)| *what).collect();
    for required in ["driving", "medicines", "adults only", "contraindications", "medication overuse", "migraine specialist"] {
        assert!(names.contains(&required), "{required} is a required statement");
    }
    for (code, c) in locales() {
        for (what, place, id) in SAFETY_REQUIRED {
            assert!(has_statement(&c, place, id), "{code}: the {what} statement `{id}` ({place:?})");
        }
        let signs: Vec<&str> = c.risks.urgent.signs.iter().map(|s| s.id.as_str()).collect();
        for id in ["allergy-hives", "allergy-swelling", "allergy-faint", "breathing"] {
            assert!(signs.contains(&id) && URGENT_REQUIRED.contains(&id), "{code}: allergy sign {id}");
        }
        assert!(!c.aftercare.labels[AftercareText::UrgentFirst].trim().is_empty(), "{code}: the urgent-first line");
        assert_eq!(problems(&c), Vec::<String>::new(), "{code}");
    }
}

#[test]
fn the_statements_say_what_the_leaflets_say() {
    let c = Content::from_json(EN_JSON).unwrap();
    let all = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(EN_JSON).unwrap()).unwrap().to_lowercase();
    for needle in [
        "do not drive",
        "antibiotics given by injection",
        "muscles",
        "sleep medicines",
        "blood thinners",
        "last 4 months",
        "hives",
        "swelling of your face, lips, tongue or throat",
        "wheezing",
        "faint",
        "adults only",
        "or to any ingredient in it",
        "medication overuse",
        "neurologist or headache specialist",
        "minimally invasive",
        "professional insurance",
    ] {
        assert!(all.contains(needle), "the English content says \"{needle}\"");
    }
    assert!(!all.contains("main trials were small"), "the wrong claim about the frown-line trials is gone");
    assert!(c.sources.iter().all(|s| s.url.trim_start_matches("https://").trim_end_matches('/').contains('/')), "every source links to a page");
}

#[test]
fn a_clinic_file_that_drops_a_safety_statement_is_refused() {
    // Replacing the risks tab's blocks wholesale would drop the driving and medicines statements.
    let over = r#"{"sections": [{"id": "risks", "blocks": [{"type": "paragraph", "text": "Our own text.", "sources": ["fda-botox-label"]}, {"type": "urgent_signs"}]}]}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let p = problems(&c).join("\n");
    assert!(p.contains("the driving statement `driving` is missing"), "{p}");
    assert!(p.contains("the medicines statement `medicines` is missing"), "{p}");
}

#[test]
fn a_source_link_to_a_front_page_and_a_review_date_in_the_past_are_refused() {
    let over = r#"{"sources": [{"id": "nhs-botox", "url": "https://www.nhs.uk/"}], "next_review": "2020-01-01"}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let p = problems(&c).join("\n");
    assert!(p.contains("source `nhs-botox` links to a site's front page"), "{p}");
    assert!(p.contains("next_review 2020-01-01 is not after last_checked"), "{p}");
}

#[tokio::test]
async fn natural_frequencies_are_whole_people_in_every_locale() {
    for (code, c) in locales() {
        for treatment in ["cosmetic", "migraine"] {
            let html = common::render_content(c.clone(), &[("tab", "risks"), ("treatment", treatment)]).await;
            let text = html.replace(['\n', '\u{a0}'], " ");
            let mut figures = 0;
            for (i, _) in text.match_indices(" in 100").chain(text.match_indices(" de cada 100")) {
                let before: String = text[..i].chars().rev().take(12).collect::<String>().chars().rev().collect();
                let number = before.split_whitespace().last().unwrap_or("");
                assert!(number.chars().all(|ch| ch.is_ascii_digit()), "{code} {treatment}: \"{before} in 100\" is not a whole number");
                figures += 1;
            }
            // Every figure of the explainer was looked at: Botox and placebo for each effect
            // with a rate (and, for migraine, the benefits out of 100).
            let t = c.risk_treatment(if treatment == "cosmetic" { Treatment::Cosmetic } else { Treatment::Migraine }).unwrap();
            let expected: usize = t.effects.iter().map(|e| usize::from(e.rate.is_some()) + usize::from(e.placebo.is_some())).sum::<usize>()
                + 2 * t.benefits.iter().filter(|b| b.unit == botox_guide::content::BenefitUnit::Per100).count();
            assert!(expected > 0 && figures >= expected, "{code} {treatment}: {figures} figures found, {expected} expected");
        }
    }
}

#[tokio::test]
async fn the_urgent_line_comes_before_the_first_aftercare_step_and_links_to_the_box() {
    for (code, c) in locales() {
        let html = common::render_content(c.clone(), &[("tab", "aftercare")]).await;
        let line = html.find("data-statement=\"urgent-first\"").unwrap_or_else(|| panic!("{code}: the urgent line"));
        let timeline = html.find("class=\"timeline\"").unwrap();
        assert!(line < timeline, "{code}: the urgent line is above the steps");
        assert!(html.contains("href=\"#bg-urgent-aftercare\"") && html.contains("id=\"bg-urgent-aftercare\""), "{code}: it links to the box");
    }
}
