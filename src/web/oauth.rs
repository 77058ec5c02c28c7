//! The browser check of Discord's own 2FA: `/oauth/start` sends the member on to Discord's
//! authorize page, `/oauth/callback` takes the answer, `/linked-role` starts a check for whoever
//! comes from Discord's Linked Roles.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::Web;
use super::discord_oauth::OAuthClient;
use super::pages::{Page, Section};
use crate::gate::discord_2fa::{CheckState, StateProblem};
use crate::guide::{Key, Locale, fill};

fn param(query: Option<&str>, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

pub(super) fn browser_locale(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Locale::En, Locale::from_accept_language)
}

fn counted(result: &'static str) {
    metrics::counter!(crate::metrics::DISCORD_2FA_CHECKS, "result" => result).increment(1);
}

fn redirect(to: &str) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, to.to_owned())]).into_response()
}

fn unavailable(locale: Locale) -> Response {
    Page::new(
        locale,
        StatusCode::NOT_FOUND,
        "problem",
        Key::WebUnavailableTitle,
        Key::WebUnavailableBody,
    )
    .into_response()
}

/// The page for a state that does not lead on.
fn problem_page(problem: StateProblem, locale: Locale) -> Response {
    let (status, title, body, label) = match problem {
        StateProblem::Invalid => (
            StatusCode::BAD_REQUEST,
            Key::WebInvalidTitle,
            Key::WebInvalidBody,
            "invalid",
        ),
        StateProblem::Expired => (
            StatusCode::GONE,
            Key::WebExpiredTitle,
            Key::WebExpiredBody,
            "expired",
        ),
        StateProblem::Spent => (
            StatusCode::GONE,
            Key::WebSpentTitle,
            Key::WebSpentBody,
            "spent",
        ),
        StateProblem::OtherAccount => (
            StatusCode::FORBIDDEN,
            Key::WebOtherAccountTitle,
            Key::WebOtherAccountBody,
            "other_account",
        ),
    };
    counted(label);
    Page::new(locale, status, "problem", title, body).into_response()
}

/// `GET /oauth/start?state=…`: on to Discord's authorize page while the state is good.
pub(super) async fn start(
    State(web): State<Arc<Web>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let locale = browser_locale(&headers);
    let Some(oauth) = &web.oauth else {
        return unavailable(locale);
    };
    let state = param(query.as_deref(), "state").unwrap_or_default();
    match web.gate.read_check_state(&state).await {
        Ok(_) => redirect(&oauth.authorize_link(&state)),
        Err((problem, read)) => problem_page(problem, read.map_or(locale, |s| state_locale(&s))),
    }
}

/// `GET /linked-role`: where Discord sends a member who clicks one of Keygate's linked roles.
/// Starts a check bound to no server: whoever signs in gets their own role connection written.
pub(super) async fn linked_role(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let locale = browser_locale(&headers);
    let Some(oauth) = &web.oauth else {
        return unavailable(locale);
    };
    let state = web.gate.new_check_state(None, locale.discord_tag());
    redirect(&oauth.authorize_link(&state))
}

fn state_locale(state: &CheckState) -> Locale {
    Locale::from_discord(&state.locale)
}

/// `GET /oauth/callback?code=…&state=…` (or `?error=access_denied&state=…`).
pub(super) async fn callback(
    State(web): State<Arc<Web>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let browser = browser_locale(&headers);
    let Some(oauth) = &web.oauth else {
        return unavailable(browser);
    };
    let query = query.as_deref();
    let state_text = param(query, "state").unwrap_or_default();
    let state = match web.gate.read_check_state(&state_text).await {
        Ok(state) => state,
        Err((problem, read)) => {
            return problem_page(problem, read.map_or(browser, |s| state_locale(&s)));
        }
    };
    let locale = state_locale(&state);
    if param(query, "error").is_some() {
        // Cancelled on Discord's page: nothing was signed in, so the link still works.
        counted("cancelled");
        return Page::new(
            locale,
            StatusCode::OK,
            "off",
            Key::WebCancelledTitle,
            Key::WebCancelledBody,
        )
        .linking(Key::WebCheckAgainButton, oauth.start_link(&state_text))
        .into_response();
    }
    let Some(code) = param(query, "code").filter(|c| !c.is_empty()) else {
        return problem_page(StateProblem::Invalid, locale);
    };
    let code = zeroize::Zeroizing::new(code);
    // At most a few sign-ins in flight, counting those whose browser went away: a task holds its
    // permit to the end.
    let Ok(in_flight) = web.sign_ins.clone().try_acquire_owned() else {
        counted("busy");
        return super::pages::busy(locale);
    };
    // On a task of its own: a browser that goes away mid-way must not cut the sign-in short
    // between the exchange and the token's revocation.
    let (web, oauth) = (web.clone(), oauth.clone());
    let signed_in = tokio::spawn(async move {
        let _in_flight = in_flight;
        let token = match oauth.exchange(&code).await {
            Ok(token) => token,
            Err(error) => return discord_failed(locale, &error),
        };
        let page = finish(&web, &oauth, &state, &token, locale).await;
        if let Err(error) = oauth.revoke(&token.secret).await {
            tracing::warn!(%error, "could not revoke a member's sign-in token (it expires by itself)");
        }
        page
    });
    signed_in.await.unwrap_or_else(|_| {
        counted("error");
        Page::new(
            locale,
            StatusCode::INTERNAL_SERVER_ERROR,
            "problem",
            Key::WebDiscordFailedTitle,
            Key::WebDiscordFailedBody,
        )
        .into_response()
    })
}

fn discord_failed(locale: Locale, error: &super::discord_oauth::OAuthError) -> Response {
    tracing::warn!(%error, "a browser check of Discord 2FA failed at Discord");
    counted("discord_failed");
    Page::new(
        locale,
        StatusCode::BAD_GATEWAY,
        "problem",
        Key::WebDiscordFailedTitle,
        Key::WebDiscordFailedBody,
    )
    .into_response()
}

/// With the member's token in hand: who signed in, whether 2FA is on, recorded and written to the
/// role connection.
async fn finish(
    web: &Web,
    oauth: &OAuthClient,
    state: &CheckState,
    token: &super::discord_oauth::Token,
    locale: Locale,
) -> Response {
    let (token, role_connections) = (token.secret.as_str(), token.role_connections);
    let account = match oauth.account(token).await {
        Ok(account) => account,
        Err(error) => return discord_failed(locale, &error),
    };
    let checked = match web
        .gate
        .finish_check(state, account.id, account.mfa_enabled)
        .await
    {
        Ok(Ok(checked)) => checked,
        Ok(Err(problem)) => return problem_page(problem, locale),
        Err(error) => {
            tracing::error!(%error, "could not record a browser check of Discord 2FA");
            counted("error");
            return Page::new(
                locale,
                StatusCode::SERVICE_UNAVAILABLE,
                "problem",
                Key::WebDatabaseDownTitle,
                Key::WebDatabaseDownBody,
            )
            .into_response();
        }
    };
    let (check, role) = (checked.check, checked.role);
    if role_connections && let Err(error) = oauth.write_role_connection(token, &check).await {
        tracing::warn!(%error, "could not write a member's Linked Roles connection");
    }
    // Which account was checked, in words: a page that someone else's link led to says whose
    // result it shows.
    let whose = Section::Filled(fill(
        locale,
        Key::WebCheckedAccount,
        &[("name", &account.name.replace('*', ""))],
    ));
    if check.enabled {
        counted("on");
        let page = Page::new(
            locale,
            StatusCode::OK,
            "ok",
            Key::WebOnTitle,
            Key::WebOnBody,
        )
        .with(whose);
        match role {
            Some(_) => page.with(Section::Text(Key::WebRoleComing)),
            None => page,
        }
        .into_response()
    } else {
        counted("off");
        let again = web.gate.new_check_state(state.member, &state.locale);
        Page::new(
            locale,
            StatusCode::OK,
            "off",
            Key::WebOffTitle,
            Key::WebOffBody,
        )
        .with(whose)
        .with(Section::Guide(Key::Guide2Title, Key::Guide2Body))
        .with(Section::Guide(Key::Guide3Title, Key::Guide3Body))
        .linking(Key::WebCheckAgainButton, oauth.start_link(&again))
        .into_response()
    }
}
