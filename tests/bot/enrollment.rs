//! A new member enrolls: QR code, first code, backup codes, role; the commands as registered.

use loopback_discord::MANAGE_GUILD;
use serde_json::json;

use crate::support::world::{GUILD, MEMBER, ROLE, World, log_lines, wait_for_log};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_member_enrolls_from_the_qr_code_and_gets_the_role() {
    let world = World::new().await;
    world.setup_gate().await;
    let (_, codes) = world.enroll(GUILD, MEMBER).await;
    assert_eq!(codes.len(), 10);
    assert!(world.fake.member_roles(GUILD, MEMBER).contains(&ROLE));
    let put = world
        .fake
        .requests()
        .into_iter()
        .find(|r| {
            r.method == "PUT" && r.path == format!("/guilds/{GUILD}/members/{MEMBER}/roles/{ROLE}")
        })
        .expect("role PUT");
    assert!(
        put.audit_reason().is_some_and(|r| r.contains("Keygate")),
        "{:?}",
        put.headers
    );
    // No secret in the log channel, and no pings.
    let log = wait_for_log(&world.fake, "set up an authenticator").await;
    assert_eq!(log["allowed_mentions"]["parse"], json!([]));
    for line in log_lines(&world.fake) {
        for code in &codes {
            assert!(!line.contains(code.as_str()));
        }
    }
    // Commands were registered with the product's names, /gate hidden from members.
    let commands = world.fake.registered_commands();
    let names: Vec<&str> = commands
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["verify", "2fa", "gate"]);
    let gate = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "gate")
        .unwrap();
    assert_eq!(
        gate["default_member_permissions"],
        json!(MANAGE_GUILD.to_string())
    );
}
