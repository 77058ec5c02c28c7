//! The server's gates as this process read them a moment ago, for choosing what a prompt shows.
//!
//! Opening a modal must be the first answer to an interaction, within Discord's 3 seconds, so in a
//! raid every read before one waits in line for a database connection. The gates change rarely;
//! here they are read once per server every [`FRESH_FOR`], and a raid's thousand `/verify`s wait
//! for that one read instead of making a thousand. What a code grants is never decided from here:
//! a spent code reads the gates afresh. This process's own changes replace the entry at once;
//! another process's show within [`FRESH_FOR`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::GuildId;
use super::repository::GuildConfig;

/// How long a server's gates are shown as read.
pub const FRESH_FOR: Duration = Duration::from_secs(5);
/// The servers remembered at most; past that the stale ones are forgotten first, then all.
const MOST: usize = 10_000;

type Slot = Arc<tokio::sync::Mutex<Option<(Instant, GuildConfig)>>>;

#[derive(Default)]
pub struct PromptConfigs {
    slots: Mutex<HashMap<GuildId, Slot>>,
}

impl PromptConfigs {
    fn slots(&self) -> std::sync::MutexGuard<'_, HashMap<GuildId, Slot>> {
        self.slots
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The server's gates read within [`FRESH_FOR`], or read now by `read`. Concurrent callers
    /// for one server wait for a single read; a failed read is not remembered.
    pub async fn get<E>(
        &self,
        guild: GuildId,
        read: impl AsyncFnOnce() -> Result<GuildConfig, E>,
    ) -> Result<GuildConfig, E> {
        let slot = {
            let mut slots = self.slots();
            if slots.len() >= MOST && !slots.contains_key(&guild) {
                slots.retain(|_, slot| {
                    slot.try_lock().is_ok_and(|entry| {
                        entry
                            .as_ref()
                            .is_some_and(|(at, _)| at.elapsed() < FRESH_FOR)
                    })
                });
                if slots.len() >= MOST {
                    slots.clear();
                }
            }
            slots.entry(guild).or_default().clone()
        };
        let mut entry = slot.lock().await;
        if let Some((at, config)) = entry.as_ref()
            && at.elapsed() < FRESH_FOR
        {
            return Ok(config.clone());
        }
        let config = read().await?;
        *entry = Some((Instant::now(), config.clone()));
        Ok(config)
    }

    /// Forgets the server's gates, after this process changed them.
    pub fn forget(&self, guild: GuildId) {
        self.slots().remove(&guild);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn guild() -> GuildId {
        GuildId::new(7)
    }

    #[tokio::test]
    async fn a_burst_reads_once_and_a_change_here_is_read_again() {
        let configs = PromptConfigs::default();
        let reads = AtomicUsize::new(0);
        let read = async || -> Result<GuildConfig, ()> {
            reads.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
            Ok(GuildConfig::unconfigured(guild()))
        };
        let burst = (0..50).map(|_| configs.get(guild(), &read));
        for got in futures_util::future::join_all(burst).await {
            assert_eq!(got, Ok(GuildConfig::unconfigured(guild())));
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1, "fifty prompts, one read");
        configs.forget(guild());
        configs.get(guild(), &read).await.unwrap();
        assert_eq!(reads.load(Ordering::SeqCst), 2, "read again after a change");
    }

    #[tokio::test]
    async fn a_failed_read_is_not_remembered() {
        let configs = PromptConfigs::default();
        let failed = configs
            .get(guild(), async || Err::<GuildConfig, _>("down"))
            .await;
        assert_eq!(failed, Err("down"));
        let read = configs
            .get(guild(), async || {
                Ok::<_, &str>(GuildConfig::unconfigured(guild()))
            })
            .await;
        assert_eq!(read, Ok(GuildConfig::unconfigured(guild())));
    }
}
