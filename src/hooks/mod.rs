//! Hooks that touch the browser. Each degrades to nothing during server-side rendering.

pub mod use_clock;
pub mod use_deep_link;
pub mod use_on_change;
pub mod use_saved_plan;
