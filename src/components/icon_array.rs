//! A 100-icon array: one SVG with two paths (filled discs, empty rings), so it stays cheap
//! to render however many are on screen. The caption is its text alternative.

use yew::prelude::*;

use crate::risk::icon_array_paths;

#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    /// What the array shows, in words, e.g. "With Botox: about 9 in 100 people".
    pub label: AttrValue,
    pub filled: u8,
    /// `botox`, `placebo` or `benefit`: picks the colour token.
    pub kind: &'static str,
}

#[function_component(IconArray)]
pub fn icon_array(props: &IconArrayProps) -> Html {
    let (full, empty) = icon_array_paths(props.filled);
    html! {
        <figure class={classes!("icon-array", props.kind)} part="icon-array">
            <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                <path class="off" d={empty} />
                <path class="on" d={full} />
            </svg>
            <figcaption>{ props.label.clone() }</figcaption>
        </figure>
    }
}
