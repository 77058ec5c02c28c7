//! Time-based one-time passwords (RFC 6238): secrets, the otpauth URI, the QR code, and step checks.
//!
//! Authenticator apps ignore every parameter but the secret, so the gate always uses SHA1, 6 digits
//! and 30-second steps. Replay protection is not here: [`check`] says which step a code matched, and
//! the service accepts each step at most once per member.

use std::fmt;

use totp_rs::{Algorithm, Builder, Secret};
use zeroize::Zeroizing;

use super::{Entropy, Timestamp};

/// Length of a TOTP secret: 160 bits, as RFC 4226 recommends.
pub const SECRET_LEN: usize = 20;
/// Digits in a code.
pub const DIGITS: u8 = 6;
/// Seconds per step.
pub const STEP_SECS: u64 = 30;
/// Steps accepted either side of the current one, for clock drift and typing time (RFC 6238 §5.2).
pub const SKEW_STEPS: u16 = 1;

/// A 30-second time step (Unix time / 30): the unit in which codes are accepted at most once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Step(u64);

impl Step {
    pub const fn new(raw: u64) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> u64 {
        self.0
    }
}

/// A member's TOTP secret. Never printed: `Debug` redacts it and there is no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Zeroizing<[u8; SECRET_LEN]>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret(<redacted>)")
    }
}

/// The bytes given are not a TOTP secret of the length the gate issues.
#[derive(Debug, thiserror::Error)]
#[error("a TOTP secret must be {SECRET_LEN} bytes, found {0}")]
pub struct BadSecretLength(usize);

impl TotpSecret {
    /// A fresh 160-bit secret from the given entropy source (the OS CSPRNG in production).
    pub fn generate(entropy: &dyn Entropy) -> Self {
        let mut bytes = Zeroizing::new([0u8; SECRET_LEN]);
        entropy.fill(bytes.as_mut());
        Self(bytes)
    }

    /// Rebuilds a secret from its raw bytes (after unsealing).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BadSecretLength> {
        let array: [u8; SECRET_LEN] = bytes.try_into().map_err(|_| BadSecretLength(bytes.len()))?;
        Ok(Self(Zeroizing::new(array)))
    }

    /// The raw bytes, for sealing only.
    pub fn expose_bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// The key a member types into an authenticator app by hand: base32, in groups of four.
    pub fn manual_key(&self) -> Zeroizing<String> {
        let plain = Zeroizing::new(base32_no_pad(self.expose_bytes()));
        let grouped = plain
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).expect("base32 is ASCII"))
            .collect::<Vec<_>>()
            .join(" ");
        Zeroizing::new(grouped)
    }

    /// The `otpauth://` URI that authenticator apps read from the QR code. The issuer (the server's
    /// name) and the account (the member's name) are cleaned of the `:` that the label format
    /// reserves as its separator.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> Zeroizing<String> {
        let totp = Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(DIGITS)
            .with_step_duration(STEP_SECS)
            .with_skew(SKEW_STEPS)
            .with_secret(Secret::new(Box::from(self.expose_bytes())))
            .with_issuer(Some(label_part(issuer, "Discord server")))
            .with_account_name(label_part(account, "member"))
            .build()
            .expect("gate parameters are RFC compliant and labels are cleaned");
        Zeroizing::new(totp.to_url().expect("account name is set and clean"))
    }
}

/// Issuer and account names may not contain `:` and must not be empty; Discord names may be either.
fn label_part(raw: &str, fallback: &str) -> String {
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == ':' { '-' } else { c })
        .collect::<String>()
        .trim()
        .chars()
        .take(64)
        .collect();
    if cleaned.is_empty() {
        fallback.to_owned()
    } else {
        cleaned
    }
}

/// RFC 4648 base32 without padding, as authenticator apps expect.
fn base32_no_pad(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Renders `text` as a QR code in PNG form, with a quiet zone, large enough to scan from a screen.
pub fn qr_png(text: &str) -> Vec<u8> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .expect("an otpauth URI fits in a QR code");
    let image = code
        .render::<image::Luma<u8>>()
        .min_dimensions(300, 300)
        .quiet_zone(true)
        .build();
    let mut png = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encoding a PNG in memory cannot fail");
    png
}

/// A 6-digit code as typed by a member: spaces are allowed ("123 456"), nothing else.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpCode(String);

impl fmt::Debug for TotpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpCode(<redacted>)")
    }
}

impl TotpCode {
    /// Parses a typed code. Input longer than a code could be is refused before it is copied.
    pub fn parse(input: &str) -> Option<Self> {
        if input.len() > 32 {
            return None;
        }
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == usize::from(DIGITS) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The step (time / 30 s) that `code` matches for `secret` at time `now`, checking the current step
/// and one either side. `None` when it matches none of them.
pub fn check(secret: &TotpSecret, code: &TotpCode, now: Timestamp) -> Option<Step> {
    let now = u64::try_from(now.unix()).ok()?;
    gate_totp(secret.expose_bytes(), Algorithm::SHA1, DIGITS)
        .check(code.as_str(), now)
        .map(Step)
}

/// The code an authenticator app shows for `secret` at `time`. Used by tests and benchmarks, which
/// play the member's side.
pub fn code_at(secret: &TotpSecret, time: Timestamp) -> String {
    let time = u64::try_from(time.unix()).unwrap_or(0);
    gate_totp(secret.expose_bytes(), Algorithm::SHA1, DIGITS)
        .generate(time)
        .to_string()
}

/// The step number for a time.
pub fn step_of(time: Timestamp) -> Step {
    Step(u64::try_from(time.unix()).unwrap_or(0) / STEP_SECS)
}

/// The one place the gate builds a TOTP generator, so the RFC vectors below exercise the same path.
fn gate_totp(secret: &[u8], algorithm: Algorithm, digits: u8) -> totp_rs::Totp {
    Builder::new()
        .with_algorithm(algorithm)
        .with_digits(digits)
        .with_step_duration(STEP_SECS)
        .with_skew(SKEW_STEPS)
        .with_secret(Secret::new(Box::from(secret)))
        .build()
        .expect("gate TOTP parameters are RFC compliant")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(len: usize) -> Vec<u8> {
        b"1234567890".iter().copied().cycle().take(len).collect()
    }

    #[test]
    fn rfc6238_appendix_b_vectors_pass_through_the_gate_code_path() {
        let table: [(u64, &str, &str, &str); 6] = [
            (59, "94287082", "46119246", "90693936"),
            (1111111109, "07081804", "68084774", "25091201"),
            (1111111111, "14050471", "67062674", "99943326"),
            (1234567890, "89005924", "91819424", "93441116"),
            (2000000000, "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        let mut checked = 0;
        for (time, sha1, sha256, sha512) in table {
            for (algorithm, len, expected) in [
                (Algorithm::SHA1, 20, sha1),
                (Algorithm::SHA256, 32, sha256),
                (Algorithm::SHA512, 64, sha512),
            ] {
                let totp = gate_totp(&seed(len), algorithm, 8);
                assert_eq!(
                    totp.generate(time).to_string(),
                    expected,
                    "{algorithm:?} at {time}"
                );
                assert!(
                    totp.check(expected, time).is_some(),
                    "{algorithm:?} check at {time}"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 18);
    }

    #[test]
    fn rfc4226_appendix_d_values_are_the_gate_codes_at_each_counter() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        let secret = TotpSecret::from_bytes(b"12345678901234567890").unwrap();
        for (counter, code) in expected.iter().enumerate() {
            let time = Timestamp::from_unix(counter as i64 * STEP_SECS as i64);
            assert_eq!(code_at(&secret, time), *code, "counter {counter}");
            let parsed = TotpCode::parse(code).unwrap();
            assert_eq!(check(&secret, &parsed, time), Some(Step(counter as u64)));
        }
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_not_two() {
        let secret = TotpSecret::from_bytes(&[7u8; 20]).unwrap();
        let now = Timestamp::from_unix(1_800_000_000);
        let step = step_of(now);
        for (offset, accepted) in [(-2i64, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = TotpCode::parse(&code_at(&secret, now.plus_secs(offset * 30))).unwrap();
            let matched = check(&secret, &code, now);
            if accepted {
                assert_eq!(matched, Some(Step((step.get() as i64 + offset) as u64)));
            } else {
                assert_eq!(matched, None, "offset {offset}");
            }
        }
    }

    #[test]
    fn manual_key_is_grouped_base32_of_the_secret() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890").unwrap();
        assert_eq!(
            secret.manual_key().as_str(),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
    }

    #[test]
    fn otpauth_uri_names_issuer_and_account_and_cleans_colons() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890").unwrap();
        let uri = secret.otpauth_uri("Rust: Community", "ferris");
        assert_eq!(
            uri.as_str(),
            "otpauth://totp/Rust-%20Community:ferris?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Rust-%20Community"
        );
    }

    #[test]
    fn generated_secrets_are_160_bits_and_differ() {
        let a = TotpSecret::generate(&crate::gate::OsEntropy);
        let b = TotpSecret::generate(&crate::gate::OsEntropy);
        assert_eq!(a.expose_bytes().len(), 20);
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "TotpSecret(<redacted>)");
    }

    #[test]
    fn code_parser_takes_six_digits_with_spaces_only() {
        assert!(TotpCode::parse("123456").is_some());
        assert!(TotpCode::parse(" 123 456 ").is_some());
        for bad in [
            "",
            "12345",
            "1234567",
            "12345a",
            "１２３４５６",
            "123-456",
            &"1".repeat(10_000),
        ] {
            assert!(TotpCode::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn qr_png_decodes_to_exactly_the_uri_with_an_independent_decoder() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890").unwrap();
        let uri = secret.otpauth_uri("Keygate Test Server", "ferris");
        let png = qr_png(&uri);
        let image = image::load_from_memory(&png).unwrap().to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(image);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, uri.as_str());
    }

    proptest::proptest! {
        #[test]
        fn code_parser_never_panics_and_only_yields_six_digits(input in ".{0,64}") {
            if let Some(code) = TotpCode::parse(&input) {
                proptest::prop_assert_eq!(code.as_str().len(), 6);
                proptest::prop_assert!(code.as_str().bytes().all(|b| b.is_ascii_digit()));
            }
        }
    }
}
