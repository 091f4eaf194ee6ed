//! One topic panel: its heading, its short version, its content blocks and its full detail,
//! with citations.

use yew::prelude::*;

use super::aftercare_timeline::AftercareTimeline;
use super::risk_explainer::{RiskExplainer, RiskLink, UrgentSigns};
use super::risk_summary::{BenefitFigures, CommonEffects};
use super::sources::citations;
use crate::content::{Block, ListStyle, SharedContent, Tone, UiText};
use crate::ids::Tab;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub content: SharedContent,
    pub section_id: Tab,
    /// Whether the tab's full detail is open.
    #[prop_or_default]
    pub detail_open: bool,
}

/// The panel: its heading, the short version in a box, what always follows it, and the full
/// detail of a long tab behind a heading that opens it (an APG accordion header: heading
/// navigation finds it, and it says what is inside; printed, it is open).
#[function_component(SectionView)]
pub fn section_view(props: &SectionProps) -> Html {
    let guide = use_context::<super::Guide>();
    let Some(section) = props.content.section(props.section_id) else {
        return Html::default();
    };
    let content = &props.content;
    let detail = section.detail.as_ref().map(|d| {
        let (tab, open) = (props.section_id, props.detail_open);
        let id = detail_dom_id(tab);
        let onclick = guide.as_ref().map(|g| g.dispatch.clone()).map(|dispatch| Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Expand(tab, !open))));
        html! {
            <>
                <h4 class="detail-heading">
                    <button type="button" class={crate::markup::DISCLOSURE} part="disclosure" aria-expanded={if open { "true" } else { "false" }} aria-controls={id.clone()} {onclick}>{ &d.title }</button>
                </h4>
                <div class="detail" id={id} hidden={!open}>
                    { for d.blocks.iter().map(|b| block(b, content)) }
                </div>
            </>
        }
    });
    html! {
        <>
            <h3 class="panel-heading">{ &section.heading }</h3>
            <div class="summary" part="summary">
                <h4 class="summary-title">{ &content.ui[UiText::SummaryTitle] }</h4>
                { for section.summary.iter().map(|b| block(b, content)) }
            </div>
            { for section.blocks.iter().map(|b| block(b, content)) }
            { for detail }
        </>
    }
}

/// The element id of a tab's full detail.
pub fn detail_dom_id(tab: Tab) -> String {
    format!("bg-detail-{tab}")
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
        Block::RiskLink { treatment, text } => {
            html! { <RiskLink treatment={*treatment} text={text.clone()} /> }
        }
        Block::CommonEffects => html! { <CommonEffects /> },
        Block::BenefitFigures { treatment } => html! { <BenefitFigures treatment={*treatment} /> },
        Block::Callout { tone, title, text, .. } => {
            let tone_name = match tone {
                Tone::Note => "note",
                Tone::Caution => "caution",
                Tone::Urgent => "urgent",
            };
            html! {
                <section class={classes!("callout", format!("callout-{tone_name}"))} part="callout">
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
