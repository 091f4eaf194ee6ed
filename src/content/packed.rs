//! The built-in English content as data: its texts (one string, U+001F between) and its
//! shape (one byte string: every list's length, every optional value's presence, every
//! choice and number, in the order the fields are declared here). The lean wasm unpacks
//! them into a `Content` (`builtin_en::en_from`); the build packs `en.json` into them
//! (`cargo xtask docs`, natively). Both halves come from the one field list per type below,
//! so they cannot read in different orders.
//!
//! Before this, the content was generated as the Rust code that builds it: one function of
//! about 31 KB in the lean wasm, its largest (docs/decisions.md, "After the visit, second
//! part").

use super::model::*;
use crate::ids::{Locale, Tab, Treatment};

/// Between two texts in the packed string (a control character no text holds).
pub const SEP: char = '\u{1f}';

/// Reads packed content. A shape or text that ends early gives empty values, never a panic
/// (the texts' length is checked before, in `embed`).
pub struct Unpacker<'a> {
    texts: core::str::Split<'a, char>,
    shape: core::slice::Iter<'a, u8>,
}

impl<'a> Unpacker<'a> {
    pub fn new(texts: &'a str, shape: &'a [u8]) -> Self {
        Unpacker { texts: texts.split(SEP), shape: shape.iter() }
    }

    fn byte(&mut self) -> u8 {
        self.shape.next().copied().unwrap_or(0)
    }

    fn bytes4(&mut self) -> [u8; 4] {
        [self.byte(), self.byte(), self.byte(), self.byte()]
    }
}

/// Writes packed content (the build only).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct Packer {
    pub texts: Vec<String>,
    pub shape: Vec<u8>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Packer {
    fn byte(&mut self, b: usize) {
        self.shape.push(u8::try_from(b).expect("a packed count or index fits in a byte"));
    }
}

/// A value that packs into texts and shape.
pub trait Packed: Sized {
    fn unpack(u: &mut Unpacker) -> Self;
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer);
}

impl Packed for String {
    #[inline(never)]
    fn unpack(u: &mut Unpacker) -> Self {
        u.texts.next().unwrap_or_default().to_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        assert!(!self.contains(SEP), "a text holds the separator");
        p.texts.push(self.clone());
    }
}

impl Packed for bool {
    fn unpack(u: &mut Unpacker) -> Self {
        u.byte() != 0
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        p.byte(usize::from(*self));
    }
}

impl Packed for f32 {
    fn unpack(u: &mut Unpacker) -> Self {
        f32::from_le_bytes(u.bytes4())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        p.shape.extend(self.to_le_bytes());
    }
}

/// Years and offsets: whole numbers well within 32 bits.
impl Packed for i64 {
    fn unpack(u: &mut Unpacker) -> Self {
        i64::from(i32::from_le_bytes(u.bytes4()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        p.shape.extend(i32::try_from(*self).expect("a packed number fits in 32 bits").to_le_bytes());
    }
}

impl<T: Packed> Packed for Option<T> {
    fn unpack(u: &mut Unpacker) -> Self {
        bool::unpack(u).then(|| T::unpack(u))
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        self.is_some().pack(p);
        if let Some(v) = self {
            v.pack(p);
        }
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn unpack(u: &mut Unpacker) -> Self {
        let n = u.byte();
        let mut v = Vec::with_capacity(n.into());
        for _ in 0..n {
            v.push(T::unpack(u));
        }
        v
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        p.byte(self.len());
        for v in self {
            v.pack(p);
        }
    }
}

impl<K: TextKey> Packed for Texts<K> {
    fn unpack(u: &mut Unpacker) -> Self {
        Texts::from_texts(Vec::unpack(u))
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        self.slots().to_vec().pack(p);
    }
}

/// An enum with no data, by its place in `$all` (unknown places read as the first).
macro_rules! packed_choice {
    ($($t:ty => $all:expr),+ $(,)?) => {$(
        impl Packed for $t {
            fn unpack(u: &mut Unpacker) -> Self {
                let all: &[$t] = $all;
                all.get(usize::from(u.byte())).copied().unwrap_or(all[0])
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn pack(&self, p: &mut Packer) {
                let all: &[$t] = $all;
                p.byte(all.iter().position(|v| v == self).expect("a listed value"));
            }
        }
    )+};
}
packed_choice!(
    Tab => Tab::ALL,
    Treatment => Treatment::ALL,
    Locale => Locale::ALL,
    ListStyle => &[ListStyle::Bullets, ListStyle::Steps, ListStyle::Questions, ListStyle::RedFlags],
    Tone => &[Tone::Note, Tone::Caution, Tone::Urgent],
    BenefitUnit => &[BenefitUnit::Days, BenefitUnit::Per100],
    Group => &[Group::Expected, Group::Call],
    Level => &[Level::Emergency, Level::SameDay],
    ItemKind => &[ItemKind::Do, ItemKind::Avoid, ItemKind::Expect],
);

/// A struct by its fields, in the order they are packed; `default { … }` names fields the
/// built-in content leaves empty.
macro_rules! packed_struct {
    ($($t:ident { $($f:ident),+ } $(default { $($d:ident),+ })?;)+) => {$(
        impl Packed for $t {
            fn unpack(u: &mut Unpacker) -> Self {
                $t { $($f: Packed::unpack(u),)+ $($($d: Default::default(),)+)? }
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn pack(&self, p: &mut Packer) {
                $(self.$f.pack(p);)+
            }
        }
    )+};
}
// The lean wasm shows the US market only (the loader gives every other market the full
// wasm), so the markets' overrides are not packed.
packed_struct! {
    Content { locale, title, last_checked, next_review, reviewed_by, reviewed_on, ui, dates, sections, risks, aftercare, sources } default { markets };
    Dates { months, months_short, weekdays_short, long, time_format };
    Risks { labels, treatments, urgent };
    Aftercare { labels, steps };
    Section { id, label, heading, summary, blocks, detail };
    Detail { title, blocks };
    RiskTreatment { id, label, note, source, benefits, effects, harms };
    Figure { id, text, botox, placebo, unit, source, confirm };
    Effect { id, name, term, rate, placebo, group, feels, lasts, action, source, no_rate, sign, confirm };
    Urgent { title, intro, emergency, same_day, signs, note, source };
    Sign { id, text, short, level };
    Step { id, title, start, end, only, anytime, items, calendar, sources };
    Item { id, kind, text, precaution };
    CalendarEntry { summary, description };
    Source { id, title, publisher, year, url };
}

/// `Per100(n)` is 0 then n; `UnderOne` is 1.
impl Packed for Rate {
    fn unpack(u: &mut Unpacker) -> Self {
        match u.byte() {
            0 => Rate::Per100(f32::unpack(u)),
            _ => Rate::UnderOne,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        match self {
            Rate::Per100(n) => {
                p.byte(0);
                n.pack(p);
            }
            Rate::UnderOne => p.byte(1),
        }
    }
}

/// Hours are 0 then n; days are 1 then n.
impl Packed for Offset {
    fn unpack(u: &mut Unpacker) -> Self {
        let make = if u.byte() == 0 { Offset::Hours } else { Offset::Days };
        make(i64::unpack(u))
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn pack(&self, p: &mut Packer) {
        let (kind, n) = match self {
            Offset::Hours(n) => (0, n),
            Offset::Days(n) => (1, n),
        };
        p.byte(kind);
        n.pack(p);
    }
}

/// A block: its type's place in the list below, then its fields in order.
macro_rules! packed_blocks {
    ($($i:literal => $v:ident $({ $($f:ident),+ })?),+ $(,)?) => {
        impl Packed for Block {
            fn unpack(u: &mut Unpacker) -> Self {
                match u.byte() {
                    $($i => Block::$v $({ $($f: Packed::unpack(u)),+ })?,)+
                    _ => Block::CommonEffects,
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn pack(&self, p: &mut Packer) {
                match self {
                    $(Block::$v $({ $($f),+ })? => {
                        p.byte($i);
                        $($($f.pack(p);)+)?
                    })+
                }
            }
        }
    };
}
packed_blocks! {
    0 => Paragraph { id, text, sources, confirm },
    1 => List { id, title, style, items, sources, confirm },
    2 => Callout { id, tone, title, text, sources, confirm },
    3 => RiskExplainer,
    4 => UrgentSigns,
    5 => AftercareTimeline,
    6 => RiskLink { treatment, text },
    7 => CommonEffects,
    8 => BenefitFigures { treatment },
}

/// Packs content into its texts (joined by [`SEP`]) and its shape (the build only).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack(content: &Content) -> (String, Vec<u8>) {
    let mut p = Packer::default();
    content.pack(&mut p);
    (p.texts.join(&SEP.to_string()), p.shape)
}

/// Content from its texts and shape.
pub fn unpack(texts: &str, shape: &[u8]) -> Content {
    Content::unpack(&mut Unpacker::new(texts, shape))
}

// Natively only: packing is the build's (the wasm tests build this crate for wasm32 too).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn english_packs_and_unpacks_to_itself() {
        let mut en = Content::builtin_en();
        en.markets.clear();
        let (texts, shape) = pack(&en);
        assert_eq!(unpack(&texts, &shape), en);
    }

    #[test]
    fn every_block_type_and_rate_round_trips() {
        let blocks = vec![
            Block::Paragraph { id: Some("a".into()), text: "t".into(), sources: vec!["s".into()], confirm: true },
            Block::List { id: None, title: Some("l".into()), style: ListStyle::RedFlags, items: vec!["i".into(), "j".into()], sources: vec![], confirm: false },
            Block::Callout { id: None, tone: Tone::Urgent, title: "c".into(), text: "d".into(), sources: vec![], confirm: true },
            Block::RiskExplainer,
            Block::UrgentSigns,
            Block::AftercareTimeline,
            Block::RiskLink { treatment: Treatment::Migraine, text: "r".into() },
            Block::CommonEffects,
            Block::BenefitFigures { treatment: Treatment::Migraine },
        ];
        let mut p = Packer::default();
        blocks.pack(&mut p);
        let rates = vec![Some(Rate::Per100(44.8)), Some(Rate::UnderOne), None];
        rates.pack(&mut p);
        let offsets = vec![Offset::Hours(-17520), Offset::Days(730)];
        offsets.pack(&mut p);
        let texts = p.texts.join(&SEP.to_string());
        let u = &mut Unpacker::new(&texts, &p.shape);
        assert_eq!(Vec::<Block>::unpack(u), blocks);
        assert_eq!(Vec::<Option<Rate>>::unpack(u), rates);
        assert_eq!(Vec::<Offset>::unpack(u), offsets);
    }

    #[test]
    fn a_short_shape_reads_as_empty_values_without_panicking() {
        let c = unpack("", &[]);
        assert!(c.sections.is_empty() && c.sources.is_empty() && c.title.is_empty());
        let cut = pack(&Content::builtin_en());
        let c = unpack(&cut.0, &cut.1[..cut.1.len() / 2]);
        assert!(!c.sections.is_empty());
    }
}
