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
    app.sign_in("consulent@gemeente.example").await;
    assert_eq!(app.get("/mijn-loket").await.status, StatusCode::OK);
    // Adding again changes the role; it makes no second person.
    app.add_staff("consulent@gemeente.example", "Sanne Visser", true)
        .await;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM personen WHERE rol = 'beheerder'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}
