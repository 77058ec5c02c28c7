//! Migrations move a populated database forward with nothing lost, on SQLite and PostgreSQL:
//! each test builds the schema as an earlier release left it, fills it, then migrates.

mod support;

use std::path::Path;

use keygate::gate::gates::RoleGate;
use keygate::gate::repository::{Cause, Gating, Guilds, Members, Outbox, RoleAction, Throttles};
use keygate::gate::throttle::{Access, AttemptId, NewLock};
use keygate::gate::{ChannelId, Member, Timestamp, UserId};
use keygate::store::{Backend, Store};
use support::{GUILD, MEMBER, OTHER_GUILD, ROLE, START, TestDb};

/// Applies this backend's migrations up to and including `last`, as that release would have.
async fn migrate_to(db: &TestDb, last: i64) -> sqlx::AnyPool {
    // Store::connect creates the SQLite file; the earlier schema is then built by hand.
    Store::connect(&db.url).await.unwrap().close().await;
    let backend = Backend::for_url(&db.url).unwrap();
    let folder = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder);
    let earlier = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let version: i64 = name[..4].parse().unwrap();
        if version <= last {
            std::fs::copy(&path, earlier.path().join(&name)).unwrap();
        }
    }
    let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
    sqlx::migrate::Migrator::new(earlier.path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    pool
}

on_both_backends! {
    async fn an_open_lockout_window_survives_the_move_to_reserved_attempts(db) {
        let pool = migrate_to(&db, 3).await;
        let (guild, user) = (GUILD.get() as i64, MEMBER.get() as i64);
        // Three failures in a window still open, one earlier lock; and a member locked right now.
        let locked_user = user + 1;
        let until = START.plus_secs(600).unix();
        for (user, start, failures, locked_until) in [
            (user, Some(START.unix()), 3, None),
            (locked_user, None, 0, Some(until)),
        ] {
            sqlx::query(
                "INSERT INTO throttle (guild_id, user_id, version, window_start, window_failures, \
                 consecutive_failures, lock_count, locked_until, hard_locked) \
                 VALUES ($1, $2, 4, $3, $4, $5, 1, $6, 0)",
            )
            .bind(guild)
            .bind(user)
            .bind(start)
            .bind(failures)
            .bind(failures + 5)
            .bind(locked_until)
            .execute(&pool)
            .await
            .unwrap();
        }
        pool.close().await;

        let store = db.store().await;
        let member = Member::new(GUILD, MEMBER);
        let state = store.throttle(member).await.unwrap();
        assert_eq!(state.recent, vec![START; 3], "the window's failures carried over");
        assert_eq!((state.consecutive_failures, state.lock_count), (8, 1));
        // Two more attempts within fifteen minutes make five: locked, for 30 minutes (a second lock).
        let at = START.plus_secs(60);
        let first = store.reserve_attempt(member, at, AttemptId::new(1)).await.unwrap();
        assert_eq!(first, Ok(None));
        let second = store.reserve_attempt(member, at, AttemptId::new(2)).await.unwrap();
        assert_eq!(second, Ok(Some(NewLock::Until(at.plus_secs(30 * 60)))));

        let locked = Member::new(GUILD, UserId::new(MEMBER.get() + 1));
        let refused = store.reserve_attempt(locked, START, AttemptId::new(3)).await.unwrap();
        assert_eq!(refused, Err(Access::LockedUntil(Timestamp::from_unix(until))));
    }

    async fn each_servers_gate_becomes_its_first_gate_and_verified_members_hold_its_role(db) {
        let pool = migrate_to(&db, 4).await;
        let (guild, other, user) = (GUILD.get() as i64, OTHER_GUILD.get() as i64, MEMBER.get() as i64);
        let log = 920_000_000_000_000_001_i64;
        // GUILD: a gate on ROLE with a log channel; OTHER_GUILD: settings but no gate yet.
        for (g, role, channel) in [(guild, Some(ROLE.get() as i64), Some(log)), (other, None, None)] {
            sqlx::query(
                "INSERT INTO guild_settings (guild_id, gated_role_id, log_channel_id, guide_on_join, updated_at) \
                 VALUES ($1, $2, $3, 1, $4)",
            )
            .bind(g)
            .bind(role)
            .bind(channel)
            .bind(START.unix())
            .execute(&pool)
            .await
            .unwrap();
        }
        // MEMBER verified (holds the role); the next member enrolled but revoked (does not).
        let verified_at = START.plus_secs(60).unix();
        let passed_again = START.plus_secs(600).unix();
        for (u, verified, last) in [(user, Some(verified_at), Some(passed_again)), (user + 1, None, Some(verified_at))] {
            sqlx::query(
                "INSERT INTO enrollments (guild_id, user_id, key_id, nonce, ciphertext, created_at, confirmed_at, \
                 last_step, verified_at, last_verified_at) VALUES ($1, $2, 1, $3, $4, $5, $5, 7, $6, $7)",
            )
            .bind(guild)
            .bind(u)
            .bind(vec![0u8; 24])
            .bind(vec![1u8; 40])
            .bind(START.unix())
            .bind(verified)
            .bind(last)
            .execute(&pool)
            .await
            .unwrap();
        }
        // A grant and a removal still waiting in the outbox.
        for (u, action) in [(user, "grant"), (user + 1, "remove")] {
            sqlx::query(
                "INSERT INTO role_changes (guild_id, user_id, role_id, action, created_at, not_before, attempts) \
                 VALUES ($1, $2, $3, $4, $5, $5, 0)",
            )
            .bind(guild)
            .bind(u)
            .bind(ROLE.get() as i64)
            .bind(action)
            .bind(START.unix())
            .execute(&pool)
            .await
            .unwrap();
        }
        pool.close().await;

        let store = db.store().await;
        let config = store.guild_config(GUILD).await.unwrap().expect("settings kept");
        assert_eq!(config.gates, vec![RoleGate::open(ROLE)], "the old gate is the first gate");
        assert_eq!(config.log_channel, Some(ChannelId::new(log as u64)));
        assert!(config.guide_on_join);
        assert!(!config.moderator_code, "step-up is off until a server turns it on");
        let empty = store.guild_config(OTHER_GUILD).await.unwrap().expect("settings kept");
        assert!(empty.gates.is_empty() && empty.guide_on_join);

        let held = store.held_roles(Member::new(GUILD, MEMBER)).await.unwrap();
        assert_eq!(held.len(), 1);
        assert_eq!(held[0].role, ROLE);
        assert_eq!(held[0].passed_at, Timestamp::from_unix(passed_again), "when they last passed");
        assert_eq!((held[0].expires_at, held[0].lapses_at), (None, None));
        let revoked = Member::new(GUILD, UserId::new(MEMBER.get() + 1));
        assert!(store.held_roles(revoked).await.unwrap().is_empty(), "a revoked member holds nothing");
        let enrollment = store.enrollment(Member::new(GUILD, MEMBER)).await.unwrap().expect("enrollment kept");
        assert_eq!(enrollment.last_verified_at, Some(Timestamp::from_unix(passed_again)));

        let due = store.due_role_changes(START.plus_secs(1), 10).await.unwrap();
        let shape: Vec<(RoleAction, Cause, Gating)> = due.iter().map(|c| (c.action, c.cause, c.gating)).collect();
        // Removals first, as claims rank them.
        assert_eq!(shape, [(RoleAction::Remove, Cause::Revoked, Gating::NotGated), (RoleAction::Grant, Cause::Verified, Gating::Open)]);
    }
}
