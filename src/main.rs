//! The `loket` binary: reads the configuration, connects, and serves until asked to stop.

use std::process::ExitCode;
use std::time::Instant;

use loket::App;
use loket::clock::Clock;
use loket::config::{Config, LogFormat};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let started = Instant::now();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("loket: {e}");
            return ExitCode::FAILURE;
        }
    };
    let filter = EnvFilter::try_new(&config.log_filter).unwrap_or_else(|_| EnvFilter::new("info"));
    match config.log_format {
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .with_env_filter(filter)
            .init(),
        LogFormat::Text => tracing_subscriber::fmt().with_env_filter(filter).init(),
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("demo") => return demo(config).await,
        Some("medewerker") => return medewerker(config, &args[1..]).await,
        Some("clientondersteuner") => return clientondersteuner(config, &args[1..]).await,
        _ => {}
    }
    match serve(config, started).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `loket demo`: adds demo data to the configured database, then stops.
async fn demo(config: Config) -> ExitCode {
    if config.mode == loket::config::Mode::Production {
        tracing::error!("loket demo refuses to run in production mode");
        return ExitCode::FAILURE;
    }
    let result = match App::build(config, Clock::System).await {
        Ok(state) => loket::demo::vul(&state).await.map_err(|e| e.to_string()),
        Err(e) => Err(e),
    };
    match result {
        Ok(n) => {
            tracing::info!(residents = n, "demo data added");
            ExitCode::SUCCESS
        }
        Err(e) => {
            tracing::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// `loket medewerker toevoegen EMAIL --naam NAAM [--beheerder] [--taal en]`: adds a member of staff.
async fn medewerker(config: Config, args: &[String]) -> ExitCode {
    let nieuw = match args.split_first() {
        Some((opdracht, rest)) if opdracht == "toevoegen" => loket::beheer::lees_medewerker(rest),
        _ => Err(loket::beheer::GEBRUIK.to_owned()),
    };
    let result = match nieuw {
        Ok(nieuw) => match App::build(config, Clock::System).await {
            Ok(state) => loket::beheer::medewerker_toevoegen(&state, &nieuw).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    match result {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("loket: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `loket clientondersteuner toevoegen EMAIL --naam NAAM --organisatie ID [--taal en]`: adds a
/// cliëntondersteuner of an organisation in the profile.
async fn clientondersteuner(config: Config, args: &[String]) -> ExitCode {
    use loket::clientondersteuners::opdracht;
    let nieuw = match args.split_first() {
        Some((opdracht, rest)) if opdracht == "toevoegen" => opdracht::lees(rest),
        _ => Err(opdracht::GEBRUIK.to_owned()),
    };
    let result = match nieuw {
        Ok(nieuw) => match App::build(config, Clock::System).await {
            Ok(state) => opdracht::toevoegen(&state, &nieuw).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    match result {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("loket: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config, started: Instant) -> Result<(), String> {
    let listen = config.listen;
    let base_url = config.base_url.clone();
    let state = App::build(config, Clock::System).await?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    tracing::info!(
        %base_url,
        gemeente = %state.gemeente.naam,
        database = ?state.db.backend,
        startup_ms = started.elapsed().as_millis() as u64,
        "loket is listening"
    );
    loket::run(state, listener, shutdown_signal()).await;
    tracing::info!("loket stopped");
    Ok(())
}

/// Ctrl-C or SIGTERM (as sent by systemd, Kubernetes and the like).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("stopping");
}
