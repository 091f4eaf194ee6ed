//! Checks that a content file is complete and consistent. Used by the test suite on the
//! built-in files and at run time on a clinic's `content-url` override.

use super::{Content, TAB_IDS};
use std::collections::HashSet;

/// Every problem found, in plain words. Empty means the content is valid.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let source_ids: HashSet<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();

    if content.sources.len() != source_ids.len() {
        out.push("two sources share an id".to_string());
    }
    for source in &content.sources {
        if source.title.trim().is_empty() || source.publisher.trim().is_empty() {
            out.push(format!("source `{}` has no title or publisher", source.id));
        }
        if !source.url.starts_with("https://") {
            out.push(format!("source `{}` has a URL that is not https", source.id));
        }
    }

    let mut seen = HashSet::new();
    for section in &content.sections {
        if !TAB_IDS.contains(&section.id.as_str()) {
            out.push(format!("unknown section id `{}`", section.id));
        }
        if !seen.insert(section.id.as_str()) {
            out.push(format!("section `{}` appears twice", section.id));
        }
        if section.label.trim().is_empty() || section.heading.trim().is_empty() {
            out.push(format!("section `{}` has no label or heading", section.id));
        }
        if section.blocks.is_empty() {
            out.push(format!("section `{}` is empty", section.id));
        }
        for block in &section.blocks {
            if block.texts().iter().any(|t| t.trim().is_empty()) {
                out.push(format!("section `{}` has an empty text", section.id));
            }
            if let super::Block::List { items, .. } = block {
                if items.is_empty() {
                    out.push(format!("section `{}` has an empty list", section.id));
                }
            }
            for id in block.sources() {
                if !source_ids.contains(id.as_str()) {
                    out.push(format!("section `{}` cites unknown source `{id}`", section.id));
                }
            }
        }
    }
    for id in TAB_IDS {
        if !seen.contains(id) {
            out.push(format!("section `{id}` is missing"));
        }
    }

    let cited: HashSet<&str> = content
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .flat_map(|b| b.sources().iter().map(String::as_str))
        .collect();
    for source in &content.sources {
        if !cited.contains(source.id.as_str()) {
            out.push(format!("source `{}` is never cited", source.id));
        }
    }

    let ui = &content.ui;
    if ui.months.len() != 12 || ui.months_short.len() != 12 || ui.weekdays_short.len() != 7 {
        out.push("ui needs 12 month names, 12 short month names and 7 weekday names".to_string());
    }
    if !is_iso_date(&content.last_checked) {
        out.push(format!("last_checked `{}` is not a YYYY-MM-DD date", content.last_checked));
    }
    out
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
