//! Every button and modal Keygate sends carries one of these ids, printed and parsed here and
//! nowhere else. They are stable strings handled by the event handler (not collectors), so buttons
//! and modals keep working after a restart, whichever process sent them.

use std::fmt;

use crate::guide::walkthrough::{self, Turn};

/// The modals that ask for a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeForm {
    /// The first code from a newly scanned authenticator app.
    Confirm,
    /// A code (or backup code) to pass the gate.
    Verify,
    /// A fresh authenticator code before new backup codes are issued.
    BackupCodes,
    /// A fresh code before the member's enrollment is deleted.
    Remove,
}

impl CodeForm {
    const ALL: [CodeForm; 4] = [Self::Confirm, Self::Verify, Self::BackupCodes, Self::Remove];

    fn slug(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Verify => "verify",
            Self::BackupCodes => "backup-codes",
            Self::Remove => "remove",
        }
    }
}

/// The custom id of the text input inside every code modal.
pub const CODE_INPUT: &str = "code";

/// A component's or modal's custom id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomId {
    /// The panel's *Verify* button.
    PanelVerify,
    /// The panel's *2FA guide* button.
    PanelGuide,
    /// *Enter code* under the QR code.
    EnterFirstCode,
    /// A modal asking for a code.
    Form(CodeForm),
    /// A page button of the walkthrough.
    Guide(Turn),
}

const PREFIX: &str = "keygate:";

impl CustomId {
    /// Reads a custom id Keygate sent; `None` for anything else (another bot's, or a stale one).
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.strip_prefix(PREFIX)?;
        match rest {
            "panel:verify" => return Some(Self::PanelVerify),
            "panel:guide" => return Some(Self::PanelGuide),
            "enroll:enter-code" => return Some(Self::EnterFirstCode),
            "guide:done" => return Some(Self::Guide(Turn::Done)),
            _ => {}
        }
        if let Some(slug) = rest.strip_prefix("modal:") {
            return CodeForm::ALL
                .into_iter()
                .find(|form| form.slug() == slug)
                .map(Self::Form);
        }
        let page: u8 = rest.strip_prefix("guide:page:")?.parse().ok()?;
        (1..=walkthrough::PAGES)
            .contains(&page)
            .then_some(Self::Guide(Turn::To(page)))
    }
}

impl fmt::Display for CustomId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PREFIX)?;
        match self {
            Self::PanelVerify => f.write_str("panel:verify"),
            Self::PanelGuide => f.write_str("panel:guide"),
            Self::EnterFirstCode => f.write_str("enroll:enter-code"),
            Self::Form(form) => write!(f, "modal:{}", form.slug()),
            Self::Guide(Turn::To(page)) => write!(f, "guide:page:{page}"),
            Self::Guide(Turn::Done) => f.write_str("guide:done"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_and_keeps_its_stable_text() {
        let mut ids = vec![
            (CustomId::PanelVerify, "keygate:panel:verify"),
            (CustomId::PanelGuide, "keygate:panel:guide"),
            (CustomId::EnterFirstCode, "keygate:enroll:enter-code"),
            (CustomId::Form(CodeForm::Confirm), "keygate:modal:confirm"),
            (CustomId::Form(CodeForm::Verify), "keygate:modal:verify"),
            (
                CustomId::Form(CodeForm::BackupCodes),
                "keygate:modal:backup-codes",
            ),
            (CustomId::Form(CodeForm::Remove), "keygate:modal:remove"),
            (CustomId::Guide(Turn::Done), "keygate:guide:done"),
        ];
        let pages: Vec<String> = (1..=walkthrough::PAGES)
            .map(|n| format!("keygate:guide:page:{n}"))
            .collect();
        for (n, text) in (1..=walkthrough::PAGES).zip(&pages) {
            ids.push((CustomId::Guide(Turn::To(n)), text));
        }
        for (id, text) in ids {
            assert_eq!(id.to_string(), text);
            assert_eq!(CustomId::parse(text), Some(id), "{text}");
            assert!(text.len() <= 100, "Discord allows 100 characters");
        }
    }

    #[test]
    fn foreign_and_out_of_range_ids_are_not_ours() {
        for text in [
            "",
            "keygate:",
            "keygate:panel:other",
            "keygate:modal:",
            "keygate:guide:page:0",
            "keygate:guide:page:10",
            "keygate:guide:page:x",
            "other:panel:verify",
        ] {
            assert_eq!(CustomId::parse(text), None, "{text}");
        }
    }
}
