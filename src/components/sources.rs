//! Citations after each block, and the footer with the sources list, the review note and
//! the "education, not medical advice" note.

use yew::prelude::*;

use super::{jump_to, source_dom_id};
use crate::content::{Content, SharedContent, UiText};
use crate::dates::Date;
use crate::format::long_date;
use crate::components::RenderMode;

/// "Sources: [1] [4]" — each number jumps to the entry in the sources list. A plain
/// function, not a component: it has no state, and its parent re-renders it only when the
/// parent itself changes (a component per citation cost wasm bytes and nothing else).
pub fn citations(content: &Content, ids: &[String]) -> Html {
    if ids.is_empty() {
        return Html::default();
    }
    let ui = &content.ui;
    html! {
        <p class="cite">
            { &ui[UiText::SourcePrefix] }{ ": " }
            { for ids.iter().filter_map(|id| {
                let n = content.source_number(id)?;
                let title = content.sources[n - 1].title.clone();
                let target = source_dom_id(id);
                let onclick = {
                    let target = target.clone();
                    Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        jump_to(&e, &target);
                    })
                };
                Some(html! { <>
                    <a href={format!("#{target}")} title={title} aria-label={format!("{} {n}", &ui[UiText::SourcePrefix])} {onclick}>{ format!("[{n}]") }</a>{ " " }
                </> })
            }) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesFooterProps {
    pub content: SharedContent,
    /// The clinic's medical reviewer and review date (options), when given.
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<Date>,
    pub mode: RenderMode,
}

/// "Medically reviewed by ⟨name⟩. Last medically reviewed on ⟨date⟩." or "not reviewed":
/// three parts (`data-review`), each rendered only when it applies; prerendered, all three,
/// those that do not apply `hidden`, with empty values that the loader fills from the
/// clinic's options (the name as text, the date worded by the browser as here).
fn review_line(c: &Content, by: Option<&str>, on: Option<Date>, mode: RenderMode) -> Html {
    let all = mode == RenderMode::AllPanels;
    let template = |key: UiText, slot: &str| {
        let t = &c.ui[key];
        t.split_once(slot).map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_else(|| (t.to_string(), String::new()))
    };
    let (by_before, by_after) = template(UiText::ReviewedBy, "{name}");
    let (on_before, on_after) = template(UiText::ReviewedOn, "{date}");
    let iso = on.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    let worded = on.map(|d| crate::browser::review_date(c.locale, d, &c.dates));
    let none = by.is_none() && on.is_none();
    html! {
        <p class="review">
            if all || none { <span data-review="none" hidden={!none}>{ &c.ui[UiText::NotReviewed] }</span> }
            if all || by.is_some() {
                <span data-review="by" hidden={by.is_none()}>{ by_before }<bdi>{ by.unwrap_or_default() }</bdi>{ by_after }</span>{ " " }
            }
            if all || on.is_some() {
                <span data-review="on" hidden={on.is_none()}>{ on_before }<time datetime={iso}>{ worded }</time>{ on_after }</span>
            }
        </p>
    }
}

/// The governance block. A component (not a plain function) so that a tab switch, which
/// re-renders `App`, skips it: its props do not change.
#[function_component(SourcesFooter)]
pub fn sources_footer(props: &SourcesFooterProps) -> Html {
    let c = &props.content;
    let long = |iso: &str| Date::parse_iso(iso).map(|d| long_date(d, &c.dates)).unwrap_or_else(|| iso.to_string());
    let (checked, next) = (long(&c.last_checked), long(&c.next_review));
    // The clinic's options win over its content file.
    let reviewed_by = props.reviewed_by.clone().or_else(|| c.reviewed_by.clone());
    let reviewed_on = props.reviewed_on.or_else(|| c.reviewed_on.as_deref().and_then(Date::parse_iso));
    let signed = reviewed_by.is_some() || reviewed_on.is_some();
    let all = props.mode == RenderMode::AllPanels;
    html! {
        <footer class="footer" part="sources">
            <p>{ &c.ui[UiText::Disclaimer] }</p>
            <p class="checked">
                // Never more than is true: "checked" only with a clinician's sign-off (the
                // clinic's reviewer); otherwise when it was written, and whether figures still
                // wait for a check. Prerendered, both (`data-review`), for the loader to pick.
                if all || !signed {
                    <span data-review="unsigned" hidden={signed}>
                        { &c.ui[UiText::PreparedOn] }{ " " }<time datetime={c.last_checked.clone()}>{ checked.clone() }</time>{ ". " }
                        if c.unconfirmed() > 0 { { &c.ui[UiText::Unconfirmed] }{ " " } }
                    </span>
                }
                if all || signed {
                    <span data-review="signed" hidden={!signed}>
                        { &c.ui[UiText::LastChecked] }{ " " }<time datetime={c.last_checked.clone()}>{ checked }</time>{ ". " }
                    </span>
                }
                { &c.ui[UiText::NextReview] }{ " " }<time datetime={c.next_review.clone()}>{ next }</time>{ "." }
            </p>
            { review_line(c, reviewed_by.as_deref(), reviewed_on, props.mode) }
            <details>
                <summary>{ format!("{} ({})", &c.ui[UiText::SourcesHeading], c.sources.len()) }</summary>
                <ol>
                    { for c.sources.iter().map(|s| html! {
                        <li id={source_dom_id(&s.id)} tabindex="-1">
                            { &s.title }{ ". " }{ &s.publisher }{ ", " }{ s.year }{ ". " }
                            <a href={s.url.clone()} target="_blank" rel="noopener noreferrer">{ &s.url }</a>
                        </li>
                    }) }
                </ol>
            </details>
        </footer>
    }
}
