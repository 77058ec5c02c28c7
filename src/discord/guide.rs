//! The DM walkthrough of Discord's own 2FA: `/2fa guide`, the panel's *2FA guide* button, the page
//! buttons, and the ephemeral fallback when a member's DMs are closed.

use poise::serenity_prelude as serenity;
use serenity::{
    CreateActionRow, CreateButton, CreateInteractionResponse, CreateInteractionResponseMessage,
};

use super::custom_id::CustomId;
use super::respond::{Incoming, Reply, no_mentions};
use super::{BotError, describe};
use crate::guide::walkthrough::{self, Page, Turn};
use crate::guide::{Key, Locale, text};

pub fn buttons(page: &Page) -> Vec<CreateActionRow> {
    let buttons = page
        .buttons
        .iter()
        .map(|b| {
            CreateButton::new(CustomId::Guide(b.turn).to_string())
                .label(b.label)
                .style(if b.turn == Turn::Done {
                    serenity::ButtonStyle::Success
                } else {
                    serenity::ButtonStyle::Secondary
                })
                .disabled(!b.enabled)
        })
        .collect();
    vec![CreateActionRow::Buttons(buttons)]
}

/// True when Discord refused a DM because the member does not accept them.
pub fn dms_closed(error: &serenity::Error) -> bool {
    matches!(error, serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(e))
        if e.error.code == 50007 || e.status_code.as_u16() == 403)
}

/// Sends the first page by DM (with `intro` above it, if any).
pub async fn send_dm(
    http: &serenity::Http,
    user: serenity::UserId,
    locale: Locale,
    intro: Option<&str>,
) -> Result<(), serenity::Error> {
    let page = walkthrough::page(locale, 1, intro);
    let channel = user.create_dm_channel(http).await?;
    let message = serenity::CreateMessage::new()
        .content(page.content.clone())
        .components(buttons(&page))
        .allowed_mentions(no_mentions());
    channel.id.send_message(http, message).await?;
    Ok(())
}

/// `/2fa guide` and the panel's *2FA guide* button.
pub async fn start(ctx: &serenity::Context, incoming: Incoming<'_>) -> Result<(), BotError> {
    let locale = incoming.locale();
    incoming.defer(&ctx.http).await?;
    let reply = match send_dm(&ctx.http, incoming.user().id, locale, None).await {
        Ok(()) => Reply::text(text(locale, Key::GuideSentDm)),
        Err(error) if dms_closed(&error) => {
            let page = walkthrough::page(locale, 1, Some(text(locale, Key::GuideDmClosed)));
            Reply {
                content: page.content.clone(),
                files: vec![],
                components: buttons(&page),
            }
        }
        Err(error) => {
            tracing::warn!(error = %describe(&error), "could not send the guide by DM");
            Reply::text(text(locale, Key::ReplySomethingWentWrong))
        }
    };
    // Deferred above: from here on, only edits.
    incoming.edit_after_commit(&ctx.http, reply).await;
    Ok(())
}

/// Back / Next / Done: replaces the message in place, in the clicker's language.
pub async fn turn(
    ctx: &serenity::Context,
    component: &serenity::ComponentInteraction,
    turn: Turn,
) -> Result<(), BotError> {
    let locale = Locale::from_discord(&component.locale);
    let update = match turn {
        Turn::Done => CreateInteractionResponseMessage::new()
            .content(text(locale, Key::GuideFinished))
            .components(vec![]),
        Turn::To(number) => {
            let page = walkthrough::page(locale, number, None);
            CreateInteractionResponseMessage::new()
                .content(page.content.clone())
                .components(buttons(&page))
        }
    };
    component
        .create_response(&ctx.http, CreateInteractionResponse::UpdateMessage(update))
        .await?;
    Ok(())
}
