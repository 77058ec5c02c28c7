//! The paged walkthrough of Discord's own two-factor authentication.
//!
//! Pages are stateless: a button's custom id carries the page it leads to, and the language comes
//! from whoever clicks, so the buttons keep working after a restart and in any language.

use super::{Locale, fill, text};

/// Pages in the walkthrough.
pub const PAGES: u8 = 9;
/// Custom id prefix of the page buttons (`keygate:guide:page:3`).
pub const PAGE_PREFIX: &str = "keygate:guide:page:";
/// Custom id of the *Done* button.
pub const DONE: &str = "keygate:guide:done";

/// A button under a page: custom id, label, enabled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub custom_id: String,
    pub label: &'static str,
    pub enabled: bool,
}

/// One page, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub content: String,
    pub buttons: Vec<Button>,
}

/// The page number a custom id names, if it is a valid page button.
pub fn page_of_custom_id(custom_id: &str) -> Option<u8> {
    let page: u8 = custom_id.strip_prefix(PAGE_PREFIX)?.parse().ok()?;
    (1..=PAGES).contains(&page).then_some(page)
}

/// Page `page` (1-based, clamped to the walkthrough) in `locale`, preceded by `intro` if given.
pub fn page(locale: Locale, page: u8, intro: Option<&str>) -> Page {
    let page = page.clamp(1, PAGES);
    let title = text(locale, &format!("guide.{page}.title"));
    let body = text(locale, &format!("guide.{page}.body"));
    let footer = fill(
        locale,
        "guide.page_of",
        &[("page", &page), ("total", &PAGES)],
    );
    let mut content = String::new();
    if let Some(intro) = intro {
        content.push_str(intro);
        content.push_str("\n\n");
    }
    content.push_str(&format!("**{title}**\n\n{body}\n\n-# {footer}"));
    let buttons = vec![
        Button {
            custom_id: format!("{PAGE_PREFIX}{}", page.saturating_sub(1).max(1)),
            label: text(locale, "guide.back.button"),
            enabled: page > 1,
        },
        Button {
            custom_id: format!("{PAGE_PREFIX}{}", (page + 1).min(PAGES)),
            label: text(locale, "guide.next.button"),
            enabled: page < PAGES,
        },
        Button {
            custom_id: DONE.to_owned(),
            label: text(locale, "guide.done.button"),
            enabled: true,
        },
    ];
    Page { content, buttons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_exists_in_every_language_and_fits_a_message() {
        for locale in Locale::ALL {
            for n in 1..=PAGES {
                let p = page(locale, n, Some(text(locale, "guide.dm_closed")));
                assert!(
                    !p.content.contains('…'),
                    "{locale:?} page {n} has a missing key"
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
    fn back_and_next_stop_at_the_ends_and_ids_round_trip() {
        let first = page(Locale::En, 1, None);
        assert!(!first.buttons[0].enabled && first.buttons[1].enabled);
        assert_eq!(page_of_custom_id(&first.buttons[1].custom_id), Some(2));
        let last = page(Locale::En, PAGES, None);
        assert!(last.buttons[0].enabled && !last.buttons[1].enabled);
        assert_eq!(
            page_of_custom_id(&last.buttons[0].custom_id),
            Some(PAGES - 1)
        );
        assert_eq!(page_of_custom_id("keygate:guide:page:0"), None);
        assert_eq!(page_of_custom_id("keygate:guide:page:99"), None);
        assert_eq!(page_of_custom_id("keygate:panel:verify"), None);
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
