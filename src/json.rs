//! JSON in and out. Native builds use serde_json; the wasm build uses the browser's
//! `JSON.parse`/`JSON.stringify` through serde-wasm-bindgen, so no JSON parser is compiled
//! into the bundle (see docs/decisions.md).

use serde::de::DeserializeOwned;
use serde::Serialize;

#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, String> {
    serde_json::from_str(s).map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(s).map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    let value = serde_wasm_bindgen::to_value(value).map_err(|e| e.to_string())?;
    js_sys::JSON::stringify(&value).map(String::from).map_err(|_| "not serialisable".to_string())
}
