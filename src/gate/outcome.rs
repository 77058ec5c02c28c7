//! What the gate answers: the outcomes a member or moderator is told about, and the internal
//! failures they are not.

use zeroize::Zeroizing;

use super::backup_codes::{self, BackupCode};
use super::gates::Grant;
use super::repository::{HeldRole, RepoError};
use super::sealing::SealError;
use super::throttle::{Access, NewLock};
use super::{RoleId, Timestamp};

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Not shaped like an authenticator code or a backup code; nothing was hashed.
    NotACode,
    /// Well formed, but wrong.
    WrongCode,
    /// Right, but already used (ASVS 2.8.5: logged, refused, the member told).
    Replayed,
}

/// Outcomes the member or moderator is told about, and internal failures they are not.
#[derive(Debug, thiserror::Error)]
pub enum GateError {
    #[error("this server has not set up its verification gate yet")]
    NotConfigured,
    /// The role asked for is not one of the server's gates.
    #[error("role {0} is not gated here")]
    NotAGate(RoleId),
    /// Only holders of `needs` may pass the gate for `role`; nothing was counted.
    #[error("the gate for role {role} needs role {needs}")]
    NotEligible { role: RoleId, needs: RoleId },
    /// Every gate of the server needs a role the member lacks (one of `needs`).
    #[error("no gate is open to this member")]
    NoGateOpen { needs: Vec<RoleId> },
    /// The server has as many gates as it may.
    #[error("the server has the most gates it may have")]
    TooManyGates,
    /// The gate for `role` needs the member's own Discord 2FA, confirmed in the browser within
    /// the last 30 days; nothing was counted.
    #[error("the gate for role {role} needs Discord 2FA confirmed")]
    NeedsDiscord2fa { role: RoleId },
    #[error("not enrolled")]
    NotEnrolled,
    #[error("already enrolled")]
    AlreadyEnrolled,
    #[error("the enrollment expired before it was confirmed")]
    EnrollmentExpired,
    #[error("this needs a code from the authenticator app, not a backup code")]
    NeedsAuthenticatorCode,
    /// A moderator's one-time code past its 24 hours (the attempt was counted).
    #[error("the one-time code expired")]
    BypassExpired,
    #[error("code refused: {reason:?}")]
    Rejected {
        reason: Rejection,
        lock: Option<NewLock>,
    },
    #[error("locked")]
    Locked(Access),
    /// Another check of this member's code is still running (a second submission waited for it
    /// and gave up).
    #[error("another code check for this member is still running")]
    Busy,
    /// The member did this too often; they may again at `retry_at`.
    #[error("{action:?} refused: rate limit reached")]
    TooOften {
        action: Limited,
        retry_at: Timestamp,
    },
    #[error("the member is not verified")]
    NotVerified,
    #[error("nothing to unlock")]
    NotLocked,
    #[error(transparent)]
    Sealing(#[from] SealError),
    #[error(transparent)]
    Storage(#[from] RepoError),
}

/// What is rate-limited per member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limited {
    /// Starting an enrollment (a new secret): three times an hour.
    Enrollment,
    /// Removing one's own enrollment: three times a day.
    Removal,
    /// Making a new set of backup codes: three times a day.
    BackupCodes,
}

/// What a new enrollment shows the member (ephemerally, once).
pub struct NewEnrollment {
    pub otpauth_uri: Zeroizing<String>,
    pub qr_png: Vec<u8>,
    pub manual_key: Zeroizing<String>,
    pub expires_at: Timestamp,
}

/// A confirmed enrollment: the backup codes to show once, and the role queued.
#[derive(Debug)]
pub struct Confirmed {
    pub backup_codes: Vec<BackupCode>,
    pub grant: Grant,
}

/// How a member proved possession.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Authenticator,
    BackupCode {
        remaining: u32,
    },
    /// A moderator's one-time code (`/gate bypass`); the member sets up an authenticator afresh.
    Bypass,
}

impl Method {
    /// Two or fewer backup codes left: time to make a new set.
    pub fn low_on_backup_codes(self) -> bool {
        matches!(self, Method::BackupCode { remaining } if remaining <= backup_codes::LOW_WATER)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verified {
    pub method: Method,
    pub grant: Grant,
}

/// Where a member's enrollment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enrollment {
    None,
    Pending { expires_at: Timestamp },
    Expired,
    Confirmed { confirmed_at: Timestamp },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStatus {
    pub enrollment: Enrollment,
    /// The gated roles held through Keygate now (timed ones that ended are left out).
    pub held: Vec<HeldRole>,
    pub last_verified_at: Option<Timestamp>,
    pub backup_codes_left: u32,
    pub access: Access,
}
