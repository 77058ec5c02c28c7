//! The browser check of Discord's own 2FA, through the loopback Discord's OAuth2 pages with an
//! HTTP client as the browser (redirects followed by hand, so each hop is checked), and the
//! operator's `/healthz` and `/metrics`. The same flow in headless Chromium is in `browser.rs`.

use serde_json::json;

use crate::support::world::*;
use keygate::gate::UserId;
use loopback_discord::{FakeUser, Response};

/// What the database holds of `user`'s last check.
pub(crate) async fn recorded(
    world: &World,
    user: u64,
) -> Option<keygate::gate::discord_2fa::Discord2fa> {
    use keygate::gate::discord_2fa::DiscordChecks;
    world
        .db
        .store()
        .await
        .discord_2fa(UserId::new(user))
        .await
        .unwrap()
}

/// A `World` whose bot runs its web server.
pub(crate) async fn world() -> World {
    let mut world = World::without_bot(World::fake().await, crate::support::TestDb::sqlite().await);
    world.web = true;
    world.start_bot().await;
    world
}

pub(crate) fn base(world: &World) -> String {
    format!(
        "http://{}",
        world
            .bot
            .as_ref()
            .unwrap()
            .web_addr()
            .expect("the web server runs")
    )
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The link button of `/2fa check`'s ephemeral answer.
pub(crate) async fn check_link(world: &World, guild: u64, user: u64) -> (String, String) {
    let i = world.fake.slash(guild, user, "2fa check", json!({})).await;
    let responses: Vec<Response> = world.responses(&i, 1).await;
    let message = message_of(&responses[0]);
    assert_eq!(
        message["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "ephemeral: {message}"
    );
    let button = &message["components"][0]["components"][0];
    assert_eq!(button["style"], 5, "a link button: {button}");
    (
        button["url"].as_str().expect("a link").to_owned(),
        message["content"].as_str().unwrap_or_default().to_owned(),
    )
}

pub(crate) struct Visit {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

pub(crate) async fn get(url: &str, language: &str) -> Visit {
    let response = browser()
        .get(url)
        .header("Accept-Language", language)
        .send()
        .await
        .expect("the page answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    Visit {
        status,
        location,
        body: response.text().await.unwrap(),
        headers,
    }
}

/// From Keygate's link through Discord's authorize page (pressing `choice`, `authorize` or
/// `cancel`) to the redirect back to Keygate: the callback URL.
pub(crate) async fn through_discord(world: &World, link: &str, choice: &str) -> String {
    let start = get(link, "en").await;
    assert_eq!(start.status, 302, "{}", start.body);
    let authorize = start.location.expect("on to Discord");
    assert!(
        authorize.starts_with(&world.fake.authorize_url()),
        "{authorize}"
    );
    for needed in [
        "response_type=code",
        "scope=identify+role_connections.write",
        "prompt=consent",
        "state=",
    ] {
        assert!(authorize.contains(needed), "{needed} in {authorize}");
    }
    let page = get(&authorize, "en").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let href = page
        .body
        .split(&format!("id=\"{choice}\" href=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the button")
        .replace("&amp;", "&");
    let decided = get(&format!("{}{href}", world.fake.api_url()), "en").await;
    assert_eq!(decided.status, 302);
    decided.location.expect("back to Keygate")
}

fn assert_security_headers(visit: &Visit) {
    let header = |name: &str| {
        visit
            .headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let csp = header("content-security-policy").expect("a CSP");
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("script-src"), "no script at all: {csp}");
    assert_eq!(header("referrer-policy").as_deref(), Some("no-referrer"));
    assert_eq!(header("x-frame-options").as_deref(), Some("DENY"));
    assert!(!visit.body.to_lowercase().contains("<script"));
}

#[tokio::test]
async fn a_member_with_discord_2fa_on_is_confirmed_and_their_role_connection_written() {
    let world = world().await;
    world.fake.set_browser_user(Some(MEMBER));
    world.fake.set_mfa_enabled(MEMBER, true);
    let metadata = world.fake.role_connection_metadata();
    let keys: Vec<&str> = metadata.iter().filter_map(|m| m["key"].as_str()).collect();
    assert_eq!(
        keys,
        ["discord_2fa", "checked_at"],
        "registered at start: {metadata:?}"
    );

    let (link, content) = check_link(&world, GUILD, MEMBER).await;
    assert!(content.contains("10 minutes"), "{content}");
    assert!(
        link.starts_with(&format!("{}/oauth/start?state=", base(&world))),
        "{link}"
    );
    let callback = through_discord(&world, &link, "authorize").await;
    assert!(
        callback.starts_with(&format!("{}/oauth/callback?code=", base(&world))),
        "{callback}"
    );

    let page = get(&callback, "en").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Discord 2FA is on"), "{}", page.body);
    assert!(
        page.body.contains("<strong>ferris</strong>"),
        "whose result it is: {}",
        page.body
    );
    assert_security_headers(&page);
    let connection = world
        .fake
        .role_connection(MEMBER)
        .expect("a role connection");
    assert_eq!(connection["metadata"]["discord_2fa"], "1", "{connection}");
    assert!(
        connection["metadata"]["checked_at"]
            .as_str()
            .is_some_and(|d| d.ends_with('Z'))
    );
    assert_eq!(
        world.fake.oauth_tokens(),
        (0, 1),
        "the member's token was revoked"
    );
    let check = recorded(&world, MEMBER).await.expect("recorded");
    assert!(check.enabled);

    // The same callback again (a replayed state): refused, nothing new recorded.
    let again = get(&callback, "en").await;
    assert_eq!(again.status, 410, "{}", again.body);
    assert!(again.body.contains("already used"), "{}", again.body);
    // The link itself is spent too.
    assert_eq!(get(&link, "en").await.status, 410);
}

#[tokio::test]
async fn discord_2fa_off_is_explained_in_the_members_language_with_a_new_link() {
    let world = world().await;
    const HANS: u64 = 930_000_000_000_000_077;
    world
        .fake
        .add_user(GUILD, FakeUser::new(HANS, "hans").with_locale("de"));
    world.fake.set_browser_user(Some(HANS));
    world.fake.set_mfa_enabled(HANS, false);
    let (link, content) = check_link(&world, GUILD, HANS).await;
    assert!(content.contains("10 Minuten"), "{content}");
    let callback = through_discord(&world, &link, "authorize").await;
    let page = get(&callback, "en").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("lang=\"de\""), "{}", page.body);
    assert!(page.body.contains("Discord-2FA ist aus"), "{}", page.body);
    assert!(
        page.body.contains("Authenticator"),
        "the guide's steps: {}",
        page.body
    );
    let again = page
        .body
        .split("class=\"button\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a check-again link")
        .replace("&amp;", "&");
    assert!(again.starts_with(&format!("{}/oauth/start?state=", base(&world))));
    assert_ne!(again, link);
    let connection = world.fake.role_connection(HANS).expect("written");
    assert_eq!(connection["metadata"]["discord_2fa"], "0");

    // Turned on, checked again with the new link: on.
    world.fake.set_mfa_enabled(HANS, true);
    let callback = through_discord(&world, &again, "authorize").await;
    let page = get(&callback, "en").await;
    assert!(page.body.contains("Discord-2FA ist an"), "{}", page.body);
    assert_eq!(
        world.fake.role_connection(HANS).unwrap()["metadata"]["discord_2fa"],
        "1"
    );
}

#[tokio::test]
async fn another_account_cancel_a_failed_exchange_expiry_and_a_forged_state_record_nothing() {
    let world = world().await;
    world.fake.set_mfa_enabled(MEMBER, true);
    world.fake.set_mfa_enabled(SECOND_MEMBER, true);

    // The link was made for MEMBER, but the browser is signed in as SECOND_MEMBER.
    world.fake.set_browser_user(Some(SECOND_MEMBER));
    let (link, _) = check_link(&world, GUILD, MEMBER).await;
    let page = get(&through_discord(&world, &link, "authorize").await, "en").await;
    assert_eq!(page.status, 403, "{}", page.body);
    assert!(
        page.body.contains("different Discord account"),
        "{}",
        page.body
    );
    assert!(world.fake.role_connection(SECOND_MEMBER).is_none());
    assert_eq!(world.fake.oauth_tokens().0, 0, "its token was revoked");
    for user in [MEMBER, SECOND_MEMBER] {
        assert!(recorded(&world, user).await.is_none());
    }

    // Cancel on Discord's page: nothing checked; the link still works.
    world.fake.set_browser_user(Some(MEMBER));
    let (link, _) = check_link(&world, GUILD, MEMBER).await;
    let cancelled = through_discord(&world, &link, "cancel").await;
    assert!(cancelled.contains("error=access_denied"), "{cancelled}");
    let page = get(&cancelled, "en").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Nothing was checked"), "{}", page.body);

    // Discord refuses the code exchange.
    world.fake.refuse_token_exchanges(1);
    let page = get(&through_discord(&world, &link, "authorize").await, "en").await;
    assert_eq!(page.status, 502, "{}", page.body);
    assert!(page.body.contains("didn't confirm"), "{}", page.body);
    assert!(recorded(&world, MEMBER).await.is_none());

    // Ten minutes later the link has expired.
    world.clock.advance(10 * 60);
    let page = get(&link, "en").await;
    assert_eq!(page.status, 410, "{}", page.body);
    assert!(page.body.contains("expired"), "{}", page.body);

    // A state Keygate did not make (one character changed).
    let (link, _) = check_link(&world, GUILD, MEMBER).await;
    let mut forged = link.clone().into_bytes();
    let last = forged.len() - 3;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let page = get(&String::from_utf8(forged).unwrap(), "fr-FR,fr;q=0.9").await;
    assert_eq!(page.status, 400);
    assert!(
        page.body.contains("lang=\"fr\""),
        "an unreadable state's page follows the browser"
    );
    assert!(recorded(&world, MEMBER).await.is_none());
}

#[tokio::test]
async fn linked_role_starts_a_check_for_whoever_signs_in() {
    let world = world().await;
    world.fake.set_browser_user(Some(SECOND_MEMBER));
    world.fake.set_mfa_enabled(SECOND_MEMBER, true);
    let start = get(&format!("{}/linked-role", base(&world)), "es-419,es;q=0.8").await;
    assert_eq!(start.status, 302);
    let authorize = start.location.unwrap();
    let page = get(&authorize, "en").await;
    let href = page
        .body
        .split("id=\"authorize\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .replace("&amp;", "&");
    let callback = get(&format!("{}{href}", world.fake.api_url()), "en")
        .await
        .location
        .unwrap();
    let page = get(&callback, "en").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("lang=\"es-419\""), "{}", page.body);
    assert_eq!(
        world.fake.role_connection(SECOND_MEMBER).unwrap()["metadata"]["discord_2fa"],
        "1"
    );
}

#[tokio::test]
async fn healthz_and_metrics_tell_the_operator_how_the_bot_is() {
    let world = world().await;
    let health = get(&format!("{}/healthz", base(&world)), "en").await;
    assert_eq!(health.status, 200, "{}", health.body);
    assert_eq!(health.body, "ok\n");

    // A wrong code, then the metrics count it (without any member or server id).
    world.setup_gate().await;
    world.enroll(GUILD, MEMBER).await;
    world.verify_with(GUILD, MEMBER, "000000").await;
    let metrics = get(&format!("{}/metrics", base(&world)), "en").await;
    assert_eq!(metrics.status, 200);
    let text = metrics.body;
    for needed in [
        "keygate_code_checks_total{action=\"verify\"",
        "keygate_code_checks_total{action=\"confirm\",outcome=\"passed_authenticator\"}",
        "keygate_role_changes_pending ",
        "keygate_shards{state=\"connected\"} 1",
        "keygate_hash_queue ",
    ] {
        assert!(text.contains(needed), "{needed} in\n{text}");
    }
    for id in [GUILD, MEMBER] {
        assert!(!text.contains(&id.to_string()), "no ids in /metrics");
    }

    // Without its gateway connection the bot is not healthy, and says why (Discord refuses to
    // resume, and serenity waits a few seconds before it identifies again).
    world
        .fake
        .set_resume_policy(loopback_discord::ResumePolicy::InvalidSession);
    world.fake.drop_gateway();
    let mut why = None;
    for _ in 0..250 {
        let health = get(&format!("{}/healthz", base(&world)), "en").await;
        if health.status == 503 {
            why = Some(health.body);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let why = why.expect("503 while the gateway is down");
    assert!(why.contains("gateway shard 0 is"), "{why}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_names_a_database_that_does_not_answer() {
    let Some(db) = crate::support::TestDb::postgres().await else {
        return;
    };
    let (head, tail) = db.url.split_once('@').unwrap();
    let (address, name) = tail.split_once('/').unwrap();
    let outage = crate::support::outage::Outage::in_front_of(address.to_owned()).await;
    let url = format!("{head}@127.0.0.1:{}/{name}", outage.port);
    db.store().await.close().await;
    let mut world = World::without_bot(
        World::fake().await,
        crate::support::TestDb {
            url,
            backend: "postgres",
            _dir: None,
        },
    );
    world.web = true;
    world.start_bot().await;
    assert_eq!(
        get(&format!("{}/healthz", base(&world)), "en").await.status,
        200
    );
    outage.cut();
    let health = get(&format!("{}/healthz", base(&world)), "en").await;
    assert_eq!(health.status, 503, "{}", health.body);
    assert!(health.body.contains("database"), "{}", health.body);
    assert!(
        !health.body.contains("keygate@"),
        "no database URL: {}",
        health.body
    );
}

#[tokio::test]
async fn without_the_web_server_the_check_says_it_is_off() {
    let world = World::new().await;
    let i = world
        .fake
        .slash(GUILD, MEMBER, "2fa check", json!({}))
        .await;
    let text = last_text(&world.responses(&i, 1).await);
    assert!(text.contains("isn't switched on"), "{text}");
}

#[tokio::test]
async fn the_guides_last_page_offers_the_check_and_the_link_is_made_when_pressed() {
    let world = world().await;
    let i = world
        .fake
        .slash(GUILD, MEMBER, "2fa guide", json!({}))
        .await;
    world.responses(&i, 2).await;
    let mut message = world.fake.wait_dm_messages(MEMBER, 1, WAIT).await.remove(0);
    for page in 2..=9 {
        let next = format!("keygate:guide:page:{page}");
        let turned = world.fake.click(GUILD, MEMBER, &message, &next).await;
        let shown = world.responses(&turned, 1).await.remove(0);
        message = shown.message.clone().unwrap();
        let has_check = message.to_string().contains("keygate:panel:check");
        assert_eq!(
            has_check,
            page == 9,
            "the check button is on the last page only"
        );
    }
    assert!(
        !message.to_string().contains("/oauth/start"),
        "no link in the lasting DM"
    );
    let pressed = world
        .fake
        .click(GUILD, MEMBER, &message, "keygate:panel:check")
        .await;
    let answer = message_of(&world.responses(&pressed, 1).await[0]);
    assert_eq!(
        answer["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "ephemeral: {answer}"
    );
    let url = answer["components"][0]["components"][0]["url"]
        .as_str()
        .unwrap();
    assert!(
        url.starts_with(&format!("{}/oauth/start?state=", base(&world))),
        "{url}"
    );
}

#[tokio::test]
async fn after_a_429_from_discord_no_sign_in_calls_it_until_retry_after() {
    let world = world().await;
    world.fake.set_browser_user(Some(MEMBER));
    world.fake.set_mfa_enabled(MEMBER, true);
    world.fake.fail_next(
        "POST",
        "/oauth2/token",
        429,
        json!({"message": "You are being rate limited.", "retry_after": 30.0, "global": false}),
        1,
    );
    let exchanges = || {
        world
            .fake
            .requests()
            .iter()
            .filter(|r| r.path.starts_with("/oauth2/token") && !r.path.contains("revoke"))
            .count()
    };
    for _ in 0..2 {
        let (link, _) = check_link(&world, GUILD, MEMBER).await;
        let page = get(&through_discord(&world, &link, "authorize").await, "en").await;
        assert_eq!(page.status, 502, "{}", page.body);
    }
    assert_eq!(
        exchanges(),
        1,
        "the second sign-in waited out Discord's Retry-After"
    );
    assert!(recorded(&world, MEMBER).await.is_none());
}

#[tokio::test]
async fn a_refused_client_secret_stops_the_sign_ins_for_a_while() {
    let world = world().await;
    world.fake.set_browser_user(Some(MEMBER));
    world.fake.fail_next(
        "POST",
        "/oauth2/token",
        401,
        json!({"error": "invalid_client"}),
        1,
    );
    for _ in 0..2 {
        let (link, _) = check_link(&world, GUILD, MEMBER).await;
        let page = get(&through_discord(&world, &link, "authorize").await, "en").await;
        assert_eq!(page.status, 502, "{}", page.body);
    }
    let exchanges = world
        .fake
        .requests()
        .iter()
        .filter(|r| r.path == "/oauth2/token")
        .count();
    assert_eq!(
        exchanges, 1,
        "no second exchange with a secret Discord refused"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_eight_sign_ins_at_once_the_next_is_asked_to_wait_and_none_is_lost() {
    let world = world().await;
    world.fake.set_browser_user(Some(MEMBER));
    world.fake.set_mfa_enabled(MEMBER, true);
    let mut callbacks = Vec::new();
    for _ in 0..9 {
        let (link, _) = check_link(&world, GUILD, MEMBER).await;
        callbacks.push(through_discord(&world, &link, "authorize").await);
    }
    // Four exchanges reach Discord (its answers held); four more wait for a turn.
    let mut holds: Vec<_> = (0..4)
        .map(|_| world.fake.hold_next("POST", "/oauth2/token"))
        .collect();
    let first: Vec<_> = callbacks[..8]
        .iter()
        .cloned()
        .map(|url| tokio::spawn(async move { get(&url, "en").await }))
        .collect();
    for hold in &mut holds {
        hold.arrived(WAIT).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let ninth = get(&callbacks[8], "de").await;
    assert_eq!(ninth.status, 503, "{}", ninth.body);
    assert!(
        ninth.body.contains("Too many at once"),
        "in the member's language: {}",
        ninth.body
    );
    assert_eq!(ninth.headers.get("retry-after").unwrap(), "5");
    for hold in &holds {
        hold.release();
    }
    for page in first {
        assert_eq!(page.await.unwrap().status, 200);
    }
    // The ninth was not spent: once the others are done, the same callback goes through.
    let again = get(&callbacks[8], "en").await;
    assert_eq!(again.status, 200, "{}", again.body);
}
