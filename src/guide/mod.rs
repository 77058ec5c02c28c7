//! Everything Keygate says to people: the replies of the bot and the walkthrough of Discord's own
//! two-factor authentication, in the member's language. One place, so wording stays consistent.

pub mod catalogue;
pub mod locales;
pub mod messages;
pub mod walkthrough;

pub use catalogue::{Key, Locale, fill, text};
