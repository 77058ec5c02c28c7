//! Discord's ids as the gate sees them: plain numbers with a type each, so a role id can never be
//! passed where a user id belongs, and a [`Member`] (one user in one server) travels as one value.

use std::fmt;

/// A Discord server (guild) id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GuildId(u64);

/// A Discord user id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(u64);

/// A Discord role id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoleId(u64);

/// A Discord channel id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChannelId(u64);

macro_rules! snowflake {
    ($name:ident) => {
        impl $name {
            /// Wraps a Discord snowflake.
            pub const fn new(id: u64) -> Self {
                Self(id)
            }

            /// The raw snowflake.
            pub const fn get(self) -> u64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
snowflake!(GuildId);
snowflake!(UserId);
snowflake!(RoleId);
snowflake!(ChannelId);

/// One user in one server: everything the gate keeps about a person is per member, and servers
/// never see each other's members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    pub guild: GuildId,
    pub user: UserId,
}

impl Member {
    pub const fn new(guild: GuildId, user: UserId) -> Self {
        Self { guild, user }
    }
}

/// Member and server names as Discord shows them, used for labels in the authenticator app.
#[derive(Debug, Clone)]
pub struct Names {
    pub guild_name: String,
    pub member_name: String,
}
