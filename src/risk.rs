//! Risk arithmetic and wording for the side-effect explainer: natural frequencies out of
//! 100 and the geometry of a 100-icon array. Pure; no DOM.

use crate::content::{Effect, Group, Rate, Ui, UiText};

/// Icons in an array (a 10 × 10 grid).
pub const ICONS: u8 = 100;

/// How many of the 100 icons are filled for a rate: the nearest whole person; a rate under
/// 1 in 100 fills none (the words say "fewer than 1 in 100").
pub fn filled_icons(rate: Rate) -> u8 {
    match rate {
        Rate::UnderOne => 0,
        Rate::Per100(n) if n.is_nan() => 0,
        Rate::Per100(n) => (n.clamp(0.0, 100.0) + 0.5).floor() as u8,
    }
}

/// "9", "3.5", "44.8": whole numbers without decimals, others with one.
pub fn format_number(n: f32) -> String {
    let tenths = (n * 10.0).round() as i64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

/// "about 9 in 100 people", "fewer than 1 in 100 people", "0 in 100 people".
pub fn phrase(rate: Rate, ui: &Ui) -> String {
    match rate {
        Rate::UnderOne => ui[UiText::RateUnderOne].to_string(),
        Rate::Per100(n) if n <= 0.0 => ui[UiText::RateNone].to_string(),
        Rate::Per100(n) if n < 1.0 => ui[UiText::RateUnderOne].to_string(),
        // Natural frequencies are whole people: "about 45 in 100", never "44.8 in 100".
        Rate::Per100(n) => ui[UiText::RateAbout].replace("{n}", &format!("{}", (n + 0.5).floor() as i64)),
    }
}

/// The `n` most common side effects, for a tab's short version: those with a number, most
/// frequent first (ties keep the content's order; "fewer than 1 in 100" counts as less than
/// any number); then, if fewer than `n` have one, the expected ones without a number, in the
/// content's order (the label calls them common without counting them).
pub fn most_common(effects: &[Effect], n: usize) -> Vec<&Effect> {
    let per100 = |e: &Effect| match e.rate {
        Some(Rate::Per100(r)) if !r.is_nan() => r,
        Some(_) => 0.0,
        None => -1.0,
    };
    // Picked one at a time (n is 3): the first of the most frequent left, so ties keep the
    // content's order. A sort here would add a sorting routine of its own to the wasm.
    let mut rest: Vec<&Effect> = effects.iter().filter(|e| e.rate.is_some()).collect();
    let mut counted: Vec<&Effect> = Vec::with_capacity(n);
    while counted.len() < n && !rest.is_empty() {
        let best = (1..rest.len()).fold(0, |best, i| if per100(rest[i]) > per100(rest[best]) { i } else { best });
        counted.push(rest.remove(best));
    }
    let room = n - counted.len();
    counted.extend(effects.iter().filter(|e| e.rate.is_none() && e.group == Group::Expected).take(room));
    counted
}

/// SVG path data for an icon array with `filled` of 100 icons filled, in a 100 × 100 view
/// box, row by row from the top left: (filled icons, empty icons). Filled icons are solid
/// discs and empty ones rings, so the two differ in shape as well as colour.
pub fn icon_array_paths(filled: u8) -> (String, String) {
    let filled = usize::from(filled.min(ICONS));
    ICON_PATH.with(|all| {
        // Every icon's path has the same length, so the split is a byte offset.
        let cut = all.len() / usize::from(ICONS) * filled;
        (all[..cut].to_string(), all[cut..].to_string())
    })
}

thread_local! {
    /// The 100 icons' path data, built once (a tab switch draws dozens of arrays).
    static ICON_PATH: String = (0..ICONS)
        .map(|i| {
            let (x, y) = (u32::from(i % 10) * 10 + 1, u32::from(i / 10) * 10 + 5);
            // A circle of radius 4 centred at (x + 4, y), as two arcs; fixed-width numbers.
            format!("M{x:02} {y:02}a4 4 0 1 0 8 0a4 4 0 1 0-8 0")
        })
        .collect();
}
