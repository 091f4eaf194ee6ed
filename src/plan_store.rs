//! Where the saved plan lives: the device (localStorage) or, when the device cannot take a
//! change, this visit (the page's memory, shared by every widget on the page). Each change
//! reads the record again and merges into it ([`crate::saved::Stored::apply`]); every widget
//! watching the key hears of it (widgets on this page at once, other tabs through the
//! browser's `storage` event). Nothing here throws into the host page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::browser::{json_text, storage_get, storage_set};
use crate::saved::{Change, Refused, Saved, Stored};

/// Where a plan is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Not read yet (server render, or before the first effect).
    Unknown,
    /// On the device: it will be there on the next visit.
    Device,
    /// Storage is blocked, full or throwing: the plan lasts for this visit.
    Blocked,
    /// The device holds a record this version may not change (another version's): it is
    /// kept as it is, and the visitor's changes last for this visit.
    KeptAsIs,
}

thread_local! {
    /// The visit's copies: key → (record text, why it is not on the device). Bounded by the
    /// number of clinics on the page; each record is a date and a few ids.
    static VISIT: RefCell<Vec<(String, String, Place)>> = const { RefCell::new(Vec::new()) };
    /// Widgets watching a key: (watch id, key, re-read).
    static WATCHERS: RefCell<Vec<(u32, String, Rc<dyn Fn()>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_WATCH: Cell<u32> = const { Cell::new(0) };
}

fn visit_copy(key: &str) -> Option<(String, Place)> {
    VISIT.with(|v| v.borrow().iter().find(|(k, _, _)| k == key).map(|(_, text, place)| (text.clone(), *place)))
}

fn set_visit_copy(key: &str, text: Option<String>, place: Place) {
    VISIT.with(|v| {
        let mut v = v.borrow_mut();
        v.retain(|(k, _, _)| k != key);
        if let Some(text) = text {
            v.push((key.to_string(), text, place));
        }
    });
}

/// The plan under `key`, and where it is kept.
pub fn load(key: &str) -> (Saved, Place) {
    if let Some((text, place)) = visit_copy(key) {
        return (Stored::read(Some(&text)).view(), place);
    }
    match storage_get(key) {
        Ok(text) => {
            let stored = Stored::read(text.as_deref());
            let place = if stored == Stored::Unreadable { Place::KeptAsIs } else { Place::Device };
            (stored.view(), place)
        }
        Err(_) => (Saved::default(), Place::Blocked),
    }
}

/// Apply a visitor's change to the plan under `key` as it is stored now, keep it where it
/// can be kept, tell every widget watching the key, and return the plan and its place.
pub fn change(key: &str, change: &Change) -> (Saved, Place) {
    let place = apply(key, change);
    notify(key);
    (load(key).0, place)
}

fn apply(key: &str, change: &Change) -> Place {
    if *change == Change::Forget {
        set_visit_copy(key, None, Place::Device);
        return match storage_set(key, None) {
            Ok(()) => Place::Device,
            Err(_) => Place::Blocked,
        };
    }
    // Already kept for this visit: changes stay there.
    if let Some((text, place)) = visit_copy(key) {
        keep_for_visit(key, &Stored::read(Some(&text)), change, place);
        return place;
    }
    let stored = match storage_get(key) {
        Ok(text) => Stored::read(text.as_deref()),
        Err(_) => return keep_for_visit(key, &Stored::Empty, change, Place::Blocked),
    };
    match stored.apply(change) {
        Ok(record) => match storage_set(key, record.as_ref()) {
            Ok(()) => Place::Device,
            // Full or refusing: the same record, kept for the visit.
            Err(_) => keep_for_visit(key, &stored, change, Place::Blocked),
        },
        Err(Refused::Unreadable | Refused::Field(_)) => keep_for_visit(key, &Stored::seeded(&stored.view()), change, Place::KeptAsIs),
    }
}

/// Apply `change` to `base` and keep the result in the visit's memory.
fn keep_for_visit(key: &str, base: &Stored, change: &Change, place: Place) -> Place {
    let base = match base {
        Stored::Record(_) | Stored::Empty => base.clone(),
        Stored::Unreadable => Stored::seeded(&Saved::default()),
    };
    // A seeded or empty record always takes a change; with nothing left it stays an empty
    // record, so this visit does not fall back to the device's copy.
    let text = base.apply(change).ok().flatten().map_or_else(|| "{}".to_string(), |r| json_text(&r));
    set_visit_copy(key, Some(text), place);
    place
}

fn notify(key: &str) {
    // Collected first: a watcher may add or drop watchers while it runs.
    let hear: Vec<Rc<dyn Fn()>> = WATCHERS.with(|w| w.borrow().iter().filter(|(_, k, _)| k == key).map(|(_, _, f)| f.clone()).collect());
    for f in hear {
        f();
    }
}

/// While held, `on_change` runs whenever the plan under `key` changes: by a widget on this
/// page, or in another tab (the `storage` event). Dropping it stops both.
pub struct Watch {
    id: u32,
    _other_tabs: Option<gloo::events::EventListener>,
}

pub fn watch(key: &str, on_change: impl Fn() + 'static) -> Watch {
    let id = NEXT_WATCH.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let on_change: Rc<dyn Fn()> = Rc::new(on_change);
    WATCHERS.with(|w| w.borrow_mut().push((id, key.to_string(), on_change.clone())));
    let other_tabs = web_sys::window().map(|window| {
        let key = key.to_string();
        gloo::events::EventListener::new(&window, "storage", move |e| {
            let changed = js_sys::Reflect::get(e, &"key".into()).ok().and_then(|k| k.as_string());
            // A cleared store (`key` null) concerns every key.
            if changed.as_deref().is_none_or(|k| k == key) {
                on_change();
            }
        })
    });
    Watch { id, _other_tabs: other_tabs }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.id;
        WATCHERS.with(|w| w.borrow_mut().retain(|(i, _, _)| *i != id));
    }
}

/// How many widgets are watching (for the reliability tests: it must fall back after unmounts).
pub fn watchers() -> usize {
    WATCHERS.with(|w| w.borrow().len())
}
