//! The paged walkthrough of Discord's own two-factor authentication.
//!
//! Pages are stateless: a button names the page it leads to, and the language comes from whoever
//! clicks, so the buttons keep working after a restart and in any language.

use super::{Key, Locale, fill, text};

/// Pages in the walkthrough.
pub const PAGES: u8 = 9;

/// What a button under a page does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Turn {
    /// Show this page (1-based).
    To(u8),
    /// Close the guide.
    Done,
}

/// A button under a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub turn: Turn,
    pub label: &'static str,
    pub enabled: bool,
}

/// One page, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub content: String,
    pub buttons: Vec<Button>,
    /// Whether this is the walkthrough's last page.
    pub last: bool,
}

fn title(page: u8) -> Key {
    match page {
        1 => Key::Guide1Title,
        2 => Key::Guide2Title,
        3 => Key::Guide3Title,
        4 => Key::Guide4Title,
        5 => Key::Guide5Title,
        6 => Key::Guide6Title,
        7 => Key::Guide7Title,
        8 => Key::Guide8Title,
        _ => Key::Guide9Title,
    }
}

fn body(page: u8) -> Key {
    match page {
        1 => Key::Guide1Body,
        2 => Key::Guide2Body,
        3 => Key::Guide3Body,
        4 => Key::Guide4Body,
        5 => Key::Guide5Body,
        6 => Key::Guide6Body,
        7 => Key::Guide7Body,
        8 => Key::Guide8Body,
        _ => Key::Guide9Body,
    }
}

/// Page `page` (1-based, clamped to the walkthrough) in `locale`, preceded by `intro` if given.
pub fn page(locale: Locale, page: u8, intro: Option<&str>) -> Page {
    let page = page.clamp(1, PAGES);
    let footer = fill(
        locale,
        Key::GuidePageOf,
        &[("page", &page), ("total", &PAGES)],
    );
    let mut content = String::new();
    if let Some(intro) = intro {
        content.push_str(intro);
        content.push_str("\n\n");
    }
    content.push_str(&format!(
        "**{}**\n\n{}\n\n-# {footer}",
        text(locale, title(page)),
        text(locale, body(page))
    ));
    let buttons = vec![
        Button {
            turn: Turn::To(page.saturating_sub(1).max(1)),
            label: text(locale, Key::GuideBackButton),
            enabled: page > 1,
        },
        Button {
            turn: Turn::To((page + 1).min(PAGES)),
            label: text(locale, Key::GuideNextButton),
            enabled: page < PAGES,
        },
        Button {
            turn: Turn::Done,
            label: text(locale, Key::GuideDoneButton),
            enabled: true,
        },
    ];
    Page {
        content,
        buttons,
        last: page == PAGES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_exists_in_every_language_and_fits_a_message() {
        for locale in Locale::ALL {
            let mut titles = std::collections::HashSet::new();
            for n in 1..=PAGES {
                let p = page(locale, n, Some(text(locale, Key::GuideDmClosed)));
                assert!(
                    titles.insert(text(locale, title(n))),
                    "{locale:?} page {n} repeats a title"
                );
                assert!(
                    p.content.chars().count() <= 2000,
                    "{locale:?} page {n} is too long"
                );
                assert_eq!(p.buttons.len(), 3);
            }
        }
    }

    #[test]
    fn back_and_next_stop_at_the_ends() {
        let first = page(Locale::En, 1, None);
        assert!(!first.buttons[0].enabled && first.buttons[1].enabled);
        assert_eq!(first.buttons[1].turn, Turn::To(2));
        let last = page(Locale::En, PAGES, None);
        assert!(last.buttons[0].enabled && !last.buttons[1].enabled);
        assert_eq!(last.buttons[0].turn, Turn::To(PAGES - 1));
        assert_eq!(last.buttons[2].turn, Turn::Done);
        assert_eq!(page(Locale::En, 0, None), page(Locale::En, 1, None));
        assert_eq!(page(Locale::En, 99, None), page(Locale::En, PAGES, None));
    }

    /// The numbers a page states (codes, digits, minutes, days), each once (a language may say
    /// "1 time" where English says "once", but never another number).
    fn numbers(text: &str) -> Vec<String> {
        // "2FA" is a name, not a number; translations may say it more or less often.
        let text = text.replace("2FA", "").replace("2fa", "");
        let mut found: Vec<String> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect();
        found.sort();
        found.dedup();
        found
    }

    #[test]
    fn every_language_keeps_the_guides_facts() {
        for n in 1..=PAGES {
            let english = page(Locale::En, n, None).content;
            for locale in Locale::ALL {
                let translated = page(locale, n, None).content;
                assert_eq!(
                    numbers(&translated),
                    numbers(&english),
                    "{locale:?} page {n} states other numbers than English"
                );
                let fact = "discord_backup_codes.txt";
                assert_eq!(
                    translated.contains(fact),
                    english.contains(fact),
                    "{locale:?} page {n}: {fact}"
                );
            }
        }
    }

    #[test]
    fn the_walkthrough_follows_the_facts_not_the_seed_article() {
        let all: String = (1..=PAGES)
            .map(|n| page(Locale::En, n, None).content)
            .collect();
        for must in [
            "discord_backup_codes.txt",
            "Verify with something else",
            "Use a backup code",
            "View Backup Codes",
            "Generate new codes",
            "Support can't remove 2FA",
        ] {
            assert!(all.contains(must), "missing {must:?}");
        }
        // Backup codes do not arrive by SMS, and Support does not hand them out.
        assert!(!all.to_lowercase().contains("backup codes by sms"));
    }
}
