//! What the operator's commands (`keygate check`, `keygate rekey`, the start-up key check) and
//! the tests read that no gate rule needs: which keys sealed the stored secrets, re-sealing them
//! under a new key, and every stored value of the member tables.

use sqlx::Row;

use super::codec::{AnyQuery, count, member_from_row, member_query, sealed_from_row};
use super::{Store, StoreError};
use crate::gate::sealing::{KeyId, Sealed};
use crate::gate::{Member, Timestamp};

impl Store {
    /// The ids of the keys that sealed the stored secrets, with how many each sealed.
    pub async fn sealed_key_ids(&self) -> Result<Vec<(KeyId, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT key_id, COUNT(*) AS n FROM enrollments GROUP BY key_id ORDER BY key_id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(StoreError::Query)?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("key_id")?;
                Ok((KeyId::from_raw(id as u32), count(row, "n")?))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::Query)
    }

    /// Up to `limit` secrets sealed under another key than `current`, leaving out setups still
    /// waiting for their first code at `now` (re-sealing would change the secret's nonce under a
    /// confirmation in progress; they are sealed afresh, or expire, within 15 minutes).
    pub async fn sealed_under_other_keys(
        &self,
        current: KeyId,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<(Member, Sealed)>, StoreError> {
        let rows = sqlx::query(
            "SELECT guild_id, user_id, key_id, nonce, ciphertext FROM enrollments WHERE key_id <> $1 \
             AND NOT (confirmed_at IS NULL AND expires_at > $3) ORDER BY guild_id, user_id LIMIT $2",
        )
        .bind(i64::from(current.raw()))
        .bind(i64::from(limit))
        .bind(now.unix());
        self.sealed_rows(rows).await
    }

    /// The members and sealed secrets a query selects (`guild_id, user_id, key_id, nonce,
    /// ciphertext`).
    async fn sealed_rows(&self, query: AnyQuery) -> Result<Vec<(Member, Sealed)>, StoreError> {
        let rows = query
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::Query)?;
        rows.iter()
            .map(|row| Ok((member_from_row(row)?, sealed_from_row(row)?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::Query)
    }

    /// Replaces `old` by `new` for the member, if the row still holds `old` (a member who
    /// re-enrolled meanwhile is left as they are). Whether it was replaced.
    pub async fn reseal(
        &self,
        member: Member,
        old: &Sealed,
        new: &Sealed,
    ) -> Result<bool, StoreError> {
        let done = member_query(
            "UPDATE enrollments SET key_id = $3, nonce = $4, ciphertext = $5 \
             WHERE guild_id = $1 AND user_id = $2 AND key_id = $6 AND nonce = $7",
            member,
        )
        .bind(i64::from(new.key_id.raw()))
        .bind(new.nonce.clone())
        .bind(new.ciphertext.clone())
        .bind(i64::from(old.key_id.raw()))
        .bind(old.nonce.clone())
        .execute(&self.pool)
        .await
        .map_err(StoreError::Query)?;
        Ok(done.rows_affected() == 1)
    }

    /// One sealed secret per key id found in the database, to test that the loaded keys open them.
    pub async fn sealed_samples(&self) -> Result<Vec<(Member, Sealed)>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.guild_id, e.user_id, e.key_id, e.nonce, e.ciphertext FROM enrollments e \
             WHERE NOT EXISTS (SELECT 1 FROM enrollments f WHERE f.key_id = e.key_id \
               AND (f.guild_id < e.guild_id OR (f.guild_id = e.guild_id AND f.user_id < e.user_id)))",
        );
        self.sealed_rows(rows).await
    }

    /// Every text and binary value in the member tables, for tests that prove no secret is stored
    /// in plain text.
    pub async fn dump_member_data(&self) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut out = Vec::new();
        for row in sqlx::query("SELECT nonce, ciphertext FROM enrollments")
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::Query)?
        {
            for column in ["nonce", "ciphertext"] {
                out.push(
                    row.try_get::<Vec<u8>, _>(column)
                        .map_err(StoreError::Query)?,
                );
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
}

impl Store {
    /// Whether the database answers a trivial query within two seconds (for `/healthz`, which
    /// anyone may read: the reason is generic, the details go to the log).
    pub async fn ping(&self) -> Result<(), String> {
        match tokio::time::timeout(
            std::time::Duration::from_secs(2),
            sqlx::query("SELECT 1").fetch_one(&self.pool),
        )
        .await
        {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => {
                tracing::warn!(%error, "the health check's database query failed");
                Err("the database does not answer queries".into())
            }
            Err(_) => Err("the database did not answer within 2 s".into()),
        }
    }

    /// How many role changes wait to be applied, and how many failed for good (for `/metrics`).
    /// Both counts read the `role_changes_due` index, not the table.
    pub async fn role_change_counts(&self) -> Result<(u64, u64), StoreError> {
        let count = async |sql: &'static str| -> Result<u64, StoreError> {
            let row = sqlx::query(sql)
                .fetch_one(&self.pool)
                .await
                .map_err(StoreError::Query)?;
            Ok(row.try_get::<i64, _>(0).map_err(StoreError::Query)?.max(0) as u64)
        };
        Ok((
            count("SELECT COUNT(*) FROM role_changes WHERE done_at IS NULL AND failed_at IS NULL")
                .await?,
            count(
                "SELECT COUNT(*) FROM role_changes WHERE done_at IS NULL AND failed_at IS NOT NULL",
            )
            .await?,
        ))
    }
}
