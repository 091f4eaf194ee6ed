#![cfg(not(target_arch = "wasm32"))]
//! The widget's UI state: each action changes what its name says and nothing else.

use std::rc::Rc;

use botox_guide::ids::{Tab, Treatment};
use botox_guide::options::Options;
use botox_guide::state::{Action, GuideState, Landing};
use yew::Reducible;

fn start() -> Rc<GuideState> {
    Rc::new(GuideState::from_options(&Options::default()))
}

#[test]
fn a_new_guide_has_its_first_tab_rendered_and_nothing_open() {
    let s = start();
    assert_eq!(s.tab, Tab::About);
    assert!(s.is_rendered(Tab::About) && !s.is_rendered(Tab::Risks));
    assert!(Tab::ALL.iter().all(|&t| !s.is_expanded(t)));
    assert_eq!(s.landing, None);
}

#[test]
fn expanding_opens_and_closes_one_tabs_detail() {
    let s = start().reduce(Action::Expand(Tab::Risks, true));
    assert!(s.is_expanded(Tab::Risks) && !s.is_expanded(Tab::Migraine));
    let again = s.clone().reduce(Action::Expand(Tab::Risks, true));
    assert!(Rc::ptr_eq(&s, &again), "opening what is open changes nothing");
    let s = s.reduce(Action::Expand(Tab::Migraine, true)).reduce(Action::Expand(Tab::Risks, false));
    assert!(!s.is_expanded(Tab::Risks) && s.is_expanded(Tab::Migraine));
    assert_eq!(s.tab, Tab::About, "the selection does not move");
}

#[test]
fn opening_the_figures_selects_risks_on_that_treatment_with_the_detail_open_until_landed() {
    let s = start().reduce(Action::Open(Landing::Figures(Treatment::Migraine)));
    assert_eq!(s.tab, Tab::Risks);
    assert_eq!(s.treatment, Treatment::Migraine);
    assert!(s.is_rendered(Tab::Risks) && s.is_expanded(Tab::Risks) && !s.is_expanded(Tab::Migraine));
    assert_eq!(s.landing, Some(Landing::Figures(Treatment::Migraine)));
    assert_eq!(Landing::Figures(Treatment::Migraine).target_id(), "bg-figures-migraine");
    assert_eq!(Landing::Figures(Treatment::Cosmetic).tab(), Tab::Risks);
    let landed = s.reduce(Action::Landed);
    assert_eq!(landed.landing, None);
    assert!(landed.is_expanded(Tab::Risks), "the detail stays open after landing");
    let same = landed.clone().reduce(Action::Landed);
    assert!(Rc::ptr_eq(&landed, &same));
}

#[test]
fn selecting_and_prerendering_mark_tabs_rendered() {
    let s = start().reduce(Action::Prerender(Tab::Aftercare));
    assert!(s.is_rendered(Tab::Aftercare) && s.tab == Tab::About);
    let s = s.reduce(Action::SelectTab(Tab::Choosing));
    assert!(s.is_rendered(Tab::Choosing) && s.tab == Tab::Choosing);
    let s = s.reduce(Action::SelectTreatment(Treatment::Migraine));
    assert_eq!(s.treatment, Treatment::Migraine);
}

#[test]
fn a_past_step_opens_and_closes_by_its_index_and_steps_past_the_64th_are_always_open() {
    let s = start().reduce(Action::ToggleStep(2));
    assert!(s.is_step_shown(2) && !s.is_step_shown(1) && !s.is_step_shown(3));
    let s = s.reduce(Action::ToggleStep(63));
    assert!(s.is_step_shown(63));
    let s = s.reduce(Action::ToggleStep(2));
    assert!(!s.is_step_shown(2) && s.is_step_shown(63));
    let same = s.clone().reduce(Action::ToggleStep(64));
    assert!(Rc::ptr_eq(&s, &same), "no bit for the 65th");
    assert!(s.is_step_shown(64) && s.is_step_shown(usize::MAX));
    assert_eq!(s.tab, Tab::About);
}

#[test]
fn the_next_panel_to_render_in_the_background_follows_the_clinics_order() {
    let s = start();
    let order = [Tab::Aftercare, Tab::About, Tab::Risks];
    assert_eq!(s.next_unrendered(&order), Some(Tab::Aftercare), "the first not yet rendered");
    let s = s.reduce(Action::Prerender(Tab::Aftercare));
    assert_eq!(s.next_unrendered(&order), Some(Tab::Risks), "about was rendered first");
    let s = s.reduce(Action::Prerender(Tab::Risks));
    assert_eq!(s.next_unrendered(&order), None);
}

#[test]
fn actions_that_change_nothing_keep_the_same_state_and_rendered_panels_stay_rendered() {
    let s = start();
    assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::SelectTab(Tab::About))), "the selected tab again");
    let t = s.treatment;
    assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::SelectTreatment(t))), "the shown treatment again");
    assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Prerender(Tab::About))), "a panel already rendered");
    // Going back to a tab keeps it rendered (a panel is never un-rendered).
    let s = s.reduce(Action::SelectTab(Tab::Risks)).reduce(Action::SelectTab(Tab::About));
    assert!(s.is_rendered(Tab::About) && s.is_rendered(Tab::Risks));
    // Landing twice on the figures keeps the panel rendered and the detail open.
    let s = s.reduce(Action::Open(Landing::Figures(Treatment::Cosmetic))).reduce(Action::Landed);
    let s = s.reduce(Action::Open(Landing::Figures(Treatment::Migraine)));
    assert!(s.is_rendered(Tab::Risks) && s.is_expanded(Tab::Risks));
}

#[test]
fn a_plan_links_treatment_is_shown_first_where_the_clinic_offers_it() {
    use botox_guide::ids::TreatmentChoice;
    let with = |choice, plan| GuideState::from_options(&Options { treatment: choice, plan_treatment: plan, ..Options::default() }).treatment;
    assert_eq!(with(TreatmentChoice::Both, None), Treatment::Cosmetic);
    assert_eq!(with(TreatmentChoice::Both, Some(Treatment::Migraine)), Treatment::Migraine);
    assert_eq!(with(TreatmentChoice::Migraine, Some(Treatment::Migraine)), Treatment::Migraine);
    // A clinic that offers cosmetic treatment only shows it, whatever the link says.
    assert_eq!(with(TreatmentChoice::Cosmetic, Some(Treatment::Migraine)), Treatment::Cosmetic);
    assert_eq!(with(TreatmentChoice::Migraine, Some(Treatment::Cosmetic)), Treatment::Migraine);
}
