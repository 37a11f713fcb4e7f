//! The real OpenID provider of the tests: the npm package `oidc-provider`, configured in `tests/oidc/` as a
//! DigiD, eHerkenning or staff broker would be. One process serves every test of this binary; it stops when
//! the tests end. The resident's side of the round trip (the provider's sign-in form, its cookies, its
//! redirects) goes over real HTTP; the portal's side through the test harness.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use axum::http::{Method, Request, StatusCode, header};
use loket::http::klant::Klant;

use crate::support::{BASE_URL, Options, TestApp, TestResponse};

pub struct Provider {
    pub issuer: String,
    _process: Mutex<Child>,
}

/// The provider, started at the first call (after `npm ci` when its packages are not installed yet).
pub fn provider() -> &'static Provider {
    static PROVIDER: OnceLock<Provider> = OnceLock::new();
    PROVIDER.get_or_init(|| {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
        if !map.join("node_modules/oidc-provider").exists() {
            let status = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--silent"])
                .current_dir(&map)
                .status()
                .expect("npm, to install the test OpenID provider");
            assert!(status.success(), "npm ci in tests/oidc failed");
        }
        let mut process = Command::new("node")
            .arg("provider.mjs")
            .arg(BASE_URL)
            .current_dir(&map)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node, to run the test OpenID provider");
        let stdout = process.stdout.take().expect("the provider's output");
        let mut line = String::new();
        let mut reader = BufReader::new(stdout);
        reader
            .read_line(&mut line)
            .expect("the provider's first line");
        // Whatever it writes later is read and dropped: a closed pipe would stop it.
        std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
        let issuer = line
            .trim()
            .strip_prefix("issuer ")
            .unwrap_or_else(|| panic!("the provider did not start: {line:?}"))
            .to_owned();
        Provider {
            issuer,
            _process: Mutex::new(process),
        }
    })
}

/// The settings of a provider of this kind (`DIGID`, `EHERKENNING` or `MEDEWERKER_OIDC`) at the test
/// provider, as client `client` (see `tests/oidc/provider.mjs` for the clients whose tokens are wrong on
/// purpose).
pub fn aanbieder_vars(soort: &str, client: &str) -> Vec<(&'static str, String)> {
    // The options take names that live as long as the test: a few leaked bytes per portal.
    let naam = |rest: &str| -> &'static str { format!("LOKET_{soort}_{rest}").leak() };
    vec![
        (naam("ISSUER"), provider().issuer.clone()),
        (naam("CLIENT_ID"), client.to_owned()),
        (naam("CLIENT_SECRET"), "geheim".to_owned()),
    ]
}

/// A portal with a provider of this kind at the test provider, on `database_url` (a fresh database: `None`).
pub async fn portal_op(soort: &str, database_url: Option<String>) -> TestApp {
    TestApp::with(Options {
        vars: aanbieder_vars(soort, "loket"),
        database_url,
        ..Options::default()
    })
    .await
}

/// A portal with DigiD at the test provider, as client `client`, and more settings.
pub async fn portal_met(client: &str, vars: Vec<(&'static str, String)>) -> TestApp {
    let mut all = aanbieder_vars("DIGID", client);
    all.extend(vars);
    TestApp::with(Options {
        vars: all,
        ..Options::default()
    })
    .await
}

/// A portal with DigiD at the test provider.
pub async fn portal() -> TestApp {
    portal_met("loket", Vec::new()).await
}

/// The resident's browser at the provider: its cookies, over real HTTP.
pub struct Browser {
    klant: Klant,
    cookies: BTreeMap<String, String>,
}

pub struct Antwoord {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn new() -> Browser {
        Browser {
            klant: Klant::new(Duration::from_secs(10)).expect("client"),
            cookies: BTreeMap::new(),
        }
    }

    pub async fn send(
        &mut self,
        method: Method,
        url: &str,
        form: Option<&[(&str, &str)]>,
    ) -> Antwoord {
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut request = Request::builder().method(method).uri(url);
        if !cookie.is_empty() {
            request = request.header(header::COOKIE, cookie);
        }
        let body = match form {
            Some(fields) => {
                request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish()
                    .into_bytes()
            }
            None => Vec::new(),
        };
        let response = self
            .klant
            .stuur(request.body(body).expect("request"))
            .await
            .expect("the provider answers");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().expect("cookie text");
            if let Some((name, value)) = text.split(';').next().and_then(|p| p.split_once('=')) {
                if value.is_empty() || text.to_lowercase().contains("expires=thu, 01 jan 1970") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let location = response
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().expect("location").to_owned())
            .map(|l| {
                if l.starts_with('/') {
                    format!("{}{l}", provider().issuer)
                } else {
                    l
                }
            });
        Antwoord {
            status: response.status(),
            location,
            body: String::from_utf8_lossy(response.body()).into_owned(),
        }
    }

    /// From the provider's authorization address to the portal's callback: follows the provider's
    /// redirects, and at its sign-in form types `login` and presses `knop` ("inloggen" or "annuleren").
    /// Returns the callback's path and query on the portal.
    pub async fn log_in(&mut self, authorize_url: &str, login: &str, knop: &str) -> String {
        let mut url = authorize_url.to_owned();
        let mut ingelogd = false;
        for _ in 0..10 {
            if let Some(pad) = url.strip_prefix(BASE_URL) {
                return pad.to_owned();
            }
            let antwoord = if url.contains("/interaction/") && !ingelogd {
                // The form first, as a browser shows it; then the answer.
                let form = self.send(Method::GET, &url, None).await;
                assert_eq!(form.status, StatusCode::OK, "{}", form.body);
                assert!(form.body.contains("name=\"login\""), "{}", form.body);
                ingelogd = true;
                self.send(
                    Method::POST,
                    &url,
                    Some(&[("login", login), ("knop", knop)]),
                )
                .await
            } else {
                self.send(Method::GET, &url, None).await
            };
            url = antwoord.location.unwrap_or_else(|| {
                panic!(
                    "a redirect from {url}: {} {}",
                    antwoord.status, antwoord.body
                )
            });
        }
        panic!("no way back to the portal from {authorize_url}");
    }
}

impl TestApp {
    /// Presses "Inloggen met ..." for `aanbieder` (after which the portal returns to `terug`) and returns the
    /// provider's address the portal sends the browser to.
    pub async fn naar_aanbieder(&mut self, aanbieder: &str, terug: Option<&str>) -> String {
        let velden: Vec<(&str, &str)> = terug.map(|t| ("terug", t)).into_iter().collect();
        let r = self.post(&format!("/inloggen/{aanbieder}"), &velden).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(
            r.location().starts_with(&provider().issuer),
            "{}",
            r.location()
        );
        r.location().to_owned()
    }

    /// The whole round trip: the portal's button, the provider's form (as `login`), the callback. Returns
    /// the portal's answer to the callback.
    pub async fn via_aanbieder(
        &mut self,
        aanbieder: &str,
        login: &str,
        terug: Option<&str>,
    ) -> TestResponse {
        let url = self.naar_aanbieder(aanbieder, terug).await;
        let callback = Browser::new().log_in(&url, login, "inloggen").await;
        self.get(&callback).await
    }

    /// Signs in with DigiD as the resident with this BSN (a new account is asked for an address: skipped).
    pub async fn digid(&mut self, bsn: &str) {
        let r = self
            .via_aanbieder("digid", &format!("bsn-{bsn}"), None)
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
}

/// What the portal logs while the guard lives, on this test's thread (the tests run on one thread each).
pub struct Logboek {
    tekst: std::sync::Arc<Mutex<Vec<u8>>>,
    _guard: tracing::subscriber::DefaultGuard,
}

struct Schrijver(std::sync::Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Schrijver {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Logboek {
    pub fn vang() -> Logboek {
        let tekst = std::sync::Arc::new(Mutex::new(Vec::new()));
        let voor_schrijver = tekst.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            // What production logs by default (`LOKET_LOG=info`).
            .with_max_level(tracing::Level::INFO)
            .with_writer(move || Schrijver(voor_schrijver.clone()))
            .finish();
        Logboek {
            tekst,
            _guard: tracing::subscriber::set_default(subscriber),
        }
    }

    pub fn tekst(&self) -> String {
        String::from_utf8_lossy(&self.tekst.lock().expect("log")).into_owned()
    }
}
