//! The message catalogue: every text keyed, one table per language, chosen by the interaction's
//! locale (the guild's preferred locale for messages sent without an interaction). A key missing
//! in a language falls back to English; a test keeps every table's keys equal to English's.

use std::fmt::Display;

use super::locales;

/// The languages Keygate speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    PtBr,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Self::En, Self::De, Self::Fr, Self::Es, Self::PtBr];

    /// Discord's locale tag (`en-US`, `de`, `fr`, `es-ES`, `es-419`, `pt-BR`, …) to a language we
    /// speak; anything else is English.
    pub fn from_discord(tag: &str) -> Self {
        match tag {
            "de" => Self::De,
            "fr" => Self::Fr,
            "es-ES" | "es-419" => Self::Es,
            "pt-BR" => Self::PtBr,
            _ => Self::En,
        }
    }

    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::En => locales::en::TABLE,
            Self::De => locales::de::TABLE,
            Self::Fr => locales::fr::TABLE,
            Self::Es => locales::es::TABLE,
            Self::PtBr => locales::pt_br::TABLE,
        }
    }
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The text for `key` in `locale`, or in English when that language lacks it. An unknown key
/// yields the key itself (a test makes sure the code uses none).
pub fn text(locale: Locale, key: &str) -> &'static str {
    lookup(locale.table(), key)
        .or_else(|| lookup(Locale::En.table(), key))
        .unwrap_or_else(|| {
            tracing::warn!(key, "message key missing from the catalogue");
            "…"
        })
}

/// [`text`] with `{name}` placeholders filled in.
pub fn fill(locale: Locale, key: &str, args: &[(&str, &(dyn Display + Sync))]) -> String {
    let mut out = text(locale, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(locale: Locale) -> BTreeSet<&'static str> {
        locale.table().iter().map(|(k, _)| *k).collect()
    }

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect()
    }

    #[test]
    fn every_language_has_exactly_the_keys_english_has() {
        let english = keys(Locale::En);
        assert_eq!(
            english.len(),
            Locale::En.table().len(),
            "English has a duplicate key"
        );
        for locale in Locale::ALL {
            let theirs = keys(locale);
            assert_eq!(
                theirs.len(),
                locale.table().len(),
                "{locale:?} has a duplicate key"
            );
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale:?} has keys English does not: {extra:?}"
            );
        }
    }

    #[test]
    fn translations_keep_every_placeholder_and_discord_limits() {
        for locale in Locale::ALL {
            for (key, value) in locale.table() {
                assert_eq!(
                    placeholders(value),
                    placeholders(text(Locale::En, key)),
                    "{locale:?} {key}"
                );
                assert!(
                    value.chars().count() <= 1900,
                    "{locale:?} {key} is too long for one message"
                );
                if key.ends_with(".button") {
                    assert!(
                        value.chars().count() <= 80,
                        "{locale:?} {key}: button labels are at most 80"
                    );
                }
                if key.ends_with(".modal_title") || key.ends_with(".input_label") {
                    assert!(
                        value.chars().count() <= 45,
                        "{locale:?} {key}: Discord allows 45 characters"
                    );
                }
            }
        }
    }

    #[test]
    fn a_missing_key_falls_back_to_english_and_locales_map_from_discord_tags() {
        assert_eq!(Locale::from_discord("de"), Locale::De);
        assert_eq!(Locale::from_discord("es-419"), Locale::Es);
        assert_eq!(Locale::from_discord("pt-BR"), Locale::PtBr);
        assert_eq!(Locale::from_discord("ja"), Locale::En);
        assert_eq!(lookup(Locale::De.table(), "no.such.key"), None);
        assert_eq!(text(Locale::De, "no.such.key"), "…");
        let english = text(Locale::En, "reply.not_configured");
        assert!(english.contains("/gate setup"));
    }
}
