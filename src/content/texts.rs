//! Interface texts (labels, buttons, messages): for each group, an enum of the texts' names
//! and a [`Texts`] dictionary keyed by it. A content file writes them as an object of
//! strings (`"ui": {"call": "Call", …}`); every name must be known (an unknown one is an
//! error naming it) and every one present (checked by `validate`).
//!
//! Why not a struct with a field per text, like the rest of the model: serde derives the
//! reading code per field (twice: as an object and as a list), and the ~70 labels were the
//! largest part of the content reader in the wasm. One loop and one key enum per group read
//! them with about 10 KB less wasm (brotli; docs/decisions.md).

use std::marker::PhantomData;

/// The names of one group of texts.
pub trait TextKey: Copy + 'static {
    /// Every name, in declaration order; `index` is the position in this list.
    const NAMES: &'static [&'static str];
    fn index(self) -> usize;
    fn from_index(i: usize) -> Self;
}

macro_rules! text_keys {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($variant),+
        }

        impl TextKey for $name {
            const NAMES: &'static [&'static str] = &[$($id),+];
            fn index(self) -> usize {
                self as usize
            }
            fn from_index(i: usize) -> Self {
                const ALL: &[$name] = &[$($name::$variant),+];
                ALL[i]
            }
        }
    };
}

/// A group of texts, one per name of `K`.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts<K: TextKey> {
    /// Indexed by `K::index`; `None` for a name a (partial) file did not give.
    texts: Vec<Option<String>>,
    _keys: PhantomData<K>,
}

impl<K: TextKey> Texts<K> {
    /// The texts in the order of `K::NAMES` (the built-in content compiled in: `builtin_en.rs`).
    pub fn from_texts(texts: Vec<Option<String>>) -> Self {
        Texts { texts, _keys: PhantomData }
    }

    /// Every text slot, in the order of `K::NAMES` (for the build that compiles content in).
    pub fn slots(&self) -> &[Option<String>] {
        &self.texts
    }

    /// The text for `key` ("" if missing: `validate` reports missing texts).
    pub fn get(&self, key: K) -> &str {
        self.texts.get(key.index()).and_then(|t| t.as_deref()).unwrap_or("")
    }

    /// The text named `name`, to change it (a market's override); `None` for an unknown name.
    pub fn slot_mut(&mut self, name: &str) -> Option<&mut String> {
        let i = K::NAMES.iter().position(|n| *n == name)?;
        self.texts.get_mut(i)?.as_mut()
    }

    /// Every text given, to change them all (a market's replacements).
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.texts.iter_mut().flatten()
    }

    /// The names with no text.
    pub fn missing(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.texts.iter().enumerate().filter(|(_, t)| t.is_none()).map(|(i, _)| K::NAMES[i])
    }

    /// Every (name, text) given.
    pub fn iter(&self) -> impl Iterator<Item = (K, &str)> + '_ {
        self.texts.iter().enumerate().filter_map(|(i, t)| Some((K::from_index(i), t.as_deref()?)))
    }
}

impl<K: TextKey> std::ops::Index<K> for Texts<K> {
    type Output = str;
    fn index(&self, key: K) -> &str {
        self.get(key)
    }
}

impl<'de, K: TextKey> serde::Deserialize<'de> for Texts<K> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<K>(PhantomData<K>);
        impl<'de, K: TextKey> serde::de::Visitor<'de> for Visitor<K> {
            type Value = Texts<K>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of texts")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Texts<K>, A::Error> {
                let mut texts = vec![None; K::NAMES.len()];
                while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let i = K::NAMES.iter().position(|n| *n == name).ok_or_else(|| serde::de::Error::unknown_field(&name, K::NAMES))?;
                    texts[i] = Some(map.next_value()?);
                }
                Ok(Texts { texts, _keys: PhantomData })
            }
        }
        d.deserialize_map(Visitor(PhantomData))
    }
}

#[cfg(feature = "schema")]
impl<K: TextKey> schemars::JsonSchema for Texts<K> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::any::type_name::<K>().rsplit("::").next().unwrap_or("Texts").to_string().into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let properties: serde_json::Map<String, serde_json::Value> = K::NAMES.iter().map(|n| (n.to_string(), serde_json::json!({ "type": "string" }))).collect();
        schemars::json_schema!({ "type": "object", "properties": properties, "additionalProperties": false })
    }
}

text_keys! {
    /// The guide's chrome: tabs, footer, clinic card, numbers, the loader's two lines.
    UiText {
        TablistLabel = "tablist_label",
        SourcesHeading = "sources_heading",
        LastChecked = "last_checked",
        NextReview = "next_review",
        ReviewedBy = "reviewed_by",
        ReviewedOn = "reviewed_on",
        NotReviewed = "not_reviewed",
        // The footer line when no clinician has signed the guide off (when it was written from
        // its sources, without claiming a completed check), and what it adds while figures
        // remain marked for a clinician to confirm.
        PreparedOn = "prepared_on",
        Unconfirmed = "unconfirmed",
        // The safety summary shown on every tab.
        SafetyTitle = "safety_title",
        SafetyNow = "safety_now",
        SafetyToday = "safety_today",
        SafetyMore = "safety_more",
        // The box that opens each tab with its short version.
        SummaryTitle = "summary_title",
        Disclaimer = "disclaimer",
        ClinicHeading = "clinic_heading",
        Call = "call",
        Book = "book",
        // Beside the booking button, where a market's law needs it (England: no cosmetic
        // botulinum toxin for under-18s); empty elsewhere.
        BookNotice = "book_notice",
        PrintPhone = "print_phone",
        PrintBooking = "print_booking",
        SourcePrefix = "source_prefix",
        ContentError = "content_error",
        ContentLoading = "content_loading",
        LoaderLoading = "loader_loading",
        LoaderFailed = "loader_failed",
        LoaderUnavailable = "loader_unavailable",
        RateAbout = "rate_about",
        RateUnderOne = "rate_under_one",
        RateNone = "rate_none",
        NoRate = "no_rate",
        WithBotox = "with_botox",
        WithPlacebo = "with_placebo",
    }
}

text_keys! {
    /// The risk explainer's headings and labels.
    RiskText {
        Heading = "heading",
        Intro = "intro",
        SwitchLabel = "switch_label",
        GroupExpected = "group_expected",
        GroupCall = "group_call",
        Feels = "feels",
        Lasts = "lasts",
        Action = "action",
        Days = "days",
        Harms = "harms",
        // A tab's summary: the most common side effects ("{treatment}": the treatment's
        // label) and how likely the treatment helps.
        Common = "common",
        Benefits = "benefits",
    }
}

text_keys! {
    /// The aftercare planner's headings, labels, messages and buttons.
    AftercareText {
        Heading = "heading",
        Intro = "intro",
        DateLabel = "date_label",
        NotSet = "not_set",
        InvalidDate = "invalid_date",
        TreatmentLabel = "treatment_label",
        YouAreHere = "you_are_here",
        // The "right now" card at the top of the plan once a date is set.
        Today = "today",
        NoStepNow = "no_step_now",
        Watch = "watch",
        SeeSigns = "see_signs",
        NowStatus = "now_status",
        // A step before now: its badge ("Done" only when every box in it is ticked) and the
        // button that shows what it said.
        Past = "past",
        ShowStep = "show_step",
        Upcoming = "upcoming",
        Between = "between",
        NextStep = "next_step",
        Until = "until",
        FromTo = "from_to",
        From = "from",
        Precaution = "precaution",
        KindDo = "kind_do",
        KindAvoid = "kind_avoid",
        KindExpect = "kind_expect",
        TickLabel = "tick_label",
        Forget = "forget",
        Forgotten = "forgotten",
        SavedNote = "saved_note",
        StorageBlocked = "storage_blocked",
        KeptAsIs = "kept_as_is",
        Calendar = "calendar",
        CalendarNeedsDate = "calendar_needs_date",
        Print = "print",
        // "Send to my phone" (the panel's own words are in the QR wasm: `qr/src/texts.rs`),
        // and what the loader shows when that wasm cannot be had.
        Send = "send",
        QrFailed = "qr_failed",
        // A treatment time from the page (`treatment-date`, a plan link) while another is saved.
        Offer = "offer",
        UseOffered = "use_offered",
    }
}
