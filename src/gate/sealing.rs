//! Encryption of TOTP secrets at rest (XChaCha20-Poly1305).
//!
//! The key lives outside the database (environment or key file). Each sealed secret records the id
//! of the key that sealed it, so keys can be rotated, and binds its guild and user ids as associated
//! data, so a row copied onto another member or server no longer opens.

use std::fmt;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::totp::TotpSecret;
use super::{Entropy, Member};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 24;

/// A short public fingerprint of a master key, stored beside each sealed secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(u32);

impl KeyId {
    pub const fn from_raw(raw: u32) -> Self {
        Self(raw)
    }

    pub const fn raw(self) -> u32 {
        self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08x}", self.0)
    }
}

/// A 256-bit master key. `Debug` shows only its id.
#[derive(Clone)]
pub struct MasterKey {
    id: KeyId,
    key: Zeroizing<[u8; KEY_LEN]>,
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MasterKey(id {})", self.id)
    }
}

/// Why a master key could not be read. Never includes the key material.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyParseError {
    #[error("it is not base64 (generate one with `openssl rand -base64 32`)")]
    NotBase64,
    #[error(
        "it decodes to {0} bytes; a key is exactly 32 random bytes in base64 (`openssl rand -base64 32`)"
    )]
    WrongLength(usize),
}

impl MasterKey {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        let digest = Sha256::new()
            .chain_update(b"keygate master key id v1")
            .chain_update(bytes)
            .finalize();
        let id = KeyId(u32::from_be_bytes([
            digest[0], digest[1], digest[2], digest[3],
        ]));
        Self {
            id,
            key: Zeroizing::new(bytes),
        }
    }

    /// Parses the base64 form used in `KEYGATE_MASTER_KEY` and the key file.
    pub fn from_base64(text: &str) -> Result<Self, KeyParseError> {
        let decoded = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|_| KeyParseError::NotBase64)?,
        );
        let bytes: [u8; KEY_LEN] = decoded
            .as_slice()
            .try_into()
            .map_err(|_| KeyParseError::WrongLength(decoded.len()))?;
        Ok(Self::from_bytes(bytes))
    }

    /// A fresh key from the entropy source.
    pub fn generate(entropy: &dyn Entropy) -> Self {
        let mut bytes = [0u8; KEY_LEN];
        entropy.fill(&mut bytes);
        let key = Self::from_bytes(bytes);
        zeroize::Zeroize::zeroize(&mut bytes);
        key
    }

    /// The base64 form, for writing a new key file.
    pub fn to_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(self.key.as_ref()))
    }

    pub fn id(&self) -> KeyId {
        self.id
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new_from_slice(self.key.as_ref()).expect("key is 32 bytes")
    }
}

/// A TOTP secret as stored: key id, nonce and ciphertext (with its tag).
#[derive(Clone, PartialEq, Eq)]
pub struct Sealed {
    pub key_id: KeyId,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl fmt::Debug for Sealed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Sealed(key {}, {} bytes)",
            self.key_id,
            self.ciphertext.len()
        )
    }
}

/// Why a sealed secret did not open. Each names the fix for the operator.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    #[error(
        "this secret was sealed with master key {found}, but the loaded key is {loaded}: \
         set KEYGATE_MASTER_KEY (or the key file) to the key this database was created with"
    )]
    UnknownKey { found: KeyId, loaded: KeyId },
    #[error(
        "this secret did not decrypt with master key {0}: the row was altered, copied to another \
         member, or the database was restored with a different key"
    )]
    Tampered(KeyId),
}

/// The loaded master keys: the current one seals; it and any previous ones open.
#[derive(Debug, Clone)]
pub struct Keyring {
    current: MasterKey,
    previous: Vec<MasterKey>,
}

impl Keyring {
    pub fn new(current: MasterKey, previous: Vec<MasterKey>) -> Self {
        Self { current, previous }
    }

    pub fn current_id(&self) -> KeyId {
        self.current.id()
    }

    /// How many previous keys (which open, but no longer seal) are loaded.
    pub fn previous_count(&self) -> usize {
        self.previous.len()
    }

    pub fn knows(&self, id: KeyId) -> bool {
        self.key(id).is_some()
    }

    fn key(&self, id: KeyId) -> Option<&MasterKey> {
        std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id() == id)
    }

    /// Seals `secret` for one member of one guild.
    pub fn seal(&self, secret: &TotpSecret, member: Member, entropy: &dyn Entropy) -> Sealed {
        let mut nonce = [0u8; NONCE_LEN];
        entropy.fill(&mut nonce);
        let aad = associated_data(member);
        let ciphertext = self
            .current
            .cipher()
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: secret.expose_bytes(),
                    aad: &aad,
                },
            )
            .expect("encrypting 20 bytes cannot fail");
        Sealed {
            key_id: self.current.id(),
            nonce: nonce.to_vec(),
            ciphertext,
        }
    }

    /// Opens a sealed secret; fails clearly with the wrong key or the wrong member, never yielding a
    /// garbage secret (the AEAD tag guarantees that).
    pub fn open(&self, sealed: &Sealed, member: Member) -> Result<TotpSecret, SealError> {
        let key = self.key(sealed.key_id).ok_or(SealError::UnknownKey {
            found: sealed.key_id,
            loaded: self.current.id(),
        })?;
        let nonce: [u8; NONCE_LEN] = sealed
            .nonce
            .as_slice()
            .try_into()
            .map_err(|_| SealError::Tampered(key.id()))?;
        let aad = associated_data(member);
        let plain = Zeroizing::new(
            key.cipher()
                .decrypt(
                    &XNonce::from(nonce),
                    Payload {
                        msg: &sealed.ciphertext,
                        aad: &aad,
                    },
                )
                .map_err(|_| SealError::Tampered(key.id()))?,
        );
        TotpSecret::from_bytes(&plain).map_err(|_| SealError::Tampered(key.id()))
    }
}

impl Keyring {
    /// Seals a short value for `purpose` (a state in a URL, say) with a key derived from the
    /// current master key for that purpose alone, as URL-safe base64 text.
    pub(super) fn seal_bytes(&self, purpose: &str, plain: &[u8], entropy: &dyn Entropy) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        entropy.fill(&mut nonce);
        let ciphertext = self
            .current
            .derived(purpose)
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plain,
                    aad: purpose.as_bytes(),
                },
            )
            .expect("encrypting a short value cannot fail");
        let mut sealed = Vec::with_capacity(4 + NONCE_LEN + ciphertext.len());
        sealed.extend_from_slice(&self.current.id().raw().to_be_bytes());
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sealed)
    }

    /// Opens what [`Keyring::seal_bytes`] sealed for the same `purpose` with a loaded key;
    /// `None` for anything else.
    pub(super) fn open_bytes(&self, purpose: &str, text: &str) -> Option<Zeroizing<Vec<u8>>> {
        let sealed = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .ok()?;
        if sealed.len() < 4 + NONCE_LEN {
            return None;
        }
        let (id, rest) = sealed.split_at(4);
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let key = self.key(KeyId::from_raw(u32::from_be_bytes(id.try_into().ok()?)))?;
        let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
        key.derived(purpose)
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: ciphertext,
                    aad: purpose.as_bytes(),
                },
            )
            .ok()
            .map(Zeroizing::new)
    }
}

impl MasterKey {
    /// A key for one purpose other than TOTP secrets, derived from this one (SHA-256 of a label
    /// and the key), so a value sealed for one purpose never opens as another.
    fn derived(&self, purpose: &str) -> XChaCha20Poly1305 {
        let mut hasher = Sha256::new();
        hasher.update(b"keygate derived key v1|");
        hasher.update(purpose.as_bytes());
        hasher.update(b"|");
        hasher.update(self.key.as_ref());
        let key = Zeroizing::new(<[u8; KEY_LEN]>::from(hasher.finalize()));
        XChaCha20Poly1305::new_from_slice(key.as_ref()).expect("key is 32 bytes")
    }
}

fn associated_data(member: Member) -> Vec<u8> {
    format!(
        "keygate totp secret v1|guild {}|user {}",
        member.guild, member.user
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::{GuildId, OsEntropy, UserId};

    fn member(guild: u64, user: u64) -> Member {
        Member::new(GuildId::new(guild), UserId::new(user))
    }

    fn keyring() -> Keyring {
        Keyring::new(MasterKey::generate(&OsEntropy), vec![])
    }

    #[test]
    fn a_sealed_secret_opens_for_the_same_member_only() {
        let ring = keyring();
        let secret = TotpSecret::generate(&OsEntropy);
        let sealed = ring.seal(&secret, member(1, 2), &OsEntropy);
        assert_ne!(sealed.ciphertext[..20], *secret.expose_bytes());
        assert_eq!(ring.open(&sealed, member(1, 2)).unwrap(), secret);
        for stranger in [member(1, 3), member(9, 2)] {
            let opened = ring.open(&sealed, stranger);
            assert!(
                matches!(opened, Err(SealError::Tampered(_))),
                "{stranger:?}"
            );
        }
    }

    #[test]
    fn a_different_key_is_named_not_silently_misread() {
        let secret = TotpSecret::generate(&OsEntropy);
        let sealed = keyring().seal(&secret, member(1, 2), &OsEntropy);
        let other = keyring();
        let err = other.open(&sealed, member(1, 2)).unwrap_err();
        assert!(matches!(err, SealError::UnknownKey { .. }));
        assert!(err.to_string().contains("KEYGATE_MASTER_KEY"));
    }

    #[test]
    fn a_flipped_bit_is_detected() {
        let ring = keyring();
        let secret = TotpSecret::generate(&OsEntropy);
        let mut sealed = ring.seal(&secret, member(1, 2), &OsEntropy);
        sealed.ciphertext[0] ^= 1;
        let opened = ring.open(&sealed, member(1, 2));
        assert!(matches!(opened, Err(SealError::Tampered(_))));
    }

    #[test]
    fn previous_keys_still_open_after_rotation() {
        let old = MasterKey::generate(&OsEntropy);
        let secret = TotpSecret::generate(&OsEntropy);
        let sealed = Keyring::new(old.clone(), vec![]).seal(&secret, member(1, 2), &OsEntropy);
        let rotated = Keyring::new(MasterKey::generate(&OsEntropy), vec![old]);
        assert_eq!(rotated.open(&sealed, member(1, 2)).unwrap(), secret);
    }

    #[test]
    fn keys_parse_from_base64_and_say_what_is_wrong() {
        let key = MasterKey::generate(&OsEntropy);
        let again = MasterKey::from_base64(&key.to_base64()).unwrap();
        assert_eq!(again.id(), key.id());
        assert_eq!(
            MasterKey::from_base64("not base64!").unwrap_err(),
            KeyParseError::NotBase64
        );
        assert_eq!(
            MasterKey::from_base64("AAAA").unwrap_err(),
            KeyParseError::WrongLength(3)
        );
        assert!(!format!("{key:?}").contains(key.to_base64().as_str()));
    }
}
