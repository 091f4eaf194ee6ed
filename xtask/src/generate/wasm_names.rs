//! Short names for what the wasm and its glue share (a build step; native only).
//!
//! wasm-bindgen names each import after the browser API it calls plus a 16-hex-digit hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), and some exports after the Rust types of a
//! closure (`wasm_bindgen_…___convert__closures_____invoke___web_sys_…`). Each name is in
//! both files, and hashes do not compress: about 3 KB brotli of a first load. The build
//! renames every import, and every wasm-bindgen export, to a short name in both files.
//! The exports the loader calls by name (`init`, `mount`, `memory`, …) keep theirs.
//!
//! Renaming by position makes a second run on renamed files change nothing.

use std::collections::BTreeMap;

/// An export is renamed when its name starts with one of these (wasm-bindgen's own).
const RENAMED_EXPORTS: [&str; 4] = ["__wbindgen_", "__wbg_", "wasm_bindgen_", "__externref_"];

/// The wasm with short names, and the renames (old, new) for the glue.
pub struct Renamed {
    pub wasm: Vec<u8>,
    pub modules: BTreeMap<String, String>,
    pub imports: Vec<(String, String)>,
    pub exports: Vec<(String, String)>,
}

/// The `n`-th short name: a, b, … z, A … Z, ab, bb, …
fn short(mut n: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut s = String::new();
    loop {
        s.push(CHARS[n % CHARS.len()] as char);
        n /= CHARS.len();
        if n == 0 {
            return s;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("the wasm ends early")?;
        self.at += 1;
        Ok(b)
    }
    fn leb(&mut self) -> Result<u64, String> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                return Err("a number in the wasm is too long".into());
            }
        }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the wasm ends early")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn name(&mut self) -> Result<String, String> {
        let n = self.leb()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "a name in the wasm is not UTF-8".to_string())
    }
    /// Skip a LEB128 number, returning its bytes as they were.
    fn leb_bytes(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        self.leb()?;
        Ok(&self.bytes[start..self.at])
    }
    /// Limits (of a table or a memory): flags, min, and max when flag bit 0 is set.
    fn limits(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(&self.bytes[start..self.at])
    }
}

fn put_leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_name(out: &mut Vec<u8>, name: &str) {
    put_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// Rename the imports (all of them, and their modules) and wasm-bindgen's exports.
pub fn rename(wasm: &[u8]) -> Result<Renamed, String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut renamed = Renamed { wasm: Vec::new(), modules: BTreeMap::new(), imports: Vec::new(), exports: Vec::new() };
    let mut r = Reader { bytes: wasm, at: 8 };
    while r.at < wasm.len() {
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let payload = r.take(size)?;
        let body = match id {
            2 => imports(payload, &mut renamed)?,
            7 => exports(payload, &mut renamed)?,
            _ => payload.to_vec(),
        };
        out.push(id);
        put_leb(&mut out, body.len() as u64);
        out.extend_from_slice(&body);
    }
    renamed.wasm = out;
    Ok(renamed)
}

/// A section that is a vector of entries: its count, each entry rewritten by `entry` (index,
/// reader, output), and nothing after the last one.
fn vector(payload: &[u8], what: &str, mut entry: impl FnMut(usize, &mut Reader, &mut Vec<u8>) -> Result<(), String>) -> Result<Vec<u8>, String> {
    let mut r = Reader { bytes: payload, at: 0 };
    let count = r.leb()?;
    let mut out = Vec::new();
    put_leb(&mut out, count);
    for i in 0..count as usize {
        entry(i, &mut r, &mut out)?;
    }
    if r.at != payload.len() {
        return Err(format!("the {what} section has bytes after its last entry"));
    }
    Ok(out)
}

fn imports(payload: &[u8], renamed: &mut Renamed) -> Result<Vec<u8>, String> {
    vector(payload, "import", |i, r, out| {
        let module = r.name()?;
        let field = r.name()?;
        let n = renamed.modules.len();
        let new_module = renamed.modules.entry(module).or_insert_with(|| short(n)).clone();
        let new_field = short(i);
        put_name(out, &new_module);
        put_name(out, &new_field);
        renamed.imports.push((field, new_field));
        let kind = r.byte()?;
        out.push(kind);
        match kind {
            0 => out.extend_from_slice(r.leb_bytes()?),
            1 => {
                out.push(r.byte()?);
                out.extend_from_slice(r.limits()?);
            }
            2 => out.extend_from_slice(r.limits()?),
            3 => out.extend_from_slice(r.take(2)?),
            4 => {
                out.push(r.byte()?);
                out.extend_from_slice(r.leb_bytes()?);
            }
            k => return Err(format!("an import of unknown kind {k}")),
        }
        Ok(())
    })
}

fn exports(payload: &[u8], renamed: &mut Renamed) -> Result<Vec<u8>, String> {
    vector(payload, "export", |_, r, out| {
        let name = r.name()?;
        let new = if RENAMED_EXPORTS.iter().any(|p| name.starts_with(p)) {
            let new = format!("_{}", short(renamed.exports.len()));
            renamed.exports.push((name, new.clone()));
            new
        } else {
            name
        };
        put_name(out, &new);
        out.push(r.byte()?);
        out.extend_from_slice(r.leb_bytes()?);
        Ok(())
    })
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Each place `old` stands as a whole word in `text`, after `before` (a property access
/// `.`, or nothing for an object key).
fn replace_words(text: &str, old: &str, new: &str, before: Option<char>) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let (mut rest, mut n) = (text, 0);
    while let Some(i) = rest.find(old) {
        let head = &rest[..i];
        let prev = head.chars().last().or_else(|| out.chars().last());
        let next = rest[i + old.len()..].chars().next();
        let whole = prev.is_none_or(|c| !is_word(c)) && next.is_none_or(|c| !is_word(c));
        let placed = before.is_none_or(|b| prev == Some(b));
        out.push_str(head);
        if whole && placed {
            out.push_str(new);
            n += 1;
        } else {
            out.push_str(old);
        }
        rest = &rest[i + old.len()..];
    }
    out.push_str(rest);
    (out, n)
}

/// The glue with the same renames: each import is a key of the imports object (exactly
/// once), each module a quoted key, each renamed export a property of the wasm's exports.
pub fn rename_glue(glue: &str, renamed: &Renamed) -> Result<String, String> {
    let mut glue = glue.to_string();
    for (old, new) in renamed.modules.iter().filter(|(o, n)| o != n) {
        let (g, n) = replace_words(&glue, &format!("\"{old}\""), &format!("\"{new}\""), None);
        if n != 1 {
            return Err(format!("the glue names the import module {old} {n} times, not once"));
        }
        glue = g;
    }
    for (old, new) in renamed.imports.iter().filter(|(o, n)| o != n) {
        let (g, n) = replace_words(&glue, old, new, None);
        if n != 1 {
            return Err(format!("the glue names the import {old} {n} times, not once"));
        }
        glue = g;
    }
    // An export the glue never calls (the start function) is fine; one named other than as a
    // property of the wasm's exports (a local of the same name) is not.
    for (old, new) in renamed.exports.iter().filter(|(o, n)| o != n) {
        glue = replace_words(&glue, old, new, Some('.')).0;
        if replace_words(&glue, old, new, None).1 != 0 {
            return Err(format!("the glue names the export {old} other than as a property"));
        }
    }
    Ok(glue)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with two function imports, a memory import, and three exports.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        // type section: one type () -> ()
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut imports = vec![3];
        for (module, field, desc) in [
            ("./g_bg.js", "__wbg_appendChild_dbf7ad2f48413560", vec![0u8, 0]),
            ("./g_bg.js", "__wbg_body_5f971cbc6950ca4f", vec![0, 0]),
            ("env", "mem", vec![2, 1, 1, 2]),
        ] {
            put_name(&mut imports, module);
            put_name(&mut imports, field);
            imports.extend_from_slice(&desc);
        }
        m.push(2);
        put_leb(&mut m, imports.len() as u64);
        m.extend_from_slice(&imports);
        let mut exports = vec![3];
        for (name, index) in [("init", 0u8), ("__wbindgen_malloc", 1), ("wasm_bindgen_a1___convert__closures_____invoke_______true_", 0)] {
            put_name(&mut exports, name);
            exports.extend_from_slice(&[0, index]);
        }
        m.push(7);
        put_leb(&mut m, exports.len() as u64);
        m.extend_from_slice(&exports);
        m.extend_from_slice(&[0, 3, 1, b'x', 9]); // a custom section, kept as it is
        m
    }

    #[test]
    fn imports_and_wasm_bindgen_exports_get_short_names_and_the_rest_stays() {
        let r = rename(&module()).unwrap();
        assert_eq!(r.imports, [("__wbg_appendChild_dbf7ad2f48413560".into(), "a".into()), ("__wbg_body_5f971cbc6950ca4f".into(), "b".into()), ("mem".into(), "c".into())]);
        assert_eq!(r.modules.get("./g_bg.js").map(String::as_str), Some("a"));
        assert_eq!(r.modules.get("env").map(String::as_str), Some("b"));
        let names: Vec<&str> = r.exports.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["_a", "_b"]);
        let text = String::from_utf8_lossy(&r.wasm).to_string();
        assert!(text.contains("init") && !text.contains("__wbg_") && !text.contains("__wbindgen"));
        assert!(r.wasm.ends_with(&[0, 3, 1, b'x', 9]), "custom section kept");
        // Renaming renamed files changes nothing.
        let again = rename(&r.wasm).unwrap();
        assert_eq!(again.wasm, r.wasm);
        assert!(again.imports.iter().all(|(o, n)| o == n) && again.exports.is_empty());
    }

    #[test]
    fn the_glue_gets_the_same_names_and_a_surprise_stops_the_build() {
        let r = rename(&module()).unwrap();
        let glue = r#"const i={__proto__:null,__wbg_appendChild_dbf7ad2f48413560:function(e,n){return e.appendChild(n)},__wbg_body_5f971cbc6950ca4f:function(e){return e.body},mem:m};return{"./g_bg.js":i,"env":i};A.__wbindgen_malloc(1);A.init()"#;
        let out = rename_glue(glue, &r).unwrap();
        assert_eq!(out, r#"const i={__proto__:null,a:function(e,n){return e.appendChild(n)},b:function(e){return e.body},c:m};return{"a":i,"b":i};A._a(1);A.init()"#);
        let twice = glue.replace("A.init()", "A.init();x.__wbg_body_5f971cbc6950ca4f");
        assert!(rename_glue(&twice, &r).unwrap_err().contains("__wbg_body_5f971cbc6950ca4f"));
        let bare = glue.replace("A.__wbindgen_malloc(1)", "__wbindgen_malloc(1)");
        assert!(rename_glue(&bare, &r).unwrap_err().contains("__wbindgen_malloc"));
    }

    #[test]
    fn a_broken_wasm_is_refused_with_a_reason() {
        assert!(rename(b"hello").is_err());
        let mut m = module();
        m.truncate(m.len() - 8);
        assert!(rename(&m).is_err());
    }
}
