//! Who someone is: the current person and their role, the extractors that ask for one, and the rules of who may
//! act for whom ([`machtiging`], [`namens`]).
//!
//! Signing in is a capability of its own ([`crate::inloggen`]): it ends by finding or creating the person
//! ([`repo::find_or_create_person`]) and starting a session. Everything after sign-in only sees a [`Person`].

pub mod domain;
pub mod machtiging;
pub mod namens;
pub mod repo;

pub use domain::{EmailAddress, EmailError};
pub use namens::{
    GeldBekijken, GeldIndienen, IetsBekijken, Mag, Namens, ZorgBekijken, ZorgIndienen,
};

use crate::AppState;
use crate::i18n::Lang;
pub use crate::ids::PersoonId;

/// What a person may do in the portal. Residents, and the people who help them, are `Inwoner`; a
/// cliëntondersteuner has an account of their organisation, made by a beheerder; staff roles come with the
/// back office. What anyone may do for a resident follows from machtigingen ([`namens`]), never from the role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rol {
    Inwoner,
    Clientondersteuner,
    Medewerker,
    Beheerder,
}

impl Rol {
    pub fn code(self) -> &'static str {
        match self {
            Rol::Inwoner => "inwoner",
            Rol::Clientondersteuner => "clientondersteuner",
            Rol::Medewerker => "medewerker",
            Rol::Beheerder => "beheerder",
        }
    }

    /// Municipal staff: they reach the back office and act for nobody.
    pub fn is_staf(self) -> bool {
        matches!(self, Rol::Medewerker | Rol::Beheerder)
    }

    /// Where this person lands after sign-in when no page asked for one.
    pub fn start_pagina(self) -> &'static str {
        match self {
            Rol::Inwoner => "/mijn-loket",
            Rol::Clientondersteuner => "/clienten",
            Rol::Medewerker | Rol::Beheerder => "/medewerker",
        }
    }

    /// Unknown codes get the least rights.
    pub fn from_code(code: &str) -> Rol {
        match code {
            "clientondersteuner" => Rol::Clientondersteuner,
            "medewerker" => Rol::Medewerker,
            "beheerder" => Rol::Beheerder,
            _ => Rol::Inwoner,
        }
    }
}

/// A signed-in person.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: PersoonId,
    pub email: String,
    /// The language for mail to this person: their last choice in the portal.
    pub taal: Lang,
    pub rol: Rol,
    /// The name staff and cliëntondersteuners are shown by; residents have none.
    pub naam: Option<String>,
    /// A cliëntondersteuner's organisation (its id in the profile).
    pub organisatie: Option<String>,
}

/// The answer to a request that needs a signed-in person and has none: the sign-in page, with the way back to
/// this path (the HTTP layer makes the redirect).
pub struct NaarInloggen(pub String);

/// The signed-in person, as an extractor for pages that need one. Without a session the request is answered
/// with a redirect to the sign-in page, so that no handler can forget to check.
pub struct SignedIn(pub Person);

impl axum::extract::FromRequestParts<AppState> for SignedIn {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Person>()
            .cloned()
            .map(SignedIn)
            .ok_or_else(|| {
                // After signing in, the person comes back to this page. Only pages that are read: a form
                // post would be lost anyway and is answered by its page.
                let path = match parts.method {
                    axum::http::Method::GET => parts.uri.path_and_query().map(|p| p.as_str()),
                    _ => None,
                };
                use axum::response::IntoResponse;
                NaarInloggen(path.unwrap_or("/").to_owned()).into_response()
            })
    }
}

/// A signed-in member of staff (medewerker or beheerder), as an extractor for back-office pages. Without a
/// session: the sign-in page. Anyone else gets "not found": residents and helpers must not learn that the page
/// exists.
pub struct Medewerker(pub Person);

impl axum::extract::FromRequestParts<AppState> for Medewerker {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let SignedIn(person) = SignedIn::from_request_parts(parts, app).await?;
        match person.rol {
            Rol::Medewerker | Rol::Beheerder => Ok(Medewerker(person)),
            Rol::Inwoner | Rol::Clientondersteuner => {
                Err(crate::error::AppError::NotFound.into_response())
            }
        }
    }
}

/// A signed-in administrator (beheerder), for the pages only they may use; anyone else as for [`Medewerker`].
pub struct Beheerder(pub Person);

impl axum::extract::FromRequestParts<AppState> for Beheerder {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let Medewerker(person) = Medewerker::from_request_parts(parts, app).await?;
        match person.rol {
            Rol::Beheerder => Ok(Beheerder(person)),
            _ => Err(crate::error::AppError::NotFound.into_response()),
        }
    }
}
