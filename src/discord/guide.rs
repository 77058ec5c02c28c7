//! The DM walkthrough of Discord's own 2FA: `/2fa guide`, the panel's *2FA guide* button, the page
//! buttons, and the ephemeral fallback when a member's DMs are closed.

use poise::serenity_prelude as serenity;
use serenity::{
    CreateActionRow, CreateButton, CreateInteractionResponse, CreateInteractionResponseMessage,
};

use super::budget::{Budget, Dm};
use super::custom_id::CustomId;
use super::respond::{Incoming, Reply, no_mentions};
use super::{BotError, describe};
use crate::guide::walkthrough::{self, Page, Turn};
use crate::guide::{Key, Locale, text};

/// The page's Back / Next / Done buttons; on the last page, with the browser check on
/// (`check_label`), a *Check my Discord 2FA* button too.
pub fn buttons(page: &Page, check_label: Option<&str>) -> Vec<CreateActionRow> {
    let mut buttons: Vec<CreateButton> = page
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
    if let (true, Some(label)) = (page.last, check_label) {
        // A button, not a link: the link is made when pressed, for the member who pressed it,
        // and shown only to them (a DM stays; a check link must not).
        buttons.push(
            CreateButton::new(CustomId::PanelCheck.to_string())
                .label(label)
                .style(serenity::ButtonStyle::Primary),
        );
    }
    vec![CreateActionRow::Buttons(buttons)]
}

/// Sends the first page by DM (with `intro` above it, if any).
pub async fn send_dm(
    http: &serenity::Http,
    budget: &Budget,
    user: serenity::UserId,
    locale: Locale,
    intro: Option<&str>,
) -> Dm {
    let page = walkthrough::page(locale, 1, intro);
    let message = serenity::CreateMessage::new()
        .content(page.content.clone())
        .components(buttons(&page, None))
        .allowed_mentions(no_mentions());
    super::budget::send_dm(http, budget, user, message).await
}

/// `/2fa guide` and the panel's *2FA guide* button.
pub async fn start(
    ctx: &serenity::Context,
    budget: &Budget,
    incoming: Incoming<'_>,
) -> Result<(), BotError> {
    let locale = incoming.locale();
    incoming.defer(&ctx.http).await?;
    // Shown here instead of by DM: with the member's DMs closed (known, or just found), or while
    // the bot holds back its DMs.
    let here = |intro: Option<&str>| {
        let page = walkthrough::page(locale, 1, intro);
        Reply {
            content: page.content.clone(),
            files: vec![],
            components: buttons(&page, None),
        }
    };
    let reply = match send_dm(&ctx.http, budget, incoming.user().id, locale, None).await {
        Dm::Sent => Reply::text(text(locale, Key::GuideSentDm)),
        Dm::Closed => here(Some(text(locale, Key::GuideDmClosed))),
        Dm::Paused => here(None),
        Dm::Failed(error) => {
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
    check: bool,
) -> Result<(), BotError> {
    let locale = Locale::from_discord(&component.locale);
    let check_label = check.then(|| text(locale, Key::Check2faButton));
    let update = match turn {
        Turn::Done => CreateInteractionResponseMessage::new()
            .content(text(locale, Key::GuideFinished))
            .components(vec![]),
        Turn::To(number) => {
            let page = walkthrough::page(locale, number, None);
            CreateInteractionResponseMessage::new()
                .content(page.content.clone())
                .components(buttons(&page, check_label))
        }
    };
    let sent = component
        .create_response(&ctx.http, CreateInteractionResponse::UpdateMessage(update))
        .await;
    super::awaiting::answered();
    sent?;
    Ok(())
}
