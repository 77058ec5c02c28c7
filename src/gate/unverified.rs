//! Members who joined and have not passed a gate (`remind_after`, `kick_after`): their join is
//! stored (so a restart loses nothing), they get one reminder DM after `remind_after`, and are
//! removed after `kick_after`. Passing is having a confirmed authenticator here. Each reminder and
//! each removal is claimed by a conditional write, so it happens once whichever process claims it;
//! who is exempt (bots, the owner, a role given after joining, above Keygate's role) is the Discord
//! side's call, made just before.

use super::audit::AuditKind;
use super::outcome::GateError;
use super::repository::{Repository, ShardSpan};
use super::service::Gate;
use super::{GuildId, Member, RoleId, Timestamp};

/// A stored join whose reminder, or removal, is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinDue {
    pub member: Member,
    pub joined_at: Timestamp,
    /// The roles the member had when they joined (a role given since exempts them).
    pub join_roles: Vec<RoleId>,
    pub kick_after_secs: Option<i64>,
    pub remind_after_secs: Option<i64>,
}

impl JoinDue {
    /// When a member reminded `now` is removed: `kick_after` after joining, and never sooner after
    /// the reminder than the gap between the settings.
    pub fn kick_at(&self, now: Timestamp) -> Option<Timestamp> {
        let kick = self.kick_after_secs?;
        let on_time = self.joined_at.plus_secs(kick);
        Some(match self.remind_after_secs {
            Some(remind) => on_time.max(now.plus_secs(kick - remind)),
            None => on_time,
        })
    }
}

/// Which of a join's due steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinStep {
    Remind,
    Kick,
}

impl<R: Repository> Gate<R> {
    /// Stores a join in a server that reminds or removes the unverified (nothing otherwise, in
    /// the same statement). A member who joins again starts afresh.
    pub async fn record_join(&self, member: Member, roles: &[RoleId]) -> Result<(), GateError> {
        self.repo().record_join(member, self.now(), roles).await?;
        Ok(())
    }

    /// A member's roles changed: one they did not have when they joined (a moderator's choice)
    /// exempts them for good.
    pub async fn join_roles_changed(
        &self,
        member: Member,
        roles: &[RoleId],
    ) -> Result<(), GateError> {
        if let Some(joined_with) = self.repo().join_roles(member).await?
            && roles.iter().any(|r| !joined_with.contains(r))
        {
            self.repo().settle_join(member, self.now()).await?;
        }
        Ok(())
    }

    /// A member left: their join is forgotten.
    pub async fn forget_join(&self, member: Member) -> Result<(), GateError> {
        self.repo().forget_join(member).await?;
        Ok(())
    }

    /// The joins whose `step` is due now, oldest first, at most `per_server` of each server.
    pub async fn due_joins(
        &self,
        step: JoinStep,
        per_server: u32,
        span: ShardSpan,
    ) -> Result<Vec<JoinDue>, GateError> {
        Ok(self
            .repo()
            .due_joins(step, self.now(), per_server, span)
            .await?)
    }

    /// Whether `due` still waits (not passed, settled or removed since it was read).
    pub async fn join_waits(&self, due: &JoinDue) -> Result<bool, GateError> {
        Ok(self.repo().join_waits(due.member, due.joined_at).await?)
    }

    /// Keygate left `guild`: its joins are forgotten.
    pub async fn forget_guild_joins(&self, guild: GuildId) -> Result<(), GateError> {
        self.repo().forget_guild_joins(guild).await?;
        Ok(())
    }

    /// Claims `step` for a due join; `false` when it is claimed already or no longer due.
    pub async fn claim_join(&self, due: &JoinDue, step: JoinStep) -> Result<bool, GateError> {
        Ok(self
            .repo()
            .claim_join(due.member, step, due.joined_at, self.now())
            .await?)
    }

    /// Gives a claimed step back (it did not happen), so a later pass tries again.
    pub async fn release_join(&self, member: Member, step: JoinStep) -> Result<(), GateError> {
        self.repo().release_join(member, step).await?;
        Ok(())
    }

    /// The member is exempt (or passed): never reminded or removed.
    pub async fn settle_join(&self, member: Member) -> Result<(), GateError> {
        self.repo().settle_join(member, self.now()).await?;
        Ok(())
    }

    /// Audits a reminder sent or a removal done.
    pub async fn record_join_step(
        &self,
        member: Member,
        step: JoinStep,
        detail: String,
    ) -> Result<(), GateError> {
        let kind = match step {
            JoinStep::Remind => AuditKind::JoinReminded,
            JoinStep::Kick => AuditKind::Kicked,
        };
        let audit = self.entry(member, kind, None, detail);
        self.repo().record_audit(&[audit]).await?;
        Ok(())
    }

    /// Members who joined and have not passed a gate, nor been removed or found exempt.
    pub async fn waiting_joins(&self, guild: GuildId) -> Result<u64, GateError> {
        Ok(self.repo().waiting_joins(guild).await?)
    }
}
