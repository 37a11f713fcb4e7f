//! The test harness: the real portal on a fresh database per test, driven in-process.
//!
//! SQLite (a file in a temporary folder) by default. With `LOKET_TEST_DATABASE_URL=postgres://...` every test
//! gets a new PostgreSQL database instead, so the same suite runs on both backends.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use loket::auth::machtiging::{Grond, Rechten, Soort, Status};
use loket::clock::Clock;
use loket::machtigingen::repo;
use loket::{App, AppState};
use scraper::{Html, Selector};
use time::macros::{date, datetime};
use tower::ServiceExt;

pub const BASE_URL: &str = "http://loket.test";

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub clock: Clock,
    pub mail_dir: PathBuf,
    cookies: BTreeMap<String, String>,
    _dir: Arc<tempfile::TempDir>,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

/// Options for a test portal.
#[derive(Default)]
pub struct Options {
    /// Deliver mail over SMTP to this URL instead of writing files.
    pub smtp_url: Option<String>,
    /// A built-in municipality profile instead of the default (`lansingerland`).
    pub gemeente: Option<&'static str>,
    /// The size of the connection pool instead of 4; with 1, every request uses the same connection.
    pub db_max_connections: Option<u32>,
    /// More settings, as environment variables (`LOKET_SMTP_TIMEOUT`, ...).
    pub vars: Vec<(&'static str, String)>,
    /// A database prepared by the test (its URL) instead of a fresh one.
    pub database_url: Option<String>,
    /// The moment the clock stands at instead of Monday 23 November 2026, 09:00 UTC.
    pub nu: Option<time::OffsetDateTime>,
}

/// A new, empty database: a file in `dir`, or a new PostgreSQL database when the suite runs on PostgreSQL.
pub async fn fresh_database_url(dir: &std::path::Path) -> String {
    match std::env::var("LOKET_TEST_DATABASE_URL") {
        Ok(admin_url) if admin_url.starts_with("postgres") => {
            sqlx::any::install_default_drivers();
            let name = format!("loket_test_{}", loket::token::random_hex(8));
            let admin = sqlx::AnyPool::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&admin)
                .await
                .expect("create test database");
            admin.close().await;
            let (base, _) = admin_url
                .rsplit_once('/')
                .expect("database URL with a path");
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}?mode=rwc", dir.join("loket.db").display()),
    }
}

impl TestApp {
    pub async fn new() -> TestApp {
        TestApp::with(Options::default()).await
    }

    pub async fn with(options: Options) -> TestApp {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mail_dir = dir.path().join("mail");
        let mut vars: HashMap<String, String> = HashMap::new();
        let database_url = match options.database_url {
            Some(url) => url,
            None => fresh_database_url(dir.path()).await,
        };
        vars.insert("DATABASE_URL".into(), database_url);
        vars.insert("LOKET_BASE_URL".into(), BASE_URL.into());
        vars.insert("LOKET_MAIL_DIR".into(), mail_dir.display().to_string());
        vars.insert(
            "LOKET_DB_MAX_CONNECTIONS".into(),
            options.db_max_connections.unwrap_or(4).to_string(),
        );
        for (name, value) in options.vars {
            vars.insert(name.into(), value);
        }
        if let Some(gemeente) = options.gemeente {
            vars.insert("LOKET_GEMEENTE".into(), gemeente.into());
        }
        if let Some(url) = options.smtp_url {
            vars.insert("LOKET_SMTP_URL".into(), url);
        }
        let config = loket::config::Config::from_vars(vars).expect("configuration");
        // A fixed Monday morning, so that dates in pages and mail are known.
        let clock = Clock::fixed(options.nu.unwrap_or(datetime!(2026-11-23 09:00 UTC)));
        let state = App::build(config, clock.clone()).await.expect("app");
        TestApp {
            router: loket::app(state.clone()),
            state,
            clock,
            mail_dir,
            cookies: BTreeMap::new(),
            _dir: Arc::new(dir),
        }
    }

    /// Another browser on the same portal: the same database, clock and mail folder, without cookies.
    pub fn other_browser(&self) -> TestApp {
        TestApp {
            state: self.state.clone(),
            router: self.router.clone(),
            clock: self.clock.clone(),
            mail_dir: self.mail_dir.clone(),
            cookies: BTreeMap::new(),
            _dir: self._dir.clone(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Sends a request, keeps the cookies it sets, and returns status, headers and the body as bytes.
    pub async fn send_bytes(&mut self, request: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("response");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().expect("cookie text");
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        (status, headers, bytes.to_vec())
    }

    pub async fn send(&mut self, request: Request<Body>) -> TestResponse {
        let (status, headers, bytes) = self.send_bytes(request).await;
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub fn request(&self, method: Method, path: &str) -> axum::http::request::Builder {
        Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "loket.test")
            .header(header::COOKIE, self.cookie_header())
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self
            .request(Method::GET, path)
            .body(Body::empty())
            .expect("request");
        self.send(request).await
    }

    pub async fn get_with(&mut self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = self.request(Method::GET, path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }

    /// A form post as a browser sends it from the portal's own page.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        self.post_with(
            path,
            fields,
            &[("origin", BASE_URL), ("sec-fetch-site", "same-origin")],
        )
        .await
    }

    pub async fn post_with(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut builder = self
            .request(Method::POST, path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder.body(Body::from(body)).expect("request"))
            .await
    }

    /// A post of raw bytes with this content type, as a browser sends it from the portal's own page (for
    /// multipart uploads).
    pub async fn post_bytes(
        &mut self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> TestResponse {
        let request = self
            .request(Method::POST, path)
            .header(header::CONTENT_TYPE, content_type)
            .header("origin", BASE_URL)
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }

    /// A GET whose body is returned as bytes (a download), with status and headers.
    pub async fn get_bytes(&mut self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let request = self
            .request(Method::GET, path)
            .body(Body::empty())
            .expect("request");
        self.send_bytes(request).await
    }

    /// A second browser on the same portal: the same database, mail folder and clock, without cookies.
    pub fn zonder_cookies(&self) -> TestApp {
        TestApp {
            state: self.state.clone(),
            router: self.router.clone(),
            clock: self.clock.clone(),
            mail_dir: self.mail_dir.clone(),
            cookies: BTreeMap::new(),
            _dir: self._dir.clone(),
        }
    }

    pub fn clear_cookies(&mut self) {
        self.cookies.clear();
    }

    /// The current visitor's cookies, to become them again later with [`TestApp::use_cookie_jar`]: several
    /// people, each with their own session, in one test.
    pub fn cookie_jar(&self) -> BTreeMap<String, String> {
        self.cookies.clone()
    }

    pub fn use_cookie_jar(&mut self, jar: BTreeMap<String, String>) {
        self.cookies = jar;
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }

    /// Runs one pass of the mail worker.
    pub async fn deliver_mail(&self) -> loket::mail::outbox::Pass {
        loket::mail::outbox::deliver_due(&self.state)
            .await
            .expect("deliver mail")
    }

    /// Every message written to the mail folder, oldest first, as raw text.
    pub fn mails(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return Vec::new();
        };
        let mut files: Vec<(std::time::SystemTime, String)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .map(|e| {
                let modified = e
                    .metadata()
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH);
                (
                    modified,
                    std::fs::read_to_string(e.path()).unwrap_or_default(),
                )
            })
            .collect();
        files.sort();
        files.into_iter().map(|(_, text)| text).collect()
    }

    /// Asks for a sign-in link, delivers the mail and returns the link's path.
    pub async fn request_sign_in_link(&mut self, email: &str) -> String {
        let response = self.post("/inloggen", &[("email", email)]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        // The sign-in mail to this address that was not there before. Other mail may be waiting before it
        // (news about cases), and file times do not order messages written within one clock tick.
        let before = self.mails();
        for _ in 0..20 {
            let pass = self.deliver_mail().await;
            if pass.sent + pass.failed == 0 {
                break;
            }
        }
        let mut mails = self.mails();
        for old in &before {
            if let Some(i) = mails.iter().position(|m| m == old) {
                mails.remove(i);
            }
        }
        mails
            .into_iter()
            .filter(|m| {
                m.to_lowercase()
                    .contains(&format!("to: {}", email.to_lowercase()))
            })
            .find_map(|m| link_in(&mail_text(&m), "/inloggen/link/"))
            .expect("a sign-in mail with a link")
    }

    /// Signs in with an e-mail link, all the way.
    pub async fn sign_in(&mut self, email: &str) {
        let link = self.request_sign_in_link(email).await;
        let response = self.post(&link, &[]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        assert!(
            ["/mijn-loket", "/medewerker", "/clienten"].contains(&response.location()),
            "{}",
            response.location()
        );
    }
}

/// The answers of a complete melding for oneself, step by step: (step slug, form fields).
pub const MELDING_ZELF: &[(&str, &[(&str, &str)])] = &[
    ("voor-wie", &[("voor_wie", "zelf")]),
    ("spoed", &[("spoed_gevaar", "nee"), ("spoed_zorg", "nee")]),
    (
        "hulpvraag",
        &[(
            "hulpvraag",
            "Ik kan de trap niet meer op. Douchen lukt niet meer alleen.",
        )],
    ),
    (
        "onderwerpen",
        &[
            ("levensgebieden", "verzorging"),
            ("levensgebieden", "wonen"),
        ],
    ),
    (
        "huishouden",
        &[("huishouden", "partner"), ("huisgenoten", "mijn man (81)")],
    ),
    (
        "gesprek",
        &[
            ("gesprek_erbij", "mantelzorger"),
            ("gesprek_erbij_naam", "Petra, mijn dochter"),
        ],
    ),
    (
        "clientondersteuning",
        &[
            ("clientondersteuning", "ja"),
            ("co_organisatie", "_gemeente-kiest"),
        ],
    ),
    (
        "gegevens",
        &[
            ("naam", "Gerrit Smit"),
            ("geboren-dag", "15"),
            ("geboren-maand", "8"),
            ("geboren-jaar", "1946"),
            ("straat", "Dorpsstraat 12"),
            ("postcode", "2665ab"),
            ("plaats", "Bergschenhoek"),
        ],
    ),
    (
        "contact",
        &[
            ("contact_manier", "telefoon"),
            ("telefoon", "06 1234 5678"),
            ("contact_email", "bewoner@example.nl"),
            ("contact_tijden", ""),
            ("tolk", "geen"),
            ("tolk_taal", ""),
        ],
    ),
    ("toestemming", &[("toestemming", "ja")]),
];

impl TestApp {
    /// Starts a new draft melding as the signed-in person, as the "Begin" button does; returns its path
    /// (`/melding/{id}`), to which the steps are added (`{path}/stap/{slug}`).
    pub async fn new_melding(&mut self) -> String {
        let response = self.post("/melding", &[]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        response
            .location()
            .trim_end_matches("/stap/voor-wie")
            .to_owned()
    }

    /// Signs in as `email` and files a complete melding for oneself through the journey's pages. Returns the
    /// melding's id. The resident stays signed in.
    pub async fn submitted_melding(&mut self, email: &str) -> String {
        self.sign_in(email).await;
        let pad = self.new_melding().await;
        for (slug, velden) in MELDING_ZELF {
            let response = self.post(&format!("{pad}/stap/{slug}"), velden).await;
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{slug}");
        }
        let response = self.post(&format!("{pad}/indienen"), &[]).await;
        assert_eq!(response.location(), format!("{pad}/bevestiging"));
        pad.trim_start_matches("/melding/").to_owned()
    }

    /// Adds a member of staff with the code of `loket medewerker toevoegen` (a consulent, or with
    /// `beheerder` an administrator), and returns them as the portal sees them. Does not sign in.
    /// As a member of staff: gives the reason to open a case that is not one's own, for the rest of the day.
    pub async fn reden_geven(&mut self, zaak_id: &str) {
        let r = self
            .post(
                &format!("/medewerker/zaak/{zaak_id}/reden"),
                &[("reden", "Dossiercontrole voor de test")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }

    pub async fn add_staff(&self, email: &str, naam: &str, beheerder: bool) -> loket::auth::Person {
        let mut args = vec![email.to_owned(), "--naam".to_owned(), naam.to_owned()];
        if beheerder {
            args.push("--beheerder".to_owned());
        }
        let nieuw = loket::beheer::lees_medewerker(&args).expect("valid staff arguments");
        loket::beheer::medewerker_toevoegen(&self.state, &nieuw)
            .await
            .expect("staff added");
        loket::auth::Person {
            id: sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
                .bind(&nieuw.email)
                .fetch_one(&self.state.db.pool)
                .await
                .expect("the member of staff"),
            email: nieuw.email,
            taal: nieuw.taal,
            rol: nieuw.rol,
            naam: Some(nieuw.naam),
            organisatie: None,
        }
    }
}

/// The boundary of the multipart bodies the tests send.
const BOUNDARY: &str = "----loket-test-grens";

/// A `multipart/form-data` body with these text fields and, optionally, a file (name, bytes) in the field
/// `bestand`. Returns the content type and the body.
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    multipart_bestanden(fields, file.as_slice())
}

/// A `multipart/form-data` body with these text fields and these files (name, bytes), all in the field
/// `bestand`, as a browser sends `<input type="file" multiple>`.
pub fn multipart_bestanden(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (filename, content) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"{filename}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

impl TestApp {
    /// Posts a multipart form (see [`multipart`]).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> TestResponse {
        let (content_type, body) = multipart(fields, file);
        self.post_bytes(path, &content_type, body).await
    }

    /// Posts a multipart form with several files (see [`multipart_bestanden`]).
    pub async fn post_bestanden(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> TestResponse {
        let (content_type, body) = multipart_bestanden(fields, files);
        self.post_bytes(path, &content_type, body).await
    }
}

/// A mail's text with quoted-printable soft line breaks joined, so that sentences can be searched.
pub fn mail_text(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

/// The text of the attachment of a mail as written to the mail folder.
pub fn bijlage(mail: &str) -> String {
    let Some(start) = mail.find("Content-Disposition: attachment") else {
        return String::new();
    };
    let deel = &mail[start..];
    let body_start = deel
        .find("\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| deel.find("\n\n").map(|i| i + 2));
    let Some(body_start) = body_start else {
        return String::new();
    };
    let kop = &deel[..body_start];
    let body = &deel[body_start..];
    let body = &body[..body.find("\n--").unwrap_or(body.len())];
    // A calendar file is short ASCII text: it goes as it is (7bit), never base64.
    assert!(!kop.contains("base64"), "{kop}");
    mail_text(body)
}

/// Asserts that every link in `wel` is among `links` and none in `niet` is, showing the links when one is not.
pub fn links_zijn(links: &[String], wel: &[String], niet: &[String]) {
    for link in wel {
        assert!(links.contains(link), "{link} missing in {links:?}");
    }
    for link in niet {
        assert!(!links.contains(link), "{link} should not be in {links:?}");
    }
}

/// The first `BASE_URL<prefix>...` link in a text, as a path.
pub fn link_in(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(&format!("{BASE_URL}{prefix}"))? + BASE_URL.len();
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl TestResponse {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// The text of every element that matches the CSS selector, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).expect("selector");
        self.html()
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn text(&self, css: &str) -> String {
        self.texts(css).into_iter().next().unwrap_or_default()
    }

    /// The value of an attribute of every element that matches.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let selector = Selector::parse(css).expect("selector");
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn location(&self) -> &str {
        self.header("location")
    }
}

/// The id of the person with this address.
pub async fn persoon_id(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// A machtiging that holds from now, as staff or an accepted invitation would leave it.
pub async fn machtig(
    app: &TestApp,
    inwoner: &str,
    helper: &str,
    soort: Soort,
    rechten: Rechten,
) -> String {
    let inwoner_id = persoon_id(app, inwoner).await;
    let helper_id = persoon_id(app, helper).await;
    let mut tx = app.state.db.begin_write().await.unwrap();
    let id = repo::nieuw(
        &mut tx,
        &repo::Nieuw {
            inwoner_id: Some(&inwoner_id),
            helper_id: Some(&helper_id),
            soort,
            grond: if soort.is_wettelijk() {
                Grond::Rechter
            } else {
                Grond::Uitnodiging
            },
            status: Status::Actief,
            rechten,
            geldig_tot: Some(date!(2027 - 12 - 31)),
            email: None,
            naam: None,
            geboortedatum: None,
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: None,
            aangemaakt_door: &inwoner_id,
        },
        app.clock.now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

/// Signs in as `email` and switches to acting for `voor`; returns the cookies of that session.
pub async fn als_helper(app: &mut TestApp, email: &str, voor: &str) -> BTreeMap<String, String> {
    app.clear_cookies();
    app.sign_in(email).await;
    let voor_id = persoon_id(app, voor).await;
    let response = app
        .post("/namens", &[("voor", &voor_id), ("terug", "/mijn-loket")])
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{email}: {}",
        response.body
    );
    app.cookie_jar()
}

/// A consulent plans the gesprek for 1 December 2026: the case's next date.
pub async fn gesprek_gepland(app: &TestApp, melding: &str) {
    let consulent = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let m = loket::meldingen::repo::ingediend(&app.state.db.pool, melding)
        .await
        .unwrap()
        .unwrap();
    for g in [
        loket::zaken::domain::Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        loket::zaken::domain::Gebeurtenis::GesprekGepland {
            datum: time::macros::date!(2026 - 12 - 01),
            tijd: "10:00".into(),
            plaats: loket::zaken::domain::Plaats::Thuis,
            toelichting: String::new(),
        },
    ] {
        loket::zaken::vastleggen(&app.state, &m, &consulent, None, move |_| g)
            .await
            .unwrap();
    }
}
