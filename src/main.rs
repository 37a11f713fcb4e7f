//! The `loket` binary: reads the command line and the configuration, then serves the portal or runs a command
//! for the people who run it.

use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use loket::App;
use loket::beheer::{MedewerkerArgs, NieuweMedewerker};
use loket::clientondersteuners::opdracht::{NieuweOndersteuner, OndersteunerArgs};
use loket::clock::Clock;
use loket::config::{Config, LogFormat};
use tracing_subscriber::EnvFilter;

/// Memory for the many small, short-lived values of each request (rows, strings, the page being written) comes
/// from mimalloc, which keeps them per thread: the system allocator took about a fifth of a busy portal's time.
/// Without transparent huge pages (`no_thp`), so that a quiet portal holds no more memory than with the system's.
/// With `override` it also serves what the bundled SQLite asks for (`malloc`), a fifth of the time of a page
/// that reads many rows.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A self-service portal for the Dutch social domain (Wmo 2015). Configured by environment variables (see the
/// README); without any it serves on http://127.0.0.1:8080 with a SQLite file under ./data.
#[derive(Parser)]
#[command(name = "loket", version)]
struct Cli {
    #[command(subcommand)]
    opdracht: Option<Opdracht>,
}

#[derive(Subcommand)]
enum Opdracht {
    /// Serves the portal until SIGTERM or Ctrl-C (also what `loket` alone does).
    Serve,
    /// Adds demo data to the configured database, then stops; refused in production.
    Demo(DemoArgs),
    /// Copies the SQLite database to a new file while the portal runs (PostgreSQL: use pg_dump).
    Backup {
        /// The file to write; it must not exist yet.
        pad: std::path::PathBuf,
    },
    /// Members of staff.
    #[command(subcommand)]
    Medewerker(Medewerker),
    /// Cliëntondersteuners of the organisations in the municipality's profile.
    #[command(subcommand)]
    Clientondersteuner(Clientondersteuner),
}

#[derive(clap::Args)]
struct DemoArgs {
    /// How much: `demo` (the default) gives the demo accounts of the README in every state; `stad` gives one
    /// year of a city of about 650,000 inhabitants (100,000 accounts, 30,000 meldingen, 1,000,000 log
    /// entries), for benchmarks, on an empty database.
    #[arg(long, value_enum, default_value_t = Schaal::Demo)]
    schaal: Schaal,
    /// With `--schaal stad`: generate 1/N of everything (the tests use 1000).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    deel: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Schaal {
    Demo,
    Stad,
}

#[derive(Subcommand)]
enum Medewerker {
    /// Adds a member of staff (a consulent, or with --beheerder an administrator), or changes one.
    Toevoegen(MedewerkerArgs),
}

#[derive(Subcommand)]
enum Clientondersteuner {
    /// Adds a cliëntondersteuner of an organisation in the profile, or changes one.
    Toevoegen(OndersteunerArgs),
}

#[tokio::main]
async fn main() -> ExitCode {
    let started = Instant::now();
    // An unknown command or flag prints the error and the usage and ends with 2; --help ends with 0.
    let cli = Cli::parse();
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
    match cli.opdracht.unwrap_or(Opdracht::Serve) {
        Opdracht::Serve => match serve(config, started).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                tracing::error!("{e}");
                ExitCode::FAILURE
            }
        },
        Opdracht::Demo(args) => demo(config, args).await,
        Opdracht::Backup { pad } => {
            match loket::db::backup::backup(&config.database_url, &pad).await {
                Ok(kopie) => {
                    println!("{kopie}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("loket: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Opdracht::Medewerker(Medewerker::Toevoegen(args)) => operator(
            config,
            NieuweMedewerker::try_from(args),
            |state, nieuw| async move { loket::beheer::medewerker_toevoegen(&state, &nieuw).await },
        )
        .await,
        Opdracht::Clientondersteuner(Clientondersteuner::Toevoegen(args)) => {
            operator(
                config,
                NieuweOndersteuner::try_from(args),
                |state, nieuw| async move {
                    loket::clientondersteuners::opdracht::toevoegen(&state, &nieuw).await
                },
            )
            .await
        }
    }
}

/// `loket demo`: adds demo data to the configured database, then stops.
async fn demo(config: Config, args: DemoArgs) -> ExitCode {
    if config.mode == loket::config::Mode::Production {
        tracing::error!("loket demo refuses to run in production mode");
        return ExitCode::FAILURE;
    }
    if args.schaal == Schaal::Stad {
        return stad(config, args.deel).await;
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

/// `loket demo --schaal stad`: one year of a city, then a summary per table.
async fn stad(config: Config, deel: u64) -> ExitCode {
    let state = match App::build(config, Clock::System).await {
        Ok(state) => state,
        Err(e) => {
            eprintln!("loket: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "loket demo --schaal stad: {} on {:?}, 1/{deel} of the full scale",
        state.gemeente.naam, state.db.backend
    );
    match loket::demo::stad::vul(&state, deel).await {
        Ok(s) => {
            println!("rows per table:");
            for (tabel, n) in &s.tellingen {
                println!("  {tabel:<32} {n:>10}");
            }
            println!("cases per scheme and phase:");
            for (regeling, fase, n) in &s.fasen {
                println!("  {regeling:<16} {fase:<20} {n:>8}");
            }
            println!("accounts to sign in as:");
            for (email, wat) in loket::demo::stad::BEKENDE_ACCOUNTS {
                println!("  {email:<28} {wat}");
            }
            println!("total: {:.1} s", s.duur.as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("loket: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A command for the people who run the portal: checks what was asked, connects, does it, and prints one line.
async fn operator<T, F, Fut>(config: Config, asked: Result<T, String>, run: F) -> ExitCode
where
    F: FnOnce(loket::AppState, T) -> Fut,
    Fut: Future<Output = Result<String, String>>,
{
    let result = match asked {
        Ok(asked) => match App::build(config, Clock::System).await {
            Ok(state) => run(state, asked).await,
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

/// Listens first, then connects to the database and migrates it: meanwhile `/health` answers that the process
/// is alive and `/health/ready` and every page that it is starting.
async fn serve(config: Config, started: Instant) -> Result<(), String> {
    let listen = config.listen;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    tracing::info!(
        base_url = %config.base_url,
        listen_ms = started.elapsed().as_millis() as u64,
        "loket is listening; connecting to the database and bringing it up to date"
    );
    loket::serve(config, Clock::System, listener, shutdown_signal()).await?;
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
