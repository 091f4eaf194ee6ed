//! Cosmetic / chronic migraine radio group, shown when the clinic chose `treatment="both"`.
//! Shared by the risk explainer and the aftercare timeline (one state for both).

use yew::prelude::*;

use super::Guide;
use crate::ids::TreatmentChoice;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct TreatmentSwitchProps {
    /// Radio group name, unique within the widget.
    pub name: AttrValue,
    pub legend: AttrValue,
}

#[function_component(TreatmentSwitch)]
pub fn treatment_switch(props: &TreatmentSwitchProps) -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    if guide.options.treatment != TreatmentChoice::Both {
        return Html::default();
    }
    let current = guide.treatment;
    html! {
        <fieldset class="switch" part="switch">
            <legend>{ props.legend.clone() }</legend>
            { for guide.content.risks.treatments.iter().map(|option| {
                let value = option.id;
                let (dispatch, on_event) = (guide.dispatch.clone(), guide.on_event.clone());
                let onchange = Callback::from(move |_: Event| {
                    dispatch.dispatch(Action::SelectTreatment(value));
                    on_event.emit(crate::events::GuideEvent::TreatmentChange(value));
                });
                html! {
                    <label class="switch-option">
                        <input type="radio" name={props.name.clone()} value={option.id.as_str()}
                               checked={option.id == current} {onchange} />
                        { &option.label }
                    </label>
                }
            }) }
        </fieldset>
    }
}
