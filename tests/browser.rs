#![cfg(target_arch = "wasm32")]
//! Browser tests: the real mount path (shadow root, adopted styles, events) in headless
//! Chromium, driven by clicks and key presses.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

/// The English content and a stylesheet, which the loader hands to `init`.
const EN: &str = include_str!("../src/content/en.json");
const CSS: &str = ".root{display:block}.panel[hidden]{display:none}";

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

struct Mounted {
    host: Element,
    shadow: ShadowRoot,
    instance: botox_guide::embed::Instance,
    events: Rc<RefCell<Vec<(String, String)>>>,
    _listeners: Vec<gloo::events::EventListener>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.instance.unmount();
        self.host.remove();
    }
}

async fn mount(options: &[(&str, &str)]) -> Mounted {
    let host = document().create_element("botox-guide-test").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let events = Rc::new(RefCell::new(Vec::new()));
    let listeners = ["botox-guide-ready", "botox-guide-tab-change", "botox-guide-cta-click"]
        .iter()
        .map(|name| {
            let events = events.clone();
            // Listen on the document: events must bubble out of the shadow root.
            gloo::events::EventListener::new(&document(), *name, move |e| {
                let detail = e.dyn_ref::<web_sys::CustomEvent>().map(|c| c.detail()).unwrap();
                let text = js_sys::JSON::stringify(&detail).unwrap().as_string().unwrap();
                events.borrow_mut().push((e.type_(), text));
            })
        })
        .collect();
    botox_guide::embed::init(String::new(), CSS.to_string(), EN.to_string()).unwrap();
    let instance = botox_guide::embed::mount(shadow.clone(), canonical(options), emit_on(&host)).unwrap();
    settle().await;
    Mounted { host, shadow, instance, events, _listeners: listeners }
}

/// The canonical options (as the loader hands them over) for (name, value) pairs written
/// canonically; the tab is the given one (tests pick one of the default sections).
fn canonical(pairs: &[(&str, &str)]) -> String {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
        if *k == "phone" {
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            js_sys::Reflect::set(&o, &"phone-href".into(), &format!("tel:+{digits}").into()).unwrap();
        }
    }
    js_sys::JSON::stringify(&o).unwrap().as_string().unwrap()
}

/// The loader's `emit`, as the widget is given it: each event dispatched on the host element,
/// bubbling and composed.
fn emit_on(host: &Element) -> js_sys::Function {
    let host = host.clone();
    wasm_bindgen::closure::Closure::<dyn Fn(String, wasm_bindgen::JsValue)>::new(move |name: String, detail: wasm_bindgen::JsValue| {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        let event = web_sys::CustomEvent::new_with_event_init_dict(&format!("botox-guide-{name}"), &init).unwrap();
        host.dispatch_event(&event).unwrap();
    })
    .into_js_value()
    .unchecked_into()
}

/// Let Yew apply what is pending (renders, effects) and the event loop turn once; no fixed
/// wait: a test whose condition needs a timer to fire polls for it ([`until`]).
async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    yew::scheduler::flush().await;
}

/// Poll `condition` (every 20 ms, at most 2 s); true once it holds.
async fn until(condition: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if condition() {
            return true;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        yew::scheduler::flush().await;
    }
    condition()
}

impl Mounted {
    fn q(&self, selector: &str) -> Option<Element> {
        self.shadow.query_selector(selector).unwrap()
    }
    fn tab(&self, id: &str) -> HtmlElement {
        self.q(&format!("#bg-tab-{id}")).unwrap().dyn_into().unwrap()
    }
    fn selected(&self) -> String {
        self.q("[role=tab][aria-selected=true]").unwrap().get_attribute("data-tab").unwrap()
    }
    fn visible_panel(&self) -> String {
        let panels = self.shadow.query_selector_all("[role=tabpanel]:not([hidden])").unwrap();
        assert_eq!(panels.length(), 1, "exactly one visible panel");
        panels.get(0).unwrap().dyn_into::<Element>().unwrap().id()
    }
    fn focused(&self) -> Option<String> {
        self.shadow.active_element().and_then(|e| e.get_attribute("data-tab"))
    }
    async fn key(&self, key: &str) {
        let target = self.shadow.active_element().unwrap();
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
        settle().await;
    }
    fn events_named(&self, name: &str) -> Vec<String> {
        self.events.borrow().iter().filter(|(n, _)| n == name).map(|(_, d)| d.clone()).collect()
    }
}

#[wasm_bindgen_test]
async fn mounts_six_tabs_into_the_shadow_root_with_styles_only_there() {
    let head_styles_before = document().head().unwrap().query_selector_all("style").unwrap().length();
    let m = mount(&[]).await;
    assert_eq!(m.shadow.query_selector_all("[role=tab]").unwrap().length(), 6);
    assert_eq!(m.selected(), "about");
    assert_eq!(m.visible_panel(), "bg-panel-about");
    let adopted = js_sys::Reflect::get(&m.shadow, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(js_sys::Array::from(&adopted).length(), 1, "one adopted sheet in the shadow root");
    assert_eq!(
        document().head().unwrap().query_selector_all("style").unwrap().length(),
        head_styles_before,
        "no style added to the host document's head"
    );
    assert_eq!(m.events_named("botox-guide-ready").len(), 1);
}

#[wasm_bindgen_test]
async fn clicking_a_tab_selects_it_shows_its_panel_and_fires_one_event() {
    let m = mount(&[]).await;
    m.tab("risks").click();
    settle().await;
    assert_eq!(m.selected(), "risks");
    assert_eq!(m.visible_panel(), "bg-panel-risks");
    assert_eq!(m.tab("risks").tab_index(), 0);
    assert_eq!(m.tab("about").tab_index(), -1, "roving tabindex");
    assert_eq!(m.events_named("botox-guide-tab-change"), vec![r#"{"tab":"risks"}"#.to_string()]);
    // Clicking the selected tab again changes nothing and fires nothing.
    m.tab("risks").click();
    settle().await;
    assert_eq!(m.events_named("botox-guide-tab-change").len(), 1);
}

#[wasm_bindgen_test]
async fn arrow_keys_wrap_and_home_end_jump_with_focus_following() {
    let m = mount(&[]).await;
    m.tab("about").focus().unwrap();
    m.key("ArrowRight").await;
    assert_eq!((m.selected(), m.focused()), ("wrinkles".to_string(), Some("wrinkles".to_string())));
    assert_eq!(m.visible_panel(), "bg-panel-wrinkles");
    m.key("End").await;
    assert_eq!((m.selected(), m.focused()), ("aftercare".to_string(), Some("aftercare".to_string())));
    m.key("ArrowRight").await;
    assert_eq!(m.selected(), "about", "ArrowRight on the last tab wraps to the first");
    m.key("ArrowLeft").await;
    assert_eq!(m.selected(), "aftercare", "ArrowLeft on the first tab wraps to the last");
    m.key("Home").await;
    assert_eq!((m.selected(), m.focused()), ("about".to_string(), Some("about".to_string())));
    assert_eq!(m.visible_panel(), "bg-panel-about");
    m.key("a").await;
    assert_eq!(m.selected(), "about", "other keys do nothing");
}

#[wasm_bindgen_test]
async fn update_changes_options_live_and_clinic_cta_fires_its_event() {
    let m = mount(&[("tab", "choosing")]).await;
    assert_eq!(m.selected(), "choosing");
    assert!(m.q(".clinic-card").is_none());
    m.instance.update(canonical(&[("clinic-name", "Lakeside"), ("phone", "+1 555 0100"), ("tab", "aftercare")]));
    settle().await;
    assert_eq!(m.selected(), "aftercare");
    let call = m.q(".clinic-card a[href^='tel:']").expect("call link");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:+15550100"));
    // A tel: navigation would leave the test page; stop it after the widget has seen it.
    let stop = gloo::events::EventListener::new(&document(), "click", |e| e.prevent_default());
    call.dyn_into::<HtmlElement>().unwrap().click();
    drop(stop);
    assert_eq!(m.events_named("botox-guide-cta-click"), vec![r#"{"kind":"phone"}"#.to_string()]);
}

#[wasm_bindgen_test]
async fn unmount_removes_the_widget() {
    let m = mount(&[]).await;
    assert!(m.q("[role=tablist]").is_some());
    m.instance.unmount();
    settle().await;
    assert!(m.q("[role=tablist]").is_none());
}

#[wasm_bindgen_test]
async fn switching_treatment_changes_the_side_effects_and_urgent_signs_stay_visible() {
    let m = mount(&[("tab", "risks")]).await;
    let effects = |m: &Mounted| {
        let list = m.shadow.query_selector_all("[data-effect]").unwrap();
        (0..list.length())
            .map(|i| list.get(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("data-effect").unwrap())
            .collect::<Vec<_>>()
    };
    let urgent_visible = |m: &Mounted| {
        let el: HtmlElement = m.q("#bg-panel-risks .urgent").expect("urgent box").dyn_into().unwrap();
        el.offset_height() > 0 && m.q("#bg-panel-risks [data-sign=swallowing]").is_some()
    };
    assert_eq!(effects(&m), vec!["injection-site", "flu-like", "eyelid-droop", "brow-droop", "crooked-smile", "eye-dryness"]);
    assert!(urgent_visible(&m));
    let migraine: HtmlElement = m.q("input[type=radio][value=migraine]").unwrap().dyn_into().unwrap();
    migraine.click();
    settle().await;
    let now = effects(&m);
    assert!(now.contains(&"neck-pain".to_string()) && now.len() == 13, "{now:?}");
    assert!(m.q("[data-figure=responders]").is_some(), "migraine benefits shown");
    assert!(urgent_visible(&m));
    let checked: web_sys::HtmlInputElement = m.q("input[value=migraine]").unwrap().dyn_into().unwrap();
    assert!(checked.checked());
}

#[wasm_bindgen_test]
async fn migraine_tab_link_opens_the_risks_tab_on_migraine_figures() {
    let m = mount(&[("tab", "migraine")]).await;
    let link: HtmlElement = m.q("#bg-panel-migraine button").expect("risk link").dyn_into().unwrap();
    link.click();
    settle().await;
    assert_eq!(m.selected(), "risks");
    assert!(m.q("[data-effect=neck-pain]").is_some());
    assert_eq!(m.events_named("botox-guide-tab-change"), vec![r#"{"tab":"risks"}"#.to_string()]);
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn set_treatment_time(m: &Mounted, value: &str) {
    let input: web_sys::HtmlInputElement = m.q("#bg-treated-at").expect("date input").dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
}

fn text(m: &Mounted, selector: &str) -> String {
    m.q(selector).map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

/// A local wall-clock time in the browser's zone (the runner's `TZ`), in minutes since the epoch.
fn local_minutes(y: u32, month: i32, d: i32, h: i32, min: i32) -> i64 {
    let date = js_sys::Date::new_with_year_month_day_hr_min(y, month - 1, d, h, min);
    (date.get_time() / 60_000.0) as i64
}

/// Fixes the widget's "now" for as long as it lives, and the visitor's languages (British
/// English, so dates read "Wed 16 Dec" and "15:00" on any machine).
struct FixedClock;
impl FixedClock {
    fn at(minutes: i64) -> FixedClock {
        botox_guide::browser::fix_clock(Some(minutes));
        botox_guide::browser::fix_languages(Some(&["en-GB"]));
        FixedClock
    }
}
impl Drop for FixedClock {
    fn drop(&mut self) {
        botox_guide::browser::fix_clock(None);
        botox_guide::browser::fix_languages(None);
    }
}

#[wasm_bindgen_test]
async fn entering_a_treatment_date_shows_real_dates_and_where_now_is() {
    storage().remove_item("botox-guide:v1:date-clinic").unwrap();
    // "Now" is 3 December 2026, 10 am on the machine's own clock, whatever its zone.
    let _clock = FixedClock::at(local_minutes(2026, 12, 3, 10, 0));
    let m = mount(&[("tab", "aftercare"), ("clinic-name", "Date Clinic"), ("treatment", "cosmetic")]).await;
    assert!(text(&m, ".status").contains("No date entered"));
    assert!(m.q("[data-step=full-effect] .when").is_none(), "no dates before a date is entered");
    // Treated yesterday at 3 pm: 19 hours ago, inside the first 24 hours.
    set_treatment_time(&m, "2026-12-02T15:00").await;
    assert_eq!(text(&m, "[data-step=full-effect] .when"), "Wed 16 Dec", "day 14 has its date");
    assert_eq!(text(&m, "[data-step=first-day] .when"), "Until Thu 3 Dec, 15:00");
    let now_steps = m.shadow.query_selector_all("[aria-current=step]").unwrap();
    let ids: Vec<String> = (0..now_steps.length()).map(|i| now_steps.get(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("data-step").unwrap()).collect();
    assert_eq!(ids, vec!["first-day"], "the first 24 hours are current");
    assert!(m.q("[data-step=before].step-past").is_some(), "before the appointment is done");
    assert!(m.q("[data-step=any-time] [data-sign=breathing]").is_some());
    let saved = storage().get_item("botox-guide:v1:date-clinic").unwrap().unwrap();
    assert!(saved.contains("2026-12-02T15:00"), "{saved}");
    // Treated two days ago at 1 pm: 45 hours ago, between the first day and day 3.
    set_treatment_time(&m, "2026-12-01T13:00").await;
    assert!(m.q("[aria-current=step]").is_none(), "no step is current on day 2");
    assert_eq!(text(&m, ".status"), "No step is due right now. Keep watching for the warning signs. Next: \u{2068}Days 3 to 7: the effect begins\u{2069}, from Fri 4 Dec.");
    assert!(m.q("[data-step=effect-begins].step-next").is_some(), "the next step is flagged");
}

#[wasm_bindgen_test]
async fn ticks_survive_a_remount_and_forget_clears_them() {
    storage().remove_item("botox-guide:v1:tick-clinic").unwrap();
    let options = [("tab", "aftercare"), ("clinic-name", "Tick Clinic")];
    let m = mount(&options).await;
    let tick: HtmlElement = m.q("input[data-item=no-rubbing]").unwrap().dyn_into().unwrap();
    tick.click();
    settle().await;
    drop(m);
    let m = mount(&options).await;
    let tick: web_sys::HtmlInputElement = m.q("input[data-item=no-rubbing]").unwrap().dyn_into().unwrap();
    assert!(tick.checked(), "still ticked after a reload");
    let forget = m.shadow.query_selector_all(".actions button").unwrap().get(2).unwrap().dyn_into::<HtmlElement>().unwrap();
    forget.click();
    settle().await;
    let tick: web_sys::HtmlInputElement = m.q("input[data-item=no-rubbing]").unwrap().dyn_into().unwrap();
    assert!(!tick.checked());
    assert!(storage().get_item("botox-guide:v1:tick-clinic").unwrap().is_none(), "removed from the device");
    assert!(text(&m, ".status").contains("removed"));
}

#[wasm_bindgen_test]
async fn throwing_storage_never_breaks_the_timeline() {
    // Make every localStorage call throw, as a blocked or full store does.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap();
    let proto = js_sys::Reflect::get(&proto, &"prototype".into()).unwrap();
    let originals: Vec<(String, wasm_bindgen::JsValue)> = ["getItem", "setItem", "removeItem"]
        .iter()
        .map(|name| (name.to_string(), js_sys::Reflect::get(&proto, &(*name).into()).unwrap()))
        .collect();
    let thrower = js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError')");
    for (name, _) in &originals {
        js_sys::Reflect::set(&proto, &name.into(), &thrower).unwrap();
    }
    let _clock = FixedClock::at(local_minutes(2026, 11, 25, 10, 0));
    let m = mount(&[("tab", "aftercare")]).await;
    set_treatment_time(&m, "2026-11-24T15:00").await;
    let tick: HtmlElement = m.q("input[data-item=no-rubbing]").unwrap().dyn_into().unwrap();
    tick.click();
    settle().await;
    let still_ticked = m.q("input[data-item=no-rubbing]").unwrap().dyn_into::<web_sys::HtmlInputElement>().unwrap().checked();
    let status = text(&m, ".status");
    let dated = !text(&m, "[data-step=first-day] .when").is_empty();
    for (name, f) in &originals {
        js_sys::Reflect::set(&proto, &name.into(), f).unwrap();
    }
    assert!(still_ticked, "ticks work for this visit");
    assert!(dated, "dates work for this visit");
    assert!(status.contains("not letting the page save"), "{status}");
}

#[wasm_bindgen_test]
async fn other_panels_render_in_the_background_so_a_switch_only_unhides() {
    let m = mount(&[]).await;
    let filled = |m: &Mounted| m.shadow.query_selector_all("[role=tabpanel] h3").unwrap().length();
    // Straight after the first render (no timer has run: `settle` waits for none).
    assert_eq!(filled(&m), 1, "only the first panel at first");
    assert!(until(|| filled(&m) == 6).await, "every panel rendered in the background: {}", filled(&m));
    assert!(m.q("#bg-panel-risks").unwrap().has_attribute("hidden"));
    let heading = m.q("#bg-panel-risks h3").unwrap();
    m.tab("risks").click();
    settle().await;
    assert_eq!(m.visible_panel(), "bg-panel-risks");
    assert!(heading.is_same_node(m.q("#bg-panel-risks h3").as_ref().map(|e| e.as_ref())), "the same DOM, unhidden");
}
