//! Configuration from environment variables, with defaults that need no setup at all.
//!
//! Every variable is documented here and once in the README:
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `LOKET_MODE` | `development` | `production` refuses development-only settings (file mail, cookies without `Secure`, a base URL without https) |
//! | `LOKET_LISTEN` | `127.0.0.1:8080` | address and port to listen on |
//! | `LOKET_BASE_URL` | `http://<LOKET_LISTEN>` | the public address, used in links in e-mail and as the trusted origin |
//! | `DATABASE_URL` | `sqlite://data/loket.db?mode=rwc` | `sqlite:...` or `postgres://...` |
//! | `LOKET_DB_MAX_CONNECTIONS` | `8` | size of the connection pool |
//! | `LOKET_SMTP_URL` | unset | e.g. `smtps://user:password@smtp.example.nl:465`; when unset, mail is written as files |
//! | `LOKET_MAIL_DIR` | `data/mail` | folder for mail files when no SMTP URL is set |
//! | `LOKET_MAIL_FROM` | `loket <loket@localhost>` | sender of every message |
//! | `LOKET_SMTP_TIMEOUT` | `20` | seconds each step of an SMTP conversation may take (connect, greeting, each command, the message) |
//! | `LOKET_MAIL_MAX_WAIT` | `900` | seconds the oldest unsent message may wait before `/health/ready` reports that mail is not flowing |
//! | `LOKET_MAX_CONNECTIONS` | `1024` | most HTTP connections served at once (lowered to fit the process's open-files limit) |
//! | `LOKET_GEMEENTE` | `lansingerland` | built-in municipality profile: `lansingerland` or `het-hogeland` |
//! | `LOKET_GEMEENTE_PROFIEL` | unset | path to an edited profile file (TOML); overrides `LOKET_GEMEENTE` |
//! | `LOKET_BEHIND_PROXY` | `false` | `true` when a reverse proxy sets `X-Forwarded-For`; used to limit sign-in requests per client |
//! | `LOKET_LOG` | `info` | log filter, in `tracing` syntax (e.g. `loket=debug,info`) |
//! | `LOKET_LOG_FORMAT` | `text` (`json` in production) | `text` or `json` |
//! | `LOKET_DIGID_ISSUER` | unset | the OpenID provider (broker) for DigiD; unset: no DigiD |
//! | `LOKET_DIGID_CLIENT_ID` | unset | the portal's client id at that provider |
//! | `LOKET_DIGID_CLIENT_SECRET` | unset | the portal's client secret there |
//! | `LOKET_DIGID_BSN_CLAIM` | `bsn` | the ID-token claim that holds the BSN |
//! | `LOKET_DIGID_ACR` | unset | the level of assurance to ask for and to require in the `acr` claim |
//! | `LOKET_EHERKENNING_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET`, `_ACR` | unset | the same for eHerkenning |
//! | `LOKET_EHERKENNING_KVK_CLAIM` | `kvk` | the ID-token claim that holds the KVK number |
//! | `LOKET_MEDEWERKER_OIDC_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET`, `_ACR` | unset | the same for staff (the municipality's own provider) |
//! | `LOKET_MEDEWERKER_OIDC_EMAIL_CLAIM` | `email` | the claim matched against a staff account's e-mail address (else the subject) |
//! | `LOKET_CLAMD_URL` | unset | clamd for virus scans of uploads: `tcp://host:port` or `unix:/path`; `uit` for none on purpose (production needs one of them) |
//! | `LOKET_SESSION_IDLE_MINUTES` | `15` | a session started with an OpenID provider ends after this many minutes without a request |
//! | `LOKET_METRICS_TOKEN` | unset | when set, `/metrics` asks for `Authorization: Bearer <token>`; unset, it is open (it holds no personal data) |

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Development,
    Production,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailConfig {
    /// Write each message as an `.eml` file into this folder (development).
    Files(PathBuf),
    /// Deliver through an SMTP server, given as a URL that lettre understands.
    Smtp(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GemeenteSource {
    Builtin(String),
    File(PathBuf),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A way to sign in through an OpenID provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Aanbieder {
    Digid,
    Eherkenning,
    Medewerker,
}

impl Aanbieder {
    pub const ALLE: [Aanbieder; 3] = [
        Aanbieder::Digid,
        Aanbieder::Eherkenning,
        Aanbieder::Medewerker,
    ];

    /// In paths (`/inloggen/{code}/terug`) and in the session.
    pub fn code(self) -> &'static str {
        match self {
            Aanbieder::Digid => "digid",
            Aanbieder::Eherkenning => "eherkenning",
            Aanbieder::Medewerker => "medewerker",
        }
    }

    pub fn from_code(code: &str) -> Option<Aanbieder> {
        Aanbieder::ALLE.into_iter().find(|a| a.code() == code)
    }

    fn prefix(self) -> &'static str {
        match self {
            Aanbieder::Digid => "LOKET_DIGID_",
            Aanbieder::Eherkenning => "LOKET_EHERKENNING_",
            Aanbieder::Medewerker => "LOKET_MEDEWERKER_OIDC_",
        }
    }

    /// The variable (after the prefix) naming the claim that identifies, and its default.
    fn claim(self) -> (&'static str, &'static str) {
        match self {
            Aanbieder::Digid => ("BSN_CLAIM", "bsn"),
            Aanbieder::Eherkenning => ("KVK_CLAIM", "kvk"),
            Aanbieder::Medewerker => ("EMAIL_CLAIM", "email"),
        }
    }
}

/// Where clamd scans uploads for viruses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clamd {
    /// Not configured: development scans nothing.
    Geen,
    /// `LOKET_CLAMD_URL=uit`: no scanning, on purpose.
    Uit,
    /// `host:port`.
    Tcp(String),
    Unix(PathBuf),
}

/// A way a session was started: the e-mail link, or one of the OpenID providers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Middel {
    Email,
    Digid,
    Eherkenning,
    Medewerker,
}

impl Middel {
    pub fn code(self) -> &'static str {
        match self.aanbieder() {
            Some(a) => a.code(),
            None => "email",
        }
    }

    /// Unknown codes are the e-mail link: the weakest.
    pub fn from_code(code: &str) -> Middel {
        match Aanbieder::from_code(code) {
            Some(a) => Middel::van(a),
            None => Middel::Email,
        }
    }

    pub fn van(aanbieder: Aanbieder) -> Middel {
        match aanbieder {
            Aanbieder::Digid => Middel::Digid,
            Aanbieder::Eherkenning => Middel::Eherkenning,
            Aanbieder::Medewerker => Middel::Medewerker,
        }
    }

    pub fn aanbieder(self) -> Option<Aanbieder> {
        match self {
            Middel::Email => None,
            Middel::Digid => Some(Aanbieder::Digid),
            Middel::Eherkenning => Some(Aanbieder::Eherkenning),
            Middel::Medewerker => Some(Aanbieder::Medewerker),
        }
    }
}

/// One OpenID provider, as the operator registered the portal there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OidcConfig {
    pub aanbieder: Aanbieder,
    /// Without a trailing slash; discovery is read from `<issuer>/.well-known/openid-configuration`.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// The claim that holds the BSN, KVK number or e-mail address.
    pub claim: String,
    /// The level of assurance to ask for and to require.
    pub acr: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub mode: Mode,
    pub listen: SocketAddr,
    /// Without a trailing slash, e.g. `https://loket.lansingerland.nl`.
    pub base_url: String,
    pub database_url: String,
    pub db_max_connections: u32,
    pub mail: MailConfig,
    pub mail_from: String,
    pub smtp_timeout: Duration,
    pub mail_max_wait: Duration,
    pub max_connections: usize,
    pub gemeente: GemeenteSource,
    pub behind_proxy: bool,
    pub log_filter: String,
    pub log_format: LogFormat,
    /// The configured OpenID providers (none by default: sign-in by e-mail link only).
    pub oidc: Vec<OidcConfig>,
    /// A session started with an OpenID provider ends after this long without a request.
    pub session_idle: time::Duration,
    pub clamd: Clamd,
    /// When set, `/metrics` answers only a request with `Authorization: Bearer <this>`.
    pub metrics_token: Option<String>,
}

/// The pool's size when none is set: 8 on SQLite; on PostgreSQL twice the cores the portal sees, at least 4 and
/// at most 32 (PostgreSQL allows 100 connections unless told otherwise, for every instance together).
/// Each PostgreSQL connection is a process of the server: on a small machine that also runs the server, 8 of
/// them took the cores from the portal (on 2 cores a page's p99 under 50 connections was up to a third lower
/// with 4 than with 8, and higher again with 16).
fn standaard_pool(database_url: &str, kernen: Option<std::num::NonZeroUsize>) -> u32 {
    match crate::db::Backend::from_url(database_url) {
        Some(crate::db::Backend::Postgres) => {
            let kernen = kernen.map_or(2, std::num::NonZeroUsize::get);
            u32::try_from(kernen.saturating_mul(2))
                .unwrap_or(u32::MAX)
                .clamp(4, 32)
        }
        _ => 8,
    }
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, String> {
        Config::from_vars(std::env::vars().collect())
    }

    /// Reads configuration from the given variables; unknown variables are ignored.
    pub fn from_vars(vars: HashMap<String, String>) -> Result<Config, String> {
        let get = |name: &str| {
            vars.get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let mode = match get("LOKET_MODE").as_deref() {
            None | Some("development") => Mode::Development,
            Some("production") => Mode::Production,
            Some(other) => {
                return Err(format!(
                    "LOKET_MODE must be development or production, not {other:?}"
                ));
            }
        };
        let listen_text = get("LOKET_LISTEN").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let listen: SocketAddr = listen_text
            .parse()
            .map_err(|_| format!("LOKET_LISTEN is not an address with a port: {listen_text:?}"))?;
        let base_url = get("LOKET_BASE_URL")
            .unwrap_or_else(|| format!("http://{listen}"))
            .trim_end_matches('/')
            .to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(format!(
                "LOKET_BASE_URL must start with http:// or https://: {base_url:?}"
            ));
        }
        let database_url =
            get("DATABASE_URL").unwrap_or_else(|| "sqlite://data/loket.db?mode=rwc".to_owned());
        if crate::db::Backend::from_url(&database_url).is_none() {
            return Err("DATABASE_URL must start with sqlite: or postgres://".to_owned());
        }
        let db_max_connections = match get("LOKET_DB_MAX_CONNECTIONS") {
            None => standaard_pool(&database_url, std::thread::available_parallelism().ok()),
            Some(n) => n
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or("LOKET_DB_MAX_CONNECTIONS must be a positive number")?,
        };
        let mail = match get("LOKET_SMTP_URL") {
            Some(url) if url.starts_with("smtp://") || url.starts_with("smtps://") => {
                MailConfig::Smtp(url)
            }
            Some(_) => return Err("LOKET_SMTP_URL must start with smtp:// or smtps://".to_owned()),
            None => MailConfig::Files(PathBuf::from(
                get("LOKET_MAIL_DIR").unwrap_or_else(|| "data/mail".to_owned()),
            )),
        };
        let seconds = |name: &str, default: u64| -> Result<Duration, String> {
            match get(name) {
                None => Ok(Duration::from_secs(default)),
                Some(n) => n
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Duration::from_secs)
                    .ok_or_else(|| format!("{name} must be a positive number of seconds")),
            }
        };
        let smtp_timeout = seconds("LOKET_SMTP_TIMEOUT", 20)?;
        let mail_max_wait = seconds("LOKET_MAIL_MAX_WAIT", 15 * 60)?;
        let max_connections = match get("LOKET_MAX_CONNECTIONS") {
            None => 1024,
            Some(n) => n
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or("LOKET_MAX_CONNECTIONS must be a positive number")?,
        };
        let gemeente = match get("LOKET_GEMEENTE_PROFIEL") {
            Some(path) => GemeenteSource::File(PathBuf::from(path)),
            None => GemeenteSource::Builtin(
                get("LOKET_GEMEENTE").unwrap_or_else(|| "lansingerland".to_owned()),
            ),
        };
        let log_format = match get("LOKET_LOG_FORMAT").as_deref() {
            Some("json") => LogFormat::Json,
            Some("text") => LogFormat::Text,
            None if mode == Mode::Production => LogFormat::Json,
            None => LogFormat::Text,
            Some(other) => {
                return Err(format!(
                    "LOKET_LOG_FORMAT must be text or json, not {other:?}"
                ));
            }
        };
        let mut oidc = Vec::new();
        for aanbieder in Aanbieder::ALLE {
            let var = |name: &str| get(&format!("{}{name}", aanbieder.prefix()));
            let Some(issuer) = var("ISSUER") else {
                continue;
            };
            let client_id = var("CLIENT_ID").ok_or_else(|| {
                format!(
                    "{}ISSUER is set, so {0}CLIENT_ID must be too",
                    aanbieder.prefix()
                )
            })?;
            let issuer = issuer.trim_end_matches('/').to_owned();
            if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
                return Err(format!(
                    "{}ISSUER must start with https:// (or http:// in development): {issuer:?}",
                    aanbieder.prefix()
                ));
            }
            let (claim_var, claim_default) = aanbieder.claim();
            oidc.push(OidcConfig {
                aanbieder,
                issuer,
                client_id,
                client_secret: var("CLIENT_SECRET"),
                claim: var(claim_var).unwrap_or_else(|| claim_default.to_owned()),
                acr: var("ACR"),
            });
        }
        let session_idle = match get("LOKET_SESSION_IDLE_MINUTES") {
            None => time::Duration::minutes(15),
            Some(n) => n
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=24 * 60).contains(n))
                .map(time::Duration::minutes)
                .ok_or("LOKET_SESSION_IDLE_MINUTES must be a number of minutes from 1 to 1440")?,
        };
        let clamd = match get("LOKET_CLAMD_URL") {
            None => Clamd::Geen,
            Some(v) if v == "uit" => Clamd::Uit,
            Some(v) => match (v.strip_prefix("tcp://"), v.strip_prefix("unix:")) {
                (Some(adres), _) if adres.contains(':') => {
                    Clamd::Tcp(adres.trim_end_matches('/').to_owned())
                }
                (_, Some(pad)) if !pad.is_empty() => Clamd::Unix(PathBuf::from(pad)),
                _ => {
                    return Err(format!(
                        "LOKET_CLAMD_URL must be tcp://host:port, unix:/path or uit, not {v:?}"
                    ));
                }
            },
        };
        let config = Config {
            mode,
            listen,
            base_url,
            database_url,
            db_max_connections,
            mail,
            mail_from: get("LOKET_MAIL_FROM")
                .unwrap_or_else(|| "loket <loket@localhost>".to_owned()),
            smtp_timeout,
            mail_max_wait,
            max_connections,
            gemeente,
            behind_proxy: matches!(
                get("LOKET_BEHIND_PROXY").as_deref(),
                Some("true" | "1" | "yes")
            ),
            log_filter: get("LOKET_LOG").unwrap_or_else(|| "info".to_owned()),
            log_format,
            oidc,
            session_idle,
            clamd,
            metrics_token: get("LOKET_METRICS_TOKEN"),
        };
        config.check_production()?;
        Ok(config)
    }

    /// The configured provider of this kind, if any.
    pub fn provider(&self, aanbieder: Aanbieder) -> Option<&OidcConfig> {
        self.oidc.iter().find(|p| p.aanbieder == aanbieder)
    }

    /// Of `gevraagd` (a profile's list for a part of the portal), the ways that work here: the e-mail link
    /// always, a provider when it is configured. When none of them works, the e-mail link: without providers
    /// everything works as before.
    pub fn middelen(&self, gevraagd: &[Middel]) -> Vec<Middel> {
        let werkt: Vec<Middel> = gevraagd
            .iter()
            .copied()
            .filter(|m| m.aanbieder().is_none_or(|a| self.provider(a).is_some()))
            .collect();
        if werkt.is_empty() {
            vec![Middel::Email]
        } else {
            werkt
        }
    }

    /// Session cookies carry `Secure` whenever the portal is reached over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// In production, refuse settings that only make sense on a developer's machine.
    fn check_production(&self) -> Result<(), String> {
        if self.mode != Mode::Production {
            return Ok(());
        }
        let mut problems = Vec::new();
        if matches!(self.mail, MailConfig::Files(_)) {
            problems.push("mail is written to files: set LOKET_SMTP_URL");
        }
        if !self.secure_cookies() {
            problems.push(
                "cookies would be sent without Secure: set LOKET_BASE_URL to an https:// address",
            );
        }
        if let MailConfig::Smtp(url) = &self.mail
            && url.starts_with("smtp://")
            && !url.contains("tls=required")
        {
            problems.push(
                "LOKET_SMTP_URL is plain smtp:// (passwords and sign-in links would travel in clear text): use smtps:// or add ?tls=required",
            );
        }
        if self.clamd == Clamd::Geen {
            problems.push(
                "uploads would not be scanned for viruses: set LOKET_CLAMD_URL (or LOKET_CLAMD_URL=uit on purpose)",
            );
        }
        if is_loopback_sender(&self.mail_from) {
            problems.push("LOKET_MAIL_FROM is a development address (localhost or loopback)");
        }
        let mut problems: Vec<String> = problems.into_iter().map(str::to_owned).collect();
        problems.extend(
            self.oidc
                .iter()
                .filter(|p| !p.issuer.starts_with("https://"))
                .map(|p| format!("{}ISSUER is not an https:// address", p.aanbieder.prefix())),
        );
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "LOKET_MODE=production refuses to start: {}",
                problems.join("; ")
            ))
        }
    }
}

/// Whether a sender address is one of this machine's (`localhost`, `127.x.x.x`, `::1`), in any case: mail
/// from it does not reach residents.
fn is_loopback_sender(from: &str) -> bool {
    let adres = from
        .rsplit('<')
        .next()
        .unwrap_or(from)
        .trim_end_matches('>')
        .trim()
        .to_lowercase();
    let domein = adres.rsplit_once('@').map_or("", |(_, d)| d);
    let domein = domein.trim_start_matches('[').trim_end_matches(']');
    domein == "localhost"
        || domein.ends_with(".localhost")
        || domein.starts_with("127.")
        || domein == "::1"
        || domein == "ipv6:::1"
        || domein.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn no_configuration_at_all_gives_the_embedded_defaults() {
        let c = Config::from_vars(vars(&[])).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.base_url, "http://127.0.0.1:8080");
        assert_eq!(c.database_url, "sqlite://data/loket.db?mode=rwc");
        assert_eq!(c.mail, MailConfig::Files(PathBuf::from("data/mail")));
        assert_eq!(
            c.gemeente,
            GemeenteSource::Builtin("lansingerland".to_owned())
        );
        assert!(!c.secure_cookies());
    }

    #[test]
    fn production_refuses_development_settings() {
        let err = Config::from_vars(vars(&[("LOKET_MODE", "production")]))
            .err()
            .unwrap_or_default();
        assert!(err.contains("LOKET_SMTP_URL"), "{err}");
        assert!(err.contains("https://"), "{err}");

        let ok = Config::from_vars(vars(&[
            ("LOKET_MODE", "production"),
            ("LOKET_SMTP_URL", "smtps://u:p@smtp.example.nl:465"),
            ("LOKET_BASE_URL", "https://loket.example.nl/"),
            ("LOKET_MAIL_FROM", "Gemeente <loket@example.nl>"),
            ("DATABASE_URL", "postgres://loket@db/loket"),
            ("LOKET_CLAMD_URL", "tcp://clamav:3310"),
        ]))
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(ok.secure_cookies());
        assert_eq!(ok.base_url, "https://loket.example.nl");
        assert_eq!(ok.log_format, LogFormat::Json);
    }

    #[test]
    fn providers_are_optional_and_production_refuses_one_over_plain_http() {
        let none = Config::from_vars(vars(&[])).unwrap_or_else(|e| panic!("{e}"));
        assert!(none.oidc.is_empty());
        assert_eq!(none.session_idle, time::Duration::minutes(15));

        let dev = Config::from_vars(vars(&[
            ("LOKET_DIGID_ISSUER", "http://127.0.0.1:9000/"),
            ("LOKET_DIGID_CLIENT_ID", "loket"),
            ("LOKET_DIGID_ACR", "urn:substantieel"),
            ("LOKET_SESSION_IDLE_MINUTES", "20"),
        ]))
        .unwrap_or_else(|e| panic!("{e}"));
        let digid = dev
            .provider(Aanbieder::Digid)
            .unwrap_or_else(|| panic!("digid"));
        assert_eq!(digid.issuer, "http://127.0.0.1:9000");
        assert_eq!(digid.claim, "bsn");
        assert_eq!(digid.acr.as_deref(), Some("urn:substantieel"));
        assert!(dev.provider(Aanbieder::Eherkenning).is_none());
        assert_eq!(dev.session_idle, time::Duration::minutes(20));

        let err = Config::from_vars(vars(&[("LOKET_EHERKENNING_ISSUER", "https://x.example")]))
            .err()
            .unwrap_or_default();
        assert!(err.contains("LOKET_EHERKENNING_CLIENT_ID"), "{err}");

        let production = [
            ("LOKET_MODE", "production"),
            ("LOKET_SMTP_URL", "smtps://u:p@smtp.example.nl:465"),
            ("LOKET_BASE_URL", "https://loket.example.nl/"),
            ("LOKET_MAIL_FROM", "Gemeente <loket@example.nl>"),
            ("LOKET_MEDEWERKER_OIDC_CLIENT_ID", "loket"),
            ("LOKET_CLAMD_URL", "uit"),
        ];
        let mut plain = production.to_vec();
        plain.push(("LOKET_MEDEWERKER_OIDC_ISSUER", "http://login.example.nl"));
        let err = Config::from_vars(vars(&plain)).err().unwrap_or_default();
        assert!(err.contains("LOKET_MEDEWERKER_OIDC_ISSUER"), "{err}");
        let mut secure = production.to_vec();
        secure.push(("LOKET_MEDEWERKER_OIDC_ISSUER", "https://login.example.nl"));
        let ok = Config::from_vars(vars(&secure)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ok.provider(Aanbieder::Medewerker).map(|p| p.claim.as_str()),
            Some("email")
        );
    }

    #[test]
    fn production_refuses_plain_smtp_and_loopback_senders_in_any_case() {
        let basis = [
            ("LOKET_MODE", "production"),
            ("LOKET_BASE_URL", "https://loket.example.nl/"),
            ("LOKET_CLAMD_URL", "unix:/run/clamav/clamd.ctl"),
        ];
        let met = |extra: &[(&'static str, &'static str)]| {
            let mut v = basis.to_vec();
            v.extend_from_slice(extra);
            Config::from_vars(vars(&v)).err().unwrap_or_default()
        };
        let err = met(&[
            ("LOKET_SMTP_URL", "smtp://user:secret@smtp.example.nl:25"),
            ("LOKET_MAIL_FROM", "Gemeente <loket@example.nl>"),
        ]);
        assert!(err.contains("plain smtp://"), "{err}");
        assert!(!err.contains("secret"), "{err}");
        for from in [
            "loket <loket@LOCALHOST>",
            "loket@127.0.0.1",
            "x <a@[127.0.0.1]>",
            "a@[::1]",
            "a@mail.localhost",
        ] {
            let err = met(&[
                ("LOKET_SMTP_URL", "smtps://u:p@smtp.example.nl:465"),
                ("LOKET_MAIL_FROM", from),
            ]);
            assert!(err.contains("LOKET_MAIL_FROM"), "{from}: {err}");
        }
        for url in [
            "smtp://smtp.example.nl:587?tls=required",
            "smtps://smtp.example.nl",
        ] {
            let err = met(&[
                ("LOKET_SMTP_URL", url),
                ("LOKET_MAIL_FROM", "Gemeente <loket@example.nl>"),
            ]);
            assert!(err.is_empty(), "{url}: {err}");
        }
    }

    #[test]
    fn production_needs_clamd_or_a_clear_no() {
        let basis = vec![
            ("LOKET_MODE", "production"),
            ("LOKET_BASE_URL", "https://loket.example.nl"),
            ("LOKET_SMTP_URL", "smtps://u:p@smtp.example.nl:465"),
            ("LOKET_MAIL_FROM", "Gemeente <loket@example.nl>"),
        ];
        let err = Config::from_vars(vars(&basis)).err().unwrap_or_default();
        assert!(err.contains("LOKET_CLAMD_URL"), "{err}");
        for (waarde, verwacht) in [
            ("uit", Clamd::Uit),
            ("tcp://127.0.0.1:3310", Clamd::Tcp("127.0.0.1:3310".into())),
            (
                "unix:/run/clamav/clamd.ctl",
                Clamd::Unix(PathBuf::from("/run/clamav/clamd.ctl")),
            ),
        ] {
            let mut v = basis.clone();
            v.push(("LOKET_CLAMD_URL", waarde));
            let c = Config::from_vars(vars(&v)).unwrap_or_else(|e| panic!("{waarde}: {e}"));
            assert_eq!(c.clamd, verwacht);
        }
        let err = Config::from_vars(vars(&[("LOKET_CLAMD_URL", "clamav:3310")]))
            .err()
            .unwrap_or_default();
        assert!(err.contains("LOKET_CLAMD_URL"), "{err}");
    }

    #[test]
    fn bad_values_are_named() {
        let err = Config::from_vars(vars(&[("LOKET_LISTEN", "hier")]))
            .err()
            .unwrap_or_default();
        assert!(err.contains("LOKET_LISTEN"));
        let err = Config::from_vars(vars(&[("DATABASE_URL", "mysql://x")]))
            .err()
            .unwrap_or_default();
        assert!(err.contains("DATABASE_URL"));
    }

    #[test]
    fn the_pool_is_8_on_sqlite_and_twice_the_cores_on_postgresql_unless_set() {
        let kernen = std::num::NonZeroUsize::new;
        assert_eq!(standaard_pool("sqlite://data/loket.db", kernen(16)), 8);
        let pg = "postgres://loket@db/loket";
        assert_eq!(standaard_pool(pg, kernen(2)), 4);
        assert_eq!(standaard_pool(pg, kernen(1)), 4);
        assert_eq!(standaard_pool(pg, kernen(8)), 16);
        assert_eq!(standaard_pool(pg, kernen(64)), 32);
        assert_eq!(standaard_pool(pg, None), 4);
        let c = Config::from_vars(vars(&[
            ("DATABASE_URL", pg),
            ("LOKET_DB_MAX_CONNECTIONS", "12"),
        ]))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.db_max_connections, 12);
    }
}
