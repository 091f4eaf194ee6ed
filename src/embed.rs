//! The wasm entry points used by `static/embed.js`: mount one instance into a shadow root,
//! update its options, unmount it. Thin: parsing lives in `options`, rendering in
//! `components`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use crate::components::{App, AppProps, GuideEvent};
use crate::content::{validate, Content, SharedContent, MAX_OVERRIDE_BYTES};
use crate::options::{self, Options};

thread_local! {
    /// The widget's CSS (`theme::stylesheet()`, built at build time), handed over by the
    /// loader, which already carries it for the shell: so it is not in the wasm twice.
    static CSS: RefCell<Option<String>> = const { RefCell::new(None) };
    /// One constructable stylesheet made from it, shared by every instance on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The English content (`en.json`, handed over by the loader like the CSS) as text, the
    /// base a clinic's file is laid over, and read.
    static BUILTIN: RefCell<Option<(Rc<str>, SharedContent)>> = const { RefCell::new(None) };
}

fn builtin() -> SharedContent {
    BUILTIN.with(|b| b.borrow().as_ref().map(|(_, c)| c.clone())).expect("set in mount")
}

/// The English content's JSON text: the base a clinic's partial file is laid over.
fn builtin_text() -> Rc<str> {
    BUILTIN.with(|b| b.borrow().as_ref().map(|(t, _)| t.clone())).expect("set in mount")
}

/// Once per page (not per mount: a hook cannot be replaced while a panic is under way): a
/// short line for the clinic, then (in debug and test builds) the panic's own message, then
/// whatever hook was there before (a test harness's, which prints the failing assertion).
/// Release builds keep only the short line: formatting the message (ours or std's default
/// hook's) keeps every panic string of the crate graph in the wasm (+2.3 KB brotli, measured).
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(debug_assertions)]
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |_info| {
            web_sys::console::error_1(&"botox-guide: internal error; please report it to the clinic's web team.".into());
            #[cfg(debug_assertions)]
            {
                web_sys::console::error_1(&_info.to_string().into());
                previous(_info);
            }
        }));
    });
}

/// One widget on the page.
#[wasm_bindgen]
pub struct Instance {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    host: Element,
    shadow: ShadowRoot,
    base: String,
    container: Element,
    handle: Option<AppHandle<App>>,
    props: AppProps,
    /// Warnings already written to the console (each is written once per instance).
    warned: Vec<String>,
    /// The content files this instance shows: (locale file, clinic's file).
    wanted: (Option<String>, Option<String>),
}

/// Mount a widget into `shadow` (the open shadow root of `host`) with `options`, a plain
/// object of option names to strings. `base` is the folder `embed.js` was loaded from
/// (where the locale files `botox-guide-<locale>.json` are); `css` the widget's stylesheet
/// text (`dist/botox-guide.css`, which the loader carries); `content` the English content
/// (`en.json`, also carried by the loader). Throws when no valid content has been given.
#[wasm_bindgen]
pub fn mount(host: Element, shadow: ShadowRoot, options: JsValue, base: Option<String>, css: Option<String>, content: Option<String>) -> Result<Instance, JsError> {
    if let Some(css) = css {
        CSS.with(|c| c.borrow_mut().get_or_insert(css).len());
    }
    if BUILTIN.with(|b| b.borrow().is_none()) {
        let text = content.ok_or_else(|| JsError::new("botox-guide: the guide's text did not arrive with the loader"))?;
        let read = Content::from_json(&text).map_err(|e| JsError::new(&format!("botox-guide: the guide's text is broken: {e}")))?;
        BUILTIN.with(|b| *b.borrow_mut() = Some((Rc::from(text), read.into())));
    }
    install_panic_hook();
    let document = host.owner_document().expect("an element in a document");
    let container = document.create_element("div").expect("create div");

    let on_event = {
        let host = host.clone();
        Callback::from(move |e: GuideEvent| dispatch_event(&host, &e))
    };
    let props = AppProps {
        content: builtin(),
        options: Rc::new(Options::default()),
        notice: None,
        on_event,
        mode: Default::default(),
    };
    let inner = Rc::new(RefCell::new(Inner {
        host,
        shadow,
        base: base.unwrap_or_default(),
        container,
        handle: None,
        props,
        warned: Vec::new(),
        wanted: (None, None),
    }));
    let instance = Instance { inner };
    instance.apply_options(&options, true);
    Ok(instance)
}

#[wasm_bindgen]
impl Instance {
    /// Replace the options (all of them: missing names take their defaults).
    pub fn update(&self, options: JsValue) {
        self.apply_options(&options, false);
    }

    /// Remove the widget and free what it holds.
    pub fn unmount(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(handle) = inner.handle.take() {
            handle.destroy();
        }
        inner.container.remove();
    }
}

impl Instance {
    fn apply_options(&self, js: &JsValue, first: bool) {
        let pairs = js_pairs(js);
        let mut parsed = options::parse(pairs);
        let mut inner = self.inner.borrow_mut();
        if parsed.options.locale == "auto" {
            let page_lang = inner.host.owner_document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
            parsed.options.locale = options::resolve_locale("auto", page_lang.as_deref(), &browser_languages());
        }
        for w in &parsed.warnings {
            let text = w.to_string();
            if !inner.warned.contains(&text) {
                web_sys::console::warn_1(&(&text).into());
                inner.warned.push(text);
            }
        }
        // Content comes from the locale's file next to embed.js (English is built in), with
        // the clinic's own file, if any, laid over it.
        let locale_url = (parsed.options.locale != "en").then(|| format!("{}botox-guide-{}.json", inner.base, parsed.options.locale));
        let wanted = (locale_url, parsed.options.content_url.clone());
        inner.props.options = Rc::new(parsed.options);
        let changed = wanted != inner.wanted;
        inner.wanted = wanted.clone();
        let fetches = wanted.0.is_some() || wanted.1.is_some();
        if changed && !fetches {
            inner.props.content = builtin();
            inner.props.notice = None;
        }
        // With content still to fetch, the first render waits for it (the placeholder or
        // shell stays), so visitors never see the wrong language or text flash by.
        if first && !fetches {
            inner.render_first();
        } else {
            inner.rerender();
        }
        drop(inner);
        if changed && fetches {
            let weak = Rc::downgrade(&self.inner);
            wasm_bindgen_futures::spawn_local(async move {
                let (content, problem) = load_content(&wanted.0, &wanted.1).await;
                let Some(inner) = weak.upgrade() else { return };
                let mut inner = inner.borrow_mut();
                if inner.wanted != wanted {
                    return; // superseded by a later update
                }
                inner.props.notice = None;
                if let Some(message) = problem {
                    web_sys::console::warn_1(&message.clone().into());
                    fire(&inner.host, "botox-guide:error", &[("message", &message)]);
                    if wanted.1.is_some() {
                        inner.props.notice = Some(AttrValue::from(content.ui.content_error.clone()));
                    }
                }
                inner.props.content = content;
                if inner.handle.is_none() {
                    inner.render_first();
                } else {
                    inner.rerender();
                }
            });
        }
    }
}

impl Inner {
    /// Render the current props into a live widget (nothing before the first render).
    fn rerender(&mut self) {
        let props = self.props.clone();
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// Replace the placeholder or shell with the live widget.
    fn render_first(&mut self) {
        if self.handle.is_some() {
            return;
        }
        // Experiment only (not shipped): Yew's hydration of the shell instead of a re-render,
        // built by bench/run for comparison; see docs/decisions.md.
        #[cfg(feature = "hydration")]
        if let Ok(Some(shell)) = self.shadow.query_selector(":scope > div:has(> .root[data-shell])") {
            adopt_styles(&self.shadow);
            if let Ok(Some(root)) = shell.query_selector(".root") {
                let _ = root.remove_attribute("data-shell");
            }
            let mut props = self.props.clone();
            props.mode = crate::components::RenderMode::AllPanels;
            self.container = shell.clone();
            self.handle = Some(yew::Renderer::<App>::with_root_and_props(shell, props).hydrate());
            return;
        }
        adopt_styles(&self.shadow);
        self.shadow.set_inner_html("");
        let _ = self.shadow.append_child(&self.container);
        let props = self.props.clone();
        self.handle = Some(yew::Renderer::<App>::with_root_and_props(self.container.clone(), props).render());
    }
}

/// The content for a locale file and a clinic's file (either may be absent), and the one
/// problem to report if something could not be used. Never fails: the fallback is the
/// locale's content, else the built-in English.
async fn load_content(locale_url: &Option<String>, clinic_url: &Option<String>) -> (SharedContent, Option<String>) {
    // One await site for both files (each async call site costs wasm bytes); the locale
    // file comes first because the clinic's file is laid over it.
    let mut base: Option<String> = None;
    let mut content = builtin();
    for (url, is_locale) in [(locale_url, true), (clinic_url, false)] {
        let Some(url) = url else { continue };
        let text = fetch_text(url).await;
        match read_content(text, base.as_deref(), is_locale) {
            Ok((text, c)) => {
                base = Some(text);
                content = c.into();
            }
            Err(e) => return (content, Some(failure_message(url, &e, is_locale))),
        }
    }
    (content, None)
}

/// Check one fetched file: a complete locale file, or a clinic's file laid over `base`.
fn read_content(text: Result<String, String>, base: Option<&str>, is_locale: bool) -> Result<(String, Content), String> {
    let text = text?;
    if is_locale {
        let c = Content::from_json(&text)?;
        return Ok((text, c));
    }
    let en = builtin_text();
    let c = Content::with_override(base.unwrap_or(&en), &text)?;
    match validate::problems(&c).as_slice() {
        [] => Ok((text, c)),
        [one] => Err(one.clone()),
        [first, rest @ ..] => Err(format!("{first} (and {} more)", rest.len())),
    }
}

fn failure_message(url: &str, e: &str, is_locale: bool) -> String {
    if is_locale {
        format!("botox-guide: the language file \"{url}\" could not be used: {e}. Showing English.")
    } else {
        format!("botox-guide: content-url \"{url}\" could not be used: {e}. Showing the built-in content.")
    }
}

/// How long a content file may take before the built-in content is shown instead.
const FETCH_TIMEOUT_MS: u32 = 5000;

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    // Abort a slow server instead of leaving visitors with a placeholder.
    let controller = web_sys::AbortController::new().ok();
    let _timer = controller.clone().map(|c| {
        init.set_signal(Some(&c.signal()));
        gloo_timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || c.abort())
    });
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| {
            if controller.as_ref().is_some_and(|c| c.signal().aborted()) {
                format!("no answer within {} seconds", FETCH_TIMEOUT_MS / 1000)
            } else {
                "the request failed (network, address or CORS)".to_string()
            }
        })?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let too_big = || format!("the file is larger than the {} KB limit", MAX_OVERRIDE_BYTES / 1024);
    let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_OVERRIDE_BYTES) {
        return Err(too_big());
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| "unreadable body")?)
        .await
        .map_err(|_| "unreadable body".to_string())?
        .as_string()
        .unwrap_or_default();
    if text.len() > MAX_OVERRIDE_BYTES {
        return Err(too_big());
    }
    Ok(text)
}

/// `navigator.languages`, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

/// (name, value) pairs from a plain JS object; non-string values are stringified.
fn js_pairs(js: &JsValue) -> Vec<(String, String)> {
    if !js.is_object() {
        return Vec::new();
    }
    js_sys::Object::entries(js.unchecked_ref())
        .iter()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            let key = pair.get(0).as_string()?;
            let value = pair.get(1);
            let value = match value.as_string() {
                Some(s) => s,
                None if value.is_null() || value.is_undefined() => return None,
                None => match value.as_bool() {
                    Some(b) => b.to_string(),
                    None => js_sys::JSON::stringify(&value).ok()?.as_string()?,
                },
            };
            Some((key, value))
        })
        .collect()
}

fn adopt_styles(shadow: &ShadowRoot) {
    let Some(css) = CSS.with(|c| c.borrow().clone()) else {
        web_sys::console::warn_1(&"botox-guide: the stylesheet did not arrive with the loader; the guide is unstyled.".into());
        return;
    };
    let adopted = SHEET.with(|sheet| {
        let mut sheet = sheet.borrow_mut();
        if sheet.is_none() {
            *sheet = CssStyleSheet::new().ok().filter(|s| s.replace_sync(&css).is_ok());
        }
        let list = js_sys::Array::of1(sheet.as_ref()?);
        js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &list).ok()
    });
    if adopted.is_none() {
        // Older browsers without constructable stylesheets: a <style> in the shadow root.
        if let Some(doc) = shadow.owner_document() {
            if let Ok(style) = doc.create_element("style") {
                style.set_text_content(Some(&css));
                let _ = shadow.append_child(&style);
            }
        }
    }
}

fn dispatch_event(host: &Element, e: &GuideEvent) {
    match e {
        GuideEvent::Ready => fire(host, "botox-guide:ready", &[]),
        GuideEvent::TabChange(tab) => fire(host, "botox-guide:tab-change", &[("tab", tab)]),
        GuideEvent::CtaClick(kind) => fire(host, "botox-guide:cta-click", &[("kind", kind.as_str())]),
    }
}

fn fire(host: &Element, name: &str, detail: &[(&str, &str)]) {
    let obj = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&obj, &(*k).into(), &(*v).into());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&obj);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
