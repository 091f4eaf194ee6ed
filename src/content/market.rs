//! A market's view of a language's content: its overrides (`Content::markets`) laid over the
//! texts, in order, and its omitted blocks taken out. The one place overrides are applied;
//! `validate` applies them for every market and checks each result like a whole file. Pure.
//!
//! An override whose place a file does not have is passed over: a clinic's file may replace a
//! tab's blocks, and the market's facts are checked on the result all the same (its number,
//! its reporting route, the generic name). The built-in files' overrides all find their place
//! (`unmatched`, tested).

use crate::content::{Block, Content, Replacement};
use crate::ids::{Market, Tab, Treatment};

/// `content` as `market` shows it.
pub fn apply(content: &Content, market: Market) -> Content {
    view(content, market).0
}

/// The overrides of `market` that found no place in `content`, in words.
pub fn unmatched(content: &Content, market: Market) -> Vec<String> {
    view(content, market).1
}

fn view(content: &Content, market: Market) -> (Content, Vec<String>) {
    let mut missed = Vec::new();
    let mut out = content.clone();
    out.markets = Vec::new();
    for set in content.markets.iter().filter(|set| set.markets.contains(&market)) {
        if !set.replace.is_empty() {
            for_each_text(&mut out, &set.keep, &mut |text| {
                if let Some(changed) = replace_words(text, &set.replace) {
                    *text = changed;
                }
            });
        }
        for (place, text) in &set.texts.0 {
            match slot(&mut out, place) {
                Some(slot) => *slot = text.clone(),
                None => missed.push(format!("markets ({market}): `{place}` names no text")),
            }
        }
        for (id, cited) in &set.sources.0 {
            let block = out.sections.iter_mut().flat_map(|s| s.summary.iter_mut().chain(s.blocks.iter_mut()).chain(s.detail.iter_mut().flat_map(|d| d.blocks.iter_mut()))).find(|b| b.id() == Some(id.as_str()));
            match block {
                Some(Block::Paragraph { sources, .. } | Block::List { sources, .. } | Block::Callout { sources, .. }) => *sources = cited.clone(),
                _ => missed.push(format!("markets ({market}): no paragraph, list or callout `{id}` for its sources")),
            }
        }
        for id in &set.omit {
            let mut found = false;
            for section in &mut out.sections {
                let mut lists: Vec<&mut Vec<Block>> = vec![&mut section.summary, &mut section.blocks];
                if let Some(detail) = &mut section.detail {
                    lists.push(&mut detail.blocks);
                }
                for list in lists {
                    let before = list.len();
                    list.retain(|b| b.id() != Some(id.as_str()));
                    found |= list.len() != before;
                }
            }
            if !found {
                missed.push(format!("markets ({market}): no block `{id}` to omit"));
            }
        }
    }
    // A source only the replaced texts cited leaves the list (the US reporting programme in
    // another market's view).
    let before: Vec<&str> = content.cited_sources().collect();
    let now: Vec<String> = out.cited_sources().map(str::to_string).collect();
    out.sources.retain(|s| !before.contains(&s.id.as_str()) || now.contains(&s.id));
    (out, missed)
}

/// The text at `place` (see [`crate::content::MarketTexts::texts`]).
pub fn slot<'a>(c: &'a mut Content, place: &str) -> Option<&'a mut String> {
    let parts: Vec<&str> = place.split('.').collect();
    match parts.as_slice() {
        ["title"] => Some(&mut c.title),
        ["ui", name] => c.ui.slot_mut(name),
        ["risks", "labels", name] => c.risks.labels.slot_mut(name),
        ["aftercare", "labels", name] => c.aftercare.labels.slot_mut(name),
        ["sections", tab, field] => {
            let tab = Tab::parse(tab)?;
            let section = c.sections.iter_mut().find(|s| s.id == tab)?;
            match *field {
                "label" => Some(&mut section.label),
                "heading" => Some(&mut section.heading),
                _ => None,
            }
        }
        ["blocks", id, rest @ ..] => {
            let block = c.sections.iter_mut().flat_map(|s| s.summary.iter_mut().chain(s.blocks.iter_mut()).chain(s.detail.iter_mut().flat_map(|d| d.blocks.iter_mut()))).find(|b| b.id() == Some(*id))?;
            match (block, rest) {
                (Block::Paragraph { text, .. } | Block::Callout { text, .. }, ["text"]) => Some(text),
                (Block::Callout { title, .. }, ["title"]) => Some(title),
                (Block::List { title, .. }, ["title"]) => title.as_mut(),
                (Block::List { items, .. }, ["items", n]) => items.get_mut(n.parse::<usize>().ok()?),
                _ => None,
            }
        }
        ["risks", "urgent", field] => {
            let u = &mut c.risks.urgent;
            match *field {
                "title" => Some(&mut u.title),
                "intro" => Some(&mut u.intro),
                "emergency" => Some(&mut u.emergency),
                "same_day" => Some(&mut u.same_day),
                "note" => Some(&mut u.note),
                _ => None,
            }
        }
        ["risks", "treatments", t, "effects", id, field] => {
            let t = Treatment::parse(t)?;
            let effect = c.risks.treatments.iter_mut().find(|r| r.id == t)?.effects.iter_mut().find(|e| e.id == *id)?;
            match *field {
                "name" => Some(&mut effect.name),
                "feels" => Some(&mut effect.feels),
                "lasts" => Some(&mut effect.lasts),
                "action" => Some(&mut effect.action),
                _ => None,
            }
        }
        ["aftercare", "steps", step, "items", item] => {
            let step = c.aftercare.steps.iter_mut().find(|s| s.id == *step)?;
            Some(&mut step.items.iter_mut().find(|i| i.id == *item)?.text)
        }
        _ => None,
    }
}

/// Calls `f` on every text a visitor reads, except in the blocks `keep` names and the
/// sources' titles (they name documents).
pub fn for_each_text(c: &mut Content, keep: &[String], f: &mut dyn FnMut(&mut String)) {
    f(&mut c.title);
    c.ui.texts_mut().for_each(&mut *f);
    c.risks.labels.texts_mut().for_each(&mut *f);
    c.aftercare.labels.texts_mut().for_each(&mut *f);
    for s in &mut c.sections {
        f(&mut s.label);
        f(&mut s.heading);
        if let Some(d) = &mut s.detail {
            f(&mut d.title);
        }
        let blocks = s.summary.iter_mut().chain(s.blocks.iter_mut()).chain(s.detail.iter_mut().flat_map(|d| d.blocks.iter_mut()));
        for b in blocks.filter(|b| !b.id().is_some_and(|id| keep.iter().any(|k| k == id))) {
            match b {
                Block::Paragraph { text, .. } | Block::RiskLink { text, .. } => f(text),
                Block::List { title, items, .. } => title.iter_mut().chain(items.iter_mut()).for_each(&mut *f),
                Block::Callout { title, text, .. } => {
                    f(title);
                    f(text);
                }
                _ => {}
            }
        }
    }
    for t in &mut c.risks.treatments {
        f(&mut t.label);
        f(&mut t.note);
        t.benefits.iter_mut().chain(t.harms.iter_mut()).for_each(|b| f(&mut b.text));
        for e in &mut t.effects {
            for text in [&mut e.name, &mut e.feels, &mut e.lasts, &mut e.action].into_iter().chain(e.term.as_mut()).chain(e.no_rate.as_mut()) {
                f(text);
            }
        }
    }
    let u = &mut c.risks.urgent;
    for text in [&mut u.title, &mut u.intro, &mut u.emergency, &mut u.same_day, &mut u.note] {
        f(text);
    }
    for sign in &mut u.signs {
        f(&mut sign.text);
        f(&mut sign.short);
    }
    for step in &mut c.aftercare.steps {
        f(&mut step.title);
        step.items.iter_mut().for_each(|i| f(&mut i.text));
        if let Some(cal) = &mut step.calendar {
            f(&mut cal.summary);
            f(&mut cal.description);
        }
    }
}

/// `text` with each whole word `from` (the first pair that matches at a place) replaced by
/// its `to`, capitalised at the start of the text or of a sentence; `None` if nothing matched.
pub fn replace_words(text: &str, pairs: &[Replacement]) -> Option<String> {
    let mut out = String::new();
    let mut rest = text;
    let mut changed = false;
    'scan: while !rest.is_empty() {
        let at_word = out.chars().next_back().is_none_or(|c| !is_word_char(c));
        if at_word {
            for pair in pairs {
                let Some(after) = rest.strip_prefix(pair.from.as_str()) else { continue };
                if after.chars().next().is_some_and(is_word_char) {
                    continue;
                }
                let trimmed = out.trim_end();
                let sentence_start = trimmed.is_empty() || trimmed.ends_with(['.', '?', '!', ':']) || trimmed.ends_with('\u{bf}');
                let mut to = pair.to.chars();
                if let (true, Some(first)) = (sentence_start, to.next()) {
                    // ASCII only: Unicode's case tables would add 12 KB to the wasm.
                    out.push(first.to_ascii_uppercase());
                    out.push_str(to.as_str());
                } else {
                    out.push_str(&pair.to);
                }
                rest = after;
                changed = true;
                continue 'scan;
            }
        }
        let c = rest.chars().next().expect("not empty");
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    changed.then_some(out)
}

/// A letter or digit, for whole-word matching: ASCII ones, and every character from U+00C0
/// on but general punctuation (accented Latin letters and beyond). Unicode's own tables
/// (`char::is_alphanumeric`) would add kilobytes to the wasm for the same answer here.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c >= '\u{c0}' && !('\u{2000}'..='\u{206f}').contains(&c))
}
