//! The panel and the printed code, drawn into the element the widget left empty for them.
//! One click listener for every "Share"/"Copy link" button of the page (made once), so
//! opening the panel again and again holds nothing more.

use std::cell::OnceCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::texts::{for_lang, Texts};

const SVG: &str = "http://www.w3.org/2000/svg";

thread_local! {
    static ON_CLICK: OnceCell<Closure<dyn Fn(web_sys::Event)>> = const { OnceCell::new() };
}

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// The words for the widget `container` is in (its `lang`, set by the widget).
fn words(container: &Element) -> &'static Texts {
    let lang = container.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    for_lang(&lang)
}

fn element(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_attribute("class", class)?;
    }
    e.set_text_content(Some(text));
    Ok(e)
}

/// The code of `link`, dark on light (scanners need it, whatever the theme).
fn code(doc: &Document, link: &str, label: &str) -> Result<Element, JsValue> {
    let (side, d) = crate::path(&crate::modules(link)).ok_or_else(|| JsValue::from_str("botox-guide: the plan's link is too long for a QR code"))?;
    let svg = doc.create_element_ns(Some(SVG), "svg")?;
    for (k, v) in [("class", "qr-code"), ("viewBox", &format!("0 0 {side} {side}")), ("role", "img"), ("aria-label", label), ("shape-rendering", "crispEdges")] {
        svg.set_attribute(k, v)?;
    }
    let rect = doc.create_element_ns(Some(SVG), "rect")?;
    for (k, v) in [("width", "100%"), ("height", "100%"), ("fill", "#fff")] {
        rect.set_attribute(k, v)?;
    }
    let path = doc.create_element_ns(Some(SVG), "path")?;
    path.set_attribute("d", &d)?;
    path.set_attribute("fill", "#000")?;
    svg.append_child(&rect)?;
    svg.append_child(&path)?;
    Ok(svg)
}

/// The panel: what to do, the code, the link as text (to select), and "Share" (the browser's
/// share sheet) or "Copy link", with a status line. `emit(method)` is called when the link
/// was shared or copied. Throws (for the loader to name) when it cannot be drawn.
#[wasm_bindgen]
pub fn show(container: Element, link: &str, emit: js_sys::Function) -> Result<(), JsValue> {
    let doc = document();
    let t = words(&container);
    let navigator = web_sys::window().expect("a window").navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).is_ok_and(|f| f.is_function());
    let button = element(&doc, "button", "button", if share { t.share } else { t.copy })?;
    button.set_attribute("type", "button")?;
    button.set_attribute("part", "button button-secondary")?;
    button.set_attribute("data-link", link)?;
    button.set_attribute("data-method", if share { "share" } else { "copy" })?;
    js_sys::Reflect::set(&button, &"botoxGuideEmit".into(), &emit)?;
    ON_CLICK.with(|c| button.add_event_listener_with_callback("click", c.get_or_init(|| Closure::new(clicked)).as_ref().unchecked_ref()))?;
    let actions = element(&doc, "div", "actions", "")?;
    actions.append_child(&button)?;
    let status = element(&doc, "p", "note", "")?;
    status.set_attribute("role", "status")?;
    let (help, drawn, text) = (element(&doc, "p", "", t.help)?, code(&doc, link, t.code_label)?, element(&doc, "p", "send-link", link)?);
    container.replace_children_with_node(&js_sys::Array::of5(&help, &drawn, &text, &actions, &status));
    Ok(())
}

/// The code on the printed sheet, with what it is for.
#[wasm_bindgen]
pub fn print_code(container: Element, link: &str) -> Result<(), JsValue> {
    let doc = document();
    let t = words(&container);
    let (drawn, caption) = (code(&doc, link, t.code_label)?, element(&doc, "p", "", t.print)?);
    container.replace_children_with_node_2(&drawn, &caption);
    Ok(())
}

/// A "Share" or "Copy link" button was clicked: hand the link over, then say how it went.
fn clicked(e: web_sys::Event) {
    let Some(button) = e.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let link = button.get_attribute("data-link").unwrap_or_default();
    let share = button.get_attribute("data-method").as_deref() == Some("share");
    let status = button.parent_element().and_then(|a| a.next_element_sibling());
    let t = words(&button);
    wasm_bindgen_futures::spawn_local(async move {
        let navigator = web_sys::window().expect("a window").navigator();
        let promise = if share {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &link.as_str().into());
            js_sys::Reflect::get(&navigator, &"share".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call1(&navigator, &data).ok())
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        } else {
            Some(navigator.clipboard().write_text(&link))
        };
        let result = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.map(drop),
            None => Err(JsValue::NULL),
        };
        let cancelled = result.as_ref().err().and_then(|e| js_sys::Reflect::get(e, &"name".into()).ok()).and_then(|n| n.as_string()).as_deref() == Some("AbortError");
        // A closed share sheet needs no word; a shared link neither (the sheet said it).
        let said = match result {
            _ if cancelled => "",
            Ok(()) if share => "",
            Ok(()) => t.copied,
            Err(_) => t.copy_failed,
        };
        if let Some(status) = &status {
            status.set_text_content(Some(said));
        }
        if result.is_ok() {
            if let Ok(emit) = js_sys::Reflect::get(&button, &"botoxGuideEmit".into()).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(JsValue::from)) {
                let _ = emit.call1(&JsValue::NULL, &(if share { "share" } else { "copy" }).into());
            }
        }
    });
}
