#![cfg(not(target_arch = "wasm32"))]
//! Markets: each one's view of each language (content::market) carries its emergency number,
//! urgent-advice line and reporting route everywhere they are read, down to the calendar
//! file; the non-promotional markets name the medicine generically; the overrides' own rules
//! (replacement, places, omissions) hold.

use botox_guide::content::market::{apply, replace_words, slot, unmatched};
use botox_guide::content::{builtin_json, Content, Replacement};
use botox_guide::dates::Date;
use botox_guide::ics::{calendar, events_for, ClinicContact};
use botox_guide::ids::{Locale, Market, Treatment};

fn content(locale: Locale) -> Content {
    Content::from_json(builtin_json(locale)).unwrap()
}

fn block_text(c: &Content, id: &str) -> String {
    c.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some(id)).map(|b| b.texts().concat()).unwrap_or_default()
}

#[test]
fn every_market_in_every_language_gives_its_number_and_reporting_route_in_the_safety_line_and_the_calendar() {
    for &locale in Locale::ALL {
        let base = content(locale);
        for &market in Market::ALL {
            let spec = market.spec();
            let view = apply(&base, market);
            let line = view.emergency_line();
            assert!(line.contains(spec.emergency), "{locale} {market}: {line}");
            if let Some(advice) = spec.urgent_line {
                assert!(line.contains(advice), "{locale} {market}: {line}");
            }
            // No other market's number (911 in the UK, 999 in the US).
            for other in Market::ALL.iter().map(|m| m.spec().emergency).filter(|n| *n != spec.emergency && !(market == Market::Ie && *n == "999")) {
                assert!(!line.contains(&format!(" {other} ")) && !line.contains(&format!(" {other}.")), "{locale} {market} gives {other}: {line}");
            }
            if let Some(address) = spec.report.1 {
                assert!(block_text(&view, "report-side-effect").contains(address), "{locale} {market}");
            }
            let clinic = ClinicContact { name: None, phone: None, booking: None, label: "" };
            let events = events_for(&view.aftercare.steps, Treatment::Migraine, Date::new(2026, 11, 24).unwrap(), &clinic, &view.emergency_line(), "t");
            let ics = calendar(&events, (Date::new(2026, 11, 24).unwrap(), 0)).replace("\r\n ", "");
            // Each event's own description (its reminder's is the title).
            let descriptions: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).filter_map(|e| e.split("BEGIN:VALARM").next()?.split("\r\n").find(|l| l.starts_with("DESCRIPTION:"))).collect();
            assert_eq!(descriptions.len(), 2);
            for d in descriptions {
                assert!(d.contains(spec.emergency), "{locale} {market}: {d}");
            }
        }
    }
}

#[test]
fn the_us_view_is_the_file_as_written_and_others_change_only_what_they_name() {
    for &locale in Locale::ALL {
        let base = content(locale);
        let mut written = base.clone();
        written.markets.clear();
        assert_eq!(apply(&base, Market::Us), written, "{locale}");
        let ca = apply(&base, Market::Ca);
        assert_eq!(ca.title, base.title, "Canada keeps the brand in the title");
        assert_eq!(ca.sections.len(), base.sections.len());
    }
}

#[test]
fn uk_and_ireland_name_the_medicine_generically_and_show_no_benefits_list() {
    for &locale in Locale::ALL {
        let base = content(locale);
        for market in [Market::Uk, Market::Ie] {
            let view = apply(&base, market);
            assert!(!view.title.to_lowercase().contains("botox"), "{locale} {market}: {}", view.title);
            for s in &view.sections {
                assert!(!s.label.to_lowercase().contains("botox"), "{locale} {market}: {}", s.label);
            }
            assert!(view.sections.iter().flat_map(|s| s.all_blocks()).all(|b| b.id() != Some("possible-benefits")));
            assert!(block_text(&view, "what-it-is").contains("Botox"), "the one factual mention stays");
        }
        let uk = apply(&base, Market::Uk);
        assert!(!uk.ui[botox_guide::content::UiText::BookNotice].is_empty(), "{locale}: the under-18 notice (England)");
        assert!(apply(&base, Market::Ie).ui[botox_guide::content::UiText::BookNotice].is_empty(), "{locale}: no English law in Ireland");
        // The US source for reporting leaves the list where nothing cites it.
        assert!(base.sources.iter().any(|s| s.id == "fda-medwatch"));
        assert!(!uk.sources.iter().any(|s| s.id == "fda-medwatch"));
    }
}

#[test]
fn spelling_and_wording_follow_the_market() {
    let en = content(Locale::En);
    assert!(block_text(&apply(&en, Market::Uk), "questions").contains("medical licence"));
    assert!(block_text(&apply(&en, Market::Us), "questions").contains("medical license"));
    let es = content(Locale::Es);
    let spain = apply(&es, Market::Es);
    assert!(spain.risks.urgent.emergency.contains("No conduzca") && !spain.risks.urgent.emergency.contains("maneje"));
    assert!(block_text(&spain, "driving").contains("no conduzca, no use"), "{}", block_text(&spain, "driving"));
    assert!(block_text(&apply(&es, Market::Us), "driving").contains("no conduzca (no maneje)"));
    assert!(apply(&es, Market::Us).risks.urgent.emergency.contains("maneje"), "US Spanish keeps \"manejar\"");
    let itching = |c: &Content| c.risks.urgent.signs.iter().find(|s| s.id == "allergy-hives").unwrap().text.clone();
    assert!(itching(&spain).starts_with("Picor o ronchas"), "{}", itching(&spain));
    assert!(itching(&apply(&es, Market::Us)).starts_with("Picazón (comezón) o ronchas"));
}

fn pairs(list: &[(&str, &str)]) -> Vec<Replacement> {
    list.iter().map(|(f, t)| Replacement { from: f.to_string(), to: t.to_string() }).collect()
}

#[test]
fn replacement_takes_whole_words_the_first_pair_that_fits_and_capitalises_a_sentence_start() {
    let p = pairs(&[("el Botox es adecuado", "la toxina es adecuada"), ("el Botox", "la toxina"), ("Botox", "botulinum toxin")]);
    assert_eq!(replace_words("Botox works. Ask about Botox? Botox!", &p).unwrap(), "Botulinum toxin works. Ask about botulinum toxin? Botulinum toxin!");
    assert_eq!(replace_words("Botoxes and MyBotox stay", &p), None, "whole words only");
    assert_eq!(replace_words("vea si el Botox es adecuado; el Botox no", &p).unwrap(), "vea si la toxina es adecuada; la toxina no");
    assert_eq!(replace_words("Note: Botox's label", &p).unwrap(), "Note: Botulinum toxin's label");
    assert_eq!(replace_words("¿Botox?", &p).unwrap(), "¿Botulinum toxin?");
}

#[test]
fn an_override_must_point_at_a_text_and_an_omission_at_a_block() {
    let mut c = content(Locale::En);
    for place in ["title", "ui.book", "sections.risks.label", "blocks.report-side-effect.text", "blocks.questions.items.2", "blocks.brands.title", "risks.urgent.emergency", "risks.labels.heading", "aftercare.steps.any-time.items.no-driving-if-weak", "risks.treatments.cosmetic.effects.eyelid-droop.action"] {
        assert!(slot(&mut c, place).is_some(), "{place}");
    }
    for place in ["titles", "ui.nope", "sections.nope.label", "blocks.report-side-effect.title", "blocks.questions.items.99", "risks.urgent.nope", "aftercare.steps.any-time.items.nope"] {
        assert!(slot(&mut c, place).is_none(), "{place}");
    }
    // Every override of the built-in files finds its place, in every market.
    for &locale in Locale::ALL {
        for &m in Market::ALL {
            assert_eq!(unmatched(&content(locale), m), Vec::<String>::new(), "{locale} {m}");
        }
    }
    // One that does not is named (and passed over: a clinic's file may have replaced a tab).
    let market = c.markets[0].markets[0];
    c.markets[0].omit.push("nope".into());
    c.markets[0].texts.0.push(("blocks.nope.text".into(), "x".into()));
    assert_eq!(unmatched(&c, market), [format!("markets ({market}): `blocks.nope.text` names no text"), format!("markets ({market}): no block `nope` to omit")]);
    assert_eq!(apply(&c, market).title, apply(&content(Locale::En), market).title, "the rest still applies");
}

#[test]
fn a_clinic_file_that_replaces_a_tab_keeps_every_market_working() {
    // The about tab's blocks replaced (the safety statements kept): the markets' overrides of
    // the blocks that are gone are passed over, and every market's facts still hold.
    let over = r#"{"sections": [{"id": "about", "blocks": [{"type": "paragraph", "text": "Our own words about Botox."}, {"type": "paragraph", "id": "adults-only", "text": "For adults only."}, {"type": "paragraph", "id": "ingredients", "text": "What is in it."}]}]}"#;
    let c = Content::with_override(botox_guide::content::EN_JSON, over).unwrap();
    assert_eq!(botox_guide::content::validate::problems(&c), Vec::<String>::new());
    let uk = apply(&c, Market::Uk);
    assert!(block_text(&uk, "report-side-effect").contains("yellowcard.mhra.gov.uk"));
    let about = uk.sections.iter().find(|s| s.id == botox_guide::ids::Tab::About).unwrap();
    assert!(about.all_blocks().any(|b| b.texts().concat() == "Our own words about botulinum toxin."), "the generic name in the clinic's own words too");
}

#[test]
fn each_place_names_the_text_it_says() {
    use botox_guide::content::{AftercareText, Block, RiskText, UiText};
    use botox_guide::ids::{Tab, Treatment as T};
    type Get = fn(&Content) -> String;
    let places: Vec<(&str, Get)> = vec![
        ("title", |c| c.title.clone()),
        ("ui.book", |c| c.ui[UiText::Book].to_string()),
        ("risks.labels.heading", |c| c.risks.labels[RiskText::Heading].to_string()),
        ("aftercare.labels.calendar", |c| c.aftercare.labels[AftercareText::Calendar].to_string()),
        ("sections.risks.label", |c| c.sections.iter().find(|s| s.id == Tab::Risks).unwrap().label.clone()),
        ("sections.risks.heading", |c| c.sections.iter().find(|s| s.id == Tab::Risks).unwrap().heading.clone()),
        ("blocks.report-side-effect.text", |c| c.statement("report-side-effect").unwrap().to_string()),
        ("blocks.brands.text", |c| c.statement("brands").unwrap().to_string()),
        ("blocks.brands.title", |c| match c.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some("brands")) { Some(Block::Callout { title, .. }) => title.clone(), _ => String::new() }),
        ("blocks.questions.title", |c| match c.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some("questions")) { Some(Block::List { title, .. }) => title.clone().unwrap_or_default(), _ => String::new() }),
        ("blocks.questions.items.2", |c| match c.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some("questions")) { Some(Block::List { items, .. }) => items[2].clone(), _ => String::new() }),
        ("risks.urgent.title", |c| c.risks.urgent.title.clone()),
        ("risks.urgent.intro", |c| c.risks.urgent.intro.clone()),
        ("risks.urgent.emergency", |c| c.risks.urgent.emergency.clone()),
        ("risks.urgent.same_day", |c| c.risks.urgent.same_day.clone()),
        ("risks.urgent.note", |c| c.risks.urgent.note.clone()),
        ("risks.treatments.cosmetic.effects.eyelid-droop.name", |c| c.risks.treatments.iter().find(|t| t.id == T::Cosmetic).unwrap().effects.iter().find(|e| e.id == "eyelid-droop").unwrap().name.clone()),
        ("risks.treatments.cosmetic.effects.eyelid-droop.feels", |c| c.risks.treatments.iter().find(|t| t.id == T::Cosmetic).unwrap().effects.iter().find(|e| e.id == "eyelid-droop").unwrap().feels.clone()),
        ("risks.treatments.cosmetic.effects.eyelid-droop.lasts", |c| c.risks.treatments.iter().find(|t| t.id == T::Cosmetic).unwrap().effects.iter().find(|e| e.id == "eyelid-droop").unwrap().lasts.clone()),
        ("risks.treatments.cosmetic.effects.eyelid-droop.action", |c| c.risks.treatments.iter().find(|t| t.id == T::Cosmetic).unwrap().effects.iter().find(|e| e.id == "eyelid-droop").unwrap().action.clone()),
        ("aftercare.steps.any-time.items.no-driving-if-weak", |c| c.aftercare.steps.iter().find(|s| s.id == "any-time").unwrap().items.iter().find(|i| i.id == "no-driving-if-weak").unwrap().text.clone()),
    ];
    for (place, get) in places {
        let mut c = content(Locale::En);
        let before = get(&c);
        *slot(&mut c, place).unwrap_or_else(|| panic!("{place} has a slot")) = "SENTINEL".into();
        assert_eq!(get(&c), "SENTINEL", "{place} changes the text it names");
        assert_ne!(before, "SENTINEL");
    }
    // A place of another treatment or step is another text: ids are matched, not skipped.
    let mut c = content(Locale::En);
    *slot(&mut c, "risks.treatments.migraine.effects.neck-pain.name").unwrap() = "SENTINEL".into();
    assert!(c.risks.treatments.iter().find(|t| t.id == T::Cosmetic).unwrap().effects.iter().all(|e| e.name != "SENTINEL"));
}
