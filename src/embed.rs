//! The wasm entry points used by the loader: `init` once per page (the folder of the files,
//! the stylesheet and the English content, which the loader carries), then `mount` one
//! instance into a shadow root with its canonical options (checked by the loader, read here
//! with serde) and the loader's `emit` for its events, `update` its options, `unmount` it.
//! Thin: options are read in `options`, content in `content`, rendering in `components`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use crate::components::{App, AppProps};
use crate::content::{validate, Content, SharedContent, MAX_OVERRIDE_BYTES};
use crate::events::GuideEvent;
use crate::ids::Locale;
use crate::options::Options;

/// What `init` was given, shared by every instance on the page.
struct Page {
    /// The folder `embed.js` was loaded from (where `botox-guide-<locale>.json` files are).
    base: String,
    /// The widget's stylesheet as one constructable stylesheet, adopted by every instance.
    sheet: Option<CssStyleSheet>,
    /// The stylesheet text, for browsers without constructable stylesheets.
    css: String,
    /// The English content as JSON text (the base a clinic's partial file is laid over), its
    /// value tree until it is typed, and the typed content: `init` parses, `prepare` types
    /// (each its own task for the loader: together they were a long task on slow phones).
    en_text: Rc<str>,
    en_tree: RefCell<Option<serde_json::Value>>,
    en: RefCell<Option<SharedContent>>,
    /// Other locales' texts handed over by the loader from their packs (text, read).
    provided: RefCell<Vec<(Locale, Rc<str>, SharedContent)>>,
}

impl Page {
    /// The typed English content (typed now if `prepare` has not run yet).
    fn english(&self) -> Result<SharedContent, String> {
        if let Some(en) = &*self.en.borrow() {
            return Ok(en.clone());
        }
        let tree = self.en_tree.borrow_mut().take();
        let typed = tree.map(crate::content::load::typed).unwrap_or_else(|| Err("it could not be read".into()));
        let en = SharedContent::from(typed.map_err(|e| format!("botox-guide: the guide's text is broken: {e}"))?);
        *self.en.borrow_mut() = Some(en.clone());
        Ok(en)
    }

    fn provided(&self, locale: Locale) -> Option<(Rc<str>, SharedContent)> {
        self.provided.borrow().iter().find(|(l, _, _)| *l == locale).map(|(_, t, c)| (t.clone(), c.clone()))
    }
}

thread_local! {
    static PAGE: RefCell<Option<Rc<Page>>> = const { RefCell::new(None) };
}

fn page() -> Option<Rc<Page>> {
    PAGE.with(|p| p.borrow().clone())
}

/// Page-wide set-up, once: `base` is the folder of `embed.js`, `css` the widget's stylesheet
/// and `content` the English content (JSON), both carried by the loader; the content is
/// parsed here and typed by [`prepare`] (or the first mount). Throws a clear error when the
/// content cannot be parsed; a second call changes nothing.
#[wasm_bindgen]
pub fn init(base: String, css: String, content: String) -> Result<(), JsError> {
    install_panic_hook();
    if page().is_some() {
        return Ok(());
    }
    let tree = crate::content::load::parse(&content).map_err(|e| JsError::new(&format!("botox-guide: the guide's text is broken: {e}")))?;
    let sheet = CssStyleSheet::new().ok().filter(|s| s.replace_sync(&css).is_ok());
    let page = Page {
        base,
        sheet,
        css,
        en_text: Rc::from(content),
        en_tree: RefCell::new(Some(tree)),
        en: RefCell::new(None),
        provided: RefCell::new(Vec::new()),
    };
    PAGE.with(|p| *p.borrow_mut() = Some(Rc::new(page)));
    Ok(())
}

/// Type the English content `init` parsed, ahead of the first mount (the loader calls it in
/// a task of its own). Throws a clear error when the content is not a guide.
#[wasm_bindgen]
pub fn prepare() -> Result<(), JsError> {
    let page = page().ok_or_else(|| JsError::new("botox-guide: prepare() before init()"))?;
    page.english().map(drop).map_err(|e| JsError::new(&e))
}

/// A locale's text from its pack (`botox-guide-<locale>.js`, checked by its integrity hash),
/// so widgets in that language need not fetch `botox-guide-<locale>.json`. Call after
/// `init`, before mounting such widgets; a second call for a locale changes nothing. Throws
/// a clear error for an unknown locale or a text that cannot be read.
#[wasm_bindgen]
pub fn add_locale(locale: &str, content: String) -> Result<(), JsError> {
    let page = page().ok_or_else(|| JsError::new("botox-guide: add_locale() before init()"))?;
    let locale = Locale::parse(locale).ok_or_else(|| JsError::new(&format!("botox-guide: no locale \"{locale}\"")))?;
    if locale == Locale::En || page.provided(locale).is_some() {
        return Ok(());
    }
    let read = Content::from_json(&content).map_err(|e| JsError::new(&format!("botox-guide: the {locale} text is broken: {e}")))?;
    page.provided.borrow_mut().push((locale, Rc::from(content), read.into()));
    Ok(())
}

/// Once per page (not per mount: a hook cannot be replaced while a panic is under way): a
/// short line for the clinic, then (in debug and test builds) the panic's own message, then
/// whatever hook was there before (a test harness's, which prints the failing assertion).
/// Release builds abort at once on a panic (`-Cpanic=immediate-abort`), so no hook runs there:
/// the loader reports the trap.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(debug_assertions)]
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |_info| {
            gloo::console::error!("botox-guide: internal error; please report it to the clinic's web team.");
            #[cfg(debug_assertions)]
            {
                gloo::console::error!(_info.to_string());
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
    page: Rc<Page>,
    /// The page's English content, typed.
    en: SharedContent,
    shadow: ShadowRoot,
    container: Element,
    handle: Option<AppHandle<App>>,
    props: AppProps,
    /// The loader's `emit(name, detail)`: every event of the widget goes through it.
    emit: js_sys::Function,
    /// The content files this instance shows: (locale file, clinic's file).
    wanted: (Option<String>, Option<String>),
    /// Shows the built-in guide if a clinic's file is slow to come (dropped with the widget).
    slow: Option<gloo::timers::callback::Timeout>,
}

/// Mount a widget into `shadow` (the open shadow root of its element) with `options`, the
/// canonical options as JSON (from the loader), and `emit(name, detail)`, the loader's
/// dispatcher of the widget's events. Throws when `init` has not run.
#[wasm_bindgen]
pub fn mount(shadow: ShadowRoot, options: String, emit: js_sys::Function) -> Result<Instance, JsError> {
    let page = page().ok_or_else(|| JsError::new("botox-guide: mount() before init()"))?;
    let container = gloo::utils::document().create_element("div").map_err(|_| JsError::new("botox-guide: cannot create an element"))?;
    let on_event = {
        let emit = emit.clone();
        Callback::from(move |e: GuideEvent| fire(&emit, &e))
    };
    let en = page.english().map_err(|e| JsError::new(&e))?;
    let props = AppProps { content: en.clone(), options: Rc::new(Options::default()), notice: None, on_event, mode: Default::default() };
    let inner = Rc::new(RefCell::new(Inner { page, en, shadow, container, handle: None, props, emit, wanted: (None, None), slow: None }));
    let instance = Instance { inner };
    instance.apply_options(&options, true);
    Ok(instance)
}

#[wasm_bindgen]
impl Instance {
    /// Replace the options (canonical, as JSON: all of them).
    pub fn update(&self, options: String) {
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
    fn apply_options(&self, json: &str, first: bool) {
        // The loader checked every value: a mistake here is the loader's, named once.
        let options = Options::from_json(json).unwrap_or_else(|e| {
            gloo::console::error!(format!("botox-guide: the loader's options could not be read ({e}); using the defaults."));
            Options::default()
        });
        let mut inner = self.inner.borrow_mut();
        let locale = options.locale;
        // Content comes from the locale's file next to embed.js (English is built in), with
        // the clinic's own file, if any, laid over it.
        let base = &inner.page.base;
        let locale_url = (locale != Locale::En).then(|| format!("{base}{}", crate::content::locale_file(locale)));
        let wanted = (locale_url, options.content_url.clone());
        inner.props.options = Rc::new(options);
        let changed = wanted != inner.wanted;
        inner.wanted = wanted.clone();
        // A locale whose text the loader handed over (from its pack) needs no fetch.
        let provided = inner.page.provided(locale);
        let fetches = (wanted.0.is_some() && provided.is_none()) || wanted.1.is_some();
        if changed && !fetches {
            inner.props.content = provided.clone().map_or_else(|| inner.en.clone(), |(_, c)| c);
            inner.props.notice = None;
        }
        // With content still to fetch, the first render waits for it (the placeholder or
        // shell stays), so visitors never see the wrong language or text flash by. Only a
        // clinic's own file, over a language already here, may keep them waiting no longer
        // than SLOW_CONTENT_MS: then the built-in guide in that language shows, with a note.
        if first && !fetches {
            inner.render_first();
        } else {
            inner.rerender();
        }
        if first && fetches && (wanted.0.is_none() || provided.is_some()) {
            let (weak, fallback) = (Rc::downgrade(&self.inner), provided.map_or_else(|| inner.en.clone(), |(_, c)| c));
            inner.slow = Some(gloo::timers::callback::Timeout::new(SLOW_CONTENT_MS, move || {
                let Some(inner) = weak.upgrade() else { return };
                let mut inner = inner.borrow_mut();
                if inner.handle.is_none() && inner.wanted == wanted {
                    inner.props.notice = Some(AttrValue::from(fallback.ui[crate::content::UiText::ContentLoading].to_string()));
                    inner.props.content = fallback;
                    inner.render_first();
                }
            }));
        }
        let wanted = inner.wanted.clone();
        drop(inner);
        if changed && fetches {
            wasm_bindgen_futures::spawn_local(load_into(Rc::downgrade(&self.inner), locale, wanted));
        }
    }
}

/// Fetch the content files an instance wants and show them (or the fallback, with one
/// warning and an `error` event) unless the instance is gone or wants something else by now.
async fn load_into(weak: Weak<RefCell<Inner>>, locale: Locale, wanted: (Option<String>, Option<String>)) {
    let Some((page, en)) = weak.upgrade().map(|i| (i.borrow().page.clone(), i.borrow().en.clone())) else { return };
    let (content, problem) = load_content(&page, en, locale, &wanted.0, &wanted.1).await;
    let Some(inner) = weak.upgrade() else { return };
    let mut inner = inner.borrow_mut();
    if inner.wanted != wanted {
        return; // superseded by a later update
    }
    inner.props.notice = None;
    if let Some(message) = problem {
        gloo::console::warn!(&message);
        fire(&inner.emit, &GuideEvent::Error(message));
        if wanted.1.is_some() {
            inner.props.notice = Some(AttrValue::from(content.ui[crate::content::UiText::ContentError].to_string()));
        }
    }
    inner.props.content = content;
    if inner.handle.is_none() {
        inner.render_first();
    } else {
        inner.rerender();
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
            adopt_styles(&self.page, &self.shadow);
            if let Ok(Some(root)) = shell.query_selector(".root") {
                let _ = root.remove_attribute("data-shell");
            }
            let mut props = self.props.clone();
            props.mode = crate::components::RenderMode::AllPanels;
            self.container = shell.clone();
            self.handle = Some(yew::Renderer::<App>::with_root_and_props(shell, props).hydrate());
            return;
        }
        adopt_styles(&self.page, &self.shadow);
        self.shadow.set_inner_html("");
        let _ = self.shadow.append_child(&self.container);
        let props = self.props.clone();
        self.handle = Some(yew::Renderer::<App>::with_root_and_props(self.container.clone(), props).render());
    }
}

/// The content for a locale file and a clinic's file (either may be absent), and the one
/// problem to report if something could not be used. Never fails: the fallback is the
/// locale's content, else the built-in English.
async fn load_content(page: &Page, en: SharedContent, locale: Locale, locale_url: &Option<String>, clinic_url: &Option<String>) -> (SharedContent, Option<String>) {
    let mut base: Option<String> = None;
    let mut content = en;
    for (url, is_locale) in [(locale_url, true), (clinic_url, false)] {
        let Some(url) = url else { continue };
        if let Some((text, read)) = page.provided(locale).filter(|_| is_locale) {
            base = Some(text.to_string());
            content = read;
            continue;
        }
        let text = fetch_text(url).await;
        match read_content(page, text, base.as_deref(), is_locale) {
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
fn read_content(page: &Page, text: Result<String, String>, base: Option<&str>, is_locale: bool) -> Result<(String, Content), String> {
    let text = text?;
    if is_locale {
        let c = Content::from_json(&text)?;
        return Ok((text, c));
    }
    let c = Content::with_override(base.unwrap_or(&page.en_text), &text)?;
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

/// How long a clinic's content file may keep the first view waiting before the built-in
/// guide shows, with a note that the clinic's version is on its way.
const SLOW_CONTENT_MS: u32 = 1000;

/// How long a content file may take before the built-in content is shown instead.
const FETCH_TIMEOUT_MS: u32 = 5000;

/// A content file's text, through gloo-net, aborted after [`FETCH_TIMEOUT_MS`]: its
/// `Content-Type` must be JSON's, its body is read as a stream and dropped as soon as it passes
/// the size limit (a body without `Content-Length` is never read in full), and it must be UTF-8.
async fn fetch_text(url: &str) -> Result<String, String> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let _timer = controller.clone().map(|c| gloo::timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || c.abort()));
    let timed_out = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let late = || format!("no answer within {} seconds", FETCH_TIMEOUT_MS / 1000);
    let response = gloo::net::http::Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(|_| {
        if timed_out() {
            late()
        } else {
            "the request failed (network, address or CORS)".to_string()
        }
    })?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    crate::content::load::check_content_type(response.headers().get("content-type").as_deref())?;
    let too_big = || format!("the file is larger than the {} KB limit", MAX_OVERRIDE_BYTES / 1024);
    let declared = response.headers().get("content-length").and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_OVERRIDE_BYTES) {
        return Err(too_big());
    }
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read()).await.map_err(|_| if timed_out() { late() } else { "the file could not be read to its end".to_string() })?;
        if js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let part: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| "unreadable body".to_string())?.unchecked_into();
        if bytes.len() + part.length() as usize > MAX_OVERRIDE_BYTES {
            let _ = reader.cancel();
            return Err(too_big());
        }
        let at = bytes.len();
        bytes.resize(at + part.length() as usize, 0);
        part.copy_to(&mut bytes[at..]);
    }
    crate::content::load::utf8_text(bytes)
}

fn adopt_styles(page: &Page, shadow: &ShadowRoot) {
    let adopted = page.sheet.as_ref().and_then(|sheet| js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &js_sys::Array::of1(sheet)).ok());
    if adopted.is_none() {
        // Older browsers without constructable stylesheets: a <style> in the shadow root.
        if let Ok(style) = gloo::utils::document().create_element("style") {
            style.set_text_content(Some(&page.css));
            let _ = shadow.append_child(&style);
        }
    }
}

/// Hand `e` to the loader's `emit(name, detail)`, which dispatches it on the host element.
fn fire(emit: &js_sys::Function, e: &GuideEvent) {
    let detail = js_sys::Object::new();
    for (k, v) in e.detail() {
        let _ = js_sys::Reflect::set(&detail, &k.into(), &v.into());
    }
    let _ = emit.call2(&JsValue::NULL, &e.name().into(), &detail);
}
