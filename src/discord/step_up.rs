//! Step-up for Keygate's own moderator commands (`moderator_code`): before `/gate setup`, `drop`,
//! `unlock`, `revoke` or `reset` runs, the moderator types a fresh code from their authenticator
//! app in a modal, so a stolen moderator session alone cannot reset members or unlock an attacker.
//!
//! The action waits here, in memory, for five minutes, keyed by a random id that the modal
//! carries; it runs once, for the moderator who asked, after the gate has checked and spent the
//! code (throttled, never a backup code, never a replay). A restart forgets waiting actions: the
//! moderator runs the command again.

use std::collections::HashMap;
use std::sync::Mutex;

use poise::serenity_prelude as serenity;
use serenity::{CreateActionRow, CreateInputText, CreateModal, InputTextStyle};

use super::actions::{self, ModeratorAction};
use super::answer::answer_error;
use super::custom_id::{CODE_INPUT, CustomId, StepUpId};
use super::flows::{before_modal, modal_code};
use super::respond::{Answered, Incoming, Reply};
use super::{BotError, Data};
use crate::gate::outcome::Enrollment;
use crate::gate::throttle::Access;
use crate::gate::{Entropy, GateError, Member, OsEntropy, Timestamp};
use crate::guide::{Key, text};

/// How long an action waits for its moderator's code.
const WAIT_SECS: i64 = 5 * 60;
/// Actions waiting at most in one server (its oldest give way), and across servers.
const MAX_WAITING_PER_SERVER: usize = 20;
const MAX_WAITING: usize = 10_000;

struct Waiting {
    moderator: Member,
    action: ModeratorAction,
    expires_at: Timestamp,
}

/// Moderator actions waiting for their moderator's code.
#[derive(Default)]
pub struct Pending(Mutex<HashMap<StepUpId, Waiting>>);

impl Pending {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<StepUpId, Waiting>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Keeps `action` for `moderator` (replacing one they left waiting) under a new random id.
    fn insert(&self, moderator: Member, action: ModeratorAction, now: Timestamp) -> StepUpId {
        let mut raw = [0u8; 8];
        OsEntropy.fill(&mut raw);
        let id = StepUpId(u64::from_le_bytes(raw));
        let mut waiting = self.lock();
        waiting.retain(|_, w| w.expires_at > now && w.moderator != moderator);
        // A server's moderators crowd out only each other; beyond the global cap (servers an
        // attacker created by the hundred) the oldest anywhere gives way.
        let here = waiting
            .values()
            .filter(|w| w.moderator.guild == moderator.guild)
            .count();
        let crowded =
            |w: &Waiting| here < MAX_WAITING_PER_SERVER || w.moderator.guild == moderator.guild;
        if (here >= MAX_WAITING_PER_SERVER || waiting.len() >= MAX_WAITING)
            && let Some(oldest) = waiting
                .iter()
                .filter(|(_, w)| crowded(w))
                .min_by_key(|(_, w)| w.expires_at)
                .map(|(id, _)| *id)
        {
            waiting.remove(&oldest);
        }
        waiting.insert(
            id,
            Waiting {
                moderator,
                action,
                expires_at: now.plus_secs(WAIT_SECS),
            },
        );
        id
    }

    /// The action waiting under `id` for `moderator`, taken (it runs at most once).
    fn take(&self, id: StepUpId, moderator: Member, now: Timestamp) -> Option<ModeratorAction> {
        let mut waiting = self.lock();
        match waiting.get(&id) {
            Some(w) if w.moderator == moderator && w.expires_at > now => {
                waiting.remove(&id).map(|w| w.action)
            }
            _ => None,
        }
    }
}

/// When the server asks for a moderator code, answers the command with the step-up modal (or
/// with why it cannot) and keeps the action waiting: `true`. `false` when the action may run now.
pub async fn ask_first(
    ctx: &serenity::Context,
    data: &Data,
    incoming: Incoming<'_>,
    action: &ModeratorAction,
) -> Result<bool, BotError> {
    let moderator = incoming.member()?;
    let status = before_modal(async {
        let config = data.gate.config(moderator.guild).await?;
        if !config.moderator_code {
            return Ok(None);
        }
        Ok(Some(data.gate.status(moderator).await?))
    })
    .await?;
    let Some(status) = status else {
        return Ok(false);
    };
    let locale = incoming.locale();
    if !matches!(status.enrollment, Enrollment::Confirmed { .. }) {
        incoming
            .reply(&ctx.http, Reply::text(text(locale, Key::StepUpEnrollFirst)))
            .await?;
        return Ok(true);
    }
    if status.access != Access::Open {
        return Err(GateError::Locked(status.access).into());
    }
    let id = data
        .step_ups
        .insert(moderator, action.clone(), data.gate.now());
    let field = CreateInputText::new(
        InputTextStyle::Short,
        text(locale, Key::CodeInputLabel),
        CODE_INPUT,
    )
    .min_length(6)
    .max_length(16)
    .placeholder("123456")
    .required(true);
    let modal = CreateModal::new(
        CustomId::StepUp(id).to_string(),
        text(locale, Key::StepUpModalTitle),
    )
    .components(vec![CreateActionRow::InputText(field)]);
    incoming.modal(&ctx.http, modal).await?;
    tracing::debug!(command = action.command(), "moderator code asked for");
    Ok(true)
}

/// The step-up modal came back: check the moderator's code, then run the action.
pub async fn on_modal(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    id: StepUpId,
) -> Result<(), BotError> {
    let incoming = Incoming::Modal(modal);
    let moderator = incoming.member()?;
    // Still a moderator now, not only when the command was run.
    let permissions = incoming
        .guild_member()
        .and_then(|m| m.permissions)
        .unwrap_or_else(serenity::Permissions::empty);
    if !permissions.manage_guild() && !permissions.administrator() {
        return Err(BotError::Hint(Key::ReplyOnlyModerators));
    }
    let Some(action) = data.step_ups.take(id, moderator, data.gate.now()) else {
        return Err(BotError::Hint(Key::StepUpExpired));
    };
    incoming.defer(&ctx.http).await?;
    let code = zeroize::Zeroizing::new(modal_code(modal));
    if let Err(error) = data.gate.step_up(moderator, &code, action.command()).await {
        answer_error(ctx, data, incoming, Answered::Deferred, error.into()).await;
        let not_done = Reply::text(text(incoming.locale(), Key::StepUpNotDone));
        if let Err(error) = incoming.follow_up(&ctx.http, not_done).await {
            tracing::warn!(error = %super::describe(&error), "could not tell a moderator their command was not run");
        }
        return Ok(());
    }
    actions::run(ctx, data, incoming, action).await;
    Ok(())
}
