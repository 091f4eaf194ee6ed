//! The WordPress plugin's option list (`options.php`) and `block.json`, generated from the
//! option table: the shortcode's and the block's attribute names (the block's in the JS
//! API's camelCase, `types::camel`), which rule each value follows (URLs go through
//! `esc_url`), and which are clinic-wide settings on its settings page.

use serde_json::{json, Map, Value};

use botox_guide::options::{Rule, OPTIONS};

/// The options a clinic sets once for the whole site (Settings → Botox guide).
pub const SETTINGS: [&str; 8] = ["clinic-name", "phone", "booking-url", "locale", "market", "theme", "reviewed-by", "reviewed-on"];

/// Options for web developers, under "For web developers" in the block's sidebar.
pub const ADVANCED: [&str; 4] = ["content-url", "deep-link", "loading", "heading"];

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
        "theme" => "Colours",
        "content-url" => "Your own content file (URL)",
        "deep-link" => "Show the tab in the page address",
        "reviewed-by" => "Medically reviewed by",
        "reviewed-on" => "Date of that review",
        "loading" => "When to load the interactive part",
        _ => return None,
    })
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
            "    ['name' => {}, 'block' => {}, 'url' => {url}, 'setting' => {}, 'advanced' => {}, 'values' => {values}, 'label' => {}, 'rule' => {}, 'expected' => {}, 'doc' => {}],\n",
            php_string(o.name),
            php_string(&crate::generate::types::camel(o.name)),
            SETTINGS.contains(&o.name),
            ADVANCED.contains(&o.name),
            php_string(label(o.name).expect("a label for every option")),
            php_string(o.rule.kind()),
            php_string(&o.rule.expected()),
            php_string(&o.doc.replace('`', ""))
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
}
