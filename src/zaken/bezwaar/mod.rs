//! Bezwaar, once for every scheme whose case ends in a decision (the Wmo, the blijverslening, the
//! Kindpakket): the resident writes it (grounds, or pro forma with grounds later; documents), checks it and
//! sends it, reads it back with every step and term, adds grounds, or withdraws it; staff confirm receipt,
//! set a term for the grounds, plan the hearing or record why there is none, postpone once, and decide.
//!
//! The steps ([`domain::BezwaarStap`]) have their own numbered list per case (table `bezwaar_stappen`). Each
//! scheme keeps its own pages at its own address (`/melding/{id}/bezwaar`, `/blijverslening/{id}/bezwaar`,
//! `/kindpakket/{id}/bezwaar`) with its own rights ([`handlers`]); staff have one page for every scheme
//! (`/medewerker/zaak/{id}/bezwaar`, [`staf`]).

pub mod domain;
pub mod handlers;
pub mod repo;
pub mod staf;
pub mod views;

use sqlx::{Any, Executor};
use time::Date;

use crate::AppState;
use crate::auth::Person;
use crate::auth::namens::Vereiste;
use crate::error::{AppError, AppResult};
use crate::i18n::{Tr, datum_met_dag, msg};
use crate::ids::ZaakId;
use crate::mail::Email;
use domain::{Bezwaar, BezwaarStap};

use super::kern::{Eigenaar, Kern, Regeling};
use super::stap::Auteur;
use super::{dag, door, ontvangers, toegang};

/// The resident's address of a case, under which its bezwaar pages are; `None` for a scheme without a
/// decision to object to (a right-to-challenge proposal gets an answer, not a beschikking).
pub fn inwoner_pad(regeling: Regeling, id: &str) -> Option<String> {
    match regeling {
        Regeling::Wmo => Some(format!("/melding/{id}")),
        Regeling::Blijverslening => Some(format!("/blijverslening/{id}")),
        Regeling::Kindpakket => Some(format!("/kindpakket/{id}")),
        Regeling::Uitdaagrecht => None,
    }
}

/// The day the decision on a case was sent: for the Wmo the date on its besluit, for the money schemes the
/// day staff decided. `None` before a decision, and for a scheme without one.
pub async fn besluit_op<'e>(
    db: impl Executor<'e, Database = Any>,
    kern: &Kern,
) -> Result<Option<Date>, sqlx::Error> {
    if inwoner_pad(kern.regeling, &kern.id).is_none() {
        return Ok(None);
    }
    let laatste: Option<(String, String, String)> = sqlx::query_as(
        "SELECT soort, gegevens, op FROM zaak_gebeurtenissen WHERE zaak_id = $1 \
         AND soort IN ('besluit', 'besloten') ORDER BY volgnummer DESC LIMIT 1",
    )
    .bind(&kern.id)
    .fetch_optional(db)
    .await?;
    let Some((soort, gegevens, op)) = laatste else {
        return Ok(None);
    };
    if soort == "besluit" {
        let waarde: serde_json::Value = serde_json::from_str(&gegevens)
            .map_err(|e| sqlx::Error::Decode(format!("besluit: {e}").into()))?;
        return Ok(waarde
            .get("verzonden_op")
            .and_then(serde_json::Value::as_str)
            .and_then(crate::db::parse_date));
    }
    Ok(crate::db::parse_ts(&op).map(dag))
}

/// The bezwaar of a case as it is now; `None` before any.
pub async fn laad<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
) -> Result<Option<Bezwaar>, sqlx::Error> {
    Ok(Bezwaar::uit(repo::stappen(db, zaak_id).await?, dag))
}

/// How a step is recorded ([`vastleggen`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Hoe<'a> {
    /// The kind of step ([`BezwaarStap::soort`]), to recognise a form sent twice.
    pub soort: &'a str,
    /// The number of the last step when the form was drawn: when the same person recorded the same kind of
    /// step since then, the form was sent twice (a double click) and nothing is written.
    pub stand: Option<i64>,
    /// The step that sends the draft: its documents become the bezwaar's.
    pub verstuur: bool,
    /// Files to store with the step, as documents of the bezwaar.
    pub bestanden: &'a [(&'a str, super::document::BestandType, &'a [u8])],
}

/// Records a bezwaar step in one transaction, with the case locked so that two at the same moment take
/// turns: checks it against the bezwaar as it is then, stores its documents (the draft's when
/// [`Hoe::verstuur`], and [`Hoe::bestanden`]; `maak` gets their ids) and the step, logs it when staff or a
/// helper took it, and tells the resident (and the helpers who get their mail). A form sent twice writes
/// nothing (`Ok(None)`); a step that no longer fits (the bezwaar was decided or withdrawn meanwhile) is
/// [`AppError::Conflict`].
pub async fn vastleggen(
    app: &AppState,
    kern: &Kern,
    wie: &Person,
    hoe: Hoe<'_>,
    maak: impl FnOnce(Vec<String>) -> BezwaarStap,
) -> AppResult<Option<BezwaarStap>> {
    match schrijf(app, kern, wie, hoe, maak).await {
        Err(AppError::Database(e)) if crate::db::is_unique_violation(&e) => Err(AppError::Conflict),
        uitkomst => uitkomst,
    }
}

async fn schrijf(
    app: &AppState,
    kern: &Kern,
    wie: &Person,
    hoe: Hoe<'_>,
    maak: impl FnOnce(Vec<String>) -> BezwaarStap,
) -> AppResult<Option<BezwaarStap>> {
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let eigenaar = kern.eigenaar_id.as_ref().ok_or(AppError::NotFound)?;
    let als = door(wie, wie.id == *eigenaar);
    let mut tx = app.db.begin_write().await?;
    // The case's row is locked until the end: a second request (a double click, two members of staff) waits,
    // then reads the steps the first wrote.
    sqlx::query("UPDATE zaken SET bijgewerkt_op = bijgewerkt_op WHERE id = $1")
        .bind(&kern.id)
        .execute(&mut *tx)
        .await?;
    let alle = repo::stappen(&mut *tx, &kern.id).await?;
    if let Some(stand) = hoe.stand
        && alle.iter().any(|s| {
            s.volgnummer > stand
                && s.door_persoon_id.as_deref() == Some(wie.id.as_str())
                && s.stap.soort() == hoe.soort
        })
    {
        tx.rollback().await?;
        return Ok(None);
    }
    let voor = Bezwaar::uit(alle, dag);
    let eerste = voor.as_ref().is_none_or(|b| b.ingetrokken_op.is_some());
    let mut documenten = if hoe.verstuur && eerste {
        repo::verstuur_concept(&mut tx, &kern.id).await?
    } else {
        Vec::new()
    };
    for (naam, type_, inhoud) in hoe.bestanden {
        let id = crate::token::new_id();
        let nieuw = super::document::Nieuw {
            soort: repo::BEZWAAR,
            naam,
            type_: *type_,
            inhoud,
        };
        super::document::bewaar(&mut tx, &id, &kern.id, &nieuw, Some(&wie.id), now, false).await?;
        documenten.push(id);
    }
    let stap = maak(documenten);
    let mag = match (&voor, &stap) {
        (None, BezwaarStap::Ingediend { .. }) => true,
        (None, _) => false,
        (Some(b), stap) => b.staat_toe(stap, &app.gemeente, vandaag),
    };
    if !mag {
        tx.rollback().await?;
        return Err(AppError::Conflict);
    }
    let auteur = Auteur::persoon(&wie.id, als);
    repo::leg_vast(&mut tx, &kern.id, auteur, &stap, now).await?;
    if als != super::domain::Door::Inwoner {
        toegang::schrijf(
            &mut tx,
            &kern.id,
            wie,
            toegang::Handeling::Gewijzigd,
            &format!("bezwaar:{}", stap.soort()),
            None,
            now,
        )
        .await?;
    }
    let na = Bezwaar::uit(repo::stappen(&mut *tx, &kern.id).await?, dag);
    if let Some(b) = &na {
        ontvangers::vertel(
            &mut tx,
            app,
            kern.regeling,
            Eigenaar::Persoon(eigenaar),
            true,
            |tr, adres| bericht(app, tr, adres, kern, b, &stap),
        )
        .await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(Some(stap))
}

/// The mail about a bezwaar step: that something happened and what comes next, with a link. Never the
/// grounds or the decision itself: they may hold health or money details, and mail is no place for them.
fn bericht(
    app: &AppState,
    tr: &Tr,
    adres: String,
    kern: &Kern,
    bezwaar: &Bezwaar,
    stap: &BezwaarStap,
) -> Option<Email> {
    let lang = tr.lang();
    let d = |dag: Date| datum_met_dag(dag, lang);
    let beslis = d(bezwaar.beslis_termijn(&app.gemeente).einde);
    let mut alineas = match stap {
        BezwaarStap::Ingediend { pro_forma, .. } => {
            let mut a = vec![tr.ta(msg::BEZWAAR_MAIL_ONTVANGEN, &[("datum", beslis.into())])];
            if *pro_forma {
                a.push(tr.t(msg::BEZWAAR_MAIL_REDENEN_LATER));
            }
            a
        }
        BezwaarStap::OntvangstBevestigd => vec![tr.t(msg::BEZWAAR_MAIL_BEVESTIGD)],
        BezwaarStap::AanvullenTot { tot } => {
            vec![tr.ta(msg::BEZWAAR_MAIL_AANVULLEN, &[("datum", d(*tot).into())])]
        }
        BezwaarStap::Aangevuld { .. } => vec![tr.t(msg::BEZWAAR_MAIL_AANGEVULD)],
        BezwaarStap::HoorzittingGepland { datum, tijd, .. } => vec![tr.ta(
            msg::BEZWAAR_MAIL_HOORZITTING,
            &[("datum", d(*datum).into()), ("tijd", tijd.as_str().into())],
        )],
        BezwaarStap::HorenAfgezien { .. } => vec![tr.t(msg::BEZWAAR_MAIL_GEEN_HOORZITTING)],
        BezwaarStap::Verdaagd { .. } => {
            vec![tr.ta(msg::BEZWAAR_MAIL_VERDAAGD, &[("datum", beslis.into())])]
        }
        BezwaarStap::Beslist { .. } => vec![tr.t(msg::BEZWAAR_MAIL_BESLIST)],
        BezwaarStap::Ingetrokken => vec![tr.t(msg::BEZWAAR_MAIL_INGETROKKEN)],
        BezwaarStap::Ingebrekestelling { ontvangen_op } => vec![tr.ta(
            msg::BEZWAAR_MAIL_INGEBREKE,
            &[(
                "datum",
                d(crate::zaken::ingebreke::vanaf_als(*ontvangen_op)).into(),
            )],
        )],
    };
    alineas.push(tr.t(msg::BEZWAAR_MAIL_PRIVACY));
    let pad = inwoner_pad(kern.regeling, &kern.id)?;
    Some(Email {
        to: adres,
        greeting: None,
        subject: tr.ta(
            msg::BEZWAAR_MAIL_ONDERWERP,
            &[("referentie", kern.referentie.as_str().into())],
        ),
        paragraphs: alineas,
        action: Some((
            tr.t(msg::BEZWAAR_MAIL_KNOP),
            format!("{}{pad}/bezwaar", app.config.base_url),
        )),
        after: Vec::new(),
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    })
}

/// A case of a resident's as the bezwaar pages need it: the kernel's row, only when it belongs to the person
/// acted for and is of a scheme with a decision. Anything else is not found.
pub async fn eigen_zaak(app: &AppState, voor: &str, id: &ZaakId) -> AppResult<Kern> {
    let kern = super::poort::zaak(app, id).await?;
    if kern.eigenaar_id.as_deref() != Some(voor) || inwoner_pad(kern.regeling, &kern.id).is_none() {
        return Err(AppError::NotFound);
    }
    Ok(kern)
}

/// [`eigen_zaak`] for a page of rights `V`: a case of a matter those rights do not cover is not found (a
/// helper for money matters does not reach a Wmo bezwaar by another scheme's address).
pub async fn eigen_zaak_met<V: Vereiste>(
    app: &AppState,
    voor: &str,
    id: &ZaakId,
) -> AppResult<Kern> {
    let kern = eigen_zaak(app, voor, id).await?;
    let onderwerp = ontvangers::onderwerp(kern.regeling).ok_or(AppError::NotFound)?;
    if !V::ONDERWERPEN.contains(&onderwerp) {
        return Err(AppError::NotFound);
    }
    Ok(kern)
}

/// The block about bezwaar on a resident's case page of a scheme with a decision: nothing before the
/// decision; then how long one may object and the way to the form (when `mag_indienen`); once sent, where it
/// stands and the way to it.
pub async fn inwoner_blok(
    ctx: &crate::http::Ctx,
    conn: &mut sqlx::AnyConnection,
    kern: &Kern,
    mag_indienen: bool,
) -> AppResult<maud::Markup> {
    let Some(pad) = inwoner_pad(kern.regeling, &kern.id) else {
        return Ok(maud::html! {});
    };
    if besluit_op(&mut *conn, kern).await?.is_none() {
        return Ok(maud::html! {});
    }
    let bezwaar = laad(&mut *conn, &kern.id).await?;
    Ok(views::inwoner_blok(
        ctx,
        &pad,
        bezwaar.as_ref().filter(|b| b.ingetrokken_op.is_none()),
        mag_indienen,
    ))
}

/// A link to the staff page of the case's bezwaar, when it has one; then the hold that keeps the case from
/// the retention job ([`super::bewaarstop`]), on every staff page of a case.
pub async fn staf_link(ctx: &crate::http::Ctx, id: &ZaakId) -> AppResult<maud::Markup> {
    let stop = super::bewaarstop::blok(ctx, id).await?;
    let Some(b) = laad(&ctx.app.db.pool, id).await? else {
        return Ok(stop);
    };
    Ok(maud::html! { (views::staf_link(ctx, id, &b)) (stop) })
}

/// Demo data: on the first decided case of each scheme with a decision, a bezwaar its resident sent pro
/// forma (the reasons follow) with a letter attached, so that every page of a bezwaar has something to show.
pub async fn demo(app: &AppState, brief: &[u8]) -> Result<(), sqlx::Error> {
    let now = app.clock.now();
    for regeling in [
        Regeling::Wmo,
        Regeling::Blijverslening,
        Regeling::Kindpakket,
    ] {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT id FROM zaken WHERE regeling = $1 AND fase = 'besloten' AND eigenaar_id IS NOT NULL \
             ORDER BY ingediend_op, id",
        )
        .bind(regeling.code())
        .fetch_all(&app.db.pool)
        .await?;
        for id in ids {
            let Some(kern) = super::kern::zaak(&app.db.pool, &ZaakId::new(id)).await? else {
                continue;
            };
            let Some(besluit) = besluit_op(&app.db.pool, &kern).await? else {
                continue;
            };
            if laad(&app.db.pool, &kern.id).await?.is_some() {
                break;
            }
            let Some(eigenaar) = kern.eigenaar_id.clone() else {
                continue;
            };
            let mut tx = app.db.begin_write().await?;
            let doc_id = crate::token::new_id();
            let nieuw = super::document::Nieuw {
                soort: repo::BEZWAAR,
                naam: "brief-huisarts.pdf",
                type_: super::document::BestandType::Pdf,
                inhoud: brief,
            };
            super::document::bewaar(
                &mut tx,
                &doc_id,
                &kern.id,
                &nieuw,
                Some(&eigenaar),
                now,
                false,
            )
            .await?;
            let stap = BezwaarStap::Ingediend {
                gronden: String::new(),
                pro_forma: true,
                documenten: vec![doc_id],
                besluit_op: besluit,
            };
            let auteur = Auteur::persoon(&eigenaar, super::domain::Door::Inwoner);
            repo::leg_vast(&mut tx, &kern.id, auteur, &stap, now).await?;
            tx.commit().await?;
            break;
        }
    }
    Ok(())
}
