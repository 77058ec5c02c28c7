//! Persistence on SQLite (default) or PostgreSQL (several bot processes), through sqlx's `Any`
//! driver with one set of portable queries.
//!
//! Architecture invariant: this is the only module that names sqlx. It returns domain types, and
//! every rule that must hold across processes (a step accepted once, a backup code spent once, a
//! lockout honoured) is enforced by a conditional write here, not by memory in one process.
//!
//! This file opens and migrates the database; each table group has its own file implementing its
//! port from [`crate::gate::repository`].

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

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::{Any, AnyPool, Transaction};

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

/// The database handle. Cheap to clone (a pool).
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// How long a process holds the role changes it claimed before another may take them over.
    claim_lease_secs: i64,
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
        Ok(Self {
            pool,
            backend,
            claim_lease_secs: DEFAULT_CLAIM_LEASE.as_secs() as i64,
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
            .acquire_timeout(Duration::from_secs(5))
            .connect(url)
            .await
            .map_err(StoreError::Connect)?;
        Ok(Self {
            pool,
            backend,
            claim_lease_secs: DEFAULT_CLAIM_LEASE.as_secs() as i64,
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

    async fn begin(&self) -> RepoResult<Transaction<'static, Any>> {
        self.pool.begin().await.map_err(repo_error)
    }
}
