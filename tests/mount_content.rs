#![cfg(target_arch = "wasm32")]
//! `init` without valid English text throws a clear error, and `mount` before a good `init`
//! throws and renders nothing; a later good `init` and `mount` work. Its own test binary (and
//! so its own page): `init` keeps the first good text, so this must run before any other.

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

fn message(e: wasm_bindgen::JsError) -> String {
    JsValue::from(e).dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn init_with_broken_text_or_mount_before_init_throws_a_clear_error_then_both_work() {
    let broken = botox_guide::embed::init(String::new(), String::new(), "{\"locale\": \"en\"".into()).map_err(message);
    let text = broken.expect_err("broken text: init throws");
    assert!(text.contains("text is broken"), "{text}");

    let (_first, shadow) = host();
    let early = botox_guide::embed::mount(shadow.clone(), "{}".into(), js_sys::Function::new_no_args("")).map_err(message);
    assert!(early.err().expect("mount before init throws").contains("before init"));
    assert_eq!(shadow.child_nodes().length(), 0, "nothing half-rendered");

    botox_guide::embed::init(String::new(), String::new(), EN.into()).expect("with the text, init works");
    let (_second, shadow) = host();
    let instance = botox_guide::embed::mount(shadow.clone(), "{}".into(), js_sys::Function::new_no_args("")).expect("mount works");
    yew::scheduler::flush().await;
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    yew::scheduler::flush().await;
    assert!(shadow.query_selector("[role=tablist]").unwrap().is_some(), "the guide rendered");
    instance.unmount();
}
