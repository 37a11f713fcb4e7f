//! Sign-in by e-mail link: ask for a link, receive it, confirm, and you are signed in.
//!
//! The link opens a page with a button; only pressing it uses the link. Mail programs and virus scanners
//! often open links by themselves, and would otherwise use up a single-use link before the resident does.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};

use serde::Deserialize;

use super::form::{SignInForm, Terug};
use super::views;
use crate::auth::domain::{
    LINK_VALIDITY, MAX_LINKS_PER_ADDRESS, MAX_LINKS_PER_ADDRESS_ANYONE, MAX_LINKS_PER_CLIENT,
    RATE_WINDOW,
};
use crate::auth::namens::echt_adres;
use crate::auth::repo;
use crate::auth::{Aanmelding, Middel, SignedIn};
use crate::config::Aanbieder;
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::bewaren;
use crate::http::session::{self, SessionHash, with_cookie};
use crate::http::{Ctx, see_other};
use crate::i18n::msg;
use crate::mail::{self, Email};
use crate::token;

/// The query of the sign-in page: where to go after, which ways of signing in the page that sent the resident
/// here accepts (`met`, comma-separated; empty: any), and whether a sign-in at a provider was cancelled.
#[derive(Debug, Default, Deserialize)]
pub struct InlogQuery {
    #[serde(default)]
    pub terug: Option<String>,
    #[serde(default)]
    pub met: Option<String>,
    #[serde(default)]
    pub afgebroken: Option<String>,
}

impl InlogQuery {
    fn middelen(&self) -> Vec<Middel> {
        self.met
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|c| !c.is_empty())
            .map(Middel::from_code)
            .collect()
    }
}

/// Where a signed-in person goes from a sign-in page: back to the page that asked, or their start page.
fn na_inloggen(terug: &Terug, person: &crate::auth::Person) -> String {
    terug
        .pad()
        .unwrap_or_else(|| person.rol.start_pagina().to_owned())
}

pub async fn form(
    ctx: Ctx,
    headers: HeaderMap,
    aanmelding: Option<Extension<Aanmelding>>,
    Query(query): Query<InlogQuery>,
) -> Response {
    let gevraagd = query.middelen();
    let terug = Terug {
        terug: query.terug.clone(),
    };
    if let Some(person) = &ctx.person {
        // Signed in, but not in a way the page asks for: the page offers those ways (DigiD links the account).
        let past = gevraagd.is_empty() || aanmelding.is_some_and(|a| gevraagd.contains(&a.middel));
        if past {
            return see_other(&na_inloggen(&terug, person));
        }
    }
    let input = SignInForm {
        terug: terug.pad(),
        ..SignInForm::default()
    };
    let staat = views::Staat {
        gevraagd,
        afgebroken: query.afgebroken.as_deref().and_then(Aanbieder::from_code),
        bewaard: bewaren::cookie_waarde(&headers).is_some(),
    };
    views::form(&ctx, &input, &FieldErrors::new(), &staat).into_response()
}

/// Who is asking, for the per-client limit: the socket's address, or the proxy's `X-Forwarded-For`.
pub struct Client(pub String);

impl axum::extract::FromRequestParts<crate::AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let socket = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        let forwarded = app
            .config
            .behind_proxy
            .then(|| forwarded_for(&parts.headers))
            .flatten();
        Ok(Client(forwarded.or(socket).unwrap_or_default()))
    }
}

/// The client as the nearest proxy saw it: the last address in `X-Forwarded-For`.
fn forwarded_for(headers: &HeaderMap) -> Option<String> {
    let value = headers.get("x-forwarded-for")?.to_str().ok()?;
    value
        .rsplit(',')
        .next()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

pub async fn request_link(
    ctx: Ctx,
    client: Client,
    Form(input): Form<SignInForm>,
) -> AppResult<Response> {
    let email = match input.parse(&ctx.tr) {
        Ok(email) => email,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::form(&ctx, &input, &errors, &views::Staat::default()),
            )
                .into_response());
        }
    };
    let app = &ctx.app;
    let now = app.clock.now();
    // Keys are hashed: the attempts table must not become a list of addresses.
    let limits = [
        (
            token::hash(&format!("adres-client:{}:{}", email.as_str(), client.0)),
            MAX_LINKS_PER_ADDRESS,
        ),
        (
            token::hash(&format!("adres:{}", email.as_str())),
            MAX_LINKS_PER_ADDRESS_ANYONE,
        ),
        (
            token::hash(&format!("client:{}", client.0)),
            MAX_LINKS_PER_CLIENT,
        ),
    ];

    let mut tx = app.db.begin_write().await?;
    if !repo::binnen_limieten(&mut tx, &limits, now - RATE_WINDOW, now).await? {
        return Err(AppError::TooManyRequests);
    }

    let secret = token::new_secret();
    // Signed in with DigiD without an address: this link confirms the address, for this person only.
    let voor = ctx
        .person
        .as_ref()
        .filter(|p| !echt_adres(&p.email))
        .map(|p| &p.id);
    repo::insert_link(
        &mut tx,
        &token::hash(&secret),
        email.as_str(),
        voor,
        now,
        now + LINK_VALIDITY,
    )
    .await?;
    // In the language of the person's mail, which they chose; for an address new here, the page's.
    let lang = repo::taal_van_adres(&mut *tx, email.as_str())
        .await?
        .unwrap_or(ctx.lang());
    let tr = &ctx.tr.with_lang(lang);
    let gemeente = app.gemeente.naam.as_str();
    let message = Email {
        to: email.as_str().to_owned(),
        greeting: None,
        subject: tr.ta(msg::AUTH_MAIL_ONDERWERP, &[("gemeente", gemeente.into())]),
        paragraphs: vec![tr.ta(msg::AUTH_MAIL_TEKST, &[("gemeente", gemeente.into())])],
        action: Some((
            tr.t(msg::AUTH_MAIL_KNOP),
            format!(
                "{}/inloggen/link/{secret}{}",
                app.config.base_url,
                Terug {
                    terug: input.terug.clone()
                }
                .query()
            ),
        )),
        after: vec![
            tr.ta(
                msg::AUTH_MAIL_GELDIG,
                &[("minuten", LINK_VALIDITY.whole_minutes().into())],
            ),
            tr.t(msg::AUTH_MAIL_NIET_GEVRAAGD),
        ],
        erase_after_sending: true,
        link_geldig_tot: Some(now + LINK_VALIDITY),
        bijlage: None,
    };
    mail::enqueue(&mut tx, now, &message, tr, &app.gemeente).await?;
    tx.commit().await?;
    app.mail.wake();
    // The same answer for every address: nobody learns here whether an address is known.
    Ok(see_other("/inloggen/verstuurd"))
}

pub async fn link_sent(ctx: Ctx) -> Response {
    views::link_sent(&ctx).into_response()
}

pub async fn confirm(
    ctx: Ctx,
    Path(secret): Path<String>,
    Query(terug): Query<Terug>,
) -> AppResult<Response> {
    let usable =
        repo::link_usable(&ctx.app.db.pool, &token::hash(&secret), ctx.app.clock.now()).await?;
    Ok(if usable {
        views::confirm(&ctx, &secret, &terug).into_response()
    } else {
        (StatusCode::GONE, views::link_expired(&ctx)).into_response()
    })
}

pub async fn sign_in(
    ctx: Ctx,
    Path(secret): Path<String>,
    Query(terug): Query<Terug>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let Some((email, voor)) = repo::use_link(&mut tx, &token::hash(&secret), now).await? else {
        return Ok((StatusCode::GONE, views::link_expired(&ctx)).into_response());
    };
    // The link this person asked for while signed in with DigiD and without an address: it confirms the
    // address for their account. Anyone else's link only signs in, as any link does.
    if let Some(person) = ctx
        .person
        .as_ref()
        .filter(|p| !echt_adres(&p.email) && voor.as_ref() == Some(&p.id))
        && repo::zet_eigen_email(&mut tx, &person.id, &email).await?
    {
        tx.commit().await?;
        let naar = terug
            .pad()
            .unwrap_or_else(|| person.rol.start_pagina().to_owned());
        return Ok(see_other(&naar));
    }
    let persoon_id = repo::find_or_create_person(&mut tx, &email, ctx.lang(), now).await?;
    let rol = repo::rol(&mut *tx, &persoon_id).await?;
    tx.commit().await?;
    // A new session token at every sign-in: an old cookie never becomes a signed-in one.
    let cookie = session::start(app, &persoon_id, Middel::Email, None).await?;
    let naar = terug.pad().unwrap_or_else(|| rol.start_pagina().to_owned());
    Ok(with_cookie(see_other(&naar), cookie))
}

/// Ends the session here, and at the provider when it was started there and the provider offers that (it
/// sends the browser back to `/uitgelogd`).
pub async fn sign_out(
    ctx: Ctx,
    hash: Option<Extension<SessionHash>>,
    aanmelding: Option<Extension<Aanmelding>>,
) -> AppResult<Response> {
    let bij_aanbieder = match aanmelding {
        Some(Extension(a)) => super::aanbieder::afmelden_bij(&ctx, a.middel).await,
        None => None,
    };
    let response = see_other(bij_aanbieder.as_deref().unwrap_or("/uitgelogd"));
    Ok(match hash {
        Some(Extension(hash)) => with_cookie(response, session::end(&ctx.app, &hash).await?),
        None => response,
    })
}

/// `GET /uitgelogd`; with `?account=opgeheven` after the account was removed.
pub async fn signed_out(ctx: Ctx, Query(na): Query<NaUitloggen>) -> Response {
    views::signed_out(&ctx, na.account.as_deref() == Some("opgeheven")).into_response()
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct NaUitloggen {
    #[serde(default)]
    account: Option<String>,
}

/// `GET /inloggen/adres`: after a first sign-in with DigiD, the address for messages (confirmed by a link).
pub async fn adres(ctx: Ctx, SignedIn(person): SignedIn, Query(terug): Query<Terug>) -> Response {
    if echt_adres(&person.email) {
        return see_other(&na_inloggen(&terug, &person));
    }
    let input = SignInForm {
        terug: terug.pad(),
        ..SignInForm::default()
    };
    views::adres(&ctx, &input, person.rol.start_pagina()).into_response()
}

/// `GET /verder-invullen`: after signing in again, the form that was posted after the session ended, with
/// what the resident typed, to send once more.
pub async fn verder(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    headers: HeaderMap,
) -> AppResult<Response> {
    let bewaard = match bewaren::cookie_waarde(&headers) {
        Some(geheim) => bewaren::neem(&ctx.app, &geheim, &person.id, ctx.app.clock.now()).await?,
        None => None,
    };
    let wis = bewaren::wis_cookie(&ctx.app);
    Ok(match bewaard {
        Some(bewaard) => with_cookie(views::verder(&ctx, &bewaard).into_response(), wis),
        None => with_cookie(see_other(person.rol.start_pagina()), wis),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_proxy_decides() {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "10.0.0.1, 192.0.2.7"
                .parse()
                .unwrap_or(axum::http::HeaderValue::from_static("")),
        );
        assert_eq!(forwarded_for(&h).as_deref(), Some("192.0.2.7"));
        assert_eq!(forwarded_for(&HeaderMap::new()), None);
    }
}
