//! Side effects for the chosen treatment as natural frequencies with icon arrays, placebo
//! beside them, grouped by what to do; the migraine benefits on the same scale; and the
//! urgent signs, which stand apart.

use yew::prelude::*;

use super::icon_array::IconArray;
use super::sources::citations;
use super::Guide;
use crate::content::{BenefitUnit, Effect, Figure, Group, Level, Rate, RiskText, UiText};
use crate::ids::{Tab, Treatment};
use crate::risk::{filled_icons, format_number, phrase};
use crate::state::{Action, Landing};

#[function_component(RiskExplainer)]
pub fn risk_explainer() -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    html! {
        // The treatment switch is at the top of the tab, in its summary (risk_summary.rs).
        <section class="risk-explainer">
            { for guide.treatment_variants().into_iter().map(|(t, shown)| figures(t, shown, &guide)) }
        </section>
    }
}

/// One treatment's figures (`data-treatment`: the loader shows the prerendered one picked).
fn figures(treatment: Treatment, shown: bool, guide: &Guide) -> Html {
    let content = &guide.content;
    let risks = &content.risks;
    let Some(t) = content.risk_treatment(treatment) else {
        return Html::default();
    };
    html! {
        <div class="variant" data-treatment={treatment.as_str()} hidden={!shown}>
            // Where "Go to Benefits and risks: the side effects of …" lands (`Landing::Figures`).
            <h4 id={Landing::Figures(treatment).target_id()} tabindex="-1">{ &risks.labels[RiskText::Heading] }{ ": " }{ &t.label }</h4>
            <p>{ &risks.labels[RiskText::Intro] }</p>
            <p class="note">{ &t.note }</p>
            { citations(content, std::slice::from_ref(&t.source)) }
            if !t.benefits.is_empty() {
                <ul class="risk-list benefits">{ for t.benefits.iter().map(|b| figure(b, "benefit", guide)) }</ul>
            }
            { for [(Group::Expected, "group-expected", &risks.labels[RiskText::GroupExpected]), (Group::Call, "group-call", &risks.labels[RiskText::GroupCall])].into_iter().map(|(group, class, title)| html! {
                <>
                    <h5 class={classes!("group", class)}>{ title }</h5>
                    <ul class="risk-list">
                        { for t.effects.iter().filter(|e| e.group == group).map(|e| effect(e, guide)) }
                    </ul>
                </>
            }) }
            if !t.harms.is_empty() {
                <h5 class="group group-harms">{ &risks.labels[RiskText::Harms] }</h5>
                <ul class="risk-list harms">{ for t.harms.iter().map(|h| figure(h, "botox", guide)) }</ul>
            }
        </div>
    }
}

fn arrays(rate: Rate, placebo: Option<Rate>, kind: &'static str, guide: &Guide) -> Html {
    let ui = &guide.content.ui;
    html! {
        <div class="arrays">
            <IconArray kind={kind} filled={filled_icons(rate)} label={format!("{}: {}", &ui[UiText::WithBotox], phrase(rate, ui))} />
            if let Some(p) = placebo {
                <IconArray kind="placebo" filled={filled_icons(p)} label={format!("{}: {}", &ui[UiText::WithPlacebo], phrase(p, ui))} />
            }
        </div>
    }
}

fn effect(e: &Effect, guide: &Guide) -> Html {
    let labels = &guide.content.risks.labels;
    html! {
        <li class="risk-card" part="risk-card" data-effect={e.id.clone()}>
            <h6>
                { &e.name }
                if let Some(term) = &e.term { <span class="term">{ format!(" ({term})") }</span> }
            </h6>
            if let Some(rate) = e.rate {
                { arrays(rate, e.placebo, "botox", guide) }
            } else {
                <p class="no-rate">{ e.no_rate.clone().unwrap_or_else(|| guide.content.ui[UiText::NoRate].to_string()) }</p>
            }
            <dl class="facts">
                <dt>{ &labels[RiskText::Feels] }</dt><dd>{ &e.feels }</dd>
                <dt>{ &labels[RiskText::Lasts] }</dt><dd>{ &e.lasts }</dd>
                <dt>{ &labels[RiskText::Action] }</dt>
                <dd>
                    // A card that is a warning sign starts with that sign's advice (its level).
                    if let Some(sign) = e.sign.as_deref().and_then(|id| guide.content.risks.urgent.sign(id)) {
                        <strong>{ guide.content.risks.urgent.advice(sign.level) }</strong>{ " " }
                    }
                    { &e.action }
                </dd>
            </dl>
            { citations(&guide.content, std::slice::from_ref(&e.source)) }
        </li>
    }
}

/// A trial figure beside placebo: a benefit (drawn as one) or a harm.
fn figure(b: &Figure, kind: &'static str, guide: &Guide) -> Html {
    let ui = &guide.content.ui;
    let body = match b.unit {
        BenefitUnit::Per100 => arrays(Rate::Per100(b.botox), Some(Rate::Per100(b.placebo)), kind, guide),
        BenefitUnit::Days => {
            let days = |n: f32| guide.content.risks.labels[RiskText::Days].replace("{n}", &format_number(n.round()));
            html! {
                <p class="days">
                    <strong>{ format!("{}: ", &ui[UiText::WithBotox]) }</strong>{ days(b.botox) }<br />
                    <strong>{ format!("{}: ", &ui[UiText::WithPlacebo]) }</strong>{ days(b.placebo) }
                </p>
            }
        }
    };
    html! {
        <li class={classes!("risk-card", kind)} part="risk-card" data-figure={b.id.clone()}>
            <h5>{ &b.text }</h5>
            { body }
            { citations(&guide.content, std::slice::from_ref(&b.source)) }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct UrgentSignsProps {
    /// An element id, for a link to this box.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// The warning signs, in two groups by level (emergency now; same day), each with what to
/// do: on the risks tab, in the aftercare timeline and behind the safety summary.
#[function_component(UrgentSigns)]
pub fn urgent_signs(props: &UrgentSignsProps) -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    html! {
        <section class="urgent" part="urgent" id={props.id.clone()} tabindex={props.id.as_ref().map(|_| "-1")}>
            { urgent_body(&guide.content) }
        </section>
    }
}

/// The urgent box's contents, from the content's signs and their levels.
pub fn urgent_body(content: &crate::content::Content) -> Html {
    let urgent = &content.risks.urgent;
    html! {
        <>
            <h4>{ &urgent.title }</h4>
            <p>{ &urgent.intro }</p>
            { for [(Level::Emergency, "level-emergency"), (Level::SameDay, "level-same-day")].into_iter().map(|(level, class)| html! {
                <div class={classes!("level", class)} data-level={class}>
                    <p class="advice"><strong>{ urgent.advice(level) }</strong></p>
                    <ul>{ for urgent.signs.iter().filter(|s| s.level == level).map(|s| html! { <li data-sign={s.id.clone()}>{ &s.text }</li> }) }</ul>
                </div>
            }) }
            <p class="note">{ &urgent.note }</p>
            { citations(content, std::slice::from_ref(&urgent.source)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct RiskLinkProps {
    pub treatment: Treatment,
    pub text: AttrValue,
}

/// Opens the risks tab on the given treatment's figures, its detail open, and moves the focus
/// to their heading (the button's text names the tab and what it lands on).
#[function_component(RiskLink)]
pub fn risk_link(props: &RiskLinkProps) -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    // Only with the risks tab shown (prerendered, always: the loader hides it with the tab).
    let shown = guide.options.sections.contains(&Tab::Risks);
    if !shown && guide.mode == crate::components::RenderMode::Live {
        return Html::default();
    }
    let treatment = props.treatment;
    let onclick = {
        let dispatch = guide.dispatch.clone();
        let select_tab = guide.select_tab.clone();
        Callback::from(move |_: MouseEvent| {
            // The risks tab, its detail open, on this treatment's figures, which get the focus.
            dispatch.dispatch(Action::Open(Landing::Figures(treatment)));
            select_tab.emit(Tab::Risks);
        })
    };
    html! {
        <p data-needs-tab={Tab::Risks.as_str()} hidden={!shown}><button type="button" class="button" part="button button-secondary" {onclick}>{ props.text.clone() }</button></p>
    }
}
