//! The SQL of the right to challenge: initiatives and their members, proposals with their budget lines and
//! attachments, the municipality's steps, questions and decision, residents' support and the access log.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{Status, Uitkomst, Vorm, lid_adres};
use super::stap::Gebeurtenis;
use crate::auth::Person;
use crate::db;
use crate::geld::Bedrag;
use crate::ids::{PersoonId, ZaakId};
use crate::token;
use crate::zaken::document::{self, BestandType};
use crate::zaken::domain::Door;
use crate::zaken::kern;
use crate::zaken::stap::{self, Auteur, leg_vast};
use crate::zaken::toegang;

mod initiatief;
mod logboek;
mod stappen;

pub use initiatief::*;
pub use logboek::*;
pub use stappen::*;

fn ts(r: &AnyRow, kolom: &str) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    db::moment_opt(r, kolom)
}

fn moment(r: &AnyRow, kolom: &str) -> Result<OffsetDateTime, sqlx::Error> {
    db::moment(r, kolom)
}

/// A budget line: as typed, and its amount in cents once sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Regel {
    pub post: String,
    pub bedrag: String,
    pub bedrag_centen: Option<Bedrag>,
}

impl Regel {
    pub fn is_leeg(&self) -> bool {
        self.post.trim().is_empty() && self.bedrag.trim().is_empty()
    }
}

/// An attachment, without its bytes.
#[derive(Clone, Debug)]
pub struct Bijlage {
    pub id: String,
    pub naam: String,
    pub soort: BestandType,
    pub grootte: i64,
    /// Where it stands with its virus scan.
    pub controle: document::Controle,
}

/// A question of the municipality and the initiative's answer.
#[derive(Clone, Debug)]
pub struct Vraag {
    pub id: String,
    pub vraag: String,
    pub gesteld_op: OffsetDateTime,
    pub antwoord: Option<String>,
    pub beantwoord_op: Option<OffsetDateTime>,
}

/// A proposal with everything its pages show.
#[derive(Clone, Debug)]
pub struct Voorstel {
    pub id: ZaakId,
    pub initiatief_id: String,
    pub initiatief_naam: String,
    pub status: Status,
    pub referentie: Option<String>,
    pub taak: String,
    pub wat: String,
    pub voor_wie: String,
    /// The codes ticked ("beter", "goedkoper", "dichterbij").
    pub waarom_soort: Vec<String>,
    pub waarom: String,
    pub betrokkenen: String,
    pub draagvlak: String,
    pub start_dag: String,
    pub start_maand: String,
    pub start_jaar: String,
    /// "ja", "nee" or "" (not answered yet).
    pub openbaar: String,
    pub startdatum: Option<Date>,
    pub budget_centen: Option<Bedrag>,
    pub versie: i64,
    pub gewijzigd_op: OffsetDateTime,
    /// Who saved last: a second post of one person's own form is no conflict.
    pub gewijzigd_door: String,
    pub ingediend_op: Option<OffsetDateTime>,
    pub gesprek_op: Option<OffsetDateTime>,
    pub gesprek_bericht: Option<String>,
    pub besloten_op: Option<OffsetDateTime>,
    pub uitkomst: Option<Uitkomst>,
    pub toelichting: Option<String>,
    pub regels: Vec<Regel>,
    pub bijlagen: Vec<Bijlage>,
    pub vragen: Vec<Vraag>,
    /// How many residents support it.
    pub steun: i64,
}

impl Voorstel {
    /// Shown on the public page: sent, and the initiative chose to publish it.
    pub fn is_openbaar(&self) -> bool {
        self.status != Status::Concept && self.openbaar == "ja"
    }

    /// Whether the answers as typed are the same as `ander`'s (attachments aside).
    pub fn zelfde_antwoorden(&self, ander: &Voorstel) -> bool {
        let regels = |v: &Voorstel| -> Vec<(String, String)> {
            v.gevulde_regels()
                .map(|r| (r.post.clone(), r.bedrag.clone()))
                .collect()
        };
        let teksten = |v: &Voorstel| {
            [
                v.taak.clone(),
                v.wat.clone(),
                v.voor_wie.clone(),
                v.waarom_soort.join(","),
                v.waarom.clone(),
                v.betrokkenen.clone(),
                v.draagvlak.clone(),
                v.start_dag.clone(),
                v.start_maand.clone(),
                v.start_jaar.clone(),
                v.openbaar.clone(),
            ]
        };
        teksten(self) == teksten(ander) && regels(self) == regels(ander)
    }

    /// The budget lines that have something in them.
    pub fn gevulde_regels(&self) -> impl Iterator<Item = &Regel> {
        self.regels.iter().filter(|r| !r.is_leeg())
    }
}

const VOORSTEL_KOLOMMEN: &str = "v.id, v.initiatief_id, i.naam AS initiatief_naam, v.status, v.referentie, \
     v.taak, v.wat, v.voor_wie, v.waarom_soort, v.waarom, v.betrokkenen, v.draagvlak, v.start_dag, \
     v.start_maand, v.start_jaar, v.openbaar, v.startdatum, v.budget_centen, v.versie, v.gewijzigd_op, v.gewijzigd_door, \
     v.ingediend_op, v.gesprek_op, v.gesprek_bericht, v.besloten_op, v.uitkomst, v.toelichting, \
     (SELECT COUNT(*) FROM uitdaag_steun s WHERE s.voorstel_id = v.id) AS steun";

/// The proposal's status from a row's `status` column.
fn status_uit(r: &AnyRow) -> Result<Status, sqlx::Error> {
    let code: String = r.try_get("status")?;
    Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code))
}

fn voorstel_uit(r: &AnyRow) -> Result<Voorstel, sqlx::Error> {
    let soort: String = r.try_get("waarom_soort")?;
    Ok(Voorstel {
        id: r.try_get("id")?,
        initiatief_id: r.try_get("initiatief_id")?,
        initiatief_naam: r.try_get("initiatief_naam")?,
        status: status_uit(r)?,
        referentie: r.try_get("referentie")?,
        taak: r.try_get("taak")?,
        wat: r.try_get("wat")?,
        voor_wie: r.try_get("voor_wie")?,
        waarom_soort: soort
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        waarom: r.try_get("waarom")?,
        betrokkenen: r.try_get("betrokkenen")?,
        draagvlak: r.try_get("draagvlak")?,
        start_dag: r.try_get("start_dag")?,
        start_maand: r.try_get("start_maand")?,
        start_jaar: r.try_get("start_jaar")?,
        openbaar: r.try_get("openbaar")?,
        startdatum: r
            .try_get::<Option<String>, _>("startdatum")?
            .as_deref()
            .and_then(db::parse_date),
        budget_centen: r.try_get("budget_centen")?,
        versie: r.try_get("versie")?,
        gewijzigd_op: moment(r, "gewijzigd_op")?,
        gewijzigd_door: r.try_get("gewijzigd_door")?,
        ingediend_op: ts(r, "ingediend_op")?,
        gesprek_op: ts(r, "gesprek_op")?,
        gesprek_bericht: r.try_get("gesprek_bericht")?,
        besloten_op: ts(r, "besloten_op")?,
        uitkomst: r
            .try_get::<Option<String>, _>("uitkomst")?
            .as_deref()
            .and_then(Uitkomst::from_code),
        toelichting: r.try_get("toelichting")?,
        regels: Vec::new(),
        bijlagen: Vec::new(),
        vragen: Vec::new(),
        steun: r.try_get("steun")?,
    })
}

/// Reads the budget lines, attachments and questions of `v`.
async fn vul(conn: &mut AnyConnection, v: &mut Voorstel) -> Result<(), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT post, bedrag, bedrag_centen FROM uitdaag_begroting WHERE voorstel_id = $1 ORDER BY volgorde",
    )
    .bind(&v.id)
    .fetch_all(&mut *conn)
    .await?;
    v.regels = rows
        .iter()
        .map(|r| {
            Ok(Regel {
                post: r.try_get("post")?,
                bedrag: r.try_get("bedrag")?,
                bedrag_centen: r.try_get("bedrag_centen")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    v.bijlagen = document::van_zaak(&mut *conn, &v.id)
        .await?
        .into_iter()
        .map(bijlage_uit)
        .collect();
    let rows = sqlx::query(
        "SELECT id, vraag, gesteld_op, antwoord, beantwoord_op FROM uitdaag_vragen WHERE voorstel_id = $1 \
         ORDER BY gesteld_op, id",
    )
    .bind(&v.id)
    .fetch_all(&mut *conn)
    .await?;
    v.vragen = rows
        .iter()
        .map(|r| {
            Ok(Vraag {
                id: r.try_get("id")?,
                vraag: r.try_get("vraag")?,
                gesteld_op: moment(r, "gesteld_op")?,
                antwoord: r.try_get("antwoord")?,
                beantwoord_op: ts(r, "beantwoord_op")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok(())
}

fn bijlage_uit(d: document::Document) -> Bijlage {
    Bijlage {
        id: d.id,
        naam: d.naam,
        soort: d.type_,
        grootte: d.grootte,
        controle: d.controle,
    }
}

/// Throws away the draft proposal `id` of this initiative, inside the caller's write transaction: its text,
/// its budget lines, and what the kernel keeps of it (its attachments and access log,
/// [`crate::zaken::concept::wis`]). `false` when there is no such draft: another initiative's, or sent already.
pub async fn verwijder_concept(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    initiatief_id: &str,
) -> Result<bool, sqlx::Error> {
    use crate::zaken::concept;
    if !concept::is_concept(
        conn,
        backend,
        "uitdaag_voorstellen",
        "initiatief_id",
        id,
        initiatief_id,
    )
    .await?
    {
        return Ok(false);
    }
    for sql in [
        "DELETE FROM uitdaag_begroting WHERE voorstel_id = $1",
        "DELETE FROM uitdaag_vragen WHERE voorstel_id = $1",
        "DELETE FROM uitdaag_steun WHERE voorstel_id = $1",
        "DELETE FROM uitdaag_voorstellen WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    concept::wis(conn, id).await?;
    Ok(true)
}

/// One proposal, complete.
pub async fn voorstel(conn: &mut AnyConnection, id: &str) -> Result<Option<Voorstel>, sqlx::Error> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {VOORSTEL_KOLOMMEN} FROM uitdaag_voorstellen v JOIN initiatieven i ON i.id = v.initiatief_id \
         WHERE v.id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let mut v = voorstel_uit(&row)?;
    vul(conn, &mut v).await?;
    Ok(Some(v))
}

/// Proposals without their lines and attachments, for lists, that meet `waar`; `$1` in it is `initiatief_id`.
async fn voorstellen(
    conn: &mut AnyConnection,
    waar: &str,
    initiatief_id: Option<&str>,
) -> Result<Vec<Voorstel>, sqlx::Error> {
    let query = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {VOORSTEL_KOLOMMEN} FROM uitdaag_voorstellen v JOIN initiatieven i ON i.id = v.initiatief_id \
         WHERE {waar} ORDER BY CASE v.status WHEN 'ontvangen' THEN 0 WHEN 'in_gesprek' THEN 1 \
         WHEN 'concept' THEN 2 ELSE 3 END, v.ingediend_op, v.gewijzigd_op, v.id"
    )));
    let query = match initiatief_id {
        Some(id) => query.bind(id),
        None => query,
    };
    let rows = query.fetch_all(conn).await?;
    rows.iter().map(voorstel_uit).collect()
}

/// An initiative's proposals, drafts included.
pub async fn van_initiatief(
    conn: &mut AnyConnection,
    initiatief_id: &str,
) -> Result<Vec<Voorstel>, sqlx::Error> {
    voorstellen(conn, "v.initiatief_id = $1", Some(initiatief_id)).await
}

/// The order of the public page, as the index `uitdaag_voorstellen_openbaar` (migration 28) has it: open ones
/// first, the oldest first.
const OPENBAAR_VOLGORDE: &str = "CASE status WHEN 'ontvangen' THEN 0 WHEN 'in_gesprek' THEN 1 ELSE 3 END, \
     ingediend_op, id";

/// A published proposal as the public list shows it.
#[derive(Clone, Debug)]
pub struct InLijst {
    pub id: ZaakId,
    pub taak: String,
    pub initiatief_naam: String,
    pub status: Status,
    /// How many residents support it.
    pub steun: i64,
}

/// Every published proposal in the public list's order, each with its initiative's name and its support
/// counted, in one query: the list is kept in memory for a moment ([`crate::App::voorstellen`]) and every
/// page of it is a slice, so a visitor's page of the list runs no query.
pub async fn openbare_lijst<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<InLijst>, sqlx::Error> {
    let sql = format!(
        "SELECT v.id, v.taak, v.status, \
         (SELECT i.naam FROM initiatieven i WHERE i.id = v.initiatief_id) AS initiatief_naam, \
         (SELECT COUNT(*) FROM uitdaag_steun s WHERE s.voorstel_id = v.id) AS steun \
         FROM uitdaag_voorstellen v WHERE v.status <> 'concept' AND v.openbaar = 'ja' \
         ORDER BY {OPENBAAR_VOLGORDE}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(|r| {
            Ok(InLijst {
                id: r.try_get("id")?,
                taak: r.try_get("taak")?,
                initiatief_naam: r.try_get("initiatief_naam")?,
                status: status_uit(r)?,
                steun: r.try_get("steun")?,
            })
        })
        .collect()
}

/// A new empty draft for an initiative, made by the form with key `sleutel`; a second post of that form
/// finds the first draft (`false`).
pub async fn nieuw_voorstel(
    conn: &mut AnyConnection,
    initiatief_id: &str,
    door: &str,
    sleutel: Option<&str>,
    now: OffsetDateTime,
) -> Result<(ZaakId, bool), sqlx::Error> {
    let id = ZaakId::new(token::new_id());
    let done = sqlx::query(
        "INSERT INTO uitdaag_voorstellen (id, initiatief_id, aangemaakt_op, aangemaakt_door, gewijzigd_op, \
         gewijzigd_door, sleutel) VALUES ($1, $2, $3, $4, $3, $4, $5) ON CONFLICT (initiatief_id, sleutel) DO NOTHING",
    )
    .bind(&id)
    .bind(initiatief_id)
    .bind(db::ts(now))
    .bind(door)
    .bind(sleutel)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        return Ok((id, true));
    }
    let bestaand: ZaakId = sqlx::query_scalar(
        "SELECT id FROM uitdaag_voorstellen WHERE initiatief_id = $1 AND sleutel = $2",
    )
    .bind(initiatief_id)
    .bind(sleutel)
    .fetch_one(&mut *conn)
    .await?;
    Ok((bestaand, false))
}

/// What saving a draft did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bewaard {
    Ja,
    /// Another member saved since this form was opened: nothing written.
    Verouderd,
    /// Sent meanwhile: nothing written.
    GeenConcept,
}

/// Saves a draft as typed when it is still at `versie`, and raises the version. The budget lines are
/// replaced by the non-empty ones of `v`.
pub async fn bewaar_concept(
    conn: &mut AnyConnection,
    v: &Voorstel,
    versie: i64,
    door: &str,
    now: OffsetDateTime,
) -> Result<Bewaard, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET taak = $3, wat = $4, voor_wie = $5, waarom_soort = $6, waarom = $7, \
         betrokkenen = $8, draagvlak = $9, start_dag = $10, start_maand = $11, start_jaar = $12, openbaar = $13, \
         versie = versie + 1, gewijzigd_op = $14, gewijzigd_door = $15 \
         WHERE id = $1 AND versie = $2 AND status = 'concept'",
    )
    .bind(&v.id)
    .bind(versie)
    .bind(&v.taak)
    .bind(&v.wat)
    .bind(&v.voor_wie)
    .bind(v.waarom_soort.join(","))
    .bind(&v.waarom)
    .bind(&v.betrokkenen)
    .bind(&v.draagvlak)
    .bind(&v.start_dag)
    .bind(&v.start_maand)
    .bind(&v.start_jaar)
    .bind(&v.openbaar)
    .bind(db::ts(now))
    .bind(door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        let status: Option<String> =
            sqlx::query_scalar("SELECT status FROM uitdaag_voorstellen WHERE id = $1")
                .bind(&v.id)
                .fetch_optional(&mut *conn)
                .await?;
        return Ok(match status.as_deref() {
            Some("concept") => Bewaard::Verouderd,
            _ => Bewaard::GeenConcept,
        });
    }
    sqlx::query("DELETE FROM uitdaag_begroting WHERE voorstel_id = $1")
        .bind(&v.id)
        .execute(&mut *conn)
        .await?;
    for (i, r) in v.gevulde_regels().enumerate() {
        sqlx::query(
            "INSERT INTO uitdaag_begroting (voorstel_id, volgorde, post, bedrag) VALUES ($1, $2, $3, $4)",
        )
        .bind(&v.id)
        .bind(i64::try_from(i).unwrap_or(i64::MAX))
        .bind(&r.post)
        .bind(&r.bedrag)
        .execute(&mut *conn)
        .await?;
    }
    Ok(Bewaard::Ja)
}

/// The kind of the documents of a proposal.
pub const BIJLAGE: &str = "bijlage";

/// Stores an attachment with a draft: nothing when it is no draft any more, or when it has these bytes
/// already (the same upload sent twice).
pub async fn bewaar_bijlage(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    naam: &str,
    soort: BestandType,
    inhoud: &[u8],
    door: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if !neem_concept(conn, voorstel_id).await? {
        return Ok(());
    }
    let nieuw = document::Nieuw {
        soort: BIJLAGE,
        naam,
        type_: soort,
        inhoud,
    };
    document::bewaar(
        conn,
        &token::new_id(),
        voorstel_id,
        &nieuw,
        Some(door),
        now,
        true,
    )
    .await?;
    Ok(())
}

/// Removes an attachment from a draft.
pub async fn verwijder_bijlage(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    bijlage_id: &str,
) -> Result<(), sqlx::Error> {
    if neem_concept(conn, voorstel_id).await? {
        document::verwijder(conn, voorstel_id, bijlage_id).await?;
    }
    Ok(())
}

/// Takes the draft for sending: locks its row until the transaction ends, so that a save from another tab
/// waits. `false` when it is no draft any more.
pub async fn neem_concept(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET versie = versie WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What sending writes: the checked values.
pub struct Ingediend<'a> {
    pub referentie: &'a str,
    pub startdatum: Date,
    /// The amount of each filled budget line, in their order.
    pub bedragen: &'a [Bedrag],
    pub door: &'a PersoonId,
    pub op: OffsetDateTime,
}

/// Sends a draft; `false` when it was sent already.
pub async fn dien_in(
    conn: &mut AnyConnection,
    id: &ZaakId,
    i: &Ingediend<'_>,
) -> Result<bool, sqlx::Error> {
    let totaal: Bedrag = i.bedragen.iter().sum();
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET status = 'ontvangen', referentie = $2, startdatum = $3, \
         budget_centen = $4, ingediend_op = $5, ingediend_door = $6 WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(i.referentie)
    .bind(db::date(i.startdatum))
    .bind(totaal)
    .bind(db::ts(i.op))
    .bind(i.door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    for (volgorde, bedrag) in i.bedragen.iter().enumerate() {
        sqlx::query(
            "UPDATE uitdaag_begroting SET bedrag_centen = $3 WHERE voorstel_id = $1 AND volgorde = $2",
        )
        .bind(id)
        .bind(i64::try_from(volgorde).unwrap_or(i64::MAX))
        .bind(*bedrag)
        .execute(&mut *conn)
        .await?;
    }
    let (initiatief_id, naam): (String, String) = sqlx::query_as(
        "SELECT i.id, i.naam FROM uitdaag_voorstellen v JOIN initiatieven i ON i.id = v.initiatief_id \
         WHERE v.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let zaak = kern::NieuweZaak {
        id,
        regeling: kern::Regeling::Uitdaagrecht,
        eigenaar: kern::Eigenaar::Initiatief(&initiatief_id),
        referentie: i.referentie,
        naam: Some(&naam),
    };
    let auteur = Auteur::persoon(i.door, Door::Inwoner);
    stap::openen(conn, &zaak, auteur, &Gebeurtenis::Ingediend, i.op).await?;
    Ok(true)
}
