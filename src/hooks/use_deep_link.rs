use gloo::events::EventListener;
use yew::prelude::*;

use crate::deep_link::{hash_with_tab, tab_from_hash};
use crate::ids::Tab;

/// When `enabled`, keep the selected tab and the host URL hash in step: restore the tab
/// from the hash on mount and on back/forward (`hashchange`; a hash without our key means
/// `default_tab`), and write the hash when the selection changes after mount.
#[hook]
pub fn use_deep_link(
    enabled: bool,
    selected: Tab,
    default_tab: Tab,
    sections: Vec<Tab>,
    on_hash_tab: Callback<Tab>,
) {
    use_effect_with(enabled, move |enabled| {
        let mut listener = None;
        if let (true, Some(window)) = (*enabled, web_sys::window()) {
            let read = move |initial: bool| {
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                match tab_from_hash(&hash).filter(|t| sections.contains(t)) {
                    Some(tab) => on_hash_tab.emit(tab),
                    None if !initial => on_hash_tab.emit(default_tab),
                    None => {}
                }
            };
            read(true);
            listener = Some(EventListener::new(&window, "hashchange", move |_| read(false)));
        }
        move || drop(listener)
    });
    let mounted = use_mut_ref(|| false);
    use_effect_with((enabled, selected), move |(enabled, selected)| {
        let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
        if *enabled && !first {
            if let Some(location) = web_sys::window().map(|w| w.location()) {
                let hash = location.hash().unwrap_or_default();
                if tab_from_hash(&hash) != Some(*selected) {
                    let _ = location.set_hash(&hash_with_tab(&hash, *selected));
                }
            }
        }
    });
}
