//! Which language a request gets: the resident's own choice (a cookie set by the language switch), else the
//! browser's `Accept-Language`, else Dutch.

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The cookie that remembers the resident's choice of language. Not secret and not personal.
pub const LANG_COOKIE: &str = "taal";

pub fn negotiate(headers: &HeaderMap) -> Lang {
    if let Some(lang) = cookie_choice(headers) {
        return lang;
    }
    headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(from_accept_language)
        .unwrap_or(Lang::Nl)
}

fn cookie_choice(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::from_code(value))
}

/// Parses `Accept-Language` with its quality values and lets fluent-langneg pick the best match.
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut requested: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (q > 0.0).then_some((q, id))
        })
        .collect();
    // Stable sort keeps the header's order among equal weights.
    requested.sort_by(|a, b| b.0.total_cmp(&a.0));
    let requested: Vec<LanguageIdentifier> = requested.into_iter().map(|(_, id)| id).collect();
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap_or(ACCEPT_LANGUAGE),
                HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static("")),
            );
        }
        h
    }

    #[test]
    fn accept_language_with_weights() {
        assert_eq!(
            negotiate(&headers(&[("accept-language", "en-GB,en;q=0.9,nl;q=0.8")])),
            Lang::En
        );
        assert_eq!(
            negotiate(&headers(&[("accept-language", "de-DE,nl;q=0.5,en;q=0.4")])),
            Lang::Nl
        );
        assert_eq!(
            negotiate(&headers(&[("accept-language", "nl-BE;q=0.2,en-US;q=0.7")])),
            Lang::En
        );
        assert_eq!(
            negotiate(&headers(&[("accept-language", "fr, de")])),
            Lang::Nl
        );
        assert_eq!(negotiate(&headers(&[])), Lang::Nl);
    }

    #[test]
    fn own_choice_wins_over_the_browser() {
        let h = headers(&[("accept-language", "en"), ("cookie", "a=b; taal=nl")]);
        assert_eq!(negotiate(&h), Lang::Nl);
    }
}
