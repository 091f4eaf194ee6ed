//! The wasm entry points used by the loader: `init` once per page (the folder of the files,
//! the stylesheet and the English content, which the loader carries), then `mount` one
//! instance into a shadow root with its canonical options (checked by the loader, read here
//! with serde) and the loader's `emit` for its events, `update` its options, `unmount` it.
//! Thin: options are read in `options`, content in `content`, rendering in `components`.
//!
//! Two builds: the full wasm reads content as JSON (the English text from the loader, other
//! languages from their packs or files, a clinic's `content-url` from its server: `files`);
//! the lean one (feature `lean`, for pages in English without a clinic's own content) has the
//! English content's shape compiled in, its words handed over by `init` from `embed.js`, and
//! reads no file (docs/decisions.md, "The lean wasm").

#[cfg(not(feature = "lean"))]
mod files;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use crate::components::{App, AppProps};
#[cfg(not(feature = "lean"))]
use crate::content::Content;
use crate::content::SharedContent;
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
    /// The full wasm may start without English (a page in another language, with that
    /// language's pack, never fetches it): the loader hands it over with `add_locale` before
    /// a widget needs it.
    #[cfg(not(feature = "lean"))]
    en_text: RefCell<Option<Rc<str>>>,
    #[cfg(not(feature = "lean"))]
    en_tree: RefCell<Option<serde_json::Value>>,
    en: RefCell<Option<SharedContent>>,
    /// The lean wasm's English texts, from `embed.js` (`builtin_en::TEXT`).
    #[cfg(feature = "lean")]
    text: String,
    /// Other locales' texts handed over by the loader from their packs (text, read).
    provided: RefCell<Vec<(Locale, Rc<str>, SharedContent)>>,
}

impl Page {
    /// The typed English content (typed now if `prepare` has not run yet).
    fn english(&self) -> Result<SharedContent, String> {
        if let Some(en) = &*self.en.borrow() {
            return Ok(en.clone());
        }
        #[cfg(not(feature = "lean"))]
        let en = {
            let tree = self.en_tree.borrow_mut().take().ok_or(NO_ENGLISH)?;
            SharedContent::from(crate::content::load::typed(tree).map_err(|e| format!("botox-guide: the guide's text is broken: {e}"))?)
        };
        #[cfg(feature = "lean")]
        let en = SharedContent::from(crate::content::builtin_en::en_from(&self.text));
        *self.en.borrow_mut() = Some(en.clone());
        Ok(en)
    }

    fn provided(&self, locale: Locale) -> Option<(Rc<str>, SharedContent)> {
        self.provided.borrow().iter().find(|(l, _, _)| *l == locale).map(|(_, t, c)| (t.clone(), c.clone()))
    }

    /// What a widget shows before its own text is chosen: English, else the first language
    /// handed over.
    #[cfg(not(feature = "lean"))]
    fn any_content(&self) -> Result<SharedContent, String> {
        self.english().or_else(|e| self.provided.borrow().first().map(|(_, _, c)| c.clone()).ok_or(e))
    }
    #[cfg(feature = "lean")]
    fn any_content(&self) -> Result<SharedContent, String> {
        self.english()
    }
}

/// `english()` before the loader handed English over (a loader bug, named).
#[cfg(not(feature = "lean"))]
const NO_ENGLISH: &str = "botox-guide: the English text was needed before the loader gave it";

thread_local! {
    static PAGE: RefCell<Option<Rc<Page>>> = const { RefCell::new(None) };
}

fn page() -> Option<Rc<Page>> {
    PAGE.with(|p| p.borrow().clone())
}

/// Page-wide set-up, once: `base` is the folder of `embed.js`, `css` the widget's stylesheet
/// and `content` the English content, both from the loader: in the full wasm its JSON (or
/// nothing yet: see `add_locale`), parsed here and typed by [`prepare`] (or the first mount);
/// in the lean one its texts (`builtin_en::TEXT`, checked by length). Throws a clear error
/// when the content cannot be read; a second call changes nothing.
#[wasm_bindgen]
pub fn init(base: String, css: String, content: String) -> Result<(), JsError> {
    install_panic_hook();
    if page().is_some() {
        return Ok(());
    }
    #[cfg(not(feature = "lean"))]
    let tree = match content.is_empty() {
        true => None,
        false => Some(crate::content::load::parse(&content).map_err(|e| JsError::new(&format!("botox-guide: the guide's text is broken: {e}")))?),
    };
    #[cfg(feature = "lean")]
    if content.len() != crate::content::builtin_en::TEXT_LEN {
        return Err(JsError::new("botox-guide: embed.js and the wasm are from different builds (the guide's text does not fit); load both from one copy of dist/."));
    }
    let sheet = CssStyleSheet::new().ok().filter(|s| s.replace_sync(&css).is_ok());
    let page = Page {
        base,
        sheet,
        css,
        #[cfg(not(feature = "lean"))]
        en_text: RefCell::new(tree.is_some().then(|| Rc::from(content))),
        #[cfg(not(feature = "lean"))]
        en_tree: RefCell::new(tree),
        en: RefCell::new(None),
        #[cfg(feature = "lean")]
        text: content,
        provided: RefCell::new(Vec::new()),
    };
    PAGE.with(|p| *p.borrow_mut() = Some(Rc::new(page)));
    Ok(())
}

/// Type the English content `init` parsed, ahead of the first mount (the loader calls it in
/// a task of its own; nothing to do when `init` had no English). Throws a clear error when
/// the content is not a guide.
#[wasm_bindgen]
pub fn prepare() -> Result<(), JsError> {
    let page = page().ok_or_else(|| JsError::new("botox-guide: prepare() before init()"))?;
    #[cfg(not(feature = "lean"))]
    if page.en_text.borrow().is_none() {
        return Ok(());
    }
    page.english().map(drop).map_err(|e| JsError::new(&e))
}

/// A locale's text from its pack (`botox-guide-<locale>.js`, checked by its integrity hash),
/// so widgets in that language need not fetch `botox-guide-<locale>.json`; or English
/// (`botox-guide-en.json`, fetched by the loader when a widget first needs it, if `init`
/// did not have it). Call after `init`, before mounting such widgets; a second call for a
/// locale changes nothing. Throws a clear error for an unknown locale or a text that cannot
/// be read. (Full wasm only.)
#[cfg(not(feature = "lean"))]
#[wasm_bindgen]
pub fn add_locale(locale: &str, content: String) -> Result<(), JsError> {
    let page = page().ok_or_else(|| JsError::new("botox-guide: add_locale() before init()"))?;
    let locale = Locale::parse(locale).ok_or_else(|| JsError::new(&format!("botox-guide: no locale \"{locale}\"")))?;
    if (locale == Locale::En && page.en_text.borrow().is_some()) || page.provided(locale).is_some() {
        return Ok(());
    }
    let read = Content::from_json(&content).map_err(|e| JsError::new(&format!("botox-guide: the {locale} text is broken: {e}")))?;
    if locale == Locale::En {
        *page.en.borrow_mut() = Some(read.into());
        *page.en_text.borrow_mut() = Some(Rc::from(content));
        return Ok(());
    }
    page.provided.borrow_mut().push((locale, Rc::from(content), read.into()));
    Ok(())
}

/// "Send to my phone": the loader's `home(action, element, link)`, which draws the panel or
/// the printed code with the small QR wasm, fetched on the first call (never before).
#[wasm_bindgen]
pub fn set_home(home: js_sys::Function) {
    crate::browser::set_home(home);
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
    /// The lean wasm's English content (always there; the full wasm asks its page, which may
    /// get English later).
    #[cfg(feature = "lean")]
    en: SharedContent,
    shadow: ShadowRoot,
    container: Element,
    handle: Option<AppHandle<App>>,
    props: AppProps,
    /// The loader's `emit(name, detail)`: every event of the widget goes through it (the
    /// lean wasm's events are all sent from the components).
    #[cfg_attr(feature = "lean", allow(dead_code))]
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
    let first = page.any_content().map_err(|e| JsError::new(&e))?;
    let props = AppProps { content: first, options: Rc::new(Options::default()), notice: None, on_event, mode: Default::default(), container: Some(container.clone()) };
    let inner = Rc::new(RefCell::new(Inner {
        page,
        #[cfg(feature = "lean")]
        en: props.content.clone(),
        shadow,
        container, handle: None, props, emit, wanted: (None, None), slow: None }));
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
        // The lean wasm reads no file: the loader gives it English widgets without a clinic's
        // own content only.
        #[cfg(feature = "lean")]
        let wanted = {
            if wanted != (None, None) {
                gloo::console::error!("botox-guide: this widget needs the full wasm (another language or content-url); showing the built-in English guide.");
            }
            (None, None)
        };
        inner.props.options = Rc::new(options);
        let changed = wanted != inner.wanted;
        inner.wanted = wanted.clone();
        // A locale whose text the loader handed over (from its pack) needs no fetch.
        let provided = inner.page.provided(locale);
        let fetches = (wanted.0.is_some() && provided.is_none()) || wanted.1.is_some();
        if changed && !fetches {
            inner.props.content = provided.clone().map_or_else(|| inner.english(), |(_, c)| c);
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
            let (weak, fallback) = (Rc::downgrade(&self.inner), provided.map_or_else(|| inner.english(), |(_, c)| c));
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
        #[cfg(not(feature = "lean"))]
        if changed && fetches {
            let wanted = inner.wanted.clone();
            drop(inner);
            wasm_bindgen_futures::spawn_local(files::load_into(Rc::downgrade(&self.inner), locale, wanted));
        }
    }
}

impl Inner {
    /// English, or what the widget shows where the full wasm has no English yet (the loader
    /// hands it over before a widget can need it).
    #[cfg(feature = "lean")]
    fn english(&self) -> SharedContent {
        self.en.clone()
    }
    #[cfg(not(feature = "lean"))]
    fn english(&self) -> SharedContent {
        self.page.english().unwrap_or_else(|_| self.props.content.clone())
    }

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
            props.container = Some(shell.clone());
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

/// How long a clinic's content file may keep the first view waiting before the built-in
/// guide shows, with a note that the clinic's version is on its way.
const SLOW_CONTENT_MS: u32 = 1000;

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
