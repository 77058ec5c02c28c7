//! The moderators' rules: configure the gate, reset a member who lost their phone, revoke the
//! role, clear a lockout, and read the audit trail and counts. Each action is audited with the
//! moderator's id in the same transaction as the change it makes.

use super::audit::{AuditEntry, AuditKind};
use super::outcome::GateError;
use super::repository::{Change, GuildConfig, GuildStats, Repository};
use super::service::Gate;
use super::{GuildId, Member, RoleId, UserId};

/// Longest moderator reason kept in the audit trail.
pub const MAX_REASON_CHARS: usize = 500;

impl<R: Repository> Gate<R> {
    /// Stores the server's settings and audits who changed them.
    pub async fn configure(&self, config: GuildConfig, moderator: UserId) -> Result<(), GateError> {
        let detail = format!(
            "role {}, log channel {}, guide on join {}",
            config.gated_role.map_or("none".into(), |r| r.to_string()),
            config.log_channel.map_or("none".into(), |c| c.to_string()),
            config.guide_on_join
        );
        let audit = self.guild_entry(config.guild, moderator, detail);
        self.repo().save_guild_config(&config, &audit).await?;
        Ok(())
    }

    /// Records a moderator action that changes no member data (e.g. posting the panel).
    pub async fn note_moderator_action(
        &self,
        guild: GuildId,
        moderator: UserId,
        detail: String,
    ) -> Result<(), GateError> {
        let entry = self.guild_entry(guild, moderator, detail);
        self.repo().record_audit(&entry).await?;
        Ok(())
    }

    /// Delete a member's enrollment (lost phone) and queue removal of the role.
    pub async fn reset(
        &self,
        member: Member,
        moderator: UserId,
        reason: &str,
    ) -> Result<(), GateError> {
        let role = self.config(member.guild).await?.gated_role;
        let reason: String = reason
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_REASON_CHARS)
            .collect();
        let audit = self.entry(
            member,
            AuditKind::Reset,
            Some(moderator),
            format!("reason: {reason}"),
        );
        if !self
            .repo()
            .delete_member(Change::new(member, &audit), role)
            .await?
        {
            return Err(GateError::NotEnrolled);
        }
        Ok(())
    }

    /// Remove the gated role; the enrollment stays, so the member verifies again.
    pub async fn revoke(&self, member: Member, moderator: UserId) -> Result<RoleId, GateError> {
        let role = self.gated_role(member.guild).await?;
        let audit = self.entry(
            member,
            AuditKind::Revoked,
            Some(moderator),
            "gated role revoked",
        );
        if !self
            .repo()
            .revoke(Change::new(member, &audit), role)
            .await?
        {
            return Err(GateError::NotVerified);
        }
        Ok(role)
    }

    /// Clear a soft or hard lockout.
    pub async fn unlock(&self, member: Member, moderator: UserId) -> Result<(), GateError> {
        let audit = self.entry(
            member,
            AuditKind::Unlocked,
            Some(moderator),
            "lockout cleared",
        );
        if !self.repo().clear_throttle(member, &audit).await? {
            return Err(GateError::NotLocked);
        }
        Ok(())
    }

    pub async fn audit_log(
        &self,
        guild: GuildId,
        subject: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, GateError> {
        Ok(self.repo().audit_log(guild, subject, limit).await?)
    }

    pub async fn stats(&self, guild: GuildId) -> Result<GuildStats, GateError> {
        Ok(self.repo().stats(guild, self.now()).await?)
    }

    /// A server-wide audit line by a moderator (no member is its subject).
    fn guild_entry(&self, guild: GuildId, moderator: UserId, detail: String) -> AuditEntry {
        AuditEntry {
            guild,
            at: self.now(),
            kind: AuditKind::Configured,
            actor: Some(moderator),
            subject: None,
            detail,
        }
    }
}
