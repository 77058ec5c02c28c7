//! One table per language. English is the reference; the others carry exactly its keys.

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod pt_br;
