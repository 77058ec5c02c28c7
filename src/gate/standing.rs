//! What the gate reads and claims without checking a code: a server's gates, a member's standing,
//! and the welcome DMs' claims. The member rules that spend codes are in `service.rs`.

use super::outcome::{Enrollment, GateError, MemberStatus};
use super::repository::{EnrollmentDates, GuildConfig, Repository};
use super::service::{GUIDE_DM_QUIET_SECS, Gate};
use super::throttle::{self, Access};
use super::{GuildId, Member, Timestamp};

impl<R: Repository> Gate<R> {
    pub async fn config(&self, guild: GuildId) -> Result<GuildConfig, GateError> {
        Ok(self
            .repo()
            .guild_config(guild)
            .await?
            .unwrap_or_else(|| GuildConfig::unconfigured(guild)))
    }

    /// The server's gates as read at most [`super::prompt_configs::FRESH_FOR`] ago, for choosing
    /// what a prompt shows before its modal. Never for deciding what a code grants: use
    /// [`Gate::config`] there.
    pub async fn config_for_prompt(&self, guild: GuildId) -> Result<GuildConfig, GateError> {
        self.prompt_configs()
            .get(guild, async || self.config(guild).await)
            .await
    }

    pub async fn status(&self, member: Member) -> Result<MemberStatus, GateError> {
        let now = self.now();
        // Side by side: in a raid each read waits its turn for a database connection, and this is
        // read before a modal, which must answer within Discord's 3 seconds.
        let (record, throttle, backup_codes_left, mut held) = futures_util::try_join!(
            self.repo().enrollment(member),
            self.repo().throttle(member),
            self.repo().remaining_backup_codes(member),
            self.repo().held_roles(member),
        )?;
        held.retain(|h| h.expires_at.is_none_or(|end| now < end));
        Ok(MemberStatus {
            enrollment: enrollment_at(record.as_ref().map(EnrollmentDates::from), now),
            held,
            last_verified_at: record.as_ref().and_then(|r| r.last_verified_at),
            backup_codes_left,
            access: throttle::access(&throttle, now),
        })
    }

    /// What `/verify` needs before its modal: whether the member is enrolled, and whether they may
    /// try a code now. One read, not the whole status: in a raid, each waits its turn for a
    /// database connection before a modal that must answer within Discord's 3 seconds.
    pub async fn access(&self, member: Member) -> Result<(Enrollment, Access), GateError> {
        let now = self.now();
        let (dates, throttle) = self.repo().standing(member).await?;
        Ok((enrollment_at(dates, now), throttle::access(&throttle, now)))
    }

    /// Whether a member who just joined should get the welcome DM: not if they got one within
    /// [`GUIDE_DM_QUIET_SECS`]. Claims it atomically, so two processes never both send it.
    pub async fn claim_guide_dm(&self, member: Member) -> Result<bool, GateError> {
        let now = self.now();
        Ok(self
            .repo()
            .claim_guide_dm(member, now, now.plus_secs(-GUIDE_DM_QUIET_SECS))
            .await?)
    }

    /// Whether a server may send one more welcome DM in the window this process opened at
    /// `opened` (`per_window` at most per `window_secs`). Claimed in the database, so the cap
    /// holds across processes and restarts.
    pub async fn claim_join_dm(
        &self,
        guild: GuildId,
        opened: Timestamp,
        window_secs: i64,
        per_window: u32,
    ) -> Result<bool, GateError> {
        Ok(self
            .repo()
            .claim_join_dm(guild, opened, window_secs, per_window)
            .await?)
    }
}

/// Where a member's enrollment stands at `now`.
fn enrollment_at(record: Option<EnrollmentDates>, now: Timestamp) -> Enrollment {
    match record {
        None => Enrollment::None,
        Some(r) => match (r.confirmed_at, r.expires_at) {
            (Some(confirmed_at), _) => Enrollment::Confirmed { confirmed_at },
            (None, Some(expires_at)) if now < expires_at => Enrollment::Pending { expires_at },
            (None, _) => Enrollment::Expired,
        },
    }
}
