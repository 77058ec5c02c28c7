//! Every button and modal Keygate sends carries one of these ids, printed and parsed here and
//! nowhere else. They are stable strings handled by the event handler (not collectors), so buttons
//! and modals keep working after a restart, whichever process sent them.

use crate::gate::approvals::RequestId;
use std::fmt;

use crate::gate::RoleId;
use crate::guide::walkthrough::{self, Turn};

/// The modals that ask for a code. The first code and the verification carry the gate being
/// passed; ids sent before there were several gates carry none (the first gate open to the member).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeForm {
    /// The first code from a newly scanned authenticator app.
    Confirm(Option<RoleId>),
    /// A code (or backup code) to pass the gate.
    Verify(Option<RoleId>),
    /// A fresh authenticator code before new backup codes are issued.
    BackupCodes,
    /// A fresh code before the member's enrollment is deleted.
    Remove,
}

impl CodeForm {
    fn slug(self) -> &'static str {
        match self {
            Self::Confirm(_) => "confirm",
            Self::Verify(_) => "verify",
            Self::BackupCodes => "backup-codes",
            Self::Remove => "remove",
        }
    }

    fn parse(slug: &str) -> Option<Self> {
        let (slug, role) = with_role(slug)?;
        match (slug, role) {
            ("confirm", role) => Some(Self::Confirm(role)),
            ("verify", role) => Some(Self::Verify(role)),
            ("backup-codes", None) => Some(Self::BackupCodes),
            ("remove", None) => Some(Self::Remove),
            _ => None,
        }
    }

    fn role(self) -> Option<RoleId> {
        match self {
            Self::Confirm(role) | Self::Verify(role) => role,
            Self::BackupCodes | Self::Remove => None,
        }
    }
}

/// The custom id of the text input inside every code modal.
pub const CODE_INPUT: &str = "code";

/// A moderator command waiting for its moderator's code (the key of the step-up modal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StepUpId(pub u64);

/// A component's or modal's custom id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomId {
    /// The panel's *Verify* button: for one gate, or (`None`) the member's choice.
    PanelVerify(Option<RoleId>),
    /// The panel's *2FA guide* button.
    PanelGuide,
    /// The panel's *Check my Discord 2FA* button (with the web server's browser check).
    PanelCheck,
    /// *Enter code* under the QR code, for the gate being passed.
    EnterFirstCode(Option<RoleId>),
    /// The menu of gates open to the member.
    PickGate,
    /// *End now* under a timed role's reply.
    EndNow(RoleId),
    /// A modal asking for a code.
    Form(CodeForm),
    /// The modal asking a moderator for a fresh code before a moderator command.
    StepUp(StepUpId),
    /// A page button of the walkthrough.
    Guide(Turn),
    /// *Approve* (`true`) or *Deny* under a request for a second moderator.
    Decide(RequestId, bool),
}

const PREFIX: &str = "keygate:";

/// `name` or `name:<role id>`.
fn with_role(text: &str) -> Option<(&str, Option<RoleId>)> {
    match text.split_once(':') {
        None => Some((text, None)),
        Some((name, role)) => Some((name, Some(RoleId::new(snowflake(role)?)))),
    }
}

/// A Discord id as Keygate prints it: decimal digits, nothing else.
fn snowflake(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|id| *id > 0)
}

impl CustomId {
    /// Reads a custom id Keygate sent; `None` for anything else (another bot's, or a stale one).
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.strip_prefix(PREFIX)?;
        match rest {
            "panel:guide" => return Some(Self::PanelGuide),
            "panel:check" => return Some(Self::PanelCheck),
            "verify:pick" => return Some(Self::PickGate),
            "guide:done" => return Some(Self::Guide(Turn::Done)),
            _ => {}
        }
        if let Some(tail) = rest.strip_prefix("panel:") {
            return match with_role(tail)? {
                ("verify", role) => Some(Self::PanelVerify(role)),
                _ => None,
            };
        }
        if let Some(tail) = rest.strip_prefix("enroll:") {
            return match with_role(tail)? {
                ("enter-code", role) => Some(Self::EnterFirstCode(role)),
                _ => None,
            };
        }
        if let Some(role) = rest.strip_prefix("gate:end:") {
            return Some(Self::EndNow(RoleId::new(snowflake(role)?)));
        }
        if let Some(nonce) = rest.strip_prefix("stepup:") {
            if nonce.len() != 16 || !nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            return u64::from_str_radix(nonce, 16)
                .ok()
                .map(|n| Self::StepUp(StepUpId(n)));
        }
        if let Some(id) = rest.strip_prefix("approval:approve:") {
            return RequestId::from_hex(id).map(|id| Self::Decide(id, true));
        }
        if let Some(id) = rest.strip_prefix("approval:deny:") {
            return RequestId::from_hex(id).map(|id| Self::Decide(id, false));
        }
        if let Some(slug) = rest.strip_prefix("modal:") {
            return CodeForm::parse(slug).map(Self::Form);
        }
        let page: u8 = rest.strip_prefix("guide:page:")?.parse().ok()?;
        (1..=walkthrough::PAGES)
            .contains(&page)
            .then_some(Self::Guide(Turn::To(page)))
    }
}

/// `:<role id>` when there is a role.
struct RoleSuffix(Option<RoleId>);

impl fmt::Display for RoleSuffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(role) => write!(f, ":{role}"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for CustomId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PREFIX)?;
        match self {
            Self::PanelVerify(role) => write!(f, "panel:verify{}", RoleSuffix(*role)),
            Self::PanelGuide => f.write_str("panel:guide"),
            Self::PanelCheck => f.write_str("panel:check"),
            Self::EnterFirstCode(role) => write!(f, "enroll:enter-code{}", RoleSuffix(*role)),
            Self::PickGate => f.write_str("verify:pick"),
            Self::EndNow(role) => write!(f, "gate:end:{role}"),
            Self::Form(form) => write!(f, "modal:{}{}", form.slug(), RoleSuffix(form.role())),
            Self::StepUp(StepUpId(nonce)) => write!(f, "stepup:{nonce:016x}"),
            Self::Guide(Turn::To(page)) => write!(f, "guide:page:{page}"),
            Self::Guide(Turn::Done) => f.write_str("guide:done"),
            Self::Decide(id, true) => write!(f, "approval:approve:{}", id.to_hex()),
            Self::Decide(id, false) => write!(f, "approval:deny:{}", id.to_hex()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_and_keeps_its_stable_text() {
        let role = Some(RoleId::new(910_000_000_000_000_001));
        let mut ids = vec![
            (
                CustomId::PanelVerify(None),
                "keygate:panel:verify".to_owned(),
            ),
            (
                CustomId::PanelVerify(role),
                "keygate:panel:verify:910000000000000001".into(),
            ),
            (CustomId::PanelGuide, "keygate:panel:guide".into()),
            (CustomId::PanelCheck, "keygate:panel:check".into()),
            (
                CustomId::EnterFirstCode(None),
                "keygate:enroll:enter-code".into(),
            ),
            (
                CustomId::EnterFirstCode(role),
                "keygate:enroll:enter-code:910000000000000001".into(),
            ),
            (CustomId::PickGate, "keygate:verify:pick".into()),
            (
                CustomId::EndNow(RoleId::new(42)),
                "keygate:gate:end:42".into(),
            ),
            (
                CustomId::StepUp(StepUpId(0xdead_beef)),
                "keygate:stepup:00000000deadbeef".into(),
            ),
            (
                CustomId::StepUp(StepUpId(u64::MAX)),
                "keygate:stepup:ffffffffffffffff".into(),
            ),
            (
                CustomId::Form(CodeForm::Confirm(None)),
                "keygate:modal:confirm".into(),
            ),
            (
                CustomId::Form(CodeForm::Confirm(role)),
                "keygate:modal:confirm:910000000000000001".into(),
            ),
            (
                CustomId::Form(CodeForm::Verify(None)),
                "keygate:modal:verify".into(),
            ),
            (
                CustomId::Form(CodeForm::Verify(role)),
                "keygate:modal:verify:910000000000000001".into(),
            ),
            (
                CustomId::Form(CodeForm::BackupCodes),
                "keygate:modal:backup-codes".into(),
            ),
            (
                CustomId::Form(CodeForm::Remove),
                "keygate:modal:remove".into(),
            ),
            (CustomId::Guide(Turn::Done), "keygate:guide:done".into()),
        ];
        for n in 1..=walkthrough::PAGES {
            ids.push((
                CustomId::Guide(Turn::To(n)),
                format!("keygate:guide:page:{n}"),
            ));
        }
        for (id, text) in ids {
            assert_eq!(id.to_string(), text);
            assert_eq!(CustomId::parse(&text), Some(id), "{text}");
            assert!(text.len() <= 100, "Discord allows 100 characters");
        }
    }

    #[test]
    fn foreign_and_out_of_range_ids_are_not_ours() {
        for text in [
            "",
            "keygate:",
            "keygate:panel:other",
            "keygate:panel:verify:",
            "keygate:panel:verify:12x",
            "keygate:panel:verify:-5",
            "keygate:panel:verify:0",
            "keygate:modal:",
            "keygate:modal:remove:5",
            "keygate:modal:verify:1:2",
            "keygate:gate:end:",
            "keygate:gate:end:+1",
            "keygate:stepup:1234",
            "keygate:stepup:zzzzzzzzzzzzzzzz",
            "keygate:guide:page:0",
            "keygate:guide:page:10",
            "keygate:guide:page:x",
            "other:panel:verify",
        ] {
            assert_eq!(CustomId::parse(text), None, "{text}");
        }
    }
}
