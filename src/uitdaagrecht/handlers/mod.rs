//! The right to challenge's pages: extract, authorise (a member of the initiative, else 404), parse, one
//! transaction, then a view or a 303.

use axum::Form;
use axum::extract::{Multipart, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::berichten;
use super::domain::{Status, nieuwe_referentie};
use super::form::{
    self, Actie, BesluitForm, InitiatiefForm, LidForm, LidWegForm, OpenbaarForm, SteunForm,
    TekstForm,
};
use super::repo::{self, Bewaard, Handeling, Initiatief, Voorstel};
use super::views;
use crate::auth::{Medewerker, Person, Rol, SignedIn};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, inloggen_met_terug, see_other};
use crate::i18n::{Lang, Tr, msg};
use crate::ids::ZaakId;
use crate::zaken::document::upload::Upload;
use crate::zaken::kern::Regeling;
use crate::{clock, mail};

mod initiatief;
mod openbaar;
mod staf;
mod voorstel;

pub use initiatief::*;
pub use openbaar::*;
pub use staf::*;
pub use voorstel::*;

pub fn voorstel_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstel/{id}")
}

pub fn openbaar_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstellen/{id}")
}

fn initiatief_pad(id: &str) -> String {
    format!("/uitdaagrecht/initiatief/{id}")
}

fn bewerken_pad(id: &str) -> String {
    format!("/uitdaagrecht/voorstel/{id}/bewerken")
}

fn staf_pad(id: &str) -> String {
    format!("/medewerker/uitdaagrecht/{id}")
}

/// A signed-in resident, as an extractor for the initiative's pages. Staff and organisations' accounts get
/// "not found": a member of staff who is in an initiative could otherwise decide on its proposal.
pub struct Initiatiefnemer(pub Person);

impl axum::extract::FromRequestParts<crate::AppState> for Initiatiefnemer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let SignedIn(person) = SignedIn::from_request_parts(parts, app).await?;
        if person.rol == Rol::Inwoner {
            Ok(Initiatiefnemer(person))
        } else {
            Err(AppError::NotFound.into_response())
        }
    }
}

/// A form's random key, so that a double click makes one initiative or one draft.
#[derive(Debug, Default, Deserialize)]
pub struct SleutelForm {
    #[serde(default)]
    sleutel: String,
}

fn sleutel(invoer: &str) -> Option<&str> {
    let s = invoer.trim();
    (!s.is_empty() && s.len() <= 64).then_some(s)
}

fn ongeldig(pagina: maud::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, pagina).into_response()
}
