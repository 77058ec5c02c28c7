//! One table per language: an exhaustive `match` over [`crate::guide::Key`], so every language has
//! every key. English is the reference the others translate.

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod pt_br;
