//! Sign-in with an OpenID provider: DigiD for residents, eHerkenning for organisations, the municipality's own
//! provider for staff. `POST /inloggen/{aanbieder}` sends the browser to the provider;
//! `GET /inloggen/{aanbieder}/terug` is where the provider sends it back (the address an operator registers).
//!
//! Who signs in:
//! - DigiD: the person with that BSN. Someone signed in by e-mail link who signs in with DigiD links their
//!   account to the BSN, so their drafts and cases stay theirs; never by matching names or addresses. A new
//!   resident gets an account without an address, and is asked for one (they may skip it).
//! - eHerkenning: the person linked to the provider's subject (linked the same way), acting for the KVK
//!   number of the token.
//! - Staff: the staff account whose address is the token's e-mail claim (or subject). Accounts are still
//!   made by the command; the provider makes none.

use axum::Form;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::oidc::{Identiteit, Mislukt, POGING_GELDIG, Poging, Terugkomst};
use super::views;
use crate::auth::bsn::Bsn;
use crate::auth::domain::RATE_WINDOW;
use crate::auth::{Middel, Rol, repo};
use crate::config::{Aanbieder, OidcConfig};
use crate::error::{AppError, AppResult};
use crate::http::session::{self, SessionHash, with_cookie};
use crate::http::{Ctx, see_other};
use crate::ids::PersoonId;
use crate::token;

/// The cookie that binds a sign-in to the browser that started it. Over https with the `__Host-` prefix, so
/// that no other host (a sibling subdomain) can set it.
fn browser_cookie_naam(ctx: &Ctx) -> &'static str {
    if ctx.app.config.secure_cookies() {
        "__Host-loket-inlog"
    } else {
        "loket-inlog"
    }
}

/// At most this many sign-ins at a provider per client within [`RATE_WINDOW`]: each stores an attempt.
const MAX_POGINGEN_PER_CLIENT: i64 = 30;

#[derive(Debug, Default, Deserialize)]
pub struct Start {
    #[serde(default)]
    pub terug: Option<String>,
}

fn provider<'a>(ctx: &'a Ctx, code: &str) -> AppResult<&'a OidcConfig> {
    Aanbieder::from_code(code)
        .and_then(|a| ctx.app.config.provider(a))
        .ok_or(AppError::NotFound)
}

fn browser_cookie(ctx: &Ctx, headers: &HeaderMap) -> Option<String> {
    crate::http::geheim_cookie(headers, browser_cookie_naam(ctx))
}

fn set_browser_cookie(ctx: &Ctx, value: &str, max_age: i64) -> HeaderValue {
    crate::http::cookie_header(&ctx.app, browser_cookie_naam(ctx), value, "/", max_age)
}

/// `POST /inloggen/{aanbieder}`: to the provider. When it cannot be reached, the provider's error page.
pub async fn begin(
    ctx: Ctx,
    Path(code): Path<String>,
    client: super::handlers::Client,
    headers: HeaderMap,
    Form(start): Form<Start>,
) -> AppResult<Response> {
    let config = provider(&ctx, &code)?;
    let sleutel = token::hash(&format!("oidc:{}", client.0));
    let now = ctx.app.clock.now();
    let mut tx = ctx.app.db.begin_write().await?;
    let limiet = [(sleutel, MAX_POGINGEN_PER_CLIENT)];
    if !repo::binnen_limieten(&mut tx, &limiet, now - RATE_WINDOW, now).await? {
        return Err(AppError::TooManyRequests);
    }
    tx.commit().await?;
    let browser = browser_cookie(&ctx, &headers).unwrap_or_else(token::new_secret);
    let terug = crate::http::terug(start.terug.as_deref());
    let persoon = ctx.person.as_ref().map(|p| &p.id);
    match ctx
        .app
        .oidc
        .begin(&ctx.app, config, &browser, terug.as_deref(), persoon)
        .await
    {
        Ok(url) => Ok(with_cookie(
            see_other(&url),
            set_browser_cookie(&ctx, &browser, POGING_GELDIG.whole_seconds()),
        )),
        Err(reden) => {
            tracing::warn!(
                provider = config.aanbieder.code(),
                reden,
                "sign-in could not start"
            );
            Ok(fout(&ctx, config.aanbieder, None).await)
        }
    }
}

/// `GET /inloggen/{aanbieder}/terug`: the provider's answer.
pub async fn terug(
    mut ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
    hash: Option<axum::Extension<SessionHash>>,
    Query(query): Query<Terugkomst>,
) -> AppResult<Response> {
    // The callback's query (code, state) goes into no link of the page, such as the language switch.
    ctx.path = "/inloggen".to_owned();
    let config = provider(&ctx, &code)?.clone();
    let config = &config;
    let aanbieder = config.aanbieder;
    let browser = browser_cookie(&ctx, &headers);
    let hash = hash.map(|h| h.0);
    match ctx
        .app
        .oidc
        .finish(&ctx.app, config, browser.as_deref(), &query)
        .await
    {
        Err(Mislukt::GeenPoging) => {
            Ok((StatusCode::BAD_REQUEST, views::geen_poging(&ctx, aanbieder)).into_response())
        }
        Err(Mislukt::Geannuleerd(poging)) => {
            let mut pad = format!("/inloggen?afgebroken={}", aanbieder.code());
            if let Some(t) = crate::http::terug(poging.terug.as_deref()) {
                pad.push_str(&format!("&terug={}", crate::http::query_waarde(&t)));
            }
            Ok(see_other(&pad))
        }
        Err(Mislukt::Fout(reden)) => {
            tracing::warn!(provider = aanbieder.code(), reden, "sign-in failed");
            Ok(fout(&ctx, aanbieder, hash).await)
        }
        Ok((poging, identiteit)) => match wie(&ctx, &poging, &identiteit).await? {
            Ok((persoon_id, kvk, nieuw)) => {
                // The session of before (an e-mail link's, say) ends: one session per sign-in.
                if let Some(hash) = &hash {
                    session::end(&ctx.app, hash).await?;
                }
                let cookie = session::start(
                    &ctx.app,
                    &persoon_id,
                    Middel::van(aanbieder),
                    kvk.as_deref(),
                )
                .await?;
                let rol = repo::rol(&ctx.app.db.pool, &persoon_id).await?;
                // An organisation's resident account starts at its initiatives: Mijn loket is the Wmo's.
                let start = match (aanbieder, rol) {
                    (Aanbieder::Eherkenning, Rol::Inwoner) => "/uitdaagrecht/initiatief",
                    _ => rol.start_pagina(),
                };
                let naar = poging.terug.clone().unwrap_or_else(|| start.to_owned());
                // A new resident is asked for an address for messages first.
                let naar = if nieuw {
                    format!("/inloggen/adres?terug={}", crate::http::query_waarde(&naar))
                } else {
                    naar
                };
                let response = with_cookie(see_other(&naar), cookie);
                Ok(with_cookie(response, set_browser_cookie(&ctx, "", 0)))
            }
            Err(reden) => {
                tracing::warn!(provider = aanbieder.code(), reden, "sign-in refused");
                Ok(fout(&ctx, aanbieder, hash).await)
            }
        },
    }
}

/// The provider's error page. The local session ends: whoever was signed in is not any more.
async fn fout(ctx: &Ctx, aanbieder: Aanbieder, hash: Option<SessionHash>) -> Response {
    let page = (StatusCode::BAD_GATEWAY, views::oidc_fout(ctx, aanbieder)).into_response();
    match hash {
        Some(hash) => match session::end(&ctx.app, &hash).await {
            Ok(cookie) => with_cookie(page, cookie),
            Err(e) => {
                tracing::error!(error = %e, "could not end the session");
                page
            }
        },
        None => page,
    }
}

/// The person this identity signs in as, the KVK number for the session, and whether the account is new.
/// `Err` with a reason for the log (never a claim's value) when the identity is not usable here.
async fn wie(
    ctx: &Ctx,
    poging: &Poging,
    identiteit: &Identiteit,
) -> AppResult<Result<(PersoonId, Option<String>, bool), String>> {
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    // Only a resident's account (or, for eHerkenning, a cliëntondersteuner's) is linked to who signed in
    // at the provider; a member of staff's private DigiD is an account of its own.
    let huidig = match &poging.persoon_id {
        Some(id) => {
            let rol = repo::rol(&mut *tx, id).await?;
            let mag = match identiteit.aanbieder {
                Aanbieder::Digid => rol == Rol::Inwoner,
                Aanbieder::Eherkenning => matches!(rol, Rol::Inwoner | Rol::Clientondersteuner),
                Aanbieder::Medewerker => false,
            };
            mag.then_some(id)
        }
        None => None,
    };
    let uitkomst = match identiteit.aanbieder {
        Aanbieder::Digid => {
            let Some(waarde) = &identiteit.waarde else {
                return Ok(Err("no BSN in the ID token".into()));
            };
            let Some(bsn) = Bsn::parse(waarde) else {
                return Ok(Err("the BSN fails the elfproef".into()));
            };
            match (repo::persoon_met_bsn(&mut *tx, &bsn).await?, huidig) {
                (Some(id), _) => (id, None, false),
                // Signed in by e-mail link: this account is the resident's, from now on with DigiD.
                (None, Some(huidig)) => {
                    if repo::koppel_bsn(&mut tx, huidig, &bsn).await? {
                        (huidig.clone(), None, false)
                    } else {
                        (
                            repo::nieuwe_persoon(&mut tx, Some(&bsn), ctx.lang(), now).await?,
                            None,
                            true,
                        )
                    }
                }
                (None, None) => (
                    repo::nieuwe_persoon(&mut tx, Some(&bsn), ctx.lang(), now).await?,
                    None,
                    true,
                ),
            }
        }
        Aanbieder::Eherkenning => {
            let Some(kvk) = identiteit
                .waarde
                .clone()
                .filter(|k| k.len() == 8 && k.bytes().all(|b| b.is_ascii_digit()))
            else {
                return Ok(Err("no KVK number of 8 digits in the ID token".into()));
            };
            let code = Aanbieder::Eherkenning.code();
            match (
                repo::gekoppeld(&mut *tx, code, &identiteit.sub).await?,
                huidig,
            ) {
                (Some(id), _) => (id, Some(kvk), false),
                (None, Some(huidig)) => {
                    repo::koppel(&mut tx, code, &identiteit.sub, huidig, now).await?;
                    (huidig.clone(), Some(kvk), false)
                }
                (None, None) => {
                    let id = repo::nieuwe_persoon(&mut tx, None, ctx.lang(), now).await?;
                    repo::koppel(&mut tx, code, &identiteit.sub, &id, now).await?;
                    (id, Some(kvk), true)
                }
            }
        }
        Aanbieder::Medewerker => {
            // The configured claim (the address, or `sub` when the operator says so); an address the
            // provider says it did not verify counts for nothing.
            let Some(adres) = &identiteit.waarde else {
                return Ok(Err("no staff claim in the ID token".into()));
            };
            if identiteit.email_geverifieerd == Some(false) {
                return Ok(Err("the provider did not verify the address".into()));
            }
            match repo::medewerker_met(&mut *tx, adres).await? {
                Some(id) => (id, None, false),
                None => return Ok(Err("no staff account with this address".into())),
            }
        }
    };
    tx.commit().await?;
    Ok(Ok(uitkomst))
}

/// Where a signed-in session of a provider ends at the provider too, if it offers that.
pub async fn afmelden_bij(ctx: &Ctx, middel: Middel) -> Option<String> {
    let config = ctx.app.config.provider(middel.aanbieder()?)?;
    ctx.app.oidc.afmelden_url(&ctx.app, config).await
}
