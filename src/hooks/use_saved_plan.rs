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

#[derive(Clone, PartialEq)]
pub struct SavedPlan {
    pub saved: Saved,
    pub storage: StorageState,
    /// Replace what is saved (kept in memory even when storage fails).
    pub set: Callback<Saved>,
    /// Remove it from the device.
    pub forget: Callback<()>,
}

/// The visitor's treatment time and ticks, kept in localStorage under `key`.
#[hook]
pub fn use_saved_plan(key: String) -> SavedPlan {
    let saved = use_state(Saved::default);
    let storage = use_state(|| StorageState::Unknown);
    {
        let (saved, storage) = (saved.clone(), storage.clone());
        use_effect_with(key.clone(), move |key| {
            match storage_get(key) {
                Ok(value) => {
                    saved.set(value.map(|v| Saved::from_json(&v)).unwrap_or_default());
                    storage.set(StorageState::Available);
                }
                Err(_) => storage.set(StorageState::Blocked),
            }
        });
    }
    let write = {
        let (saved, storage, key) = (saved.clone(), storage.clone(), key.clone());
        move |next: Saved| {
            let ok = storage_set(&key, (!next.is_empty()).then_some(&next)).is_ok();
            storage.set(if ok { StorageState::Available } else { StorageState::Blocked });
            saved.set(next);
        }
    };
    let set = Callback::from(write.clone());
    let forget = Callback::from(move |()| write(Saved::default()));
    SavedPlan { saved: (*saved).clone(), storage: *storage, set, forget }
}
