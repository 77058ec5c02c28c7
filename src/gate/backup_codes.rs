//! Backup codes: generation, the typed form members enter, and the slot tag that picks one hash.
//!
//! A code is 16 symbols of Crockford's base32 shown as `XXXX-XXXX-XXXX-XXXX`. The first symbol is a
//! public slot tag (0-9) naming which of the member's ten stored hashes to check, so a guess costs
//! one argon2 evaluation however many codes remain. The other 15 symbols carry 75 random bits from
//! the CSPRNG (NIST 800-63B asks for at least 64).

use std::fmt;

use zeroize::Zeroizing;

use super::Entropy;

/// Codes in one set.
pub const SET_SIZE: usize = 10;
/// Random symbols after the slot tag.
const RANDOM_SYMBOLS: usize = 15;
/// Symbols in a whole code.
pub const CODE_SYMBOLS: usize = RANDOM_SYMBOLS + 1;
/// Warn the member when this many or fewer codes remain.
pub const LOW_WATER: u32 = 2;

// NIST 800-63B §4.2.1.1: at least 64 random bits per code; five bits per symbol.
const _: () = assert!(RANDOM_SYMBOLS * 5 >= 64 && ALPHABET.len() == 32);

/// Crockford's base32: no I, L, O or U, so codes read aloud or copied by hand stay unambiguous.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Which stored hash a code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot(u8);

impl Slot {
    pub fn new(index: u8) -> Option<Self> {
        (usize::from(index) < SET_SIZE).then_some(Self(index))
    }

    pub fn index(self) -> u8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Slot> {
        (0..SET_SIZE as u8).map(Slot)
    }
}

/// A backup code in canonical form (16 upper-case symbols, no separators). Never printed by
/// `Debug`; shown to its owner only through [`BackupCode::grouped`].
#[derive(Clone, PartialEq, Eq)]
pub struct BackupCode(Zeroizing<String>);

impl fmt::Debug for BackupCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BackupCode(slot {}, <redacted>)", self.slot().index())
    }
}

impl BackupCode {
    /// Parses what a member typed: any case, with or without spaces and dashes. Crockford's
    /// look-alikes are read as the digit they resemble (O as 0; I and L as 1). `None` means "not a
    /// valid code"; nothing has been hashed.
    pub fn parse(input: &str) -> Option<Self> {
        // Anything this long is not a code; refuse it before copying it.
        if input.len() > 64 {
            return None;
        }
        let mut canonical = Zeroizing::new(String::with_capacity(CODE_SYMBOLS));
        for c in input.chars() {
            if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—') {
                continue;
            }
            if !c.is_ascii() {
                return None;
            }
            let symbol = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            if !ALPHABET.contains(&(symbol as u8)) {
                return None;
            }
            canonical.push(symbol);
        }
        if canonical.len() != CODE_SYMBOLS {
            return None;
        }
        let tag = canonical.as_bytes()[0];
        if !(tag.is_ascii_digit() && usize::from(tag - b'0') < SET_SIZE) {
            return None;
        }
        Some(Self(canonical))
    }

    /// The public slot tag.
    pub fn slot(&self) -> Slot {
        Slot(self.0.as_bytes()[0] - b'0')
    }

    /// The bytes that are hashed.
    pub fn expose_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The code as shown to its owner: `XXXX-XXXX-XXXX-XXXX`.
    pub fn grouped(&self) -> Zeroizing<String> {
        let groups: Vec<&str> = self
            .0
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).expect("codes are ASCII"))
            .collect();
        Zeroizing::new(groups.join("-"))
    }
}

/// Draws one code for `slot`: the tag, then 15 symbols of 5 random bits each.
fn generate_code(slot: Slot, entropy: &dyn Entropy) -> BackupCode {
    let mut random = Zeroizing::new([0u8; RANDOM_SYMBOLS]);
    entropy.fill(random.as_mut());
    let mut text = Zeroizing::new(String::with_capacity(CODE_SYMBOLS));
    text.push(char::from(b'0' + slot.index()));
    // 256 is a multiple of 32, so masking each byte to 5 bits is unbiased.
    for byte in random.iter() {
        text.push(char::from(ALPHABET[usize::from(byte & 31)]));
    }
    BackupCode(text)
}

/// A fresh set of ten codes, one per slot. Shown once, then only their hashes remain.
pub fn generate_set(entropy: &dyn Entropy) -> Vec<BackupCode> {
    Slot::all()
        .map(|slot| generate_code(slot, entropy))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::OsEntropy;

    #[test]
    fn a_set_has_ten_codes_one_per_slot_and_all_distinct() {
        let set = generate_set(&OsEntropy);
        assert_eq!(set.len(), 10);
        for (i, code) in set.iter().enumerate() {
            assert_eq!(code.slot().index() as usize, i);
        }
        let unique: std::collections::HashSet<_> =
            set.iter().map(|c| c.grouped().to_string()).collect();
        assert_eq!(unique.len(), 10);
    }

    #[test]
    fn codes_are_accepted_in_any_case_with_or_without_separators() {
        let code = generate_set(&OsEntropy).remove(3);
        let grouped = code.grouped().to_string();
        assert_eq!(grouped.len(), 19);
        for typed in [
            grouped.clone(),
            grouped.to_lowercase(),
            grouped.replace('-', ""),
            grouped.replace('-', " "),
            format!("  {}  ", grouped.replace('-', " - ")),
        ] {
            assert_eq!(BackupCode::parse(&typed).as_ref(), Some(&code), "{typed:?}");
        }
    }

    #[test]
    fn look_alike_letters_read_as_digits() {
        let a = BackupCode::parse("1OIL-0000-0000-0000").unwrap();
        let b = BackupCode::parse("1011-0000-0000-0000").unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn malformed_codes_are_not_valid() {
        let too_long = "0".repeat(10_000);
        let cases = [
            ("", "empty"),
            ("1234-5678-9ABC-DEF", "15 symbols"),
            ("1234-5678-9ABC-DEFGH", "17 symbols"),
            ("A234-5678-9ABC-DEFG", "a letter as the slot tag"),
            ("1234-5678-9ABC-DEFU", "U is not in Crockford's alphabet"),
            ("1234_5678_9ABC_DEFG", "underscores"),
            ("１234-5678-9ABC-DEFG", "a full-width digit"),
            ("123456", "an authenticator code"),
            (too_long.as_str(), "10,000 symbols"),
        ];
        for (bad, why) in cases {
            assert!(BackupCode::parse(bad).is_none(), "{why}");
        }
    }

    #[test]
    fn debug_output_never_shows_the_code() {
        let code = BackupCode::parse("1ABC-DEFG-HJKM-NPQR").unwrap();
        assert_eq!(format!("{code:?}"), "BackupCode(slot 1, <redacted>)");
    }

    proptest::proptest! {
        #[test]
        fn parser_never_panics_and_yields_only_canonical_codes(input in "\\PC{0,80}") {
            if let Some(code) = BackupCode::parse(&input) {
                proptest::prop_assert_eq!(code.expose_bytes().len(), CODE_SYMBOLS);
                proptest::prop_assert!(code.expose_bytes().iter().all(|b| ALPHABET.contains(b)));
                proptest::prop_assert!(code.slot().index() < 10);
            }
        }

        #[test]
        fn every_generated_code_round_trips_through_its_grouped_form(seed in proptest::prelude::any::<u64>()) {
            use rand::{Rng, SeedableRng};
            struct Seeded(std::sync::Mutex<rand::rngs::StdRng>);
            impl Entropy for Seeded {
                fn fill(&self, buf: &mut [u8]) { self.0.lock().unwrap().fill_bytes(buf) }
            }
            let entropy = Seeded(std::sync::Mutex::new(rand::rngs::StdRng::seed_from_u64(seed)));
            for code in generate_set(&entropy) {
                proptest::prop_assert_eq!(BackupCode::parse(&code.grouped()), Some(code));
            }
        }
    }
}
