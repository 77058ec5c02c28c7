//! An enrolled member's code (from the app, or a backup code) in the *Verify* modal.

use super::{Done, Submission};
use crate::discord::BotError;
use crate::discord::log_lines::LogLine;
use crate::discord::respond::Reply;
use crate::guide::messages as msg;

/// Checks the code and queues the gate's role.
pub(super) async fn check(s: &Submission<'_>) -> Result<Done, BotError> {
    let verified = s.data.gate.verify(s.member, s.code, &s.passing).await?;
    let reply = Reply::text(msg::verified(s.incoming.locale(), verified.method));
    let (user, method, grant) = (s.member.user, verified.method, verified.grant);
    Ok(Done::new(
        reply,
        LogLine::Verified {
            user,
            method,
            grant,
        },
    )
    .granting(grant))
}
