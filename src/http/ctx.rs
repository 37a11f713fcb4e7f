//! The request context every page handler takes: the app, the translator for the negotiated language, the
//! path (for the language switch) and the signed-in person, if any.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::AppState;
use crate::auth::{Namens, Person};
use crate::i18n::{self, Lang, Tr};

#[derive(Clone)]
pub struct Ctx {
    pub app: AppState,
    pub tr: Tr,
    /// Path and query of this request, e.g. `/inloggen?x=1`.
    pub path: String,
    pub person: Option<Person>,
    /// For whom the signed-in person acts, when that is someone else: every page says so.
    pub namens: Option<Namens>,
    /// How the signed-in person signed in.
    pub aanmelding: Option<crate::auth::Aanmelding>,
    /// Who the header says is signed in: their address, or for someone who has none (yet) the masked BSN or
    /// the KVK number they signed in with.
    wie: Option<String>,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// The same context in another language: for a text that must also be shown in Dutch.
    pub fn in_taal(&self, lang: Lang) -> Ctx {
        Ctx {
            tr: self.tr.with_lang(lang),
            ..self.clone()
        }
    }

    /// Shorthand for `ctx.tr.t(id)`.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
}

impl crate::ui::Pagina for Ctx {
    fn pagina(&self) -> crate::ui::PaginaContext<'_> {
        crate::ui::PaginaContext {
            tr: &self.tr,
            gemeente: &self.app.gemeente.naam,
            pad: &self.path,
            email: self.wie.as_deref(),
            staf: self.person.as_ref().is_some_and(|p| p.rol.is_staf()),
            namens: self.namens.as_ref().map(|n| n.voor_naam()),
            logo: self
                .app
                .gemeente
                .logo
                .as_ref()
                .map(|l| (l.href.as_str(), l.alt.in_taal(self.tr.lang()))),
        }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(from_parts(parts, app))
    }
}

/// Builds the context from request parts; also used by middleware that renders error pages.
pub fn from_parts(parts: &Parts, app: &AppState) -> Ctx {
    let person = parts.extensions.get::<Person>();
    // Staff pages speak Dutch and English only: staff work in Dutch, and their texts are not translated further.
    let lang = match person {
        Some(p) if p.rol.is_staf() => i18n::negotiate(&parts.headers).voor_medewerkers(),
        _ => i18n::negotiate(&parts.headers),
    };
    let path = parts
        .uri
        .path_and_query()
        .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned());
    Ctx {
        app: app.clone(),
        tr: Tr::new(app.i18n.clone(), lang),
        path,
        person: person.cloned(),
        namens: parts
            .extensions
            .get::<Namens>()
            .filter(|n| !n.is_zelf())
            .cloned(),
        aanmelding: parts.extensions.get::<crate::auth::Aanmelding>().cloned(),
        wie: parts.extensions.get::<Person>().map(|p| {
            let aanmelding = parts.extensions.get::<crate::auth::Aanmelding>();
            if crate::auth::namens::echt_adres(&p.email) {
                p.email.clone()
            } else if let Some(bsn) = aanmelding.and_then(|a| a.bsn.as_ref()) {
                bsn.gemaskeerd()
            } else if let Some(kvk) = aanmelding.and_then(|a| a.kvk.as_ref()) {
                format!("KVK {kvk}")
            } else {
                p.naam.clone().unwrap_or_default()
            }
        }),
    }
}
