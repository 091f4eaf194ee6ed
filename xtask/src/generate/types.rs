//! TypeScript declarations and the custom-elements manifest, generated from the option,
//! event, token and part tables (never kept by hand). The build writes them next to
//! `embed.js`: `botox-guide.d.ts` (the element, its events, `window.BotoxGuide`, and the ES
//! module entry's `define`), `botox-guide-react.d.ts` (React 19 JSX), `botox-guide-vue.d.ts`
//! (Vue templates) and `custom-elements.json` (Custom Elements
//! Manifest 2.1, for editors and design tools).

use serde_json::{json, Value};

use botox_guide::events::{EventSpec, EVENTS, TAB_TYPE};
use botox_guide::ids::Tab;
use botox_guide::options::table::{OptionSpec, Rule};
use botox_guide::options::OPTIONS;
use botox_guide::theme::{PARTS, TOKENS};

pub const DTS: &str = "botox-guide.d.ts";
pub const REACT_DTS: &str = "botox-guide-react.d.ts";
pub const VUE_DTS: &str = "botox-guide-vue.d.ts";
pub const MANIFEST: &str = "custom-elements.json";
/// The element's class name in the types and the manifest.
const CLASS: &str = "BotoxGuideElement";

/// `clinic-name` → `clinicName` (the JS API's spelling).
pub fn camel(kebab: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in kebab.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn literals(ids: &[&str]) -> String {
    ids.iter().map(|i| format!("'{i}'")).collect::<Vec<_>>().join(" | ")
}

/// An option's value type: what an attribute or the JS API accepts.
pub fn value_type(rule: Rule) -> String {
    match rule {
        Rule::OneOf(ids) => literals(ids),
        Rule::Tab => TAB_TYPE.to_string(),
        Rule::WordOrText { words, .. } => format!("{} | (string & {{}})", literals(words)),
        Rule::Flag => "boolean | 'true' | 'false' | 'on' | 'off' | 'yes' | 'no' | ''".to_string(),
        Rule::Text { .. } | Rule::Phone | Rule::HttpsUrl | Rule::HttpsUrlOrPath | Rule::TabList | Rule::IsoDate | Rule::LocalDateTime => "string".to_string(),
    }
}

/// A one-line doc comment (`*/` can never end it early).
fn doc(text: &str) -> String {
    text.replace("*/", "*\u{2060}/")
}

fn detail_type(e: &EventSpec) -> String {
    if e.detail.is_empty() {
        return "Record<string, never>".to_string();
    }
    let fields: Vec<String> = e.detail.iter().map(|(name, ty, _)| format!("{name}: {ty}")).collect();
    format!("{{ {} }}", fields.join("; "))
}

fn option_fields(o: &OptionSpec, key: &str, indent: &str) -> String {
    format!("{indent}/** {} Default: {}. */\n{indent}'{key}'?: {};\n", doc(o.doc), doc(o.default), value_type(o.rule))
}

/// `botox-guide.d.ts`: global declarations (no import, so a plain `<script>` page and any
/// bundler see them by a `/// <reference types>` or `"types"` in package.json).
pub fn dts(version: &str) -> String {
    // A module (so `import type {} from 'botox-guide'` works) whose declarations are global
    // (the element, its events and `window.BotoxGuide` belong to the page).
    let header = format!("// botox-guide {version}: generated from the option and event tables (src/generate/types.rs). Do not edit.\n\n{MODULE_EXPORTS}\ndeclare global {{\n");
    let body = global_dts();
    let indented: String = body.lines().map(|l| if l.is_empty() { "\n".to_string() } else { format!("  {l}\n") }).collect();
    format!("{header}{indented}}}\n")
}

/// What the ES module entries (`botox-guide`, `botox-guide/define`) export.
const MODULE_EXPORTS: &str = "/** Options of `define()`. */
export interface DefineOptions {
  /** The folder (a URL, absolute or relative to the page) holding the files of `botox-guide/dist/`. Default: the folder the module was loaded from. */
  base?: string | URL;
  /** A nonce for the language-pack scripts, on pages with a nonce-based Content-Security-Policy. */
  nonce?: string;
}
/** Define `<botox-guide>` once per page and return `window.BotoxGuide`; `undefined` where there is no page (server rendering). */
export declare function define(options?: DefineOptions): BotoxGuideApi | undefined;
/** This build's version. */
export declare const version: string;
";

/// The global declarations of `botox-guide.d.ts`.
fn global_dts() -> String {
    let mut s = String::new();
    s.push_str(&format!("/** A topic tab's id. */\ntype {TAB_TYPE} = {};\n\n", literals(Tab::IDS)));
    s.push_str("/** Options of `BotoxGuide.mount()` and `update()`, in camelCase (attributes are kebab-case). `null` removes one. */\ninterface BotoxGuideOptions {\n");
    for o in OPTIONS {
        let key = camel(o.name);
        s.push_str(&format!("  /** {} Default: {}. */\n  {key}?: {} | null;\n", doc(o.doc), doc(o.default), value_type(o.rule)));
    }
    s.push_str("}\n\n/** The widget's attributes (kebab-case), as strings. */\ninterface BotoxGuideAttributes {\n");
    for o in OPTIONS {
        s.push_str(&option_fields(o, o.name, "  "));
    }
    s.push_str("}\n\n/** Each event's `detail`. */\ninterface BotoxGuideEventDetails {\n");
    for e in EVENTS {
        s.push_str(&format!("  /** {} */\n  '{}': {};\n", doc(e.doc), e.full_name(), detail_type(e)));
    }
    s.push_str("}\n\n");
    s.push_str(&format!("/** `<botox-guide>`: a patient guide to Botox. Its events bubble out of its shadow root. */\ninterface {CLASS} extends HTMLElement {{\n"));
    s.push_str(&format!("  addEventListener<K extends keyof BotoxGuideEventDetails>(type: K, listener: (this: {CLASS}, ev: CustomEvent<BotoxGuideEventDetails[K]>) => void, options?: boolean | AddEventListenerOptions): void;\n"));
    s.push_str("  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;\n}\n\n");
    s.push_str("/** What `BotoxGuide.mount()` returns. */\ninterface BotoxGuideHandle {\n  readonly element: HTMLElement;\n  /** Change some options (merged with the element's attributes). */\n  update(options: BotoxGuideOptions): void;\n  /** Remove the widget and free its memory. */\n  unmount(): void;\n}\n\n");
    s.push_str("/** `window.BotoxGuide`, set by `embed.js`. */\ninterface BotoxGuideApi {\n  readonly version: string;\n  /** The option names (kebab-case). */\n  readonly options: string[];\n  /** Mount into any element (a shadow root is attached); `null` when it cannot hold one. */\n  mount(element: Element, options?: BotoxGuideOptions): BotoxGuideHandle | null;\n  /** Resolves when the interactive part has loaded (asking for it starts the load). */\n  readonly ready: Promise<void>;\n  /** Live instances and the wasm's memory, for debugging. */\n  stats(): { instances: number; wasmMemoryBytes: number };\n}\n\n");
    s.push_str(&format!("interface HTMLElementTagNameMap {{\n  'botox-guide': {CLASS};\n}}\n\n"));
    s.push_str("interface HTMLElementEventMap {\n");
    for e in EVENTS {
        s.push_str(&format!("  '{}': CustomEvent<BotoxGuideEventDetails['{}']>;\n", e.full_name(), e.full_name()));
        s.push_str(&format!("  /** @deprecated Use `{}`; the colon name is kept for one release. */\n  '{}': CustomEvent<BotoxGuideEventDetails['{}']>;\n", e.full_name(), e.legacy_name(), e.full_name()));
    }
    s.push_str("}\n\ninterface Window {\n  BotoxGuide: BotoxGuideApi;\n}\n");
    s
}

/// `botox-guide-react.d.ts`: `<botox-guide>` in React 19 JSX, its attributes and its events
/// as `on<event name>` props (React 19 adds those as event listeners on custom elements).
pub fn react_dts(version: &str) -> String {
    let mut s = format!("// botox-guide {version}: React 19 JSX, generated (src/generate/types.rs). Do not edit.\n/// <reference path=\"./{DTS}\" />\nimport type {{ DetailedHTMLProps, HTMLAttributes }} from 'react';\n\n");
    s.push_str("type BotoxGuideJsxProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & BotoxGuideAttributes & {\n");
    for e in EVENTS {
        s.push_str(&format!("  /** {} */\n  'on{}'?: (event: CustomEvent<BotoxGuideEventDetails['{}']>) => void;\n", doc(e.doc), e.full_name(), e.full_name()));
    }
    s.push_str("};\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n      'botox-guide': BotoxGuideJsxProps;\n    }\n  }\n}\n");
    s
}

/// `botox-guide-vue.d.ts`: `<botox-guide>` in Vue templates (Volar's `GlobalComponents`, read
/// by `vue-tsc` and editors): its attributes with their accepted values, and its events as
/// Vue's `on…` props (`@botox-guide-tab-change` is `onBotoxGuideTabChange`).
pub fn vue_dts(version: &str) -> String {
    let mut s = format!("// botox-guide {version}: Vue templates, generated (src/generate/types.rs). Do not edit.\n/// <reference path=\"./{DTS}\" />\nimport type {{ DefineComponent }} from 'vue';\n\ntype BotoxGuideVueProps = {{\n");
    for o in OPTIONS {
        s.push_str(&option_fields(o, &camel(o.name), "  "));
    }
    for e in EVENTS {
        s.push_str(&format!("  /** {} */\n  on{}?: (event: CustomEvent<BotoxGuideEventDetails['{}']>) => void;\n", doc(e.doc), pascal(&e.full_name()), e.full_name()));
    }
    s.push_str("};\n\ndeclare module 'vue' {\n  interface GlobalComponents {\n    'botox-guide': DefineComponent<BotoxGuideVueProps>;\n  }\n}\n");
    s
}

/// `botox-guide-tab-change` → `BotoxGuideTabChange` (Vue's name for a listener prop).
fn pascal(kebab: &str) -> String {
    let c = camel(kebab);
    let mut chars = c.chars();
    chars.next().map(|f| f.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// `custom-elements.json`, schema version 2.1.0.
pub fn manifest(version: &str) -> Value {
    let attributes: Vec<Value> = OPTIONS
        .iter()
        .map(|o| json!({ "name": o.name, "type": { "text": value_type(o.rule).replace("boolean | ", "") }, "default": o.default, "description": o.doc, "fieldName": camel(o.name) }))
        .collect();
    let events: Vec<Value> = EVENTS
        .iter()
        .flat_map(|e| {
            let ty = json!({ "text": format!("CustomEvent<{}>", detail_type(e)) });
            [
                json!({ "name": e.full_name(), "type": ty, "description": e.doc }),
                json!({ "name": e.legacy_name(), "type": ty, "description": format!("Deprecated alias of `{}`, kept for one release.", e.full_name()), "deprecated": true }),
            ]
        })
        .collect();
    let css_properties: Vec<Value> = TOKENS.iter().map(|t| json!({ "name": t.var.public(), "default": t.light, "description": t.what })).collect();
    let parts: Vec<Value> = PARTS.iter().map(|(name, what)| json!({ "name": name, "description": what })).collect();
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "dist/embed.js",
            "summary": format!("botox-guide {version}: one classic script defines <botox-guide> and window.BotoxGuide."),
            "declarations": [{
                "kind": "class",
                "name": CLASS,
                "tagName": "botox-guide",
                "customElement": true,
                "superclass": { "name": "HTMLElement" },
                "description": "A patient guide to Botox: what it is, how it smooths wrinkles, benefits and risks, migraine treatment, choosing a clinic, and an aftercare timeline.",
                "attributes": attributes,
                "events": events,
                "cssProperties": css_properties,
                "cssParts": parts,
            }],
            "exports": [{ "kind": "custom-element-definition", "name": "botox-guide", "declaration": { "name": CLASS, "module": "dist/embed.js" } }],
        }, {
            "kind": "javascript-module",
            "path": "dist/botox-guide-define.mjs",
            "summary": "The ES module entry: import { define } from 'botox-guide/define' (or import 'botox-guide', which calls it).",
            "declarations": [{ "kind": "function", "name": "define", "description": "Define <botox-guide> once per page and return window.BotoxGuide; undefined on a server.", "parameters": [{ "name": "options", "optional": true, "type": { "text": "DefineOptions" } }] }],
            "exports": [
                { "kind": "js", "name": "define", "declaration": { "name": "define", "module": "dist/botox-guide-define.mjs" } },
                { "kind": "custom-element-definition", "name": "botox-guide", "declaration": { "name": CLASS, "module": "dist/embed.js" } },
            ],
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_event_token_and_part_is_declared_in_the_types_and_the_manifest() {
        let d = dts("0");
        let m = manifest("0");
        let decl = &m["modules"][0]["declarations"][0];
        for o in OPTIONS {
            assert!(d.contains(&format!("  {}?: ", camel(o.name))), "{} in BotoxGuideOptions", o.name);
            assert!(d.contains(&format!("  '{}'?: ", o.name)), "{} in BotoxGuideAttributes", o.name);
        }
        let names: Vec<&str> = decl["attributes"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
        assert_eq!(names, OPTIONS.iter().map(|o| o.name).collect::<Vec<_>>());
        for e in EVENTS {
            assert!(d.contains(&format!("'{}': CustomEvent", e.full_name())));
            assert!(react_dts("0").contains(&format!("'on{}'?:", e.full_name())));
            assert!(vue_dts("0").contains(&format!("  on{}?: (event: CustomEvent<BotoxGuideEventDetails['{}']>)", pascal(&e.full_name()), e.full_name())));
        }
        assert_eq!(decl["events"].as_array().unwrap().len(), EVENTS.len() * 2);
        assert_eq!(decl["cssProperties"].as_array().unwrap().len(), TOKENS.len());
        assert_eq!(decl["cssParts"].as_array().unwrap().len(), PARTS.len());
    }

    #[test]
    fn value_types_follow_the_rules() {
        assert_eq!(camel("reviewed-on"), "reviewedOn");
        assert_eq!(pascal("botox-guide-tab-change"), "BotoxGuideTabChange");
        assert_eq!(value_type(Rule::OneOf(&["light", "dark"])), "'light' | 'dark'");
        assert_eq!(value_type(Rule::Tab), TAB_TYPE);
        assert!(dts("0").contains(&format!("type {TAB_TYPE} = 'about'")));
        assert!(doc("a */ b").find("*/").is_none());
    }
}
