//! A market's first view as edits of the US one: the prerendered HTML differs only where the
//! market's texts do, so the loader gets a few hundred bytes per market instead of another
//! whole view. Each edit is `[start, end, text]`: replace the UTF-16 code units `start..end`
//! of the US view (JavaScript's string indices) by `text`; edits are in order and do not
//! overlap. The build checks that applying them gives the market's view exactly.

use serde_json::{json, Value};
use similar::{Algorithm, DiffOp, TextDiff};

/// One edit: (start, end) in UTF-16 code units of `base`, and the new text.
pub type Edit = (usize, usize, String);

/// The edits that turn `base` into `target`, found word by word (HTML splits into words at
/// spaces), then trimmed to the characters that differ.
pub fn diff(base: &str, target: &str) -> Vec<Edit> {
    let d = TextDiff::configure().algorithm(Algorithm::Patience).diff_words(base, target);
    let (old, new) = (d.old_slices(), d.new_slices());
    let units = |s: &[&str]| s.iter().map(|t| t.encode_utf16().count()).sum::<usize>();
    let mut edits: Vec<Edit> = Vec::new();
    for op in d.ops() {
        if let DiffOp::Equal { .. } = op {
            continue;
        }
        let (o, n) = (op.old_range(), op.new_range());
        let start = units(&old[..o.start]);
        let removed: String = old[o.clone()].concat();
        let added: String = new[n].concat();
        // Common head and tail of the two pieces stay (a changed word inside a long tag).
        let head = removed.chars().zip(added.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect::<String>();
        let (removed, added) = (&removed[head.len()..], &added[head.len()..]);
        let tail = removed.chars().rev().zip(added.chars().rev()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum::<usize>();
        let (removed, added) = (&removed[..removed.len() - tail], &added[..added.len() - tail]);
        let at = start + head.encode_utf16().count();
        let edit = (at, at + removed.encode_utf16().count(), added.to_string());
        // Touching edits merge into one.
        match edits.last_mut() {
            Some(last) if last.1 == edit.0 => {
                last.1 = edit.1;
                last.2.push_str(&edit.2);
            }
            _ => edits.push(edit),
        }
    }
    edits
}

/// `edits` applied to `base` (what the loader does, in Rust, for the build's check).
pub fn apply(base: &str, edits: &[Edit]) -> String {
    let units: Vec<u16> = base.encode_utf16().collect();
    let mut out: Vec<u16> = Vec::new();
    let mut at = 0;
    for (start, end, text) in edits {
        out.extend_from_slice(&units[at..*start]);
        out.extend(text.encode_utf16());
        at = *end;
    }
    out.extend_from_slice(&units[at..]);
    String::from_utf16(&out).expect("edits keep the text whole")
}

/// The edits as JSON: `[[start, end, "text"], …]`.
pub fn to_json(edits: &[Edit]) -> Value {
    Value::Array(edits.iter().map(|(s, e, t)| json!([s, e, t])).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applying_the_diff_gives_the_target_exactly() {
        let cases = [
            ("<p class=\"a\">Call 911 now.</p><p>Same</p>", "<p class=\"a\">Call 999 now. Or 111.</p><p>Same</p>"),
            ("<h2>Botox: a guide</h2>", "<h2>Botulinum toxin: a guide</h2>"),
            ("ñandú 911 ü", "ñandú 112 ü"),
            ("a 😀 b c", "a 😀 c"),
            ("same", "same"),
            ("<li>gone</li><li>kept</li>", "<li>kept</li>"),
        ];
        for (a, b) in cases {
            let edits = diff(a, b);
            assert_eq!(apply(a, &edits), b, "{a} → {b}: {edits:?}");
        }
        assert!(diff("same", "same").is_empty());
        // Small: only what differs (911 → 999, in UTF-16 units after a 4-unit emoji pair).
        assert_eq!(diff("a 😀 911 x", "a 😀 999 x"), vec![(6, 8, "99".to_string())]);
    }
}
