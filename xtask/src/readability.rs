//! Reading-level scores for the guide's text (used by the test suite, not by the widget).
//!
//! - English: Flesch-Kincaid grade = 0.39 · words/sentences + 11.8 · syllables/words − 15.59.
//! - Spanish: Fernández-Huerta ease = 206.84 − 0.60 · P − 1.02 · F, with P syllables per
//!   100 words and F words per sentence (Flesch's formula refitted for Spanish; 60–70
//!   "normal", 70–80 "bastante fácil", 80–90 "fácil", 90+ "muy fácil").
//!
//! Syllables are counted with a simple heuristic, good to within a syllable or so per
//! sentence, which is all a grade threshold needs:
//! - English: groups of vowels (a e i o u y), minus a silent final `e` (not `-le`, `-ee`,
//!   `-ye`) and a silent `-ed` (not `-ted`, `-ded`); at least one per word.
//! - Spanish: groups of vowels, where two strong vowels (a e o) side by side, or an accented
//!   í/ú next to any vowel, start a new syllable (hiato); at least one per word.
//! - Numbers count as one syllable when short (up to 2 digits), else two.
//!
//! Sentences: each piece of text (a paragraph, a list item, a title) is at least one
//! sentence, split further at `.`, `!`, `?`, `;` and `:` followed by a space.

use botox_guide::content::{Block, Content, Section};

/// Every text a visitor reads in a section, in order: its heading, the detail's title, its
/// blocks, and the data they show (risk figures' words, urgent signs, aftercare steps and the
/// today card's words).
pub fn section_texts<'a>(content: &'a Content, section: &'a Section) -> Vec<&'a str> {
    let mut out: Vec<&str> = vec![&section.heading];
    for block in section.summary.iter().chain(&section.blocks) {
        block_texts(content, block, &mut out);
    }
    if let Some(detail) = &section.detail {
        out.push(&detail.title);
        for block in &detail.blocks {
            block_texts(content, block, &mut out);
        }
    }
    out
}

fn block_texts<'a>(content: &'a Content, block: &'a Block, out: &mut Vec<&'a str>) {
    out.extend(block.texts());
    match block {
        Block::RiskExplainer => {
            let r = &content.risks;
            out.push(&r.labels[botox_guide::content::RiskText::Intro]);
            for t in &r.treatments {
                out.push(&t.note);
                for e in &t.effects {
                    out.extend([e.name.as_str(), &e.feels, &e.lasts, &e.action]);
                }
                out.extend(t.benefits.iter().map(|b| b.text.as_str()));
            }
        }
        Block::CommonEffects => {
            let r = &content.risks;
            out.push(&r.labels[botox_guide::content::RiskText::Common]);
            for t in &r.treatments {
                out.push(&t.label);
                out.extend(t.effects.iter().map(|e| e.name.as_str()));
            }
        }
        Block::BenefitFigures { treatment } => {
            out.push(&content.risks.labels[botox_guide::content::RiskText::Benefits]);
            if let Some(t) = content.risk_treatment(*treatment) {
                out.extend(t.benefits.iter().map(|b| b.text.as_str()));
            }
        }
        Block::UrgentSigns => {
            let u = &content.risks.urgent;
            out.extend([u.intro.as_str(), &u.note]);
            out.extend(u.signs.iter().map(|s| s.text.as_str()));
        }
        Block::AftercareTimeline => {
            use botox_guide::content::AftercareText;
            let a = &content.aftercare;
            out.extend([AftercareText::Intro, AftercareText::Today, AftercareText::NoStepNow, AftercareText::Watch, AftercareText::Calendar].map(|t| &a.labels[t][..]));
            for s in &a.steps {
                out.push(&s.title);
                out.extend(s.items.iter().map(|i| i.text.as_str()));
            }
        }
        _ => {}
    }
}

/// Words, sentences and syllables in some texts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

pub fn count(texts: &[&str], syllables: fn(&str) -> usize) -> Counts {
    let mut c = Counts::default();
    for text in texts {
        let mut in_text = 0;
        for sentence in split_sentences(text) {
            let words = words(sentence);
            if words.is_empty() {
                continue;
            }
            in_text += 1;
            c.words += words.len();
            c.syllables += words.iter().map(|w| syllables(w)).sum::<usize>();
        }
        c.sentences += in_text.max(usize::from(!words(text).is_empty()));
    }
    c
}

fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, ch)) in chars.iter().enumerate() {
        let next_is_space = chars.get(k + 1).is_none_or(|&(_, n)| n.is_whitespace());
        if ".!?;:".contains(ch) && next_is_space {
            out.push(&text[start..i + ch.len_utf8()]);
            start = i + ch.len_utf8();
        }
    }
    out.push(&text[start..]);
    out
}

/// Words: runs of letters (an apostrophe inside a word is kept) or of digits.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    for (i, c) in text.char_indices() {
        match (start, is_word(c)) {
            (None, true) if c.is_alphanumeric() => start = Some(i),
            (Some(s), false) => {
                out.push(text[s..i].trim_end_matches(['\'', '’']));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(text[s..].trim_end_matches(['\'', '’']));
    }
    out
}

fn number_syllables(word: &str) -> Option<usize> {
    word.starts_with(|c: char| c.is_ascii_digit()).then_some(if word.len() <= 2 { 1 } else { 2 })
}

pub fn syllables_en(word: &str) -> usize {
    if let Some(n) = number_syllables(word) {
        return n;
    }
    let w = word.to_lowercase();
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(&w);
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    if groups > 1 && w.ends_with('e') && !w.ends_with("le") && !w.ends_with("ee") && !w.ends_with("ye") {
        groups -= 1;
    }
    if groups > 1 && w.ends_with("ed") && !w.ends_with("ted") && !w.ends_with("ded") {
        groups -= 1;
    }
    groups.max(1)
}

pub fn syllables_es(word: &str) -> usize {
    if let Some(n) = number_syllables(word) {
        return n;
    }
    let strong = |c: char| "aeoáéó".contains(c);
    let accented_weak = |c: char| "íú".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let mut n = 0;
    let mut prev: Option<char> = None;
    for c in word.to_lowercase().chars() {
        if vowel(c) {
            match prev {
                None => n += 1,
                Some(p) if (strong(p) && strong(c)) || accented_weak(c) || accented_weak(p) => n += 1,
                Some(_) => {}
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    n.max(1)
}

/// Flesch-Kincaid grade level of English text.
pub fn flesch_kincaid_grade(texts: &[&str]) -> f64 {
    let c = count(texts, syllables_en);
    let (w, s, y) = (c.words.max(1) as f64, c.sentences.max(1) as f64, c.syllables as f64);
    0.39 * w / s + 11.8 * y / w - 15.59
}

/// Fernández-Huerta reading ease of Spanish text (higher is easier).
pub fn fernandez_huerta(texts: &[&str]) -> f64 {
    let c = count(texts, syllables_es);
    let (w, s) = (c.words.max(1) as f64, c.sentences.max(1) as f64);
    206.84 - 0.60 * (100.0 * c.syllables as f64 / w) - 1.02 * w / s
}
