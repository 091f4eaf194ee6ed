//! The widget's UI state as a `Reducible` with an `Action` enum (as in Yew's
//! function_todomvc example). No DOM here.

use std::rc::Rc;
use yew::Reducible;

use crate::options::{Options, Treatment};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideState {
    /// The selected tab id.
    pub tab: &'static str,
    /// The treatment whose figures and timeline are shown: `Cosmetic` or `Migraine`.
    pub treatment: Treatment,
}

impl GuideState {
    pub fn from_options(o: &Options) -> GuideState {
        GuideState { tab: o.tab, treatment: shown_treatment(o.treatment) }
    }
}

/// With `both`, the cosmetic figures are shown first and the visitor can switch.
pub fn shown_treatment(t: Treatment) -> Treatment {
    match t {
        Treatment::Both => Treatment::Cosmetic,
        t => t,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select a tab (a visitor's click or key, a deep link, or a new `tab` option).
    SelectTab(&'static str),
    /// Show the figures and timeline for another treatment.
    SelectTreatment(Treatment),
}

impl Reducible for GuideState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectTab(tab) if tab != self.tab => Rc::new(GuideState { tab, ..*self }),
            Action::SelectTreatment(t) if t != Treatment::Both && t != self.treatment => {
                Rc::new(GuideState { treatment: t, ..*self })
            }
            _ => self,
        }
    }
}
