//! Two-person approval (`two_person_reset`): with it on, `/gate reset` and `/gate bypass` are
//! only requests until a second moderator approves them, so one stolen moderator session cannot
//! reset a member or hand out a one-time code. A request is stored with a random id (which its
//! buttons carry), expires after 24 hours, and is decided once, by a conditional write, by anyone
//! but its requester; the decision is audited with both names.

use super::audit::{AuditEntry, AuditKind};
use super::outcome::GateError;
use super::repository::Repository;
use super::service::Gate;
use super::{GuildId, Member, Timestamp, UserId};

/// How long a request waits for its second moderator.
pub const REQUEST_TTL_SECS: i64 = 24 * 60 * 60;

/// A request's id: random, in its buttons' custom ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId(pub u64);

impl RequestId {
    pub fn to_hex(self) -> String {
        format!("{:016x}", self.0)
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        (text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u64::from_str_radix(text, 16).ok().map(Self))
            .flatten()
    }
}

/// What a request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// `/gate reset`, with the moderator's reason (cleaned already).
    Reset { reason: String },
    /// `/gate bypass`.
    Bypass,
}

impl Requested {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Reset { .. } => "reset",
            Self::Bypass => "bypass",
        }
    }
}

/// A stored request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalRequest {
    pub id: RequestId,
    pub guild: GuildId,
    pub requested_by: UserId,
    pub member: Member,
    pub what: Requested,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

/// Why a decision was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotDecided {
    /// No such request in this server.
    Unknown,
    /// The requester pressed their own request's button.
    OwnRequest,
    Expired,
    AlreadyDecided,
}

/// What became of a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Decided(ApprovalRequest),
    Refused(NotDecided),
}

impl<R: Repository> Gate<R> {
    /// Stores a request for a second moderator, audited as asked by `requested_by`.
    pub async fn request_approval(
        &self,
        member: Member,
        requested_by: UserId,
        what: Requested,
    ) -> Result<ApprovalRequest, GateError> {
        let mut raw = [0u8; 8];
        self.entropy().fill(&mut raw);
        let now = self.now();
        let request = ApprovalRequest {
            id: RequestId(u64::from_le_bytes(raw)),
            guild: member.guild,
            requested_by,
            member,
            what,
            created_at: now,
            expires_at: now.plus_secs(REQUEST_TTL_SECS),
        };
        let audit = self.entry(
            member,
            AuditKind::ApprovalRequested,
            Some(requested_by),
            format!(
                "asked for {} (needs a second moderator, until {})",
                request.what.as_str(),
                request.expires_at.unix()
            ),
        );
        self.repo().save_request(&request, &audit).await?;
        Ok(request)
    }

    /// Withdraws a request nobody can decide (its post failed): marked denied by its requester.
    pub async fn withdraw_request(&self, request: &ApprovalRequest) -> Result<(), GateError> {
        self.repo().withdraw_request(request, self.now()).await?;
        Ok(())
    }

    /// Decides a request once: refused for its own requester, after it expired, or when another
    /// moderator decided first. The decision is audited with the approver's name; the action
    /// itself is then carried out (and audited) by the caller.
    pub async fn decide(
        &self,
        guild: GuildId,
        id: RequestId,
        approver: UserId,
        approve: bool,
    ) -> Result<Decision, GateError> {
        let Some(request) = self.repo().request(guild, id).await? else {
            return Ok(Decision::Refused(NotDecided::Unknown));
        };
        if request.requested_by == approver {
            return Ok(Decision::Refused(NotDecided::OwnRequest));
        }
        let now = self.now();
        if request.expires_at <= now {
            return Ok(Decision::Refused(NotDecided::Expired));
        }
        let verdict = if approve { "approved" } else { "denied" };
        let audit = AuditEntry {
            guild,
            at: now,
            kind: AuditKind::ApprovalDecided,
            actor: Some(approver),
            subject: Some(request.member.user),
            detail: format!(
                "{verdict} {}'s request for {}",
                request.requested_by,
                request.what.as_str()
            ),
        };
        if !self
            .repo()
            .decide_request(&request, approver, approve, &audit)
            .await?
        {
            return Ok(Decision::Refused(NotDecided::AlreadyDecided));
        }
        Ok(Decision::Decided(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_as_sixteen_hex_digits_only() {
        let id = RequestId(0x0123_4567_89ab_cdef);
        assert_eq!(id.to_hex(), "0123456789abcdef");
        assert_eq!(RequestId::from_hex(&id.to_hex()), Some(id));
        assert_eq!(RequestId::from_hex("123"), None);
        assert_eq!(RequestId::from_hex("0123456789abcdeg"), None);
        assert_eq!(RequestId::from_hex("+123456789abcdef"), None);
    }
}
