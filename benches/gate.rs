//! What a verification costs, as ratios to one argon2id hash (the floor).
//!
//! Run: `cargo bench --bench gate`. Prints criterion's timings, then a table of ratios from the same
//! run. Target: a backup-code check costs at most 1.1x one hash, whatever the number of codes left,
//! because the code's slot tag picks the one stored hash to check.

use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use keygate::gate::backup_codes::{self, BackupCode};
use keygate::gate::hashing;
use keygate::gate::totp::{self, TotpCode, TotpSecret};
use keygate::gate::{OsEntropy, Timestamp};

/// The gate's backup-code path without the database: parse, pick the slot's hash, one verify.
fn check_backup_code(input: &str, stored: &[Option<hashing::Phc>]) -> bool {
    let Some(code) = BackupCode::parse(input) else {
        return false;
    };
    match &stored[usize::from(code.slot().index())] {
        Some(phc) => hashing::verify_blocking(code.expose_bytes(), phc),
        None => false,
    }
}

/// For contrast: what checking costs without slot tags, trying every remaining hash.
fn check_by_scanning(input: &str, stored: &[Option<hashing::Phc>]) -> bool {
    let Some(code) = BackupCode::parse(input) else {
        return false;
    };
    stored.iter().flatten().fold(false, |found, phc| {
        hashing::verify_blocking(code.expose_bytes(), phc) | found
    })
}

fn benches(c: &mut Criterion) {
    let codes = backup_codes::generate_set(&OsEntropy);
    let stored: Vec<Option<hashing::Phc>> = codes
        .iter()
        .map(|code| Some(hashing::hash_blocking(code.expose_bytes(), &OsEntropy)))
        .collect();
    let right = codes[6].grouped().to_string();
    let mut wrong = right.clone();
    let last = wrong.pop().unwrap();
    wrong.push(if last == '2' { '3' } else { '2' });
    assert!(check_backup_code(&right, &stored) && !check_backup_code(&wrong, &stored));

    let mut group = c.benchmark_group("gate");
    group.sample_size(20);
    group.bench_function("argon2id_hash_floor", |b| {
        b.iter(|| hashing::hash_blocking(black_box(codes[0].expose_bytes()), &OsEntropy))
    });
    group.bench_function("backup_code_right_10_left", |b| {
        b.iter(|| assert!(check_backup_code(black_box(&right), &stored)))
    });
    group.bench_function("backup_code_wrong_10_left", |b| {
        b.iter(|| assert!(!check_backup_code(black_box(&wrong), &stored)))
    });
    group.bench_function("backup_code_wrong_scan_all_10", |b| {
        b.iter(|| assert!(!check_by_scanning(black_box(&wrong), &stored)))
    });

    let secret = TotpSecret::from_bytes(&[42u8; 20]).unwrap();
    let now = Timestamp::from_unix(1_800_000_015);
    let code = TotpCode::parse(&totp::code_at(&secret, now)).unwrap();
    group.bench_function("totp_check", |b| {
        b.iter(|| assert!(totp::check(&secret, black_box(&code), now).is_some()))
    });
    group.finish();
}

/// Reads criterion's mean estimates from this run and prints them as ratios to the floor.
fn print_ratios() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), std::path::PathBuf::from);
    let mean = |name: &str| -> Option<f64> {
        let path = target
            .join("criterion")
            .join("gate")
            .join(name)
            .join("new")
            .join("estimates.json");
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        json["mean"]["point_estimate"].as_f64()
    };
    let Some(floor) = mean("argon2id_hash_floor") else {
        println!(
            "(no estimates found under {}; run without --test)",
            target.display()
        );
        return;
    };
    println!("\n| benchmark | mean | ratio to one argon2id hash |\n|---|---|---|");
    for name in [
        "argon2id_hash_floor",
        "backup_code_right_10_left",
        "backup_code_wrong_10_left",
        "backup_code_wrong_scan_all_10",
        "totp_check",
    ] {
        if let Some(ns) = mean(name) {
            let shown = if ns >= 1e6 {
                format!("{:.2} ms", ns / 1e6)
            } else {
                format!("{:.2} µs", ns / 1e3)
            };
            println!("| {name} | {shown} | {:.6}x |", ns / floor);
        }
    }
}

criterion_group!(gate, benches);

fn main() {
    gate();
    Criterion::default().configure_from_args().final_summary();
    if !std::env::args().any(|a| a == "--test" || a == "--list") {
        print_ratios();
    }
}
