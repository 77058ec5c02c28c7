//! What happens to a held role after its gate was passed: a timed role ended early by its holder,
//! a role lost with the eligible role it needs, and re-verification (a reminder before a
//! permanent role lapses, then the lapse). Each is a conditional write, so it happens once
//! whichever bot process does it.

use super::audit::AuditKind;
use super::outcome::GateError;
use super::repository::{Cause, Change, Due, Repository, ShardSpan, Which};
use super::service::Gate;
use super::{Member, RoleId};

impl<R: Repository> Gate<R> {
    /// The member ends their own timed role now (the *End now* button). No code is needed:
    /// giving up a power is always safe. `NotVerified` when they hold no such role any more.
    pub async fn end_early(&self, member: Member, role: RoleId) -> Result<(), GateError> {
        let audit = self.entry(
            member,
            AuditKind::EndedEarly,
            Some(member.user),
            format!("ended timed role {role} early"),
        );
        let released = self
            .repo()
            .release_roles(
                Change::new(member, &audit),
                Which::TimedRole(role),
                Cause::EndedEarly,
            )
            .await?;
        if released.is_empty() {
            return Err(GateError::NotVerified);
        }
        Ok(())
    }

    /// The member's roles changed (Discord told the bot): every held role whose gate needs an
    /// eligible role they no longer hold is released and queued for removal. The roles lost.
    pub async fn roles_changed(
        &self,
        member: Member,
        holds: &[RoleId],
    ) -> Result<Vec<(RoleId, RoleId)>, GateError> {
        let config = self.config(member.guild).await?;
        let needing: Vec<(RoleId, RoleId)> = config
            .gates
            .iter()
            .filter_map(|gate| gate.eligible.map(|needs| (gate.role, needs)))
            .filter(|(_, needs)| !holds.contains(needs))
            .collect();
        if needing.is_empty() {
            return Ok(Vec::new());
        }
        let held = self.repo().held_roles(member).await?;
        let mut lost = Vec::new();
        for (role, needs) in needing {
            if !held.iter().any(|h| h.role == role) {
                continue;
            }
            let audit = self.entry(
                member,
                AuditKind::NotEligible,
                None,
                format!("no longer holds role {needs}, which the gate for role {role} needs"),
            );
            let change = Change::new(member, &audit);
            if !self
                .repo()
                .release_roles(change, Which::Role(role), Cause::NotEligible)
                .await?
                .is_empty()
            {
                lost.push((role, needs));
            }
        }
        Ok(lost)
    }

    /// Re-verification reminders due now in the servers of `span`'s shards, at most `per_server`
    /// of each server; claim each with [`Gate::claim_reminder`] before sending it.
    pub async fn due_reminders(
        &self,
        per_server: u32,
        span: ShardSpan,
    ) -> Result<Vec<Due>, GateError> {
        Ok(self
            .repo()
            .due_reminders(self.now(), per_server, span)
            .await?)
    }

    /// `true` when this process is the one to send the reminder.
    pub async fn claim_reminder(&self, due: &Due) -> Result<bool, GateError> {
        Ok(self.repo().claim_reminder(due, self.now()).await?)
    }

    /// A claimed reminder that could not be sent (Discord failed): the next pass tries again.
    pub async fn release_reminder(&self, due: &Due) -> Result<(), GateError> {
        Ok(self.repo().release_reminder(due, self.now()).await?)
    }

    /// Held roles whose re-verification lapsed, at most `per_server` of each server; release each
    /// with [`Gate::lapse`].
    pub async fn due_lapses(&self, per_server: u32) -> Result<Vec<Due>, GateError> {
        Ok(self.repo().due_lapses(self.now(), per_server).await?)
    }

    /// A member who is no longer in the server: their held roles are forgotten (Discord dropped
    /// the roles themselves), so no reminder or removal goes to someone who left.
    pub async fn forget_member(&self, member: Member) -> Result<Vec<RoleId>, GateError> {
        let audit = self.entry(
            member,
            AuditKind::Lapsed,
            None,
            "left the server: gated roles forgotten",
        );
        Ok(self
            .repo()
            .forget_member(Change::new(member, &audit))
            .await?)
    }

    /// Releases a lapsed role and queues its removal; `false` when it was passed again (or
    /// released) meanwhile.
    pub async fn lapse(&self, due: &Due) -> Result<bool, GateError> {
        let audit = self.entry(
            due.member,
            AuditKind::Lapsed,
            None,
            format!(
                "did not pass the gate for role {} again in time (due {})",
                due.role,
                due.lapses_at.unix()
            ),
        );
        Ok(self
            .repo()
            .lapse(Change::new(due.member, &audit), due.role)
            .await?)
    }
}
