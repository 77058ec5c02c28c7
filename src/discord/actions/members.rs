//! A moderator acting on one member's second factor: `/gate unlock`, `/gate revoke`,
//! `/gate reset`. Never on themselves, and only on members below them in the role hierarchy.

use poise::serenity_prelude as serenity;

use super::{Acting, Target};
use crate::discord::BotError;
use crate::discord::log_lines::LogLine;
use crate::discord::permissions::Hierarchy;
use crate::discord::respond::no_mentions;
use crate::gate::moderation::Reason;
use crate::gate::{GateError, RoleId, UserId};
use crate::guide::messages::when;
use crate::guide::{Key, fill, text};

/// Refuses (answering the moderator) an action on `target` that the moderator may not take: on
/// themselves, or on someone not below them. `true` when the action may go ahead.
pub(super) async fn may_act_on(acting: &Acting<'_>, target: &Target) -> Result<bool, BotError> {
    let serenity_guild = serenity::GuildId::new(acting.guild.get());
    let cached = acting
        .ctx
        .cache
        .guild(serenity_guild)
        .map(|g| (g.roles.values().cloned().collect::<Vec<_>>(), g.owner_id));
    let (roles, owner) = match cached {
        Some(known) => known,
        None => {
            let partial = acting.http().get_guild(serenity_guild).await?;
            (partial.roles.values().cloned().collect(), partial.owner_id)
        }
    };
    // The moderator's roles as Discord sent them with this interaction (the step-up modal's, if
    // there was one: a moderator demoted meanwhile is judged as they are now).
    let moderator_roles = acting
        .incoming
        .guild_member()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let hierarchy = Hierarchy {
        roles: &roles,
        owner,
    };
    match hierarchy.target_problem(
        serenity::UserId::new(acting.moderator.get()),
        &moderator_roles,
        target.user.id,
        &target.roles,
    ) {
        Some(problem) => {
            acting.say(problem.explain(acting.locale())).await?;
            Ok(false)
        }
        None => Ok(true),
    }
}

pub(super) async fn unlock(acting: &Acting<'_>, target: &Target) -> Result<(), BotError> {
    if !may_act_on(acting, target).await? {
        return Ok(());
    }
    let member = acting.member(&target.user);
    acting.data.gate.unlock(member, acting.moderator).await?;
    let mention = format!("<@{}>", target.user.id);
    let reply = fill(acting.locale(), Key::GateUnlocked, &[("user", &mention)]);
    let line = LogLine::Unlocked {
        moderator: acting.moderator,
        user: member.user,
    };
    acting.say_and_log(reply, line).await
}

pub(super) async fn revoke(
    acting: &Acting<'_>,
    target: &Target,
    role: Option<RoleId>,
) -> Result<(), BotError> {
    if !may_act_on(acting, target).await? {
        return Ok(());
    }
    let member = acting.member(&target.user);
    let roles = acting
        .data
        .gate
        .revoke(member, acting.moderator, role)
        .await?;
    acting.data.worker.wake();
    let mentions: Vec<String> = roles.iter().map(|r| format!("<@&{r}>")).collect();
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] = [
        ("role", &mentions.join(", ")),
        ("user", &format!("<@{}>", target.user.id)),
    ];
    let reply = fill(acting.locale(), Key::GateRevoked, &args);
    let line = LogLine::Revoked {
        moderator: acting.moderator,
        user: member.user,
        roles,
    };
    acting.say_and_log(reply, line).await
}

/// Who asked for, and who approved, an action carried out after two-person approval.
#[derive(Debug, Clone, Copy)]
pub(super) struct Approved {
    pub requested_by: UserId,
    pub approver: UserId,
}

/// The moderator an action is recorded for (its requester, when approved), and its approver.
fn actors(acting: &Acting<'_>, approved: Option<Approved>) -> (UserId, Option<UserId>) {
    match approved {
        Some(a) => (a.requested_by, Some(a.approver)),
        None => (acting.moderator, None),
    }
}

pub(super) async fn reset(
    acting: &Acting<'_>,
    target: &Target,
    reason: &Reason,
    approved: Option<Approved>,
) -> Result<(), BotError> {
    if !may_act_on(acting, target).await? {
        return Ok(());
    }
    let member = acting.member(&target.user);
    let (moderator, approved_by) = actors(acting, approved);
    acting.data.gate.reset(member, moderator, reason).await?;
    acting.data.worker.wake();
    let http = acting.http();
    let server = acting
        .ctx
        .cache
        .guild(serenity::GuildId::new(member.guild.get()))
        .map(|g| g.name.clone())
        .unwrap_or_else(|| "a server".into());
    // The member reads this outside any interaction: in the server's language.
    let server_locale = acting.incoming.guild_locale();
    let dm = serenity::CreateMessage::new()
        .content(fill(
            server_locale,
            Key::GateResetDm,
            &[("server", &server), ("reason", &reason.as_str())],
        ))
        .allowed_mentions(no_mentions());
    let told = matches!(
        crate::discord::budget::send_dm(http, &acting.data.budget, target.user.id, dm).await,
        crate::discord::budget::Dm::Sent
    );
    let locale = acting.locale();
    let note = text(
        locale,
        if told {
            Key::GateResetTold
        } else {
            Key::GateResetNotTold
        },
    );
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 2] =
        [("user", &format!("<@{}>", target.user.id)), ("note", &note)];
    let reply = fill(locale, Key::GateResetDone, &args);
    let line = LogLine::Reset {
        moderator,
        user: member.user,
        reason: reason.to_string(),
        approved_by,
    };
    acting.say_and_log(reply, line).await
}

/// `/gate bypass`: a one-time code for a member who lost their phone, shown only to the moderator
/// (ephemeral), to pass on by a channel they trust.
pub(super) async fn bypass(
    acting: &Acting<'_>,
    target: &Target,
    approved: Option<Approved>,
) -> Result<(), BotError> {
    if !may_act_on(acting, target).await? {
        return Ok(());
    }
    let member = acting.member(&target.user);
    let (moderator, approved_by) = actors(acting, approved);
    let mention = format!("<@{}>", target.user.id);
    let issued = match acting
        .data
        .gate
        .issue_bypass(member, moderator, approved_by)
        .await
    {
        Ok(issued) => issued,
        Err(GateError::NotEnrolled) => {
            let reply = fill(
                acting.locale(),
                Key::GateBypassNotEnrolled,
                &[("user", &mention)],
            );
            return acting.say(reply).await;
        }
        Err(other) => return Err(other.into()),
    };
    let code = issued.code.grouped();
    let args: [(&str, &(dyn std::fmt::Display + Sync)); 3] = [
        ("user", &mention),
        ("code", &code.as_str()),
        ("when", &when(issued.expires_at)),
    ];
    let reply = fill(acting.locale(), Key::GateBypassIssued, &args);
    let line = LogLine::BypassIssued {
        moderator,
        user: member.user,
        until: issued.expires_at,
        approved_by,
    };
    acting.say_and_log(reply, line).await
}
