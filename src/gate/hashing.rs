//! Argon2id hashing of backup codes, off the async runtime, in bounded memory.
//!
//! Parameters are OWASP's: m = 19456 KiB, t = 2, p = 1, with a 16-byte random salt per code. The
//! [`Hasher`] is a fixed set of threads, each owning one 19 MiB block of argon2 memory that it
//! reuses for every hash, so a raid of enrollments neither grows the process (19 MiB per thread,
//! not per attempt) nor starves the async runtime: a burst waits in the queue, and the threads run
//! at a priority that lets the runtime's threads (gateway heartbeats, every other member's
//! interaction) go first.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::oneshot;
use zeroize::Zeroizing;

use super::Entropy;

/// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, two passes, one lane.
pub const MEMORY_KIB: u32 = 19_456;
pub const PASSES: u32 = 2;
pub const LANES: u32 = 1;
const SALT_LEN: usize = 16;
const OUTPUT_LEN: usize = 32;

fn params() -> Params {
    Params::new(MEMORY_KIB, PASSES, LANES, Some(OUTPUT_LEN)).expect("OWASP parameters are valid")
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
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

/// One thread's argon2 memory, allocated once and reused for every hash.
pub struct Memory(Vec<Block>);

impl Memory {
    pub fn new() -> Self {
        Self(vec![Block::default(); params().block_count()])
    }
}

impl Default for Memory {
    fn default() -> Self {
        Self::new()
    }
}

/// Hashes `secret` with `salt` into `memory`: the PHC string argon2's own `hash_password` makes.
pub fn hash_with(memory: &mut Memory, secret: &[u8], salt: &[u8; SALT_LEN]) -> Phc {
    let mut out = [0u8; OUTPUT_LEN];
    argon2()
        .hash_password_into_with_memory(secret, salt, &mut out, &mut memory.0)
        .expect("hashing with valid parameters and salt cannot fail");
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params()).expect("OWASP parameters encode"),
        salt: Some(Salt::new(salt).expect("a 16-byte salt is valid")),
        hash: Some(Output::new(&out).expect("a 32-byte output is valid")),
    };
    Phc(hash.to_string())
}

/// Checks `secret` against a PHC string in constant time, in `memory`. A malformed PHC string, or
/// one with other parameters than Keygate's, is a mismatch.
pub fn verify_with(memory: &mut Memory, secret: &[u8], phc: &Phc) -> bool {
    let Ok(hash) = PasswordHash::new(phc.as_str()) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let same_parameters = hash.algorithm == Algorithm::Argon2id.ident()
        && hash.version == Some(Version::V0x13.into())
        && Params::try_from(&hash).is_ok_and(|p| p == params());
    if !same_parameters || expected.len() != OUTPUT_LEN {
        return false;
    }
    let mut out = [0u8; OUTPUT_LEN];
    if argon2()
        .hash_password_into_with_memory(secret, &salt, &mut out, &mut memory.0)
        .is_err()
    {
        return false;
    }
    // `Output`'s equality is constant-time.
    Output::new(&out).is_ok_and(|actual| actual == expected)
}

/// Hashes `secret` with a fresh salt, allocating its own memory (for tests and one-off hashes).
pub fn hash_blocking(secret: &[u8], entropy: &dyn Entropy) -> Phc {
    let mut salt = [0u8; SALT_LEN];
    entropy.fill(&mut salt);
    hash_with(&mut Memory::new(), secret, &salt)
}

/// [`verify_with`], allocating its own memory (for tests and benchmarks).
pub fn verify_blocking(secret: &[u8], phc: &Phc) -> bool {
    verify_with(&mut Memory::new(), secret, phc)
}

/// A hash of random bytes, checked when a member has no stored hash in the slot they named, so a
/// wrong code costs the same single evaluation whether or not the slot exists.
fn dummy_phc() -> &'static Phc {
    static DUMMY: OnceLock<Phc> = OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking(b"keygate-dummy-code", &super::OsEntropy))
}

/// How the hashing threads are scheduled against the rest of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    /// Like every other thread.
    Normal,
    /// Linux `SCHED_BATCH` at nice 19: the async runtime's threads go first whenever they want a
    /// core, idle cores still do all the hashing, and hashing never stops altogether while other
    /// programs keep the cores busy.
    Background,
    /// Linux `SCHED_IDLE`: the threads run only when nothing else wants the core (measured for
    /// comparison; it can stall hashing while another program is busy).
    Idle,
}

/// How many threads hash, and at what priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolShape {
    pub threads: usize,
    pub priority: Priority,
}

impl PoolShape {
    /// One thread per core, in the background: `BENCHMARKS.md` has the measurement behind it.
    pub fn for_this_machine() -> Self {
        Self::with_threads(None)
    }

    /// `threads` threads (`KEYGATE_HASH_THREADS`), or one per core up to [`MAX_THREADS`], in
    /// the background.
    pub fn with_threads(threads: Option<usize>) -> Self {
        Self {
            threads: threads.unwrap_or_else(|| cores().min(MAX_THREADS)),
            priority: Priority::Background,
        }
    }
}

/// The most hashing threads a process runs (19 MiB of memory each): `KEYGATE_HASH_THREADS` may
/// not ask for more, and a machine with more cores gets this many by default.
pub const MAX_THREADS: usize = 64;

/// The cores this process may use (its CPU quota, where one is set).
pub fn cores() -> usize {
    std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(2)
}

enum Job {
    Hash {
        secret: Zeroizing<Vec<u8>>,
        salt: [u8; SALT_LEN],
        done: oneshot::Sender<Phc>,
    },
    Verify {
        secret: Zeroizing<Vec<u8>>,
        phc: Option<Phc>,
        done: oneshot::Sender<bool>,
    },
}

struct Shared {
    jobs: mpsc::Sender<(std::time::Instant, Job)>,
    evaluations: AtomicU64,
    queued: Arc<AtomicUsize>,
}

/// The fixed pool of argon2 threads. Cheap to clone; the threads end when the last clone drops.
#[derive(Clone)]
pub struct Hasher {
    shared: Arc<Shared>,
    entropy: Arc<dyn Entropy>,
}

impl Hasher {
    /// Starts `shape.threads` threads (at least one), each with its own argon2 memory.
    pub fn new(shape: PoolShape, entropy: Arc<dyn Entropy>) -> Self {
        // Computed now, so no member's attempt pays for it.
        dummy_phc();
        let (tx, rx) = mpsc::channel::<(std::time::Instant, Job)>();
        let rx = Arc::new(Mutex::new(rx));
        let queued = Arc::new(AtomicUsize::new(0));
        for n in 0..shape.threads.max(1) {
            let (rx, queued) = (rx.clone(), queued.clone());
            std::thread::Builder::new()
                .name(format!("keygate-argon2-{n}"))
                .spawn(move || work(&rx, &queued, shape.priority))
                .expect("start a hashing thread");
        }
        Self {
            shared: Arc::new(Shared {
                jobs: tx,
                evaluations: AtomicU64::new(0),
                queued,
            }),
            entropy,
        }
    }

    /// A pool shaped for this machine ([`PoolShape::for_this_machine`]).
    pub fn for_this_machine(entropy: Arc<dyn Entropy>) -> Self {
        Self::new(PoolShape::for_this_machine(), entropy)
    }

    /// How many argon2 evaluations (hashes and verifications) this pool has run or queued.
    pub fn evaluations(&self) -> u64 {
        self.shared.evaluations.load(Ordering::Relaxed)
    }

    /// How many evaluations wait for a thread or run right now.
    pub fn queued(&self) -> usize {
        self.shared.queued.load(Ordering::Relaxed)
    }

    fn submit(&self, job: Job) {
        self.shared.evaluations.fetch_add(1, Ordering::Relaxed);
        self.shared.queued.fetch_add(1, Ordering::Relaxed);
        self.shared
            .jobs
            .send((std::time::Instant::now(), job))
            .expect("the hashing threads run while a Hasher exists");
    }

    /// The job's result; `None` if hashing it panicked (the thread survives and goes on).
    async fn finished<T>(&self, done: oneshot::Receiver<T>) -> Option<T> {
        done.await.ok()
    }

    /// Hashes each secret (in parallel up to the pool's threads).
    pub async fn hash_all(&self, secrets: Vec<Zeroizing<Vec<u8>>>) -> Vec<Phc> {
        let pending: Vec<_> = secrets
            .into_iter()
            .map(|secret| {
                let mut salt = [0u8; SALT_LEN];
                self.entropy.fill(&mut salt);
                let (done, result) = oneshot::channel();
                self.submit(Job::Hash { secret, salt, done });
                result
            })
            .collect();
        let mut hashes = Vec::with_capacity(pending.len());
        for result in pending {
            // Hashing fixed, valid parameters does not fail; if it ever did, storing a set with
            // a missing code would be worse than stopping this one request.
            hashes.push(self.finished(result).await.expect("argon2 hashing failed"));
        }
        hashes
    }

    /// One argon2 evaluation: `secret` against `phc`, or against a dummy hash when there is none.
    pub async fn verify(&self, secret: Zeroizing<Vec<u8>>, phc: Option<Phc>) -> bool {
        let (done, result) = oneshot::channel();
        self.submit(Job::Verify { secret, phc, done });
        // A verification that failed to run is a mismatch: closed, never open.
        self.finished(result).await.unwrap_or(false)
    }
}

/// A hashing thread: takes jobs until the pool is dropped, always in the same memory. A job that
/// panics drops its reply (the caller sees it) and the thread goes on.
fn work(
    jobs: &Mutex<mpsc::Receiver<(std::time::Instant, Job)>>,
    queued: &AtomicUsize,
    priority: Priority,
) {
    lower_priority(priority);
    let mut memory = Memory::new();
    loop {
        let job = jobs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .recv();
        let Ok((submitted, job)) = job else { return };
        metrics::histogram!(crate::metrics::HASH_WAIT_SECONDS)
            .record(submitted.elapsed().as_secs_f64());
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run(&mut memory, job, queued)
        }));
        if ran.is_err() {
            queued.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// Runs one job; the queue count drops before the reply goes out, so whoever reads the reply
/// sees the queue without it.
fn run(memory: &mut Memory, job: Job, queued: &AtomicUsize) {
    // A receiver that went away (the member's interaction was dropped) is not an error.
    match job {
        Job::Hash { secret, salt, done } => {
            let phc = hash_with(memory, &secret, &salt);
            queued.fetch_sub(1, Ordering::Relaxed);
            let _ = done.send(phc);
        }
        Job::Verify { secret, phc, done } => {
            let matched = match phc {
                Some(phc) => verify_with(memory, &secret, &phc),
                None => {
                    verify_with(memory, &secret, dummy_phc());
                    false
                }
            };
            queued.fetch_sub(1, Ordering::Relaxed);
            let _ = done.send(matched);
        }
    }
}

/// Moves the calling thread to the scheduling `priority` asks for (Linux; elsewhere it stays).
fn lower_priority(priority: Priority) {
    #[cfg(target_os = "linux")]
    {
        let policy = match priority {
            Priority::Normal => return,
            Priority::Background => libc::SCHED_BATCH,
            Priority::Idle => libc::SCHED_IDLE,
        };
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: pid 0 names the calling thread; `param` is a valid sched_param for the call.
        let mut changed = unsafe { libc::sched_setscheduler(0, policy, &param) } == 0;
        if priority == Priority::Background {
            // SAFETY: gettid has no preconditions; setpriority on a thread id changes that
            // thread's nice value only (Linux keeps nice values per thread).
            let thread = unsafe { libc::syscall(libc::SYS_gettid) } as libc::id_t;
            changed &= unsafe { libc::setpriority(libc::PRIO_PROCESS, thread, 19) } == 0;
        }
        if !changed {
            tracing::warn!("could not lower the hashing threads' priority; they run normally");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = priority;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::OsEntropy;
    use argon2::PasswordHasher;

    #[test]
    fn hashes_use_argon2id_with_owasp_parameters_unique_salts_and_argons_own_format() {
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
        // Reused memory gives what argon2's allocating path gives, for the same salt.
        let salt = [7u8; SALT_LEN];
        let reference = argon2()
            .hash_password_with_salt(b"1ABC-DEFG", &salt)
            .unwrap()
            .to_string();
        let mut memory = Memory::new();
        hash_with(&mut memory, b"something else", &[1u8; SALT_LEN]);
        assert_eq!(
            hash_with(&mut memory, b"1ABC-DEFG", &salt).as_str(),
            reference
        );
    }

    #[test]
    fn other_parameters_are_a_mismatch_not_a_weaker_check() {
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8, 1, 1, Some(OUTPUT_LEN)).unwrap(),
        )
        .hash_password_with_salt(b"code", &[3u8; SALT_LEN])
        .unwrap()
        .to_string();
        assert!(!verify_blocking(b"code", &Phc::from_stored(weak)));
    }

    #[tokio::test]
    async fn the_pool_hashes_verifies_counts_and_a_missing_hash_never_matches() {
        let shape = PoolShape {
            threads: 2,
            priority: Priority::Background,
        };
        let hasher = Hasher::new(shape, Arc::new(OsEntropy));
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
        assert_eq!(hasher.evaluations(), 5);
        assert_eq!(hasher.queued(), 0);
    }
}
