use yew::prelude::*;

use crate::options::PlanTime;
use crate::plan_link::{prefill, Prefill};
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
/// widget showing the same key. `from_page`: a treatment time that came with the page
/// (`treatment-date`, a plan link), saved when the plan is first read if it holds no time
/// (`crate::plan_link::prefill`: a saved time is never replaced).
#[hook]
pub fn use_saved_plan(key: String, from_page: Option<PlanTime>) -> SavedPlan {
    let plan = use_state(|| (Saved::default(), Place::Unknown));
    {
        let plan = plan.clone();
        use_effect_with(key.clone(), move |key| {
            let read = plan_store::load(key);
            plan.set(match prefill(from_page, read.0.treated_at.as_deref()) {
                Prefill::Fill(value) => plan_store::change(key, &Change::TreatedAt(Some(value))),
                _ => read,
            });
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
