//! Persistence on SQLite (default) or PostgreSQL (several bot processes), through sqlx's `Any`
//! driver with one set of portable queries.
//!
//! Architecture invariant: this is the only module that names sqlx. It returns domain types, and
//! every rule that must hold across processes (a step accepted once, a backup code spent once, a
//! lockout honoured) is enforced by a conditional write here, not by memory in one process.
//!
//! This file opens and migrates the database; each table group has its own file implementing its
//! port from [`crate::gate::repository`].

/// SQL that holds when the server in `column` is on one of the shards `first`..=`last` of
/// `total` (each a placeholder, `"$3"`), or when there is one shard. A server's shard is
/// `(id >> 22) % total` of its unsigned id; ids are stored as signed BIGINTs, so the mask keeps
/// the shift's 42 bits of an id from 2^63 up positive and the server on the shard Discord gives it.
macro_rules! on_shards {
    ($column:literal, $total:literal, $first:literal, $last:literal) => {
        concat!(
            "(",
            $total,
            " = 1 OR ((",
            $column,
            " >> 22) & 4398046511103) % ",
            $total,
            " BETWEEN ",
            $first,
            " AND ",
            $last,
            ")"
        )
    };
}

mod approvals;
mod audit;
mod checks;
mod codec;
mod diagnostics;
mod errors;
mod guilds;
mod held;
mod joins;
mod members;
mod outbox;
mod throttle;

use std::ops::{Deref, DerefMut};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::gate::repository::RepoResult;
use errors::repo_error;

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
    #[error("the database file {0} does not exist (keygate creates it on first run)")]
    Missing(String),
    #[error("could not open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("could not apply database migrations: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[source] sqlx::Error),
}

/// The database handle. Cheap to clone: clones share the pool (and, on SQLite, the writer permit).
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// How long a process holds the role changes it claimed before another may take them over.
    claim_lease_secs: i64,
    /// SQLite only: the one permit to write (a transaction, or one statement that writes). SQLite
    /// lets one writer in at a time; a write queued behind another would hold a pooled connection
    /// while it waits for the file lock, and a burst of them would take every connection the
    /// plain reads need.
    writer: Option<Arc<Semaphore>>,
}

/// How long a query waits for a pooled connection.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a write on SQLite waits for its turn: as long as SQLite's own busy handler
/// waited for the file lock before there was a turn to take (`busy_timeout`), so a member whose
/// attempt is already counted is not sent away sooner than before.
const TURN_TIMEOUT: Duration = Duration::from_secs(10);

/// An open transaction and, on SQLite, the store's writer permit, held until it has committed
/// or rolled back.
pub(crate) struct Tx {
    /// `Some` until `commit`, `rollback` or drop takes it.
    inner: Option<Transaction<'static, Any>>,
    turn: Option<OwnedSemaphorePermit>,
}

const OPEN: &str = "a transaction is open until it commits, rolls back or drops";

impl Tx {
    pub(crate) async fn commit(mut self) -> Result<(), sqlx::Error> {
        self.inner.take().expect(OPEN).commit().await
    }

    pub(crate) async fn rollback(mut self) -> Result<(), sqlx::Error> {
        self.inner.take().expect(OPEN).rollback().await
    }
}

/// A transaction dropped open (an early return, an error) rolls back before its turn passes to
/// the next writer. Dropped as it is, sqlx would roll it back only later, on its connection's
/// own thread, while the next transaction, on another connection, found the file still locked:
/// SQLite answers a transaction that read and now writes with "database is locked" at once,
/// without waiting.
impl Drop for Tx {
    fn drop(&mut self) {
        let (Some(inner), Some(turn)) = (self.inner.take(), self.turn.take()) else {
            return;
        };
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                match tokio::time::timeout(TURN_TIMEOUT, inner.rollback()).await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::warn!(%error, "a dropped transaction could not roll back");
                    }
                    Err(_) => tracing::warn!("a dropped transaction's rollback took over 10 s"),
                }
                drop(turn);
            });
        }
    }
}

impl Deref for Tx {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        self.inner.as_ref().expect(OPEN)
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        self.inner.as_mut().expect(OPEN)
    }
}

/// A pooled connection for one write and, on SQLite, the store's writer permit, as [`Tx`] holds.
pub(crate) struct Conn {
    inner: PoolConnection<Any>,
    _turn: Option<OwnedSemaphorePermit>,
}

impl Deref for Conn {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

/// The default claim lease: longer than any one role change takes.
pub const DEFAULT_CLAIM_LEASE: Duration = Duration::from_secs(120);

impl Store {
    /// The same store, with role changes claimed for `lease` (a process that dies with changes
    /// claimed leaves them to the others after that long).
    pub fn with_claim_lease(mut self, lease: Duration) -> Self {
        self.claim_lease_secs = i64::try_from(lease.as_secs().max(1)).unwrap_or(i64::MAX);
        self
    }

    pub(crate) fn claim_lease_secs(&self) -> i64 {
        self.claim_lease_secs
    }

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
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Writers wait for each other instead of failing at once; foreign keys on.
                        let busy = format!("PRAGMA busy_timeout = {}", TURN_TIMEOUT.as_millis());
                        sqlx::query(sqlx::AssertSqlSafe(busy))
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
        Ok(Self {
            pool,
            backend,
            claim_lease_secs: DEFAULT_CLAIM_LEASE.as_secs() as i64,
            writer: (backend == Backend::Sqlite).then(|| Arc::new(Semaphore::new(1))),
        })
    }

    /// Opens an existing database and changes nothing: no SQLite file is created, no migration
    /// applied (for `keygate check`).
    pub async fn open_existing(url: &str) -> Result<Self, StoreError> {
        use sqlx::sqlite::SqliteConnectOptions;
        sqlx::any::install_default_drivers();
        let backend = Backend::for_url(url).map_err(StoreError::BadUrl)?;
        if backend == Backend::Sqlite {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::BadUrl(e.to_string()))?;
            let path = options.get_filename();
            if !path.exists() {
                return Err(StoreError::Missing(path.display().to_string()));
            }
        }
        let pool = AnyPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect(url)
            .await
            .map_err(StoreError::Connect)?;
        Ok(Self {
            pool,
            backend,
            claim_lease_secs: DEFAULT_CLAIM_LEASE.as_secs() as i64,
            writer: (backend == Backend::Sqlite).then(|| Arc::new(Semaphore::new(1))),
        })
    }

    /// The migrations this database has not had yet (`version description`), without applying
    /// any.
    pub async fn pending_migrations(&self) -> Result<Vec<String>, StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        let exists_sql = match self.backend {
            Backend::Sqlite => {
                "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Backend::Postgres => {
                "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = '_sqlx_migrations'"
            }
        };
        let row = sqlx::query(exists_sql)
            .fetch_one(&self.pool)
            .await
            .map_err(StoreError::Query)?;
        let applied: Vec<i64> = if codec::count(&row, "n").map_err(StoreError::Query)? == 0 {
            Vec::new()
        } else {
            sqlx::query("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.pool)
                .await
                .map_err(StoreError::Query)?
                .iter()
                .map(|row| sqlx::Row::try_get(row, "version"))
                .collect::<Result<_, _>>()
                .map_err(StoreError::Query)?
        };
        Ok(migrator
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .map(|m| format!("{:04} {}", m.version, m.description))
            .collect())
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

    /// On SQLite, this process's turn to write: waits (without a connection, up to 10 s) until no
    /// other write of this process is under way. PostgreSQL needs none.
    async fn turn(&self) -> RepoResult<Option<OwnedSemaphorePermit>> {
        let Some(writer) = &self.writer else {
            return Ok(None);
        };
        let permit = tokio::time::timeout(TURN_TIMEOUT, Arc::clone(writer).acquire_owned())
            .await
            .map_err(|_| repo_error(sqlx::Error::PoolTimedOut))?
            .map_err(|_| repo_error(sqlx::Error::PoolClosed))?;
        Ok(Some(permit))
    }

    /// Opens a transaction: its turn first ([`Store::turn`]), then up to 5 s for a connection.
    async fn begin(&self) -> RepoResult<Tx> {
        let turn = self.turn().await?;
        let inner = match self.backend {
            // The write lock at the start, under SQLite's busy handler: a lock still held by
            // another connection (a cancelled write's, or another process's such as
            // `keygate rekey`) is waited for, where a transaction that read first and then writes
            // is answered "database is locked" at once.
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
        .map_err(repo_error)?;
        Ok(Tx {
            inner: Some(inner),
            turn,
        })
    }

    /// A connection for one write outside a transaction, after its turn as [`Store::begin`] takes.
    async fn writer(&self) -> RepoResult<Conn> {
        let turn = self.turn().await?;
        let inner = self.pool.acquire().await.map_err(repo_error)?;
        Ok(Conn { inner, _turn: turn })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new SQLite store (migrated, if asked) with a table `writes` to write to.
    async fn store_with_writes_table(migrated: bool) -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("keygate.db").display());
        let store = Store::connect(&url).await.unwrap();
        if migrated {
            store.migrate().await.unwrap();
        }
        sqlx::query("CREATE TABLE writes (n INTEGER)")
            .execute(&store.pool)
            .await
            .unwrap();
        (store, dir)
    }

    /// While writes wait for their turn: the open write's connection and at most the one idle
    /// since the table was made are taken, and a read gets a connection within 1 s.
    async fn assert_a_read_gets_a_connection(store: &Store) {
        assert!(
            store.pool.size() <= 2,
            "{} connections open",
            store.pool.size()
        );
        let read = sqlx::query("SELECT 1 AS one").fetch_one(&store.pool);
        match tokio::time::timeout(Duration::from_secs(1), read).await {
            Ok(Ok(_)) => {}
            Ok(Err(error)) => panic!("the read failed: {error}"),
            Err(_) => panic!("the read found no free connection within 1 s"),
        }
    }

    /// Transactions queued on SQLite wait for their turn without a pooled connection, so a read
    /// still gets one (before, each took a connection and sat on it waiting for the file lock,
    /// and the read timed out).
    #[tokio::test]
    async fn queued_transactions_leave_connections_for_reads() {
        let (store, _dir) = store_with_writes_table(false).await;
        let insert = |mut tx: Tx| async move {
            sqlx::query("INSERT INTO writes (n) VALUES (1)")
                .execute(&mut *tx)
                .await?;
            Ok::<_, sqlx::Error>(tx)
        };
        // One transaction holds the file's write lock; sixteen more want it.
        let open = insert(store.begin().await.unwrap()).await.unwrap();
        let queued: Vec<_> = (0..16)
            .map(|_| {
                let store = store.clone();
                tokio::spawn(async move {
                    let tx = store.begin().await.expect("a turn to write");
                    insert(tx).await?.commit().await
                })
            })
            .collect();
        // Let every queued transaction reach its wait.
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_a_read_gets_a_connection(&store).await;
        open.commit().await.unwrap();
        for transaction in queued {
            transaction.await.unwrap().unwrap();
        }
    }

    /// A transaction dropped without a commit (an early return, an error) gives its turn up only
    /// once it has rolled back: the next transaction, which reads before it writes, must not
    /// find the file still locked by it (SQLite answers an upgrade from reading to writing with
    /// "database is locked" at once, without waiting).
    #[tokio::test]
    async fn a_dropped_transaction_leaves_the_file_unlocked_for_the_next() {
        let (store, _dir) = store_with_writes_table(false).await;
        // Several idle connections, so the next transaction need not wait for the dropped one's.
        let open: Vec<_> = futures_util::future::join_all((0..4).map(|_| store.pool.acquire()))
            .await
            .into_iter()
            .collect::<Result<_, _>>()
            .unwrap();
        drop(open);
        // Before the fix this failed ("database is locked") when the machine was busy: the
        // dropped transaction's connection rolled back on its own thread only later.
        for _ in 0..200 {
            let mut dropped = store.begin().await.unwrap();
            sqlx::query("INSERT INTO writes (n) VALUES (1)")
                .execute(&mut *dropped)
                .await
                .unwrap();
            drop(dropped);
            let mut next = store.begin().await.unwrap();
            sqlx::query("SELECT COUNT(*) FROM writes")
                .fetch_one(&mut *next)
                .await
                .unwrap();
            sqlx::query("INSERT INTO writes (n) VALUES (2)")
                .execute(&mut *next)
                .await
                .expect("the next transaction writes");
            next.commit().await.unwrap();
        }
    }

    /// A write lock held outside this process's turn (another process, or a write whose caller
    /// gave up mid-statement) is waited for: each transaction takes the lock at its start,
    /// under SQLite's busy handler. Before, a transaction that read and then wrote was answered
    /// "database is locked" at once.
    #[tokio::test]
    async fn a_transaction_waits_for_a_write_lock_held_outside_its_turn() {
        let (store, _dir) = store_with_writes_table(false).await;
        let mut outside = store.pool.begin().await.unwrap();
        sqlx::query("INSERT INTO writes (n) VALUES (1)")
            .execute(&mut *outside)
            .await
            .unwrap();
        let waiting = tokio::spawn({
            let store = store.clone();
            async move {
                let mut tx = store.begin().await?;
                sqlx::query("SELECT COUNT(*) FROM writes")
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(repo_error)?;
                sqlx::query("INSERT INTO writes (n) VALUES (2)")
                    .execute(&mut *tx)
                    .await
                    .map_err(repo_error)?;
                tx.commit().await.map_err(repo_error)
            }
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        outside.commit().await.unwrap();
        waiting
            .await
            .unwrap()
            .expect("the transaction waited for the lock");
    }

    /// A raid of joins while a transaction writes: each join is one statement outside any
    /// transaction, and it too waits for its turn without a pooled connection, so a read still
    /// gets one.
    #[tokio::test]
    async fn queued_single_writes_leave_connections_for_reads() {
        use crate::gate::repository::Joins;
        use crate::gate::{GuildId, Member, Timestamp, UserId};

        let (store, _dir) = store_with_writes_table(true).await;
        let mut open = store.begin().await.unwrap();
        sqlx::query("INSERT INTO writes (n) VALUES (1)")
            .execute(&mut *open)
            .await
            .unwrap();
        let joins: Vec<_> = (0..16)
            .map(|n| {
                let store = store.clone();
                let member = Member {
                    guild: GuildId::new(1),
                    user: UserId::new(100 + n),
                };
                tokio::spawn(async move {
                    store
                        .record_join(member, Timestamp::from_unix(1_700_000_000), &[])
                        .await
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_a_read_gets_a_connection(&store).await;
        open.commit().await.unwrap();
        for join in joins {
            join.await.unwrap().expect("the join is recorded");
        }
    }
}
