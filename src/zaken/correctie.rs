//! Requests to correct what a case holds (AVG art. 16), the same for every scheme whose cases belong to a
//! resident: the resident says what is wrong and what it should be (on `/mijn-gegevens/correctie`); the request
//! is a step of the case ([`stap::leg_vast_kern`]), so the consulent reads it on the staff case page with a form
//! to answer it; the answer (with whether the data was corrected) is a step too, shown on the resident's case
//! page and announced by mail (not what it says: the resident reads that in the portal).
//!
//! Path: `POST /medewerker/zaak/{id}/correctie` (the answer, for a case of any scheme), behind the gate of every
//! staff page of a case ([`super::poort`]); the answer is in the access log.

use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum_extra::extract::Form;
use maud::{Markup, html};
use serde::{Deserialize, Serialize};
use sqlx::{Any, AnyConnection, Executor, Row};
use time::OffsetDateTime;

use super::domain::Door;
use super::kern::{self, Eigenaar, Kern};
use super::stap::{self, Auteur};
use super::{ontvangers, poort, toegang};
use crate::AppState;
use crate::auth::{Medewerker, Person};
use crate::db::BindAlle;
use crate::error::{AppError, AppResult};
use crate::form::{FieldErrors, Invoer};
use crate::http::{Ctx, see_other};
use crate::i18n::{Tr, datum, msg};
use crate::ids::{PersoonId, ZaakId};
use crate::mail::Email;
use crate::{db, ui};

/// The most characters a request's or an answer's text may have.
pub const MAX_TEKST: usize = 2000;

/// The entry of an answer in the access log.
pub const IN_LOG: &str = "correctie";

pub fn router() -> Router<AppState> {
    Router::new().route("/medewerker/zaak/{id}/correctie", post(beantwoorden))
}

/// The two kinds of step, as stored (`soort` is one of [`stap::KERN_SOORTEN`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
enum Correctie {
    /// The resident's request: what is wrong, and what it should be (may be empty: they may not know).
    Correctieverzoek {
        verzoek_id: String,
        wat: String,
        moet_zijn: String,
    },
    /// The municipality's answer, and whether it corrected the data.
    CorrectieBeantwoord {
        verzoek_id: String,
        antwoord: String,
        gecorrigeerd: bool,
    },
}

impl Correctie {
    fn soort(&self) -> &'static str {
        match self {
            Correctie::Correctieverzoek { .. } => stap::KERN_SOORTEN[0],
            Correctie::CorrectieBeantwoord { .. } => stap::KERN_SOORTEN[1],
        }
    }
}

/// A request with its answer, once there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verzoek {
    /// The random key of the form that sent it: the same form sent twice asks once.
    pub id: String,
    pub wat: String,
    pub moet_zijn: String,
    pub op: OffsetDateTime,
    pub door: Door,
    pub antwoord: Option<Antwoord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Antwoord {
    pub tekst: String,
    pub gecorrigeerd: bool,
    pub op: OffsetDateTime,
    /// The name of the member of staff who answered, when they have one.
    pub door_naam: Option<String>,
}

/// The requests of a case, oldest first, each with its answer.
pub async fn verzoeken<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
) -> Result<Vec<Verzoek>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.zaak_id, g.gegevens, g.door_rol, g.op, p.naam FROM zaak_gebeurtenissen g \
         LEFT JOIN personen p ON p.id = g.door_persoon_id \
         WHERE g.zaak_id = $1 AND g.soort IN ('correctieverzoek', 'correctie_beantwoord') \
         ORDER BY g.volgnummer",
    )
    .bind(zaak_id)
    .fetch_all(db)
    .await?;
    Ok(vouw(&rows)?.into_iter().map(|(_, v)| v).collect())
}

/// How many requests to correct there are on the cases of the resident `$1` (a scalar subquery, for a page
/// that counts several things in one statement).
pub const TEL_VAN_EIGENAAR: &str = "SELECT COUNT(*) FROM zaken z CROSS JOIN zaak_gebeurtenissen g \
     WHERE z.eigenaar_id = $1 AND g.zaak_id = z.id AND g.soort = 'correctieverzoek'";

/// The newest `aantal` requests on the cases this resident owns, the oldest of them first, each with its
/// case's id and its answer (count them with [`TEL_VAN_EIGENAAR`]). Read along the resident's cases
/// (`CROSS JOIN` keeps that order in SQLite, which would otherwise walk every request of every case by its
/// kind), and the answers of only the cases listed.
pub async fn nieuwste_van_eigenaar(
    conn: &mut AnyConnection,
    eigenaar_id: &str,
    aantal: i64,
) -> Result<Vec<(String, Verzoek)>, sqlx::Error> {
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT g.zaak_id, g.gegevens, g.door_rol, g.op FROM zaken z CROSS JOIN zaak_gebeurtenissen g \
         WHERE z.eigenaar_id = $1 AND g.zaak_id = z.id AND g.soort = 'correctieverzoek' \
         ORDER BY g.op DESC, g.zaak_id DESC, g.volgnummer DESC LIMIT {}",
        aantal.max(0)
    )))
    .bind(eigenaar_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.reverse();
    let mut zaken: Vec<String> = Vec::new();
    for row in &rows {
        let zaak: String = row.try_get("zaak_id")?;
        if !zaken.contains(&zaak) {
            zaken.push(zaak);
        }
    }
    rows.extend(antwoorden(conn, eigenaar_id, &zaken).await?);
    vouw(&rows)
}

/// The steps that answer a request on these cases of this resident, in order.
async fn antwoorden(
    conn: &mut AnyConnection,
    eigenaar_id: &str,
    zaken: &[String],
) -> Result<Vec<sqlx::any::AnyRow>, sqlx::Error> {
    if zaken.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT g.zaak_id, g.gegevens, g.door_rol, g.op, p.naam \
         FROM zaken z CROSS JOIN zaak_gebeurtenissen g LEFT JOIN personen p ON p.id = g.door_persoon_id \
         WHERE z.eigenaar_id = $1 AND z.id IN ({}) AND g.zaak_id = z.id \
         AND g.soort = 'correctie_beantwoord' ORDER BY g.op, g.zaak_id, g.volgnummer",
        db::plekken(2, zaken.len())
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(eigenaar_id)
        .bind_alle(zaken)
        .fetch_all(conn)
        .await
}

/// Requests with their answers, from their steps in order.
fn vouw(rows: &[sqlx::any::AnyRow]) -> Result<Vec<(String, Verzoek)>, sqlx::Error> {
    let mut uit: Vec<(String, Verzoek)> = Vec::new();
    for row in rows {
        let zaak_id: String = row.try_get("zaak_id")?;
        let gegevens: String = row.try_get("gegevens")?;
        let door: String = row.try_get("door_rol")?;
        let op = db::moment(row, "op")?;
        match serde_json::from_str(&gegevens)
            .map_err(|e| sqlx::Error::Decode(format!("correctie: {e}").into()))?
        {
            Correctie::Correctieverzoek {
                verzoek_id,
                wat,
                moet_zijn,
            } => uit.push((
                zaak_id,
                Verzoek {
                    id: verzoek_id,
                    wat,
                    moet_zijn,
                    op,
                    door: Door::from_code(&door)
                        .ok_or_else(|| db::unreadable("door_rol", &door))?,
                    antwoord: None,
                },
            )),
            Correctie::CorrectieBeantwoord {
                verzoek_id,
                antwoord,
                gecorrigeerd,
            } => {
                if let Some((_, v)) = uit
                    .iter_mut()
                    .find(|(z, v)| *z == zaak_id && v.id == verzoek_id)
                {
                    v.antwoord = Some(Antwoord {
                        tekst: antwoord,
                        gecorrigeerd,
                        op,
                        door_naam: row.try_get("naam")?,
                    });
                }
            }
        }
    }
    Ok(uit)
}

/// Locks the case's row until the end of the caller's transaction: a second request (a double click, two
/// members of staff) waits, then reads what the first wrote.
async fn vergrendel(conn: &mut AnyConnection, zaak_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE zaken SET bijgewerkt_op = bijgewerkt_op WHERE id = $1")
        .bind(zaak_id)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Records a resident's request on their own case, inside the caller's write transaction. `false`, and
/// nothing written, when this form (its key `id`) was sent before.
pub async fn vraag(
    conn: &mut AnyConnection,
    zaak: &Kern,
    wie: &PersoonId,
    id: &str,
    wat: &str,
    moet_zijn: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    vergrendel(conn, &zaak.id).await?;
    if verzoeken(&mut *conn, &zaak.id)
        .await?
        .iter()
        .any(|v| v.id == id)
    {
        return Ok(false);
    }
    let stap = Correctie::Correctieverzoek {
        verzoek_id: id.to_owned(),
        wat: wat.to_owned(),
        moet_zijn: moet_zijn.to_owned(),
    };
    let gegevens = serde_json::to_string(&stap)
        .map_err(|e| sqlx::Error::Encode(format!("correctie: {e}").into()))?;
    stap::leg_vast_kern(
        conn,
        &zaak.id,
        Auteur::persoon(wie, Door::Inwoner),
        stap.soort(),
        &gegevens,
        now,
    )
    .await?;
    Ok(true)
}

/// Records staff's answer to a request in one transaction, logs it, and tells the resident (and the helpers
/// who get their mail) that there is an answer. `false`, and nothing written, when it was answered already (a
/// double click, or a colleague at the same moment); not found when the case has no such request.
pub async fn beantwoord(
    app: &AppState,
    zaak: &Kern,
    wie: &Person,
    verzoek_id: &str,
    antwoord: &str,
    gecorrigeerd: bool,
) -> AppResult<bool> {
    let now = app.clock.now();
    let eigenaar = zaak.eigenaar_id.as_ref().ok_or(AppError::NotFound)?;
    let mut tx = app.db.begin_write().await?;
    vergrendel(&mut tx, &zaak.id).await?;
    let verzoek = verzoeken(&mut *tx, &zaak.id)
        .await?
        .into_iter()
        .find(|v| v.id == verzoek_id)
        .ok_or(AppError::NotFound)?;
    if verzoek.antwoord.is_some() {
        tx.rollback().await?;
        return Ok(false);
    }
    let stap = Correctie::CorrectieBeantwoord {
        verzoek_id: verzoek_id.to_owned(),
        antwoord: antwoord.to_owned(),
        gecorrigeerd,
    };
    let gegevens =
        serde_json::to_string(&stap).map_err(|e| AppError::Internal(format!("correctie: {e}")))?;
    let als = super::door(wie, false);
    stap::leg_vast_kern(
        &mut tx,
        &zaak.id,
        Auteur::persoon(&wie.id, als),
        stap.soort(),
        &gegevens,
        now,
    )
    .await?;
    toegang::schrijf(
        &mut tx,
        &zaak.id,
        wie,
        toegang::Handeling::Gewijzigd,
        IN_LOG,
        None,
        now,
    )
    .await?;
    let link = format!("{}{}", app.config.base_url, inwoner_pad(zaak));
    ontvangers::vertel(
        &mut tx,
        app,
        zaak.regeling,
        Eigenaar::Persoon(eigenaar),
        true,
        |tr, adres| Some(bericht(tr, adres, &zaak.referentie, &link)),
    )
    .await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(true)
}

/// Where the resident reads the case, and so the answer.
pub fn inwoner_pad(zaak: &Kern) -> String {
    super::bezwaar::inwoner_pad(zaak.regeling, &zaak.id).unwrap_or_else(|| "/mijn-gegevens".into())
}

/// The mail about an answer: that there is one and where to read it, never what it says.
fn bericht(tr: &Tr, adres: String, referentie: &str, link: &str) -> Email {
    Email {
        to: adres,
        greeting: None,
        subject: tr.ta(
            msg::ZAAK_CORRECTIE_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![tr.t(msg::ZAAK_CORRECTIE_MAIL_TEKST)],
        action: Some((tr.t(msg::ZAAK_MAIL_KNOP), link.to_owned())),
        after: vec![tr.t(msg::ZAAK_MAIL_PRIVACY)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The requests on a resident's case page: each with its answer or that one will come; for the resident
/// acting for themselves (`zelf`) also the way to ask one. Nothing for a helper when there are none.
pub async fn inwoner_blok(
    ctx: &Ctx,
    conn: &mut sqlx::AnyConnection,
    id: &ZaakId,
    zelf: bool,
) -> AppResult<Markup> {
    let lijst = verzoeken(conn, id).await?;
    if lijst.is_empty() && !zelf {
        return Ok(html! {});
    }
    let lang = ctx.lang();
    Ok(html! {
        section aria-labelledby="correcties" {
            h2 id="correcties" { (ctx.t(msg::ZAAK_CORRECTIE_TITEL)) }
            @if lijst.is_empty() {
                p { (ctx.t(msg::ZAAK_CORRECTIE_GEEN)) }
            }
            @for v in &lijst {
                div.loket-correctie {
                    p { strong { (ctx.tr.ta(msg::ZAAK_CORRECTIE_GEVRAAGD, &[("datum", datum(super::dag(v.op), lang).into())])) } }
                    p { (v.wat) }
                    @match &v.antwoord {
                        Some(a) => {
                            p { (ctx.tr.ta(msg::ZAAK_CORRECTIE_ANTWOORD_OP, &[("datum", datum(super::dag(a.op), lang).into())])) }
                            (ui::van_gemeente(&ctx.tr, &a.tekst))
                            p { (ctx.t(if a.gecorrigeerd { msg::ZAAK_CORRECTIE_GECORRIGEERD } else { msg::ZAAK_CORRECTIE_NIET_GECORRIGEERD })) }
                        }
                        None => p { (ctx.t(msg::ZAAK_CORRECTIE_WACHT)) },
                    }
                }
            }
            @if zelf {
                p { a href={ "/mijn-gegevens/correctie?zaak=" (id) } { (ctx.t(msg::ZAAK_CORRECTIE_VRAGEN_LINK)) } }
            }
        }
    })
}

/// The requests on the staff page of a case of any scheme: what the resident asked, the answer given, and a
/// form for each request still open. Nothing when there are none.
pub async fn staf_blok(ctx: &Ctx, id: &ZaakId) -> AppResult<Markup> {
    let lijst = verzoeken(&ctx.app.db.pool, id).await?;
    if lijst.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section aria-labelledby="correcties" {
            h2 id="correcties" { (ctx.tr.ta(msg::ZAAK_CORRECTIE_STAF_TITEL, &[("aantal", lijst.len().into())])) }
            @for v in &lijst {
                (staf_verzoek(ctx, id, v, &Invoer::default(), &FieldErrors::new(), false))
            }
        }
    })
}

/// One request for staff, with the form to answer it while it is open; with `eigen_pagina` on a page of its
/// own, where its heading is the first below the page's title.
fn staf_verzoek(
    ctx: &Ctx,
    id: &str,
    v: &Verzoek,
    invoer: &Invoer,
    errors: &FieldErrors,
    eigen_pagina: bool,
) -> Markup {
    let lang = ctx.lang();
    let veld = |naam: &str| format!("{naam}-{}", v.id);
    html! {
        div.loket-correctie {
            @let kop = ctx.tr.ta(msg::ZAAK_CORRECTIE_STAF_VERZOEK, &[("datum", crate::i18n::tijdstip(v.op, lang).into())]);
            @if eigen_pagina { h2 { (kop) } } @else { h3 { (kop) } }
            (ui::summary_list(&ctx.tr, &[
                ui::SummaryRow::new(ctx.t(msg::ZAAK_CORRECTIE_WAT), v.wat.as_str()),
                ui::SummaryRow::new(ctx.t(msg::ZAAK_CORRECTIE_MOET_ZIJN), if v.moet_zijn.is_empty() { ctx.t(msg::ZAAK_CORRECTIE_ONBEKEND) } else { v.moet_zijn.clone() }),
            ]))
            @match &v.antwoord {
                Some(a) => {
                    p { (ctx.tr.ta(msg::ZAAK_CORRECTIE_STAF_BEANTWOORD, &[
                        ("datum", crate::i18n::tijdstip(a.op, lang).into()),
                        ("naam", a.door_naam.clone().unwrap_or_default().into()),
                    ])) }
                    (ui::alinea(&a.tekst))
                    p { (ctx.t(if a.gecorrigeerd { msg::ZAAK_CORRECTIE_GECORRIGEERD } else { msg::ZAAK_CORRECTIE_NIET_GECORRIGEERD })) }
                }
                None => {
                    form method="post" action={ "/medewerker/zaak/" (id) "/correctie" } novalidate {
                        input type="hidden" name="verzoek" value=(v.id);
                        @let antwoord = veld("antwoord");
                        @let gecorrigeerd = veld("gecorrigeerd");
                        (ui::Field::new(&antwoord, ctx.t(msg::ZAAK_CORRECTIE_STAF_ANTWOORD))
                            .hint(ctx.t(msg::ZAAK_CORRECTIE_STAF_ANTWOORD_HINT))
                            .value(invoer.get(&antwoord))
                            .errors(errors)
                            .textarea(&ctx.tr, 4, Some(MAX_TEKST as u32)))
                        (ui::Field::new(&gecorrigeerd, ctx.t(msg::ZAAK_CORRECTIE_STAF_GECORRIGEERD))
                            .value(invoer.get(&gecorrigeerd))
                            .errors(errors)
                            .radios(&ctx.tr, &[
                                ui::Choice::new("ja", ctx.t(msg::ZAAK_CORRECTIE_STAF_JA)),
                                ui::Choice::new("nee", ctx.t(msg::ZAAK_CORRECTIE_STAF_NEE)),
                            ]))
                        (ui::Button::primary(ctx.t(msg::ZAAK_CORRECTIE_STAF_KNOP)))
                    }
                }
            }
        }
    }
}

/// The answer's form as sent: the text and the choice, or the errors beside them.
fn lees(invoer: &Invoer, verzoek: &str, tr: &Tr) -> Result<(String, bool), FieldErrors> {
    let mut errors = FieldErrors::new();
    let antwoord_veld = format!("antwoord-{verzoek}");
    let keuze_veld = format!("gecorrigeerd-{verzoek}");
    let antwoord = invoer.get(&antwoord_veld).trim().to_owned();
    if antwoord.is_empty() {
        errors.add(&antwoord_veld, tr.t(msg::ZAAK_CORRECTIE_FOUT_ANTWOORD));
    } else if antwoord.chars().count() > MAX_TEKST {
        errors.add(
            &antwoord_veld,
            tr.ta(
                msg::ZAAK_CORRECTIE_FOUT_TE_LANG,
                &[("aantal", MAX_TEKST.into())],
            ),
        );
    }
    let gecorrigeerd = match invoer.get(&keuze_veld) {
        "ja" => Some(true),
        "nee" => Some(false),
        _ => {
            errors.add(&keuze_veld, tr.t(msg::ZAAK_CORRECTIE_FOUT_KEUZE));
            None
        }
    };
    match gecorrigeerd {
        Some(g) if errors.is_empty() => Ok((antwoord, g)),
        _ => Err(errors),
    }
}

/// `POST /medewerker/zaak/{id}/correctie`: the answer to a request, for a case of any scheme. Errors come back
/// on a page of their own with the request, the form, the typed text and the errors beside the fields.
async fn beantwoorden(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(velden): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let zaak = poort::zaak(&ctx.app, &id).await?;
    let terug = kern::staf_pad(zaak.regeling, &zaak.id);
    if !poort::mag_zien(&ctx.app, &ik, &zaak).await? {
        return Ok(see_other(&terug));
    }
    let invoer = Invoer(velden);
    let lijst = verzoeken(&ctx.app.db.pool, &zaak.id).await?;
    // Without a request that waits (none was chosen, or it was answered meanwhile) there is nothing to do.
    let Some(verzoek) = lijst
        .iter()
        .find(|v| v.id == invoer.get("verzoek") && v.antwoord.is_none())
    else {
        return Ok(see_other(&format!("{terug}#correcties")));
    };
    let (antwoord, gecorrigeerd) = match lees(&invoer, &verzoek.id, &ctx.tr) {
        Ok(gelezen) => gelezen,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                antwoord_pagina(&ctx, &zaak, verzoek, &invoer, &errors),
            )
                .into_response());
        }
    };
    beantwoord(&ctx.app, &zaak, &ik, &verzoek.id, &antwoord, gecorrigeerd).await?;
    Ok(see_other(&format!("{terug}#correcties")))
}

/// The answer's form with its errors, on a page of its own.
fn antwoord_pagina(
    ctx: &Ctx,
    zaak: &Kern,
    verzoek: &Verzoek,
    invoer: &Invoer,
    errors: &FieldErrors,
) -> Markup {
    let terug = kern::staf_pad(zaak.regeling, &zaak.id);
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::ZAAK_CORRECTIE_STAF_PAGINA,
            &[("referentie", zaak.referentie.as_str().into())],
        ),
    )
    .back(terug, ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(staf_verzoek(ctx, &zaak.id, verzoek, invoer, errors, true))
}
