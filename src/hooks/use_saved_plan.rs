use yew::prelude::*;

use crate::browser::{storage_get, storage_set};
use crate::saved::Saved;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageState {
    /// Not read yet (server render, or before the first effect).
    Unknown,
    Available,
    /// Blocked, throwing or full: the plan lasts for this visit only.
    Blocked,
}

/// A change the visitor makes to what is saved.
pub enum Change {
    /// The treatment time (a `datetime-local` value), or none.
    TreatedAt(Option<String>),
    /// A checklist item ticked (`true`) or unticked.
    Tick(String, bool),
    /// Remove everything from the device.
    Forget,
}

#[derive(Clone, PartialEq)]
pub struct SavedPlan {
    pub saved: Saved,
    pub storage: StorageState,
    /// Apply a change (kept in memory even when storage fails). Each change starts from the
    /// latest state, not the one rendered, so changes made between two renders (a visitor's
    /// shell input carried over at once) all hold.
    pub change: Callback<Change>,
}

/// The visitor's treatment time and ticks, kept in localStorage under `key`.
#[hook]
pub fn use_saved_plan(key: String) -> SavedPlan {
    let saved = use_state(Saved::default);
    let latest = use_mut_ref(Saved::default);
    let storage = use_state(|| StorageState::Unknown);
    {
        let (saved, latest, storage) = (saved.clone(), latest.clone(), storage.clone());
        use_effect_with(key.clone(), move |key| {
            match storage_get(key) {
                Ok(value) => {
                    let read = value.map(|v| Saved::from_json(&v)).unwrap_or_default();
                    *latest.borrow_mut() = read.clone();
                    saved.set(read);
                    storage.set(StorageState::Available);
                }
                Err(_) => storage.set(StorageState::Blocked),
            }
        });
    }
    let change = {
        let (saved, storage) = (saved.clone(), storage.clone());
        Callback::from(move |change: Change| {
            let mut next = latest.borrow().clone();
            match change {
                Change::TreatedAt(at) => next.treated_at = at,
                Change::Tick(id, on) => next.tick(&id, on),
                Change::Forget => next = Saved::default(),
            }
            let ok = storage_set(&key, (!next.is_empty()).then_some(&next)).is_ok();
            storage.set(if ok { StorageState::Available } else { StorageState::Blocked });
            *latest.borrow_mut() = next.clone();
            saved.set(next);
        })
    };
    SavedPlan { saved: (*saved).clone(), storage: *storage, change }
}
