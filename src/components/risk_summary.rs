//! The short version of the numbers, for a tab's summary: the most common side effects of
//! the treatment shown (with the treatment switch, for `treatment="both"`), and how likely a
//! treatment is to help, each beside placebo. The full explainer is in the tab's detail.

use yew::prelude::*;

use super::treatment_switch::TreatmentSwitch;
use super::Guide;
use crate::content::{BenefitUnit, Effect, Figure, Rate, RiskText, UiText};
use crate::ids::Treatment;
use crate::risk::{format_number, most_common, phrase};

/// How many side effects the summary names.
pub const COMMON_SHOWN: usize = 3;

#[function_component(CommonEffects)]
pub fn common_effects() -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    let labels = &guide.content.risks.labels;
    html! {
        <div class="common-effects">
            <TreatmentSwitch name="bg-treatment-summary" legend={labels[RiskText::SwitchLabel].to_string()} />
            { for guide.treatment_variants().into_iter().map(|(t, shown)| variant(t, shown, &guide)) }
        </div>
    }
}

fn variant(treatment: Treatment, shown: bool, guide: &Guide) -> Html {
    let Some(t) = guide.content.risk_treatment(treatment) else {
        return Html::default();
    };
    let title = guide.content.risks.labels[RiskText::Common].replace("{treatment}", &t.label);
    html! {
        <div class="variant" data-treatment={treatment.as_str()} hidden={!shown}>
            <h5>{ title }</h5>
            <ul class="summary-figures">{ for most_common(&t.effects, COMMON_SHOWN).into_iter().map(|e| effect_line(e, guide)) }</ul>
        </div>
    }
}

/// "Neck pain: about 9 in 100 people (with placebo injections: about 3 in 100 people)".
fn effect_line(e: &Effect, guide: &Guide) -> Html {
    let ui = &guide.content.ui;
    let number = match e.rate {
        Some(rate) => {
            let placebo = e.placebo.map(|p| format!(" ({}: {})", lower_first(&ui[UiText::WithPlacebo]), phrase(p, ui))).unwrap_or_default();
            format!("{}{placebo}", phrase(rate, ui))
        }
        None => e.no_rate.clone().unwrap_or_else(|| ui[UiText::NoRate].to_string()),
    };
    html! { <li data-common={e.id.clone()}><strong>{ format!("{}: ", e.name) }</strong>{ number }</li> }
}

#[derive(Properties, PartialEq)]
pub struct BenefitFiguresProps {
    pub treatment: Treatment,
}

/// A treatment's benefits beside placebo: "Had their headache days cut at least in half:
/// with Botox, about 45 in 100 people; with placebo injections, about 34 in 100 people".
#[function_component(BenefitFigures)]
pub fn benefit_figures(props: &BenefitFiguresProps) -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    let Some(t) = guide.content.risk_treatment(props.treatment) else {
        return Html::default();
    };
    html! {
        <div class="benefit-figures">
            <h5>{ &guide.content.risks.labels[RiskText::Benefits] }</h5>
            <ul class="summary-figures">{ for t.benefits.iter().map(|b| benefit_line(b, &guide)) }</ul>
        </div>
    }
}

fn benefit_line(b: &Figure, guide: &Guide) -> Html {
    let ui = &guide.content.ui;
    let amount = |n: f32| match b.unit {
        BenefitUnit::Per100 => phrase(Rate::Per100(n), ui),
        BenefitUnit::Days => guide.content.risks.labels[RiskText::Days].replace("{n}", &format_number(n.round())),
    };
    html! {
        <li data-figure={b.id.clone()}>
            <strong>{ format!("{}: ", b.text) }</strong>
            { format!("{}, {}; {}, {}", lower_first(&ui[UiText::WithBotox]), amount(b.botox), lower_first(&ui[UiText::WithPlacebo]), amount(b.placebo)) }
        </li>
    }
}

/// "With Botox" → "with Botox" inside a sentence (the label starts one elsewhere). ASCII
/// only: the labels start with an ASCII letter in every language, and full Unicode
/// lowercasing would add its 12 KB of case tables to the wasm.
fn lower_first(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}
