//! Sign-in by e-mail link, sign-out, and Mijn loket.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn a_resident_signs_in_with_a_link_and_sees_mijn_loket() {
    let mut app = TestApp::new().await;
    let link = app.request_sign_in_link("Jan.Jansen@Example.nl").await;

    // Opening the link shows a button; only pressing it signs in (mail scanners open links too).
    let confirm = app.get(&link).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert_eq!(confirm.attrs("main form", "action"), vec![link.clone()]);
    assert!(!app.has_cookie("loket-sessie"));

    let signed_in = app.post(&link, &[]).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert!(app.has_cookie("loket-sessie"));
    let cookie = signed_in.header("set-cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let page = app.get("/mijn-loket").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), "Mijn loket");
    assert!(
        page.body.contains("jan.jansen@example.nl"),
        "the address, in lower case"
    );
    assert!(page.body.contains("U heeft nog geen zaken"));
    assert!(
        page.attrs("main a", "href")
            .contains(&"/melding".to_owned())
    );
}

#[tokio::test]
async fn a_link_works_only_once() {
    let mut app = TestApp::new().await;
    let link = app.request_sign_in_link("jan@example.nl").await;
    assert_eq!(app.post(&link, &[]).await.status, StatusCode::SEE_OTHER);

    // The same link in another browser (no cookies), or again in this one.
    app.clear_cookies();
    let again = app.post(&link, &[]).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert_eq!(again.text("h1"), "Deze link werkt niet meer");
    assert!(!app.has_cookie("loket-sessie"));
    assert_eq!(app.get(&link).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn a_link_expires_after_twenty_minutes() {
    let mut app = TestApp::new().await;
    let link = app.request_sign_in_link("jan@example.nl").await;
    app.clock.advance(time::Duration::minutes(20));
    let late = app.post(&link, &[]).await;
    assert_eq!(late.status, StatusCode::GONE);
    assert!(!app.has_cookie("loket-sessie"));
    assert_eq!(app.get("/mijn-loket").await.location(), "/inloggen");
}

#[tokio::test]
async fn a_link_that_never_existed_is_refused() {
    let mut app = TestApp::new().await;
    let made_up = format!("/inloggen/link/{}", "a".repeat(64));
    assert_eq!(app.post(&made_up, &[]).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn the_same_answer_for_a_known_and_an_unknown_address() {
    let mut app = TestApp::new().await;
    app.sign_in("bekend@example.nl").await;
    app.post("/uitloggen", &[]).await;

    let known = app
        .post("/inloggen", &[("email", "bekend@example.nl")])
        .await;
    let unknown = app
        .post("/inloggen", &[("email", "onbekend@example.nl")])
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.location(), unknown.location());
    let (a, b) = (
        app.get(known.location()).await,
        app.get(unknown.location()).await,
    );
    assert_eq!(a.body, b.body);
}

#[tokio::test]
async fn only_the_stored_hash_of_a_link_and_no_link_after_delivery() {
    let mut app = TestApp::new().await;
    let link = app.request_sign_in_link("jan@example.nl").await;
    let secret = link.rsplit('/').next().unwrap();
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM sign_in_links")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(stored, vec![loket::token::hash(secret)]);
    let bodies: Vec<String> = sqlx::query_scalar("SELECT body_text FROM outbox")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert!(
        bodies.iter().all(|b| !b.contains(secret)),
        "the delivered link is erased from the outbox"
    );
}

#[tokio::test]
async fn too_many_links_for_one_address_are_refused() {
    let mut app = TestApp::new().await;
    for _ in 0..5 {
        assert_eq!(
            app.post("/inloggen", &[("email", "jan@example.nl")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
    }
    let refused = app.post("/inloggen", &[("email", "jan@example.nl")]).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.text("h1"), "U heeft het te vaak geprobeerd");
    // After the window, it works again.
    app.clock.advance(time::Duration::minutes(16));
    assert_eq!(
        app.post("/inloggen", &[("email", "jan@example.nl")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let mut app = TestApp::new().await;
    app.sign_in("jan@example.nl").await;
    let old_cookie = app
        .request(axum::http::Method::GET, "/")
        .body(axum::body::Body::empty())
        .unwrap();
    let old_cookie = old_cookie.headers().get("cookie").unwrap().clone();

    let out = app.post("/uitloggen", &[]).await;
    assert_eq!(out.location(), "/uitgelogd");
    assert!(!app.has_cookie("loket-sessie"));
    assert_eq!(app.get("/mijn-loket").await.location(), "/inloggen");

    // The old cookie, replayed, no longer signs anyone in.
    let replay = axum::http::Request::builder()
        .uri("/mijn-loket")
        .header("cookie", old_cookie)
        .body(axum::body::Body::empty())
        .unwrap();
    assert_eq!(app.send(replay).await.location(), "/inloggen");
}

#[tokio::test]
async fn mijn_loket_asks_to_sign_in_first() {
    let mut app = TestApp::new().await;
    let response = app.get("/mijn-loket").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/inloggen");
}

#[tokio::test]
async fn the_sign_in_mail_has_text_and_html_in_the_residents_language() {
    let mut app = TestApp::new().await;
    app.get("/taal/en").await;
    app.request_sign_in_link("jan@example.nl").await;
    let mail = app.mails().pop().unwrap();
    assert!(mail.contains("Content-Type: text/plain"));
    assert!(mail.contains("Content-Type: text/html"));
    assert!(
        mail.contains("Subject: Sign in to the municipality of Lansingerland"),
        "{mail}"
    );
    assert!(mail.contains("The link works for 20 minutes."));
}

#[tokio::test]
async fn after_sign_in_the_resident_is_back_on_the_page_that_asked_for_it() {
    let mut app = TestApp::new().await;
    let response = app.get("/melding/hervatten").await;
    assert_eq!(response.location(), "/inloggen?terug=/melding/hervatten");
    let form = app.get(response.location()).await;
    assert_eq!(
        form.attrs("input[name=terug]", "value"),
        ["/melding/hervatten"]
    );
    let sent = app
        .post(
            "/inloggen",
            &[
                ("email", "bewoner@example.nl"),
                ("terug", "/melding/hervatten"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    app.deliver_mail().await;
    let mail = crate::support::mail_text(&app.mails().pop().unwrap());
    let link = crate::support::link_in(&mail, "/inloggen/link/").unwrap();
    assert!(link.ends_with("?terug=/melding/hervatten"), "{link}");
    let page = app.get(&link).await;
    let action = page.attrs("form[method=post]", "action");
    assert!(action.iter().any(|a| a == &link), "{action:?}");
    let signed_in = app.post(&link, &[]).await;
    assert_eq!(signed_in.location(), "/melding/hervatten");
}

#[tokio::test]
async fn the_header_sign_in_link_returns_to_the_page_it_was_on() {
    let mut app = TestApp::new().await;
    let melding = app.get("/melding").await;
    let href = melding.attrs("header a[href^='/inloggen']", "href");
    assert_eq!(href, ["/inloggen?terug=%2Fmelding"]);
    let form = app.get(&href[0]).await;
    assert_eq!(form.attrs("input[name=terug]", "value"), ["/melding"]);
    app.post(
        "/inloggen",
        &[("email", "bewoner@example.nl"), ("terug", "/melding")],
    )
    .await;
    app.deliver_mail().await;
    let mail = crate::support::mail_text(&app.mails().pop().unwrap());
    let link = crate::support::link_in(&mail, "/inloggen/link/").unwrap();
    assert_eq!(app.post(&link, &[]).await.location(), "/melding");
    // The start page and the sign-in page have nothing to return to.
    app.clear_cookies();
    for pad in ["/", "/inloggen"] {
        let page = app.get(pad).await;
        assert_eq!(
            page.attrs("header a[href^='/inloggen']", "href"),
            ["/inloggen"],
            "{pad}"
        );
    }
}

#[tokio::test]
async fn the_way_back_never_leaves_the_portal() {
    let mut app = TestApp::new().await;
    let form = app.get("/inloggen?terug=https://evil.example/").await;
    assert!(form.attrs("input[name=terug]", "value").is_empty());
    app.post(
        "/inloggen",
        &[("email", "bewoner@example.nl"), ("terug", "//evil.example")],
    )
    .await;
    app.deliver_mail().await;
    let mail = crate::support::mail_text(&app.mails().pop().unwrap());
    let link = crate::support::link_in(&mail, "/inloggen/link/").unwrap();
    assert!(!link.contains("evil"), "{link}");
    assert_eq!(app.post(&link, &[]).await.location(), "/mijn-loket");
}
