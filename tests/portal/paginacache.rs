//! Visitors' public pages are answered from a copy of at most a second old: never to a signed-in person,
//! never in another language, and never after a change made through the portal (a refused request is no
//! change).

use axum::http::StatusCode;

use crate::support::TestApp;
use crate::uitdaagrecht::ingediend;

#[tokio::test]
async fn a_visitor_sees_a_change_at_once_and_in_their_own_language() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "ja").await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");

    let mut bezoeker = app.zonder_cookies();
    let voor = bezoeker.get(&openbaar).await;
    assert_eq!(voor.status, StatusCode::OK);
    assert!(
        voor.text("#steun")
            .contains("Nog geen inwoners steunen dit voorstel.")
    );
    // Asked again at once: the same page.
    assert_eq!(bezoeker.get(&openbaar).await.body, voor.body);

    // Someone else supports the proposal: the visitor's next look shows it, not the copy.
    let mut eva = app.zonder_cookies();
    eva.sign_in("eva@example.nl").await;
    let r = eva
        .post(&format!("{openbaar}/steun"), &[("steun", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let na = bezoeker.get(&openbaar).await;
    assert!(
        na.text("#steun").contains("1 inwoner steunt dit voorstel."),
        "{}",
        na.text("#steun")
    );

    // A visitor who reads English gets English, right after the Dutch copy was made.
    let nl = bezoeker.get("/").await;
    assert!(nl.body.contains("lang=\"nl\""));
    let en = bezoeker.get_with("/", &[("accept-language", "en")]).await;
    assert!(en.body.contains("lang=\"en\""), "{}", en.body);
    assert_ne!(en.text("h1"), nl.text("h1"));
}

#[tokio::test]
async fn a_signed_in_person_never_gets_a_visitors_copy() {
    let mut app = TestApp::new().await;
    let mut bezoeker = app.zonder_cookies();
    let visitor = bezoeker.get("/").await;
    assert!(!visitor.body.contains("bewoner@example.nl"));

    app.sign_in("bewoner@example.nl").await;
    let signed_in = app.get("/").await;
    assert_eq!(signed_in.status, StatusCode::OK);
    assert!(
        signed_in.body.contains("bewoner@example.nl"),
        "the header names who is signed in"
    );
    // And the visitor still gets the visitor's page, not the signed-in one.
    assert!(!bezoeker.get("/").await.body.contains("bewoner@example.nl"));
}

#[tokio::test]
async fn a_refused_post_leaves_the_copies_and_a_change_through_the_portal_does_not() {
    let mut app = TestApp::new().await;
    let (_, id) = ingediend(&mut app, "ja").await;
    let openbaar = format!("/uitdaagrecht/voorstellen/{id}");
    // Signed in before the copy is made: signing in posts too.
    let mut eva = app.zonder_cookies();
    eva.sign_in("eva@example.nl").await;
    let mut bezoeker = app.zonder_cookies();
    let voor = bezoeker.get(&openbaar).await;
    assert_eq!(voor.status, StatusCode::OK);
    // Changed behind the portal's back: within the second a visitor still gets the copy.
    sqlx::query("UPDATE uitdaag_voorstellen SET taak = 'Een heel andere taak' WHERE id = $1")
        .bind(&id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();

    // A post from another site, and one to no page at all, are refused: the copy stays.
    let mut ander = app.zonder_cookies();
    let elders = ander
        .post_with(
            &format!("{openbaar}/steun"),
            &[("steun", "ja")],
            &[
                ("origin", "https://elders.example"),
                ("sec-fetch-site", "cross-site"),
            ],
        )
        .await;
    assert_eq!(elders.status, StatusCode::FORBIDDEN);
    let nergens = ander.post("/bestaat-niet", &[("a", "b")]).await;
    assert_eq!(nergens.status, StatusCode::NOT_FOUND);
    assert_eq!(bezoeker.get(&openbaar).await.body, voor.body);

    // A post that changes something makes every copy old: the next look reads the proposal again.
    let r = eva
        .post(&format!("{openbaar}/steun"), &[("steun", "ja")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let na = bezoeker.get(&openbaar).await;
    assert!(na.body.contains("Een heel andere taak"), "{}", na.body);
}
