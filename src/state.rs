//! The widget's UI state as a `Reducible` with an `Action` enum (as in Yew's
//! function_todomvc example). No DOM here.

use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideState {
    /// The selected tab id.
    pub tab: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select a tab (a visitor's click or key, a deep link, or a new `tab` option).
    SelectTab(&'static str),
}

impl Reducible for GuideState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectTab(tab) if tab != self.tab => Rc::new(GuideState { tab }),
            Action::SelectTab(_) => self,
        }
    }
}
