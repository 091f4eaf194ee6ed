#![cfg(not(target_arch = "wasm32"))]
//! Risk data validation, icon-array arithmetic and wording, and the explainer's HTML.

mod common;

use botox_guide::content::validate::{self, URGENT_REQUIRED};
use botox_guide::content::{Content, Group, Rate};
use botox_guide::ids::Treatment;
use botox_guide::risk::{filled_icons, format_number, icon_array_paths, most_common, phrase};

fn en() -> Content {
    Content::builtin_en()
}

#[test]
fn icon_counts_round_to_whole_people_and_under_one_fills_none() {
    assert_eq!(filled_icons(Rate::Per100(9.0)), 9);
    assert_eq!(filled_icons(Rate::Per100(3.5)), 4);
    assert_eq!(filled_icons(Rate::Per100(44.8)), 45);
    assert_eq!(filled_icons(Rate::Per100(0.4)), 0);
    assert_eq!(filled_icons(Rate::UnderOne), 0);
    assert_eq!(filled_icons(Rate::Per100(0.0)), 0);
    assert_eq!(filled_icons(Rate::Per100(100.0)), 100);
    assert_eq!(filled_icons(Rate::Per100(250.0)), 100, "clamped");
    assert_eq!(filled_icons(Rate::Per100(-3.0)), 0, "clamped");
}

#[test]
fn icon_array_has_exactly_100_icons_split_as_asked() {
    for filled in [0u8, 1, 9, 45, 99, 100] {
        let (full, empty) = icon_array_paths(filled);
        assert_eq!(full.matches('M').count(), filled as usize);
        assert_eq!(empty.matches('M').count(), 100 - filled as usize);
    }
    let (full, _) = icon_array_paths(11);
    assert!(full.starts_with("M01 05a4 4"), "first icon at the top left");
    assert!(full.contains("M01 15a4 4"), "the 11th icon starts the second row");
    assert!(empty_of_11_ends_bottom_right(), "the last icon is at the bottom right");
}

fn empty_of_11_ends_bottom_right() -> bool {
    icon_array_paths(11).1.ends_with("M91 95a4 4 0 1 0 8 0a4 4 0 1 0-8 0")
}

#[test]
fn natural_frequency_wording() {
    let ui = en().ui;
    assert_eq!(phrase(Rate::Per100(9.0), &ui), "about 9 in 100 people");
    assert_eq!(phrase(Rate::Per100(3.5), &ui), "about 4 in 100 people");
    assert_eq!(phrase(Rate::UnderOne, &ui), "fewer than 1 in 100 people");
    assert_eq!(phrase(Rate::Per100(0.0), &ui), "0 in 100 people");
    // The edges: exactly 1 is "about 1", just under it is "fewer than 1", just over 0 too.
    assert_eq!(phrase(Rate::Per100(1.0), &ui), "about 1 in 100 people");
    assert_eq!(phrase(Rate::Per100(0.99), &ui), "fewer than 1 in 100 people");
    assert_eq!(phrase(Rate::Per100(0.01), &ui), "fewer than 1 in 100 people");
    assert_eq!(phrase(Rate::Per100(1.49), &ui), "about 1 in 100 people");
    assert_eq!(phrase(Rate::Per100(1.5), &ui), "about 2 in 100 people");
    assert_eq!(phrase(Rate::Per100(100.0), &ui), "about 100 in 100 people");
    assert_eq!(format_number(0.25), "0.3");
    assert_eq!(format_number(-1.5), "-1.5");
    assert_eq!(format_number(44.8), "44.8");
    assert_eq!(format_number(6.0), "6");
}

#[test]
fn risk_data_is_valid_rates_are_0_to_100_and_groups_are_filled() {
    let c = en();
    assert_eq!(validate::problems(&c), Vec::<String>::new());
    for t in &c.risks.treatments {
        for e in &t.effects {
            for r in [e.rate, e.placebo].into_iter().flatten() {
                if let Rate::Per100(n) = r {
                    assert!((0.0..=100.0).contains(&n), "{} {}", t.id, e.id);
                }
            }
        }
        assert!(t.effects.iter().any(|e| e.group == Group::Expected), "{}", t.id);
        assert!(t.effects.iter().any(|e| e.group == Group::Call), "{}", t.id);
    }
}

#[test]
fn urgent_group_names_the_boxed_warning_symptoms() {
    let c = en();
    let ids: Vec<_> = c.risks.urgent.signs.iter().map(|s| s.id.as_str()).collect();
    for (required, _) in URGENT_REQUIRED {
        assert!(ids.contains(&required), "{required}");
    }
}

#[test]
fn validation_catches_bad_rates_missing_sources_and_empty_groups() {
    let mut c = en();
    let m = c.risks.treatments.iter_mut().find(|t| t.id == Treatment::Migraine).unwrap();
    m.effects[0].rate = Some(Rate::Per100(140.0));
    m.effects[1].source = "nowhere".into();
    m.effects.retain(|e| e.group != Group::Call || e.id == "neck-pain");
    m.effects.iter_mut().for_each(|e| if e.id == "neck-pain" { e.group = Group::Expected });
    c.risks.urgent.signs.retain(|s| s.id != "breathing");
    let p = validate::problems(&c).join("\n");
    assert!(p.contains("effect `neck-pain` of `migraine` has a rate outside 0 to 100"), "{p}");
    assert!(p.contains("cites unknown source `nowhere`"), "{p}");
    assert!(p.contains("treatment `migraine` has no effect in group call"), "{p}");
    assert!(p.contains("urgent signs lack `breathing`"), "{p}");
}

#[test]
fn a_rate_in_the_data_is_a_number_or_under_one() {
    let read = |s: &str| serde_json::from_str::<Rate>(s).map_err(|e| e.to_string());
    assert_eq!(read("\"<1\""), Ok(Rate::UnderOne));
    assert_eq!(read("4"), Ok(Rate::Per100(4.0)));
    assert_eq!(read("3.5"), Ok(Rate::Per100(3.5)));
    // In a content file, the error names the field and says what is accepted.
    let mut v: serde_json::Value = serde_json::from_str(botox_guide::content::EN_JSON).unwrap();
    v["risks"]["treatments"][0]["effects"][1]["rate"] = "rare".into();
    let err = Content::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err, "content.risks.treatments[0].effects[1].rate: expected a number or \"<1\", found text");
}

use common::render;

#[tokio::test]
async fn migraine_explainer_renders_every_effect_with_botox_and_placebo_figures() {
    let html = render(&[("tab", "risks"), ("treatment", "migraine")]).await;
    let c = en();
    let t = c.risk_treatment(Treatment::Migraine).unwrap();
    for e in &t.effects {
        // Each card, from its element to the end of the list item, holds its own figures.
        let start = html.find(&format!(r#"data-effect="{}""#, e.id)).unwrap_or_else(|| panic!("{}", e.id));
        let card = &html[start..start + html[start..].find("</li>").unwrap()];
        if let Some(rate) = e.rate {
            assert!(card.contains(&format!("With Botox: {}", phrase(rate, &c.ui))), "{}: {card}", e.id);
        }
        if let Some(placebo) = e.placebo {
            assert!(card.contains(&format!("With placebo injections: {}", phrase(placebo, &c.ui))), "{}: {card}", e.id);
        }
    }
    assert!(html.contains("With Botox: about 9 in 100 people"));
    assert!(html.contains("With placebo injections: about 3 in 100 people"));
    assert!(html.contains("With placebo injections: fewer than 1 in 100 people"), "eyelid placebo <1");
    assert!(html.contains("Drooping eyelid<span class=\"term\"> (eyelid ptosis)</span>"));
    assert!(html.contains("about 9 fewer days a month") && html.contains("about 7 fewer days a month"));
    assert!(html.contains("With Botox: about 45 in 100 people") && !html.contains("44.8"));
    assert!(!html.contains(r#"type="radio""#), "no switch when the clinic chose one treatment");
    assert!(html.contains("Warning signs: when to get help"));
    // Stopping because of side effects is drawn as a harm (Botox's discs), after the effects.
    let harms = html.find(r#"class="risk-list harms""#).expect("the harms list");
    assert!(harms > html.find(r#"data-effect="spasms""#).unwrap());
    assert!(html[harms..].contains(r#"data-figure="stopped""#) && !html[..harms].contains(r#"data-figure="stopped""#));
}

#[tokio::test]
async fn cosmetic_explainer_says_so_in_words_where_the_label_gives_no_number() {
    let html = render(&[("tab", "risks")]).await;
    assert!(html.contains(r#"data-effect="injection-site""#));
    assert!(html.contains("Common; the label gives no exact number."));
    assert!(html.contains(r#"data-effect="eyelid-droop""#));
    assert!(!html.contains(r#"data-effect="neck-pain""#), "migraine effects not shown");
    assert_eq!(html.matches(r#"type="radio""#).count(), 2, "treatment switch for both");
    assert!(html.contains(r#"<legend>Show figures for</legend>"#));
}

#[tokio::test]
async fn urgent_signs_are_on_the_aftercare_tab_too() {
    let html = render(&[("tab", "aftercare")]).await;
    for (sign, _) in URGENT_REQUIRED {
        assert!(html.contains(&format!(r#"data-sign="{sign}""#)), "{sign}");
    }
}

#[test]
fn most_common_orders_by_number_then_fills_with_expected_effects_without_one() {
    let c = en();
    let mut effects = c.risk_treatment(Treatment::Migraine).unwrap().effects.clone();
    let ids = |v: Vec<&botox_guide::content::Effect>| v.into_iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    // The label's three most frequent, most frequent first.
    let top = ids(most_common(&effects, 3));
    assert_eq!(top.len(), 3);
    let rate = |id: &str| match effects.iter().find(|e| e.id == id).unwrap().rate {
        Some(Rate::Per100(r)) => r,
        _ => 0.0,
    };
    assert!(rate(&top[0]) >= rate(&top[1]) && rate(&top[1]) >= rate(&top[2]), "{top:?}");
    let highest = effects
        .iter()
        .filter_map(|e| match e.rate {
            Some(Rate::Per100(r)) => Some(r),
            _ => None,
        })
        .fold(0.0, f32::max);
    assert_eq!(rate(&top[0]), highest);
    // A tie keeps the content's order; under one counts below any number.
    for e in effects.iter_mut() {
        e.rate = Some(Rate::Per100(2.0));
        e.group = Group::Expected;
    }
    effects[0].rate = Some(Rate::UnderOne);
    effects[1].rate = None;
    let expect: Vec<String> = effects[2..4].iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids(most_common(&effects, 2)), expect);
    // With fewer numbers than asked, expected effects without a number come next, not "call" ones.
    for e in effects.iter_mut() {
        e.rate = None;
    }
    effects[0].rate = Some(Rate::UnderOne);
    effects[1].group = Group::Call;
    let got = ids(most_common(&effects, 3));
    assert_eq!(got, vec![effects[0].id.clone(), effects[2].id.clone(), effects[3].id.clone()]);
    assert!(most_common(&effects, 0).is_empty());
}

#[tokio::test]
async fn the_risks_summary_names_the_three_most_common_effects_with_placebo() {
    let html = render(&[("tab", "risks"), ("treatment", "migraine")]).await;
    let c = en();
    let t = c.risk_treatment(Treatment::Migraine).unwrap();
    let summary_end = html.find(r#"class="detail""#).expect("the detail");
    let summary = &html[..summary_end];
    assert_eq!(summary.matches("data-common=").count(), 3, "three effects in the short version");
    for e in most_common(&t.effects, 3) {
        let start = summary.find(&format!(r#"data-common="{}""#, e.id)).unwrap_or_else(|| panic!("{}", e.id));
        let line = &summary[start..start + summary[start..].find("</li>").unwrap()];
        assert!(line.contains(&e.name), "{line}");
        if let (Some(r), Some(p)) = (e.rate, e.placebo) {
            assert!(line.contains(&phrase(r, &c.ui)) && line.contains(&format!("with placebo injections: {}", phrase(p, &c.ui))), "{line}");
        }
    }
    assert!(summary.contains("Warning signs"), "the urgent signs come before the detail");
    assert!(!summary.contains("data-effect="), "the full cards are in the detail");
}
