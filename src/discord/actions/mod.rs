//! Moderator actions that change the gate or a member: `/gate setup`, `drop`, `unlock`, `revoke`
//! and `reset`. Each command only reads its options into a [`ModeratorAction`]; the action runs
//! here, either at once or, when the server has `moderator_code` on, after the moderator's fresh
//! authenticator code in the step-up modal ([`crate::discord::step_up`]). Everything an action
//! needs travels in it, so it runs the same way from the command or from the modal.

mod approval;
mod members;
mod setup;

use poise::serenity_prelude as serenity;

use super::answer::answer_error;
use super::log_lines::LogLine;
use super::respond::{Answered, Incoming, Reply};
use super::{BotError, Data};
use crate::gate::approvals::{RequestId, Requested};
use crate::gate::gates::PeriodSetting;
use crate::gate::moderation::Reason;
use crate::gate::{GuildId, Member, RoleId, UserId};
use crate::guide::{Key, Locale, fill};

/// The member a moderator acts on, with their roles as the command saw them (for the hierarchy).
#[derive(Debug, Clone)]
pub struct Target {
    pub user: serenity::User,
    pub roles: Vec<serenity::RoleId>,
}

/// What `/gate setup` was asked to do; options not given keep their current value.
#[derive(Debug, Clone)]
pub struct SetupRequest {
    pub role: serenity::Role,
    pub eligible: Option<serenity::Role>,
    pub lasts: Option<PeriodSetting>,
    pub reverify_every: Option<PeriodSetting>,
    pub discord_2fa: Option<bool>,
    pub discord_2fa_role: Option<serenity::Role>,
    pub log_channel: Option<serenity::ChannelId>,
    pub guide_on_join: Option<bool>,
    pub moderator_code: Option<bool>,
    pub remind_after: Option<PeriodSetting>,
    pub kick_after: Option<PeriodSetting>,
    pub two_person_reset: Option<bool>,
}

/// A moderator action, ready to run.
#[derive(Debug, Clone)]
pub enum ModeratorAction {
    Setup(Box<SetupRequest>),
    Drop {
        role: RoleId,
    },
    Unlock {
        target: Target,
    },
    Revoke {
        target: Target,
        role: Option<RoleId>,
    },
    Reset {
        target: Target,
        reason: Reason,
    },
    Bypass {
        target: Target,
    },
    /// A second moderator's *Approve* or *Deny* on a request (`two_person_reset`), pressed on the
    /// request's message in the log channel.
    Decide {
        id: RequestId,
        approve: bool,
        message: (serenity::ChannelId, serenity::MessageId),
    },
}

impl ModeratorAction {
    /// The command's name, for the step-up modal's title and the audit trail.
    pub fn command(&self) -> &'static str {
        match self {
            Self::Setup(_) => "/gate setup",
            Self::Drop { .. } => "/gate drop",
            Self::Unlock { .. } => "/gate unlock",
            Self::Revoke { .. } => "/gate revoke",
            Self::Reset { .. } => "/gate reset",
            Self::Bypass { .. } => "/gate bypass",
            Self::Decide { .. } => "an approval",
        }
    }
}

/// A moderator action being carried out: who asked, where, and the interaction to answer (the
/// command, or the step-up modal), already acknowledged.
pub struct Acting<'a> {
    pub ctx: &'a serenity::Context,
    pub data: &'a Data,
    pub incoming: Incoming<'a>,
    pub guild: GuildId,
    pub moderator: UserId,
}

impl Acting<'_> {
    fn locale(&self) -> Locale {
        self.incoming.locale()
    }

    fn http(&self) -> &serenity::Http {
        &self.ctx.http
    }

    /// Answers the moderator (editing the acknowledgement).
    async fn say(&self, text: impl Into<String>) -> Result<(), BotError> {
        self.incoming
            .answer(self.http(), Answered::Deferred, Reply::text(text))
            .await?;
        Ok(())
    }

    /// Answers the moderator, then tells the server's log channel what they did.
    async fn say_and_log(&self, text: String, line: LogLine) -> Result<(), BotError> {
        self.say(text).await?;
        super::log::post(self.data.poster(self.http()), self.guild, &line).await;
        Ok(())
    }

    fn member(&self, user: &serenity::User) -> Member {
        Member::new(self.guild, UserId::new(user.id.get()))
    }

    /// The server's owner, from the cache or else from Discord.
    async fn owner(&self) -> Result<serenity::UserId, BotError> {
        let guild = serenity::GuildId::new(self.guild.get());
        if let Some(owner) = self.ctx.cache.guild(guild).map(|g| g.owner_id) {
            return Ok(owner);
        }
        Ok(self.http().get_guild(guild).await?.owner_id)
    }

    async fn in_this_server(&self, channel: serenity::ChannelId) -> Result<bool, BotError> {
        in_this_server(self.ctx, self.guild, channel).await
    }
}

/// Whether `channel` is one of `guild`'s, as Discord says: a channel option is not trusted to have
/// come from the server's own picker.
pub async fn in_this_server(
    ctx: &serenity::Context,
    guild: GuildId,
    channel: serenity::ChannelId,
) -> Result<bool, BotError> {
    let cached = ctx
        .cache
        .guild(serenity::GuildId::new(guild.get()))
        .map(|g| g.channels.contains_key(&channel));
    if cached == Some(true) {
        return Ok(true);
    }
    // Not in the cache (say, created a moment ago): ask Discord.
    match ctx.http.get_channel(channel).await {
        Ok(serenity::Channel::Guild(found)) => Ok(found.guild_id.get() == guild.get()),
        Ok(_) => Ok(false),
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e)))
            if matches!(e.status_code.as_u16(), 403 | 404) =>
        {
            Ok(false)
        }
        Err(error) => Err(error.into()),
    }
}

/// The refusal for a channel option outside this server.
pub fn not_here(locale: Locale, channel: serenity::ChannelId) -> String {
    fill(
        locale,
        Key::GateChannelNotHere,
        &[("channel", &format!("<#{channel}>"))],
    )
}

/// Runs `action` for the moderator of `incoming` (acknowledged already); a failure is answered.
pub async fn run(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    action: ModeratorAction,
) {
    let result = match incoming.member() {
        Ok(moderator) => {
            let acting = Acting {
                ctx,
                data,
                incoming,
                guild: moderator.guild,
                moderator: moderator.user,
            };
            match action {
                ModeratorAction::Setup(request) => setup::setup(&acting, *request).await,
                ModeratorAction::Drop { role } => setup::drop(&acting, role).await,
                ModeratorAction::Unlock { target } => members::unlock(&acting, &target).await,
                ModeratorAction::Revoke { target, role } => {
                    members::revoke(&acting, &target, role).await
                }
                ModeratorAction::Reset { target, reason } => {
                    let what = Requested::Reset {
                        reason: reason.to_string(),
                    };
                    match approval::ask_if_needed(&acting, &target, what).await {
                        Ok(true) => Ok(()),
                        Ok(false) => members::reset(&acting, &target, &reason, None).await,
                        Err(error) => Err(error),
                    }
                }
                ModeratorAction::Bypass { target } => {
                    match approval::ask_if_needed(&acting, &target, Requested::Bypass).await {
                        Ok(true) => Ok(()),
                        Ok(false) => members::bypass(&acting, &target, None).await,
                        Err(error) => Err(error),
                    }
                }
                ModeratorAction::Decide {
                    id,
                    approve,
                    message,
                } => approval::decide(&acting, id, approve, message).await,
            }
        }
        Err(error) => Err(error),
    };
    if let Err(error) = result {
        answer_error(ctx, data, incoming, Answered::Deferred, error).await;
    }
}

/// Starts a moderator action from its command: when the server asks for a moderator code, the
/// step-up modal opens first (the action waits for it); otherwise it runs now.
pub async fn begin(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    action: ModeratorAction,
) -> Result<(), BotError> {
    if super::step_up::ask_first(ctx, data, incoming, &action).await? {
        return Ok(());
    }
    incoming.defer(&ctx.http).await?;
    run(ctx, data, incoming, action).await;
    Ok(())
}
