//! Sessions: a random token in an HttpOnly cookie, stored in the database only as its hash. Any instance of
//! the portal can serve any request, so several instances can run side by side.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::middleware::Next;
use axum::response::Response;
use sqlx::Row;
use time::Duration;

use crate::AppState;
use crate::auth::{Aanmelding, Middel, Person, Rol, namens};
use crate::db;
use crate::i18n::Lang;
use crate::token;

/// A session ends this long after sign-in, whatever happens in between.
pub const SESSION_LIFETIME: Duration = Duration::hours(12);

/// The cookie's name. With `Secure`, the `__Host-` prefix also binds it to this host and path `/`.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-loket-sessie"
    } else {
        "loket-sessie"
    }
}

/// The hash of the current request's session token, for signing out.
#[derive(Clone, Debug)]
pub struct SessionHash(pub String);

/// A request that carried a session cookie whose session has ended (too long without a request, or its
/// lifetime over): the person it was, so that a form they post now can be kept for them
/// ([`super::bewaren`]).
#[derive(Clone, Debug)]
pub struct Verlopen {
    pub persoon_id: crate::ids::PersoonId,
}

/// Looks up the signed-in person, if any, and puts them in the request's extensions, with how they signed in
/// ([`Aanmelding`]). A session started with an OpenID provider ends after [`crate::config::Config::session_idle`]
/// without a request; each request moves that moment on (at most once a minute, to spare the database).
pub async fn load(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.uri().path().starts_with("/static/") {
        return next.run(request).await;
    }
    if let Some(token) =
        super::geheim_cookie(request.headers(), cookie_name(app.config.secure_cookies()))
    {
        let hash = token::hash(&token);
        let row = sqlx::query(
            "SELECT p.id, p.email, p.taal, p.rol, p.naam, p.organisatie, p.bsn, p.gesloten_op, s.namens_id, \
             s.middel, s.kvk, s.expires_at, s.rust_tot FROM sessions s \
             JOIN personen p ON p.id = s.persoon_id WHERE s.token_hash = $1",
        )
        .bind(&hash)
        .fetch_optional(&app.db.pool)
        .await;
        let now = app.clock.now();
        match row {
            Ok(Some(row)) => {
                let einde = db::parse_ts(&row.get::<String, _>("expires_at"));
                let rust_tot = row
                    .get::<Option<String>, _>("rust_tot")
                    .and_then(|t| db::parse_ts(&t));
                if einde.is_none_or(|e| e <= now) || rust_tot.is_some_and(|r| r <= now) {
                    // Only a provider's session ends while someone is typing: its forms are kept.
                    if rust_tot.is_some() {
                        request.extensions_mut().insert(Verlopen {
                            persoon_id: row.get("id"),
                        });
                    }
                    return next.run(request).await;
                }
                // Moved on at most once a minute (or twice per idle period, when that is shorter).
                let stap = std::cmp::min(Duration::minutes(1), app.config.session_idle / 2);
                if let Some(rust_tot) = rust_tot
                    && rust_tot - now < app.config.session_idle - stap
                {
                    verleng(&app, &hash, now + app.config.session_idle).await;
                }
                let person = Person {
                    id: row.get("id"),
                    email: row.get("email"),
                    taal: Lang::from_code(row.get::<String, _>("taal").as_str())
                        .unwrap_or(Lang::Nl),
                    rol: Rol::from_code(row.get::<String, _>("rol").as_str()),
                    naam: row.get("naam"),
                    organisatie: row.get("organisatie"),
                };
                let aanmelding = Aanmelding {
                    middel: Middel::from_code(row.get::<String, _>("middel").as_str()),
                    bsn: row
                        .get::<Option<String>, _>("bsn")
                        .and_then(|b| crate::auth::bsn::Bsn::parse(&b)),
                    kvk: row.get("kvk"),
                    gesloten_op: row
                        .get::<Option<String>, _>("gesloten_op")
                        .and_then(|t| db::parse_ts(&t)),
                };
                let namens_id: Option<String> = row.get("namens_id");
                match namens::lees(&app.db.pool, person.clone(), namens_id, app.clock.today()).await
                {
                    Ok(namens) => {
                        request.extensions_mut().insert(namens);
                    }
                    // Without the machtigingen the person acts for nobody but themselves.
                    Err(e) => tracing::error!(error = %e, "machtiging lookup failed"),
                }
                request.extensions_mut().insert(person);
                request.extensions_mut().insert(aanmelding);
                request.extensions_mut().insert(SessionHash(hash));
            }
            Ok(None) => {}
            // A database that does not answer must not sign anyone out for good; the page will fail anyway.
            Err(e) => tracing::error!(error = %e, "session lookup failed"),
        }
    }
    next.run(request).await
}

/// Moves the end of an idle session on. A failure only shortens the session.
async fn verleng(app: &AppState, hash: &str, tot: time::OffsetDateTime) {
    let _turn = app.db.write_turn().await;
    if let Err(e) = sqlx::query("UPDATE sessions SET rust_tot = $2 WHERE token_hash = $1")
        .bind(hash)
        .bind(db::ts(tot))
        .execute(&app.db.pool)
        .await
    {
        tracing::warn!(error = %e, "could not extend the session");
    }
}

/// Starts a session for the person and returns the cookie header that carries it. A session of an OpenID
/// provider also ends after [`crate::config::Config::session_idle`] without a request; one of eHerkenning
/// carries the organisation's KVK number.
pub async fn start(
    app: &AppState,
    persoon_id: &str,
    middel: Middel,
    kvk: Option<&str>,
) -> Result<HeaderValue, sqlx::Error> {
    let token = token::new_secret();
    let now = app.clock.now();
    let rust_tot = middel
        .aanbieder()
        .map(|_| db::ts(now + app.config.session_idle));
    let _turn = app.db.write_turn().await;
    sqlx::query(
        "INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at, middel, rust_tot, kvk) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(token::hash(&token))
    .bind(persoon_id)
    .bind(db::ts(now))
    .bind(db::ts(now + SESSION_LIFETIME))
    .bind(middel.code())
    .bind(rust_tot)
    .bind(kvk)
    .execute(&app.db.pool)
    .await?;
    Ok(set_session_cookie(
        app,
        &token,
        SESSION_LIFETIME.whole_seconds(),
    ))
}

/// Ends the session in the database; the returned header clears the cookie.
pub async fn end(app: &AppState, hash: &SessionHash) -> Result<HeaderValue, sqlx::Error> {
    let _turn = app.db.write_turn().await;
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(&hash.0)
        .execute(&app.db.pool)
        .await?;
    Ok(set_session_cookie(app, "", 0))
}

/// `Set-Cookie` for the session: HttpOnly, SameSite=Lax, Path=/, and Secure when served over https.
pub fn set_session_cookie(app: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let naam = cookie_name(app.config.secure_cookies());
    super::cookie_header(app, naam, value, "/", max_age)
}

/// Adds a `Set-Cookie` header to a response.
pub fn with_cookie(mut response: Response, cookie: HeaderValue) -> Response {
    response.headers_mut().append(SET_COOKIE, cookie);
    response
}

/// Sets for whom this session acts from now on: `None` for oneself. The caller has checked that the person
/// may act for them; every later request checks it again ([`namens::lees`]).
pub async fn zet_namens(
    app: &AppState,
    hash: &SessionHash,
    namens_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let _turn = app.db.write_turn().await;
    sqlx::query("UPDATE sessions SET namens_id = $2 WHERE token_hash = $1")
        .bind(&hash.0)
        .bind(namens_id)
        .execute(&app.db.pool)
        .await
        .map(|_| ())
}
