#![cfg(not(target_arch = "wasm32"))]
//! REVIEW.md, the medical reviewer's checklist, is generated from the content data: every
//! figure the data marks `"confirm": true`, and every source with its year and link. This
//! test fails when the file and the data drift (`UPDATE_REVIEW=1 cargo test --test review`
//! rewrites it).

use botox_guide::content::{Block, Content, Rate, EN_JSON};
use std::fmt::Write as _;

fn rate(r: &Option<Rate>) -> String {
    match r {
        Some(Rate::Per100(n)) => format!("{n} in 100"),
        Some(Rate::UnderOne) => "fewer than 1 in 100".into(),
        None => "no figure".into(),
    }
}

fn review(c: &Content) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Medical review checklist\n");
    let _ = writeln!(out, "Generated from `src/content/en.json` by `tests/review.rs` (do not edit by hand:");
    let _ = writeln!(out, "`UPDATE_REVIEW=1 cargo test --test review`). Facts last checked: {}; next review due by {}.\n", c.last_checked, c.next_review);
    let _ = writeln!(out, "A clinic's reviewer confirms each item below against its source, then sets");
    let _ = writeln!(out, "`reviewed-by` and `reviewed-on` (options) or `reviewed_by` / `reviewed_on` (content file).");
    let _ = writeln!(out, "Spanish (`src/content/es.json`) carries the same figures and needs a Spanish-speaking");
    let _ = writeln!(out, "clinician's read as well.\n");
    let _ = writeln!(out, "## Figures marked for confirmation\n");
    let _ = writeln!(out, "| Where | What | Figure | Source |\n|---|---|---|---|");
    let cite = |ids: &[String]| ids.iter().map(|i| format!("[{}]", c.source_number(i).unwrap_or(0))).collect::<Vec<_>>().join(" ");
    for s in &c.sections {
        for b in s.all_blocks() {
            match b {
                Block::List { title, items, sources, confirm: true, .. } => {
                    for item in items {
                        let _ = writeln!(out, "| {} tab{} | list item | {} | {} |", s.id, title.as_ref().map(|t| format!(": {t}")).unwrap_or_default(), item.replace('|', "\\|"), cite(sources));
                    }
                }
                Block::Paragraph { text, sources, confirm: true, .. } | Block::Callout { text, sources, confirm: true, .. } => {
                    let _ = writeln!(out, "| {} tab | statement | {} | {} |", s.id, text.replace('|', "\\|"), cite(sources));
                }
                _ => {}
            }
        }
    }
    for t in &c.risks.treatments {
        for (b, kind) in t.benefits.iter().map(|b| (b, "benefits")).chain(t.harms.iter().map(|h| (h, "harms"))).filter(|(b, _)| b.confirm) {
            let unit = match b.unit {
                botox_guide::content::BenefitUnit::Per100 => "in 100",
                botox_guide::content::BenefitUnit::Days => "days a month",
            };
            let _ = writeln!(out, "| {} {kind} | {} | {} {unit} (placebo: {}) | {} |", t.id, b.text, b.botox, b.placebo, cite(std::slice::from_ref(&b.source)));
        }
    }
    for t in &c.risks.treatments {
        for e in t.effects.iter().filter(|e| e.confirm) {
            let _ = writeln!(out, "| {} side effects | {} | {} (placebo: {}) | {} |", t.id, e.name, rate(&e.rate), rate(&e.placebo), cite(std::slice::from_ref(&e.source)));
        }
    }
    let _ = writeln!(out, "\n## Side effects shown without a number\n");
    let _ = writeln!(out, "Each says so in words; a reviewer who reads a figure in the label adds it with its placebo figure.\n");
    for t in &c.risks.treatments {
        for e in t.effects.iter().filter(|e| e.rate.is_none()) {
            let _ = writeln!(out, "- {} side effects: {} ({}) {}", t.id, e.name, e.no_rate.as_deref().unwrap_or(""), cite(std::slice::from_ref(&e.source)));
        }
    }
    let _ = writeln!(out, "\n## Not yet in the guide: for the reviewer to add from the label\n");
    let _ = writeln!(out, "- The BOTOX Cosmetic label's side effects per treated area (section 6.1): crow's feet, forehead lines and neck bands (platysma), with their figures. The guide gives exact figures for frown lines only.");
    let _ = writeln!(out, "- The neck-band (platysma) trials' specific side effects, if the label lists any beyond those above.");
    let _ = writeln!(out, "\n## Warning signs and their levels\n");
    let _ = writeln!(out, "Every place that shows a sign (the summary on every tab, the urgent box, the timeline, a side-effect card) words its advice from its level.\n");
    for s in &c.risks.urgent.signs {
        let level = match s.level {
            botox_guide::content::Level::Emergency => "emergency now",
            botox_guide::content::Level::SameDay => "same day",
        };
        let _ = writeln!(out, "- {}: {level}", s.text);
    }
    let _ = writeln!(out, "\n## What each market changes\n");
    let _ = writeln!(out, "A clinic outside the US also checks its market's texts (`market` option; docs/markets.md): the emergency advice and the reporting route below, as the guide shows them there.\n");
    for &m in botox_guide::ids::Market::ALL.iter().filter(|&&m| m != botox_guide::ids::Market::Us) {
        let view = botox_guide::content::market::apply(c, m);
        let report = view.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some("report-side-effect")).map(|b| b.texts().concat()).unwrap_or_default();
        let _ = writeln!(out, "- **{}** ({m}): {} {}", m.spec().name, view.risks.urgent.emergency, report);
    }
    let _ = writeln!(out, "\n## Sources\n");
    for (i, s) in c.sources.iter().enumerate() {
        let _ = writeln!(out, "{}. {}. {}, {}. <{}>", i + 1, s.title, s.publisher, s.year, s.url);
    }
    out
}

#[test]
fn review_md_lists_every_figure_marked_confirm_and_every_source() {
    let c = Content::from_json(EN_JSON).unwrap();
    let expected = review(&c);
    let marked = c.unconfirmed();
    assert!(marked > 0, "the data marks some figures for confirmation");
    if std::env::var_os("UPDATE_REVIEW").is_some() {
        std::fs::write("REVIEW.md", &expected).unwrap();
    }
    let actual = std::fs::read_to_string("REVIEW.md").unwrap_or_default();
    assert!(actual == expected, "REVIEW.md is out of date: run UPDATE_REVIEW=1 cargo test --test review");
}
