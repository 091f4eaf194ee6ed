//! The browser APIs components use, through gloo where gloo covers them: the visitor's time
//! zone and clock, a file download, printing, and localStorage. Every one fails softly:
//! outside a browser (server-side rendering) or when an API is blocked, it does nothing.

use std::cell::RefCell;

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use crate::dates::{Date, LocalDateTime, Zone};

/// The visitor's time zone, through JavaScript's `Date` (which knows daylight saving).
pub struct BrowserZone;

impl Zone for BrowserZone {
    fn instant(&self, l: LocalDateTime) -> i64 {
        let d = js_sys::Date::new_with_year_month_day_hr_min_sec(
            l.date.year.max(0) as u32,
            l.date.month as i32 - 1,
            l.date.day as i32,
            l.hour() as i32,
            (l.minute % 60) as i32,
            0,
        );
        (d.get_time() / 60_000.0).floor() as i64
    }

    fn local(&self, instant: i64) -> LocalDateTime {
        let d = js_sys::Date::new(&JsValue::from_f64(instant as f64 * 60_000.0));
        LocalDateTime {
            date: Date { year: d.get_full_year() as i32, month: d.get_month() + 1, day: d.get_date() },
            minute: d.get_hours() * 60 + d.get_minutes(),
        }
    }
}

thread_local! {
    /// A fixed "now" set by tests (see [`fix_clock`]); `None` reads the real clock.
    static FIXED_NOW: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
}

#[cfg(debug_assertions)]
thread_local! {
    /// Fixed browser languages set by tests (see [`fix_languages`]); `None` reads the browser's.
    static FIXED_LANGUAGES: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// The visitor's browser languages (`navigator.languages`), most preferred first, unless a
/// test fixed them.
pub fn languages() -> Vec<String> {
    #[cfg(debug_assertions)]
    if let Some(fixed) = FIXED_LANGUAGES.with(|f| f.borrow().clone()) {
        return fixed;
    }
    gloo::utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// Test seam: make [`languages`] return `tags` (or the browser's again with `None`), so
/// tests that assert on worded dates never depend on the machine's language. Only in
/// debug builds (the tests'): the release wasm reads the browser's (0.4 KB less).
#[doc(hidden)]
pub fn fix_languages(tags: Option<&[&str]>) {
    #[cfg(debug_assertions)]
    FIXED_LANGUAGES.with(|f| *f.borrow_mut() = tags.map(|t| t.iter().map(|s| s.to_string()).collect()));
    #[cfg(not(debug_assertions))]
    let _ = tags;
}

/// Now, in minutes since the epoch (UTC): the browser's clock, unless a test fixed it.
pub fn now_minutes() -> i64 {
    FIXED_NOW.with(|f| f.get()).unwrap_or_else(|| (js_sys::Date::now() / 60_000.0).floor() as i64)
}

/// Test seam: make [`now_minutes`] return `minutes` (or the real clock again with `None`),
/// so tests that assert on "where now is" never depend on the machine's hour. Widgets
/// mounted afterwards read it; end-to-end tests fix the browser's own clock instead.
#[doc(hidden)]
pub fn fix_clock(minutes: Option<i64>) {
    FIXED_NOW.with(|f| f.set(minutes));
}

/// Offer `text` as a file download (gloo-file's blob and object URL; the URL is revoked a
/// minute later: revoking at once can cancel the download in some browsers).
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    use wasm_bindgen::JsCast;
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    gloo::utils::body().append_child(&a)?;
    a.click();
    a.remove();
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// localStorage was blocked, full, or threw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageUnavailable;

/// localStorage, or `None` where it is blocked (private modes, sandboxed frames, policies:
/// the `localStorage` getter itself throws there).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Read a key. (Read with `web_sys` rather than gloo-storage's `get`, which turns a
/// throwing `getItem` into an exception thrown at the host page.)
pub fn storage_get(key: &str) -> Result<Option<String>, StorageUnavailable> {
    storage().ok_or(StorageUnavailable)?.get_item(key).map_err(|_| StorageUnavailable)
}

/// Write a record as JSON text through gloo-storage's store (a full or refusing store is an
/// error), or remove the key when `value` is `None`.
pub fn storage_set(key: &str, value: Option<&serde_json::Value>) -> Result<(), StorageUnavailable> {
    let s = storage().ok_or(StorageUnavailable)?;
    match value {
        Some(v) => LocalStorage::raw().set_item(key, &json_text(v)).map_err(|_| StorageUnavailable),
        None => s.remove_item(key).map_err(|_| StorageUnavailable),
    }
}

/// A value tree as JSON text, written by the browser's `JSON.stringify`: serde_json's own
/// writer for a value tree (numbers of every kind) cost 4.6 KB of brotli-compressed wasm,
/// for a record of a date and a few ids (measured; docs/decisions.md).
pub fn json_text(value: &serde_json::Value) -> String {
    js_sys::JSON::stringify(&to_js(value)).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn to_js(value: &serde_json::Value) -> JsValue {
    use serde_json::Value;
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(fields) => {
            let o = js_sys::Object::new();
            for (k, v) in fields {
                let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &to_js(v));
            }
            o.into()
        }
    }
}

/// Dates and times worded by the browser's `Intl.DateTimeFormat` in the visitor's own
/// convention ([`crate::format::date_locale`]): en-US "Mon, Nov 30" and "3:00 PM", en-GB
/// "Mon 30 Nov" and "15:00", es "lun, 30 nov". Calendar days are formatted in UTC, so the
/// zone never shifts a date (the zone is applied before, by [`BrowserZone`]). Where `Intl`
/// refuses (never expected: the tag is checked), the content's templates word them.
pub struct IntlDates<'a> {
    formats: std::rc::Rc<Formats>,
    fallback: crate::format::Templates<'a>,
}

/// The three formatters for one language tag, each made on first use (making one costs
/// milliseconds, and a timeline without a treatment date needs none).
struct Formats {
    tag: String,
    made: [std::cell::OnceCell<Option<intl::DateTimeFormat>>; 3],
}

/// The options of the short date, long date and time formatters (dates read in UTC).
pub const FORMAT_OPTIONS: [&str; 3] = [
    r#"{"weekday":"short","day":"numeric","month":"short","timeZone":"UTC"}"#,
    r#"{"day":"numeric","month":"long","year":"numeric","timeZone":"UTC"}"#,
    r#"{"hour":"numeric","minute":"2-digit","timeZone":"UTC"}"#,
];

thread_local! {
    /// The formatters of the last tag asked for, kept across renders.
    static FORMATS: RefCell<Option<std::rc::Rc<Formats>>> = const { RefCell::new(None) };
}

impl Formats {
    fn format(&self, which: usize, date: &js_sys::Date) -> Option<String> {
        let made = self.made[which].get_or_init(|| {
            let options = js_sys::JSON::parse(FORMAT_OPTIONS[which]).ok()?;
            intl::DateTimeFormat::new(&self.tag, &options).ok()
        });
        made.as_ref().map(|f| f.format(date))
    }
}

impl<'a> IntlDates<'a> {
    /// Formatters for a guide in `language`, with `dates` as the fallback.
    pub fn new(language: crate::ids::Locale, dates: &'a crate::content::Dates) -> IntlDates<'a> {
        let page_lang = gloo::utils::document().document_element().and_then(|e| e.get_attribute("lang"));
        let tag = crate::format::date_locale(language, page_lang.as_deref(), &languages());
        let formats = FORMATS.with(|cache| {
            let mut cache = cache.borrow_mut();
            match &*cache {
                Some(f) if f.tag == tag => f.clone(),
                _ => {
                    let f = std::rc::Rc::new(Formats { tag, made: Default::default() });
                    *cache = Some(f.clone());
                    f
                }
            }
        });
        IntlDates { formats, fallback: crate::format::Templates(dates) }
    }
}

/// A `Date` for the wall-clock `minute` of day `d`, read in UTC.
fn utc(d: Date, minute: u32) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64((d.to_days() * 1440 + i64::from(minute)) as f64 * 60_000.0))
}

impl crate::format::DateWords for IntlDates<'_> {
    fn long_date(&self, d: Date) -> String {
        self.formats.format(1, &utc(d, 0)).unwrap_or_else(|| self.fallback.long_date(d))
    }
    fn short_date(&self, d: Date) -> String {
        self.formats.format(0, &utc(d, 0)).unwrap_or_else(|| self.fallback.short_date(d))
    }
    fn time(&self, t: LocalDateTime) -> String {
        self.formats.format(2, &utc(t.date, t.minute)).unwrap_or_else(|| self.fallback.time(t))
    }
}

mod intl {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `Intl.DateTimeFormat`, whose constructor throws a RangeError for a tag or option
        /// it refuses: caught here, never thrown into the host page.
        #[wasm_bindgen(js_namespace = Intl)]
        pub type DateTimeFormat;
        #[wasm_bindgen(catch, constructor, js_namespace = Intl)]
        pub fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
        #[wasm_bindgen(method)]
        pub fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
    }
}

/// The clinic's review date, worded for the guide's language by the browser's
/// `Intl.DateTimeFormat` with the long-date options (`FORMAT_OPTIONS[1]`): the loader words
/// it with the same call in the prerendered view, so the two read the same. Natively (tests),
/// the content's own template.
pub fn review_date(language: crate::ids::Locale, date: Date, dates: &crate::content::Dates) -> String {
    if cfg!(target_arch = "wasm32") {
        let made = js_sys::JSON::parse(FORMAT_OPTIONS[1]).ok().and_then(|o| intl::DateTimeFormat::new(language.as_str(), &o).ok());
        if let Some(format) = made {
            return format.format(&utc(date, 0));
        }
    }
    crate::format::long_date(date, dates)
}

/// The visitor's date words: `Intl` in a browser; the content's templates when rendered
/// natively (the prerendered shell shows no planned dates, so the two never meet there).
pub fn date_words<'a>(language: crate::ids::Locale, dates: &'a crate::content::Dates) -> Box<dyn crate::format::DateWords + 'a> {
    if cfg!(target_arch = "wasm32") {
        Box::new(IntlDates::new(language, dates))
    } else {
        Box::new(crate::format::Templates(dates))
    }
}

thread_local! {
    /// The loader's `home(action, element, link)`: "Send to my phone" (`loader/home.ts`).
    static HOME: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Where "Send to my phone" is drawn from (the loader, once per page).
pub fn set_home(home: js_sys::Function) {
    HOME.with(|h| *h.borrow_mut() = Some(home));
}

/// What "Send to my phone" is asked to do with a plan's `link`, in the element the widget
/// left empty for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    /// The panel: the link's QR code, "Share" or "Copy link".
    Show,
    /// The code on the printed sheet, then the browser's print dialog.
    Print,
}

/// Ask the loader (which fetches the small QR wasm on the first request, never before):
/// false when there is no loader to ask (the caller then does without).
pub fn home(action: Home, element: &web_sys::Element, link: &str) -> bool {
    let Some(home) = HOME.with(|h| h.borrow().clone()) else { return false };
    let action = JsValue::from_str(if action == Home::Show { "show" } else { "print" });
    home.call3(&JsValue::NULL, &action, element, &JsValue::from_str(link)).is_ok()
}

/// The address of the page the widget is on.
pub fn page_address() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}
