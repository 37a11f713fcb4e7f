//! "Termijnen berekenen": a public GET form that shows the end of every term, extended past weekends and
//! holidays, and what to do when the municipality is late. The test clock stands at Monday 23 November 2026.

use axum::http::StatusCode;

use crate::support::TestApp;

fn query(melding: &str, aanvraag: &str, besluit: &str) -> String {
    let mut q = Vec::new();
    for (name, value) in [
        ("melding", melding),
        ("aanvraag", aanvraag),
        ("besluit", besluit),
    ] {
        let parts: Vec<&str> = value.split(' ').collect();
        for (i, suffix) in ["dag", "maand", "jaar"].iter().enumerate() {
            q.push(format!(
                "{name}-{suffix}={}",
                parts.get(i).copied().unwrap_or("")
            ));
        }
    }
    format!("/termijnen?{}", q.join("&"))
}

#[tokio::test]
async fn the_start_page_links_to_a_form_that_needs_no_sign_in() {
    let mut app = TestApp::new().await;
    let start = app.get("/").await;
    assert!(
        start
            .attrs("main a", "href")
            .contains(&"/termijnen".to_owned())
    );
    let page = app.get("/termijnen").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), "Termijnen berekenen");
    assert_eq!(page.attrs("main form", "method"), vec!["get".to_owned()]);
    assert!(
        page.texts("h3").is_empty(),
        "no result before a date is given"
    );
}

#[tokio::test]
async fn a_melding_on_a_saturday_gives_terms_that_end_on_a_monday() {
    let mut app = TestApp::new().await;
    // Saturday 5 December 2026: + 7 days and + 6 weeks both end on a Saturday.
    let page = app.get(&query("5 12 2026", "", "")).await;
    assert_eq!(page.status, StatusCode::OK);
    let blocks = page.texts(".loket-termijn");
    assert_eq!(blocks.len(), 2, "{blocks:?}");
    assert!(
        blocks[0].contains("tot en met maandag 14 december 2026"),
        "{}",
        blocks[0]
    );
    assert!(
        blocks[0].contains("zaterdag 12 december 2026"),
        "the first end is explained: {}",
        blocks[0]
    );
    assert!(
        blocks[1].contains("maandag 18 januari 2027"),
        "{}",
        blocks[1]
    );
    // The words are explained: each links to the glossary.
    assert!(
        page.attrs(".loket-termijn a", "href")
            .contains(&"/begrippen#persoonlijk-plan".to_owned())
    );
    // The input is kept, so the result can be changed and shared.
    assert_eq!(page.attrs("#melding", "value"), vec!["5".to_owned()]);
}

#[tokio::test]
async fn a_late_besluit_tells_about_the_ingebrekestelling_and_the_dwangsom() {
    let mut app = TestApp::new().await;
    // Aanvraag on Monday 2 November 2026: the besluit was due on Monday 16 November, a week before "today".
    let page = app.get(&query("", "2 11 2026", "")).await;
    let block = page.text(".loket-termijn");
    assert!(block.contains("maandag 16 november 2026"), "{block}");
    assert!(block.contains("Voorbij"), "{block}");
    assert!(block.contains("ingebrekestelling"), "{block}");
    assert!(block.contains("€ 23"), "{block}");
    assert!(block.contains("€ 1.442"), "{block}");

    // An aanvraag of last Friday: still running, nothing about being late.
    let page = app.get(&query("", "20 11 2026", "")).await;
    let block = page.text(".loket-termijn");
    assert!(block.contains("Loopt nog"), "{block}");
    assert!(!block.contains("ingebrekestelling"), "{block}");
}

#[tokio::test]
async fn the_bezwaar_term_passes_christmas_and_new_year() {
    let mut app = TestApp::new().await;
    // Besluit sent on Friday 20 November 2026 + 6 weeks = Friday 1 January 2027, Nieuwjaarsdag; then the
    // weekend: the last day is Monday 4 January 2027.
    let page = app.get(&query("", "", "20 11 2026")).await;
    assert!(
        page.text(".loket-termijn")
            .contains("maandag 4 januari 2027"),
        "{}",
        page.text(".loket-termijn")
    );
}

#[tokio::test]
async fn a_date_that_does_not_exist_comes_back_with_its_error() {
    let mut app = TestApp::new().await;
    let page = app.get(&query("31 2 2026", "1 12", "")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("title").starts_with("Fout: "),
        "{}",
        page.text("title")
    );
    assert_eq!(
        page.attrs(".loket-error-summary a", "href"),
        vec!["#melding".to_owned(), "#aanvraag".to_owned()]
    );
    assert_eq!(
        page.text("#melding-fout"),
        "Fout: Deze datum bestaat niet. Vul een datum in zoals 15 3 2026."
    );
    assert_eq!(
        page.text("#aanvraag-fout"),
        "Fout: Vul een dag, een maand en een jaar in."
    );
    assert_eq!(page.attrs("#melding", "value"), vec!["31".to_owned()]);
    assert_eq!(
        page.attrs("#aanvraag-maand", "value"),
        vec!["12".to_owned()]
    );
    assert!(page.texts(".loket-termijn").is_empty());
}

#[tokio::test]
async fn the_page_speaks_english_too() {
    let mut app = TestApp::new().await;
    let page = app
        .get_with(&query("5 12 2026", "", ""), &[("accept-language", "en")])
        .await;
    assert_eq!(page.text("h1"), "Calculate terms");
    assert!(
        page.text(".loket-termijn")
            .contains("Monday, 14 December 2026"),
        "{}",
        page.text(".loket-termijn")
    );
}
