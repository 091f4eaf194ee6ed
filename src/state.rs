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
    /// Tabs whose full detail is open (bit i = `Tab::ALL[i]`).
    pub expanded: u8,
    /// Where focus goes once the next render is on screen (a cross-tab button's target).
    pub landing: Option<Landing>,
    /// Past aftercare steps the visitor opened (bit i = the content's step i; a step past the
    /// 64th is never collapsed).
    pub shown_steps: u64,
}

/// A place a button elsewhere in the guide takes the visitor to: the heading it names gets
/// the focus, in view, with what it is in open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    /// A treatment's side effects and benefits, in numbers (the risks tab's detail).
    Figures(Treatment),
}

impl Landing {
    /// The tab it is on.
    pub fn tab(self) -> Tab {
        match self {
            Landing::Figures(_) => Tab::Risks,
        }
    }

    /// The element id of the heading that gets the focus.
    pub fn target_id(self) -> String {
        match self {
            Landing::Figures(t) => format!("bg-figures-{t}"),
        }
    }
}

impl GuideState {
    pub fn from_options(o: &Options) -> GuideState {
        // A plan link's treatment comes first where the clinic offers it.
        let treatment = o.plan_treatment.filter(|&t| o.treatment.includes(t)).unwrap_or(o.treatment.first());
        GuideState { tab: o.tab, treatment, rendered: bit(o.tab), expanded: 0, landing: None, shown_steps: 0 }
    }

    pub fn is_rendered(&self, tab: Tab) -> bool {
        self.rendered & bit(tab) != 0
    }

    /// Whether past step `index` (in the content's order) is open.
    pub fn is_step_shown(&self, index: usize) -> bool {
        step_shown(self.shown_steps, index)
    }

    pub fn is_expanded(&self, tab: Tab) -> bool {
        self.expanded & bit(tab) != 0
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
    /// Open or close a tab's full detail.
    Expand(Tab, bool),
    /// Go to a place on another tab: select its tab (and treatment), open what it is in, and
    /// focus it after the next render.
    Open(Landing),
    /// The focus has moved to the landing place.
    Landed,
    /// Open or close a past aftercare step (its index in the content's steps).
    ToggleStep(usize),
}

impl Reducible for GuideState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectTab(tab) if tab != self.tab => Rc::new(GuideState { tab, rendered: self.rendered | bit(tab), ..*self }),
            Action::SelectTreatment(t) if t != self.treatment => Rc::new(GuideState { treatment: t, ..*self }),
            Action::Prerender(tab) if !self.is_rendered(tab) => Rc::new(GuideState { rendered: self.rendered | bit(tab), ..*self }),
            Action::Expand(tab, open) if open != self.is_expanded(tab) => Rc::new(GuideState { expanded: self.expanded ^ bit(tab), ..*self }),
            Action::Open(landing) => {
                let tab = landing.tab();
                let Landing::Figures(treatment) = landing;
                Rc::new(GuideState { tab, treatment, rendered: self.rendered | bit(tab), expanded: self.expanded | bit(tab), landing: Some(landing), ..*self })
            }
            Action::Landed if self.landing.is_some() => Rc::new(GuideState { landing: None, ..*self }),
            Action::ToggleStep(index) if index < 64 => Rc::new(GuideState { shown_steps: self.shown_steps ^ (1 << index), ..*self }),
            _ => self,
        }
    }
}

/// Whether past step `index` is open in `shown` (bit i = step i; from the 65th on, always).
pub fn step_shown(shown: u64, index: usize) -> bool {
    index >= 64 || shown & (1 << index) != 0
}
