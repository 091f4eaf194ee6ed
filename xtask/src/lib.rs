//! botox-guide's build code, kept out of the widget crate: the build steps after Trunk
//! ([`steps`]), what they generate from the Rust tables ([`generate`]), the stylesheet
//! authored with stylist ([`styles`]), the content's JSON Schema ([`schema`]), the README's
//! generated parts ([`docs`]), and the reading-level scores the content tests use
//! ([`readability`]).

pub mod docs;
pub mod generate;
pub mod readability;
pub mod schema;
pub mod steps;
pub mod styles;
