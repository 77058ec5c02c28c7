//! Discord's own 2FA, as a member's OAuth2 sign-in showed it: the one-time `state` that carries
//! the member through Discord's authorize page and back, and the record of what was found.
//!
//! A state is sealed, not stored: any process can finish a sign-in another began, and a visitor
//! of `/linked-role` writes nothing to the database. It binds the member and server it was made
//! for (none for `/linked-role`), the language of the pages and its expiry; it is spent, once,
//! only when a sign-in came back and Discord answered with an account.

use zeroize::Zeroizing;

use super::audit::{AuditEntry, AuditKind};
use super::outcome::GateError;
use super::repository::{RepoResult, Repository};
use super::sealing::Keyring;
use super::service::Gate;
use super::{GuildId, Member, RoleId, Timestamp, UserId};

/// How long a check link works.
pub const STATE_TTL_SECS: i64 = 10 * 60;
/// How long a confirmation of Discord 2FA counts for a gate that requires it (30 days).
pub const CONFIRMATION_VALID_SECS: i64 = 30 * 24 * 60 * 60;
/// What the sealing of states is bound to (kept apart from every other sealed value).
const PURPOSE: &str = "oauth2 state v1";
/// Version byte, expiry, guild, user, id, locale length.
const FIXED_LEN: usize = 1 + 8 + 8 + 8 + 16 + 1;

/// One sign-in's identity: what makes a state single use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StateId([u8; 16]);

impl StateId {
    /// A hex digest of the id, as stored once the state is spent.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(self.0)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// What a state carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckState {
    pub id: StateId,
    /// The member who asked with `/2fa check` (none for `/linked-role`).
    pub member: Option<Member>,
    /// The Discord locale tag the pages are shown in (`de`, `pt-BR`, …).
    pub locale: String,
    pub expires_at: Timestamp,
}

/// Why a state does not lead on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateProblem {
    /// Not a state this bot made (altered, truncated, or sealed with a key it no longer has).
    Invalid,
    Expired,
    /// Already used for a sign-in.
    Spent,
    /// The account that signed in is not the member the link was made for.
    OtherAccount,
}

/// What a finished check recorded, and the server's `discord_2fa_role` it queued (granted when
/// on, removed when off), if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    pub check: Discord2fa,
    pub role: Option<RoleId>,
}

/// What a check recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discord2fa {
    pub user: UserId,
    /// Whether the account had 2FA on when it signed in.
    pub enabled: bool,
    pub checked_at: Timestamp,
}

impl Discord2fa {
    /// Whether this counts, at `now`, for a gate that requires Discord 2FA.
    pub fn confirmed_at(&self, now: Timestamp) -> bool {
        self.enabled && now < self.checked_at.plus_secs(CONFIRMATION_VALID_SECS)
    }
}

/// The checks' storage: spent states and each account's last result.
pub trait DiscordChecks: Send + Sync + 'static {
    /// Spends a state: `true` the first time `id` is spent. Kept until `expires_at` (after which
    /// the state is refused as expired anyway); ids past theirs are forgotten here.
    fn spend_state(
        &self,
        id: StateId,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Whether `id` was spent.
    fn state_spent(&self, id: StateId) -> impl Future<Output = RepoResult<bool>> + Send;
    /// Records an account's result, replacing an older one. For a check made from a server (with
    /// its audit line), also queues the server's `discord_2fa_role`: granted when on, removed when
    /// off; the role queued, if any.
    fn record_discord_2fa(
        &self,
        check: Discord2fa,
        audit: Option<&AuditEntry>,
    ) -> impl Future<Output = RepoResult<Option<RoleId>>> + Send;
    /// An account's last result.
    fn discord_2fa(
        &self,
        user: UserId,
    ) -> impl Future<Output = RepoResult<Option<Discord2fa>>> + Send;
}

impl Keyring {
    /// Seals a check state into the text of an URL's `state` parameter.
    fn seal_state(&self, state: &CheckState, entropy: &dyn super::Entropy) -> String {
        let (guild, user) = state
            .member
            .map_or((0, 0), |m| (m.guild.get(), m.user.get()));
        let tag = &state.locale.as_bytes()[..state.locale.len().min(16)];
        let mut plain = Zeroizing::new(Vec::with_capacity(FIXED_LEN + tag.len()));
        plain.push(1);
        plain.extend_from_slice(&state.expires_at.unix().to_be_bytes());
        plain.extend_from_slice(&guild.to_be_bytes());
        plain.extend_from_slice(&user.to_be_bytes());
        plain.extend_from_slice(&state.id.0);
        plain.push(tag.len() as u8);
        plain.extend_from_slice(tag);
        self.seal_bytes(PURPOSE, &plain, entropy)
    }

    fn open_state(&self, text: &str) -> Option<CheckState> {
        let plain = self.open_bytes(PURPOSE, text)?;
        if plain.len() < FIXED_LEN || plain[0] != 1 {
            return None;
        }
        let number = |at: usize| u64::from_be_bytes(plain[at..at + 8].try_into().expect("8 bytes"));
        let (guild, user) = (number(9), number(17));
        let id = StateId(plain[25..41].try_into().expect("16 bytes"));
        let tag_len = usize::from(plain[41]);
        let locale = std::str::from_utf8(plain.get(42..42 + tag_len)?)
            .ok()?
            .to_owned();
        let member =
            (guild != 0 && user != 0).then(|| Member::new(GuildId::new(guild), UserId::new(user)));
        Some(CheckState {
            id,
            member,
            locale,
            expires_at: Timestamp::from_unix(number(1) as i64),
        })
    }
}

impl<R: Repository> Gate<R> {
    /// A new check link's state for `member` (or for anyone, from `/linked-role`), valid for
    /// [`STATE_TTL_SECS`].
    pub fn new_check_state(&self, member: Option<Member>, locale: &str) -> String {
        let mut id = [0u8; 16];
        self.entropy().fill(&mut id);
        let state = CheckState {
            id: StateId(id),
            member,
            locale: locale.to_owned(),
            expires_at: self.now().plus_secs(STATE_TTL_SECS),
        };
        self.keyring().seal_state(&state, self.entropy())
    }

    /// Reads a state without spending it. `Err` says why it does not lead on; an unreadable one
    /// has no language, so its page is in English.
    pub async fn read_check_state(
        &self,
        text: &str,
    ) -> Result<CheckState, (StateProblem, Option<CheckState>)> {
        let state = self
            .keyring()
            .open_state(text)
            .ok_or((StateProblem::Invalid, None))?;
        if self.now() >= state.expires_at {
            return Err((StateProblem::Expired, Some(state)));
        }
        match self.repo().state_spent(state.id).await {
            Ok(false) => Ok(state),
            Ok(true) => Err((StateProblem::Spent, Some(state))),
            // Unknown is not spent: the spend itself, later, is the arbiter.
            Err(_) => Ok(state),
        }
    }

    /// Records what Discord said about the account that signed in with `state`: spends the state
    /// (once), refuses another account than the member's, and audits it in the member's server.
    pub async fn finish_check(
        &self,
        state: &CheckState,
        account: UserId,
        enabled: bool,
    ) -> Result<Result<Checked, StateProblem>, GateError> {
        let now = self.now();
        if now >= state.expires_at {
            return Ok(Err(StateProblem::Expired));
        }
        if state.member.is_some_and(|m| m.user != account) {
            return Ok(Err(StateProblem::OtherAccount));
        }
        if !self
            .repo()
            .spend_state(state.id, state.expires_at, now)
            .await?
        {
            return Ok(Err(StateProblem::Spent));
        }
        let check = Discord2fa {
            user: account,
            enabled,
            checked_at: now,
        };
        let audit = state.member.map(|member| AuditEntry {
            guild: member.guild,
            at: now,
            kind: AuditKind::Discord2faChecked,
            actor: Some(member.user),
            subject: Some(member.user),
            detail: format!("Discord 2FA {}", if enabled { "on" } else { "off" }),
        });
        let role = self
            .repo()
            .record_discord_2fa(check, audit.as_ref())
            .await?;
        Ok(Ok(Checked { check, role }))
    }

    /// The account's last check, if any.
    pub async fn discord_2fa(&self, user: UserId) -> Result<Option<Discord2fa>, GateError> {
        Ok(self.repo().discord_2fa(user).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::OsEntropy;
    use crate::gate::sealing::MasterKey;

    fn keyring() -> Keyring {
        Keyring::new(MasterKey::generate(&OsEntropy), Vec::new())
    }

    fn state(member: Option<Member>) -> CheckState {
        CheckState {
            id: StateId([7; 16]),
            member,
            locale: "pt-BR".into(),
            expires_at: Timestamp::from_unix(1_800_000_000),
        }
    }

    #[test]
    fn a_state_opens_as_sealed_and_only_with_its_key() {
        let keys = keyring();
        let member = Member::new(GuildId::new(11), UserId::new(22));
        for made in [state(Some(member)), state(None)] {
            let text = keys.seal_state(&made, &OsEntropy);
            assert!(
                text.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{text}"
            );
            assert!(text.len() < 160, "{} characters", text.len());
            assert_eq!(keys.open_state(&text), Some(made));
            assert_eq!(keyring().open_state(&text), None, "another key");
        }
    }

    #[test]
    fn an_altered_or_truncated_state_does_not_open() {
        let keys = keyring();
        let text = keys.seal_state(&state(None), &OsEntropy);
        let mut altered = text.clone().into_bytes();
        let middle = altered.len() / 2;
        altered[middle] = if altered[middle] == b'A' { b'B' } else { b'A' };
        assert_eq!(keys.open_state(&String::from_utf8(altered).unwrap()), None);
        assert_eq!(keys.open_state(&text[..text.len() - 4]), None);
        assert_eq!(keys.open_state(""), None);
        assert_eq!(keys.open_state("not base64 at all!"), None);
    }

    #[test]
    fn a_confirmation_counts_for_thirty_days_and_only_when_on() {
        let at = Timestamp::from_unix(1_000_000);
        let on = Discord2fa {
            user: UserId::new(1),
            enabled: true,
            checked_at: at,
        };
        assert!(on.confirmed_at(at.plus_secs(CONFIRMATION_VALID_SECS - 1)));
        assert!(!on.confirmed_at(at.plus_secs(CONFIRMATION_VALID_SECS)));
        assert!(
            !Discord2fa {
                enabled: false,
                ..on
            }
            .confirmed_at(at)
        );
    }
}
