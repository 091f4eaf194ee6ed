#![cfg(not(target_arch = "wasm32"))]
//! Plain language, checked: every English section reads at US grade 8 or below
//! (Flesch-Kincaid), in every market, every Spanish section is "bastante fácil" or easier (Fernández-Huerta
//! ≥ 70). The formulas and the syllable heuristic are in src/readability.rs.

use botox_guide::content::{market, Content, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::{Market, Tab};
use xtask::readability::{fernandez_huerta, flesch_kincaid_grade, section_texts, syllables_en, syllables_es, words};

fn locale(code: &str) -> Content {
    let json = if code == "en" { EN_JSON } else { OTHER_LOCALES.iter().find(|(l, _)| l.as_str() == code).unwrap().1 };
    Content::from_json(json).unwrap()
}

/// A language as each market shows it (its overrides applied).
fn market_views(code: &str) -> Vec<(Market, Content)> {
    let c = locale(code);
    Market::ALL.iter().map(|&m| (m, market::apply(&c, m))).collect()
}

#[test]
fn syllable_heuristics_count_common_words_right() {
    for (word, n) in [("the", 1), ("Botox", 2), ("injection", 3), ("medicine", 3), ("eyelid", 2), ("little", 2), ("headache", 2), ("treated", 2), ("people", 2)] {
        assert_eq!(syllables_en(word), n, "{word}");
    }
    for (word, n) in [("toxina", 3), ("músculo", 3), ("día", 2), ("cabeza", 3), ("tratamiento", 4), ("aéreo", 4), ("migraña", 3), ("personas", 3)] {
        assert_eq!(syllables_es(word), n, "{word}");
    }
    assert_eq!(words("It's 9 in 100 — don't rub."), ["It's", "9", "in", "100", "don't", "rub"]);
}

#[test]
fn the_scores_tell_plain_from_dense_text() {
    let plain = ["Botox is a medicine. It relaxes some muscles for a few months. Most people feel a small sting."];
    let dense = ["OnabotulinumtoxinA administration necessitates individualised anatomical consideration, \
                  particularly regarding neuromuscular junction physiology and contraindicated comorbidities."];
    assert!(flesch_kincaid_grade(&plain) < 6.0, "{}", flesch_kincaid_grade(&plain));
    assert!(flesch_kincaid_grade(&dense) > 12.0, "{}", flesch_kincaid_grade(&dense));
    let facil = ["El Botox es un medicamento. Relaja unos músculos por unos meses. Casi nadie siente mucho dolor."];
    let denso = ["La administración de onabotulinumtoxinA requiere consideraciones anatómicas individualizadas, \
                  particularmente respecto a la fisiología neuromuscular y comorbilidades contraindicadas."];
    assert!(fernandez_huerta(&facil) > 70.0, "{}", fernandez_huerta(&facil));
    assert!(fernandez_huerta(&denso) < 50.0, "{}", fernandez_huerta(&denso));
}

#[test]
fn every_english_section_reads_at_grade_8_or_below() {
    let mut report = Vec::new();
    for (m, c) in market_views("en") {
        for s in &c.sections {
            let grade = flesch_kincaid_grade(&section_texts(&c, s));
            report.push(format!("{m} {}: grade {grade:.1}", s.id));
            assert!(grade <= 8.0, "market {m}: section `{}` reads at grade {grade:.1} (limit 8)", s.id);
        }
    }
    println!("Flesch-Kincaid grade per section: {}", report.join(", "));
}

#[test]
fn every_spanish_section_is_fairly_easy_or_easier() {
    let mut report = Vec::new();
    for (m, c) in market_views("es") {
        for s in &c.sections {
            let ease = fernandez_huerta(&section_texts(&c, s));
            report.push(format!("{m} {}: {ease:.1}", s.id));
            assert!(ease >= 70.0, "market {m}: sección `{}`: Fernández-Huerta {ease:.1} (needs 70, \"bastante fácil\")", s.id);
        }
    }
    println!("Fernández-Huerta per section: {}", report.join(", "));
}

/// The six topics of the source article, as (tab id, words that must appear in English,
/// in Spanish).
const TOPICS: [(&str, &[&str], &[&str]); 6] = [
    ("about", &["botulinum", "medicine"], &["botulínica", "medicamento"]),
    ("wrinkles", &["wrinkles", "muscle"], &["arrugas", "músculo"]),
    ("risks", &["side effect", "mild"], &["efecto", "leve"]),
    ("migraine", &["chronic migraine", "15"], &["migraña crónica", "15"]),
    ("choosing", &["licensed", "ask"], &["licencia", "pregunt"]),
    ("aftercare", &["rubbing", "lying down"], &["frotar", "acostarse"]),
];

#[test]
fn each_topic_of_the_article_is_covered_in_every_locale() {
    let en = TOPICS.map(|(id, words, _)| (id, words));
    let es = TOPICS.map(|(id, _, words)| (id, words));
    for (code, topics) in [("en", en), ("es", es)] {
        let c = locale(code);
        assert_eq!(c.sections.iter().map(|s| s.id).collect::<Vec<_>>(), Tab::ALL, "{code}");
        for (id, needles) in topics {
            let text = section_texts(&c, c.section(Tab::parse(id).unwrap()).unwrap()).join(" ").to_lowercase();
            for needle in needles {
                assert!(text.contains(needle), "{code} `{id}` does not mention \"{needle}\"");
            }
        }
    }
}

#[test]
fn migraine_section_explains_the_nerve_mechanism_in_every_locale() {
    // Current evidence: less release of pain-signalling messengers (CGRP) from sensory
    // nerves — not only relaxed muscles.
    for (code, nerve, signal) in [("en", "nerve", "pain"), ("es", "nervio", "dolor")] {
        let c = locale(code);
        let text = section_texts(&c, c.section(Tab::Migraine).unwrap()).join(" ");
        assert!(text.contains("CGRP"), "{code}: names CGRP");
        assert!(text.to_lowercase().contains(nerve), "{code}: says it acts on nerves");
        assert!(text.to_lowercase().contains(signal), "{code}: says the messengers carry pain signals");
    }
}
