//! Randomness as an input: TOTP secrets, backup codes, salts and nonces are drawn through
//! [`Entropy`], the operating system's CSPRNG in production.

/// Where the gate draws secret randomness.
pub trait Entropy: Send + Sync + 'static {
    fn fill(&self, buf: &mut [u8]);
}

/// The operating system's CSPRNG (getrandom), read directly for every secret.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn fill(&self, buf: &mut [u8]) {
        use rand::TryRng;
        // An OS CSPRNG that fails is not something the gate can work around; issuing a weak secret
        // instead would be worse than stopping.
        rand::rngs::SysRng
            .try_fill_bytes(buf)
            .expect("the operating system's random number generator failed");
    }
}
