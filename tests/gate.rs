//! The gate's rules, end to end through the service and a real database, on SQLite and PostgreSQL.

mod support;

use std::sync::Arc;

use keygate::gate::audit::AuditKind;
use keygate::gate::backup_codes::BackupCode;
use keygate::gate::gates::{MAX_GATES, Passing, Period, RoleGate};
use keygate::gate::moderation::Reason;
use keygate::gate::outcome::{Enrollment, GateError, Method, Rejection};
use keygate::gate::repository::{
    Cause, Claim, Gating, GuildConfig, Guilds, Hold, Members, Outbox, RoleAction, Settled,
    ShardSpan,
};
use keygate::gate::sealing::{Keyring, MasterKey, SealError};
use keygate::gate::throttle::{Access, NewLock};
use keygate::gate::totp::{self, TotpSecret};
use keygate::gate::{Clock, GuildId, Member, Names, OsEntropy, RoleId, UserId};
use support::{GUILD, Harness, MEMBER, MODERATOR, OTHER_GUILD, OTHER_MEMBER, ROLE};

fn names() -> Names {
    Names {
        guild_name: "Keygate Test Server".into(),
        member_name: "ferris".into(),
    }
}

/// A count of shards and the servers on each, shard 0 first.
type Shards = (u32, Vec<Vec<GuildId>>);

/// Three servers and their shards of 2 and of 3, as Discord places them (`(id >> 22) % total`):
/// GUILD; `zero`, its neighbour on shard 0 of 2; and `late`, GUILD with bit 63 set (Discord's ids
/// from about 2084), which is stored as a negative BIGINT. With 3 shards `late` leaves GUILD's
/// shard, so a formula that gets the top bit wrong fails even where 2 shards hide it.
fn three_servers() -> (GuildId, GuildId, [Shards; 2]) {
    let zero = GuildId::new(GUILD.get() - (1 << 22));
    let late = GuildId::new(GUILD.get() | (1 << 63));
    let shards = [
        (2, vec![vec![zero], vec![GUILD, late]]),
        (3, vec![vec![zero, late], vec![GUILD], vec![]]),
    ];
    (zero, late, shards)
}

/// Enrolls and confirms `user` as a member would; returns the secret (from the QR code) and the
/// backup codes. The clock then moves on one step, so the next code is fresh.
async fn enrolled(h: &Harness, user: UserId) -> (TotpSecret, Vec<BackupCode>) {
    let enrollment = h
        .gate
        .enroll(Member::new(GUILD, user), &names(), &Passing::default())
        .await
        .expect("enroll");
    let secret = secret_from_qr(&enrollment.qr_png);
    let code = totp::code_at(&secret, h.clock.now());
    let confirmed = h
        .gate
        .confirm(Member::new(GUILD, user), &code, &Passing::default())
        .await
        .expect("confirm");
    h.clock.advance(30);
    (secret, confirmed.backup_codes)
}

/// Reads the secret back out of the QR PNG, as an authenticator app scanning it would.
fn secret_from_qr(png: &[u8]) -> TotpSecret {
    let image = image::load_from_memory(png).expect("a PNG").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    let (_, uri) = grids[0].decode().expect("a readable QR code");
    TotpSecret::from_bytes(&support::base32_decode(&support::secret_from_uri(&uri)))
        .expect("a 160-bit secret")
}

fn is_rejected(result: &Result<impl std::fmt::Debug, GateError>, expected: Rejection) -> bool {
    matches!(result, Err(GateError::Rejected { reason, .. }) if *reason == expected)
}

async fn kinds(h: &Harness, user: UserId) -> Vec<AuditKind> {
    let mut log = h.gate.audit_log(GUILD, Some(user), 1000).await.unwrap();
    log.reverse();
    log.into_iter().map(|e| e.kind).collect()
}

on_both_backends! {
    async fn enrollment_is_confirmed_by_the_first_code_and_queues_the_role_grant(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let enrollment = h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap();
        assert!(enrollment.otpauth_uri.starts_with("otpauth://totp/Keygate%20Test%20Server:ferris?secret="));
        assert_eq!(enrollment.manual_key.replace(' ', ""), support::secret_from_uri(&enrollment.otpauth_uri));
        assert!(matches!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().enrollment, Enrollment::Pending { .. }));

        let secret = secret_from_qr(&enrollment.qr_png);
        let confirmed = h.gate.confirm(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now()), &Passing::default()).await.unwrap();
        assert_eq!(confirmed.backup_codes.len(), 10);
        assert_eq!(confirmed.grant.role, ROLE);
        assert_eq!(confirmed.grant.expires_at, None, "a gate without lasts grants for good");

        let status = h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap();
        assert!(matches!(status.enrollment, Enrollment::Confirmed { .. }));
        assert_eq!(status.held.iter().map(|h| h.role).collect::<Vec<_>>(), [ROLE]);
        assert_eq!(status.backup_codes_left, 10);

        let due = h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!((due[0].member, due[0].role, due[0].action), (Member::new(GUILD, MEMBER), ROLE, RoleAction::Grant));
        assert_eq!(kinds(&h, MEMBER).await, [AuditKind::Enrolled, AuditKind::Confirmed]);
    }

    async fn an_unconfirmed_enrollment_never_verifies_and_expires(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        assert_eq!(h.gate.access(Member::new(GUILD, MEMBER)).await.unwrap(), (Enrollment::None, Access::Open));
        let enrollment = h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap();
        let expires_at = h.clock.now().plus_secs(15 * 60);
        assert_eq!(h.gate.access(Member::new(GUILD, MEMBER)).await.unwrap(), (Enrollment::Pending { expires_at }, Access::Open));
        let secret = secret_from_qr(&enrollment.qr_png);
        let code = totp::code_at(&secret, h.clock.now());
        assert!(matches!(h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await, Err(GateError::NotEnrolled)));

        h.clock.advance(15 * 60);
        let code = totp::code_at(&secret, h.clock.now());
        assert!(matches!(h.gate.confirm(Member::new(GUILD, MEMBER), &code, &Passing::default()).await, Err(GateError::EnrollmentExpired)));
        assert_eq!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().enrollment, Enrollment::Expired);
        assert_eq!(h.gate.access(Member::new(GUILD, MEMBER)).await.unwrap().0, Enrollment::Expired);
        assert!(h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap().is_empty());

        // Starting again replaces the expired enrollment with a new secret.
        let again = h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap();
        assert_ne!(again.manual_key, enrollment.manual_key);
        let fresh = secret_from_qr(&again.qr_png);
        h.gate.confirm(Member::new(GUILD, MEMBER), &totp::code_at(&fresh, h.clock.now()), &Passing::default()).await.unwrap();
    }

    async fn restarting_setup_retires_the_first_qr_code(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let first = secret_from_qr(&h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap().qr_png);
        let second = secret_from_qr(&h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap().qr_png);
        assert_ne!(first, second);
        let stale = h.gate.confirm(Member::new(GUILD, MEMBER), &totp::code_at(&first, h.clock.now()), &Passing::default()).await;
        assert!(is_rejected(&stale, Rejection::WrongCode), "{stale:?}");
        h.gate.confirm(Member::new(GUILD, MEMBER), &totp::code_at(&second, h.clock.now()), &Passing::default()).await.unwrap();
    }

    async fn a_confirmed_member_cannot_enroll_again_and_the_gate_needs_configuring(db) {
        let h = Harness::new(&db).await;
        assert!(matches!(h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await, Err(GateError::NotConfigured)));
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        assert!(matches!(h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await, Err(GateError::AlreadyEnrolled)));
    }

    async fn an_authenticator_code_verifies_once_and_its_replay_is_refused_and_audited(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let code = totp::code_at(&secret, h.clock.now());
        let verified = h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await.unwrap();
        assert_eq!(verified.method, Method::Authenticator);
        assert_eq!(verified.grant.role, ROLE);

        let replay = h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await;
        assert!(is_rejected(&replay, Rejection::Replayed), "{replay:?}");
        // The code of the previous step, still inside the ±1 window, is also spent.
        let older = totp::code_at(&secret, h.clock.now().plus_secs(-30));
        assert!(is_rejected(&h.gate.verify(Member::new(GUILD, MEMBER), &older, &Passing::default()).await, Rejection::Replayed));
        assert!(kinds(&h, MEMBER).await.contains(&AuditKind::Replayed));

        h.clock.advance(30);
        let next = totp::code_at(&secret, h.clock.now());
        h.gate.verify(Member::new(GUILD, MEMBER), &next, &Passing::default()).await.unwrap();
    }

    async fn a_wrong_code_is_refused_and_a_malformed_one_is_not_a_code(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let right = totp::code_at(&secret, h.clock.now());
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert!(is_rejected(&h.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await, Rejection::WrongCode));
        let ten_kb = "9".repeat(10_000);
        let junk = ["", "12345", "abcdef", "🔑🔑🔑🔑🔑🔑", ten_kb.as_str(), "1234-5678-9ABC-DEFU", "1234-5678-9ABC-DEFGH"];
        for (i, input) in junk.iter().enumerate() {
            let result = h.gate.verify(Member::new(GUILD, MEMBER), input, &Passing::default()).await;
            // The wrong code plus four malformed inputs make five failures: each attempt counted.
            if i < 3 {
                assert!(matches!(&result, Err(GateError::Rejected { reason: Rejection::NotACode, lock: None })), "{input:?}: {result:?}");
            } else if i == 3 {
                assert!(matches!(&result, Err(GateError::Rejected { reason: Rejection::NotACode, lock: Some(_) })), "{input:?}: {result:?}");
                assert!(matches!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().access, Access::LockedUntil(_)));
                h.gate.unlock(Member::new(GUILD, MEMBER), MODERATOR).await.unwrap();
            } else {
                assert!(is_rejected(&result, Rejection::NotACode), "{input:?}: {result:?}");
            }
        }
    }

    async fn backup_codes_work_once_in_any_format_and_warn_when_low(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (_, codes) = enrolled(&h, MEMBER).await;
        let typed = codes[4].grouped().to_lowercase().replace('-', " ");
        let verified = h.gate.verify(Member::new(GUILD, MEMBER), &typed, &Passing::default()).await.unwrap();
        assert_eq!(verified.method, Method::BackupCode { remaining: 9 });
        assert!(!verified.method.low_on_backup_codes());

        let reuse = h.gate.verify(Member::new(GUILD, MEMBER), &codes[4].grouped(), &Passing::default()).await;
        assert!(is_rejected(&reuse, Rejection::Replayed), "{reuse:?}");

        let mut last = None;
        for code in &codes[5..] {
            last = Some(h.gate.verify(Member::new(GUILD, MEMBER), &code.grouped(), &Passing::default()).await.unwrap().method);
        }
        assert_eq!(last, Some(Method::BackupCode { remaining: 4 }));
        for code in &codes[0..2] {
            last = Some(h.gate.verify(Member::new(GUILD, MEMBER), &code.grouped(), &Passing::default()).await.unwrap().method);
        }
        assert_eq!(last, Some(Method::BackupCode { remaining: 2 }));
        assert!(last.unwrap().low_on_backup_codes());
        assert_eq!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().backup_codes_left, 2);
    }

    async fn a_wrong_backup_code_is_refused_even_for_an_empty_slot(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (_, codes) = enrolled(&h, MEMBER).await;
        // Same slot tag, different body.
        let mut forged = codes[0].grouped().to_string();
        let last = forged.pop().unwrap();
        forged.push(if last == '2' { '3' } else { '2' });
        assert!(is_rejected(&h.gate.verify(Member::new(GUILD, MEMBER), &forged, &Passing::default()).await, Rejection::WrongCode));
        // A well-formed code from someone not enrolled is refused before any hashing.
        h.configure(GUILD).await;
        assert!(matches!(h.gate.verify(Member::new(GUILD, OTHER_MEMBER), &codes[0].grouped(), &Passing::default()).await, Err(GateError::NotEnrolled)));
    }

    async fn a_new_set_replaces_the_old_one_at_once_and_needs_an_authenticator_code(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, old) = enrolled(&h, MEMBER).await;
        let needs = h.gate.regenerate_backup_codes(Member::new(GUILD, MEMBER), &old[0].grouped()).await;
        assert!(matches!(needs, Err(GateError::NeedsAuthenticatorCode)));

        let new = h.gate.regenerate_backup_codes(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now())).await.unwrap();
        assert_eq!(new.len(), 10);
        assert!(is_rejected(&h.gate.verify(Member::new(GUILD, MEMBER), &old[1].grouped(), &Passing::default()).await, Rejection::WrongCode));
        assert_eq!(h.gate.verify(Member::new(GUILD, MEMBER), &new[1].grouped(), &Passing::default()).await.unwrap().method, Method::BackupCode { remaining: 9 });
        assert!(kinds(&h, MEMBER).await.contains(&AuditKind::BackupCodesRegenerated));
    }

    async fn five_failures_lock_then_the_lock_expires_and_a_success_clears_it(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let wrong = support::wrong_code(&secret, h.clock.now());
        for i in 0..4 {
            let r = h.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await;
            assert!(matches!(r, Err(GateError::Rejected { lock: None, .. })), "attempt {i}: {r:?}");
        }
        let fifth = h.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await;
        let until = h.clock.now().plus_secs(15 * 60);
        assert!(matches!(fifth, Err(GateError::Rejected { lock: Some(NewLock::Until(t)), .. }) if t == until), "{fifth:?}");

        // Locked: even the right code is not checked, and the prompt says so before its modal.
        let (enrollment, access) = h.gate.access(Member::new(GUILD, MEMBER)).await.unwrap();
        assert!(matches!(enrollment, Enrollment::Confirmed { .. }), "{enrollment:?}");
        assert_eq!(access, Access::LockedUntil(until));
        assert_eq!(h.gate.access(Member::new(GUILD, OTHER_MEMBER)).await.unwrap(), (Enrollment::None, Access::Open));
        let right = totp::code_at(&secret, h.clock.now());
        assert!(matches!(h.gate.verify(Member::new(GUILD, MEMBER), &right, &Passing::default()).await, Err(GateError::Locked(Access::LockedUntil(t))) if t == until));

        h.clock.set(until);
        let right = totp::code_at(&secret, h.clock.now());
        h.gate.verify(Member::new(GUILD, MEMBER), &right, &Passing::default()).await.unwrap();
        let status = h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap();
        assert_eq!(status.access, Access::Open);
        let log = kinds(&h, MEMBER).await;
        assert!(log.contains(&AuditKind::LockedOut));
        assert_eq!(log.iter().filter(|k| **k == AuditKind::Failed).count(), 5);
    }

    async fn a_hundred_consecutive_failures_lock_until_a_moderator_unlocks(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let mut hard = false;
        for _ in 0..100 {
            let wrong = support::wrong_code(&secret, h.clock.now());
            match h.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await {
                Err(GateError::Rejected { lock: Some(NewLock::Until(until)), .. }) => h.clock.set(until),
                Err(GateError::Rejected { lock: Some(NewLock::UntilUnlocked), .. }) => hard = true,
                Err(GateError::Rejected { lock: None, .. }) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
        assert!(hard);
        h.clock.advance(365 * 24 * 3600);
        let right = totp::code_at(&secret, h.clock.now());
        assert!(matches!(h.gate.verify(Member::new(GUILD, MEMBER), &right, &Passing::default()).await, Err(GateError::Locked(Access::LockedUntilUnlocked))));
        h.gate.unlock(Member::new(GUILD, MEMBER), MODERATOR).await.unwrap();
        h.gate.verify(Member::new(GUILD, MEMBER), &right, &Passing::default()).await.unwrap();
        assert!(matches!(h.gate.unlock(Member::new(GUILD, MEMBER), MODERATOR).await, Err(GateError::NotLocked)));
        let log = h.gate.audit_log(GUILD, Some(MEMBER), 1000).await.unwrap();
        assert!(log.iter().any(|e| e.kind == AuditKind::HardLocked));
        assert!(log.iter().any(|e| e.kind == AuditKind::Unlocked && e.actor == Some(MODERATOR)));
    }

    async fn a_lockout_written_through_one_pool_holds_through_another(db) {
        let first = Harness::new(&db).await;
        first.configure(GUILD).await;
        let (secret, _) = enrolled(&first, MEMBER).await;
        // A second bot process: its own pool on the same database, the same key.
        let second = Harness::with_keyring(&db, first.keyring.clone()).await;
        second.clock.set(first.clock.now());
        let wrong = support::wrong_code(&secret, first.clock.now());
        for _ in 0..5 {
            let _ = first.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await;
        }
        let right = totp::code_at(&secret, second.clock.now());
        assert!(matches!(second.gate.verify(Member::new(GUILD, MEMBER), &right, &Passing::default()).await, Err(GateError::Locked(Access::LockedUntil(_)))));
    }

    async fn thirty_two_concurrent_uses_of_one_backup_code_succeed_exactly_once(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        let (_, codes) = enrolled(&h, MEMBER).await;
        let code = codes[7].grouped().to_string();
        let attempts = (0..32).map(|_| {
            let h = h.clone();
            let code = code.clone();
            tokio::spawn(async move { h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await })
        });
        let results: Vec<_> = futures_util::future::join_all(attempts).await.into_iter().map(Result::unwrap).collect();
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        assert!(results.iter().all(|r| r.is_ok() || matches!(r, Err(GateError::Rejected { .. }) | Err(GateError::Locked(_)))));
        assert_eq!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().backup_codes_left, 9);
        let passes = kinds(&h, MEMBER).await.into_iter().filter(|k| *k == AuditKind::Passed).count();
        assert_eq!(passes, 1, "exactly one verification was recorded");
        let grants = h.gate.repo().due_role_changes(h.clock.now(), 100).await.unwrap();
        assert_eq!(grants.len(), 1, "the newest grant supersedes the one from confirmation");
    }

    async fn thirty_two_concurrent_submissions_of_one_totp_code_succeed_exactly_once(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let code = totp::code_at(&secret, h.clock.now());
        let attempts = (0..32).map(|_| {
            let h = h.clone();
            let code = code.clone();
            tokio::spawn(async move { h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await })
        });
        let results: Vec<_> = futures_util::future::join_all(attempts).await.into_iter().map(Result::unwrap).collect();
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        let passes = kinds(&h, MEMBER).await.into_iter().filter(|k| *k == AuditKind::Passed).count();
        assert_eq!(passes, 1, "exactly one verification was recorded");
    }

    async fn no_secret_or_code_is_stored_in_plain_text(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let enrollment = h.gate.enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default()).await.unwrap();
        let secret = secret_from_qr(&enrollment.qr_png);
        let base32 = support::secret_from_uri(&enrollment.otpauth_uri);
        let confirmed = h.gate.confirm(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now()), &Passing::default()).await.unwrap();
        h.gate.reset(Member::new(GUILD, OTHER_MEMBER), MODERATOR, &Reason::clean("lost phone")).await.ok();
        let stored = h.gate.repo().dump_member_data().await.unwrap();
        assert!(!stored.is_empty());
        let needles: Vec<Vec<u8>> = std::iter::once(secret.expose_bytes().to_vec())
            .chain([base32.clone().into_bytes(), base32.to_lowercase().into_bytes()])
            .chain(confirmed.backup_codes.iter().flat_map(|c| [c.expose_bytes().to_vec(), c.grouped().as_bytes().to_vec()]))
            .collect();
        for value in &stored {
            for needle in &needles {
                assert!(!value.windows(needle.len()).any(|w| w == needle.as_slice()), "a secret is stored in plain text");
            }
        }
        let hashes = stored.iter().filter(|v| v.starts_with(b"$argon2id$v=19$m=19456,t=2,p=1$")).count();
        assert_eq!(hashes, 10);
    }

    async fn a_wrong_master_key_gives_a_clear_error_never_a_code(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let wrong = Harness::with_keyring(&db, Keyring::new(MasterKey::generate(&OsEntropy), vec![])).await;
        wrong.clock.set(h.clock.now());
        let result = wrong.gate.verify(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now()), &Passing::default()).await;
        match result {
            Err(GateError::Sealing(e @ SealError::UnknownKey { .. })) => assert!(e.to_string().contains("KEYGATE_MASTER_KEY")),
            other => panic!("expected a key error, got {other:?}"),
        }
    }

    async fn servers_are_isolated(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        h.configure(OTHER_GUILD).await;
        let (secret, codes) = enrolled(&h, MEMBER).await;
        let code = totp::code_at(&secret, h.clock.now());
        assert!(matches!(h.gate.verify(Member::new(OTHER_GUILD, MEMBER), &code, &Passing::default()).await, Err(GateError::NotEnrolled)));
        assert!(matches!(h.gate.verify(Member::new(OTHER_GUILD, MEMBER), &codes[0].grouped(), &Passing::default()).await, Err(GateError::NotEnrolled)));
        assert_eq!(h.gate.status(Member::new(OTHER_GUILD, MEMBER)).await.unwrap().enrollment, Enrollment::None);
        assert!(matches!(h.gate.reset(Member::new(OTHER_GUILD, MEMBER), MODERATOR, &Reason::clean("wrong server")).await, Err(GateError::NotEnrolled)));
        assert!(h.gate.audit_log(OTHER_GUILD, Some(MEMBER), 100).await.unwrap().iter().all(|e| e.guild == OTHER_GUILD));
        h.gate.verify(Member::new(GUILD, MEMBER), &code, &Passing::default()).await.unwrap();
        assert_eq!(h.gate.stats(OTHER_GUILD).await.unwrap().enrolled, 0);
        assert_eq!(h.gate.stats(GUILD).await.unwrap().enrolled, 1);
    }

    async fn reset_revoke_and_remove_queue_role_removal_and_audit(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        assert_eq!(h.gate.revoke(Member::new(GUILD, MEMBER), MODERATOR, None).await.unwrap(), [ROLE]);
        assert!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().held.is_empty());
        assert!(matches!(h.gate.revoke(Member::new(GUILD, MEMBER), MODERATOR, None).await, Err(GateError::NotVerified)));
        // The enrollment stays: the member verifies again with the authenticator.
        h.gate.verify(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now()), &Passing::default()).await.unwrap();

        h.gate.reset(Member::new(GUILD, MEMBER), MODERATOR, &Reason::clean("lost their phone")).await.unwrap();
        assert_eq!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().enrollment, Enrollment::None);
        let reset = h.gate.audit_log(GUILD, Some(MEMBER), 1).await.unwrap().remove(0);
        assert_eq!((reset.kind, reset.actor, reset.detail.as_str()), (AuditKind::Reset, Some(MODERATOR), "reason: lost their phone"));

        let (secret, _) = enrolled(&h, MEMBER).await;
        h.gate.remove(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now())).await.unwrap();
        assert_eq!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().enrollment, Enrollment::None);
        let actions: Vec<RoleAction> = h.gate.repo().due_role_changes(h.clock.now(), 100).await.unwrap().iter().map(|c| c.action).collect();
        // Each change superseded the one before: only the last (remove) is still to apply, so an old
        // grant stuck behind a retry can never put the role back.
        assert_eq!(actions, [RoleAction::Remove]);
        let log = kinds(&h, MEMBER).await;
        for kind in [AuditKind::Revoked, AuditKind::Reset, AuditKind::Removed, AuditKind::Passed] {
            assert!(log.contains(&kind), "{kind:?} missing from {log:?}");
        }
    }

    async fn each_process_claims_the_role_changes_of_its_own_shards(db) {
        let h = Harness::new(&db).await;
        let (zero, late, shards) = three_servers();
        for guild in [GUILD, zero, late] {
            h.configure(guild).await;
            let enrollment = h.gate.enroll(Member::new(guild, MEMBER), &names(), &Passing::default()).await.unwrap();
            let code = totp::code_at(&secret_from_qr(&enrollment.qr_png), h.clock.now());
            h.gate.confirm(Member::new(guild, MEMBER), &code, &Passing::default()).await.unwrap();
        }
        let mut at = h.clock.now();
        for (total, expected) in shards {
            for (shard, guilds) in (0..).zip(expected) {
                let span = ShardSpan { first: shard, last: shard, total };
                let claimed = h.gate.repo().due_role_changes_in(at, Claim::oldest(10), span).await.unwrap();
                let mut claimed: Vec<_> = claimed.iter().map(|c| c.member.guild).collect();
                claimed.sort();
                assert_eq!(claimed, guilds, "shard {shard} of {total}");
                assert!(guilds.iter().all(|g| span.owns(*g)), "shard {shard} of {total}");
            }
            // Every claim lapses before the next count of shards.
            at = at.plus_secs(121);
        }
    }

    async fn each_process_reminds_the_joins_of_its_own_shards(db) {
        let h = Harness::new(&db).await;
        let (zero, late, shards) = three_servers();
        let hour = Period::from_secs(3600);
        for guild in [GUILD, zero, late] {
            let settings = GuildConfig { remind_after: Some(hour), ..GuildConfig::unconfigured(guild) };
            h.gate.configure(settings, Some(RoleGate::open(ROLE)), MODERATOR).await.unwrap();
            h.gate.record_join(Member::new(guild, MEMBER), &[]).await.unwrap();
        }
        h.clock.advance(3601);
        for (total, expected) in shards {
            for (shard, guilds) in (0..).zip(expected) {
                let span = ShardSpan { first: shard, last: shard, total };
                let due = h.gate.due_joins(keygate::gate::unverified::JoinStep::Remind, 10, span).await.unwrap();
                let mut due: Vec<_> = due.iter().map(|d| d.member.guild).collect();
                due.sort();
                assert_eq!(due, guilds, "shard {shard} of {total}");
            }
        }
    }

    async fn a_claimed_role_change_is_not_handed_to_a_second_process(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let second = Harness::with_keyring(&db, h.keyring.clone()).await;
        let now = h.clock.now();
        assert_eq!(h.gate.repo().due_role_changes(now, 10).await.unwrap().len(), 1);
        assert!(second.gate.repo().due_role_changes(now, 10).await.unwrap().is_empty(), "claimed by the first");
        // A process that died holding the claim: another takes over after it lapses.
        assert_eq!(second.gate.repo().due_role_changes(now.plus_secs(121), 10).await.unwrap().len(), 1);
    }

    async fn a_lapsed_claim_can_neither_renew_nor_settle_what_another_process_took_over(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let second = Harness::with_keyring(&db, h.keyring.clone()).await;
        let now = h.clock.now();
        let stalled = h.gate.repo().due_role_changes(now, 10).await.unwrap().remove(0);
        assert_eq!(h.gate.repo().hold(&stalled, now).await.unwrap(), Hold::Ours);
        // The first process stalls past its lease; the second takes the change over.
        let later = now.plus_secs(121);
        let taken = second.gate.repo().due_role_changes(later, 10).await.unwrap().remove(0);
        assert_eq!(taken.id, stalled.id);
        assert_ne!(taken.claim, stalled.claim);
        assert_eq!(h.gate.repo().hold(&stalled, later).await.unwrap(), Hold::Lost, "not renewed");
        let failed = h.gate.repo().fail_role_change(&stalled, later, "HTTP 403").await.unwrap();
        assert_eq!(failed, Settled::NotOurs, "the stalled process cannot record its outcome");
        let refusal = keygate::gate::AuditEntry { guild: GUILD, at: later, kind: AuditKind::NotEligible, actor: None, subject: Some(MEMBER), detail: "x".into() };
        assert_eq!(h.gate.repo().refuse_grant(&stalled, true, &refusal).await.unwrap(), Settled::NotOurs);
        assert!(!kinds(&h, MEMBER).await.contains(&AuditKind::NotEligible), "the refusal was rolled back");
        assert_eq!(second.gate.repo().hold(&taken, later).await.unwrap(), Hold::Ours);
        assert_eq!(second.gate.repo().finish_role_change(&taken, later, None).await.unwrap(), Settled::Recorded);
        assert_eq!(h.gate.stats(GUILD).await.unwrap().pending_role_changes, 0);
    }

    async fn claims_take_servers_side_by_side_and_cap_what_one_server_holds(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        h.configure(OTHER_GUILD).await;
        // A raid in GUILD, queued first; one member of OTHER_GUILD after it.
        for n in 0..6 {
            enrolled(&h, UserId::new(MEMBER.get() + 100 + n)).await;
        }
        let enrollment = h.gate.enroll(Member::new(OTHER_GUILD, MEMBER), &names(), &Passing::default()).await.unwrap();
        let code = totp::code_at(&secret_from_qr(&enrollment.qr_png), h.clock.now());
        h.gate.confirm(Member::new(OTHER_GUILD, MEMBER), &code, &Passing::default()).await.unwrap();
        let now = h.clock.now();
        let claim = |limit| Claim { limit, per_server: 3 };
        let first = h.gate.repo().due_role_changes_in(now, claim(2), ShardSpan::ALL).await.unwrap();
        let mut guilds: Vec<_> = first.iter().map(|c| c.member.guild).collect();
        guilds.sort();
        assert_eq!(guilds, [GUILD, OTHER_GUILD], "one of each, though the raid came first");
        // Three of the raid in hand at most...
        let more = h.gate.repo().due_role_changes_in(now, claim(50), ShardSpan::ALL).await.unwrap();
        assert_eq!(more.iter().filter(|c| c.member.guild == GUILD).count(), 2, "{more:?}");
        assert!(h.gate.repo().due_role_changes_in(now, claim(50), ShardSpan::ALL).await.unwrap().is_empty());
        // ...until one is settled; a shutdown releases the untried ones at once.
        assert_eq!(h.gate.repo().finish_role_change(&first[0], now, None).await.unwrap(), Settled::Recorded);
        assert_eq!(h.gate.repo().due_role_changes_in(now, claim(50), ShardSpan::ALL).await.unwrap().len(), 1);
        h.gate.repo().release(&more).await.unwrap();
        assert_eq!(h.gate.repo().due_role_changes_in(now, claim(50), ShardSpan::ALL).await.unwrap().len(), 2);
    }

    async fn a_revoke_queued_behind_a_raid_is_claimed_first_and_the_grants_then_go_oldest_first(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let raid: Vec<_> = (0..6).map(|n| UserId::new(MEMBER.get() + 100 + n)).collect();
        for user in &raid {
            enrolled(&h, *user).await;
        }
        // The moderator revokes the first member: the newest change of the server, and a removal.
        h.gate.revoke(Member::new(GUILD, MEMBER), MODERATOR, None).await.unwrap();
        let now = h.clock.now();
        let claim = |limit| Claim { limit, per_server: 3 };
        let first = h.gate.repo().due_role_changes_in(now, claim(1), ShardSpan::ALL).await.unwrap();
        let shape: Vec<_> = first.iter().map(|c| (c.member.user, c.action)).collect();
        assert_eq!(shape, [(MEMBER, RoleAction::Remove)], "the revoke does not wait behind the raid");
        let next = h.gate.repo().due_role_changes_in(now, claim(50), ShardSpan::ALL).await.unwrap();
        let shape: Vec<_> = next.iter().map(|c| (c.member.user, c.action)).collect();
        assert_eq!(shape, [(raid[0], RoleAction::Grant), (raid[1], RoleAction::Grant)], "oldest first, three in hand");
    }

    async fn a_servers_welcome_dm_cap_holds_across_processes_and_reopens_with_the_window(db) {
        let h = Harness::new(&db).await;
        let second = Harness::with_keyring(&db, h.keyring.clone()).await;
        let (first, other) = (h.gate.repo(), second.gate.repo());
        let now = h.clock.now();
        assert!(first.claim_join_dm(GUILD, now, 60, 2).await.unwrap());
        assert!(other.claim_join_dm(GUILD, now.plus_secs(10), 60, 2).await.unwrap(), "one cap for both");
        assert!(!first.claim_join_dm(GUILD, now.plus_secs(20), 60, 2).await.unwrap(), "the cap is reached");
        assert!(!other.claim_join_dm(GUILD, now.plus_secs(59), 60, 2).await.unwrap());
        assert!(other.claim_join_dm(OTHER_GUILD, now.plus_secs(20), 60, 2).await.unwrap(), "another server's own");
        // The window that opened at `now` closes a minute later; the next opens with the next join.
        assert!(first.claim_join_dm(GUILD, now.plus_secs(60), 60, 2).await.unwrap());
        assert!(first.claim_join_dm(GUILD, now.plus_secs(61), 60, 2).await.unwrap());
        assert!(!first.claim_join_dm(GUILD, now.plus_secs(119), 60, 2).await.unwrap());
    }

    async fn the_outbox_tracks_retries_and_completion(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let repo = h.gate.repo();
        let change = repo.due_role_changes(h.clock.now(), 10).await.unwrap().remove(0);
        assert_eq!(repo.retry_role_change(&change, h.clock.now().plus_secs(60), "HTTP 500").await.unwrap(), Settled::Recorded);
        assert!(repo.due_role_changes(h.clock.now(), 10).await.unwrap().is_empty());
        let later = h.clock.now().plus_secs(60);
        let again = repo.due_role_changes(later, 10).await.unwrap().remove(0);
        assert_eq!((again.id, again.attempts), (change.id, 1));
        // The first claim ended with the retry: it cannot settle the change again.
        assert_eq!(repo.finish_role_change(&change, later, None).await.unwrap(), Settled::NotOurs);
        assert_eq!(repo.finish_role_change(&again, later, None).await.unwrap(), Settled::Recorded);
        assert!(repo.due_role_changes(later, 10).await.unwrap().is_empty());
        assert_eq!(h.gate.stats(GUILD).await.unwrap().pending_role_changes, 0);
    }

    async fn a_server_has_at_most_ten_gates_and_changing_one_is_not_adding_one(db) {
        let h = Harness::new(&db).await;
        for n in 0..MAX_GATES as u64 {
            let gate = RoleGate::open(RoleId::new(ROLE.get() + n));
            h.gate.configure(GuildConfig::unconfigured(GUILD), Some(gate), MODERATOR).await.unwrap();
        }
        let eleventh = RoleGate::open(RoleId::new(ROLE.get() + 100));
        let refused = h.gate.configure(GuildConfig::unconfigured(GUILD), Some(eleventh), MODERATOR).await;
        assert!(matches!(refused, Err(GateError::TooManyGates)), "{refused:?}");
        let changed = RoleGate { lasts: Some(Period::from_secs(3600)), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(changed.clone()), MODERATOR).await.unwrap();
        let config = h.gate.config(GUILD).await.unwrap();
        assert_eq!(config.gates.len(), MAX_GATES);
        assert_eq!(config.gates[0], changed, "the oldest gate stays first, changed in place");
        // Another server has its own ten.
        let other = RoleGate::open(RoleId::new(ROLE.get() + 100));
        h.gate.configure(GuildConfig::unconfigured(OTHER_GUILD), Some(other), MODERATOR).await.unwrap();
    }

    async fn a_gate_that_becomes_timed_ends_the_permanent_holds_of_its_role(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let grant = h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap().remove(0);
        assert_eq!(h.gate.repo().finish_role_change(&grant, h.clock.now(), None).await.unwrap(), Settled::Recorded);
        let timed = RoleGate { lasts: Some(Period::from_secs(3600)), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(timed), MODERATOR).await.unwrap();
        let held = h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().held;
        assert!(held[0].expires_at.is_some(), "the permanent hold now ends: {held:?}");
        assert!(h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap().is_empty(), "not before its end");
        let due = h.gate.repo().due_role_changes(h.clock.now().plus_secs(3600), 10).await.unwrap();
        let shape: Vec<_> = due.iter().map(|c| (c.member.user, c.role, c.action, c.cause)).collect();
        assert_eq!(shape, [(MEMBER, ROLE, RoleAction::Remove, Cause::Expired)]);
        // Dropping the gate leaves that end in place: the powers still go.
        h.gate.drop_gate(GUILD, ROLE, MODERATOR).await.unwrap();
        assert!(matches!(h.gate.drop_gate(GUILD, ROLE, MODERATOR).await, Err(GateError::NotAGate(_))));
        assert_eq!(h.gate.repo().due_role_changes(h.clock.now().plus_secs(3600 + 121), 10).await.unwrap().len(), 1);
    }

    async fn a_timed_pass_queues_its_end_and_passing_again_moves_it(db) {
        let h = Harness::new(&db).await;
        let timed = RoleGate { lasts: Some(Period::from_secs(3600)), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(timed), MODERATOR).await.unwrap();
        let (secret, _) = enrolled(&h, MEMBER).await;
        let first = h.clock.now();
        h.clock.advance(1800);
        let verified = h.gate.verify(Member::new(GUILD, MEMBER), &totp::code_at(&secret, h.clock.now()), &Passing::default()).await.unwrap();
        assert_eq!(verified.grant.expires_at, Some(h.clock.now().plus_secs(3600)));
        // The first pass's end (an hour after it) was superseded; only the new one is due.
        let at_first_end = h.gate.repo().due_role_changes(first.plus_secs(3600), 10).await.unwrap();
        assert!(at_first_end.iter().all(|c| c.action == RoleAction::Grant), "{at_first_end:?}");
        let later = h.gate.repo().due_role_changes(h.clock.now().plus_secs(3600 + 121), 10).await.unwrap();
        assert!(later.iter().any(|c| c.action == RoleAction::Remove && c.cause == Cause::Expired), "{later:?}");
        // Ending it early is the holder's own choice, and only once.
        h.gate.end_early(Member::new(GUILD, MEMBER), ROLE).await.unwrap();
        assert!(matches!(h.gate.end_early(Member::new(GUILD, MEMBER), ROLE).await, Err(GateError::NotVerified)));
        assert!(kinds(&h, MEMBER).await.contains(&AuditKind::EndedEarly));
    }

    async fn a_grant_still_retrying_when_its_timed_role_ends_is_never_applied(db) {
        let h = Harness::new(&db).await;
        let timed = RoleGate { lasts: Some(Period::from_secs(60)), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(timed), MODERATOR).await.unwrap();
        enrolled(&h, MEMBER).await;
        let repo = h.gate.repo();
        // Discord keeps failing the grant; the role's minute passes meanwhile.
        let grant = repo.due_role_changes(h.clock.now(), 10).await.unwrap().remove(0);
        let _ = repo.retry_role_change(&grant, h.clock.now().plus_secs(300), "HTTP 503").await.unwrap();
        let end = h.clock.now().plus_secs(90);
        let removal = repo.due_role_changes(end, 10).await.unwrap().remove(0);
        assert_eq!((removal.action, removal.cause), (RoleAction::Remove, Cause::Expired));
        assert_eq!(repo.finish_role_change(&removal, end, None).await.unwrap(), Settled::Recorded);
        // The old grant's retry comes due after the role ended: it is no longer the one to apply.
        let later = end.plus_secs(400);
        assert!(repo.due_role_changes(later, 10).await.unwrap().is_empty(), "superseded by the removal");
        assert_eq!(repo.hold(&grant, later).await.unwrap(), Hold::Settled);
        assert!(h.gate.status(Member::new(GUILD, MEMBER)).await.unwrap().held.is_empty());
    }

    async fn a_claimed_change_superseded_meanwhile_is_not_current_and_holds_back_the_next(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let second = Harness::with_keyring(&db, h.keyring.clone()).await;
        let now = h.clock.now();
        let grant = h.gate.repo().due_role_changes(now, 10).await.unwrap().remove(0);
        // While the first process holds the grant, a moderator revokes.
        h.gate.revoke(Member::new(GUILD, MEMBER), MODERATOR, None).await.unwrap();
        assert!(
            second.gate.repo().due_role_changes(now, 10).await.unwrap().is_empty(),
            "the revoke waits while another change of that role is claimed"
        );
        // The grant's claim sees it is stale and lets go.
        assert_eq!(h.gate.repo().hold(&grant, now).await.unwrap(), Hold::Settled, "the grant is stale");
        let revoke = second.gate.repo().due_role_changes(now, 10).await.unwrap();
        assert_eq!(revoke.iter().map(|c| c.action).collect::<Vec<_>>(), [RoleAction::Remove]);
    }

    async fn setting_reverify_on_old_holders_reminds_them_before_anything_is_removed(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        h.clock.advance(40 * 24 * 3600);
        let monthly = RoleGate { reverify_every: Some(Period::from_secs(30 * 24 * 3600)), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(monthly), MODERATOR).await.unwrap();
        assert!(h.gate.due_lapses(10).await.unwrap().is_empty(), "nothing lapses at once");
        let due = h.gate.due_reminders(10, ShardSpan::ALL).await.unwrap();
        assert_eq!(due.len(), 1, "the reminder is due now");
        assert_eq!(due[0].lapses_at, h.clock.now().plus_secs(24 * 3600), "a day's notice");
        assert!(h.gate.claim_reminder(&due[0]).await.unwrap());
        assert!(!h.gate.claim_reminder(&due[0]).await.unwrap(), "claimed once");
        h.clock.advance(24 * 3600);
        let lapsed = h.gate.due_lapses(10).await.unwrap();
        assert_eq!(lapsed.len(), 1);
        assert!(h.gate.lapse(&lapsed[0]).await.unwrap());
        assert!(!h.gate.lapse(&lapsed[0]).await.unwrap(), "released once");
    }

    async fn each_server_gets_its_share_of_a_pass(db) {
        let h = Harness::new(&db).await;
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        let at = h.clock.now();
        // Twelve holders in GUILD and one in OTHER_GUILD, all due for a reminder and lapsed.
        for (guild, users) in [(GUILD, 0..12u64), (OTHER_GUILD, 100..101)] {
            for user in users {
                sqlx::query(
                    "INSERT INTO held_roles (guild_id, user_id, role_id, granted_at, passed_at, remind_at, lapses_at) \
                     VALUES ($1, $2, $3, $4, $4, $4, $5)",
                )
                .bind(guild.get() as i64)
                .bind((MEMBER.get() + user) as i64)
                .bind(ROLE.get() as i64)
                .bind(at.unix() - 100)
                .bind(at.unix() + 10 + user as i64)
                .execute(&pool)
                .await
                .unwrap();
            }
        }
        let due = h.gate.due_reminders(10, ShardSpan::ALL).await.unwrap();
        let in_guild = |g: keygate::gate::GuildId| due.iter().filter(|d| d.member.guild == g).count();
        assert_eq!((in_guild(GUILD), in_guild(OTHER_GUILD)), (10, 1));
        assert!(due.iter().filter(|d| d.member.guild == GUILD).all(|d| d.member.user.get() < MEMBER.get() + 10), "the oldest ten");
        h.clock.advance(200);
        let lapsed = h.gate.due_lapses(10).await.unwrap();
        assert_eq!(lapsed.iter().filter(|d| d.member.guild == OTHER_GUILD).count(), 1);
        assert_eq!(lapsed.len(), 11);
        pool.close().await;
    }

    async fn each_process_reminds_the_holders_of_its_own_shards_and_a_reminder_given_back_is_due_again(db) {
        let h = Harness::new(&db).await;
        let (zero, late, shards) = three_servers();
        let monthly = RoleGate { reverify_every: Some(Period::from_secs(30 * 24 * 3600)), ..RoleGate::open(ROLE) };
        for guild in [GUILD, zero, late] {
            h.gate.configure(GuildConfig::unconfigured(guild), Some(monthly.clone()), MODERATOR).await.unwrap();
            let enrollment = h.gate.enroll(Member::new(guild, MEMBER), &names(), &Passing::default()).await.unwrap();
            let code = totp::code_at(&secret_from_qr(&enrollment.qr_png), h.clock.now());
            h.gate.confirm(Member::new(guild, MEMBER), &code, &Passing::default()).await.unwrap();
        }
        h.clock.advance(29 * 24 * 3600 + 60);
        for (total, expected) in shards {
            for (shard, guilds) in (0..).zip(expected) {
                let span = ShardSpan { first: shard, last: shard, total };
                let due = h.gate.due_reminders(10, span).await.unwrap();
                let mut due: Vec<_> = due.iter().map(|d| d.member.guild).collect();
                due.sort();
                assert_eq!(due, guilds, "shard {shard} of {total}");
            }
        }
        let wide = ShardSpan { first: 1, last: 2, total: 3 };
        let due = h.gate.due_reminders(10, wide).await.unwrap();
        assert_eq!(due.iter().map(|d| d.member.guild).collect::<Vec<_>>(), [GUILD], "shards 1-2 of 3");
        // Claimed, then given back (Discord failed): due again, and claimed once more.
        assert!(h.gate.claim_reminder(&due[0]).await.unwrap());
        assert!(h.gate.due_reminders(10, wide).await.unwrap().is_empty(), "claimed");
        h.gate.release_reminder(&due[0]).await.unwrap();
        let again = h.gate.due_reminders(10, wide).await.unwrap();
        assert_eq!(again.len(), 1, "given back");
        assert!(h.gate.claim_reminder(&again[0]).await.unwrap());
        assert!(!h.gate.claim_reminder(&again[0]).await.unwrap(), "claimed once");
        // A give-back for another grant of the role (lapsing at another time) leaves this claim.
        let other = keygate::gate::repository::Due { lapses_at: again[0].lapses_at.plus_secs(1), ..again[0] };
        h.gate.release_reminder(&other).await.unwrap();
        assert!(h.gate.due_reminders(10, wide).await.unwrap().is_empty(), "still claimed");
    }

    async fn a_backlog_on_other_shards_does_not_hide_a_process_its_own_reminders(db) {
        let h = Harness::new(&db).await;
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        let at = h.clock.now();
        // 1,001 servers on shard 0 of 2 (no process runs it) with ten holders each, all due before
        // the one holder in GUILD, on shard 1.
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 10009) \
             INSERT INTO held_roles (guild_id, user_id, role_id, granted_at, passed_at, remind_at, lapses_at) \
             SELECT CAST(2 * (i / 10) + 2 AS BIGINT) * 4194304, $1 + i % 10, $2, $3, $3, $3, $4 FROM n",
        )
        .bind(MEMBER.get() as i64)
        .bind(ROLE.get() as i64)
        .bind(at.unix() - 100)
        .bind(at.unix() + 1000)
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO held_roles (guild_id, user_id, role_id, granted_at, passed_at, remind_at, lapses_at) \
             VALUES ($1, $2, $3, $4, $4, $5, $6)",
        )
        .bind(GUILD.get() as i64)
        .bind(MEMBER.get() as i64)
        .bind(ROLE.get() as i64)
        .bind(at.unix() - 100)
        .bind(at.unix())
        .bind(at.unix() + 1000)
        .execute(&pool)
        .await
        .unwrap();
        let one = ShardSpan { first: 1, last: 1, total: 2 };
        let due = h.gate.due_reminders(10, one).await.unwrap();
        let mine: Vec<_> = due.iter().map(|d| d.member).collect();
        assert_eq!(mine, [Member::new(GUILD, MEMBER)], "shard 1's reminder, behind shard 0's 10,010");
        pool.close().await;
    }

    async fn setting_eligible_on_a_gate_rechecks_its_holders(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        enrolled(&h, MEMBER).await;
        let grant = h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap().remove(0);
        assert_eq!(h.gate.repo().finish_role_change(&grant, h.clock.now(), None).await.unwrap(), Settled::Recorded);
        let staff = RoleId::new(ROLE.get() + 50);
        let narrowed = RoleGate { eligible: Some(staff), ..RoleGate::open(ROLE) };
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(narrowed.clone()), MODERATOR).await.unwrap();
        let due = h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap();
        let shape: Vec<_> = due.iter().map(|c| (c.member.user, c.action, c.cause, c.gating)).collect();
        assert_eq!(shape, [(MEMBER, RoleAction::Grant, Cause::Rechecked, Gating::Needs(staff))]);
        // Saving the same rule again queues nothing more.
        assert_eq!(h.gate.repo().finish_role_change(&due[0], h.clock.now(), None).await.unwrap(), Settled::Recorded);
        h.gate.configure(GuildConfig::unconfigured(GUILD), Some(narrowed), MODERATOR).await.unwrap();
        assert!(h.gate.repo().due_role_changes(h.clock.now(), 10).await.unwrap().is_empty());
    }
}

/// An independent TOTP implementation (oathtool, RFC 6238 reference behaviour) produces a code the
/// gate accepts for the secret it put in the QR code.
#[tokio::test]
async fn a_code_from_oathtool_is_accepted() {
    let oathtool = std::process::Command::new("oathtool")
        .arg("--version")
        .output();
    if oathtool.is_err() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("oathtool is required under CI=true (Debian package oathtool)");
        }
        eprintln!("\n!!! oathtool test SKIPPED: oathtool not found (apt-get install oathtool)\n");
        return;
    }
    let db = support::TestDb::sqlite().await;
    let h = Harness::new(&db).await;
    h.configure(GUILD).await;
    h.clock
        .set(keygate::gate::Clock::now(&keygate::gate::SystemClock));
    let enrollment = h
        .gate
        .enroll(Member::new(GUILD, MEMBER), &names(), &Passing::default())
        .await
        .unwrap();
    let base32 = support::secret_from_uri(&enrollment.otpauth_uri);
    let at = h.clock.now();
    let output = std::process::Command::new("oathtool")
        .args(["--totp", "-b", "--now"])
        .arg(format!("@{}", at.unix()))
        .arg(&base32)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let code = String::from_utf8(output.stdout).unwrap().trim().to_owned();
    assert_eq!(code.len(), 6);
    h.gate
        .confirm(Member::new(GUILD, MEMBER), &code, &Passing::default())
        .await
        .unwrap();
    // The code oathtool computed for `at` is the one accepted: its step is now spent.
    let member = Member::new(GUILD, MEMBER);
    let record = h.gate.repo().enrollment(member).await.unwrap().unwrap();
    assert_eq!(record.last_step, Some(totp::step_of(at)));
}
