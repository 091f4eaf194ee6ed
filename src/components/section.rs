//! One topic panel: its heading and content blocks, with citations.

use yew::prelude::*;

use super::aftercare_timeline::AftercareTimeline;
use super::risk_explainer::{RiskExplainer, RiskLink, UrgentSigns};
use super::sources::citations;
use crate::content::{Block, ListStyle, SharedContent, Tone};
use crate::ids::Tab;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub content: SharedContent,
    pub section_id: Tab,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionProps) -> Html {
    let Some(section) = props.content.section(props.section_id) else {
        return Html::default();
    };
    html! {
        <>
            <h3 class="panel-heading">{ &section.heading }</h3>
            { for section.blocks.iter().map(|b| block(b, &props.content)) }
        </>
    }
}

fn block(b: &Block, content: &SharedContent) -> Html {
    let cite = citations(content, b.sources());
    match b {
        Block::Paragraph { text, .. } => html! { <><p>{ text }</p>{ cite }</> },
        Block::List { title, style, items, .. } => {
            let class = classes!("list", format!("list-{}", list_style_name(*style)));
            let items = items.iter().map(|i| html! { <li>{ i }</li> });
            html! {
                <>
                    if let Some(t) = title { <h4>{ t }</h4> }
                    if *style == ListStyle::Steps {
                        <ol class={class}>{ for items }</ol>
                    } else {
                        <ul class={class}>{ for items }</ul>
                    }
                    { cite }
                </>
            }
        }
        Block::RiskExplainer => html! { <RiskExplainer /> },
        Block::AftercareTimeline => html! { <AftercareTimeline /> },
        Block::UrgentSigns => html! { <UrgentSigns /> },
        Block::RiskLink { treatment, text } => html! { <RiskLink treatment={*treatment} text={text.clone()} /> },
        Block::Callout { tone, title, text, .. } => {
            let tone_name = match tone {
                Tone::Note => "note",
                Tone::Caution => "caution",
                Tone::Urgent => "urgent",
            };
            html! {
                <section class={classes!("callout", format!("callout-{tone_name}"))}>
                    <h4>{ title }</h4>
                    <p>{ text }</p>
                    { cite }
                </section>
            }
        }
    }
}

fn list_style_name(s: ListStyle) -> &'static str {
    match s {
        ListStyle::Bullets => "bullets",
        ListStyle::Steps => "steps",
        ListStyle::Questions => "questions",
        ListStyle::RedFlags => "red_flags",
    }
}
