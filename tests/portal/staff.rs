//! Staff accounts: added with the binary's command, signed in like everyone else, and the only ones who reach
//! the back office.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn a_member_of_staff_is_added_with_a_name_and_role_and_signs_in_by_mail() {
    let mut app = TestApp::new().await;
    app.add_staff("Consulent@Gemeente.example", "Sanne Visser", false)
        .await;
    let (rol, naam): (String, Option<String>) =
        sqlx::query_as("SELECT rol, naam FROM personen WHERE email = 'consulent@gemeente.example'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (rol.as_str(), naam.as_deref()),
        ("medewerker", Some("Sanne Visser"))
    );
    let link = app.request_sign_in_link("consulent@gemeente.example").await;
    let signed_in = app.post(&link, &[]).await;
    assert_eq!(
        signed_in.location(),
        "/medewerker",
        "staff land on the work queue"
    );
    let queue = app.get("/medewerker").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert_eq!(queue.attrs("header a[href='/medewerker']", "href").len(), 1);
    assert_eq!(app.get("/inloggen").await.location(), "/medewerker");
    // Adding again changes the role; it makes no second person.
    app.add_staff("consulent@gemeente.example", "Sanne Visser", true)
        .await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM personen WHERE rol = 'beheerder'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn a_step_on_a_case_is_logged_and_mailed_to_the_resident_without_health_details() {
    use loket::zaken::{self, domain::Gebeurtenis, domain::Plaats};
    let mut app = TestApp::new().await;
    let id = app.submitted_melding("bewoner@example.nl").await;
    let consulent = app
        .add_staff("consulent@gemeente.example", "Sanne Visser", false)
        .await;
    let melding = loket::meldingen::repo::ingediend(&app.state.db.pool, &id)
        .await
        .unwrap()
        .unwrap();
    app.deliver_mail().await;
    let voor = app.mails().len();
    zaken::vastleggen(&app.state, &melding, &consulent, None, |_| {
        Gebeurtenis::GesprekGepland {
            datum: time::macros::date!(2026 - 12 - 01),
            tijd: "10:30".into(),
            plaats: Plaats::Thuis,
            toelichting: "Bij de achterdeur aanbellen".into(),
        }
    })
    .await
    .unwrap();
    let zaak = zaken::zaak(&app.state, &id).await.unwrap();
    assert_eq!(zaak.fase(), zaken::domain::Fase::GesprekGepland);
    let log = zaken::toegang::van_zaak(&app.state.db.pool, &id)
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].naam.as_deref(), Some("Sanne Visser"));
    app.deliver_mail().await;
    let mails = app.mails();
    assert_eq!(mails.len(), voor + 1);
    let mail = crate::support::mail_text(mails.last().unwrap());
    assert!(mail.contains("dinsdag 1 december 2026 om 10:30"), "{mail}");
    assert!(mail.contains(&format!("/melding/{id}")), "{mail}");
    assert!(
        !mail.contains("achterdeur"),
        "no details of the case in mail"
    );
    assert!(!mail.contains("trap"), "no health details in mail");
}
