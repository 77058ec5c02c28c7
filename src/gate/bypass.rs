//! `/gate bypass`: a moderator's one-time code for a member who lost their phone.
//!
//! The code lets its member pass a gate once within 24 hours, typed where an authenticator code
//! goes; spending it also deletes the member's enrollment and backup codes, so they set up an
//! authenticator app afresh before they pass again. Only its argon2id hash is stored, one per
//! member (a new code replaces the old), and it is checked and spent like a backup code: throttled,
//! one hash per attempt, spent once even under concurrent use. It never changes the factor: where
//! only a fresh authenticator code is accepted, it is refused.
//!
//! A code is `KG` and 16 symbols of Crockford's base32 (80 random bits), shown as
//! `KG-XXXX-XXXX-XXXX-XXXX`; the prefix and length set it apart from the other codes.

use std::fmt;

use zeroize::Zeroizing;

use super::audit::AuditKind;
use super::outcome::GateError;
use super::repository::{Change, Repository};
use super::service::Gate;
use super::{Entropy, Member, Timestamp, UserId};

/// How long a one-time code works.
pub const BYPASS_TTL_SECS: i64 = 24 * 60 * 60;
const PREFIX: &str = "KG";
const RANDOM_SYMBOLS: usize = 16;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const _: () = assert!(RANDOM_SYMBOLS * 5 >= 64);

/// A one-time code in canonical form (`KG` and 16 symbols, no separators). Never printed by
/// `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct BypassCode(Zeroizing<String>);

impl fmt::Debug for BypassCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BypassCode(<redacted>)")
    }
}

impl BypassCode {
    /// Draws a new code from the CSPRNG.
    pub fn generate(entropy: &dyn Entropy) -> Self {
        let mut random = Zeroizing::new([0u8; RANDOM_SYMBOLS]);
        entropy.fill(random.as_mut());
        let mut text = Zeroizing::new(String::with_capacity(PREFIX.len() + RANDOM_SYMBOLS));
        text.push_str(PREFIX);
        // 256 is a multiple of 32, so masking each byte to 5 bits is unbiased.
        for byte in random.iter() {
            text.push(char::from(ALPHABET[usize::from(byte & 31)]));
        }
        Self(text)
    }

    /// Reads what a member typed: any case, with or without spaces and dashes, Crockford's
    /// look-alikes read as digits. `None`: not a one-time code.
    pub fn parse(input: &str) -> Option<Self> {
        if input.len() > 64 {
            return None;
        }
        let mut canonical = Zeroizing::new(String::with_capacity(PREFIX.len() + RANDOM_SYMBOLS));
        for c in input.chars() {
            if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—') {
                continue;
            }
            if !c.is_ascii() {
                return None;
            }
            canonical.push(c.to_ascii_uppercase());
        }
        let random = canonical.strip_prefix(PREFIX)?;
        if random.len() != RANDOM_SYMBOLS {
            return None;
        }
        let mut fixed = Zeroizing::new(String::from(PREFIX));
        for c in random.chars() {
            let symbol = match c {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            if !ALPHABET.contains(&(symbol as u8)) {
                return None;
            }
            fixed.push(symbol);
        }
        Some(Self(fixed))
    }

    /// The bytes that are hashed.
    pub fn expose_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The code as the moderator reads it out: `KG-XXXX-XXXX-XXXX-XXXX`.
    pub fn grouped(&self) -> Zeroizing<String> {
        let (prefix, random) = self.0.split_at(PREFIX.len());
        let groups: Vec<&str> = random
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).expect("codes are ASCII"))
            .collect();
        Zeroizing::new(format!("{prefix}-{}", groups.join("-")))
    }
}

/// A one-time code just issued: shown once to the moderator, then only its hash remains.
#[derive(Debug)]
pub struct IssuedBypass {
    pub code: BypassCode,
    pub expires_at: Timestamp,
}

impl<R: Repository> Gate<R> {
    /// Issues a one-time code for `member` (replacing any earlier one), audited with the
    /// moderator who asked and, with two-person approval, the one who approved. Refused for a
    /// member without an authenticator set up here: they can set one up with `/verify` at once.
    /// Whether the member has a confirmed authenticator here.
    pub async fn is_enrolled(&self, member: Member) -> Result<bool, GateError> {
        Ok(self
            .repo()
            .enrollment(member)
            .await?
            .is_some_and(|r| r.confirmed_at.is_some()))
    }

    pub async fn issue_bypass(
        &self,
        member: Member,
        moderator: UserId,
        approved_by: Option<UserId>,
    ) -> Result<IssuedBypass, GateError> {
        if !self.is_enrolled(member).await? {
            return Err(GateError::NotEnrolled);
        }
        let code = BypassCode::generate(self.entropy());
        let phc = self
            .hasher()
            .hash_all(vec![Zeroizing::new(code.expose_bytes().to_vec())])
            .await
            .pop()
            .expect("one hash for one secret");
        let expires_at = self.now().plus_secs(BYPASS_TTL_SECS);
        let approval = approved_by.map_or_else(String::new, |a| format!(", approved by {a}"));
        let audit = self.entry(
            member,
            AuditKind::BypassIssued,
            Some(moderator),
            format!(
                "one-time code issued, valid until {}{approval}",
                expires_at.unix()
            ),
        );
        self.repo()
            .save_bypass(Change::new(member, &audit), &phc, approved_by, expires_at)
            .await?;
        Ok(IssuedBypass { code, expires_at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::OsEntropy;

    #[test]
    fn codes_read_back_in_any_case_and_grouping_and_differ_from_backup_codes() {
        let code = BypassCode::generate(&OsEntropy);
        let shown = code.grouped();
        assert_eq!(shown.len(), 22, "{}", shown.as_str());
        assert!(shown.starts_with("KG-"));
        assert_eq!(BypassCode::parse(&shown), Some(code.clone()));
        assert_eq!(
            BypassCode::parse(&shown.to_lowercase().replace('-', " ")),
            Some(code.clone())
        );
        assert!(super::super::backup_codes::BackupCode::parse(&shown).is_none());
        assert!(BypassCode::parse("KG-1234").is_none());
        assert!(BypassCode::parse("1ABC-DEFG-HJKM-NPQR").is_none());
        assert!(BypassCode::parse("123456").is_none());
        assert!(BypassCode::parse("KG-UUUU-UUUU-UUUU-UUUU").is_none());
        assert_ne!(BypassCode::generate(&OsEntropy), code);
        assert_eq!(format!("{code:?}"), "BypassCode(<redacted>)");
    }
}
