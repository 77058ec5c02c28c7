//! Held roles from the member's side: *End now* (a member gives up a timed role before its time;
//! no code is asked, giving up a power is always safe), and gated roles lost with the eligible
//! role they need, whenever Discord shows the member's roles (a role change, a `/verify`).

use poise::serenity_prelude as serenity;

use crate::discord::log::Poster;
use crate::discord::log_lines::{Ended, LogLine};
use crate::discord::respond::{Incoming, Reply};
use crate::discord::worker::WorkerHandle;
use crate::discord::{BotError, Data};
use crate::gate::{GateError, Member, RoleId};
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
        crate::discord::log::post(data.poster(&ctx.http), member.guild, &line).await;
    }
    Ok(())
}

/// The member holds `holds` now: every gated role whose gate needs a role they no longer hold is
/// released, its removal queued, and the log channel told.
pub async fn release_ineligible(
    poster: Poster<'_>,
    worker: &WorkerHandle,
    member: Member,
    holds: &[RoleId],
) {
    match poster.gate.roles_changed(member, holds).await {
        Ok(lost) if lost.is_empty() => {}
        Ok(lost) => {
            worker.wake();
            for (role, needs) in lost {
                let line = LogLine::EligibilityLost {
                    user: member.user,
                    role,
                    needs,
                };
                crate::discord::log::post(poster, member.guild, &line).await;
            }
        }
        Err(error) => {
            tracing::warn!(guild = %member.guild, error = %crate::discord::error::chain(&error), "could not check a member's gated roles against their roles")
        }
    }
}
