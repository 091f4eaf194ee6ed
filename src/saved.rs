//! What the aftercare timeline keeps on the visitor's device: one record per key (one key
//! per clinic), changed by merging, never by writing a widget's own copy over it. Pure; the
//! storage itself is in [`crate::plan_store`].
//!
//! Every change is applied to the record as stored *now* (read again just before the
//! write), so two widgets of one clinic (on one page, or in two tabs) never erase each
//! other's date or ticks. The record is kept as a JSON object: fields this version does not
//! know (a later version's `notes`, say) stay as they are. A record this version cannot
//! change safely (not an object, or a field in a shape it does not know) is left untouched:
//! the visitor's changes then last for the visit ([`Refused`]).

use serde_json::{Map, Value};

use crate::dates::{Date, LocalDateTime, Zone};

/// The record version this code writes. Records without a version are version 0 (written
/// before versions were stored; same fields); [`migrate`] brings them up.
pub const VERSION: u64 = 1;

/// The most a stored record may hold for this version to read it (a record is a date and a
/// few ids; anything far larger is not ours to parse on every change).
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// What this version reads of a record: the treatment time as stored and the ticked items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    /// The treatment time as stored: a `datetime-local` value (`2026-11-24T15:00`), or a time
    /// with a UTC offset (`2026-11-24T15:00:00+01:00`) written by another tool.
    pub treated_at: Option<String>,
    /// Ids of ticked checklist items, sorted, each once.
    pub ticks: Vec<String>,
}

impl Saved {
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticks.binary_search_by(|t| t.as_str().cmp(id)).is_ok()
    }
}

/// A change the visitor makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The treatment time (a `datetime-local` value), or none.
    TreatedAt(Option<String>),
    /// A checklist item ticked (`true`) or unticked.
    Tick(String, bool),
    /// Remove the record from the device.
    Forget,
}

/// A record as found under a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// Nothing saved.
    Empty,
    /// A JSON object: ours, an older version's, or a later version's.
    Record(Map<String, Value>),
    /// Something this version cannot read (not JSON, not an object, or too large). Kept.
    Unreadable,
}

/// Why a change was not written to the record (the visitor's change then lasts for the visit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The record is not one this version can read.
    Unreadable,
    /// The record holds this field in a shape this version does not know (a later version's).
    Field(&'static str),
}

const TREATED_AT: &str = "treated_at";
const TICKS: &str = "ticks";
const VERSION_FIELD: &str = "version";

impl Stored {
    /// Read a stored text (`None`: nothing under the key).
    pub fn read(text: Option<&str>) -> Stored {
        let Some(text) = text else { return Stored::Empty };
        if text.len() > MAX_RECORD_BYTES {
            return Stored::Unreadable;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => Stored::Record(migrate(map)),
            _ => Stored::Unreadable,
        }
    }

    /// A fresh record holding what `saved` shows (the visit's own copy, when the device's
    /// record may not be changed).
    pub fn seeded(saved: &Saved) -> Stored {
        let mut map = Map::new();
        map.insert(VERSION_FIELD.into(), Value::from(VERSION));
        if let Some(at) = &saved.treated_at {
            map.insert(TREATED_AT.into(), Value::String(at.clone()));
        }
        if !saved.ticks.is_empty() {
            map.insert(TICKS.into(), Value::Array(saved.ticks.iter().cloned().map(Value::String).collect()));
        }
        Stored::Record(map)
    }

    /// What this version reads of it, field by field: a field in a shape it does not know
    /// counts as not set, and the others are still read.
    pub fn view(&self) -> Saved {
        let Stored::Record(map) = self else { return Saved::default() };
        let treated_at = map.get(TREATED_AT).and_then(Value::as_str).map(str::to_string);
        let mut ticks: Vec<String> = string_list(map.get(TICKS)).unwrap_or_default();
        ticks.sort();
        ticks.dedup();
        Saved { treated_at, ticks }
    }

    /// Apply `change` to this record, keeping every field it does not touch. Returns the
    /// record to store (`None`: remove the key), or why it may not be changed.
    pub fn apply(&self, change: &Change) -> Result<Option<Value>, Refused> {
        let mut map = match self {
            Stored::Empty => Map::new(),
            Stored::Record(map) => map.clone(),
            Stored::Unreadable if *change == Change::Forget => return Ok(None),
            Stored::Unreadable => return Err(Refused::Unreadable),
        };
        match change {
            Change::Forget => return Ok(None),
            Change::TreatedAt(value) => {
                if map.get(TREATED_AT).is_some_and(|v| !v.is_string()) {
                    return Err(Refused::Field(TREATED_AT));
                }
                match value {
                    Some(v) => map.insert(TREATED_AT.into(), Value::String(v.clone())),
                    None => map.remove(TREATED_AT),
                };
            }
            Change::Tick(id, on) => {
                let mut ticks = match map.get(TICKS) {
                    None => Vec::new(),
                    Some(v) => string_list(Some(v)).ok_or(Refused::Field(TICKS))?,
                };
                ticks.sort();
                ticks.dedup();
                match (ticks.binary_search(id), on) {
                    (Err(at), true) => ticks.insert(at, id.clone()),
                    (Ok(at), false) => {
                        ticks.remove(at);
                    }
                    _ => {}
                }
                if ticks.is_empty() {
                    map.remove(TICKS);
                } else {
                    map.insert(TICKS.into(), Value::Array(ticks.into_iter().map(Value::String).collect()));
                }
            }
        }
        // Nothing left but the version: nothing to keep.
        if map.keys().all(|k| k == VERSION_FIELD) {
            return Ok(None);
        }
        Ok(Some(Value::Object(map)))
    }
}

/// Bring an older record up to [`VERSION`]. Each step is explicit; a later version's record
/// is left as it is (its version too), so its own code still reads it.
pub fn migrate(mut map: Map<String, Value>) -> Map<String, Value> {
    let version = map.get(VERSION_FIELD).and_then(Value::as_u64).unwrap_or(0);
    if version == 0 {
        // 0 → 1: the same fields; the version is now stored.
        map.insert(VERSION_FIELD.into(), Value::from(1u64));
    }
    map
}

/// A list of texts, or `None` if the value is anything else.
fn string_list(v: Option<&Value>) -> Option<Vec<String>> {
    v?.as_array()?.iter().map(|t| t.as_str().map(str::to_string)).collect()
}

/// The treatment time a stored value stands for, on the visitor's wall clock: a
/// `datetime-local` value as it is, or a time with a UTC offset (`Z`, `+01:00`) moved into
/// the visitor's zone.
pub fn treated_time(stored: &str, zone: &dyn Zone) -> Option<LocalDateTime> {
    let s = stored.trim();
    let Some((wall, offset)) = split_offset(s) else { return LocalDateTime::parse(s) };
    let wall = LocalDateTime::parse(wall)?;
    Some(zone.local(wall.naive_minutes() - offset))
}

/// `2026-11-24T15:00:00+01:00` → (`2026-11-24T15:00:00`, 60); `…Z` → (…, 0).
fn split_offset(s: &str) -> Option<(&str, i64)> {
    if let Some(wall) = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
        return Some((wall, 0));
    }
    let (_, time) = s.split_once('T')?;
    let at = time.rfind(['+', '-'])?;
    let (wall, offset) = s.split_at(s.len() - (time.len() - at));
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let (h, m) = offset[1..].split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some((wall, sign * (h * 60 + m)))
}

/// The `datetime-local` value for a wall-clock time (`2026-11-24T15:00`).
pub fn input_value(t: LocalDateTime) -> String {
    let Date { year, month, day } = t.date;
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}", t.hour(), t.minute % 60)
}

/// `botox-guide:v1:<clinic>`: one entry per clinic, so two clinics' widgets on one
/// browser never share a visitor's plan.
pub fn storage_key(clinic_name: Option<&str>) -> String {
    format!("{KEY_PREFIX}{}", clinic_tag(clinic_name))
}

/// What every key starts with.
pub const KEY_PREFIX: &str = "botox-guide:v1:";

/// The tab a visitor who saved a plan on this site (any key with [`KEY_PREFIX`]) comes back
/// to, when the page chose no `tab` and shows it. The loader applies it (its data carries
/// both), once per widget.
pub const RETURNING_TAB: crate::ids::Tab = crate::ids::Tab::Aftercare;

/// A short, stable name for a clinic, made of a-z, 0-9 and `-` (the storage key's last part,
/// and the calendar events' id suffix).
pub fn clinic_tag(clinic_name: Option<&str>) -> String {
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
    if slug.is_empty() {
        "default".to_string()
    } else {
        slug
    }
}
