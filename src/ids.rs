//! Public ids: tabs, treatments, locales, markets, themes. They are API (options, events, deep links,
//! content files) and the same in every locale. Each is declared once, here; `parse` reads
//! an id (trimmed, any case) and fails on an unknown one, and content files must use the
//! exact lowercase id (serde).

macro_rules! ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the default order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every id, in the default order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value whose id is `s`, ignoring surrounding space and case.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                $name::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| serde::de::Error::unknown_variant(&s, $name::IDS))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": $name::IDS })
            }
        }
    };
}

ids! {
    /// A tab of the guide. Its id is used by the `tab` and `sections` options, the
    /// `tab-change` event, deep links and content files.
    Tab {
        About = "about",
        Wrinkles = "wrinkles",
        Risks = "risks",
        Migraine = "migraine",
        Choosing = "choosing",
        Aftercare = "aftercare",
    }
}

ids! {
    /// A treatment whose figures and aftercare steps the guide shows.
    Treatment {
        Cosmetic = "cosmetic",
        Migraine = "migraine",
    }
}

ids! {
    /// Which treatments a clinic offers (the `treatment` option).
    TreatmentChoice {
        Cosmetic = "cosmetic",
        Migraine = "migraine",
        /// Both, with a switch; the cosmetic figures come first.
        Both = "both",
    }
}

ids! {
    /// A language the guide is written in. English is carried by the loader; each other one
    /// is a pack next to it (`botox-guide-<id>.js`: its first view and text) and its text
    /// alone (`botox-guide-<id>.json`, the base for a clinic's own translation).
    Locale {
        En = "en",
        Es = "es",
    }
}

ids! {
    /// Light or dark colours; `auto`, the host page's (the loader reads the page and hands
    /// the wasm `light`, `dark` or `device`); `device`, the visitor's own setting.
    Theme {
        Light = "light",
        Dark = "dark",
        Auto = "auto",
        Device = "device",
    }
}

ids! {
    /// When the interactive part (the wasm) is fetched (the `loading` option).
    Loading {
        Eager = "eager",
        Lazy = "lazy",
    }
}

ids! {
    /// Where the widget's events also go (the `analytics` option): nowhere else, or the
    /// page's `window.dataLayer` (tag managers read it), without anything personal.
    Analytics {
        Off = "off",
        DataLayer = "datalayer",
    }
}

ids! {
    /// Where the clinic works (the `market` option): its emergency number, how a side effect
    /// is reported, the regulator's wording, spelling, and whether the guide must avoid
    /// promoting a prescription-only medicine. What each one means is data: `src/markets.rs`.
    Market {
        Us = "us",
        Uk = "uk",
        Ie = "ie",
        Es = "es",
        Ca = "ca",
        Au = "au",
        /// The European Union in general (a clinic in an EU country without its own entry).
        Eu = "eu",
    }
}

impl TreatmentChoice {
    /// The treatment shown first.
    pub fn first(self) -> Treatment {
        match self {
            TreatmentChoice::Migraine => Treatment::Migraine,
            TreatmentChoice::Cosmetic | TreatmentChoice::Both => Treatment::Cosmetic,
        }
    }

    /// Whether steps and figures of `t` are shown (with `Both`, every treatment's).
    pub fn includes(self, t: Treatment) -> bool {
        match self {
            TreatmentChoice::Both => true,
            TreatmentChoice::Cosmetic => t == Treatment::Cosmetic,
            TreatmentChoice::Migraine => t == Treatment::Migraine,
        }
    }
}

impl Tab {
    /// Position in [`Tab::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl Locale {
    /// The language's name in English (build messages, file comments).
    pub fn english_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Spanish",
        }
    }

    /// The locale for `locale="auto"`: the host page's `<html lang>` if we have it, else the
    /// first of the visitor's browser languages we have, else English. Region subtags are
    /// ignored (`es-MX` → `es`).
    pub fn negotiate<S: AsRef<str>>(page_lang: Option<&str>, browser: &[S]) -> Locale {
        let ours = |tag: &str| Locale::parse(tag.trim().split(['-', '_']).next().unwrap_or(""));
        page_lang.and_then(ours).or_else(|| browser.iter().find_map(|b| ours(b.as_ref()))).unwrap_or(Locale::En)
    }
}
