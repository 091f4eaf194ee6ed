//! The widget's UI state as a `Reducible` with an `Action` enum (as in Yew's
//! function_todomvc example). No DOM here.

use std::rc::Rc;
use yew::Reducible;

use crate::content::TAB_IDS;
use crate::options::{Options, Treatment};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideState {
    /// The selected tab id.
    pub tab: &'static str,
    /// The treatment whose figures and timeline are shown: `Cosmetic` or `Migraine`.
    pub treatment: Treatment,
    /// Panels whose content is in the DOM (bit i = `TAB_IDS[i]`). A panel stays rendered
    /// once shown, and the others are rendered in the background after the first paint, so
    /// a tab switch only toggles `hidden`.
    pub rendered: u8,
}

impl GuideState {
    pub fn from_options(o: &Options) -> GuideState {
        GuideState { tab: o.tab, treatment: shown_treatment(o.treatment), rendered: bit(o.tab) }
    }

    pub fn is_rendered(&self, tab: &str) -> bool {
        self.rendered & bit(tab) != 0
    }

    /// The next panel (in `order`) still to render in the background, if any.
    pub fn next_unrendered(&self, order: &[&'static str]) -> Option<&'static str> {
        order.iter().copied().find(|t| !self.is_rendered(t))
    }
}

fn bit(tab: &str) -> u8 {
    TAB_IDS.iter().position(|t| *t == tab).map_or(0, |i| 1 << i)
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
    /// Render a panel's content ahead of time (kept hidden until selected).
    Prerender(&'static str),
}

impl Reducible for GuideState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectTab(tab) if tab != self.tab => {
                Rc::new(GuideState { tab, rendered: self.rendered | bit(tab), ..*self })
            }
            Action::SelectTreatment(t) if t != Treatment::Both && t != self.treatment => {
                Rc::new(GuideState { treatment: t, ..*self })
            }
            Action::Prerender(tab) if !self.is_rendered(tab) => {
                Rc::new(GuideState { rendered: self.rendered | bit(tab), ..*self })
            }
            _ => self,
        }
    }
}
