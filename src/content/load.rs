//! Reading content files: JSON text → a value tree (serde_json), size/depth/text/list limits
//! checked on the tree, a clinic's partial file merged onto the built-in content, then the
//! typed model (serde, read from the tree). Every error names the bad field, e.g.
//! `content.sections[2].blocks[0].text: expected text, found a number`: when the typed read
//! fails, [`locate`] finds the field by taking parts of the tree away until the error changes
//! (only on failure; a few dozen reads). Reading the model from the tree, not from the text,
//! needs serde_json's tree reader only: 4 KB brotli less wasm than its text reader for the
//! model (and serde_path_to_error, which wraps every visitor, cost +11 KB; docs/decisions.md).

use serde_json::Value;

use super::Content;

/// The largest content file a clinic may point `content-url` at.
pub const MAX_OVERRIDE_BYTES: usize = 256 * 1024;
/// Deepest nesting accepted (the content model needs 7).
pub const MAX_DEPTH: usize = 32;
/// Longest text in a content file, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Longest list in a content file.
pub const MAX_LIST_ITEMS: usize = 500;

/// Whether a server's `Content-Type` is fit for a content file: any JSON type
/// (`application/json`, `text/json`, `application/…+json`), or none given. A web page served
/// in its place (a 200 "not found" page, a login page) is named rather than read as JSON.
pub fn check_content_type(content_type: Option<&str>) -> Result<(), String> {
    let Some(given) = content_type else { return Ok(()) };
    let essence = given.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let json = essence == "application/json" || essence == "text/json" || (essence.starts_with("application/") && essence.ends_with("+json"));
    if json {
        return Ok(());
    }
    let shown: String = given.chars().take(60).collect();
    let page = if essence == "text/html" { " (a web page, not the JSON file: is the address right?)" } else { "" };
    Err(format!("the server sent it as \"{shown}\"{page}; expected application/json"))
}

/// A content file's bytes as text: UTF-8 only (a byte that is not UTF-8 is named by its
/// position instead of being shown as \u{FFFD}).
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| format!("the file is not UTF-8 text (byte {} is not); save it as UTF-8", e.utf8_error().valid_up_to() + 1))
}

/// Parse JSON text into a value tree and check the limits.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {}", json_error(&e)))?;
    check_limits(&value, &mut Path::root(), 0)?;
    balance_texts(&mut value);
    Ok(value)
}

/// Every text's bidirectional controls closed within it ([`crate::text::balance`]), so a
/// clinic's text cannot reorder the widget's own words around it.
fn balance_texts(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let std::borrow::Cow::Owned(balanced) = crate::text::balance(s) {
                *s = balanced;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(balance_texts),
        Value::Object(fields) => fields.values_mut().for_each(balance_texts),
        _ => {}
    }
}

/// The typed content from a value tree (checked by [`parse`], or merged); errors name the
/// path of the bad field. (The tree is taken, not borrowed: the search for a bad field
/// changes it, and a copy would add a deep clone's code to the wasm.)
pub fn typed(mut tree: Value) -> Result<Content, String> {
    read(&tree).map_err(|message| {
        let path = locate(&mut tree, &message);
        let path: String = path.iter().map(Seg::to_string).collect();
        format!("content{path}: {}", plain_error(&message))
    })
}

fn read(value: &Value) -> Result<Content, String> {
    use serde::Deserialize;
    Content::deserialize(value).map_err(|e| e.to_string())
}

/// One step of a path: a key of an object or a position in a list.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl std::fmt::Display for Seg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Seg::Key(k) => write!(f, ".{k}"),
            Seg::Index(i) => write!(f, "[{i}]"),
        }
    }
}

/// Where in `tree` the typed read fails with `message`: from the top, go into the first
/// part whose removal changes the outcome (the read succeeds, or fails otherwise), until no
/// part does. For a missing field the search stays at objects and lists (taking a text away
/// only reports that text missing). `tree` is changed during the search and restored.
pub fn locate(tree: &mut Value, message: &str) -> Vec<Seg> {
    let missing = message.starts_with("missing field");
    // A field that does not belong ("unknown field `x`", "field `x` does not belong…") is
    // reported at the object holding it: the one where taking it away fixes the read.
    let named = message.strip_prefix("unknown field `").or_else(|| message.strip_prefix("field `")).and_then(|r| r.split('`').next());
    let mut path = Vec::new();
    loop {
        if let Some(field) = named.map(|f| Seg::Key(f.to_string())) {
            if let Some(taken) = take(node(tree, &path), &field) {
                let fixed = read(tree).is_ok();
                put(node(tree, &path), &field, taken);
                if fixed {
                    break;
                }
            }
        }
        let children: Vec<Seg> = match node(tree, &path) {
            Value::Object(fields) => fields.keys().cloned().map(Seg::Key).collect(),
            Value::Array(items) => (0..items.len()).map(Seg::Index).collect(),
            _ => break,
        };
        let found = children.into_iter().find(|child| {
            let Some(taken) = take(node(tree, &path), child) else { return false };
            let is_container = taken.is_object() || taken.is_array();
            let changed = read(tree).err().as_deref() != Some(message);
            put(node(tree, &path), child, taken);
            changed && (is_container || !missing)
        });
        match found {
            Some(child) => path.push(child),
            None => break,
        }
    }
    path
}

fn node<'a>(tree: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(tree, |v, seg| match (v, seg) {
        (Value::Object(fields), Seg::Key(k)) => fields.get_mut(k).expect("the path was found in this tree"),
        (Value::Array(items), Seg::Index(i)) => &mut items[*i],
        _ => unreachable!("the path was found in this tree"),
    })
}

/// Take `child` out of `parent`, if it is there. (An object's key goes back at the end:
/// keeping the order would cost 1.5 KB of wasm, and only which of several errors is met
/// first could differ.)
fn take(parent: &mut Value, child: &Seg) -> Option<Value> {
    match (parent, child) {
        (Value::Object(fields), Seg::Key(k)) => fields.swap_remove(k),
        (Value::Array(items), Seg::Index(i)) if *i < items.len() => Some(items.remove(*i)),
        _ => None,
    }
}

/// Put a taken child back.
fn put(parent: &mut Value, child: &Seg, value: Value) {
    match (parent, child) {
        (Value::Object(fields), Seg::Key(k)) => {
            fields.insert(k.clone(), value);
        }
        (Value::Array(items), Seg::Index(i)) => items.insert(*i, value),
        _ => {}
    }
}

/// Lay `over` onto `base`: objects merge key by key; lists of objects that all carry an
/// `"id"` merge item by item (same id: merged; new id: added at the end); anything else in
/// `over` replaces what is in `base`.
pub fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(base_fields), Value::Object(over_fields)) => {
            for (key, value) in over_fields {
                match base_fields.get_mut(&key) {
                    Some(slot) => merge(slot, value),
                    None => {
                        base_fields.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(base_items), Value::Array(over_items)) if has_ids(base_items) && has_ids(&over_items) => {
            for item in over_items {
                let id = item.get("id").and_then(Value::as_str).map(str::to_string);
                match base_items.iter_mut().find(|b| b.get("id").and_then(Value::as_str) == id.as_deref()) {
                    Some(slot) => merge(slot, item),
                    None => base_items.push(item),
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

fn has_ids(items: &[Value]) -> bool {
    !items.is_empty() && items.iter().all(|i| i.get("id").and_then(Value::as_str).is_some())
}

/// A path into the tree, for limit errors (`content.aftercare.steps[1].title`).
struct Path(String);

impl Path {
    fn root() -> Path {
        Path("content".to_string())
    }
}

fn check_limits(value: &Value, path: &mut Path, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err(format!("{}: nested more than {MAX_DEPTH} levels deep", path.0));
    }
    let child = |path: &mut Path, suffix: &str, v: &Value| {
        let len = path.0.len();
        path.0.push_str(suffix);
        let result = check_limits(v, path, depth + 1);
        path.0.truncate(len);
        result
    };
    match value {
        Value::String(s) => {
            let n = s.chars().count();
            if n > MAX_TEXT_CHARS {
                return Err(format!("{}: text of {n} characters; the limit is {MAX_TEXT_CHARS}", path.0));
            }
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                return Err(format!("{}: a list of {} items; the limit is {MAX_LIST_ITEMS}", path.0, items.len()));
            }
            for (i, item) in items.iter().enumerate() {
                child(path, &format!("[{i}]"), item)?;
            }
        }
        Value::Object(fields) => {
            for (key, v) in fields {
                child(path, &format!(".{key}"), v)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// "line 3, column 7: expected `:`" from serde_json's "expected `:` at line 3 column 7".
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let message = text.split(" at line ").next().unwrap_or(&text);
    format!("line {}, column {}: {message}", e.line(), e.column())
}

/// serde's wording in words a clinic's web person reads: "invalid type: integer `3`,
/// expected a string" → "expected text, found a number".
fn plain_error(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", plain_kind(expected), plain_kind(found));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return format!("unknown field \"{field}\"");
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, allowed) = rest.split_once("`, expected ").unwrap_or((rest, ""));
        let value = value.trim_end_matches('`');
        return format!("\"{value}\" is not accepted; expected {}", allowed.replace('`', "\""));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("missing field \"{}\"", rest.trim_end_matches('`'));
    }
    message.to_string()
}

fn plain_kind(kind: &str) -> &str {
    let k = kind.trim_start_matches("a ").trim_start_matches("an ");
    let is = |prefix: &str| k.starts_with(prefix);
    if is("string") {
        "text"
    } else if is("integer") || is("floating") || is("i64") || is("u64") || is("u32") || is("f32") || is("f64") || is("u8") {
        "a number"
    } else if is("boolean") {
        "true/false"
    } else if is("sequence") {
        "a list"
    } else if is("map") || is("struct") {
        "an object"
    } else if k == "null" || k == "unit value" || k == "unit" {
        "null"
    } else if k == "enum Offset" {
        "{\"hours\": n} or {\"days\": n}"
    } else {
        kind
    }
}
