//! The widget's UI state as a `Reducible` with an `Action` enum (as in Yew's
//! function_todomvc example). No DOM here.

use std::rc::Rc;
use yew::Reducible;

use crate::ids::{Tab, Treatment};
use crate::options::Options;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideState {
    /// The selected tab.
    pub tab: Tab,
    /// The treatment whose figures and timeline are shown: `Cosmetic` or `Migraine`.
    pub treatment: Treatment,
    /// Panels whose content is in the DOM (bit i = `Tab::ALL[i]`). A panel stays rendered
    /// once shown, and the others are rendered in the background after the first paint, so
    /// a tab switch only toggles `hidden`.
    pub rendered: u8,
}

impl GuideState {
    pub fn from_options(o: &Options) -> GuideState {
        GuideState { tab: o.tab, treatment: o.treatment.first(), rendered: bit(o.tab) }
    }

    pub fn is_rendered(&self, tab: Tab) -> bool {
        self.rendered & bit(tab) != 0
    }

    /// The next panel (in `order`) still to render in the background, if any.
    pub fn next_unrendered(&self, order: &[Tab]) -> Option<Tab> {
        order.iter().copied().find(|&t| !self.is_rendered(t))
    }
}

fn bit(tab: Tab) -> u8 {
    1 << tab.index()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select a tab (a visitor's click or key, a deep link, or a new `tab` option).
    SelectTab(Tab),
    /// Show the figures and timeline for another treatment.
    SelectTreatment(Treatment),
    /// Render a panel's content ahead of time (kept hidden until selected).
    Prerender(Tab),
}

impl Reducible for GuideState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectTab(tab) if tab != self.tab => {
                Rc::new(GuideState { tab, rendered: self.rendered | bit(tab), ..*self })
            }
            Action::SelectTreatment(t) if t != self.treatment => {
                Rc::new(GuideState { treatment: t, ..*self })
            }
            Action::Prerender(tab) if !self.is_rendered(tab) => {
                Rc::new(GuideState { rendered: self.rendered | bit(tab), ..*self })
            }
            _ => self,
        }
    }
}
