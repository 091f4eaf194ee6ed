//! The most important safety information, on every tab: the warning signs of each level in
//! one line (emergency now; the same day), worded from the signs' own data, and every sign
//! with what to do one tap away, with how to report a side effect (the market's route). The
//! widget renders it itself, above the panels: no option, choice of sections or content file
//! can remove it (a content file that drops a sign's text is refused as a whole).

use yew::prelude::*;

use super::risk_explainer::urgent_body;
use crate::content::{Content, Level, UiText};

/// A plain function: it holds no state (and its parent re-renders it only when it changes).
pub fn safety_info(content: &Content) -> Html {
    let ui = &content.ui;
    let urgent = &content.risks.urgent;
    html! {
        <div class="safety" part="safety" role="group" aria-labelledby="bg-safety-title">
            <h3 class="safety-title" id="bg-safety-title">{ &ui[UiText::SafetyTitle] }</h3>
            <p class="level-emergency"><strong>{ &ui[UiText::SafetyNow] }</strong>{ " " }{ content.signs_in_short(Level::Emergency) }{ ". " }{ &urgent.emergency }</p>
            <p class="level-same-day"><strong>{ &ui[UiText::SafetyToday] }</strong>{ " " }{ content.signs_in_short(Level::SameDay) }{ "." }</p>
            <details>
                <summary>{ &ui[UiText::SafetyMore] }</summary>
                <div class="urgent">{ urgent_body(content) }</div>
                <p class="report">{ content.statement(crate::content::validate::REPORT_BLOCK).unwrap_or_default() }</p>
            </details>
        </div>
    }
}
