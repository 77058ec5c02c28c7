//! What `keygate check` and the tests read that no gate rule needs: a sample of sealed secrets per
//! key id, and every stored value of the member tables.

use sqlx::Row;

use super::codec::{member_from_row, sealed_from_row};
use super::{Store, StoreError};
use crate::gate::Member;
use crate::gate::sealing::Sealed;

impl Store {
    /// One sealed secret per key id found in the database, to test that the loaded keys open them.
    pub async fn sealed_samples(&self) -> Result<Vec<(Member, Sealed)>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.guild_id, e.user_id, e.key_id, e.nonce, e.ciphertext FROM enrollments e \
             WHERE NOT EXISTS (SELECT 1 FROM enrollments f WHERE f.key_id = e.key_id \
               AND (f.guild_id < e.guild_id OR (f.guild_id = e.guild_id AND f.user_id < e.user_id)))",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(StoreError::Query)?;
        rows.iter()
            .map(|row| Ok((member_from_row(row)?, sealed_from_row(row)?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::Query)
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
