//! "Send to my phone", fetched by the loader only when a visitor asks for it (the first load
//! of a page does not carry it): the link that reopens a visitor's plan on the page
//! (`src/plan_link.rs` in the widget writes it) as a QR code made on the device, with the
//! device's share sheet where the browser has one and "Copy link" otherwise; and the same
//! code on the printed aftercare sheet. No request leaves the page.
//!
//! The widget (Yew) renders an empty element and hands it here through the loader
//! (`loader/home.ts`), which also fires the widget's `plan-share` and `print` events. Pure
//! parts ([`modules`], [`path`], [`texts`]) are tested natively; the DOM part is in [`dom`].

pub mod texts;
#[cfg(target_arch = "wasm32")]
mod dom;

use qrcode::{Color, EcLevel, QrCode};

/// The most text encoded: a plan's link is a page address and a date (far less). Longer
/// text gets no code, so no input makes the work grow without bound.
pub const MAX_TEXT: usize = 1024;

/// The light border around a code, in modules (the QR standard's quiet zone).
pub const QUIET: usize = 4;

/// The modules of `text`'s QR code (error correction M): the width first, then `width²`
/// bytes, row by row, 1 for dark and 0 for light. Empty when the text is too long.
pub fn modules(text: &str) -> Vec<u8> {
    if text.len() > MAX_TEXT {
        return Vec::new();
    }
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else { return Vec::new() };
    let width = code.width();
    let mut out = Vec::with_capacity(1 + width * width);
    out.push(width as u8);
    out.extend(code.to_colors().into_iter().map(|c| u8::from(c == Color::Dark)));
    out
}

/// The code's side in modules (with its border) and the SVG path of its dark modules, one
/// rectangle per run of dark modules in a row; `None` for an answer that is not a code.
pub fn path(modules: &[u8]) -> Option<(usize, String)> {
    let (&width, cells) = modules.split_first()?;
    let width = usize::from(width);
    if width == 0 || cells.len() != width * width {
        return None;
    }
    let mut d = String::new();
    for (y, row) in cells.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == 0 {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] != 0 {
                x += 1;
            }
            d.push_str(&format!("M{} {}h{}v1H{}z", start + QUIET, y + QUIET, x - start, start + QUIET));
        }
    }
    Some((width + 2 * QUIET, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_a_square_of_modules_with_the_finder_patterns() {
        let m = modules("https://clinic.example/aftercare#botox-guide-plan=2026-12-01T10:00~migraine");
        let w = m[0] as usize;
        assert_eq!(m.len(), 1 + w * w);
        assert!((21..=177).contains(&w) && (w - 17) % 4 == 0, "a QR code's width is 17 + 4 × version");
        let at = |x: usize, y: usize| m[1 + y * w + x];
        // Each corner but the bottom right has a finder: a dark 7×7 ring around a light ring
        // around a dark 3×3 centre.
        for (ox, oy) in [(0, 0), (w - 7, 0), (0, w - 7)] {
            for i in 0..7 {
                assert_eq!(at(ox + i, oy), 1);
                assert_eq!(at(ox, oy + i), 1);
            }
            assert_eq!(at(ox + 1, oy + 1), 0);
            assert_eq!(at(ox + 3, oy + 3), 1);
        }
        assert!(m[1..].iter().all(|&b| b <= 1));
    }

    #[test]
    fn longer_text_needs_a_larger_code_and_too_long_text_gets_none() {
        let short = modules("https://a.example/#p")[0];
        let long = modules(&format!("https://a.example/{}", "x".repeat(300)))[0];
        assert!(long > short);
        assert!(modules(&"x".repeat(MAX_TEXT + 1)).is_empty());
        assert!(!modules(&"x".repeat(MAX_TEXT)).is_empty());
    }

    #[test]
    fn each_run_of_dark_modules_is_one_rectangle_inside_the_border() {
        // 2×2: dark dark / light dark.
        let (side, d) = path(&[2, 1, 1, 0, 1]).unwrap();
        assert_eq!(side, 2 + 2 * QUIET);
        assert_eq!(d, "M4 4h2v1H4zM5 5h1v1H5z");
        let (side, d) = path(&modules("https://a.example/")).unwrap();
        assert!(side > 2 * QUIET && d.starts_with("M4 4h7v1H4z"), "the top-left finder's first row: {d}");
    }

    #[test]
    fn an_answer_that_is_not_a_code_draws_nothing() {
        assert_eq!(path(&[]), None);
        assert_eq!(path(&[0]), None);
        assert_eq!(path(&[2, 1, 1, 0]), None);
        assert_eq!(path(&[1, 0]), Some((1 + 2 * QUIET, String::new())));
    }
}
