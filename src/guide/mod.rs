//! Everything Keygate says to people: the replies of the bot, written for someone who has never
//! heard of TOTP. One place, so wording stays consistent and can be translated.

pub mod messages;
