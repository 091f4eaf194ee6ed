use std::rc::Rc;
use yew::prelude::*;

use super::clinic_card::{clinic_card, ClinicCardProps};
use super::section::SectionView;
use super::safety_info::safety_info;
use super::sources::SourcesFooter;
use super::tabs::{TabItem, Tabs};
use super::{panel_dom_id, tab_dom_id};
use crate::content::{SharedContent, UiText};
use crate::events::GuideEvent;
use crate::ids::{Tab, Treatment};
use crate::hooks::use_on_change::use_on_change;
use crate::options::{Heading, Options};
use crate::state::{Action, GuideState};

/// Shared with every component below `App` through a Yew context. It holds nothing that
/// changes when the visitor switches tabs, so a tab switch does not re-render every
/// component that reads it (which cost 20–40 ms at 4× CPU throttling).
#[derive(Clone, PartialEq)]
pub struct Guide {
    /// The treatment whose figures and steps are shown.
    pub treatment: Treatment,
    pub dispatch: UseReducerDispatcher<GuideState>,
    pub content: SharedContent,
    pub options: Rc<Options>,
    /// Select a tab as the visitor would (fires `tab-change`).
    pub select_tab: Callback<Tab>,
    pub mode: RenderMode,
    /// Past aftercare steps the visitor opened (`GuideState::shown_steps`).
    pub shown_steps: u64,
    /// The widget's events, for the components that fire one.
    pub on_event: Callback<GuideEvent>,
}

impl Guide {
    /// The treatments whose figures and steps are rendered, each with whether it is shown:
    /// live, only the one shown; prerendered, every one (the loader shows the one the
    /// clinic's options and the visitor's switch pick), so the first view and the live
    /// widget always show the same.
    pub fn treatment_variants(&self) -> Vec<(Treatment, bool)> {
        match self.mode {
            RenderMode::Live => vec![(self.treatment, true)],
            RenderMode::AllPanels => Treatment::ALL.iter().map(|&t| (t, t == self.treatment)).collect(),
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub content: SharedContent,
    pub options: Rc<Options>,
    /// A problem to show the visitor (e.g. a clinic's content file failed to load).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    #[prop_or_default]
    pub on_event: Callback<GuideEvent>,
    /// How the HTML is meant to be used (prerendering at build time).
    #[prop_or_default]
    pub mode: RenderMode,
    /// The element the widget is rendered in (live; where a cross-tab button's landing
    /// place is looked up).
    #[prop_or_default]
    pub container: Option<web_sys::Element>,
}

/// Live widget, or one of the build-time prerenders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RenderMode {
    /// The interactive widget: only the selected panel has content.
    #[default]
    Live,
    /// Every panel's content in the HTML, unselected ones `hidden`; a few lines of script can
    /// switch tabs (the loader's shell before the wasm arrives, the no-JS snippet, the
    /// benchmark baseline). Without JavaScript the stylesheet shows every panel in turn
    /// (`@media (scripting: none)`).
    AllPanels,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let options = &props.options;
    // The market's view of the content (its overrides), made once per content and market.
    // The lean wasm shows the US market only: the loader gives other markets the full one.
    #[cfg(feature = "lean")]
    let content = &props.content;
    #[cfg(not(feature = "lean"))]
    let content = &*use_memo((props.content.clone(), options.market), |(c, m)| market_view(c, *m));
    let state = use_reducer_eq(|| GuideState::from_options(options));

    // A new `tab` option (attribute change or `update()`) moves the selection.
    {
        let dispatch = state.dispatcher();
        use_on_change(options.tab, move |tab| dispatch.dispatch(Action::SelectTab(tab)));
    }
    {
        let dispatch = state.dispatcher();
        use_on_change(options.treatment, move |t| {
            dispatch.dispatch(Action::SelectTreatment(t.first()))
        });
    }
    {
        let dispatch = state.dispatcher();
        crate::hooks::use_deep_link::use_deep_link(
            options.deep_link,
            state.tab,
            options.tab,
            options.sections.clone(),
            Callback::from(move |tab| dispatch.dispatch(Action::SelectTab(tab))),
        );
    }
    // Tell the page once the first render is on screen.
    {
        let on_event = props.on_event.clone();
        use_effect_with((), move |_| on_event.emit(GuideEvent::Ready));
    }
    // After the first paint, render the other panels one at a time in the background, so
    // switching tabs later only toggles `hidden`. Each panel is its own task, so input can
    // run between them, and they are one frame apart: at 120 ms apart the last and heaviest
    // (aftercare) was not ready for a visitor who clicked within the first second
    // (docs/decisions.md).
    {
        let next = state.next_unrendered(&options.sections);
        let dispatch = state.dispatcher();
        use_effect_with(next, move |next| {
            let timer = next.map(|tab| {
                gloo::timers::callback::Timeout::new(16, move || dispatch.dispatch(Action::Prerender(tab)))
            });
            move || drop(timer)
        });
    }
    // A cross-tab button asked to land somewhere: once that place is rendered, move the
    // focus (and the view) to it, then forget the request.
    {
        let dispatch = state.dispatcher();
        let container = props.container.clone();
        use_effect_with(state.landing, move |landing| {
            if let (Some(landing), Some(el)) = (landing, container) {
                super::focus_by_id(&el, &landing.target_id());
                dispatch.dispatch(Action::Landed);
            }
        });
    }
    // If the selected tab is no longer among the sections shown, fall back to the first.
    let selected = if options.sections.contains(&state.tab) { state.tab } else { options.tab };

    // Stable across renders: it reads the current tab from a cell instead of capturing it.
    let current = use_mut_ref(|| selected);
    *current.borrow_mut() = selected;
    let on_select = {
        let current = current.clone();
        use_callback((state.dispatcher(), props.on_event.clone()), move |tab: Tab, (dispatch, on_event)| {
            if tab != *current.borrow() {
                dispatch.dispatch(Action::SelectTab(tab));
                on_event.emit(GuideEvent::TabChange(tab));
            }
        })
    };

    // The shown sections, in the clinic's order.
    let sections: Vec<_> = options.sections.iter().filter_map(|&id| Some((id, content.section(id)?))).collect();
    let tabs: Vec<TabItem> = sections.iter().map(|&(id, s)| TabItem { id, label: s.label.clone().into() }).collect();
    let on_cta = props.on_event.reform(GuideEvent::CtaClick);

    let guide = Guide {
        treatment: state.treatment,
        dispatch: state.dispatcher(),
        content: content.clone(),
        options: options.clone(),
        select_tab: on_select.clone(),
        mode: props.mode,
        shown_steps: state.shown_steps,
        on_event: props.on_event.clone(),
    };

    html! {
        <ContextProvider<Guide> context={guide}>
        <div class="root" part="root" data-theme={options.theme.as_str()} lang={lang(options.market, content.locale)}>
            if let Some(title) = match &options.heading {
                Heading::Hidden => None,
                Heading::Default => Some(&content.title),
                Heading::Text(text) => Some(text),
            } {
                <h2 class="title" part="title">{ title }</h2>
            }
            if let Some(notice) = &props.notice {
                <p class="notice" role="status">{ notice }</p>
            }
            <Tabs label={content.ui[UiText::TablistLabel].to_string()} tabs={tabs} selected={selected} on_select={on_select} />
            // On every tab, whatever the options: the most important safety information.
            { safety_info(content) }
            { for sections.iter().map(|&(id, s)| {
                let is_selected = id == selected;
                html! {
                    <div role="tabpanel" class="panel" part={is_selected.then_some("panel")}
                         id={panel_dom_id(id)} aria-labelledby={tab_dom_id(id)}
                         tabindex="0" hidden={!is_selected}>
                        if is_selected || state.is_rendered(id) || props.mode != RenderMode::Live {
                            <SectionView content={content.clone()} section_id={s.id} detail_open={state.is_expanded(id)} />
                        }
                    </div>
                }
            }) }
            { clinic_card(&ClinicCardProps {
                name: options.clinic_name.clone(),
                phone: options.phone.clone(),
                phone_href: options.phone_href.clone(),
                booking_url: options.booking_url.clone(),
                content: content.clone(),
                on_cta,
            }) }
            <SourcesFooter content={content.clone()} reviewed_by={options.reviewed_by.clone()} reviewed_on={options.reviewed_on.map(|d| d.0)} mode={props.mode} />
        </div>
        </ContextProvider<Guide>>
    }
}

/// `content` as `market` shows it (every market's view of a content file is checked when it
/// is read: `content::validate`).
#[cfg(not(feature = "lean"))]
fn market_view(content: &SharedContent, market: crate::ids::Market) -> SharedContent {
    if content.markets.is_empty() {
        return content.clone();
    }
    crate::content::market::apply(content, market).into()
}

/// The widget's `lang`: the language as the market writes it (`en-GB`). The lean wasm shows
/// English in the US only, so it needs no table.
#[cfg(feature = "lean")]
fn lang(_: crate::ids::Market, _: crate::ids::Locale) -> &'static str {
    crate::markets::LANGS[0][0]
}
#[cfg(not(feature = "lean"))]
fn lang(market: crate::ids::Market, locale: crate::ids::Locale) -> &'static str {
    market.lang(locale)
}
