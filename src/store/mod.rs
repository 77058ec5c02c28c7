//! Persistence on SQLite (default) or PostgreSQL (several bot processes), through sqlx's `Any`
//! driver with one set of portable queries.
//!
//! Architecture invariant: this is the only module that names sqlx. It returns domain types, and
//! every rule that must hold across processes (a step accepted once, a backup code spent once, a
//! lockout honoured) is enforced by a conditional write here, not by memory in one process.

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Row, Transaction};

use crate::gate::audit::{AuditEntry, AuditKind};
use crate::gate::backup_codes::Slot;
use crate::gate::sealing::{KeyId, Sealed};
use crate::gate::service::{
    Effect, EnrollmentRecord, GuildConfig, GuildStats, NewBackupCode, RepoError, Repository,
    RoleAction, RoleChange, StoredBackupCode,
};
use crate::gate::throttle::ThrottleState;
use crate::gate::{ChannelId, GuildId, RoleId, Timestamp, UserId};

type RepoResult<T> = Result<T, RepoError>;

/// How long a process may hold role changes it claimed before another may take them over.
const ROLE_CHANGE_CLAIM_SECS: i64 = 120;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend for a `DATABASE_URL`, or why it is not one Keygate can use.
    pub fn for_url(url: &str) -> Result<Self, String> {
        let scheme = url
            .split_once(':')
            .map(|(scheme, _)| scheme)
            .unwrap_or_default();
        match scheme {
            "sqlite" => Ok(Self::Sqlite),
            "postgres" | "postgresql" => Ok(Self::Postgres),
            "" => Err("it has no scheme; use sqlite://keygate.db or postgres://user:password@host/database".into()),
            other => Err(format!(
                "the scheme `{other}:` is not supported; use sqlite://keygate.db or postgres://user:password@host/database"
            )),
        }
    }
}

/// Failures opening or migrating the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("invalid DATABASE_URL: {0}")]
    BadUrl(String),
    #[error("could not open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("could not apply database migrations: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[source] sqlx::Error),
}

/// The database handle. Cheap to clone (a pool).
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

/// Snowflakes are stored bit-for-bit as signed 64-bit integers (both databases lack unsigned ones).
fn db_id(id: u64) -> i64 {
    id as i64
}

fn from_db_id(id: i64) -> u64 {
    id as u64
}

/// Splits sqlx errors into "the database is unreachable" and everything else.
fn repo_error(error: sqlx::Error) -> RepoError {
    let unavailable = match &error {
        // A conversation with the server that broke off (connection dropped mid-handshake or
        // mid-query) is an outage too, not a bug in a query.
        sqlx::Error::Io(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            // SQLite: BUSY / LOCKED (5, 6). PostgreSQL: connection exceptions (08xxx), shutdown (57P0x).
            // PostgreSQL deadlock / serialization failure (40P01, 40001): retrying shortly works.
            matches!(code.as_ref(), "5" | "6" | "517" | "262" | "40P01" | "40001")
                || code.starts_with("08")
                || code.starts_with("57P")
        }
        _ => false,
    };
    if unavailable {
        RepoError::Unavailable(error.into())
    } else {
        RepoError::Failed(error.into())
    }
}

impl Store {
    /// Opens the database named by `url`, creating an SQLite file (in WAL mode) on first use.
    /// Migrations are not applied here; call [`Store::migrate`].
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::for_url(url).map_err(StoreError::BadUrl)?;
        if backend == Backend::Sqlite {
            Self::create_sqlite_file(url).await?;
        }
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Writers wait for each other instead of failing at once; foreign keys on.
                        sqlx::query("PRAGMA busy_timeout = 10000")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA synchronous = NORMAL")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await
            .map_err(StoreError::Connect)?;
        Ok(Self { pool, backend })
    }

    /// Creates the SQLite file if missing and switches it to WAL (a persistent setting of the file),
    /// so readers never block the writer.
    async fn create_sqlite_file(url: &str) -> Result<(), StoreError> {
        use sqlx::ConnectOptions;
        use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::BadUrl(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let conn = options.connect().await.map_err(StoreError::Connect)?;
        sqlx::Connection::close(conn)
            .await
            .map_err(StoreError::Connect)?;
        Ok(())
    }

    /// Applies the embedded migrations for this backend.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .map_err(StoreError::Migrate)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Round-trips a trivial query.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(StoreError::Query)?;
        Ok(())
    }

    /// For `keygate check`: one sealed secret per key id found in the database, to test that the
    /// loaded key opens them.
    pub async fn sealed_samples(&self) -> Result<Vec<(GuildId, UserId, Sealed)>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.guild_id, e.user_id, e.key_id, e.nonce, e.ciphertext FROM enrollments e \
             WHERE NOT EXISTS (SELECT 1 FROM enrollments f WHERE f.key_id = e.key_id \
               AND (f.guild_id < e.guild_id OR (f.guild_id = e.guild_id AND f.user_id < e.user_id)))",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(StoreError::Query)?;
        rows.iter()
            .map(|row| {
                Ok((
                    GuildId::new(from_db_id(row.try_get("guild_id")?)),
                    UserId::new(from_db_id(row.try_get("user_id")?)),
                    sealed_from_row(row)?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::Query)
    }

    /// Counts enrollments (confirmed or not), for tests.
    pub async fn count_enrollments(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM enrollments")
            .fetch_one(&self.pool)
            .await
            .map_err(StoreError::Query)?;
        row.try_get("n").map_err(StoreError::Query)
    }

    /// Every text and binary value in the member tables, for tests that prove no secret is stored in
    /// plain text.
    pub async fn dump_member_data(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut out = Vec::new();
        for sql in ["SELECT nonce AS b, ciphertext AS c FROM enrollments"] {
            for row in sqlx::query(sql)
                .fetch_all(&self.pool)
                .await
                .map_err(StoreError::Query)?
            {
                out.push(row.try_get::<Vec<u8>, _>("b").map_err(StoreError::Query)?);
                out.push(row.try_get::<Vec<u8>, _>("c").map_err(StoreError::Query)?);
            }
        }
        for sql in [
            "SELECT phc AS t FROM backup_codes",
            "SELECT detail AS t FROM audit_log",
            "SELECT COALESCE(last_error, '') AS t FROM role_changes",
        ] {
            for row in sqlx::query(sql)
                .fetch_all(&self.pool)
                .await
                .map_err(StoreError::Query)?
            {
                out.push(
                    row.try_get::<String, _>("t")
                        .map_err(StoreError::Query)?
                        .into_bytes(),
                );
            }
        }
        Ok(out)
    }

    async fn begin(&self) -> RepoResult<Transaction<'static, Any>> {
        self.pool.begin().await.map_err(repo_error)
    }
}

fn sealed_from_row(row: &AnyRow) -> Result<Sealed, sqlx::Error> {
    let key_id: i64 = row.try_get("key_id")?;
    Ok(Sealed {
        key_id: KeyId::from_raw(key_id as u32),
        nonce: row.try_get("nonce")?,
        ciphertext: row.try_get("ciphertext")?,
    })
}

fn ts(value: Option<i64>) -> Option<Timestamp> {
    value.map(Timestamp::from_unix)
}

async fn insert_audit(
    tx: &mut Transaction<'static, Any>,
    entry: &AuditEntry,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (guild_id, at, kind, actor_id, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(db_id(entry.guild.get()))
    .bind(entry.at.unix())
    .bind(entry.kind.as_str())
    .bind(entry.actor.map(|u| db_id(u.get())))
    .bind(entry.subject.map(|u| db_id(u.get())))
    .bind(entry.detail.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_role_change(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
    role: RoleId,
    action: RoleAction,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    // Only the newest change for a member's role matters: an older grant still waiting (say, after
    // a 503) must not put back a role that a later revoke or reset removed, nor the reverse.
    sqlx::query(
        "UPDATE role_changes SET failed_at = $4, last_error = 'superseded by a later change' \
         WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 AND done_at IS NULL AND failed_at IS NULL",
    )
    .bind(db_id(guild.get()))
    .bind(db_id(user.get()))
    .bind(db_id(role.get()))
    .bind(now.unix())
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO role_changes (guild_id, user_id, role_id, action, created_at, not_before, attempts) \
         VALUES ($1, $2, $3, $4, $5, $5, 0)",
    )
    .bind(db_id(guild.get()))
    .bind(db_id(user.get()))
    .bind(db_id(role.get()))
    .bind(action.as_str())
    .bind(now.unix())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_backup_codes(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
    codes: &[NewBackupCode],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM backup_codes WHERE guild_id = $1 AND user_id = $2")
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .execute(&mut **tx)
        .await?;
    for code in codes {
        sqlx::query("INSERT INTO backup_codes (guild_id, user_id, slot, phc, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .bind(i64::from(code.slot.index()))
            .bind(code.phc.as_str())
            .bind(now.unix())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn delete_member_rows(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
) -> Result<u64, sqlx::Error> {
    let mut enrollments = 0;
    for sql in [
        "DELETE FROM enrollments WHERE guild_id = $1 AND user_id = $2",
        "DELETE FROM backup_codes WHERE guild_id = $1 AND user_id = $2",
        "DELETE FROM throttle WHERE guild_id = $1 AND user_id = $2",
    ] {
        let done = sqlx::query(sql)
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .execute(&mut **tx)
            .await?;
        if sql.starts_with("DELETE FROM enrollments") {
            enrollments = done.rows_affected();
        }
    }
    Ok(enrollments)
}

async fn clear_throttle_row(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM throttle WHERE guild_id = $1 AND user_id = $2")
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// Applies what a spent code does, inside the transaction that spent it.
async fn apply_effect(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
    now: Timestamp,
    effect: &Effect,
) -> Result<(), sqlx::Error> {
    match effect {
        Effect::Verify { grant } => {
            sqlx::query("UPDATE enrollments SET verified_at = $3, last_verified_at = $3 WHERE guild_id = $1 AND user_id = $2")
                .bind(db_id(guild.get()))
                .bind(db_id(user.get()))
                .bind(now.unix())
                .execute(&mut **tx)
                .await?;
            if let Some(role) = grant {
                insert_role_change(tx, guild, user, *role, RoleAction::Grant, now).await?;
            }
        }
        Effect::ReplaceBackupCodes(codes) => {
            insert_backup_codes(tx, guild, user, codes, now).await?
        }
        Effect::Remove { revoke } => {
            delete_member_rows(tx, guild, user).await?;
            if let Some(role) = revoke {
                insert_role_change(tx, guild, user, *role, RoleAction::Remove, now).await?;
            }
        }
    }
    clear_throttle_row(tx, guild, user).await?;
    Ok(())
}

async fn count_unused(
    tx: &mut Transaction<'static, Any>,
    guild: GuildId,
    user: UserId,
) -> Result<u32, sqlx::Error> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM backup_codes WHERE guild_id = $1 AND user_id = $2 AND used_at IS NULL")
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .fetch_one(&mut **tx)
        .await?;
    Ok(u32::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0))
}

fn count_u64(row: &AnyRow, column: &str) -> Result<u64, sqlx::Error> {
    Ok(u64::try_from(row.try_get::<i64, _>(column)?).unwrap_or(0))
}

impl Repository for Store {
    async fn guild_config(&self, guild: GuildId) -> RepoResult<Option<GuildConfig>> {
        let row = sqlx::query("SELECT gated_role_id, log_channel_id, guide_on_join FROM guild_settings WHERE guild_id = $1")
            .bind(db_id(guild.get()))
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
        row.map(|row| -> Result<GuildConfig, sqlx::Error> {
            Ok(GuildConfig {
                guild,
                gated_role: row
                    .try_get::<Option<i64>, _>("gated_role_id")?
                    .map(|id| RoleId::new(from_db_id(id))),
                log_channel: row
                    .try_get::<Option<i64>, _>("log_channel_id")?
                    .map(|id| ChannelId::new(from_db_id(id))),
                guide_on_join: row.try_get::<i64, _>("guide_on_join")? != 0,
            })
        })
        .transpose()
        .map_err(repo_error)
    }

    async fn save_guild_config(&self, config: &GuildConfig, audit: &AuditEntry) -> RepoResult<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, gated_role_id, log_channel_id, guide_on_join, updated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id) DO UPDATE SET gated_role_id = excluded.gated_role_id, \
             log_channel_id = excluded.log_channel_id, guide_on_join = excluded.guide_on_join, updated_at = excluded.updated_at",
        )
        .bind(db_id(config.guild.get()))
        .bind(config.gated_role.map(|r| db_id(r.get())))
        .bind(config.log_channel.map(|c| db_id(c.get())))
        .bind(i64::from(config.guide_on_join))
        .bind(audit.at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)
    }

    async fn enrollment(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> RepoResult<Option<EnrollmentRecord>> {
        let row = sqlx::query(
            "SELECT key_id, nonce, ciphertext, created_at, expires_at, confirmed_at, last_step, verified_at, last_verified_at \
             FROM enrollments WHERE guild_id = $1 AND user_id = $2",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        row.map(|row| -> Result<EnrollmentRecord, sqlx::Error> {
            Ok(EnrollmentRecord {
                sealed: sealed_from_row(&row)?,
                created_at: Timestamp::from_unix(row.try_get("created_at")?),
                expires_at: ts(row.try_get("expires_at")?),
                confirmed_at: ts(row.try_get("confirmed_at")?),
                last_step: row
                    .try_get::<Option<i64>, _>("last_step")?
                    .map(|s| s as u64),
                verified_at: ts(row.try_get("verified_at")?),
                last_verified_at: ts(row.try_get("last_verified_at")?),
            })
        })
        .transpose()
        .map_err(repo_error)
    }

    async fn begin_enrollment(
        &self,
        guild: GuildId,
        user: UserId,
        sealed: &Sealed,
        now: Timestamp,
        expires_at: Timestamp,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "INSERT INTO enrollments (guild_id, user_id, key_id, nonce, ciphertext, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce, \
             ciphertext = excluded.ciphertext, created_at = excluded.created_at, expires_at = excluded.expires_at, \
             last_step = NULL, verified_at = NULL \
             WHERE enrollments.confirmed_at IS NULL",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .bind(i64::from(sealed.key_id.raw()))
        .bind(sealed.nonce.clone())
        .bind(sealed.ciphertext.clone())
        .bind(now.unix())
        .bind(expires_at.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "one atomic write needs the member, the code and every effect of spending it"
    )]
    async fn confirm_enrollment(
        &self,
        guild: GuildId,
        user: UserId,
        nonce: &[u8],
        step: u64,
        now: Timestamp,
        codes: &[NewBackupCode],
        grant: Option<RoleId>,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE enrollments SET confirmed_at = $4, expires_at = NULL, last_step = $3 \
             WHERE guild_id = $1 AND user_id = $2 AND confirmed_at IS NULL AND expires_at > $4 AND nonce = $5",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .bind(step as i64)
        .bind(now.unix())
        .bind(nonce.to_vec())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        async {
            insert_backup_codes(&mut tx, guild, user, codes, now).await?;
            apply_effect(&mut tx, guild, user, now, &Effect::Verify { grant }).await?;
            insert_audit(&mut tx, audit).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn accept_step(
        &self,
        guild: GuildId,
        user: UserId,
        step: u64,
        now: Timestamp,
        effect: &Effect,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE enrollments SET last_step = $3 WHERE guild_id = $1 AND user_id = $2 \
             AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $3)",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .bind(step as i64)
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        async {
            apply_effect(&mut tx, guild, user, now, effect).await?;
            insert_audit(&mut tx, audit).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn backup_code(
        &self,
        guild: GuildId,
        user: UserId,
        slot: Slot,
    ) -> RepoResult<Option<StoredBackupCode>> {
        let row = sqlx::query("SELECT phc, used_at FROM backup_codes WHERE guild_id = $1 AND user_id = $2 AND slot = $3")
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .bind(i64::from(slot.index()))
            .fetch_optional(&self.pool)
            .await
            .map_err(repo_error)?;
        row.map(|row| -> Result<StoredBackupCode, sqlx::Error> {
            Ok(StoredBackupCode {
                phc: row.try_get("phc")?,
                used_at: ts(row.try_get("used_at")?),
            })
        })
        .transpose()
        .map_err(repo_error)
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "one atomic write needs the member, the code and every effect of spending it"
    )]
    async fn consume_backup_code(
        &self,
        guild: GuildId,
        user: UserId,
        slot: Slot,
        phc: &str,
        now: Timestamp,
        effect: &Effect,
        audit: &AuditEntry,
    ) -> RepoResult<Option<u32>> {
        let mut tx = self.begin().await?;
        // Lock the member's enrollment row first, in the same order as every other transaction that
        // touches both tables, so concurrent spends and resets cannot deadlock on PostgreSQL.
        sqlx::query(
            "UPDATE enrollments SET last_step = last_step WHERE guild_id = $1 AND user_id = $2",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        // The phc match guards against a set replaced between the read and this write.
        let done = sqlx::query(
            "UPDATE backup_codes SET used_at = $5 WHERE guild_id = $1 AND user_id = $2 AND slot = $3 \
             AND phc = $4 AND used_at IS NULL",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .bind(i64::from(slot.index()))
        .bind(phc)
        .bind(now.unix())
        .execute(&mut *tx)
        .await
        .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let remaining = async {
            apply_effect(&mut tx, guild, user, now, effect).await?;
            insert_audit(&mut tx, audit).await?;
            count_unused(&mut tx, guild, user).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(Some(remaining))
    }

    async fn remaining_backup_codes(&self, guild: GuildId, user: UserId) -> RepoResult<u32> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM backup_codes WHERE guild_id = $1 AND user_id = $2 AND used_at IS NULL")
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .fetch_one(&self.pool)
            .await
            .map_err(repo_error)?;
        Ok(u32::try_from(row.try_get::<i64, _>("n").map_err(repo_error)?).unwrap_or(0))
    }

    async fn throttle(&self, guild: GuildId, user: UserId) -> RepoResult<(ThrottleState, i64)> {
        let row = sqlx::query(
            "SELECT version, window_start, window_failures, consecutive_failures, lock_count, locked_until, hard_locked \
             FROM throttle WHERE guild_id = $1 AND user_id = $2",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .fetch_optional(&self.pool)
        .await
        .map_err(repo_error)?;
        let Some(row) = row else {
            return Ok((ThrottleState::default(), 0));
        };
        let read = || -> Result<(ThrottleState, i64), sqlx::Error> {
            let count = |column: &str| -> Result<u32, sqlx::Error> {
                Ok(u32::try_from(row.try_get::<i64, _>(column)?).unwrap_or(u32::MAX))
            };
            Ok((
                ThrottleState {
                    window_start: ts(row.try_get("window_start")?),
                    window_failures: count("window_failures")?,
                    consecutive_failures: count("consecutive_failures")?,
                    lock_count: count("lock_count")?,
                    locked_until: ts(row.try_get("locked_until")?),
                    hard_locked: row.try_get::<i64, _>("hard_locked")? != 0,
                },
                row.try_get("version")?,
            ))
        };
        read().map_err(repo_error)
    }

    async fn update_throttle(
        &self,
        guild: GuildId,
        user: UserId,
        version: i64,
        state: &ThrottleState,
        audit: &[AuditEntry],
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let sql = if version == 0 {
            "INSERT INTO throttle (guild_id, user_id, version, window_start, window_failures, consecutive_failures, \
             lock_count, locked_until, hard_locked) VALUES ($1, $2, $3 + 1, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (guild_id, user_id) DO NOTHING"
        } else {
            "UPDATE throttle SET version = $3 + 1, window_start = $4, window_failures = $5, consecutive_failures = $6, \
             lock_count = $7, locked_until = $8, hard_locked = $9 WHERE guild_id = $1 AND user_id = $2 AND version = $3"
        };
        let done = sqlx::query(sql)
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .bind(version)
            .bind(state.window_start.map(Timestamp::unix))
            .bind(i64::from(state.window_failures))
            .bind(i64::from(state.consecutive_failures))
            .bind(i64::from(state.lock_count))
            .bind(state.locked_until.map(Timestamp::unix))
            .bind(i64::from(state.hard_locked))
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        for entry in audit {
            insert_audit(&mut tx, entry).await.map_err(repo_error)?;
        }
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn clear_throttle(
        &self,
        guild: GuildId,
        user: UserId,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        if clear_throttle_row(&mut tx, guild, user)
            .await
            .map_err(repo_error)?
            == 0
        {
            return Ok(false);
        }
        insert_audit(&mut tx, audit).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn delete_member(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        revoke: Option<RoleId>,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        if delete_member_rows(&mut tx, guild, user)
            .await
            .map_err(repo_error)?
            == 0
        {
            return Ok(false);
        }
        async {
            if let Some(role) = revoke {
                insert_role_change(&mut tx, guild, user, role, RoleAction::Remove, now).await?;
            }
            insert_audit(&mut tx, audit).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn revoke(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        role: RoleId,
        audit: &AuditEntry,
    ) -> RepoResult<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE enrollments SET verified_at = NULL WHERE guild_id = $1 AND user_id = $2 AND verified_at IS NOT NULL")
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .execute(&mut *tx)
            .await
            .map_err(repo_error)?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        async {
            insert_role_change(&mut tx, guild, user, role, RoleAction::Remove, now).await?;
            insert_audit(&mut tx, audit).await
        }
        .await
        .map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)?;
        Ok(true)
    }

    async fn record_audit(&self, entry: &AuditEntry) -> RepoResult<()> {
        let mut tx = self.begin().await?;
        insert_audit(&mut tx, entry).await.map_err(repo_error)?;
        tx.commit().await.map_err(repo_error)
    }

    async fn audit_log(
        &self,
        guild: GuildId,
        subject: Option<UserId>,
        limit: u32,
    ) -> RepoResult<Vec<AuditEntry>> {
        let rows = match subject {
            Some(user) => sqlx::query(
                "SELECT at, kind, actor_id, subject_id, detail FROM audit_log WHERE guild_id = $1 AND subject_id = $2 \
                 ORDER BY id DESC LIMIT $3",
            )
            .bind(db_id(guild.get()))
            .bind(db_id(user.get()))
            .bind(i64::from(limit)),
            None => sqlx::query("SELECT at, kind, actor_id, subject_id, detail FROM audit_log WHERE guild_id = $1 ORDER BY id DESC LIMIT $2")
                .bind(db_id(guild.get()))
                .bind(i64::from(limit)),
        }
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.iter()
            .map(|row| -> Result<AuditEntry, sqlx::Error> {
                let kind: String = row.try_get("kind")?;
                Ok(AuditEntry {
                    guild,
                    at: Timestamp::from_unix(row.try_get("at")?),
                    kind: AuditKind::parse(&kind).ok_or_else(|| {
                        sqlx::Error::Decode(format!("unknown audit kind {kind:?}").into())
                    })?,
                    actor: row
                        .try_get::<Option<i64>, _>("actor_id")?
                        .map(|id| UserId::new(from_db_id(id))),
                    subject: row
                        .try_get::<Option<i64>, _>("subject_id")?
                        .map(|id| UserId::new(from_db_id(id))),
                    detail: row.try_get("detail")?,
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    async fn stats(&self, guild: GuildId, now: Timestamp) -> RepoResult<GuildStats> {
        let row = sqlx::query(
            "SELECT \
               (SELECT COUNT(*) FROM enrollments WHERE guild_id = $1 AND confirmed_at IS NOT NULL) AS enrolled, \
               (SELECT COUNT(*) FROM enrollments WHERE guild_id = $1 AND confirmed_at IS NULL AND expires_at > $2) AS pending, \
               (SELECT COUNT(*) FROM enrollments WHERE guild_id = $1 AND verified_at IS NOT NULL) AS verified, \
               (SELECT COUNT(*) FROM throttle WHERE guild_id = $1 AND (hard_locked <> 0 OR locked_until > $2)) AS locked, \
               (SELECT COUNT(*) FROM role_changes WHERE guild_id = $1 AND done_at IS NULL AND failed_at IS NULL) AS role_changes",
        )
        .bind(db_id(guild.get()))
        .bind(now.unix())
        .fetch_one(&self.pool)
        .await
        .map_err(repo_error)?;
        let read = || -> Result<GuildStats, sqlx::Error> {
            Ok(GuildStats {
                enrolled: count_u64(&row, "enrolled")?,
                pending: count_u64(&row, "pending")?,
                verified: count_u64(&row, "verified")?,
                locked: count_u64(&row, "locked")?,
                pending_role_changes: count_u64(&row, "role_changes")?,
            })
        };
        read().map_err(repo_error)
    }

    async fn due_role_changes(&self, now: Timestamp, limit: u32) -> RepoResult<Vec<RoleChange>> {
        // Claimed for a while, so another bot process on the same database leaves them alone;
        // finishing, retrying or failing a change releases the claim. The outer condition is
        // re-checked against the row as it is when updated, so two processes never claim one row.
        let mut rows = sqlx::query(
            "UPDATE role_changes SET claimed_until = $3 WHERE id IN ( \
               SELECT id FROM role_changes WHERE done_at IS NULL AND failed_at IS NULL AND not_before <= $1 \
               AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY id LIMIT $2) \
             AND done_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $1) \
             RETURNING id, guild_id, user_id, role_id, action, attempts, not_before",
        )
        .bind(now.unix())
        .bind(i64::from(limit))
        .bind(now.plus_secs(ROLE_CHANGE_CLAIM_SECS).unix())
        .fetch_all(&self.pool)
        .await
        .map_err(repo_error)?;
        rows.sort_by_key(|row| row.try_get::<i64, _>("id").unwrap_or_default());
        rows.iter()
            .map(|row| -> Result<RoleChange, sqlx::Error> {
                let action: String = row.try_get("action")?;
                Ok(RoleChange {
                    id: row.try_get("id")?,
                    guild: GuildId::new(from_db_id(row.try_get("guild_id")?)),
                    user: UserId::new(from_db_id(row.try_get("user_id")?)),
                    role: RoleId::new(from_db_id(row.try_get("role_id")?)),
                    action: RoleAction::parse(&action).ok_or_else(|| {
                        sqlx::Error::Decode(format!("unknown role action {action:?}").into())
                    })?,
                    attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
                    not_before: Timestamp::from_unix(row.try_get("not_before")?),
                })
            })
            .collect::<Result<_, _>>()
            .map_err(repo_error)
    }

    async fn finish_role_change(&self, id: i64, now: Timestamp) -> RepoResult<()> {
        sqlx::query("UPDATE role_changes SET done_at = $2, claimed_until = NULL WHERE id = $1")
            .bind(id)
            .bind(now.unix())
            .execute(&self.pool)
            .await
            .map_err(repo_error)?;
        Ok(())
    }

    async fn retry_role_change(
        &self,
        id: i64,
        not_before: Timestamp,
        error: &str,
    ) -> RepoResult<()> {
        sqlx::query("UPDATE role_changes SET attempts = attempts + 1, not_before = $2, last_error = $3, claimed_until = NULL WHERE id = $1")
            .bind(id)
            .bind(not_before.unix())
            .bind(error)
            .execute(&self.pool)
            .await
            .map_err(repo_error)?;
        Ok(())
    }

    async fn fail_role_change(&self, id: i64, now: Timestamp, error: &str) -> RepoResult<()> {
        sqlx::query("UPDATE role_changes SET attempts = attempts + 1, failed_at = $2, last_error = $3, claimed_until = NULL WHERE id = $1")
            .bind(id)
            .bind(now.unix())
            .bind(error)
            .execute(&self.pool)
            .await
            .map_err(repo_error)?;
        Ok(())
    }

    async fn claim_guide_dm(
        &self,
        guild: GuildId,
        user: UserId,
        now: Timestamp,
        not_since: Timestamp,
    ) -> RepoResult<bool> {
        let done = sqlx::query(
            "INSERT INTO guide_dms (guild_id, user_id, sent_at) VALUES ($1, $2, $3) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET sent_at = excluded.sent_at WHERE guide_dms.sent_at < $4",
        )
        .bind(db_id(guild.get()))
        .bind(db_id(user.get()))
        .bind(now.unix())
        .bind(not_since.unix())
        .execute(&self.pool)
        .await
        .map_err(repo_error)?;
        Ok(done.rows_affected() == 1)
    }
}
