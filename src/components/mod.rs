//! Yew components, one per file. They stay thin: logic lives in the plain-Rust modules.

pub mod aftercare_timeline;
pub mod app;
pub mod clinic_card;
pub mod icon_array;
pub mod risk_explainer;
pub mod risk_summary;
pub mod safety_info;
pub mod section;
pub mod sources;
pub mod tabs;
pub mod treatment_switch;

pub use app::{App, AppProps, Guide, RenderMode};
pub use crate::events::{CtaKind, GuideEvent};

use wasm_bindgen::JsCast;
use yew::MouseEvent;

use crate::ids::Tab;

/// Element ids inside one shadow root (each instance has its own, so they never clash).
pub fn tab_dom_id(tab: Tab) -> String {
    format!("{}{tab}", crate::markup::TAB_PREFIX)
}
pub fn panel_dom_id(tab: Tab) -> String {
    format!("{}{tab}", crate::markup::PANEL_PREFIX)
}
pub fn source_dom_id(source: &str) -> String {
    format!("bg-src-{source}")
}

/// The aftercare tab's urgent-signs box, which the line at the top of the timeline links to.
pub const URGENT_AFTERCARE_ID: &str = "bg-urgent-aftercare";

/// Move focus to an element of the widget (opening the `<details>` it is in): hash links
/// cannot reach into a shadow root, so this finds it through the link's own root node.
pub(crate) fn jump_to(e: &MouseEvent, id: &str) {
    if let Some(link) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        focus_by_id(&link, id);
    }
}

/// Scroll to and focus the element with `id` in the same root (shadow root or document) as
/// `from`; false when there is none.
pub(crate) fn focus_by_id(from: &web_sys::Element, id: &str) -> bool {
    let root = from.get_root_node();
    let found = match root.dyn_into::<web_sys::DocumentFragment>() {
        Ok(fragment) => fragment.get_element_by_id(id),
        Err(node) => node.dyn_into::<web_sys::Document>().ok().and_then(|d| d.get_element_by_id(id)),
    };
    let Some(el) = found else { return false };
    if let Some(details) = el.closest("details").ok().flatten() {
        let _ = details.set_attribute("open", "");
    }
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    true
}

