//! One way to answer any interaction (slash command, button, modal submit), so every flow can be
//! written once whichever way the member started it.

use poise::serenity_prelude as serenity;
use serenity::{
    CommandInteraction, ComponentInteraction, CreateActionRow, CreateAttachment,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    CreateModal, EditInteractionResponse, ModalInteraction,
};

use crate::gate::{GuildId, UserId};
use crate::guide::Locale;

/// An interaction the bot must answer.
#[derive(Clone, Copy)]
pub enum Incoming<'a> {
    Command(&'a CommandInteraction),
    Component(&'a ComponentInteraction),
    Modal(&'a ModalInteraction),
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

fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .everyone(false)
}

impl Incoming<'_> {
    pub fn guild(&self) -> Option<GuildId> {
        let id = match self {
            Self::Command(i) => i.guild_id,
            Self::Component(i) => i.guild_id,
            Self::Modal(i) => i.guild_id,
        };
        id.map(|g| GuildId::new(g.get()))
    }

    pub fn user(&self) -> &serenity::User {
        match self {
            Self::Command(i) => &i.user,
            Self::Component(i) => &i.user,
            Self::Modal(i) => &i.user,
        }
    }

    /// The language of whoever acted: Discord's locale for this interaction.
    pub fn locale(&self) -> Locale {
        Locale::from_discord(match self {
            Self::Command(i) => &i.locale,
            Self::Component(i) => &i.locale,
            Self::Modal(i) => &i.locale,
        })
    }

    /// The server's preferred language (for messages other members see), or the member's.
    pub fn guild_locale(&self) -> Locale {
        let tag = match self {
            Self::Command(i) => i.guild_locale.as_deref(),
            Self::Component(i) => i.guild_locale.as_deref(),
            Self::Modal(i) => i.guild_locale.as_deref(),
        };
        tag.map_or_else(|| self.locale(), Locale::from_discord)
    }

    pub fn user_id(&self) -> UserId {
        UserId::new(self.user().id.get())
    }

    /// The name shown in the member's authenticator app: their server nickname, display name or
    /// username.
    pub fn member_name(&self) -> String {
        let member = match self {
            Self::Command(i) => i.member.as_deref(),
            Self::Component(i) => i.member.as_ref(),
            Self::Modal(i) => i.member.as_ref(),
        };
        let user = self.user();
        member
            .and_then(|m| m.nick.clone())
            .or_else(|| user.global_name.clone())
            .unwrap_or_else(|| user.name.clone())
    }

    /// Sends the first response: an ephemeral message.
    pub async fn reply(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let message = CreateInteractionResponseMessage::new()
            .content(reply.content)
            .ephemeral(true)
            .allowed_mentions(no_mentions())
            .components(reply.components)
            .add_files(reply.files);
        self.create(http, CreateInteractionResponse::Message(message))
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
        match self {
            Self::Command(i) => i.create_response(http, response).await,
            Self::Component(i) => i.create_response(http, response).await,
            Self::Modal(i) => i.create_response(http, response).await,
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
        match self {
            Self::Command(i) => i.edit_response(http, edit).await.map(drop),
            Self::Component(i) => i.edit_response(http, edit).await.map(drop),
            Self::Modal(i) => i.edit_response(http, edit).await.map(drop),
        }
    }

    /// [`Incoming::edit`] once the gate has committed: a failure to show the result is logged, never
    /// turned into an error reply that would overwrite (or contradict) what was done.
    pub async fn edit_after_commit(&self, http: &serenity::Http, reply: Reply) {
        if let Err(error) = self.edit(http, reply).await {
            tracing::error!(error = %crate::discord::describe(&error), "could not show the member a completed action");
        }
    }

    /// An additional ephemeral message.
    pub async fn follow_up(&self, http: &serenity::Http, reply: Reply) -> serenity::Result<()> {
        let followup = CreateInteractionResponseFollowup::new()
            .content(reply.content)
            .ephemeral(true)
            .allowed_mentions(no_mentions())
            .components(reply.components)
            .add_files(reply.files);
        match self {
            Self::Command(i) => i.create_followup(http, followup).await.map(drop),
            Self::Component(i) => i.create_followup(http, followup).await.map(drop),
            Self::Modal(i) => i.create_followup(http, followup).await.map(drop),
        }
    }
}
