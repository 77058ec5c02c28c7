//! The browser check of Discord's own 2FA in a real browser: headless Chromium, driven through
//! chromedriver (WebDriver), from the link in `/2fa check`'s ephemeral answer through the
//! loopback Discord's authorize page to Keygate's result page. Screenshots of the pages go to
//! `target/tmp/screenshots/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them). Without them the
//! test says so loudly and passes, except under `CI=true`, where it fails.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::json;
use thirtyfour::prelude::*;

use crate::support::world::*;
use loopback_discord::FakeUser;

/// A program on `PATH`, or at one of Debian's places for it.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .chain([
                PathBuf::from("/usr/lib/chromium"),
                PathBuf::from("/usr/bin"),
            ])
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: tokio::process::Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

/// chromedriver and Chromium, or why there are none (a failure under CI).
async fn chromium() -> Option<(Driver, PathBuf)> {
    let driver = find(&["chromedriver"]);
    let browser = find(&["chromium", "chromium-browser", "google-chrome"]);
    let (Some(driver), Some(browser)) = (driver, browser) else {
        let message = "SKIPPED: the browser test needs Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)";
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{message}; CI must run it"
        );
        eprintln!("\n*** {message} ***\n");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = tokio::process::Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver starts");
    let url = format!("http://127.0.0.1:{port}");
    let status = format!("{url}/status");
    for _ in 0..100 {
        if reqwest::get(&status)
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Some((Driver { child, url }, browser));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not answer on {url}");
}

async fn browser(driver: &Driver, binary: &Path) -> WebDriver {
    let mut caps = DesiredCapabilities::chrome();
    caps.set_binary(binary.to_str().unwrap()).unwrap();
    for arg in [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=412,915",
    ] {
        caps.add_arg(arg).unwrap();
    }
    WebDriver::new(&driver.url, caps)
        .await
        .expect("a Chromium session")
}

fn screenshots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The link button of `/2fa check`'s ephemeral answer.
async fn check_link(world: &World, user: u64) -> String {
    let i = world.fake.slash(GUILD, user, "2fa check", json!({})).await;
    let message = message_of(&world.responses(&i, 1).await[0]);
    message["components"][0]["components"][0]["url"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Opens the link, presses *Authorize* on Discord's page, and returns the title Keygate's page
/// shows, after saving a screenshot as `name`.
async fn sign_in(page: &WebDriver, link: &str, name: &str) -> String {
    page.goto(link).await.unwrap();
    page.find(By::Id("authorize"))
        .await
        .expect("Discord's authorize page")
        .click()
        .await
        .unwrap();
    let title = page
        .find(By::Tag("h1"))
        .await
        .expect("Keygate's page")
        .text()
        .await
        .unwrap();
    page.screenshot(&screenshots().join(name)).await.unwrap();
    title
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_chromium_a_member_confirms_discord_2fa_and_gets_the_gated_role() {
    let Some((driver, binary)) = chromium().await else {
        return;
    };
    let mut world = World::without_bot(World::fake().await, crate::support::TestDb::sqlite().await);
    world.web = true;
    world.start_bot().await;
    let saved = world
        .gate_setup(json!({"role": ROLE.to_string(), "discord_2fa": true}))
        .await;
    assert!(saved.contains("Gate saved"), "{saved}");
    let page = browser(&driver, &binary).await;

    // English, 2FA on: the page says so, the role connection is written, the gate opens.
    world.fake.set_browser_user(Some(MEMBER));
    world.fake.set_mfa_enabled(MEMBER, true);
    let link = check_link(&world, MEMBER).await;
    let title = sign_in(&page, &link, "on-en.png").await;
    assert_eq!(title, "Discord 2FA is on");
    let body = page
        .find(By::Tag("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("close this page"), "{body}");
    let connection = world.fake.role_connection(MEMBER).expect("written");
    assert_eq!(connection["metadata"]["discord_2fa"], "1");
    world.enroll(GUILD, MEMBER).await;
    assert!(
        world.fake.member_roles(GUILD, MEMBER).contains(&ROLE),
        "the role was granted"
    );

    // German, 2FA off: the page explains how to turn it on, in German, with a new link.
    const HANS: u64 = 930_000_000_000_000_078;
    world
        .fake
        .add_user(GUILD, FakeUser::new(HANS, "hans").with_locale("de"));
    world.fake.set_browser_user(Some(HANS));
    world.fake.set_mfa_enabled(HANS, false);
    let link = check_link(&world, HANS).await;
    let title = sign_in(&page, &link, "off-de.png").await;
    assert_eq!(title, "Discord-2FA ist aus");
    let again = page.find(By::ClassName("button")).await.unwrap();
    assert_eq!(again.text().await.unwrap(), "Noch einmal prüfen");
    assert_eq!(
        world.fake.role_connection(HANS).unwrap()["metadata"]["discord_2fa"],
        "0"
    );
    assert!(!world.fake.member_roles(GUILD, HANS).contains(&ROLE));

    // A link opened after its 10 minutes: expired, in English.
    world.fake.set_browser_user(Some(SECOND_MEMBER));
    let link = check_link(&world, SECOND_MEMBER).await;
    world.clock.advance(10 * 60);
    page.goto(&link).await.unwrap();
    let title = page
        .find(By::Tag("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    page.screenshot(&screenshots().join("expired-en.png"))
        .await
        .unwrap();
    assert_eq!(title, "This link has expired");
    page.quit().await.unwrap();
}
