//! Security by default: headers, CSP without scripts, CSRF protection, error pages that tell nothing.

use axum::http::StatusCode;

use crate::support::TestApp;

/// Every page that exists so far, in each state a visitor can see it.
const PAGES: &[&str] = &[
    "/",
    "/inloggen",
    "/inloggen/verstuurd",
    "/uitgelogd",
    "/toegankelijkheid",
    "/privacy",
    "/contact",
    "/componenten",
    "/bestaat-niet",
];

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let mut app = TestApp::new().await;
    for path in PAGES {
        let page = app.get(path).await;
        let csp = page.header("content-security-policy");
        assert!(csp.contains("script-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(page.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(page.header("x-frame-options"), "DENY", "{path}");
        assert_eq!(page.header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(page.header("cache-control"), "no-store", "{path}");
        assert!(
            page.header("content-type").starts_with("text/html"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn no_page_contains_a_script() {
    let mut app = TestApp::new().await;
    app.sign_in("jan@example.nl").await;
    let mut pages: Vec<String> = PAGES.iter().map(|p| (*p).to_owned()).collect();
    pages.push("/mijn-loket".into());
    for path in pages {
        let page = app.get(&path).await;
        assert!(
            page.texts("script").is_empty() && !page.body.to_lowercase().contains("<script"),
            "{path}"
        );
        let html = page.html();
        for element in html
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            for (name, value) in element.value().attrs() {
                assert!(
                    !name.starts_with("on"),
                    "{path}: inline event handler {name}"
                );
                assert!(
                    !value.trim_start().to_lowercase().starts_with("javascript:"),
                    "{path}: {name}={value}"
                );
                assert_ne!(name, "style", "{path}: inline style (the CSP forbids it)");
            }
        }
    }
}

#[tokio::test]
async fn a_cross_site_form_post_is_refused_with_a_page() {
    let mut app = TestApp::new().await;
    let refused = app
        .post_with(
            "/inloggen",
            &[("email", "jan@example.nl")],
            &[
                ("origin", "https://evil.example"),
                ("sec-fetch-site", "cross-site"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.text("h1"), "We hebben uw formulier niet ontvangen");
    app.deliver_mail().await;
    assert!(app.mails().is_empty(), "nothing happened");

    // An Origin from another site without fetch metadata is refused too.
    let refused = app
        .post_with(
            "/inloggen",
            &[("email", "jan@example.nl")],
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Signing someone out from another site does not work either.
    app.sign_in("jan@example.nl").await;
    let refused = app
        .post_with("/uitloggen", &[], &[("sec-fetch-site", "cross-site")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/mijn-loket").await.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404_page() {
    let mut app = TestApp::new().await;
    let page = app.get("/bestaat-niet").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.text("h1"), "Deze pagina bestaat niet");
    let page = app
        .get_with("/bestaat-niet", &[("accept-language", "en")])
        .await;
    assert_eq!(page.text("h1"), "This page does not exist");
}

#[tokio::test]
async fn a_too_large_form_is_refused_with_a_page() {
    let mut app = TestApp::new().await;
    let huge = "a".repeat(100 * 1024);
    let page = app.post("/inloggen", &[("email", &huge)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(page.text("h1"), "Dit is te groot");
}

#[tokio::test]
async fn the_stylesheet_is_cached_for_a_year_and_the_health_check_answers() {
    let mut app = TestApp::new().await;
    let page = app.get("/").await;
    let href = page.attrs("link[rel=stylesheet]", "href");
    assert_eq!(href.len(), 1);
    let css = app.get(&href[0]).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.header("cache-control").contains("immutable"));
    assert_eq!(
        app.get("/static/loket.oud.css").await.status,
        StatusCode::NOT_FOUND
    );

    let health = app.get("/health").await;
    assert_eq!(
        (health.status, health.body.as_str()),
        (StatusCode::OK, "ok")
    );
}

#[tokio::test]
async fn a_failing_database_gives_a_kind_page_without_internals() {
    let mut app = TestApp::new().await;
    app.state.db.pool.close().await;
    let page = app
        .post(&format!("/inloggen/link/{}", "b".repeat(64)), &[])
        .await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(page.text("h1"), "Er ging iets mis bij ons");
    let lower = page.body.to_lowercase();
    assert!(
        !lower.contains("sqlx") && !lower.contains("pool") && !lower.contains("sqlite"),
        "{}",
        page.body
    );

    let health = app.get("/health").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(health.header("content-type").starts_with("text/plain"));
}
