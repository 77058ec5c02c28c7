//! The gate under attack, through the service and a real database, on SQLite and PostgreSQL:
//! bursts of guesses get no more evaluations than guesses one after another, a right code cannot
//! slip in once the lock is committed, the window slides, and no work is amplified.

mod support;

use std::sync::Arc;

use keygate::gate::audit::AuditKind;
use keygate::gate::backup_codes::BackupCode;
use keygate::gate::gates::Passing;
use keygate::gate::outcome::{GateError, Limited, Rejection};
use keygate::gate::throttle::{Access, NewLock};
use keygate::gate::totp::{self, TotpSecret};
use keygate::gate::{Clock, Member, Names, UserId};
use support::{GUILD, Harness, MEMBER};

fn names() -> Names {
    Names {
        guild_name: "Keygate Test Server".into(),
        member_name: "ferris".into(),
    }
}

/// Enrolls and confirms `user`; returns the secret and the backup codes. The clock then moves on
/// one step, so the next code is fresh.
async fn enrolled(h: &Harness, user: UserId) -> (TotpSecret, Vec<BackupCode>) {
    let member = Member::new(GUILD, user);
    let enrollment = h
        .gate
        .enroll(member, &names(), &Passing::default())
        .await
        .expect("enroll");
    let secret = TotpSecret::from_bytes(&support::base32_decode(&support::secret_from_uri(
        &enrollment.otpauth_uri,
    )))
    .unwrap();
    let code = totp::code_at(&secret, h.clock.now());
    let confirmed = h
        .gate
        .confirm(member, &code, &Passing::default())
        .await
        .expect("confirm");
    h.clock.advance(30);
    (secret, confirmed.backup_codes)
}

async fn kinds(h: &Harness, user: UserId) -> Vec<AuditKind> {
    let mut log = h.gate.audit_log(GUILD, Some(user), 10_000).await.unwrap();
    log.reverse();
    log.into_iter().map(|e| e.kind).collect()
}

/// Submits `n` wrong codes for one member at the same moment; the number of codes the gate
/// evaluated (audited as failures) and the number refused as locked without evaluation.
async fn burst_of_wrong_codes(h: Arc<Harness>, n: usize) -> (usize, usize) {
    let (secret, _) = enrolled(&h, MEMBER).await;
    let wrong = support::wrong_code(&secret, h.clock.now());
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let (h, wrong) = (h.clone(), wrong.clone());
            tokio::spawn(async move {
                h.gate
                    .verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default())
                    .await
            })
        })
        .collect();
    let mut locked = 0;
    for task in tasks {
        match task.await.unwrap() {
            Err(GateError::Rejected {
                reason: Rejection::WrongCode,
                ..
            }) => {}
            Err(GateError::Locked(Access::LockedUntil(_))) => locked += 1,
            other => panic!("a wrong code got {other:?}"),
        }
    }
    let evaluated = kinds(&h, MEMBER)
        .await
        .iter()
        .filter(|k| **k == AuditKind::Failed)
        .count();
    (evaluated, locked)
}

on_both_backends! {
    async fn thirty_two_concurrent_wrong_codes_get_five_evaluations_and_the_rest_are_locked(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        let (evaluated, locked) = burst_of_wrong_codes(h, 32).await;
        assert_eq!((evaluated, locked), (5, 27), "evaluated, answered locked");
    }

    async fn a_thousand_concurrent_wrong_codes_get_five_evaluations_and_the_rest_are_locked(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        let (evaluated, locked) = burst_of_wrong_codes(h, 1000).await;
        assert_eq!((evaluated, locked), (5, 995), "evaluated, answered locked");
    }

    async fn a_right_code_in_a_burst_of_wrong_ones_never_succeeds_once_the_lock_is_committed(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        // Several members, one burst each: five wrong authenticator codes and one right backup
        // code (which takes an argon2 evaluation, so it is the last to finish).
        for round in 0..4u64 {
            let user = UserId::new(MEMBER.get() + 100 + round);
            let (secret, codes) = enrolled(&h, user).await;
            let wrong = support::wrong_code(&secret, h.clock.now());
            let mut inputs = vec![wrong; 5];
            inputs.push(codes[round as usize].grouped().to_string());
            let tasks: Vec<_> = inputs
                .into_iter()
                .map(|input| {
                    let h = h.clone();
                    tokio::spawn(async move { h.gate.verify(Member::new(GUILD, user), &input, &Passing::default()).await })
                })
                .collect();
            let mut passed = false;
            for task in tasks {
                passed |= task.await.unwrap().is_ok();
            }
            let log = kinds(&h, user).await;
            let position = |kind: AuditKind| log.iter().position(|k| *k == kind);
            let failed_before = |end: usize| {
                log[..end].iter().filter(|k| **k == AuditKind::Failed).count()
            };
            match (position(AuditKind::Passed), position(AuditKind::LockedOut)) {
                // The right code was one of the five attempts the lock allows: it came before
                // any lock, after at most four failures (and cleared them).
                (Some(passed), locked) => {
                    assert!(failed_before(passed) <= 4, "round {round}: {log:?}");
                    assert!(locked.is_none_or(|l| l > passed), "round {round}: {log:?}");
                }
                // Five wrong codes came first and locked the member: the right one was refused.
                (None, Some(locked)) => {
                    assert_eq!(failed_before(locked), 5, "round {round}: {log:?}");
                    assert!(!passed, "round {round}");
                }
                (None, None) => panic!("round {round}: neither passed nor locked: {log:?}"),
            }
        }
    }

    async fn four_failures_every_fifteen_minutes_lock_because_the_window_slides(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let mut first_lock = None;
        'windows: for window in 0..25 {
            for attempt in 0..4 {
                let wrong = support::wrong_code(&secret, h.clock.now());
                match h.gate.verify(Member::new(GUILD, MEMBER), &wrong, &Passing::default()).await {
                    Err(GateError::Rejected { lock: None, .. }) => {}
                    Err(GateError::Rejected { lock: Some(lock), .. }) => {
                        first_lock = Some((window * 4 + attempt + 1, lock));
                        break 'windows;
                    }
                    other => panic!("unexpected {other:?}"),
                }
            }
            h.clock.advance(15 * 60);
        }
        let (failures, lock) = first_lock.expect("locked at all");
        assert!(matches!(lock, NewLock::Until(_)), "a soft lock, not only the hard one: {lock:?}");
        assert_eq!(failures, 5, "five failures within fifteen minutes");
    }

    async fn twenty_concurrent_confirmations_of_one_valid_code_cost_one_confirmation(db) {
        let h = Arc::new(Harness::new(&db).await);
        h.configure(GUILD).await;
        let member = Member::new(GUILD, MEMBER);
        let enrollment = h.gate.enroll(member, &names(), &Passing::default()).await.unwrap();
        let secret = TotpSecret::from_bytes(&support::base32_decode(&support::secret_from_uri(
            &enrollment.otpauth_uri,
        )))
        .unwrap();
        let code = totp::code_at(&secret, h.clock.now());
        let before = h.gate.hasher().evaluations();
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let (h, code) = (h.clone(), code.clone());
                tokio::spawn(async move { h.gate.confirm(member, &code, &Passing::default()).await })
            })
            .collect();
        let mut confirmed = 0;
        for task in tasks {
            confirmed += usize::from(task.await.unwrap().is_ok());
        }
        assert_eq!(confirmed, 1);
        assert_eq!(
            h.gate.hasher().evaluations() - before,
            10,
            "one set of ten backup codes hashed, however many submissions"
        );
    }

    async fn starting_enrollment_is_limited_to_three_times_an_hour(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let member = Member::new(GUILD, MEMBER);
        for _ in 0..3 {
            h.gate.enroll(member, &names(), &Passing::default()).await.unwrap();
            h.clock.advance(60);
        }
        let fourth = h.gate.enroll(member, &names(), &Passing::default()).await;
        assert!(fourth.is_err(), "a fourth start within the hour is refused");
        h.clock.advance(60 * 60);
        h.gate.enroll(member, &names(), &Passing::default()).await.unwrap();
    }

    async fn removing_the_enrollment_needs_the_authenticator_not_a_backup_code(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, codes) = enrolled(&h, MEMBER).await;
        let member = Member::new(GUILD, MEMBER);
        let with_backup = h.gate.remove(member, &codes[0].grouped()).await;
        assert!(
            matches!(with_backup, Err(GateError::NeedsAuthenticatorCode)),
            "{with_backup:?}"
        );
        assert!(h.gate.status(member).await.unwrap().backup_codes_left == 10);
        h.gate
            .remove(member, &totp::code_at(&secret, h.clock.now()))
            .await
            .unwrap();
    }

    async fn new_backup_code_sets_are_limited_to_three_a_day_and_the_fourth_costs_nothing(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let (secret, _) = enrolled(&h, MEMBER).await;
        let member = Member::new(GUILD, MEMBER);
        for _ in 0..3 {
            let code = totp::code_at(&secret, h.clock.now());
            h.gate.regenerate_backup_codes(member, &code).await.unwrap();
            h.clock.advance(30);
        }
        let hashes = h.gate.hasher().evaluations();
        let code = totp::code_at(&secret, h.clock.now());
        let fourth = h.gate.regenerate_backup_codes(member, &code).await;
        assert!(
            matches!(fourth, Err(GateError::TooOften { action: Limited::BackupCodes, .. })),
            "{fourth:?}"
        );
        assert_eq!(h.gate.hasher().evaluations(), hashes, "nothing was hashed");
        assert!(!kinds(&h, MEMBER).await.contains(&AuditKind::Failed), "nor counted");
        h.clock.advance(24 * 60 * 60);
        let code = totp::code_at(&secret, h.clock.now());
        h.gate.regenerate_backup_codes(member, &code).await.unwrap();
    }

    async fn removing_oneself_is_limited_to_three_times_a_day(db) {
        let h = Harness::new(&db).await;
        h.configure(GUILD).await;
        let member = Member::new(GUILD, MEMBER);
        for _ in 0..3 {
            let (secret, _) = enrolled(&h, MEMBER).await;
            h.gate.remove(member, &totp::code_at(&secret, h.clock.now())).await.unwrap();
            // Past the enrollment limit's hour, so only the removal limit is in play.
            h.clock.advance(60 * 60 + 30);
        }
        let (secret, _) = enrolled(&h, MEMBER).await;
        let fourth = h.gate.remove(member, &totp::code_at(&secret, h.clock.now())).await;
        let Err(GateError::TooOften { action: Limited::Removal, retry_at }) = fourth else {
            panic!("{fourth:?}");
        };
        assert!(retry_at > h.clock.now(), "says when");
        assert_eq!(h.gate.status(member).await.unwrap().access, Access::Open, "not counted");
    }
}
