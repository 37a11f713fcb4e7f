//! Acting for someone else: the one place that decides for whom a signed-in person acts and what they may do
//! there. The session says for whom ([`crate::http::session`] stores the choice); the machtigingen say whether
//! that still holds, read again on every request, so that a machtiging the resident ends stops working on the
//! helper's next click.
//!
//! Handlers never look at machtigingen themselves. They take [`Mag`] with the right they need
//! ([`ZorgBekijken`], [`ZorgIndienen`], [`GeldBekijken`], [`GeldIndienen`]) and get a [`Namens`]: whose cases to show or change, and who acts.

use std::marker::PhantomData;

use sqlx::{Any, Executor, Row};
use time::Date;

use super::{Person, PersoonId};
use crate::AppState;
use crate::auth::machtiging::{Machtiging, Onderwerp, Rechten, Soort, Status};
use crate::i18n::Lang;

/// The person whose cases a request is about: the signed-in person themselves, or the resident they help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inwoner {
    pub id: PersoonId,
    pub naam: Option<String>,
    /// `None` for someone known only through their representative.
    pub email: Option<String>,
    pub taal: Lang,
}

/// Who acts, for whom, with which machtigingen.
#[derive(Clone, Debug)]
pub struct Namens {
    /// The signed-in person.
    pub wie: Person,
    /// Whose cases this request shows or changes.
    pub voor: Inwoner,
    /// The helper's active machtigingen for `voor`; empty when acting for oneself.
    machtigingen: Vec<Machtiging>,
    vandaag: Date,
}

impl Namens {
    /// Acting for oneself.
    pub fn zelf(wie: Person, vandaag: Date) -> Namens {
        let voor = Inwoner {
            id: wie.id.clone(),
            naam: wie.naam.clone(),
            email: Some(wie.email.clone()),
            taal: wie.taal,
        };
        Namens {
            wie,
            voor,
            machtigingen: Vec::new(),
            vandaag,
        }
    }

    pub fn is_zelf(&self) -> bool {
        self.wie.id == self.voor.id
    }

    /// What the person may do in cases about `onderwerp` of [`Namens::voor`]. For oneself: everything. Staff
    /// act for nobody here: the back office has its own checks.
    pub fn rechten(&self, onderwerp: Onderwerp) -> Rechten {
        if self.is_zelf() {
            return Rechten::ALLES;
        }
        self.machtigingen
            .iter()
            .map(|m| m.rechten_op(self.vandaag, onderwerp))
            .fold(Rechten::default(), Rechten::samen)
    }

    /// The kinds of machtiging the helper acts on, for the "namens" line.
    pub fn soorten(&self) -> Vec<Soort> {
        let mut soorten: Vec<Soort> = self.machtigingen.iter().map(|m| m.soort).collect();
        soorten.dedup();
        soorten
    }

    /// The name to show for [`Namens::voor`].
    pub fn voor_naam(&self) -> &str {
        self.voor
            .naam
            .as_deref()
            .or(self.voor.email.as_deref())
            .unwrap_or_default()
    }
}

/// Reads for whom this session acts: `namens_id` if the person still holds an active machtiging for them
/// today, else the person themselves. Staff always act for themselves.
pub async fn lees<'e>(
    db: impl Executor<'e, Database = Any>,
    wie: Person,
    namens_id: Option<String>,
    vandaag: Date,
) -> Result<Namens, sqlx::Error> {
    let Some(voor_id) = namens_id.filter(|id| *id != wie.id && !wie.rol.is_staf()) else {
        return Ok(Namens::zelf(wie, vandaag));
    };
    let rows = sqlx::query(
        "SELECT m.soort, m.status, m.bekijken, m.indienen, m.post, m.geldig_tot, p.naam, p.email, p.taal \
         FROM machtigingen m JOIN personen p ON p.id = m.inwoner_id \
         WHERE m.helper_id = $1 AND m.inwoner_id = $2 AND m.status = 'actief'",
    )
    .bind(&wie.id)
    .bind(&voor_id)
    .fetch_all(db)
    .await?;
    let mut voor = None;
    let mut machtigingen = Vec::new();
    for row in &rows {
        let Some(soort) = Soort::from_code(row.try_get::<String, _>("soort")?.as_str()) else {
            continue;
        };
        let m = Machtiging {
            soort,
            status: Status::from_code(row.try_get::<String, _>("status")?.as_str()),
            rechten: super::repo::rechten(row)?,
            geldig_tot: super::repo::geldig_tot(row)?,
        };
        // An expired machtiging is no machtiging: the helper acts for themselves again.
        if m.rechten_op(vandaag, Onderwerp::Zorg) == Rechten::default()
            && m.rechten_op(vandaag, Onderwerp::Geld) == Rechten::default()
        {
            continue;
        }
        machtigingen.push(m);
        let email: String = row.try_get("email")?;
        voor.get_or_insert(Inwoner {
            id: PersoonId::new(voor_id.clone()),
            naam: row.try_get("naam")?,
            email: echt_adres(&email).then_some(email),
            taal: Lang::from_code(row.try_get::<String, _>("taal")?.as_str()).unwrap_or(Lang::Nl),
        });
    }
    Ok(match voor {
        Some(voor) => Namens {
            wie,
            voor,
            machtigingen,
            vandaag,
        },
        None => Namens::zelf(wie, vandaag),
    })
}

/// The prefix of the stored address of someone without one of their own (see migration 0006).
pub const GEEN_EMAIL: &str = crate::mail::GEEN_ADRES;

/// Whether a stored address can receive mail.
pub fn echt_adres(email: &str) -> bool {
    !email.starts_with(GEEN_EMAIL)
}

/// A right a page needs, on a kind of case.
pub trait Vereiste {
    /// The right holds when it holds on any of these matters.
    const ONDERWERPEN: &'static [Onderwerp];
    /// Whether the page changes something (file, upload, answer) rather than only shows it.
    const INDIENEN: bool;
}

/// To see a resident's Wmo cases: their melding, plan, dossier and requests.
pub struct ZorgBekijken;
/// To file, upload or answer in a resident's Wmo cases.
pub struct ZorgIndienen;

impl Vereiste for ZorgBekijken {
    const ONDERWERPEN: &'static [Onderwerp] = &[Onderwerp::Zorg];
    const INDIENEN: bool = false;
}

impl Vereiste for ZorgIndienen {
    const ONDERWERPEN: &'static [Onderwerp] = &[Onderwerp::Zorg];
    const INDIENEN: bool = true;
}

/// To see a resident's money cases: a blijverslening or a Kindpakket application.
pub struct GeldBekijken;
/// To file, upload or answer in a resident's money cases.
pub struct GeldIndienen;

impl Vereiste for GeldBekijken {
    const ONDERWERPEN: &'static [Onderwerp] = &[Onderwerp::Geld];
    const INDIENEN: bool = false;
}

/// To see a resident's own page (Mijn loket): some right on any matter. The page shows each matter only to
/// whom may see it.
pub struct IetsBekijken;

impl Vereiste for IetsBekijken {
    const ONDERWERPEN: &'static [Onderwerp] = &[Onderwerp::Zorg, Onderwerp::Geld];
    const INDIENEN: bool = false;
}

impl Vereiste for GeldIndienen {
    const ONDERWERPEN: &'static [Onderwerp] = &[Onderwerp::Geld];
    const INDIENEN: bool = true;
}

/// The extractor of every resident-facing page with a resident's data: signed in (else the sign-in page),
/// acting for someone with the right `V` (else 404, as for any page one may not see).
pub struct Mag<V>(pub Namens, pub PhantomData<V>);

impl<V: Vereiste> axum::extract::FromRequestParts<AppState> for Mag<V> {
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let super::SignedIn(person) = super::SignedIn::from_request_parts(parts, app).await?;
        let namens = match parts.extensions.get::<Namens>() {
            Some(namens) if namens.wie.id == person.id => namens.clone(),
            _ => Namens::zelf(person, app.clock.today()),
        };
        // Acting for someone else asks its own way of signing in (DigiD, by default, when it is configured).
        if !namens.is_zelf()
            && !super::Inlogregel::Namens
                .staat_toe(app, parts.extensions.get::<super::Aanmelding>())
        {
            let terug = parts.uri.path().to_owned();
            return Err(
                super::NaarInloggen(terug, super::Inlogregel::Namens.middelen(app)).into_response(),
            );
        }
        let mag = V::ONDERWERPEN.iter().any(|&onderwerp| {
            let rechten = namens.rechten(onderwerp);
            rechten.bekijken && (!V::INDIENEN || rechten.indienen)
        });
        if mag && V::INDIENEN {
            // A resident who closed their account (Mijn loket, "Account sluiten") starts nothing new until they
            // open it again; the page to do so says why.
            // Their own is read with the session; a resident one acts for is asked.
            let eigen = parts
                .extensions
                .get::<super::Aanmelding>()
                .filter(|_| namens.is_zelf());
            let gesloten = match eigen {
                Some(aanmelding) => aanmelding.gesloten_op,
                None => super::repo::gesloten_op(&app.db.pool, &namens.voor.id)
                    .await
                    .map_err(|e| crate::error::AppError::from(e).into_response())?,
            };
            if gesloten.is_some() {
                return Err(if namens.is_zelf() {
                    axum::response::Redirect::to("/mijn-loket/account").into_response()
                } else {
                    crate::error::AppError::NotFound.into_response()
                });
            }
        }
        if mag {
            Ok(Mag(namens, PhantomData))
        } else {
            Err(crate::error::AppError::NotFound.into_response())
        }
    }
}
