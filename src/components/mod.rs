//! Yew components, one per file. They stay thin: logic lives in the plain-Rust modules.

pub mod aftercare_timeline;
pub mod app;
pub mod clinic_card;
pub mod icon_array;
pub mod risk_explainer;
pub mod section;
pub mod sources;
pub mod tabs;
pub mod treatment_switch;

pub use app::{App, AppProps, Guide, RenderMode};
pub use crate::events::{CtaKind, GuideEvent};

use crate::ids::Tab;

/// Element ids inside one shadow root (each instance has its own, so they never clash).
pub fn tab_dom_id(tab: Tab) -> String {
    format!("bg-tab-{tab}")
}
pub fn panel_dom_id(tab: Tab) -> String {
    format!("bg-panel-{tab}")
}
pub fn source_dom_id(source: &str) -> String {
    format!("bg-src-{source}")
}
