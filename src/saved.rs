//! What the aftercare timeline keeps on the visitor's device (localStorage), and under
//! which key. Pure; the storage access itself is in `hooks::use_saved_plan`.

use serde::{Deserialize, Serialize};

/// Stored as JSON under [`storage_key`] (serde; read leniently: a missing or unreadable
/// field counts as nothing saved).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The treatment time as a `datetime-local` value, e.g. `2026-11-24T15:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treated_at: Option<String>,
    /// Ids of ticked checklist items, sorted, each once (a plain list: a `BTreeSet` pulled
    /// about 2 KB of brotli-compressed B-tree code into the wasm for a handful of ids).
    #[serde(default)]
    pub ticks: Vec<String>,
}

impl Saved {
    /// Tick (`on`) or untick the item `id`.
    pub fn tick(&mut self, id: &str, on: bool) {
        match (self.ticks.binary_search_by(|t| t.as_str().cmp(id)), on) {
            (Err(at), true) => self.ticks.insert(at, id.to_string()),
            (Ok(at), false) => {
                self.ticks.remove(at);
            }
            _ => {}
        }
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticks.binary_search_by(|t| t.as_str().cmp(id)).is_ok()
    }

    pub fn is_empty(&self) -> bool {
        self.treated_at.is_none() && self.ticks.is_empty()
    }

    /// Read stored JSON; anything unreadable counts as nothing saved. Ticks are put back in
    /// order, each once, whatever the stored list holds.
    pub fn from_json(s: &str) -> Saved {
        // Through the value tree: its reader is in the wasm anyway (content files), and a
        // text reader for this struct alone would add its own copy.
        let read = serde_json::from_str::<serde_json::Value>(s).ok().and_then(|v| Saved::deserialize(&v).ok());
        let Some(read) = read else { return Saved::default() };
        let mut saved = Saved { treated_at: read.treated_at, ticks: Vec::new() };
        for id in read.ticks {
            saved.tick(&id, true);
        }
        saved
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// `botox-guide:v1:<clinic>`: one entry per clinic, so two clinics' widgets on one
/// browser never share a visitor's plan.
pub fn storage_key(clinic_name: Option<&str>) -> String {
    let name = clinic_name.unwrap_or("");
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if !name.is_ascii() {
        // Keep names in other scripts apart without Unicode tables in the bundle (FNV-1a).
        let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&format!("{hash:08x}"));
    }
    format!("botox-guide:v1:{}", if slug.is_empty() { "default" } else { &slug })
}
