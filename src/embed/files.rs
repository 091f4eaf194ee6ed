//! Content files (the full wasm only: the lean one shows the built-in English guide and
//! reads no file): a language's file next to `embed.js` (or its pack's text, handed over by
//! the loader) and a clinic's own `content-url`, fetched with a time limit, read as a stream
//! up to the size limit, checked (JSON, UTF-8, the content's rules) and shown, or the
//! fallback with one warning and an `error` event.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use yew::AttrValue;

use super::{fire, Inner, Page};
use crate::content::{validate, Content, SharedContent, MAX_OVERRIDE_BYTES};
use crate::events::GuideEvent;
use crate::ids::Locale;

/// Fetch the content files an instance wants and show them (or the fallback, with one
/// warning and an `error` event) unless the instance is gone or wants something else by now.
pub(super) async fn load_into(weak: Weak<RefCell<Inner>>, locale: Locale, wanted: (Option<String>, Option<String>)) {
    let Some((page, shown)) = weak.upgrade().map(|i| (i.borrow().page.clone(), i.borrow().props.content.clone())) else { return };
    let (content, problem) = load_content(&page, page.english().unwrap_or(shown), locale, &wanted.0, &wanted.1).await;
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

/// The content for a locale file and a clinic's file (either may be absent), and the one
/// problem to report if something could not be used. Never fails: the fallback is the
/// locale's content, else English (which the loader hands over before a widget that may need
/// it mounts: an English one, or one whose language came without its pack).
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
    let english = page.en_text.borrow().clone();
    let c = Content::with_override(base.or(english.as_deref()).ok_or(super::NO_ENGLISH)?, &text)?;
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

