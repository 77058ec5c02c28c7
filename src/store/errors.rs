//! sqlx errors, split into "the database cannot be reached right now" (the member is told to try
//! again shortly) and everything else (a bug or a broken database, logged for the operator).

use crate::gate::repository::RepoError;

/// Classifies by error kind and SQLSTATE (or SQLite's result code).
pub(super) fn repo_error(error: sqlx::Error) -> RepoError {
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
