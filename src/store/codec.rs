//! How domain values are stored: snowflakes bit for bit as signed 64-bit integers (neither
//! database has unsigned ones), times as Unix seconds, sealed secrets as key id, nonce and
//! ciphertext.

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::{Any, Row};

use super::errors::repo_error;
use crate::gate::repository::RepoResult;
use crate::gate::sealing::{KeyId, Sealed};
use crate::gate::{GuildId, Member, Timestamp, UserId};

pub(super) fn db_id(id: u64) -> i64 {
    id as i64
}

pub(super) fn from_db_id(id: i64) -> u64 {
    id as u64
}

pub(super) type AnyQuery = sqlx::query::Query<'static, Any, AnyArguments>;

/// `sql` with the member bound: `$1` is the guild id and `$2` the user id.
pub(super) fn member_query(sql: &'static str, member: Member) -> AnyQuery {
    sqlx::query(sql)
        .bind(db_id(member.guild.get()))
        .bind(db_id(member.user.get()))
}

pub(super) fn member_from_row(row: &AnyRow) -> Result<Member, sqlx::Error> {
    Ok(Member::new(
        GuildId::new(from_db_id(row.try_get("guild_id")?)),
        UserId::new(from_db_id(row.try_get("user_id")?)),
    ))
}

pub(super) fn ts(value: Option<i64>) -> Option<Timestamp> {
    value.map(Timestamp::from_unix)
}

pub(super) fn sealed_from_row(row: &AnyRow) -> Result<Sealed, sqlx::Error> {
    let key_id: i64 = row.try_get("key_id")?;
    Ok(Sealed {
        key_id: KeyId::from_raw(key_id as u32),
        nonce: row.try_get("nonce")?,
        ciphertext: row.try_get("ciphertext")?,
    })
}

/// A `COUNT(*)` column as an unsigned count.
pub(super) fn count(row: &AnyRow, column: &str) -> Result<u64, sqlx::Error> {
    Ok(u64::try_from(row.try_get::<i64, _>(column)?).unwrap_or(0))
}

/// A nullable snowflake column as an id type (`RoleId::new`, `UserId::new`, …).
pub(super) fn optional_id<T>(
    row: &AnyRow,
    column: &str,
    wrap: fn(u64) -> T,
) -> Result<Option<T>, sqlx::Error> {
    Ok(row
        .try_get::<Option<i64>, _>(column)?
        .map(|id| wrap(from_db_id(id))))
}

/// Decodes an optional row with `read`, classifying a decoding failure like any other.
pub(super) fn decode<T>(
    row: Option<AnyRow>,
    read: impl FnOnce(&AnyRow) -> Result<T, sqlx::Error>,
) -> RepoResult<Option<T>> {
    row.as_ref().map(read).transpose().map_err(repo_error)
}
