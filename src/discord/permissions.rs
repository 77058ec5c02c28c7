//! Discord's role hierarchy, as `/gate setup` must respect it: which roles the bot can grant, and
//! which the moderator running the command could grant themselves. Each refusal is a
//! [`RoleProblem`] that names the fix.

use poise::serenity_prelude as serenity;

use crate::gate::GuildId;
use crate::guide::{Key, Locale, fill, text};

/// Why a role cannot be the gate's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleProblem {
    /// @everyone: every member already has it.
    Everyone,
    /// Managed by an integration: nobody can give it by hand.
    Managed(serenity::RoleId),
    /// The bot lacks Manage Roles.
    BotCannotManageRoles,
    /// The role is level with or above the bot's highest role.
    AboveBot(serenity::RoleId),
    /// The moderator lacks Manage Roles.
    ModeratorCannotManageRoles,
    /// The role is level with or above the moderator's highest role.
    AboveModerator(serenity::RoleId),
}

impl RoleProblem {
    /// The refusal in the moderator's language, with the fix.
    pub fn explain(self, locale: Locale) -> String {
        let problem = match self {
            Self::Everyone => text(locale, Key::GateRoleEveryone).to_owned(),
            Self::Managed(role) => fill(locale, Key::GateRoleManaged, &[("role", &mention(role))]),
            Self::BotCannotManageRoles => text(locale, Key::GateRoleNoManageRoles).to_owned(),
            Self::AboveBot(role) => fill(locale, Key::GateRoleTooHigh, &[("role", &mention(role))]),
            Self::ModeratorCannotManageRoles => {
                text(locale, Key::GateRoleInvokerNoManageRoles).to_owned()
            }
            Self::AboveModerator(role) => fill(
                locale,
                Key::GateRoleInvokerTooLow,
                &[("role", &mention(role))],
            ),
        };
        fill(locale, Key::GateRoleProblem, &[("problem", &problem)])
    }
}

fn mention(role: serenity::RoleId) -> String {
    format!("<@&{role}>")
}

/// The highest position among `held` roles, if any.
fn top_position(roles: &[serenity::Role], held: &[serenity::RoleId]) -> Option<u16> {
    roles
        .iter()
        .filter(|r| held.contains(&r.id))
        .map(|r| r.position)
        .max()
}

/// Why the bot cannot grant `role`; `None` when it can. `bot_roles` are the bot's own roles.
pub fn bot_problem(
    role: &serenity::Role,
    guild: GuildId,
    roles: &[serenity::Role],
    bot_roles: &[serenity::RoleId],
) -> Option<RoleProblem> {
    if role.id.get() == guild.get() {
        return Some(RoleProblem::Everyone);
    }
    if role.managed {
        return Some(RoleProblem::Managed(role.id));
    }
    // Server-wide permissions (@everyone plus the bot's roles): Manage Roles is a server permission,
    // and the interaction's app_permissions are the channel's, which overwrites can change.
    let permissions = roles
        .iter()
        .filter(|r| r.id.get() == guild.get() || bot_roles.contains(&r.id))
        .fold(serenity::Permissions::empty(), |all, r| all | r.permissions);
    if !permissions.manage_roles() && !permissions.administrator() {
        return Some(RoleProblem::BotCannotManageRoles);
    }
    match top_position(roles, bot_roles) {
        Some(top) if top > role.position => None,
        _ => Some(RoleProblem::AboveBot(role.id)),
    }
}

/// A member's server-wide permissions, as Discord computes them before channel overwrites: the
/// owner has all; otherwise @everyone's and each of their roles' permissions together, and
/// Administrator means all. (An interaction's `member.permissions` are the channel's, where an
/// overwrite can add Manage Roles that the member does not hold in the server.)
pub fn server_permissions(
    guild: GuildId,
    roles: &[serenity::Role],
    member: &serenity::Member,
    owner: serenity::UserId,
) -> serenity::Permissions {
    if member.user.id == owner {
        return serenity::Permissions::all();
    }
    let permissions = roles
        .iter()
        .filter(|r| r.id.get() == guild.get() || member.roles.contains(&r.id))
        .fold(serenity::Permissions::empty(), |all, r| all | r.permissions);
    if permissions.administrator() {
        serenity::Permissions::all()
    } else {
        permissions
    }
}

/// Why the moderator could not hand out `role` themselves; `None` when they could. `/gate setup`
/// must not let someone with Manage Server alone put members into a role above their own.
pub fn moderator_problem(
    role: &serenity::Role,
    guild: GuildId,
    roles: &[serenity::Role],
    moderator: &serenity::Member,
    owner: serenity::UserId,
) -> Option<RoleProblem> {
    if moderator.user.id == owner {
        return None;
    }
    // Administrator stands in for Manage Roles, but not for the hierarchy: Discord holds
    // administrators to it too (only the owner is above it).
    let theirs = server_permissions(guild, roles, moderator, owner);
    if !theirs.manage_roles() {
        return Some(RoleProblem::ModeratorCannotManageRoles);
    }
    match top_position(roles, &moderator.roles) {
        Some(top) if top > role.position => None,
        _ => Some(RoleProblem::AboveModerator(role.id)),
    }
}

/// Why a moderator may not act on a member's second factor (reset, unlock, revoke).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetProblem {
    /// On themselves: a stolen moderator session must not reset or unlock its own account.
    Themselves,
    /// On someone whose highest role is level with or above theirs (or the owner).
    NotBelow(serenity::UserId),
}

impl TargetProblem {
    pub fn explain(self, locale: Locale) -> String {
        match self {
            Self::Themselves => text(locale, Key::GateTargetThemselves).to_owned(),
            Self::NotBelow(user) => fill(
                locale,
                Key::GateTargetNotBelow,
                &[("user", &format!("<@{user}>"))],
            ),
        }
    }
}

/// The server's role hierarchy as far as moderating a member needs it.
pub struct Hierarchy<'a> {
    pub roles: &'a [serenity::Role],
    pub owner: serenity::UserId,
}

impl Hierarchy<'_> {
    /// The position of someone's highest role; @everyone (0) for someone without roles.
    fn top(&self, held: &[serenity::RoleId]) -> u16 {
        top_position(self.roles, held).unwrap_or(0)
    }

    /// Whether `moderator` (holding `moderator_roles`) may act on `target` (holding
    /// `target_roles`): never on themselves, and, unless they own the server, only on members
    /// strictly below them, as Discord's own moderation works.
    pub fn target_problem(
        &self,
        moderator: serenity::UserId,
        moderator_roles: &[serenity::RoleId],
        target: serenity::UserId,
        target_roles: &[serenity::RoleId],
    ) -> Option<TargetProblem> {
        if moderator == target {
            return Some(TargetProblem::Themselves);
        }
        if moderator == self.owner {
            return None;
        }
        let below = target != self.owner && self.top(moderator_roles) > self.top(target_roles);
        (!below).then_some(TargetProblem::NotBelow(target))
    }
}

/// The permissions that make a role dangerous to hand out to every member who enrolls: each one
/// lets a stolen session wreck the server. A gate on such a role needs `eligible`.
const DANGEROUS: [(serenity::Permissions, Key); 10] = [
    (serenity::Permissions::ADMINISTRATOR, Key::PermAdministrator),
    (serenity::Permissions::MANAGE_GUILD, Key::PermManageServer),
    (serenity::Permissions::MANAGE_ROLES, Key::PermManageRoles),
    (
        serenity::Permissions::MANAGE_CHANNELS,
        Key::PermManageChannels,
    ),
    (
        serenity::Permissions::MANAGE_WEBHOOKS,
        Key::PermManageWebhooks,
    ),
    (serenity::Permissions::BAN_MEMBERS, Key::PermBanMembers),
    (serenity::Permissions::KICK_MEMBERS, Key::PermKickMembers),
    (
        serenity::Permissions::MODERATE_MEMBERS,
        Key::PermTimeoutMembers,
    ),
    (
        serenity::Permissions::MANAGE_MESSAGES,
        Key::PermManageMessages,
    ),
    (
        serenity::Permissions::MENTION_EVERYONE,
        Key::PermMentionEveryone,
    ),
];

/// The dangerous permissions `role` carries: in its own permissions, or allowed to it by an
/// overwrite in any of the server's channels. Each is named once, in [`DANGEROUS`]'s order.
pub fn dangerous_permissions(
    role: &serenity::Role,
    channels: &[serenity::GuildChannel],
) -> Vec<Key> {
    let overwritten = channels
        .iter()
        .flat_map(|channel| &channel.permission_overwrites)
        .filter(|overwrite| overwrite.kind == serenity::PermissionOverwriteType::Role(role.id))
        .fold(serenity::Permissions::empty(), |all, o| all | o.allow);
    let carried = role.permissions | overwritten;
    DANGEROUS
        .iter()
        .filter(|(permission, _)| carried.contains(*permission))
        .map(|(_, name)| *name)
        .collect()
}

/// The refusal of a gate without `eligible` on a dangerous role: the permissions found, and the
/// fix.
pub fn explain_dangerous(locale: Locale, role: serenity::RoleId, found: &[Key]) -> String {
    let names: Vec<&str> = found.iter().map(|key| text(locale, *key)).collect();
    fill(
        locale,
        Key::GateDangerous,
        &[("role", &mention(role)), ("permissions", &names.join(", "))],
    )
}

#[cfg(test)]
mod tests {
    use super::{DANGEROUS, Key, dangerous_permissions};
    use poise::serenity_prelude as serenity;

    fn role(id: u64, permissions: serenity::Permissions) -> serenity::Role {
        let mut role: serenity::Role = serde_json::from_value(serde_json::json!({
            "id": id.to_string(), "name": "r", "color": 0, "hoist": false, "position": 1,
            "permissions": "0", "managed": false, "mentionable": false,
            "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        }))
        .expect("a role");
        role.permissions = permissions;
        role
    }

    fn channel_with_overwrite(role: u64, allow: serenity::Permissions) -> serenity::GuildChannel {
        serde_json::from_value(serde_json::json!({
            "id": "77", "type": 0, "guild_id": "1", "name": "mods", "position": 0,
            "permission_overwrites": [
                {"id": role.to_string(), "type": 0, "allow": allow.bits().to_string(), "deny": "0"},
            ],
        }))
        .expect("a channel")
    }

    #[test]
    fn dangerous_permissions_are_found_in_the_role_and_in_its_overwrites() {
        use serenity::Permissions as P;
        let plain = role(5, P::SEND_MESSAGES | P::VIEW_CHANNEL);
        assert!(dangerous_permissions(&plain, &[]).is_empty());
        let admin = role(5, P::ADMINISTRATOR | P::BAN_MEMBERS);
        assert_eq!(
            dangerous_permissions(&admin, &[]),
            vec![Key::PermAdministrator, Key::PermBanMembers]
        );
        let overwritten = [channel_with_overwrite(5, P::MANAGE_MESSAGES)];
        assert_eq!(
            dangerous_permissions(&plain, &overwritten),
            vec![Key::PermManageMessages]
        );
        let elsewhere = [channel_with_overwrite(6, P::MANAGE_MESSAGES)];
        assert!(
            dangerous_permissions(&plain, &elsewhere).is_empty(),
            "another role's overwrite is not this role's"
        );
        let every = role(5, DANGEROUS.iter().fold(P::empty(), |a, (p, _)| a | *p));
        assert_eq!(dangerous_permissions(&every, &[]).len(), 10);
    }
}
