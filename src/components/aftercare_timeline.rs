//! The aftercare timeline: an ordered list of headed steps from before the appointment to
//! months 3–4, with real dates once the visitor enters a treatment time, "you are here",
//! a checklist kept on the device, an .ics download and a print button.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::risk_explainer::UrgentSigns;
use super::sources::citations;
use super::treatment_switch::TreatmentSwitch;
use super::Guide;
use crate::browser::BrowserZone;
use crate::components::RenderMode;
use crate::content::{AftercareText as T, ItemKind, Step, UiText};
use crate::events::GuideEvent;
use crate::hooks::use_clock::use_clock;
use crate::options::PlanTime;
use crate::plan_link::{prefill, Prefill};
use crate::hooks::use_saved_plan::{use_saved_plan, SavedPlan};
use crate::plan_store::Place;
use crate::ics::{calendar, events_for, ClinicContact};
use crate::saved::{clinic_tag, input_value, storage_key, treated_time, Change};
use crate::timeline::{applies, between_before, describe_when, done, plan, status_line, tickable, today, Planned, Status, Today, Zone};

#[function_component(AftercareTimeline)]
pub fn aftercare_timeline() -> Html {
    let guide = use_context::<Guide>().expect("inside App");
    let key = storage_key(guide.options.clinic_name.as_deref());
    let plan_state = use_saved_plan(key, guide.options.treatment_date);
    let now = use_clock();
    let message = use_state(|| None::<String>);
    // Steps before now show only their title until the visitor opens one (ids).
    let content = &guide.content;
    let a = &content.aftercare.labels;

    let raw = plan_state.saved.treated_at.clone();
    let zone = BrowserZone;
    // A time saved with a UTC offset (by another tool) is shown on the visitor's clock.
    let treated = raw.as_deref().and_then(|s| treated_time(s, &zone));
    let words = crate::browser::date_words(content.locale, &content.dates);
    // Without a clock (server render) there is no "now": statuses stay unknown.
    let planned = plan(&content.aftercare.steps, guide.treatment, treated.filter(|_| now.is_some()), now.unwrap_or(0), &zone);
    let next_when_between = between_before(&planned);
    // Live, the steps of the treatment shown; prerendered, every step, those of one treatment
    // marked (`data-treatment`) for the loader to show or hide (see `Guide::treatment_variants`).
    let listed: Vec<(Planned, bool)> = match guide.mode {
        RenderMode::Live => planned.iter().map(|p| (p.clone(), true)).collect(),
        RenderMode::AllPanels => content.aftercare.steps.iter().enumerate().map(|(index, s)| (Planned { step: s, index, start: None, end: None, status: None }, applies(s, guide.treatment))).collect(),
    };

    // A time that came with the page (`treatment-date`, a plan link) filled an empty planner
    // (`use_saved_plan`); a different saved time is kept, and this one offered.
    let from_page = prefill(guide.options.treatment_date, raw.as_deref());
    let offer = match (&from_page, guide.options.treatment_date) {
        (Prefill::Offer(value), Some(at)) => {
            let when = format!("{}, {}", words.long_date(at.0.date), words.time(at.0));
            let use_it = plan_state.change.reform({
                let value = value.clone();
                move |_: MouseEvent| Change::TreatedAt(Some(value.clone()))
            });
            html! {
                <p class="offer">{ a[T::Offer].replace("{when}", &when) }{ " " }
                    <button type="button" class="link-button" onclick={use_it}>{ &a[T::UseOffered] }</button>
                </p>
            }
        }
        _ => Html::default(),
    };

    // "Send to my phone": the link that reopens this plan on this page (live, with a date).
    // The panel and the printed code are drawn by the small QR wasm, fetched through the
    // loader when first asked for, into the elements left empty for them here.
    let link = treated.filter(|_| guide.mode == RenderMode::Live && cfg!(target_arch = "wasm32")).map(|t| crate::plan_link::link(&crate::browser::page_address(), PlanTime(t), guide.treatment));
    let sending = use_state_eq(|| false);
    let send_ref = use_node_ref();
    {
        let send_ref = send_ref.clone();
        use_effect_with((*sending, link.clone()), move |(sending, link)| {
            if let (true, Some(link), Some(el)) = (sending, link, send_ref.get()) {
                crate::browser::home(crate::browser::Home::Show, el.unchecked_ref(), link);
            }
        });
    }
    let on_print = {
        let (link, on_event) = (link.clone(), guide.on_event.clone());
        Callback::from(move |e: MouseEvent| {
            // With a date, the sheet carries the plan's code (`PRINT_CODE_ID`, found by the
            // loader from the button): the loader draws it, prints and tells the page;
            // without, it prints at once.
            let drawn = matches!((&link, e.target()), (Some(link), Some(el)) if crate::browser::home(crate::browser::Home::Print, el.unchecked_ref(), link));
            if !drawn {
                crate::browser::print();
                on_event.emit(GuideEvent::Print);
            }
        })
    };

    let onchange = {
        let (change, message, on_event, treatment) = (plan_state.change.clone(), message.clone(), guide.on_event.clone(), guide.treatment);
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            message.set(None);
            if !value.is_empty() {
                on_event.emit(GuideEvent::PlanSet(treatment));
            }
            change.emit(Change::TreatedAt((!value.is_empty()).then_some(value)));
        })
    };
    let on_forget = {
        let (change, message, text) = (plan_state.change.clone(), message.clone(), a[T::Forgotten].to_string());
        Callback::from(move |_: MouseEvent| {
            change.emit(Change::Forget);
            message.set(Some(text.clone()));
        })
    };
    let on_calendar = {
        let guide = guide.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(t) = treated else { return };
            let clinic = ClinicContact {
                name: guide.options.clinic_name.as_deref(),
                phone: guide.options.phone.as_deref(),
                booking: guide.options.booking_url.as_deref(),
                label: &guide.content.ui[UiText::ClinicHeading],
            };
            let tag = clinic_tag(clinic.name);
            let events = events_for(&guide.content.aftercare.steps, guide.treatment, t.date, &clinic, &guide.content.emergency_line(), &tag);
            let stamp = crate::timeline::FixedZone(0).local(crate::browser::now_minutes());
            let text = calendar(&events, (stamp.date, stamp.minute));
            let _ = crate::browser::download("botox-aftercare.ics", "text/calendar", &text);
            guide.on_event.emit(GuideEvent::CalendarDownload(guide.treatment));
        })
    };

    let status_text = match (&*message, plan_state.place, raw.as_deref(), treated) {
        (Some(m), _, _, _) => m.clone(),
        (None, _, Some(_), None) => a[T::InvalidDate].to_string(),
        (None, Place::Blocked, _, _) => a[T::StorageBlocked].to_string(),
        (None, Place::KeptAsIs, _, _) => a[T::KeptAsIs].to_string(),
        (None, _, None, _) => a[T::NotSet].to_string(),
        (None, _, Some(_), Some(_)) => status_line(&planned, &zone, content, &*words).unwrap_or_default(),
    };
    let right_now = today(&planned).map(|t| today_card(&t, &guide, &zone, &*words));

    html! {
        <section class="aftercare">
            <h4>{ &a[T::Heading] }</h4>
            if treated.is_none() {
                <p class="no-print">{ &a[T::Intro] }</p>
            }
            <div class="plan-controls no-print" part="planner">
                <label for="bg-treated-at" class="field-label">{ &a[T::DateLabel] }</label>
                <input type="datetime-local" id="bg-treated-at" class="date-input" part="date-input"
                       value={treated.map(input_value).unwrap_or_default()} {onchange} />
                <TreatmentSwitch name="bg-treatment-aftercare" legend={a[T::TreatmentLabel].to_string()} />
                <p class="status" role="status">{ status_text }</p>
                { offer }
                // One child whether or not there is a card (`for` would splice it into this
                // list, and Yew's unkeyed diff would then rebuild the date field, losing focus).
                { right_now.unwrap_or_default() }
                <div class="actions">
                    <button type="button" class="button" part="button button-secondary" onclick={on_calendar}
                            disabled={treated.is_none()} aria-describedby={treated.is_none().then_some("bg-calendar-help")}>
                        { &a[T::Calendar] }
                    </button>
                    <button type="button" class="button" part="button button-secondary" onclick={on_print}>{ &a[T::Print] }</button>
                    if link.is_some() {
                        <button type="button" class="button" part="button button-secondary" onclick={let s = sending.clone(); Callback::from(move |_: MouseEvent| s.set(!*s))}
                                aria-expanded={if *sending { "true" } else { "false" }} aria-controls="bg-send">{ &a[T::Send] }</button>
                    }
                    <button type="button" class="button" part="button button-secondary" onclick={on_forget}>{ &a[T::Forget] }</button>
                </div>
                if *sending && link.is_some() {
                    <div class="send" part="send" id="bg-send" ref={send_ref}></div>
                }
                if treated.is_none() {
                    <p class="note" id="bg-calendar-help">{ &a[T::CalendarNeedsDate] }</p>
                }
                <p class="note">{ &a[T::SavedNote] }</p>
            </div>
            if let Some(t) = treated {
                <p class="print-only">{ format!("{}: {}, {}", &a[T::DateLabel], words.long_date(t.date), words.time(t)) }</p>
            }
            if link.is_some() {
                <div class="print-qr" id={crate::plan_link::PRINT_CODE_ID}></div>
            }
            <ol class="timeline">
                { for listed.iter().enumerate().map(|(i, (p, shown))| {
                    step(p, *shown, next_when_between == Some(i), &guide, &plan_state, &zone, &*words)
                }) }
            </ol>
        </section>
    }
}

/// The "right now" card: what to do and avoid in each step under way, and until when; the
/// next step and its date; and to keep watching for the warning signs.
fn today_card(t: &Today, guide: &Guide, zone: &dyn Zone, words: &dyn crate::format::DateWords) -> Html {
    let content = &guide.content;
    let a = &content.aftercare.labels;
    let next = t.next.and_then(|n| {
        let when = words.short_date(zone.local(n.start?).date);
        Some(a[T::NextStep].replace("{step}", &crate::text::isolate(&n.step.title)).replace("{when}", &when))
    });
    let to_signs = Callback::from(|e: MouseEvent| super::jump_to(&e, super::URGENT_AFTERCARE_ID));
    html! {
        <section class="today" part="today" aria-labelledby="bg-today-title">
            <h5 id="bg-today-title">{ &a[T::Today] }</h5>
            if t.current.is_empty() {
                <p>{ &a[T::NoStepNow] }</p>
            }
            { for t.current.iter().filter(|p| !p.step.items.is_empty()).map(|p| html! {
                <div class="today-step" data-step={p.step.id.clone()}>
                    <p class="today-when">
                        <strong>{ &p.step.title }</strong>
                        if let Some(w) = describe_when(p, zone, content, words) { { ": " }{ w } }
                    </p>
                    <ul class="items">{ for p.step.items.iter().map(|item| html! { <li class="item">{ item_text(item, a) }</li> }) }</ul>
                </div>
            }) }
            if let Some(n) = next { <p class="today-next">{ n }</p> }
            <p class="today-watch">{ &a[T::Watch] }{ " " }<button type="button" class="link-button" onclick={to_signs}>{ &a[T::SeeSigns] }</button></p>
        </section>
    }
}

/// An item as text: "Avoid: …", with the precaution note where it has one.
fn item_text(item: &crate::content::Item, a: &crate::content::Texts<T>) -> Html {
    let kind = match item.kind {
        ItemKind::Do => &a[T::KindDo],
        ItemKind::Avoid => &a[T::KindAvoid],
        ItemKind::Expect => &a[T::KindExpect],
    };
    html! {
        <span class="item-text">
            <strong>{ format!("{kind}: ") }</strong>{ &item.text }
            if item.precaution { <span class="precaution">{ format!(" {}", &a[T::Precaution]) }</span> }
        </span>
    }
}

#[allow(clippy::too_many_arguments)]
fn step(p: &Planned, shown: bool, next: bool, guide: &Guide, plan: &SavedPlan, zone: &dyn Zone, words: &dyn crate::format::DateWords) -> Html {
    let (open, index) = (crate::state::step_shown(guide.shown_steps, p.index), p.index);
    let content = &guide.content;
    let a = &content.aftercare.labels;
    let s: &Step = p.step;
    let when = describe_when(p, zone, content, words);
    let past = p.status == Some(Status::Past);
    let items_id = format!("bg-step-{}", s.id);
    let (class, badge) = match p.status {
        Some(Status::Now) => ("step-now", Some(a[T::YouAreHere].to_string())),
        // "Done" only when the visitor ticked every box; otherwise it is simply past.
        Some(Status::Past) if done(s, |id| plan.saved.is_ticked(id)) => ("step-past", Some(a[T::TickLabel].to_string())),
        Some(Status::Past) => ("step-past", Some(a[T::Past].to_string())),
        Some(Status::Upcoming) if next => ("step-next", Some(a[T::Upcoming].to_string())),
        Some(Status::Always) => ("step-always", None),
        _ => ("step", None),
    };
    html! {
        <li class={classes!("step", class)} part="timeline-step" data-step={s.id.clone()}
            data-treatment={s.only.map(|t| t.as_str())} hidden={!shown}
            aria-current={(p.status == Some(Status::Now)).then_some("step")}>
            <span class="marker" part="timeline-marker" aria-hidden="true"></span>
            <h5>
                { &s.title }
                if let Some(b) = badge { <span class="badge" part="badge">{ b }</span> }
            </h5>
            if let Some(w) = when { <p class="when">{ w }</p> }
            // A step before now shows its title until the visitor opens it (printed, it is open).
            if past && !s.items.is_empty() {
                <button type="button" class="link-button no-print" aria-expanded={if open { "true" } else { "false" }} aria-controls={items_id.clone()}
                        onclick={let dispatch = guide.dispatch.clone(); Callback::from(move |_: MouseEvent| dispatch.dispatch(crate::state::Action::ToggleStep(index)))}>
                    { &a[T::ShowStep] }
                </button>
            }
            if !s.items.is_empty() {
                <ul class="items" id={items_id} hidden={past && !open}>
                    { for s.items.iter().map(|item| {
                        if !tickable(s, item) {
                            html! { <li class="item expect">{ item_text(item, a) }</li> }
                        } else {
                            let ticked = plan.saved.is_ticked(&item.id);
                            // The step's checklist is complete when this was its last item left.
                            let last = s.items.iter().filter(|i| tickable(s, i) && i.id != item.id).all(|i| plan.saved.is_ticked(&i.id));
                            let onchange = {
                                let (id, change, on_event, step) = (item.id.clone(), plan.change.clone(), guide.on_event.clone(), s.id.clone());
                                Callback::from(move |e: Event| {
                                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                    change.emit(Change::Tick(id.clone(), on));
                                    if on && last {
                                        on_event.emit(GuideEvent::StepDone(step.clone()));
                                    }
                                })
                            };
                            html! {
                                <li class={classes!("item", "tick", ticked.then_some("ticked"))}>
                                    <label><input type="checkbox" data-item={item.id.clone()} checked={ticked} {onchange} />{ item_text(item, a) }</label>
                                </li>
                            }
                        }
                    }) }
                </ul>
            }
            if s.anytime { <UrgentSigns id={super::URGENT_AFTERCARE_ID} /> }
            { citations(content, &s.sources) }
        </li>
    }
}
