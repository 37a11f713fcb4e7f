//! Who someone is: the current person and their role, the extractors that ask for one, and the rules of who may
//! act for whom ([`machtiging`], [`namens`]).
//!
//! Signing in is a capability of its own ([`crate::inloggen`]): it ends by finding or creating the person
//! ([`repo::find_or_create_person`]) and starting a session. Everything after sign-in only sees a [`Person`].

pub mod bsn;
pub mod domain;
pub mod machtiging;
pub mod namens;
pub mod repo;

pub use domain::{EmailAddress, EmailError};
pub use namens::{
    GeldBekijken, GeldIndienen, IetsBekijken, Mag, Namens, ZorgBekijken, ZorgIndienen,
};

use crate::AppState;
pub use crate::config::Middel;
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

/// How the current session was started, beside the [`Person`] (the session puts both in the request).
#[derive(Clone, Debug)]
pub struct Aanmelding {
    pub middel: Middel,
    /// The person's BSN, once they signed in with DigiD: only ever shown masked.
    pub bsn: Option<bsn::Bsn>,
    /// The organisation an eHerkenning session acts for.
    pub kvk: Option<String>,
    /// When the signed-in person closed their account for new work (Mijn loket, "Account sluiten"), as it
    /// stood when this request began: read with the session, so that their own pages need not ask again.
    pub gesloten_op: Option<time::OffsetDateTime>,
}

/// The part of the portal a route belongs to, for the ways of signing in it accepts (the profile's
/// [`crate::gemeente::Inloggen`]). A router puts it in its requests; [`SignedIn`] checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inlogregel {
    Wmo,
    Blijverslening,
    Kindpakket,
    Namens,
    Clientondersteuner,
    Initiatief,
    Steun,
    Medewerker,
}

impl Inlogregel {
    /// The ways of signing in this part accepts here: the profile's list, of what is configured.
    pub fn middelen(self, app: &AppState) -> Vec<Middel> {
        let i = &app.gemeente.inloggen;
        let lijst = match self {
            Inlogregel::Wmo => &i.wmo,
            Inlogregel::Blijverslening => &i.blijverslening,
            Inlogregel::Kindpakket => &i.kindpakket,
            Inlogregel::Namens => &i.namens,
            Inlogregel::Clientondersteuner => &i.clientondersteuner,
            Inlogregel::Initiatief => &i.initiatief,
            Inlogregel::Steun => &i.steun,
            Inlogregel::Medewerker => &i.medewerker,
        };
        app.config.middelen(lijst)
    }

    /// Whether the current session may use this part: it was started in a way the part accepts, or the part
    /// accepts the e-mail link, the weakest way, so that any other way does too. Without a session: no.
    pub fn staat_toe(self, app: &AppState, aanmelding: Option<&Aanmelding>) -> bool {
        let Some(aanmelding) = aanmelding else {
            return false;
        };
        let middelen = self.middelen(app);
        middelen.contains(&aanmelding.middel) || middelen.contains(&Middel::Email)
    }
}

/// The answer to a request that needs a signed-in person and has none, or one signed in in a way this page
/// does not accept: the sign-in page with the way back to this path and the ways it accepts (empty: any). The
/// HTTP layer makes the redirect.
pub struct NaarInloggen(pub String, pub Vec<Middel>);

/// Checks the part of the portal the request is in against how the session was started: the sign-in page
/// that asks for an accepted way when the session's way is not one of them. Staff are checked by
/// [`Medewerker`] instead.
fn check_middel(
    parts: &axum::http::request::Parts,
    app: &AppState,
    person: &Person,
    regel: Option<Inlogregel>,
) -> Result<(), NaarInloggen> {
    let Some(regel) = regel else {
        return Ok(());
    };
    if person.rol.is_staf() && regel != Inlogregel::Medewerker {
        return Ok(());
    }
    if regel.staat_toe(app, parts.extensions.get::<Aanmelding>()) {
        return Ok(());
    }
    Err(NaarInloggen(terug_pad(parts), regel.middelen(app)))
}

/// After signing in, the person comes back to this page. Only pages that are read: a form post is kept by the
/// HTTP layer ([`crate::http`]) and comes back another way.
fn terug_pad(parts: &axum::http::request::Parts) -> String {
    let path = match parts.method {
        axum::http::Method::GET => parts.uri.path_and_query().map(|p| p.as_str()),
        _ => None,
    };
    path.unwrap_or("/").to_owned()
}

/// The signed-in person, as an extractor for pages that need one. Without a session the request is answered
/// with a redirect to the sign-in page, so that no handler can forget to check.
pub struct SignedIn(pub Person);

impl axum::extract::FromRequestParts<AppState> for SignedIn {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let regel = parts.extensions.get::<Inlogregel>().copied();
        let Some(person) = parts.extensions.get::<Person>().cloned() else {
            let middelen = regel.map(|r| r.middelen(app)).unwrap_or_default();
            return Err(NaarInloggen(terug_pad(parts), middelen).into_response());
        };
        check_middel(parts, app, &person, regel).map_err(IntoResponse::into_response)?;
        Ok(SignedIn(person))
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
            Rol::Medewerker | Rol::Beheerder => {
                check_middel(parts, app, &person, Some(Inlogregel::Medewerker))
                    .map_err(IntoResponse::into_response)?;
                Ok(Medewerker(person))
            }
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
