//! Clinic-supplied text next to the widget's own: its bidirectional controls stay inside it.
//!
//! A clinic's text (a content file's step title, the clinic's name, the reviewer) may hold
//! Unicode bidirectional controls: a stray right-to-left override (U+202E) in a step title
//! reversed the widget's own words after it ("About day 14.8 ceD ,euT morf ,"). Every such
//! text is *balanced* when it is read (each embedding, override or isolate it opens is closed
//! at its end, [`balance`]), and a value put into one of the widget's sentences is *isolated*
//! (between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, [`isolate`]), so a
//! right-to-left name also keeps the sentence's punctuation where it belongs. No DOM here.

use std::borrow::Cow;

/// Left-to-right/right-to-left embedding and override (U+202A, U+202B, U+202D, U+202E),
/// closed by POP DIRECTIONAL FORMATTING (U+202C).
const EMBEDDINGS: [char; 4] = ['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}'];
const POP_FORMATTING: char = '\u{202C}';
/// Left-to-right, right-to-left and first-strong isolates (U+2066, U+2067, U+2068), closed by
/// POP DIRECTIONAL ISOLATE (U+2069).
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const POP_ISOLATE: char = '\u{2069}';

/// `s` with every embedding, override or isolate it leaves open closed at its end (the
/// Unicode Bidirectional Algorithm's own matching: a pop closes the innermost open one of its
/// kind; a PDI also closes the embeddings opened inside its isolate). Unmatched pops are
/// dropped, so the text cannot close anything around it either.
pub fn balance(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    // true = an isolate, false = an embedding or override.
    let mut open: Vec<bool> = Vec::new();
    let mut out = String::with_capacity(s.len() + 6);
    for c in s.chars() {
        if EMBEDDINGS.contains(&c) {
            open.push(false);
        } else if ISOLATES.contains(&c) {
            open.push(true);
        } else if c == POP_FORMATTING {
            // Closes the innermost embedding, unless an isolate is open inside it.
            if open.last() != Some(&false) {
                continue;
            }
            open.pop();
        } else if c == POP_ISOLATE {
            let Some(at) = open.iter().rposition(|&iso| iso) else { continue };
            open.truncate(at);
        }
        out.push(c);
    }
    for iso in open.into_iter().rev() {
        out.push(if iso { POP_ISOLATE } else { POP_FORMATTING });
    }
    Cow::Owned(out)
}

fn is_control(c: char) -> bool {
    EMBEDDINGS.contains(&c) || ISOLATES.contains(&c) || c == POP_FORMATTING || c == POP_ISOLATE
}

/// A clinic's value set apart from the sentence it is put into: first-strong isolated and
/// balanced.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{}\u{2069}", balance(s))
}
