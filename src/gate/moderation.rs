//! The moderators' rules: configure the gate, reset a member who lost their phone, revoke the
//! role, clear a lockout, and read the audit trail and counts. Each action is audited with the
//! moderator's id in the same transaction as the change it makes.

use super::audit::{AuditEntry, AuditKind};
use super::gates::RoleGate;
use super::outcome::GateError;
use super::repository::{
    Cause, Change, DayActivity, GuildConfig, GuildStats, Repository, Saved, Which,
};
use super::service::Gate;
use super::{GuildId, Member, RoleId, Timestamp, UserId};

/// Longest moderator reason kept: in the audit trail, the member's DM and the log channel.
pub const MAX_REASON_CHARS: usize = 200;

/// A moderator's reason as it may be shown to the member, the log channel and the audit trail:
/// no control or invisible formatting characters, no mentions (of users, roles, channels,
/// `@everyone`, `@here`), no backticks (it is shown as code, so no link or markdown in it
/// renders), spaces collapsed, at most [`MAX_REASON_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason(String);

impl Reason {
    pub fn clean(raw: &str) -> Self {
        // Removing one mention can join the text around it into another (`@<@1>everyone`):
        // clean until nothing changes.
        let mut text = raw.chars().take(MAX_REASON_CHARS * 8).collect::<String>();
        loop {
            let cleaner = Self::clean_once(&text);
            if cleaner == text {
                break;
            }
            text = cleaner;
        }
        let capped: String = text.trim().chars().take(MAX_REASON_CHARS).collect();
        if capped.is_empty() {
            Self("(no reason given)".into())
        } else {
            Self(capped)
        }
    }

    fn clean_once(raw: &str) -> String {
        let mut text = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(c) = rest.chars().next() {
            if let Some(after) = mention_end(rest) {
                rest = after;
                continue;
            }
            rest = &rest[c.len_utf8()..];
            if c.is_control() || c.is_whitespace() {
                if !text.ends_with(' ') && !text.is_empty() {
                    text.push(' ');
                }
            } else if is_invisible(c) || c == '`' {
                // Zero-width and direction marks hide what text says; a backtick would end the
                // code span the reason is shown in.
            } else if c == '@'
                && ["everyone", "here"]
                    .iter()
                    .any(|w| starts_with_word(rest, w))
            {
                // `@everyone` becomes `everyone`: readable, and no ping even where mentions work.
            } else {
                text.push(c);
            }
        }
        text
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Unicode format characters that render as nothing (zero-width spaces and joiners, direction
/// marks and overrides, word joiners, the byte-order mark, the soft hyphen).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
}

/// The text after a mention (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`) that `text` starts with.
fn mention_end(text: &str) -> Option<&str> {
    let inner = text
        .strip_prefix("<@&")
        .or_else(|| text.strip_prefix("<@!"))
        .or_else(|| text.strip_prefix("<@"))
        .or_else(|| text.strip_prefix("<#"))?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && inner[digits..].starts_with('>')).then(|| &inner[digits + 1..])
}

impl<R: Repository> Gate<R> {
    /// Stores the server's settings, adds or changes `gate`, and audits who did it. Refused
    /// when the server already has [`super::gates::MAX_GATES`] other gates.
    pub async fn configure(
        &self,
        config: GuildConfig,
        gate: Option<RoleGate>,
        moderator: UserId,
    ) -> Result<(), GateError> {
        let mut detail = format!(
            "log channel {}, guide on join {}, moderator code {}, Discord 2FA role {}",
            config.log_channel.map_or("none".into(), |c| c.to_string()),
            config.guide_on_join,
            config.moderator_code,
            config
                .discord_2fa_role
                .map_or("none".into(), |r| r.to_string()),
        );
        if let Some(gate) = &gate {
            detail = format!("{}; {detail}", describe_gate(gate));
        }
        let audit = self.guild_entry(config.guild, AuditKind::Configured, moderator, detail);
        let saved = self
            .repo()
            .save_guild_config(&config, gate.as_ref(), &audit)
            .await;
        self.prompt_configs().forget(config.guild);
        match saved? {
            Saved::Saved => Ok(()),
            Saved::TooManyGates => Err(GateError::TooManyGates),
        }
    }

    /// Ends the gate for `role`, or Keygate's giving of the server's `discord_2fa_role`; its
    /// holders keep the role (timed ones until their time).
    pub async fn drop_gate(
        &self,
        guild: GuildId,
        role: RoleId,
        moderator: UserId,
    ) -> Result<(), GateError> {
        let audit = self.guild_entry(
            guild,
            AuditKind::GateDropped,
            moderator,
            format!("Keygate no longer gates or gives role {role}"),
        );
        let dropped = self.repo().drop_gate(guild, role, &audit).await;
        self.prompt_configs().forget(guild);
        if !dropped? {
            return Err(GateError::NotAGate(role));
        }
        Ok(())
    }

    /// Records a moderator action that changes no member data (e.g. posting the panel).
    pub async fn note_moderator_action(
        &self,
        guild: GuildId,
        moderator: UserId,
        detail: String,
    ) -> Result<(), GateError> {
        let entry = self.guild_entry(guild, AuditKind::Configured, moderator, detail);
        self.repo().record_audit(&[entry]).await?;
        Ok(())
    }

    /// Delete a member's enrollment (lost phone) and queue removal of the roles they hold
    /// through the gates.
    pub async fn reset(
        &self,
        member: Member,
        moderator: UserId,
        reason: &Reason,
    ) -> Result<(), GateError> {
        let audit = self.entry(
            member,
            AuditKind::Reset,
            Some(moderator),
            format!("reason: {reason}"),
        );
        if !self
            .repo()
            .delete_member(Change::new(member, &audit))
            .await?
        {
            return Err(GateError::NotEnrolled);
        }
        Ok(())
    }

    /// Remove `role` (or every role the member holds through the gates); the enrollment stays,
    /// so the member verifies again. The roles removed.
    pub async fn revoke(
        &self,
        member: Member,
        moderator: UserId,
        role: Option<RoleId>,
    ) -> Result<Vec<RoleId>, GateError> {
        let (which, detail) = match role {
            Some(role) => (Which::Role(role), format!("gated role {role} revoked")),
            None => (Which::All, "every gated role revoked".to_owned()),
        };
        let audit = self.entry(member, AuditKind::Revoked, Some(moderator), detail);
        let revoked = self
            .repo()
            .release_roles(Change::new(member, &audit), which, Cause::Revoked)
            .await?;
        if revoked.is_empty() {
            return Err(GateError::NotVerified);
        }
        Ok(revoked)
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

    /// The last 30 days (today last), each with its counts from the audit trail.
    pub async fn activity(&self, guild: GuildId) -> Result<Vec<DayActivity>, GateError> {
        const DAYS: i64 = 30;
        let today = self.now().unix().div_euclid(86_400);
        let first = today - (DAYS - 1);
        let found = self
            .repo()
            .activity(guild, Timestamp::from_unix(first * 86_400))
            .await?;
        Ok((first..=today)
            .map(|day| {
                found
                    .iter()
                    .find(|d| d.day == day)
                    .copied()
                    .unwrap_or(DayActivity {
                        day,
                        ..DayActivity::default()
                    })
            })
            .collect())
    }

    /// A server-wide audit line by a moderator (no member is its subject).
    fn guild_entry(
        &self,
        guild: GuildId,
        kind: AuditKind,
        moderator: UserId,
        detail: String,
    ) -> AuditEntry {
        AuditEntry {
            guild,
            at: self.now(),
            kind,
            actor: Some(moderator),
            subject: None,
            detail,
        }
    }
}

/// A gate as the audit trail records it.
fn describe_gate(gate: &RoleGate) -> String {
    let mut text = format!("gate for role {}", gate.role);
    if let Some(eligible) = gate.eligible {
        text.push_str(&format!(", eligible role {eligible}"));
    }
    if let Some(lasts) = gate.lasts {
        text.push_str(&format!(", lasts {lasts}"));
    }
    if let Some(every) = gate.reverify_every {
        text.push_str(&format!(", re-verify every {every}"));
    }
    if gate.discord_2fa {
        text.push_str(", Discord 2FA required");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_keeps_its_words_and_loses_pings_controls_and_excess() {
        let cleaned = Reason::clean(
            "lost phone @everyone @Here <@123> <@!45> <@&67> <#89>\u{7}\u{1b}[31m\nok <@x> a@b",
        );
        assert_eq!(
            cleaned.as_str(),
            "lost phone everyone Here [31m ok <@x> a@b"
        );
        assert_eq!(
            Reason::clean(&"x".repeat(500)).as_str().chars().count(),
            MAX_REASON_CHARS
        );
        assert_eq!(Reason::clean("<@1> \u{0}").as_str(), "(no reason given)");
        // Nothing rebuilds what was removed, and nothing hides in invisible characters.
        for sneaky in [
            "@@everyone",
            "@<@1>here",
            "<@<#1>123>",
            "@\u{200b}everyone",
            "`@here`",
        ] {
            let cleaned = Reason::clean(sneaky);
            assert!(
                !cleaned.as_str().contains('@') || !cleaned.as_str().contains("everyone"),
                "{sneaky:?}"
            );
            assert!(
                !cleaned.as_str().contains("@here") && !cleaned.as_str().contains("<@"),
                "{sneaky:?} -> {cleaned:?}"
            );
            assert!(!cleaned.as_str().contains('\u{200b}') && !cleaned.as_str().contains('`'));
        }
    }
}
