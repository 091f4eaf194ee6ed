//! botox-guide: an embeddable patient-education widget about Botox.
//!
//! Plain-Rust modules, no DOM, tested natively: [`options`], [`content`], [`dates`],
//! [`state`], [`theme`]. Yew components: [`components`]. The wasm entry points
//! (mount / update / unmount) are in `embed` (wasm32 only).

pub mod browser;
pub mod components;
pub mod content;
pub mod dates;
pub mod deep_link;
pub mod hooks;
pub mod ics;
pub mod json;
pub mod readability;
pub mod options;
pub mod risk;
pub mod saved;
pub mod state;
pub mod theme;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod embed;
