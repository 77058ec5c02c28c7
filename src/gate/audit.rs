//! The audit trail: what happened, to whom, by whom, when. Never a secret or a code.

use super::{GuildId, Timestamp, UserId};

/// Every kind of event the gate records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditKind {
    /// A member started enrolling an authenticator app.
    Enrolled,
    /// The first valid code confirmed an enrollment.
    Confirmed,
    /// A member proved possession (authenticator or backup code).
    Passed,
    /// A wrong or malformed code.
    Failed,
    /// A code (authenticator step or backup code) that had already been used.
    Replayed,
    /// Too many failures: locked for a while.
    LockedOut,
    /// A hundred consecutive failures: locked until a moderator unlocks.
    HardLocked,
    /// A member replaced their backup codes.
    BackupCodesRegenerated,
    /// A moderator deleted a member's enrollment (lost phone).
    Reset,
    /// A moderator cleared a lockout.
    Unlocked,
    /// A member deleted their own enrollment.
    Removed,
    /// A moderator removed the gated role, keeping the enrollment.
    Revoked,
    /// A moderator changed the server's settings or added or changed a gate.
    Configured,
    /// A moderator ended a gate.
    GateDropped,
    /// A timed role's time ran out and it was removed.
    Expired,
    /// A member ended their timed role early.
    EndedEarly,
    /// A member did not pass a re-verified gate again in time: the role was removed.
    Lapsed,
    /// A member no longer held a gate's eligible role: the gated role was removed (or not given).
    NotEligible,
    /// A moderator proved possession of their authenticator before a moderator command.
    SteppedUp,
    /// A member signed in with Discord to show whether their Discord account has 2FA on.
    Discord2faChecked,
    /// A moderator issued a one-time code for a member who lost their phone.
    BypassIssued,
    /// A moderator asked for a reset or a one-time code that needs a second moderator.
    ApprovalRequested,
    /// A second moderator approved or denied such a request.
    ApprovalDecided,
    /// Keygate reminded a member who joined and has not passed the gate.
    JoinReminded,
    /// Keygate removed a member who joined and did not pass the gate in time.
    Kicked,
}

impl AuditKind {
    pub const ALL: [AuditKind; 25] = [
        Self::Enrolled,
        Self::Confirmed,
        Self::Passed,
        Self::Failed,
        Self::Replayed,
        Self::LockedOut,
        Self::HardLocked,
        Self::BackupCodesRegenerated,
        Self::Reset,
        Self::Unlocked,
        Self::Removed,
        Self::Revoked,
        Self::Configured,
        Self::GateDropped,
        Self::Expired,
        Self::EndedEarly,
        Self::Lapsed,
        Self::NotEligible,
        Self::SteppedUp,
        Self::Discord2faChecked,
        Self::BypassIssued,
        Self::ApprovalRequested,
        Self::ApprovalDecided,
        Self::JoinReminded,
        Self::Kicked,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enrolled => "enrolled",
            Self::Confirmed => "confirmed",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Replayed => "replayed",
            Self::LockedOut => "locked_out",
            Self::HardLocked => "hard_locked",
            Self::BackupCodesRegenerated => "backup_codes_regenerated",
            Self::Reset => "reset",
            Self::Unlocked => "unlocked",
            Self::Removed => "removed",
            Self::Revoked => "revoked",
            Self::Configured => "configured",
            Self::GateDropped => "gate_dropped",
            Self::Expired => "expired",
            Self::EndedEarly => "ended_early",
            Self::Lapsed => "lapsed",
            Self::NotEligible => "not_eligible",
            Self::SteppedUp => "stepped_up",
            Self::Discord2faChecked => "discord_2fa_checked",
            Self::BypassIssued => "bypass_issued",
            Self::ApprovalRequested => "approval_requested",
            Self::ApprovalDecided => "approval_decided",
            Self::JoinReminded => "join_reminded",
            Self::Kicked => "kicked",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// One line of the trail. `detail` is free text written by the gate (a method, a lock time, a
/// moderator's reason), never a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub guild: GuildId,
    pub at: Timestamp,
    pub kind: AuditKind,
    pub actor: Option<UserId>,
    pub subject: Option<UserId>,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_stored_name() {
        for kind in AuditKind::ALL {
            assert_eq!(AuditKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(AuditKind::parse("nonsense"), None);
    }
}
