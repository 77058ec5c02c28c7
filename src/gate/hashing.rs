//! Argon2id hashing of backup codes, off the async runtime, on a pool bounded by the core count.
//!
//! Parameters are OWASP's: m = 19456 KiB, t = 2, p = 1, with a 16-byte random salt per code. A burst
//! of verifications waits for a permit instead of starving the runtime's threads (and with them the
//! gateway heartbeats and every other member's interaction).

use std::sync::{Arc, OnceLock};

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use super::Entropy;

/// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, two passes, one lane.
pub const MEMORY_KIB: u32 = 19_456;
pub const PASSES: u32 = 2;
pub const LANES: u32 = 1;
const SALT_LEN: usize = 16;

fn argon2() -> Argon2<'static> {
    let params =
        Params::new(MEMORY_KIB, PASSES, LANES, Some(32)).expect("OWASP parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// An argon2id hash in PHC string form (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct Phc(String);

impl std::fmt::Debug for Phc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Phc(<argon2id hash>)")
    }
}

impl Phc {
    /// A PHC string read back from storage.
    pub fn from_stored(text: String) -> Self {
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Hashes `secret` with a fresh salt.
pub fn hash_blocking(secret: &[u8], entropy: &dyn Entropy) -> Phc {
    let mut salt = [0u8; SALT_LEN];
    entropy.fill(&mut salt);
    Phc(argon2()
        .hash_password_with_salt(secret, &salt)
        .expect("hashing with valid parameters and salt cannot fail")
        .to_string())
}

/// Checks `secret` against a PHC string in constant time. A malformed PHC string is a mismatch.
pub fn verify_blocking(secret: &[u8], phc: &Phc) -> bool {
    argon2().verify_password(secret, phc.0.as_str()).is_ok()
}

/// A hash of random bytes, checked when a member has no stored hash in the slot they named, so a
/// wrong code costs the same single evaluation whether or not the slot exists.
fn dummy_phc() -> &'static Phc {
    static DUMMY: OnceLock<Phc> = OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking(b"keygate-dummy-code", &super::OsEntropy))
}

/// The bounded pool of argon2 workers.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    entropy: Arc<dyn Entropy>,
}

impl Hasher {
    /// A pool that runs at most `parallelism` hashes at once (use the core count).
    pub fn new(parallelism: usize, entropy: Arc<dyn Entropy>) -> Self {
        // Computed now, so no member's attempt pays for it.
        dummy_phc();
        Self {
            permits: Arc::new(Semaphore::new(parallelism.max(1))),
            entropy,
        }
    }

    /// A pool sized to the machine's cores.
    pub fn for_this_machine(entropy: Arc<dyn Entropy>) -> Self {
        let cores = std::thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(2);
        Self::new(cores, entropy)
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> T {
        let _permit = self
            .permits
            .acquire()
            .await
            .expect("the hashing semaphore is never closed");
        tokio::task::spawn_blocking(work)
            .await
            .expect("an argon2 task panicked")
    }

    /// Hashes each secret (in parallel up to the pool's bound).
    pub async fn hash_all(&self, secrets: Vec<Zeroizing<Vec<u8>>>) -> Vec<Phc> {
        let jobs = secrets.into_iter().map(|secret| {
            let entropy = self.entropy.clone();
            self.run(move || hash_blocking(&secret, entropy.as_ref()))
        });
        futures_util::future::join_all(jobs).await
    }

    /// One argon2 evaluation: `secret` against `phc`, or against a dummy hash when there is none.
    pub async fn verify(&self, secret: Zeroizing<Vec<u8>>, phc: Option<Phc>) -> bool {
        self.run(move || match phc {
            Some(phc) => verify_blocking(&secret, &phc),
            None => {
                verify_blocking(&secret, dummy_phc());
                false
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::OsEntropy;

    #[test]
    fn hashes_use_argon2id_with_owasp_parameters_and_unique_salts() {
        let a = hash_blocking(b"1ABC-DEFG", &OsEntropy);
        let b = hash_blocking(b"1ABC-DEFG", &OsEntropy);
        assert!(
            a.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{a:?}"
        );
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify_blocking(b"1ABC-DEFG", &a));
        assert!(!verify_blocking(b"1ABC-DEFH", &a));
        assert!(!verify_blocking(
            b"1ABC-DEFG",
            &Phc::from_stored("not a phc string".into())
        ));
    }

    #[tokio::test]
    async fn the_pool_hashes_and_verifies_and_a_missing_hash_never_matches() {
        let hasher = Hasher::new(2, Arc::new(OsEntropy));
        let hashes = hasher
            .hash_all(vec![
                Zeroizing::new(b"one".to_vec()),
                Zeroizing::new(b"two".to_vec()),
            ])
            .await;
        assert_eq!(hashes.len(), 2);
        assert!(
            hasher
                .verify(Zeroizing::new(b"one".to_vec()), Some(hashes[0].clone()))
                .await
        );
        assert!(
            !hasher
                .verify(Zeroizing::new(b"one".to_vec()), Some(hashes[1].clone()))
                .await
        );
        assert!(
            !hasher
                .verify(Zeroizing::new(b"keygate-dummy-code".to_vec()), None)
                .await
        );
    }
}
