use gloo::timers::callback::Interval;
use yew::prelude::*;

/// The current time in minutes (UTC), refreshed every 30 seconds; `None` during
/// server-side rendering.
#[hook]
pub fn use_clock() -> Option<i64> {
    let now = use_state(|| None);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            now.set(Some(crate::browser::now_minutes()));
            let tick = {
                let now = now.clone();
                Interval::new(30_000, move || now.set(Some(crate::browser::now_minutes())))
            };
            move || drop(tick)
        });
    }
    *now
}
