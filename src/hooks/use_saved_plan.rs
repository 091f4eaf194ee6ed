use yew::prelude::*;

use crate::plan_store::{self, Place};
use crate::saved::{Change, Saved};

#[derive(Clone, PartialEq)]
pub struct SavedPlan {
    pub saved: Saved,
    pub place: Place,
    /// Apply a change: merged into the record as stored now, so changes from other widgets
    /// of the same clinic (this page or another tab) are kept too.
    pub change: Callback<Change>,
}

/// The visitor's treatment time and ticks under `key`, kept up to date with every other
/// widget showing the same key.
#[hook]
pub fn use_saved_plan(key: String) -> SavedPlan {
    let plan = use_state(|| (Saved::default(), Place::Unknown));
    {
        let plan = plan.clone();
        use_effect_with(key.clone(), move |key| {
            plan.set(plan_store::load(key));
            let watch = {
                let (plan, key) = (plan.clone(), key.clone());
                plan_store::watch(&key.clone(), move || plan.set(plan_store::load(&key)))
            };
            move || drop(watch)
        });
    }
    let change = {
        let plan = plan.clone();
        use_callback(key, move |change: Change, key| plan.set(plan_store::change(key, &change)))
    };
    let (saved, place) = (*plan).clone();
    SavedPlan { saved, place, change }
}
