//! The moderators' rules: configure the gate, reset a member who lost their phone, revoke the
//! role, clear a lockout, and read the audit trail and counts. Each action is audited with the
//! moderator's id in the same transaction as the change it makes.

use super::audit::{AuditEntry, AuditKind};
use super::outcome::GateError;
use super::repository::{Change, GuildConfig, GuildStats, Repository};
use super::service::Gate;
use super::{GuildId, Member, RoleId, UserId};

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
        self.repo().record_audit(&[entry]).await?;
        Ok(())
    }

    /// Delete a member's enrollment (lost phone) and queue removal of the role.
    pub async fn reset(
        &self,
        member: Member,
        moderator: UserId,
        reason: &Reason,
    ) -> Result<(), GateError> {
        let role = self.config(member.guild).await?.gated_role;
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
