#![cfg(target_arch = "wasm32")]
//! `mount` without the English text, or with broken text, throws a clear error and renders
//! nothing; a later mount with the text works. Its own test binary (and so its own page):
//! the text is kept after the first good mount, so this must run before any other mount.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const EN: &str = include_str!("../src/content/en.json");

fn host() -> (Element, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("botox-guide-test").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    (host, shadow)
}

fn try_mount(content: Option<&str>) -> (Result<botox_guide::embed::Instance, String>, ShadowRoot) {
    let (host, shadow) = host();
    let result = botox_guide::embed::mount(host, shadow.clone(), js_sys::Object::new().into(), None, Some(botox_guide::theme::stylesheet()), content.map(String::from))
        .map_err(|e| JsValue::from(e).dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default());
    (result, shadow)
}

#[wasm_bindgen_test]
async fn mount_without_or_with_broken_text_throws_a_clear_error_then_a_good_mount_works() {
    let (missing, shadow) = try_mount(None);
    let message = missing.err().expect("no text: mount throws");
    assert!(message.contains("text did not arrive"), "{message}");
    assert_eq!(shadow.child_nodes().length(), 0, "nothing half-rendered");

    let (broken, shadow) = try_mount(Some("{\"locale\": \"en\""));
    let message = broken.err().expect("broken text: mount throws");
    assert!(message.contains("text is broken") && message.contains("not valid JSON"), "{message}");
    assert_eq!(shadow.child_nodes().length(), 0, "nothing half-rendered");

    let (good, shadow) = try_mount(Some(EN));
    let instance = good.expect("with the text, mount works");
    yew::scheduler::flush().await;
    yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    yew::scheduler::flush().await;
    assert!(shadow.query_selector("[role=tablist]").unwrap().is_some(), "the guide rendered");
    instance.unmount();
}
