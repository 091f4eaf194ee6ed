//! The content file's JSON Schema (`docs/content.schema.json`), generated from the model
//! (schemars reads the same serde attributes the reader uses), with the limits the reader
//! enforces written in: texts of at most 4,000 characters, lists of at most 500 items, plain
//! ids, `https://` links and ISO dates. No field is required: a clinic's file may be partial
//! (it is laid over the built-in content, then checked in full); only a block's `type` is.

use serde_json::{json, Map, Value};

use botox_guide::content::load::{MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use botox_guide::content::Content;

pub const ID_PATTERN: &str = "^[a-z0-9-]{1,64}$";
pub const URL_PATTERN: &str = "^https://[^\\s\"<>]+$";
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// Fields holding an id (or a list of ids) of a thing in the content, and date fields.
const ID_FIELDS: [&str; 2] = ["id", "source"];
const ID_LIST_FIELDS: [&str; 1] = ["sources"];
/// Date fields of the file's top level.
const DATE_FIELDS: [&str; 3] = ["last_checked", "reviewed_on", "next_review"];

pub fn schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Content>().to_value();
    limits(&mut schema);
    for field in DATE_FIELDS {
        if let Some(prop) = schema.pointer_mut(&format!("/properties/{field}")).and_then(Value::as_object_mut) {
            prop.insert("pattern".into(), json!(DATE_PATTERN));
            prop.remove("maxLength");
        }
    }
    let top = schema.as_object_mut().expect("an object schema");
    top.insert("$id".into(), json!("https://botox-guide.example/content.schema.json"));
    top.insert("title".into(), json!("botox-guide content file"));
    top.insert(
        "description".into(),
        json!(
            "The guide's text and figures (src/content/en.json is the complete English file). Generated from the \
             Rust content model (src/content/model.rs); do not edit by hand. A clinic's content-url file has the same \
             shape but may be partial: it is laid over the built-in content (objects merge by name, lists of items \
             with an \"id\" merge by id, anything else replaces). The widget then checks the result in full (every \
             section present, every cited source listed, ids unique, links https) and shows the built-in content with \
             a warning if anything is wrong."
        ),
    );
    schema
}

/// The schema as the committed file holds it.
pub fn schema_text() -> String {
    serde_json::to_string_pretty(&schema()).expect("a schema is JSON") + "\n"
}

fn limits(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(required)) = map.get("required") {
                let keep: Vec<Value> = required.iter().filter(|r| r.as_str() == Some("type")).cloned().collect();
                if keep.is_empty() {
                    map.remove("required");
                } else {
                    map.insert("required".into(), Value::Array(keep));
                }
            }
            let is = |map: &Map<String, Value>, t: &str| match map.get("type") {
                Some(Value::String(s)) => s == t,
                Some(Value::Array(types)) => types.iter().any(|x| x.as_str() == Some(t)),
                _ => false,
            };
            if is(map, "string") && !map.contains_key("enum") && !map.contains_key("const") && !map.contains_key("pattern") {
                map.insert("maxLength".into(), json!(MAX_TEXT_CHARS));
            }
            if is(map, "integer") || is(map, "number") {
                // schemars' `int64`/`float` formats are not JSON Schema formats.
                map.remove("format");
            }
            if is(map, "array") {
                map.insert("maxItems".into(), json!(MAX_LIST_ITEMS));
            }
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    let pattern = if ID_FIELDS.contains(&name.as_str()) {
                        Some(ID_PATTERN)
                    } else if name == "url" {
                        Some(URL_PATTERN)
                    } else {
                        None
                    };
                    if let (Some(p), Some(obj)) = (pattern, prop.as_object_mut()) {
                        if is(obj, "string") {
                            obj.insert("pattern".into(), json!(p));
                            obj.remove("maxLength");
                        }
                    }
                    if ID_LIST_FIELDS.contains(&name.as_str()) {
                        if let Some(items) = prop.get_mut("items").and_then(Value::as_object_mut) {
                            if is(items, "string") {
                                items.insert("pattern".into(), json!(ID_PATTERN));
                            }
                        }
                    }
                }
            }
            for child in map.values_mut() {
                limits(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(limits),
        _ => {}
    }
}
