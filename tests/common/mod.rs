//! Shared by the native test files: render the widget to HTML with Yew's server renderer.

use std::rc::Rc;

use botox_guide::components::{App, AppProps};
use botox_guide::content::Content;
use botox_guide::options::Options;

pub async fn render_options(options: Options) -> String {
    render_with(Content::builtin_en(), options).await
}

/// Render `content` (any locale) with options given as (name, value) pairs.
#[allow(dead_code)]
pub async fn render_content(content: Content, pairs: &[(&str, &str)]) -> String {
    render_with(content, botox_guide::options::parse(pairs.iter().copied()).options).await
}

async fn render_with(content: Content, options: Options) -> String {
    let props = AppProps {
        content: content.into(),
        options: Rc::new(options),
        notice: None,
        on_event: Default::default(),
        mode: Default::default(),
    };
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// Render with options given as (name, value) pairs, as a clinic would write them.
#[allow(dead_code)]
pub async fn render(pairs: &[(&str, &str)]) -> String {
    render_options(botox_guide::options::parse(pairs.iter().copied()).options).await
}
