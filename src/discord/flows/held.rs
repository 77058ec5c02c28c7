//! *End now*: a member gives up a timed role before its time (moderator powers no longer
//! needed). No code is asked: giving up a power is always safe.

use poise::serenity_prelude as serenity;

use crate::discord::log_lines::{Ended, LogLine};
use crate::discord::respond::{Incoming, Reply};
use crate::discord::{BotError, Data};
use crate::gate::{GateError, RoleId};
use crate::guide::{Key, fill};

/// The *End now* button under a timed role's reply: the message is replaced by the result.
pub async fn end_now(
    ctx: &serenity::Context,
    data: &Data,
    component: &serenity::ComponentInteraction,
    role: RoleId,
) -> Result<(), BotError> {
    let incoming = Incoming::Component(component);
    let member = incoming.member()?;
    let locale = incoming.locale();
    let mention = format!("<@&{role}>");
    let key = match data.gate.end_early(member, role).await {
        Ok(()) => Key::RoleEnded,
        Err(GateError::NotVerified) => Key::RoleEndNotHeld,
        Err(other) => return Err(other.into()),
    };
    incoming
        .update(
            &ctx.http,
            Reply::text(fill(locale, key, &[("role", &mention)])),
        )
        .await?;
    if key == Key::RoleEnded {
        data.worker.wake();
        let line = LogLine::Ended {
            user: member.user,
            role,
            how: Ended::Early,
        };
        crate::discord::log::post(&data.gate, &ctx.http, member.guild, &line).await;
    }
    Ok(())
}
