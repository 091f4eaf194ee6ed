//! A small JSON reader and writer, the same code natively and in the wasm.
//!
//! Why our own: serde's derived deserialisers were about a third of the wasm (see
//! docs/decisions.md), and a clinic's content file needs error messages that name the bad
//! field (`sections[2].blocks[0].text: expected text, found a number`) and a merge of a
//! partial override onto the built-in content. Both are simple on a plain value tree.
//!
//! Limits, so hostile input cannot exhaust the page: nesting depth [`MAX_DEPTH`]; the size
//! limit is the caller's (see `content::MAX_OVERRIDE_BYTES`).

use std::fmt::Write as _;

/// Deepest nesting accepted (the content schema needs 7).
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in file order; a repeated key keeps its last value.
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true/false",
            Json::Num(_) => "a number",
            Json::Str(_) => "text",
            Json::Arr(_) => "a list",
            Json::Obj(_) => "an object",
        }
    }

    /// Compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) if n.is_finite() => write_number(*n, out),
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Numbers without the float formatter (which costs ~14 KB of wasm): whole numbers exactly,
/// others to 6 decimals, trailing zeros trimmed.
fn write_number(n: f64, out: &mut String) {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let _ = write!(out, "{}", n as i64);
        return;
    }
    if n.abs() >= 1e15 {
        out.push_str("null");
        return;
    }
    let micros = (n.abs() * 1e6).round() as i64;
    let frac = format!("{:06}", micros % 1_000_000);
    let _ = write!(out, "{}{}.{}", if n < 0.0 { "-" } else { "" }, micros / 1_000_000, frac.trim_end_matches('0'));
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parse JSON text (RFC 8259). Errors say where: "line 3, column 7: expected `,` or `}`".
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    p.ws();
    let value = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        let before = &self.s[..self.i.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!("line {line}, column {column}: {what}")
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.s.get(self.i) {
            None => Err(self.error("the text ends too early")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            _ if self.eat("null") => Ok(Json::Null),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.i += 1;
        let mut fields: Vec<(String, Json)> = Vec::new();
        self.ws();
        if self.eat("}") {
            return Ok(Json::Obj(fields));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(self.error("expected a name in quotes"));
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(":") {
                return Err(self.error("expected `:`"));
            }
            self.ws();
            let value = self.value(depth + 1)?;
            fields.retain(|(k, _)| *k != key);
            fields.push((key, value));
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("}") {
                return Ok(Json::Obj(fields));
            }
            return Err(self.error("expected `,` or `}`"));
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Ok(Json::Arr(items));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1)?);
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("]") {
                return Ok(Json::Arr(items));
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.s.get(self.i..self.i + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let mut n = 0;
        for &d in digits {
            let v = (d as char).to_digit(16).ok_or_else(|| self.error("bad \\u escape"))?;
            n = n * 16 + v;
        }
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1; // opening quote
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.s.get(self.i) else {
                return Err(self.error("text in quotes is not closed"));
            };
            self.i += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.error("text in quotes is not closed"));
                    };
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) && self.eat("\\u") {
                                let low = self.hex4()?;
                                if (0xDC00..0xE000).contains(&low) {
                                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                                }
                            }
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return Err(self.error("unknown escape after `\\`")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.error("a control character in text (write it as \\n)")),
                _ => out.push(b),
            }
        }
        // The input is a &str and we only split at ASCII bytes, so this is valid UTF-8.
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8"))
    }

    fn number(&mut self) -> Result<Json, String> {
        let negative = self.eat("-");
        let mut mantissa: u64 = 0;
        let mut exponent: i32 = 0;
        let mut digits = 0;
        while let Some(&d @ b'0'..=b'9') = self.s.get(self.i) {
            self.i += 1;
            digits += 1;
            if mantissa < 1_000_000_000_000_000 {
                mantissa = mantissa * 10 + u64::from(d - b'0');
            } else {
                exponent += 1;
            }
        }
        if digits == 0 {
            return Err(self.error("expected a digit"));
        }
        if self.eat(".") {
            let mut fraction = 0;
            while let Some(&d @ b'0'..=b'9') = self.s.get(self.i) {
                self.i += 1;
                fraction += 1;
                if mantissa < 1_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    exponent -= 1;
                }
            }
            if fraction == 0 {
                return Err(self.error("expected a digit after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            let minus = self.eat("-");
            if !minus {
                self.eat("+");
            }
            let mut e: i32 = 0;
            let mut any = false;
            while let Some(&d @ b'0'..=b'9') = self.s.get(self.i) {
                self.i += 1;
                any = true;
                e = (e * 10 + i32::from(d - b'0')).min(10_000);
            }
            if !any {
                return Err(self.error("expected a digit in the exponent"));
            }
            exponent += if minus { -e } else { e };
        }
        // Exact for the short decimals content uses (one rounding: an exact integer
        // divided or multiplied by an exact power of ten).
        let m = mantissa as f64;
        let n = if exponent >= 0 {
            m * 10f64.powi(exponent.min(400))
        } else if exponent >= -22 {
            m / 10f64.powi(-exponent)
        } else {
            m / 1e22 / 10f64.powi((-exponent - 22).min(400))
        };
        Ok(Json::Num(if negative { -n } else { n }))
    }
}

/// Lay `over` onto `base`: objects merge key by key; lists of objects that all carry an
/// `"id"` merge item by item (same id: merged; new id: added at the end); anything else in
/// `over` replaces what was in `base`. This is how a clinic's partial content file (say,
/// only its own aftercare steps) lands on the built-in content.
pub fn merge(base: &mut Json, over: Json) {
    match (base, over) {
        (Json::Obj(base_fields), Json::Obj(over_fields)) => {
            for (key, value) in over_fields {
                match base_fields.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, slot)) => merge(slot, value),
                    None => base_fields.push((key, value)),
                }
            }
        }
        (Json::Arr(base_items), Json::Arr(over_items)) if has_ids(base_items) && has_ids(&over_items) => {
            for item in over_items {
                let id = item.get("id").and_then(Json::as_str).map(str::to_string);
                match base_items.iter_mut().find(|b| b.get("id").and_then(Json::as_str) == id.as_deref()) {
                    Some(slot) => merge(slot, item),
                    None => base_items.push(item),
                }
            }
        }
        (slot, value) => *slot = value,
    }
}

fn has_ids(items: &[Json]) -> bool {
    !items.is_empty() && items.iter().all(|i| i.get("id").and_then(Json::as_str).is_some())
}

/// Where a value is in the file, for error messages: built into text only when there is
/// an error (formatting every field's path up front costs time and wasm bytes).
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root(&'a str),
    Field(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root(name) => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Typed reading of a [`Json`] tree, with the path of the value in every error.
pub trait FromJson: Sized {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String>;
}

pub fn expected(path: &Path, what: &str, found: &Json) -> String {
    format!("{path}: expected {what}, found {}", found.kind())
}

/// Longest text accepted in one field, and most items in one list: a clinic's file is
/// checked against these before anything is shown.
pub const MAX_TEXT_CHARS: usize = 4000;
pub const MAX_LIST_ITEMS: usize = 500;

impl FromJson for String {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        let s = value.as_str().ok_or_else(|| expected(path, "text", value))?;
        let n = s.chars().count();
        if n > MAX_TEXT_CHARS {
            return Err(format!("{path}: text of {n} characters; the limit is {MAX_TEXT_CHARS}"));
        }
        Ok(s.to_string())
    }
}

impl FromJson for bool {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Bool(b) => Ok(*b),
            _ => Err(expected(path, "true or false", value)),
        }
    }
}

impl FromJson for f32 {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Num(n) if n.is_finite() && n.abs() < 1e9 => Ok(*n as f32),
            _ => Err(expected(path, "a number", value)),
        }
    }
}

impl FromJson for i64 {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(*n as i64),
            _ => Err(expected(path, "a whole number", value)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Arr(items) if items.len() > MAX_LIST_ITEMS => {
                Err(format!("{path}: {} items; the limit is {MAX_LIST_ITEMS}", items.len()))
            }
            Json::Arr(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    out.push(T::from_json(v, &Path::Index(path, i))?);
                }
                Ok(out)
            }
            _ => Err(expected(path, "a list", value)),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Null => Ok(None),
            v => T::from_json(v, path).map(Some),
        }
    }
}

/// The fields of one JSON object being read. Reading a field never stops early: a bad or
/// missing field gives its default and records the error, and [`Fields::finish`] reports
/// the first one (or an unknown name). Early returns would make the compiler emit clean-up
/// code for every partly-built struct, which was most of the reader's wasm bytes.
pub struct Fields<'a> {
    fields: &'a [(String, Json)],
    path: &'a Path<'a>,
    known: Vec<&'static str>,
    error: Option<String>,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json, path: &'a Path<'a>) -> Result<Fields<'a>, String> {
        match value {
            Json::Obj(fields) => Ok(Fields { fields, path, known: Vec::new(), error: None }),
            _ => Err(expected(path, "an object", value)),
        }
    }

    fn find(&mut self, name: &'static str) -> Option<&'a Json> {
        self.known.push(name);
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    #[inline(never)]
    fn fail(&mut self, error: String) {
        self.error.get_or_insert(error);
    }

    fn read<T: FromJson + Default>(&mut self, name: &'static str, required: bool) -> T {
        if self.error.is_some() {
            return T::default();
        }
        match self.find(name) {
            Some(v) => T::from_json(v, &Path::Field(self.path, name)).unwrap_or_else(|e| {
                self.fail(e);
                T::default()
            }),
            None => {
                if required {
                    let e = format!("{}: missing", Path::Field(self.path, name));
                    self.fail(e);
                }
                T::default()
            }
        }
    }

    /// The first bad or missing field read so far, as an error.
    pub fn check(&self) -> Result<(), String> {
        self.error.clone().map_or(Ok(()), Err)
    }

    /// A field that must be there.
    pub fn req<T: FromJson + Default>(&mut self, name: &'static str) -> T {
        self.read(name, true)
    }

    /// A field that may be left out (its default then).
    pub fn opt<T: FromJson + Default>(&mut self, name: &'static str) -> T {
        self.read(name, false)
    }

    /// The first problem, or an unknown name (a typo would otherwise be silently ignored).
    pub fn finish(self) -> Result<(), String> {
        if let Some(e) = self.error {
            return Err(e);
        }
        match self.fields.iter().find(|(k, _)| !self.known.contains(&k.as_str())) {
            Some((k, _)) => Err(format!("{}: unknown field \"{k}\"", self.path)),
            None => Ok(()),
        }
    }
}

/// `FromJson` for a struct: `json_struct!(Source { id: req, title: req, note: opt });`
#[macro_export]
macro_rules! json_struct {
    ($name:ident { $($field:ident : $mode:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $name {
            fn from_json(value: &$crate::json::Json, path: &$crate::json::Path) -> Result<Self, String> {
                let mut f = $crate::json::Fields::of(value, path)?;
                let out = $name { $($field: f.$mode(stringify!($field))),* };
                f.finish()?;
                Ok(out)
            }
        }
    };
}

/// `FromJson` for a unit-only enum read from a string: `json_enum!(Tone { Note = "note" });`
#[macro_export]
macro_rules! json_enum {
    ($name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        impl $crate::json::FromJson for $name {
            fn from_json(value: &$crate::json::Json, path: &$crate::json::Path) -> Result<Self, String> {
                match value.as_str() {
                    $(Some($text) => Ok($name::$variant),)*
                    _ => Err($crate::json::expected(path, concat!("one of:" $(, " ", $text)*), value)),
                }
            }
        }
    };
}
