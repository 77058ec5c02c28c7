//! One way to answer any interaction (slash command, button, modal submit), so every flow can be
//! written once whichever way the member started it.

use poise::serenity_prelude as serenity;
use serenity::{
    CommandInteraction, ComponentInteraction, CreateActionRow, CreateAttachment,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    CreateModal, EditInteractionResponse, ModalInteraction,
};

use super::BotError;
use crate::gate::{GuildId, Member, RoleId, UserId};
use crate::guide::{Key, Locale};

/// An interaction the bot must answer.
#[derive(Clone, Copy)]
pub enum Incoming<'a> {
    Command(&'a CommandInteraction),
    Component(&'a ComponentInteraction),
    Modal(&'a ModalInteraction),
}

/// Whether an interaction has had its first response (a deferral) yet: the next answer is then an
/// edit of that response instead of a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    NotYet,
    Deferred,
}

/// A reply: text, optional files, optional components. Always ephemeral unless said otherwise.
#[derive(Default)]
pub struct Reply {
    pub content: String,
    pub files: Vec<CreateAttachment>,
    pub components: Vec<CreateActionRow>,
}

impl Reply {
    pub fn text(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            ..Self::default()
        }
    }
}

/// Nobody is pinged by anything Keygate sends: mentions render as names only.
pub fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .everyone(false)
}

/// Runs the same expression on whichever kind of interaction `$incoming` holds: the three kinds
/// share their fields and methods in serenity, but not a trait.
macro_rules! each {
    ($incoming:expr, $i:ident => $body:expr) => {
        match $incoming {
            Incoming::Command($i) => $body,
            Incoming::Component($i) => $body,
            Incoming::Modal($i) => $body,
        }
    };
}

impl Incoming<'_> {
    pub fn guild(&self) -> Option<GuildId> {
        each!(self, i => i.guild_id).map(|g| GuildId::new(g.get()))
    }

    pub fn user(&self) -> &serenity::User {
        each!(self, i => &i.user)
    }

    /// The language of whoever acted: Discord's locale for this interaction.
    pub fn locale(&self) -> Locale {
        Locale::from_discord(each!(self, i => &i.locale))
    }

    /// The server's preferred language (for messages other members see), or the member's.
    pub fn guild_locale(&self) -> Locale {
        each!(self, i => i.guild_locale.as_deref())
            .map_or_else(|| self.locale(), Locale::from_discord)
    }

    pub fn user_id(&self) -> UserId {
        UserId::new(self.user().id.get())
    }

    /// The member who acted, or a hint when the interaction came from outside a server.
    pub fn member(&self) -> Result<Member, BotError> {
        self.guild()
            .map(|guild| Member::new(guild, self.user_id()))
            .ok_or(BotError::Hint(Key::ReplyGuildOnly))
    }

    /// The roles the member holds right now, as Discord sent them with this interaction.
    pub fn member_roles(&self) -> Vec<RoleId> {
        let roles = match self {
            Self::Command(i) => i.member.as_deref().map(|m| m.roles.clone()),
            Self::Component(i) => i.member.as_ref().map(|m| m.roles.clone()),
            Self::Modal(i) => i.member.as_ref().map(|m| m.roles.clone()),
        };
        roles
            .unwrap_or_default()
            .iter()
            .map(|r| RoleId::new(r.get()))
            .collect()
    }

    /// The member who acted, as Discord sent it (roles and computed permissions included).
    pub fn guild_member(&self) -> Option<&serenity::Member> {
        match self {
            Self::Command(i) => i.member.as_deref(),
            Self::Component(i) => i.member.as_ref(),
            Self::Modal(i) => i.member.as_ref(),
        }
    }

    /// The name shown in the member's authenticator app: their server nickname, display name or
    /// username.
    pub fn member_name(&self) -> String {
        let nick = match self {
            Self::Command(i) => i.member.as_deref().and_then(|m| m.nick.clone()),
            Self::Component(i) => i.member.as_ref().and_then(|m| m.nick.clone()),
            Self::Modal(i) => i.member.as_ref().and_then(|m| m.nick.clone()),
        };
        let user = self.user();
        nick.or_else(|| user.global_name.clone())
            .unwrap_or_else(|| user.name.clone())
    }

    /// Sends the first response: an ephemeral message.
    pub async fn reply(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let message = CreateInteractionResponseMessage::new()
            .ephemeral(true)
            .allowed_mentions(no_mentions())
            .content(reply.content)
            .components(reply.components)
            .add_files(reply.files);
        self.create(http, CreateInteractionResponse::Message(message))
            .await
    }

    /// Replaces the message a button was pressed on, as the first response.
    pub async fn update(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let message = CreateInteractionResponseMessage::new()
            .allowed_mentions(no_mentions())
            .content(reply.content)
            .components(reply.components);
        self.create(http, CreateInteractionResponse::UpdateMessage(message))
            .await
    }

    /// Acknowledges now (Discord's 3-second deadline) and answers later with [`Incoming::edit`].
    pub async fn defer(&self, http: &serenity::Http) -> serenity::Result<()> {
        let message = CreateInteractionResponseMessage::new().ephemeral(true);
        self.create(http, CreateInteractionResponse::Defer(message))
            .await
    }

    /// Opens a modal (only possible as the first response to a command or a button).
    pub async fn modal(&self, http: &serenity::Http, modal: CreateModal) -> serenity::Result<()> {
        self.create(http, CreateInteractionResponse::Modal(modal))
            .await
    }

    async fn create(
        &self,
        http: &serenity::Http,
        response: CreateInteractionResponse,
    ) -> serenity::Result<()> {
        // Counted until Discord has the response: on a busy machine, sending it takes the cores too.
        let sent = each!(self, i => i.create_response(http, response).await);
        super::awaiting::answered();
        sent
    }

    /// The first response, or an edit of the deferral that came first.
    pub async fn answer(
        &self,
        http: &serenity::Http,
        answered: Answered,
        reply: Reply,
    ) -> serenity::Result<()> {
        match answered {
            Answered::NotYet => self.reply(http, reply).await,
            Answered::Deferred => self.edit(http, reply).await,
        }
    }

    /// Replaces the deferred response.
    pub async fn edit(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let mut edit = EditInteractionResponse::new()
            .content(reply.content)
            .allowed_mentions(no_mentions())
            .components(reply.components);
        for file in reply.files {
            edit = edit.new_attachment(file);
        }
        each!(self, i => i.edit_response(http, edit).await.map(drop))
    }

    /// [`Incoming::edit`] once the gate has committed: a failure to show the result is logged, never
    /// turned into an error reply that would overwrite (or contradict) what was done.
    pub async fn edit_after_commit(&self, http: &serenity::Http, reply: Reply) {
        if let Err(error) = self.edit(http, reply).await {
            tracing::error!(error = %super::describe(&error), "could not show the member a completed action");
        }
    }

    /// An additional ephemeral message.
    pub async fn follow_up(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let followup = CreateInteractionResponseFollowup::new()
            .content(reply.content)
            .components(reply.components)
            .add_files(reply.files)
            .ephemeral(true)
            .allowed_mentions(no_mentions());
        each!(self, i => i.create_followup(http, followup).await.map(drop))
    }
}
