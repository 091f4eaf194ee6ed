//! "Send to my phone" speaks every language the widget does: its words (in the QR wasm,
//! `qr/src/texts.rs`, so the first load does not carry them) have one row per locale, no
//! more, each text filled in, and another language's row differs from English.

use botox_guide::ids::Locale;
use botox_guide_qr::texts::{for_lang, TEXTS};

#[test]
fn every_locale_has_its_row_and_no_other_row_is_there() {
    let rows: Vec<&str> = TEXTS.iter().map(|(id, _)| *id).collect();
    assert_eq!(rows, Locale::IDS.to_vec(), "one row per locale, in the widget's order");
    for (id, t) in TEXTS {
        for text in [t.help, t.code_label, t.share, t.copy, t.copied, t.copy_failed, t.print] {
            assert!(!text.trim().is_empty(), "{id}: an empty text");
        }
    }
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let (t, en) = (for_lang(locale.as_str()), for_lang("en"));
        assert_ne!(t.help, en.help, "{locale} reads its own row");
        assert_ne!(t.copy, en.copy, "{locale} reads its own row");
    }
}

#[test]
fn the_help_says_what_the_link_holds_in_every_language() {
    // The README's promise: the link holds the treatment date and treatment, nothing else.
    assert!(for_lang("en").help.contains("only your treatment date and treatment type"));
    assert!(for_lang("es").help.contains("solo lleva la fecha y el tipo de su tratamiento"));
}
