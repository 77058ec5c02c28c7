//! Migrations move a populated database forward with nothing lost, on SQLite and PostgreSQL:
//! each test builds the schema as an earlier release left it, fills it, then migrates.

mod support;

use std::path::Path;

use keygate::gate::repository::Throttles;
use keygate::gate::throttle::{Access, AttemptId, NewLock};
use keygate::gate::{Member, Timestamp, UserId};
use keygate::store::{Backend, Store};
use support::{GUILD, MEMBER, START, TestDb};

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
}
