//! What "Send to my phone" says, per language: the widget's locales (a test in
//! `xtask/tests/locales_qr.rs` checks every locale of the widget has its row). Kept here, not
//! in the widget's content files, so that a page's first load does not carry them.

/// The words of the panel and of the printed code.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    /// Above the code, on screen.
    pub help: &'static str,
    /// The code's accessible name.
    pub code_label: &'static str,
    /// The button where the browser has a share sheet.
    pub share: &'static str,
    /// The button otherwise.
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// Beside the code on the printed sheet.
    pub print: &'static str,
}

/// Each locale's words (its id as the widget's `Locale`), English first.
pub const TEXTS: &[(&str, Texts)] = &[
    (
        "en",
        Texts {
            help: "Scan this code with your phone's camera to open this plan there. The link holds only your treatment date and treatment type.",
            code_label: "QR code of the link to this plan",
            share: "Share",
            copy: "Copy link",
            copied: "Link copied.",
            copy_failed: "Could not copy. Select the link and copy it.",
            print: "Scan to open this plan on your phone.",
        },
    ),
    (
        "es",
        Texts {
            help: "Escanee este código con la cámara de su teléfono para abrir allí este plan. El enlace solo lleva la fecha y el tipo de su tratamiento.",
            code_label: "Código QR del enlace a este plan",
            share: "Compartir",
            copy: "Copiar enlace",
            copied: "Enlace copiado.",
            copy_failed: "No se pudo copiar. Seleccione el enlace y cópielo.",
            print: "Escanee para abrir este plan en su teléfono.",
        },
    ),
];

/// The words for a `lang` such as `en-GB` or `es` (its first subtag), English otherwise.
pub fn for_lang(lang: &str) -> &'static Texts {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    TEXTS.iter().find(|(id, _)| *id == primary).map_or(&TEXTS[0].1, |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_first_subtag_and_english_is_the_fallback() {
        assert_eq!(for_lang("es").share, "Compartir");
        assert_eq!(for_lang("es-ES").share, "Compartir");
        assert_eq!(for_lang("ES_mx").share, "Compartir");
        assert_eq!(for_lang("en-GB").share, "Share");
        assert_eq!(for_lang("fr").share, "Share");
        assert_eq!(for_lang("").share, "Share");
    }
}
