//! The WordPress plugin's option list (`options.php`) and `block.json`, generated from the
//! option table: the shortcode's and the block's attribute names (the block's in the JS
//! API's camelCase, `types::camel`), which rule each value follows (URLs go through
//! `esc_url`), and which are clinic-wide settings on its settings page.

use serde_json::{json, Map, Value};

use botox_guide::options::{Rule, OPTIONS};

/// The options a clinic sets once for the whole site (Settings → Botox guide).
pub const SETTINGS: [&str; 8] = ["clinic-name", "phone", "booking-url", "locale", "market", "theme", "reviewed-by", "reviewed-on"];

/// Options for web developers, under "For web developers" in the block's sidebar.
pub const ADVANCED: [&str; 5] = ["content-url", "deep-link", "loading", "heading", "analytics"];

/// What a clinic owner reads beside each option in the admin (the option table's names are
/// for developers). A test checks every option has one.
pub fn label(option: &str) -> Option<&'static str> {
    Some(match option {
        "clinic-name" => "Clinic name",
        "heading" => "Title above the tabs",
        "phone" => "Phone number",
        "booking-url" => "Booking page (https://…)",
        "locale" => "Language",
        "market" => "Country or region",
        "tab" => "Tab shown first",
        "sections" => "Tabs to show, in order",
        "treatment" => "Treatments you offer",
        "treatment-date" => "Patient's treatment date and time",
        "theme" => "Colours",
        "content-url" => "Your own content file (URL)",
        "deep-link" => "Show the tab in the page address",
        "reviewed-by" => "Medically reviewed by",
        "reviewed-on" => "Date of that review",
        "loading" => "When to load the interactive part",
        "analytics" => "Analytics",
        _ => return None,
    })
}

/// What a clinic owner reads under each option, in the admin (the option table's `doc` is
/// for developers: it names attributes and files). A test checks every option has one.
pub fn help(option: &str) -> Option<&'static str> {
    Some(match option {
        "clinic-name" => "Shown on the guide's clinic card, with your phone and booking button, and in the calendar reminders a patient downloads.",
        "heading" => "The title above the tabs. Leave it empty for the guide's own title; type none to leave the title out when your page has its own.",
        "phone" => "Becomes a button a patient can tap to call you. Digits, spaces and + - ( ) only.",
        "booking-url" => "Your online booking page; a button on the clinic card. It must start with https://.",
        "locale" => "The guide's language. \"Same as the site\" follows your site's language.",
        "market" => "Where your clinic works: it sets the emergency number, how a side effect is reported and the regulator's wording.",
        "tab" => "The tab a visitor sees first. A patient who saved a treatment date comes back to Aftercare.",
        "sections" => "Untick a tab to leave it out; move tabs up to change their order.",
        "treatment" => "Which treatments you offer: the guide shows their figures and aftercare steps.",
        "treatment-date" => "Only on a page you send a patient after a visit: their aftercare plan shows its dates at once. A date the patient saved is never replaced.",
        "theme" => "\"Match the site\" makes the guide light on a light page and dark on a dark one.",
        "content-url" => "For developers: the address of your own content file (JSON), laid over the built-in text.",
        "deep-link" => "For developers: shows the open tab in the page address (#botox-guide=aftercare), so a link can open a tab.",
        "reviewed-by" => "The clinician who reviewed the guide for your clinic, shown as \"Medically reviewed by …\".",
        "reviewed-on" => "The date of that review.",
        "loading" => "For developers: load the interactive part (date planner, switches) at once, or only when a visitor scrolls near the guide.",
        "analytics" => "Send anonymous events (tab views, calendar downloads, button clicks; never dates or anything personal) to your tag manager's dataLayer. Your consent settings decide what is sent.",
        _ => return None,
    })
}

/// The admin's own sentences in `botox-guide.php` (its `__()` calls); a test checks the file
/// uses no other.
pub const ADMIN_STRINGS: &[&str] = &[
    "Botox guide",
    "Settings",
    "Defaults for every [botox_guide] shortcode and Botox guide block on this site; a shortcode or block can still set its own.",
    "Default",
    "Default for this site: %s",
    "%1$s was not saved. %2$s",
    "As in Settings → Botox guide",
    "Empty fields use Settings → Botox guide.",
    "For web developers",
    "Move %s up",
];

/// Spanish for every admin text (the `es_ES` translation shipped with the plugin).
fn spanish(english: &str) -> Option<&'static str> {
    Some(match english {
        "Botox guide" => "Guía sobre el Botox",
        "Settings" => "Ajustes",
        "Defaults for every [botox_guide] shortcode and Botox guide block on this site; a shortcode or block can still set its own." => "Valores por defecto de cada shortcode [botox_guide] y de cada bloque «Guía sobre el Botox» de este sitio; un shortcode o un bloque puede poner los suyos.",
        "Default" => "Por defecto",
        "Default for this site: %s" => "Por defecto en este sitio: %s",
        "%1$s was not saved. %2$s" => "%1$s no se ha guardado. %2$s",
        "As in Settings → Botox guide" => "Como en Ajustes → Guía sobre el Botox",
        "Empty fields use Settings → Botox guide." => "Los campos vacíos usan Ajustes → Guía sobre el Botox.",
        "For web developers" => "Para desarrolladores web",
        "Move %s up" => "Subir %s",
        "Clinic name" => "Nombre de la clínica",
        "Title above the tabs" => "Título sobre las pestañas",
        "Phone number" => "Teléfono",
        "Booking page (https://…)" => "Página de citas (https://…)",
        "Language" => "Idioma",
        "Country or region" => "País o región",
        "Tab shown first" => "Pestaña que se ve primero",
        "Tabs to show, in order" => "Pestañas que se muestran, en orden",
        "Treatments you offer" => "Tratamientos que ofrece",
        "Patient's treatment date and time" => "Fecha y hora del tratamiento del paciente",
        "Only on a page you send a patient after a visit: their aftercare plan shows its dates at once. A date the patient saved is never replaced." => "Solo en una página que envía a un paciente después de la visita: su plan de cuidados muestra las fechas en seguida. Nunca se reemplaza una fecha que el paciente guardó.",
        "Colours" => "Colores",
        "Your own content file (URL)" => "Su propio archivo de contenido (URL)",
        "Show the tab in the page address" => "Mostrar la pestaña en la dirección de la página",
        "Medically reviewed by" => "Revisión médica de",
        "Date of that review" => "Fecha de esa revisión",
        "When to load the interactive part" => "Cuándo cargar la parte interactiva",
        "Same as the site" => "El del sitio",
        "English" => "English",
        "Español" => "Español",
        "Match the site (light or dark, as the page is)" => "Como el sitio (claro u oscuro, como la página)",
        "Light" => "Claro",
        "Dark" => "Oscuro",
        "Follow the visitor's device setting" => "Según el ajuste del dispositivo del visitante",
        "Both, with a switch" => "Los dos, con un selector",
        "Cosmetic only" => "Solo estético",
        "Chronic migraine only" => "Solo migraña crónica",
        "As the page loads" => "Al cargar la página",
        "When the visitor scrolls near it" => "Cuando el visitante se acerca al desplazarse",
        "Analytics" => "Analítica",
        "Off" => "Desactivada",
        "To the page's dataLayer (Google Tag Manager and others)" => "Al dataLayer de la página (Google Tag Manager y otros)",
        "Send anonymous events (tab views, calendar downloads, button clicks; never dates or anything personal) to your tag manager's dataLayer. Your consent settings decide what is sent." => "Envía eventos anónimos (pestañas vistas, descargas del calendario, clics en botones; nunca fechas ni nada personal) al dataLayer de su gestor de etiquetas. Su configuración de consentimiento decide qué se envía.",
        "United States" => "Estados Unidos",
        "United Kingdom" => "Reino Unido",
        "Ireland" => "Irlanda",
        "Spain" => "España",
        "Canada" => "Canadá",
        "Australia" => "Australia",
        "European Union (general)" => "Unión Europea (en general)",
        "Shown on the guide's clinic card, with your phone and booking button, and in the calendar reminders a patient downloads." => "Aparece en la tarjeta de la clínica de la guía, con su teléfono y el botón de citas, y en los recordatorios de calendario que descarga el paciente.",
        "The title above the tabs. Leave it empty for the guide's own title; type none to leave the title out when your page has its own." => "El título sobre las pestañas. Déjelo vacío para usar el de la guía; escriba none para quitarlo cuando su página ya tenga uno.",
        "Becomes a button a patient can tap to call you. Digits, spaces and + - ( ) only." => "Se convierte en un botón para llamarle. Solo cifras, espacios y + - ( ).",
        "Your online booking page; a button on the clinic card. It must start with https://." => "Su página de citas en línea; un botón en la tarjeta de la clínica. Debe empezar por https://.",
        "The guide's language. \"Same as the site\" follows your site's language." => "El idioma de la guía. «El del sitio» sigue el idioma de su sitio.",
        "Where your clinic works: it sets the emergency number, how a side effect is reported and the regulator's wording." => "Dónde trabaja su clínica: fija el número de emergencias, cómo se notifica un efecto adverso y el lenguaje del regulador.",
        "The tab a visitor sees first. A patient who saved a treatment date comes back to Aftercare." => "La pestaña que se ve primero. Un paciente que guardó la fecha de su tratamiento vuelve a Cuidados posteriores.",
        "Untick a tab to leave it out; move tabs up to change their order." => "Desmarque una pestaña para quitarla; suba pestañas para cambiar el orden.",
        "Which treatments you offer: the guide shows their figures and aftercare steps." => "Qué tratamientos ofrece: la guía muestra sus cifras y sus pasos de cuidados.",
        "\"Match the site\" makes the guide light on a light page and dark on a dark one." => "«Como el sitio» hace la guía clara en una página clara y oscura en una oscura.",
        "For developers: the address of your own content file (JSON), laid over the built-in text." => "Para desarrolladores: la dirección de su propio archivo de contenido (JSON), que se superpone al texto incluido.",
        "For developers: shows the open tab in the page address (#botox-guide=aftercare), so a link can open a tab." => "Para desarrolladores: muestra la pestaña abierta en la dirección de la página (#botox-guide=aftercare), para que un enlace pueda abrir una pestaña.",
        "The clinician who reviewed the guide for your clinic, shown as \"Medically reviewed by …\"." => "El profesional que revisó la guía para su clínica; aparece como «Revisión médica de …».",
        "The date of that review." => "La fecha de esa revisión.",
        "For developers: load the interactive part (date planner, switches) at once, or only when a visitor scrolls near the guide." => "Para desarrolladores: cargar la parte interactiva (fechas, selectores) en seguida, o solo cuando el visitante se acerca a la guía.",
        _ => return None,
    })
}

/// Every admin text, once, in a stable order: the PHP's own, then each option's label, help
/// and choices.
pub fn msgids() -> Vec<String> {
    let mut out: Vec<String> = ADMIN_STRINGS.iter().map(|s| s.to_string()).collect();
    for o in OPTIONS {
        out.extend(label(o.name).map(str::to_string));
        out.extend(help(o.name).map(str::to_string));
        if let Rule::OneOf(ids) = o.rule {
            out.extend(ids.iter().filter_map(|id| value_label(o.name, id)));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| seen.insert(s.clone()));
    out
}

fn po_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `languages/botox-guide.pot`: the admin's texts for translators.
pub fn pot() -> String {
    let mut s = format!("# The botox-guide WordPress plugin's admin texts. Generated by xtask/src/generate/wordpress.rs.\nmsgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: botox-guide {}\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n", crate::generate::VERSION);
    for id in msgids() {
        s.push_str(&format!("\nmsgid {}\nmsgstr \"\"\n", po_string(&id)));
    }
    s
}

const ES_HEADER: &str = "Project-Id-Version: botox-guide\nLanguage: es_ES\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n";

/// `languages/botox-guide-es_ES.po`: the Spanish translation, readable.
pub fn po_es() -> String {
    let mut s = format!("# Spanish for the botox-guide WordPress plugin's admin. Generated by xtask/src/generate/wordpress.rs.\nmsgid \"\"\nmsgstr {}\n", po_string(ES_HEADER));
    for id in msgids() {
        s.push_str(&format!("\nmsgid {}\nmsgstr {}\n", po_string(&id), po_string(spanish(&id).expect("Spanish for every admin text"))));
    }
    s
}

/// `languages/botox-guide-es_ES.mo`: the same, as WordPress reads it (GNU gettext's binary
/// catalogue: a header, then the original and translated strings' lengths and offsets,
/// sorted by original, then the strings, each ending in NUL).
pub fn mo_es() -> Vec<u8> {
    let mut pairs: Vec<(String, String)> = msgids().into_iter().map(|id| { let es = spanish(&id).expect("Spanish for every admin text").to_string(); (id, es) }).collect();
    pairs.push((String::new(), ES_HEADER.to_string()));
    pairs.sort();
    let n = pairs.len() as u32;
    let (originals, translations) = (28u32, 28 + 8 * n);
    let mut strings = Vec::new();
    let mut tables = (Vec::new(), Vec::new());
    let start = 28 + 16 * n;
    for (id, _) in &pairs {
        tables.0.extend([id.len() as u32, start + strings.len() as u32]);
        strings.extend_from_slice(id.as_bytes());
        strings.push(0);
    }
    for (_, tr) in &pairs {
        tables.1.extend([tr.len() as u32, start + strings.len() as u32]);
        strings.extend_from_slice(tr.as_bytes());
        strings.push(0);
    }
    let mut out = Vec::new();
    for word in [0x9504_12de_u32, 0, n, originals, translations, 0, start].into_iter().chain(tables.0).chain(tables.1) {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend(strings);
    out
}

/// What a clinic owner reads for each value of a choice (the ids are for developers). A test
/// checks every value of every choice has one.
pub fn value_label(option: &str, value: &str) -> Option<String> {
    if option == "market" {
        return botox_guide::markets::MARKETS.iter().find(|m| m.market.as_str() == value).map(|m| m.name.to_string());
    }
    Some(
        match (option, value) {
            ("locale", "auto") => "Same as the site",
            ("locale", "en") => "English",
            ("locale", "es") => "Español",
            ("theme", "auto") => "Match the site (light or dark, as the page is)",
            ("theme", "light") => "Light",
            ("theme", "dark") => "Dark",
            ("theme", "device") => "Follow the visitor's device setting",
            ("treatment", "both") => "Both, with a switch",
            ("treatment", "cosmetic") => "Cosmetic only",
            ("treatment", "migraine") => "Chronic migraine only",
            ("loading", "eager") => "As the page loads",
            ("loading", "lazy") => "When the visitor scrolls near it",
            ("analytics", "off") => "Off",
            ("analytics", "datalayer") => "To the page's dataLayer (Google Tag Manager and others)",
            _ => return None,
        }
        .to_string(),
    )
}

fn php_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `options.php`: returns the plugin's data array.
pub fn options_php(version: &str, embed_integrity: &str) -> String {
    let mut s = format!("<?php\n// Generated from the option table (src/generate/wordpress.rs). Do not edit.\nif (!defined('ABSPATH')) exit;\nreturn [\n  'version' => {},\n  'integrity' => {},\n  'reserve' => {},\n  'options' => [\n", php_string(version), php_string(embed_integrity), php_string(crate::steps::perf::RESERVE));
    for o in OPTIONS {
        let url = matches!(o.rule, Rule::HttpsUrl);
        let values = match o.rule {
            Rule::OneOf(ids) => format!("[{}]", ids.iter().map(|i| format!("{} => {}", php_string(i), php_string(&value_label(o.name, i).expect("a label for every value")))).collect::<Vec<_>>().join(", ")),
            _ => "null".to_string(),
        };
        s.push_str(&format!(
            "    ['name' => {}, 'block' => {}, 'url' => {url}, 'setting' => {}, 'advanced' => {}, 'values' => {values}, 'label' => {}, 'rule' => {}, 'input' => {}, 'expected' => {}, 'doc' => {}],\n",
            php_string(o.name),
            php_string(&crate::generate::types::camel(o.name)),
            SETTINGS.contains(&o.name),
            ADVANCED.contains(&o.name),
            php_string(label(o.name).expect("a label for every option")),
            php_string(o.rule.kind()),
            php_string(o.rule.input()),
            php_string(&o.rule.expected()),
            php_string(help(o.name).expect("admin help for every option"))
        ));
    }
    s.push_str("  ],\n");
    // The widget's own sentence for a refused value ({option}, {value}, {expected}).
    s.push_str(&format!("  'warning' => {},\n", php_string(botox_guide::options::table::WARNING_VALUE)));
    // The market a site's language suggests (WordPress knows the site's locale, not its
    // country): used when neither the shortcode, the block nor the settings page sets one.
    s.push_str("  'suggested' => [\n    'market' => [");
    let pairs: Vec<String> = botox_guide::markets::MARKETS.iter().flat_map(|m| m.wordpress_locales.iter().map(move |l| format!("{} => {}", php_string(l), php_string(m.market.as_str())))).collect();
    s.push_str(&pairs.join(", "));
    // The language: the site's own (`auto` reads the page's `<html lang>`, which WordPress
    // writes from the site language).
    s.push_str(&format!("],\n    'locale' => ['*' => {}],\n  ],\n];\n", php_string(botox_guide::options::table::AUTO)));
    s
}

/// `block.json`: the block's metadata, one string attribute per option (camelCase), rendered
/// by the plugin's PHP (the same function as the shortcode).
pub fn block_json(version: &str) -> Value {
    let attributes: Map<String, Value> = OPTIONS.iter().map(|o| (crate::generate::types::camel(o.name), json!({ "type": "string", "default": "" }))).collect();
    json!({
        "$schema": "https://schemas.wp.org/trunk/block.json",
        "apiVersion": 2,
        "name": "botox-guide/guide",
        "version": version,
        "title": "Botox guide",
        "category": "widgets",
        "icon": "heart",
        "description": "A plain-language patient guide to Botox, with the clinic's details.",
        "textdomain": "botox-guide",
        "attributes": attributes,
        "supports": { "html": false },
        "editorScript": "file:./block.js",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_is_in_the_plugin_and_every_setting_is_an_option() {
        let php = options_php("1", "sha384-x");
        for o in OPTIONS {
            assert!(php.contains(&format!("'name' => '{}'", o.name)), "{}", o.name);
        }
        for s in SETTINGS {
            assert!(OPTIONS.iter().any(|o| o.name == s), "{s} is an option");
        }
        assert!(php.contains("'name' => 'booking-url', 'block' => 'bookingUrl', 'url' => true, 'setting' => true"));
        assert_eq!(php_string("it's"), "'it\\'s'");
        let block = block_json("1");
        assert_eq!(block["attributes"].as_object().unwrap().len(), OPTIONS.len());
        assert!(block["attributes"].get("bookingUrl").is_some());
    }

    #[test]
    fn every_option_and_every_choice_has_words_for_a_clinic_owner() {
        for o in OPTIONS {
            assert!(label(o.name).is_some(), "no admin label for {}", o.name);
            if let Rule::OneOf(ids) = o.rule {
                for id in ids {
                    assert!(value_label(o.name, id).is_some(), "no admin label for {}={id}", o.name);
                }
            }
        }
        assert_eq!(value_label("theme", "nope"), None);
        assert_eq!(label("nope"), None);
    }

    #[test]
    fn every_admin_text_has_spanish_and_the_php_uses_no_other() {
        for id in msgids() {
            assert!(spanish(&id).is_some(), "no Spanish for {id:?}");
        }
        for o in OPTIONS {
            assert!(help(o.name).is_some(), "no admin help for {}", o.name);
        }
        let php = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../integrations/wordpress/botox-guide/botox-guide.php")).unwrap();
        let mut used = Vec::new();
        for call in ["__('", "esc_html__('"] {
            for (at, _) in php.match_indices(call) {
                let rest = &php[at + call.len()..];
                let end = rest.find("', 'botox-guide')").expect("a literal with the text domain");
                used.push(rest[..end].replace("\\'", "'"));
            }
        }
        assert!(used.len() >= 6, "{used:?}");
        for u in used {
            assert!(ADMIN_STRINGS.contains(&u.as_str()), "{u:?} is not in ADMIN_STRINGS");
        }
    }

    #[test]
    fn the_mo_file_reads_back() {
        let mo = mo_es();
        let word = |i: usize| u32::from_le_bytes(mo[i * 4..i * 4 + 4].try_into().unwrap()) as usize;
        assert_eq!(word(0), 0x9504_12de);
        let n = word(2);
        assert_eq!(n, msgids().len() + 1);
        let read = |table: usize, k: usize| {
            let (len, off) = (word(table / 4 + 2 * k), word(table / 4 + 2 * k + 1));
            String::from_utf8(mo[off..off + len].to_vec()).unwrap()
        };
        let (originals, translations) = (word(3), word(4));
        let found: Vec<(String, String)> = (0..n).map(|k| (read(originals, k), read(translations, k))).collect();
        assert!(found.windows(2).all(|w| w[0].0 < w[1].0), "sorted by original");
        assert!(found.contains(&("Clinic name".to_string(), "Nombre de la clínica".to_string())));
        assert!(found[0].0.is_empty() && found[0].1.contains("charset=UTF-8"));
    }
}
