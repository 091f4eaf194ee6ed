//! Small wrappers over browser APIs used by components. Every one fails softly: outside a
//! browser (server-side rendering) or when an API is blocked, it does nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::dates::Date;
use crate::timeline::{LocalDateTime, Zone};

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

/// Offer `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    let later = url.clone();
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&later);
    })
    .forget();
    Ok(())
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// localStorage, or `None` where it is blocked (private modes, sandboxed frames, policies).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// localStorage was blocked, full, or threw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageUnavailable;

/// Read a key.
pub fn storage_get(key: &str) -> Result<Option<String>, StorageUnavailable> {
    storage().ok_or(StorageUnavailable)?.get_item(key).map_err(|_| StorageUnavailable)
}

/// Write a key (or remove it when `value` is `None`).
pub fn storage_set(key: &str, value: Option<&str>) -> Result<(), StorageUnavailable> {
    let s = storage().ok_or(StorageUnavailable)?;
    match value {
        Some(v) => s.set_item(key, v).map_err(|_| StorageUnavailable),
        None => s.remove_item(key).map_err(|_| StorageUnavailable),
    }
}
