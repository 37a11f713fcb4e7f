//! loket: a self-service portal for the Dutch social domain (Wmo 2015).
//!
//! The module list below is the table of contents. Technical layers first, then one folder per capability,
//! each with the same few files (`mod.rs` with its `router()`, `handlers.rs`, `form.rs`, `domain.rs`, `repo.rs`,
//! `views.rs`).

pub mod beheer;
pub mod clock;
pub mod code;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod form;
pub mod geld;
pub mod gemeente;
pub mod http;
pub mod i18n;
pub mod ids;
pub mod kalender;
pub mod kast;
pub mod mail;
pub mod tls;
pub mod token;
pub mod ui;

pub mod auth;
pub mod backoffice;
pub mod begrippen;
pub mod bewaren;
pub mod blijverslening;
pub mod cijfers;
pub mod clientondersteuners;
pub mod clientondersteuning;
pub mod dossier;
pub mod inloggen;
pub mod kindpakket;
pub mod machtigingen;
pub mod meldingen;
pub mod metingen;
pub mod mijn_gegevens;
pub mod mijn_loket;
pub mod pages;
pub mod persoonlijk_plan;
pub mod termijnen;
pub mod uitdaagrecht;
pub mod vertegenwoordiging;
pub mod verzending;
pub mod virussen;
pub mod zaken;

use std::sync::Arc;

use axum::{Extension, Router};

use crate::auth::Inlogregel;
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::gemeente::Gemeente;
use crate::i18n::I18n;

/// Everything a request handler may need, shared by all requests. It holds no per-user state, so several
/// instances of the portal can run side by side on one PostgreSQL database.
pub struct App {
    pub config: Config,
    pub db: Db,
    pub i18n: Arc<I18n>,
    pub gemeente: Gemeente,
    pub clock: Clock,
    pub mail: mail::Mailer,
    /// Writes submitted meldingen in groups (one commit for the submissions of the same moment).
    pub indiener: meldingen::indiener::Indiener,
    /// The configured OpenID providers, with what discovery told about them (read at the first sign-in, so
    /// that the portal starts when a provider is down).
    pub oidc: inloggen::oidc::Aanbieders,
    /// Scans every upload with clamd, when configured.
    pub scanner: zaken::document::virus::Scanner,
    /// This instance's request counts and times, for `/metrics`.
    pub verkeer: http::metriek::Verkeer,
    /// The waiting time on `/melding`, kept for 10 minutes and computed again after this instance recorded a
    /// besluit.
    pub wachttijd: db::voorraad::Voorraad<Option<meldingen::wachttijd::Wachttijd>>,
    /// The staff figures (`/medewerker/cijfers`), kept for 15 minutes and computed again after this instance
    /// recorded a Wmo step (meanwhile other staff see the previous figures).
    pub cijfers: db::voorraad::Voorraad<std::sync::Arc<cijfers::Stand>>,
    /// What the blijverslening allocated this year (for the budget left on its public pages), kept for a
    /// minute and computed again after this instance allocated.
    pub budget: db::voorraad::Voorraad<(i32, geld::Bedrag)>,
    /// The public list of proposals (right to challenge), kept for as long as a visitor's copy of a public
    /// page ([`http::VERS`]) and read again after any change this instance makes (while one request reads it
    /// again, the others get the kept one): its pages, for visitors and for people signed in, run no query.
    pub voorstellen: db::voorraad::Voorraad<Arc<Vec<uitdaagrecht::repo::InLijst>>>,
    /// Wmo cases folded from their steps, kept by the number of their last step (a cliëntondersteuner's
    /// clients read the steps only of the cases that moved on).
    pub gevouwen: zaken::gevouwen::Gevouwen,
    /// What Mijn gegevens shows of a person, kept by the version of their data that triggers raise with every
    /// write to it (the page reads the version alone while it did not move).
    pub overzichten: mijn_gegevens::Overzichten,
}

pub type AppState = Arc<App>;

impl App {
    /// Connects to the database (migrating it), loads the translations and the municipality's profile, and
    /// sets up mail. Fails with a message that names the setting to fix.
    pub async fn build(config: Config, clock: Clock) -> Result<AppState, String> {
        let i18n = I18n::load()?;
        let gemeente = match &config.gemeente {
            config::GemeenteSource::Builtin(slug) => Gemeente::builtin(slug)?,
            config::GemeenteSource::File(path) => Gemeente::from_file(path)?,
        };
        let mail = mail::Mailer::from_config(&config)?;
        let db = Db::connect(&config.database_url, config.db_max_connections)
            .await
            .map_err(|e| {
                format!(
                    "database ({}): {e}",
                    config.database_url.split('@').next_back().unwrap_or("")
                )
            })?;
        let indiener = meldingen::indiener::Indiener::start(db.clone());
        let oidc = inloggen::oidc::Aanbieders::new()?;
        let scanner = zaken::document::virus::Scanner::new(config.clamd.clone());
        Ok(Arc::new(App {
            verkeer: http::metriek::Verkeer::default(),
            oidc,
            scanner,
            config,
            indiener,
            db,
            i18n,
            gemeente,
            clock,
            mail,
            wachttijd: db::voorraad::Voorraad::new(time::Duration::minutes(10)),
            cijfers: db::voorraad::Voorraad::new(time::Duration::minutes(15)),
            budget: db::voorraad::Voorraad::new(time::Duration::minutes(1)),
            voorstellen: db::voorraad::Voorraad::new(
                time::Duration::try_from(http::VERS).unwrap_or(time::Duration::SECOND),
            ),
            gevouwen: zaken::gevouwen::Gevouwen::default(),
            overzichten: mijn_gegevens::Overzichten::default(),
        }))
    }
}

/// Serves an app that is built already on `listener` until `shutdown` completes (see [`starten`]).
pub async fn run(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()>,
) {
    let limits = http::server::Limits::new(
        state.config.max_connections,
        state.config.db_max_connections,
    );
    let _ = starten(listener, limits, async { Ok(state) }, shutdown).await;
}

/// `loket serve`: listens on `listener` at once and builds the app (connects to the database and migrates it)
/// meanwhile; see [`starten`].
pub async fn serve(
    config: Config,
    clock: Clock,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()>,
) -> Result<(), String> {
    let limits = http::server::Limits::new(config.max_connections, config.db_max_connections);
    starten(listener, limits, App::build(config, clock), shutdown).await
}

/// Serves on `listener` until `shutdown` completes. While `build` runs (the database is connected to and
/// migrated), the listener already answers: `/health` is alive, `/health/ready` and every page say the portal
/// is starting (503, see [`http::opstart`]). Once built: takes back mail that a stopped instance had claimed,
/// runs the mail worker, the later virus scans and the retention beside the server, and serves the portal.
///
/// On shutdown everything stops at once and together takes at most the server's grace period (15 s, within
/// the 30 s that orchestrators usually allow): requests in flight finish, and the mail worker finishes the
/// message it is sending. A message still on its way after that keeps its claim and goes out again after the
/// next start. A shutdown while starting abandons the start (a migration half-way is undone by its
/// transaction and runs again at the next start). A start that fails stops the server and returns its error.
pub async fn starten(
    listener: tokio::net::TcpListener,
    limits: http::server::Limits,
    build: impl Future<Output = Result<AppState, String>>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), String> {
    let begin = std::time::Instant::now();
    let wissel = http::opstart::Wissel::opstarten(I18n::load()?);
    let gebouwd: Arc<std::sync::OnceLock<AppState>> = Arc::new(std::sync::OnceLock::new());
    let signalled = Arc::new(std::sync::OnceLock::new());
    let gestopt = Arc::new(tokio::sync::Notify::new());
    let (mislukt, bij_mislukken) = tokio::sync::oneshot::channel::<()>();
    let server_stop = {
        let (gebouwd, at, gestopt) = (gebouwd.clone(), signalled.clone(), gestopt.clone());
        async move {
            tokio::select! {
                () = shutdown => {}
                // Only a start that failed; once started, the sender is dropped and this branch ends.
                Ok(()) = bij_mislukken => {}
            }
            let _ = at.set(std::time::Instant::now());
            gestopt.notify_one();
            if let Some(state) = gebouwd.get() {
                state.mail.stop();
            }
        }
    };
    let opstart = async {
        let state = tokio::select! {
            state = build => state,
            () = gestopt.notified() => {
                tracing::info!("stopped while starting");
                return Ok(None);
            }
        };
        let state = match state {
            Ok(state) => state,
            Err(e) => {
                let _ = mislukt.send(());
                return Err(e);
            }
        };
        if let Err(e) = mail::outbox::take_back_claims(&state).await {
            tracing::error!(error = %e, "outbox: could not take back claimed mail");
        }
        if let Some(sinds) = state
            .gemeente
            .bijstandsnormen_verouderd(state.clock.today())
        {
            tracing::warn!(
                newest = %sinds,
                "the profile's newest social-assistance norms are more than seven months old: add the norms of \
                 every 1 January and 1 July since, or the Kindpakket's income limits are too low"
            );
        }
        let worker = tokio::spawn(mail::outbox::run_worker(state.clone()));
        let controle = tokio::spawn(zaken::document::controle::run(state.clone()));
        let bewaren = tokio::spawn(bewaren::run(state.clone()));
        let achtergrond = tokio::spawn(achtergrond(state.clone()));
        let _ = gebouwd.set(state.clone());
        if signalled.get().is_some() {
            // The stop came just now, before the worker could be told.
            state.mail.stop();
        }
        wissel.klaar(app(state.clone()));
        tracing::info!(
            gemeente = %state.gemeente.naam,
            database = ?state.db.backend,
            startup_ms = begin.elapsed().as_millis() as u64,
            "loket is ready"
        );
        Ok(Some((worker, controle, bewaren, achtergrond)))
    };
    let (gestart, ()) = tokio::join!(
        opstart,
        http::server::serve(listener, wissel.clone(), limits, server_stop)
    );
    let Some((worker, controle, bewaren, achtergrond)) = gestart? else {
        return Ok(());
    };
    // A scan in progress is simply asked again after the next start.
    controle.abort();
    // A retention batch in progress is undone by its transaction; the day's run goes on after the next start.
    bewaren.abort();
    // What pages keep ready is computed again after the next start.
    achtergrond.abort();
    achtergrond.abort();
    let since = signalled
        .get()
        .map_or(std::time::Duration::ZERO, |t| t.elapsed());
    let left = limits.shutdown_grace.saturating_sub(since);
    if tokio::time::timeout(left, worker).await.is_err() {
        tracing::warn!(
            "the mail worker did not finish its message in time; it goes out again after the next start"
        );
    }
    Ok(())
}

/// Keeps what pages read ready: at start the work queue's rows of every case are computed again (the
/// profile's terms may have changed since the last start); then every five minutes the waiting time on
/// `/melding` is computed again, so that no resident waits for it (it is kept for ten).
async fn achtergrond(state: AppState) {
    match backoffice::wachtrij::herbereken(&state.db, &state.gemeente, state.clock.today()).await {
        Ok(n) => tracing::info!(rows = n, "work queue computed"),
        Err(e) => tracing::error!(error = %e, "work queue: could not compute its rows"),
    }
    loop {
        if let Err(e) = state
            .wachttijd
            .ververs(state.clock.now(), || meldingen::wachttijd::bereken(&state))
            .await
        {
            tracing::warn!(error = ?e, "waiting time: could not compute it");
        }
        tokio::time::sleep(std::time::Duration::from_secs(300)).await;
    }
}

/// The whole portal as one router: every capability's routes, behind the shared middleware.
pub fn app(state: AppState) -> Router {
    let routes = Router::new()
        .merge(pages::router())
        .merge(inloggen::router())
        .merge(backoffice::router().layer(Extension(Inlogregel::Medewerker)))
        .merge(begrippen::router())
        .merge(bewaren::router().layer(Extension(Inlogregel::Medewerker)))
        .merge(blijverslening::router().layer(Extension(Inlogregel::Blijverslening)))
        .merge(cijfers::router())
        .merge(clientondersteuners::router().layer(Extension(Inlogregel::Clientondersteuner)))
        .merge(clientondersteuning::router().layer(Extension(Inlogregel::Wmo)))
        .merge(dossier::router().layer(Extension(Inlogregel::Wmo)))
        .merge(kindpakket::router().layer(Extension(Inlogregel::Kindpakket)))
        .merge(machtigingen::router().layer(Extension(Inlogregel::Wmo)))
        .merge(meldingen::router().layer(Extension(Inlogregel::Wmo)))
        .merge(metingen::router())
        .merge(mijn_gegevens::router().layer(Extension(Inlogregel::Wmo)))
        .merge(mijn_loket::router().layer(Extension(Inlogregel::Wmo)))
        .merge(persoonlijk_plan::router().layer(Extension(Inlogregel::Wmo)))
        .merge(termijnen::router())
        .merge(uitdaagrecht::router().layer(Extension(Inlogregel::Initiatief)))
        .merge(vertegenwoordiging::router().layer(Extension(Inlogregel::Namens)))
        .merge(zaken::bezwaar::staf::router().layer(Extension(Inlogregel::Medewerker)))
        .merge(zaken::correctie::router().layer(Extension(Inlogregel::Medewerker)))
        .merge(verzending::router())
        .merge(virussen::router());
    http::wrap(routes, state)
}
