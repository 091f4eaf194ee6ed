#![cfg(not(target_arch = "wasm32"))]
//! The safety information every Botox leaflet carries is in the guide, in every locale, by
//! id (driving, medicines to mention, allergy signs among the urgent signs, adults only, the
//! contraindications, the highest-risk group, pregnancy, what to tell the clinician, how to
//! report a side effect, the ingredients, medication overuse, who gives migraine injections,
//! keeping blood thinners); the warning signs have two levels that every place agrees on;
//! the most important safety information is on every tab whatever the options; and the
//! footer never claims a check nobody made. Validation refuses a content file (a clinic's
//! override too) that drops a statement or contradicts a level.

mod common;

use botox_guide::content::validate::{has_statement, problems, SAFETY_REQUIRED, URGENT_REQUIRED};
use botox_guide::content::{Content, Level, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::Treatment;

fn locales() -> Vec<(&'static str, Content)> {
    let mut out = vec![("en", Content::from_json(EN_JSON).unwrap())];
    out.extend(OTHER_LOCALES.iter().map(|(l, json)| (l.as_str(), Content::from_json(json).unwrap())));
    out
}

#[test]
fn every_required_safety_statement_is_in_every_locale_by_id() {
    let names: Vec<&str> = SAFETY_REQUIRED.iter().map(|(what, _, _)| *what).collect();
    for required in ["driving", "medicines", "adults only", "contraindications", "medication overuse", "migraine specialist", "highest risk", "pregnancy and breastfeeding", "what to tell the clinician", "reporting a side effect", "ingredients", "blood thinners", "results vary", "alternatives", "at the appointment", "what affects the cost"] {
        assert!(names.contains(&required), "{required} is a required statement");
    }
    for (code, c) in locales() {
        for (what, place, id) in SAFETY_REQUIRED {
            assert!(has_statement(&c, place, id), "{code}: the {what} statement `{id}` ({place:?})");
        }
        for (id, level) in URGENT_REQUIRED {
            assert_eq!(c.risks.urgent.sign(id).map(|s| s.level), Some(level), "{code}: sign {id}");
        }
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
        "or to anything in it",
        "human albumin",
        "highest risk",
        "swallowing problems can last for several months",
        "bleeding problem",
        "surgery on your face",
        "drooping eyelids, or any other change",
        "unwell in any way",
        "while you are pregnant or breastfeeding",
        "1-800-fda-1088",
        "keep taking a blood thinner unless the doctor who prescribed it",
        "weak or dizzy",
        "do not drive yourself",
        "15 or more days a month",
        "10 or more days a month",
        "plan to cut down",
        "not guaranteed",
        "you do not have to have any treatment",
        "what happens at the appointment",
        "what affects the cost",
        "medication overuse",
        "neurologist",
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
    // Replacing the risks tab's detail wholesale would drop the driving and medicines statements.
    let over = r#"{"sections": [{"id": "risks", "detail": {"title": "More", "blocks": [{"type": "paragraph", "text": "Our own text.", "sources": ["fda-botox-label"]}]}}]}"#;
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

/// The safety summary's element in rendered HTML (from its opening tag to its details).
fn safety_box(html: &str) -> &str {
    let start = html.find(r#"class="safety""#).expect("the safety summary is rendered");
    &html[start..start + html[start..].find("</details>").expect("with its full list")]
}

#[tokio::test]
async fn every_tab_shows_the_safety_summary_whatever_the_options() {
    for (code, c) in locales() {
        let urgent = &c.risks.urgent;
        for options in [
            vec![("sections", "about")],
            vec![("sections", "wrinkles"), ("heading", "none")],
            vec![("sections", "choosing,wrinkles"), ("booking-url", "https://clinic.example/book"), ("treatment", "cosmetic")],
            vec![("tab", "aftercare")],
            vec![("sections", "migraine"), ("treatment", "migraine")],
        ] {
            let html = common::render_content(c.clone(), &options).await;
            let safety = safety_box(&html);
            // Above every panel: before the first tab panel in the markup.
            assert!(html.find(r#"class="safety""#).unwrap() < html.find(r#"role="tabpanel""#).unwrap(), "{code} {options:?}: above the panels");
            // Each sign in the line of its level, and the full list with both levels.
            let (now, today) = safety.split_once(r#"class="level-same-day""#).unwrap();
            for sign in &urgent.signs {
                let line = if sign.level == Level::Emergency { now } else { today };
                assert!(line.contains(&sign.short), "{code}: \"{}\" in its level's line", sign.short);
                assert!(safety.contains(&format!(r#"data-sign="{}""#, sign.id)), "{code}: {} in the full list", sign.id);
            }
            assert!(now.contains(&urgent.emergency) && safety.contains(&urgent.same_day), "{code}: what to do for each level");
        }
    }
}

#[tokio::test]
async fn a_card_that_is_a_warning_sign_says_what_the_sign_level_says() {
    for (code, c) in locales() {
        for treatment in ["cosmetic", "migraine"] {
            let html = common::render_content(c.clone(), &[("tab", "risks"), ("treatment", treatment)]).await;
            let t = c.risk_treatment(if treatment == "cosmetic" { Treatment::Cosmetic } else { Treatment::Migraine }).unwrap();
            let linked: Vec<_> = t.effects.iter().filter(|e| e.sign.is_some()).collect();
            assert!(!linked.is_empty(), "{code} {treatment}: the drooping eyelid card is a warning sign");
            for e in linked {
                let sign = c.risks.urgent.sign(e.sign.as_deref().unwrap()).unwrap();
                let start = html.find(&format!(r#"data-effect="{}""#, e.id)).unwrap();
                let card = &html[start..start + html[start..].find("</li>").unwrap()];
                let advice = format!("<dd><strong>{}</strong>", c.risks.urgent.advice(sign.level));
                assert!(card.contains(&advice), "{code} {treatment} {}: {card}", e.id);
            }
        }
    }
}

#[test]
fn a_card_or_a_sign_that_contradicts_its_level_is_refused() {
    // The eyelid card made an expected effect, an emergency sign made a same-day one, and a
    // card pointing at an emergency sign: each is named.
    let over = r#"{"risks": {"treatments": [{"id": "cosmetic", "effects": [{"id": "eyelid-droop", "group": "expected"}]}, {"id": "migraine", "effects": [{"id": "neck-pain", "sign": "swallowing"}]}], "urgent": {"signs": [{"id": "breathing", "level": "same_day"}]}}}"#;
    let c = Content::with_override(EN_JSON, over).unwrap();
    let p = problems(&c).join("\n");
    assert!(p.contains("effect `eyelid-droop` of `cosmetic` is the same-day sign `eyelids` but not in the call group"), "{p}");
    assert!(p.contains("effect `neck-pain` of `migraine` is the emergency sign `swallowing`"), "{p}");
    assert!(p.contains("urgent sign `breathing` must be at level emergency"), "{p}");
}

#[tokio::test]
async fn the_footer_claims_a_check_only_when_a_clinician_signed_it() {
    for (code, c) in locales() {
        assert!(c.unconfirmed() > 0, "{code}: figures still wait for a check");
        let unsigned = common::render_content(c.clone(), &[]).await;
        assert!(unsigned.contains(&c.ui[botox_guide::content::UiText::PreparedOn]) && unsigned.contains(&c.ui[botox_guide::content::UiText::Unconfirmed]), "{code}");
        assert!(!unsigned.contains(&c.ui[botox_guide::content::UiText::LastChecked]), "{code}: no claim of a check");
        let signed = common::render_content(c.clone(), &[("reviewed-by", "Dr Ana Ruiz"), ("reviewed-on", "2026-11-30")]).await;
        assert!(signed.contains(&c.ui[botox_guide::content::UiText::LastChecked]) && !signed.contains(&c.ui[botox_guide::content::UiText::Unconfirmed]), "{code}: signed off");
        // With every figure confirmed, the line no longer says some wait.
        let mut all = c.clone();
        for s in &mut all.sections {
            for b in s.summary.iter_mut().chain(&mut s.blocks).chain(s.detail.iter_mut().flat_map(|d| &mut d.blocks)) {
                if let botox_guide::content::Block::Paragraph { confirm, .. } | botox_guide::content::Block::List { confirm, .. } | botox_guide::content::Block::Callout { confirm, .. } = b {
                    *confirm = false;
                }
            }
        }
        for t in &mut all.risks.treatments {
            t.effects.iter_mut().for_each(|e| e.confirm = false);
            t.benefits.iter_mut().chain(t.harms.iter_mut()).for_each(|f| f.confirm = false);
        }
        assert_eq!(all.unconfirmed(), 0);
        let confirmed = common::render_content(all, &[]).await;
        assert!(confirmed.contains(&c.ui[botox_guide::content::UiText::PreparedOn]) && !confirmed.contains(&c.ui[botox_guide::content::UiText::Unconfirmed]), "{code}");
    }
}

#[test]
fn stopping_because_of_side_effects_is_a_harm_and_the_responders_cite_the_pooled_trials() {
    for (code, c) in locales() {
        let m = c.risk_treatment(Treatment::Migraine).unwrap();
        assert!(m.benefits.iter().all(|b| b.id != "stopped"), "{code}: not a benefit");
        assert_eq!(m.harms.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["stopped"], "{code}");
        assert_eq!(m.benefits.iter().find(|b| b.id == "responders").unwrap().source, "diener-2020", "{code}");
    }
}
