//! One table per language: an exhaustive `match` over [`crate::guide::Key`], so every language has
//! every key. English is the reference the others translate.

pub mod de;
pub mod en;
pub mod es;
pub mod es_419;
pub mod fr;
pub mod it;
pub mod ja;
pub mod nl;
pub mod pl;
pub mod pt_br;
pub mod ru;
pub mod tr;
