#![cfg(not(target_arch = "wasm32"))]
//! Every locale says the same thing as English: same sections, blocks, ids, figures,
//! offsets and sources; only the words differ.

use botox_guide::content::{validate, Content, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::Locale;
use serde_json::Value;

/// Keys whose values are data, not words: they must be identical in every locale.
const DATA_KEYS: [&str; 17] = [
    "id", "type", "style", "tone", "source", "sources", "kind", "only", "url", "group", "unit",
    "treatment", "confirm", "precaution", "anytime", "keep", "omit",
];

/// Texts that are empty in every language by design: shown only where a market fills them.
const EMPTY_BY_DESIGN: [&str; 1] = [".ui.book_notice"];

fn compare(en: &Value, other: &Value, path: &str, problems: &mut Vec<String>, words: &mut (usize, usize)) {
    match (en, other) {
        (Value::Object(a), Value::Object(b)) => {
            let (ka, kb): (Vec<_>, Vec<_>) = (a.keys().collect(), b.keys().collect());
            if ka != kb {
                problems.push(format!("{path}: keys {ka:?} vs {kb:?}"));
                return;
            }
            for (k, v) in a {
                let here = format!("{path}.{k}");
                // (`precaution` is also the name of a text, the aftercare note.)
                if DATA_KEYS.contains(&k.as_str()) && !(k == "precaution" && v.is_string()) {
                    if v != &b[k] {
                        problems.push(format!("{here}: {v} vs {}", b[k]));
                    }
                } else {
                    compare(v, &b[k], &here, problems, words);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items vs {}", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{path}[{i}]"), problems, words);
            }
        }
        (Value::String(a), Value::String(b)) => {
            words.0 += 1;
            if a != b {
                words.1 += 1;
            }
            for placeholder in ["{n}", "{name}", "{date}", "{when}", "{from}", "{to}", "{day}", "{month}", "{year}"] {
                if a.contains(placeholder) != b.contains(placeholder) {
                    problems.push(format!("{path}: placeholder {placeholder} lost"));
                }
            }
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            if digits(a) != digits(b) && !path.starts_with(".dates.") {
                problems.push(format!("{path}: figures differ: \"{a}\" vs \"{b}\""));
            }
        }
        (a, b) if a == b => {}
        (a, b) => problems.push(format!("{path}: {a} vs {b}")),
    }
}

#[test]
fn every_locale_listed_has_a_file_and_every_file_is_listed() {
    let mut files: Vec<Locale> = OTHER_LOCALES.iter().map(|(l, _)| *l).collect();
    files.insert(0, Locale::En);
    assert_eq!(files, Locale::ALL);
}

#[test]
fn every_locale_is_valid_and_matches_english_in_structure_and_figures() {
    let en: Value = serde_json::from_str(EN_JSON).unwrap();
    for (locale, json) in OTHER_LOCALES {
        let content = Content::from_json(json).unwrap_or_else(|e| panic!("{locale}: {e}"));
        assert_eq!(content.locale, *locale);
        assert_eq!(validate::problems(&content), Vec::<String>::new(), "{locale}");
        let other: Value = serde_json::from_str(json).unwrap();
        let (mut problems, mut words) = (Vec::new(), (0, 0));
        let mut en_rest = en.clone();
        let mut other_rest = other.clone();
        for v in [&mut en_rest, &mut other_rest] {
            v.as_object_mut().unwrap().remove("locale");
            // A market's word replacements belong to its language (spelling, grammar); the
            // places it overrides, what it omits and keeps must match English.
            for set in v["markets"].as_array_mut().into_iter().flatten() {
                set.as_object_mut().unwrap().remove("replace");
            }
        }
        compare(&en_rest, &other_rest, "", &mut problems, &mut words);
        assert!(problems.is_empty(), "{locale}:\n{}", problems.join("\n"));
        // Translated, not copied: nearly every text differs from English.
        assert!(words.1 * 10 >= words.0 * 9, "{locale}: only {} of {} texts translated", words.1, words.0);
    }
}

/// Common English words that should never be left in a translation (as whole words).
const ENGLISH_STOP_WORDS: [&str; 16] = [
    "the", "and", "with", "your", "you", "when", "after", "before", "about", "this", "that", "should", "what", "days",
    "people", "call",
];

fn strings<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::String(s) => out.push((path, s)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| strings(x, format!("{path}[{i}]"), out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| strings(x, format!("{path}.{k}"), out)),
        _ => {}
    }
}

#[test]
fn translations_have_no_empty_text_and_no_english_left() {
    for (locale, json) in OTHER_LOCALES {
        let v: Value = serde_json::from_str(json).unwrap();
        let mut all = Vec::new();
        strings(&v, String::new(), &mut all);
        let mut problems = Vec::new();
        for (path, text) in all {
            // Source titles and publishers stay in their original language; ids are data.
            let data = path.starts_with(".sources") || DATA_KEYS.iter().any(|k| path.ends_with(&format!(".{k}")) || path.contains(&format!(".{k}[")));
            if text.trim().is_empty() && !EMPTY_BY_DESIGN.contains(&path.as_str()) {
                problems.push(format!("{path}: empty"));
            }
            if data {
                continue;
            }
            // Placeholders such as {when} are not words.
            let mut words = text.to_string();
            while let (Some(a), Some(b)) = (words.find('{'), words.find('}')) {
                if b < a {
                    break;
                }
                words.replace_range(a..=b, " ");
            }
            for word in words.split(|c: char| !c.is_alphanumeric()) {
                if ENGLISH_STOP_WORDS.contains(&word.to_lowercase().as_str()) {
                    problems.push(format!("{path}: English word \"{word}\" in \"{text}\""));
                }
            }
        }
        assert!(problems.is_empty(), "{locale}:\n{}", problems.join("\n"));
    }
}
