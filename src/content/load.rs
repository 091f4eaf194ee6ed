//! Reading content files: JSON text → a value tree (serde_json), size/depth/text/list limits
//! checked on the tree, a clinic's partial file merged onto the built-in content, then the
//! typed model (serde). Every error names the bad field, e.g.
//! `content.sections[2].blocks[0].text: expected text, found a number`: serde_json reports
//! where in the text it stopped, and [`path_at`] turns that place into the field's path.
//! (serde_path_to_error does the same by wrapping every visitor, which doubled the reader's
//! code in the wasm: +11 KB brotli, docs/decisions.md.)

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

/// Parse JSON text into a value tree and check the limits.
pub fn parse(text: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {}", json_error(&e)))?;
    check_limits(&value, &mut Path::root(), 0)?;
    Ok(value)
}

/// The typed content from JSON text (already parsed and checked by [`parse`], or the
/// built-in text); errors name the path of the bad field.
pub fn typed(text: &str) -> Result<Content, String> {
    serde_json::from_str(text).map_err(|e| located(text, &e))
}

/// A typed value tree (a merged override): written out compactly, then read as text.
pub fn typed_value(value: &Value) -> Result<Content, String> {
    typed(&serde_json::to_string(value).map_err(|e| e.to_string())?)
}

/// "content.<path>: <what is wrong>" for an error serde_json met at a place in `text`.
fn located(text: &str, e: &serde_json::Error) -> String {
    // The text is valid JSON by now (checked by `parse`, or written by serde_json), so every
    // error is about a field.
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
    let mut path = path_at(text, (line_start + e.column()).min(text.len()));
    // Errors about a whole object (a missing or unknown field) are reported where serde_json
    // stopped inside it: name the object, not the field just read.
    let whole_object = ["unknown field", "missing field", "field `"].iter().any(|p| message.starts_with(p));
    if whole_object && message.starts_with("unknown field") {
        if let Some(dot) = path.rfind('.') {
            path.truncate(dot);
        }
    }
    format!("content{path}: {}", plain_error(message))
}

/// The path (`.sections[2].blocks[0].text`) of the value being read at byte `offset` of
/// the JSON `text`: the keys and list positions of the objects and lists still open there.
pub fn path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Object { key: Option<String>, expect_key: bool },
        List { index: Option<usize> },
    }
    let bytes = &text.as_bytes()[..offset];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // A value starts: in a list, it is the next item.
    fn value_starts(stack: &mut [Frame]) {
        if let Some(Frame::List { index }) = stack.last_mut() {
            *index = Some(index.map_or(0, |i| i + 1));
        }
    }
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let s = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned();
                match stack.last_mut() {
                    Some(Frame::Object { key, expect_key }) if *expect_key => {
                        *key = Some(s);
                        *expect_key = false;
                    }
                    _ => value_starts(&mut stack),
                }
            }
            b'{' => {
                value_starts(&mut stack);
                stack.push(Frame::Object { key: None, expect_key: true });
            }
            b'[' => {
                value_starts(&mut stack);
                stack.push(Frame::List { index: None });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = true;
                }
            }
            b if b.is_ascii_alphanumeric() || b == b'-' => {
                // A number or true/false/null: one value, however many bytes.
                value_starts(&mut stack);
                while i + 1 < bytes.len() && (bytes[i + 1].is_ascii_alphanumeric() || b".+-".contains(&bytes[i + 1])) {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                path.push('.');
                path.push_str(k);
            }
            Frame::List { index: Some(i) } => path.push_str(&format!("[{i}]")),
            _ => {}
        }
    }
    path
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
