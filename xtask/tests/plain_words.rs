#![cfg(not(target_arch = "wasm32"))]
//! Plain words in what a patient acts on: an acronym or trial name is explained where a tab
//! first uses it, or is not there at all (sources and citations, outside the tab's text, may
//! name them). Checked over each tab's text in reading order (`section_texts`) and the safety
//! box every tab shows, in every language and market.

use botox_guide::content::{market, Content, UiText, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::Market;
use xtask::readability::section_texts;

/// Words a patient may meet only with their meaning beside them, the first time on a tab.
const EXPLAIN: &[&str] = &["FDA", "NICE", "ALS", "CGRP", "NHS", "MHRA", "HPRA", "AEMPS", "ICHD", "TGA", "EMA"];
/// Words that never belong in a patient's sentence (trial names, file types, bodies that
/// mean nothing to a patient): they stay in the sources list.
const NEVER: &[&str] = &["PREEMPT", "AAD", ".ics", "(.ics)", "did not meet its main goal"];

/// Every language as every market shows it (`en/uk`): a market's texts are read too.
fn locales() -> Vec<(String, Content)> {
    let mut files = vec![("en".to_string(), Content::from_json(EN_JSON).unwrap())];
    files.extend(OTHER_LOCALES.iter().map(|(l, json)| (l.as_str().to_string(), Content::from_json(json).unwrap())));
    files.iter().flat_map(|(code, c)| Market::ALL.iter().map(move |&m| (format!("{code}/{m}"), market::apply(c, m)))).collect()
}

/// Where `word` stands as a word of its own in `text` (not inside "ALSO" or "FDAs").
fn find_word(text: &str, word: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        (word.starts_with('.') || !alnum(before)) && !alnum(after)
    })
}

/// Explained: "long name (FDA)", "the chemicals that carry pain (one is called CGRP)", or
/// "FDA (long name)": the word closes a bracket that follows words saying what it is, or
/// opens one.
fn explained_at(text: &str, i: usize, word: &str) -> bool {
    let before = &text[..i];
    let after = &text[i + word.len()..];
    let closes_bracket = before.rfind('(').is_some_and(|open| !before[open..].contains(')') && before[..open].split_whitespace().count() >= 2);
    (closes_bracket && after.starts_with(')')) || after.starts_with(" (")
}

/// The problems in one tab's texts, in reading order.
fn problems(texts: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for word in EXPLAIN {
        for text in texts {
            if let Some(i) = find_word(text, word) {
                if !explained_at(text, i, word) {
                    out.push(format!("`{word}` is first used unexplained in \"{text}\""));
                }
                break;
            }
        }
    }
    for word in NEVER {
        if let Some(text) = texts.iter().find(|t| t.contains(word)) {
            out.push(format!("`{word}` appears in \"{text}\""));
        }
    }
    out
}

#[test]
fn the_check_tells_explained_from_unexplained() {
    assert!(problems(&["The US Food and Drug Administration (FDA) approved it.", "The FDA says so."]).is_empty());
    assert!(problems(&["CGRP (a messenger that carries pain signals) is released."]).is_empty());
    assert!(problems(&["Nerves release chemicals that carry pain (one is called CGRP)."]).is_empty());
    assert_eq!(problems(&["Nerves release CGRP (one) and more."]).len(), 0);
    assert_eq!(problems(&["The FDA approved it.", "The US Food and Drug Administration (FDA)."]).len(), 1, "explained later is too late");
    assert_eq!(problems(&["Approved (FDA) in 2010."]).len(), 1, "an acronym alone in brackets explains nothing");
    assert!(problems(&["It is also used."]).is_empty(), "ALS inside a word is not ALS");
    assert_eq!(problems(&["People with ALS should ask."]).len(), 1);
    assert_eq!(problems(&["Add to my calendar (.ics)"]).len(), 2);
    assert_eq!(problems(&["In PREEMPT 2 it helped."]).len(), 1);
}

#[test]
fn every_tab_explains_its_acronyms_and_names_no_trial_in_every_language() {
    let mut found = Vec::new();
    for (code, c) in locales() {
        // The safety box comes first on every tab.
        let safety: Vec<&str> = [UiText::SafetyTitle, UiText::SafetyNow, UiText::SafetyToday, UiText::SafetyMore].iter().map(|&t| &c.ui[t][..]).collect();
        for section in &c.sections {
            let mut texts = safety.clone();
            texts.extend(section.label.as_str().split('\0'));
            texts.extend(section_texts(&c, section));
            found.extend(problems(&texts).into_iter().map(|p| format!("{code} {}: {p}", section.id)));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
