//! What every form does with bad input: status 422, an error summary that links to the fields, the message
//! beside the field, and the input kept.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn an_empty_form_comes_back_with_errors() {
    let mut app = TestApp::new().await;
    let response = app.post("/inloggen", &[("email", "")]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response.text("title").starts_with("Fout: "),
        "{}",
        response.text("title")
    );
    assert_eq!(
        response.attrs(".loket-error-summary a", "href"),
        vec!["#email".to_owned()]
    );
    assert_eq!(response.text("#email-fout"), "Fout: Vul uw e-mailadres in.");
    let described_by = response.attrs("input#email", "aria-describedby").join(" ");
    assert!(described_by.contains("email-fout"), "{described_by}");
    assert_eq!(
        response.attrs("input#email", "aria-invalid"),
        vec!["true".to_owned()]
    );
}

#[tokio::test]
async fn invalid_input_is_kept_beside_its_error() {
    let mut app = TestApp::new().await;
    let response = app.post("/inloggen", &[("email", "jan@voorbeeld")]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.attrs("input#email", "value"),
        vec!["jan@voorbeeld".to_owned()]
    );
    assert!(response.text("#email-fout").contains("naam@voorbeeld.nl"));
    assert!(app.mails().is_empty());
    app.deliver_mail().await;
    assert!(app.mails().is_empty(), "no mail for a form with errors");
}

#[tokio::test]
async fn errors_come_in_the_residents_language() {
    let mut app = TestApp::new().await;
    app.get("/taal/en").await;
    let response = app.post("/inloggen", &[("email", "")]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text("title").starts_with("Error: "));
    assert_eq!(
        response.text("#email-fout"),
        "Error: Enter your e-mail address."
    );
}
