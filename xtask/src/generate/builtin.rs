//! The English content compiled into the widget as Rust (`src/content/builtin_en.rs`): read
//! here from `src/content/en.json` with serde and validated, then written out as the code that
//! builds the same `Content`. The lean wasm (feature `lean`, for pages in English without a
//! clinic's own content) uses it instead of reading JSON, so it carries no JSON reader for the
//! content at all (docs/decisions.md, "The lean wasm"). A test fails when the committed file
//! and the JSON differ (`cargo xtask docs` rewrites it).

use botox_guide::content::*;
use botox_guide::ids::{Tab, Treatment};

/// Writes a value as a Rust expression.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

fn field(out: &mut String, name: &str, v: &dyn Bake) {
    out.push_str(name);
    out.push_str(": ");
    v.bake(out);
    out.push_str(", ");
}

/// Between two texts in the generated string (a control character no text holds).
const SEP: char = '\u{1f}';

thread_local! {
    /// The texts met so far, in the order the code reads them.
    static TEXTS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A text is the next one from the file's one string: a call with one argument, where a
/// literal per text cost twice the code (rust evaluates struct fields and `vec!` items in the
/// order written, the order they are baked in).
impl Bake for String {
    fn bake(&self, out: &mut String) {
        assert!(!self.contains(SEP), "a text holds the separator");
        TEXTS.with(|t| t.borrow_mut().push(self.clone()));
        out.push_str("s(t)");
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Bake for i64 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}"));
    }
}

impl Bake for f32 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self:?}f32"));
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("vec![");
        for v in self {
            v.bake(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl<K: TextKey> Bake for Texts<K> {
    fn bake(&self, out: &mut String) {
        out.push_str("Texts::from_texts(");
        self.slots().to_vec().bake(out);
        out.push(')');
    }
}

macro_rules! bake_ids {
    ($($t:ty),+) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(self.path());
            }
        }
    )+};
}
bake_ids!(Tab, Treatment, botox_guide::ids::Locale);

/// A plain enum by its variant's name.
macro_rules! bake_enum {
    ($t:ident { $($v:ident),+ }) => {
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(match self { $($t::$v => concat!(stringify!($t), "::", stringify!($v))),+ });
            }
        }
    };
}
bake_enum!(ListStyle { Bullets, Steps, Questions, RedFlags });
bake_enum!(Tone { Note, Caution, Urgent });
bake_enum!(BenefitUnit { Days, Per100 });
bake_enum!(Group { Expected, Call });
bake_enum!(Level { Emergency, SameDay });
bake_enum!(ItemKind { Do, Avoid, Expect });

/// A struct by its fields: `bake_struct!(Name { a, b })`.
macro_rules! bake_struct {
    ($t:ident { $($f:ident),+ } $(, $extra:literal)?) => {
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " { "));
                $( field(out, stringify!($f), &self.$f); )+
                $( out.push_str($extra); )?
                out.push('}');
            }
        }
    };
}
// The lean wasm shows the US market only (the loader gives every other market the full
// wasm), so the markets' overrides are not compiled in.
bake_struct!(Content { locale, title, last_checked, next_review, reviewed_by, reviewed_on, ui, dates, sections, risks, aftercare, sources }, "markets: Vec::new(), ");
bake_struct!(Dates { months, months_short, weekdays_short, long, time_format });
bake_struct!(Risks { labels, treatments, urgent });
bake_struct!(Aftercare { labels, steps });
bake_struct!(Section { id, label, heading, summary, blocks, detail });
bake_struct!(Detail { title, blocks });
bake_struct!(RiskTreatment { id, label, note, source, benefits, effects, harms });
bake_struct!(Figure { id, text, botox, placebo, unit, source, confirm });
bake_struct!(Effect { id, name, term, rate, placebo, group, feels, lasts, action, source, no_rate, sign, confirm });
bake_struct!(Urgent { title, intro, emergency, same_day, signs, note, source });
bake_struct!(Sign { id, text, short, level });
bake_struct!(Step { id, title, start, end, only, anytime, items, calendar, sources });
bake_struct!(Item { id, kind, text, precaution });
bake_struct!(CalendarEntry { summary, description });
bake_struct!(Source { id, title, publisher, year, url });

impl Bake for Rate {
    fn bake(&self, out: &mut String) {
        match self {
            Rate::UnderOne => out.push_str("Rate::UnderOne"),
            Rate::Per100(n) => {
                out.push_str("Rate::Per100(");
                n.bake(out);
                out.push(')');
            }
        }
    }
}

impl Bake for Offset {
    fn bake(&self, out: &mut String) {
        match self {
            Offset::Hours(n) => out.push_str(&format!("Offset::Hours({n})")),
            Offset::Days(n) => out.push_str(&format!("Offset::Days({n})")),
        }
    }
}

impl Bake for Block {
    fn bake(&self, out: &mut String) {
        match self {
            Block::Paragraph { id, text, sources, confirm } => {
                out.push_str("Block::Paragraph { ");
                field(out, "id", id);
                field(out, "text", text);
                field(out, "sources", sources);
                field(out, "confirm", confirm);
            }
            Block::List { id, title, style, items, sources, confirm } => {
                out.push_str("Block::List { ");
                field(out, "id", id);
                field(out, "title", title);
                field(out, "style", style);
                field(out, "items", items);
                field(out, "sources", sources);
                field(out, "confirm", confirm);
            }
            Block::Callout { id, tone, title, text, sources, confirm } => {
                out.push_str("Block::Callout { ");
                field(out, "id", id);
                field(out, "tone", tone);
                field(out, "title", title);
                field(out, "text", text);
                field(out, "sources", sources);
                field(out, "confirm", confirm);
            }
            Block::RiskLink { treatment, text } => {
                out.push_str("Block::RiskLink { ");
                field(out, "treatment", treatment);
                field(out, "text", text);
            }
            Block::BenefitFigures { treatment } => {
                out.push_str("Block::BenefitFigures { ");
                field(out, "treatment", treatment);
            }
            Block::CommonEffects => return out.push_str("Block::CommonEffects"),
            Block::RiskExplainer => return out.push_str("Block::RiskExplainer"),
            Block::UrgentSigns => return out.push_str("Block::UrgentSigns"),
            Block::AftercareTimeline => return out.push_str("Block::AftercareTimeline"),
        }
        out.push('}');
    }
}

/// The file's text: the English content as the code that builds it.
pub fn source() -> String {
    let content = Content::builtin_en();
    assert!(validate::problems(&content).is_empty(), "the English content is valid");
    let mut body = String::new();
    TEXTS.with(|t| t.borrow_mut().clear());
    content.bake(&mut body);
    let text = TEXTS.with(|t| t.borrow().join(&SEP.to_string()));
    format!(
        "// Generated from src/content/en.json by `cargo xtask docs` (xtask/src/generate/builtin.rs).\n\
         // Do not edit: a test fails when this file and the JSON differ.\n\
         \n\
         use super::*;\n\
         \n\
         /// Every text, in the order `en` reads them, U+001F (unit separator) between. The lean\n\
         /// wasm does not carry it: `embed.js` does (next to the prerendered guide, which holds\n\
         /// the same words, so it costs little there) and hands it to `init`.\n\
         #[rustfmt::skip]\n\
         pub const TEXT: &str = {text:?};\n\
         \n\
         /// [`TEXT`]'s length: a text of another length is from another build.\n\
         pub const TEXT_LEN: usize = {len};\n\
         \n\
         /// Every text is made by one small function from the next piece of [`TEXT`], so the\n\
         /// text stays data and the code per text stays a short call.\n\
         #[inline(never)]\n\
         fn s(t: &mut core::str::Split<'_, char>) -> String {{\n    t.next().unwrap_or_default().to_string()\n}}\n\
         \n\
         /// The built-in English content, as `en.json` reads.\n\
         pub fn en() -> Content {{\n    en_from(TEXT)\n}}\n\
         \n\
         /// The English content from its texts ([`TEXT`], as `embed.js` hands it over).\n\
         #[rustfmt::skip]\n\
         pub fn en_from(text: &str) -> Content {{\n    let t = &mut text.split('\\u{{1f}}');\n    {body}\n}}\n",
        len = text.len()
    )
}

/// Where the file is committed.
pub const PATH: &str = "src/content/builtin_en.rs";
