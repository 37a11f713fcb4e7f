//! The glossary: a word a page uses is a link to its plain explanation.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn a_word_on_a_page_links_to_its_explanation() {
    let mut app = TestApp::new().await;
    let start = app.get("/").await;
    let links = start.attrs("main a[href^='/begrippen#']", "href");
    assert!(links.contains(&"/begrippen#wmo".to_owned()), "{links:?}");

    let glossary = app.get("/begrippen").await;
    assert_eq!(glossary.status, StatusCode::OK);
    assert_eq!(glossary.text("dt#wmo dfn"), "Wmo");
    assert!(
        glossary
            .text("dt#wmo + dd")
            .contains("Wet maatschappelijke ondersteuning")
    );
    // Every link to the glossary lands on an entry.
    for link in links {
        let anker = link.trim_start_matches("/begrippen#");
        assert_eq!(glossary.texts(&format!("dt#{anker}")).len(), 1, "{link}");
    }
}

#[tokio::test]
async fn the_glossary_keeps_the_dutch_word_in_english() {
    let mut app = TestApp::new().await;
    let glossary = app
        .get_with("/begrippen", &[("accept-language", "en")])
        .await;
    assert_eq!(glossary.text("h1"), "What do these words mean?");
    assert_eq!(glossary.text("dt#melding dfn"), "report (melding)");
}
