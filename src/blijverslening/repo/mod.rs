//! The SQL of blijverslening applications, their owners, uploads and access log.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{Kosten, Reden, Soort, Weigergrond};
use super::stap::Gebeurtenis;
use crate::db;
use crate::geld::Bedrag;
use crate::ids::{PersoonId, ZaakId};
use crate::zaken::document::{self, BestandType};
use crate::zaken::domain::Door;
use crate::zaken::kern;
use crate::zaken::stap::{self, Auteur, leg_vast};
use crate::zaken::toegang;

mod budget;
mod eigenaren;
mod logboek;
mod stukken;

pub use budget::*;
pub use eigenaren::*;
pub use logboek::*;
pub use stukken::*;

/// Where an application stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Saved, not sent.
    Concept,
    /// Sent; not every co-owner has said yes.
    WachtOpEigenaren,
    /// Complete: staff decide.
    Ingediend,
    /// A co-owner said no: the application stops.
    Gestopt,
    /// Staff decided.
    Besloten,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Concept => "concept",
            Status::WachtOpEigenaren => "wacht_op_eigenaren",
            Status::Ingediend => "ingediend",
            Status::Gestopt => "gestopt",
            Status::Besloten => "besloten",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "concept" => Some(Status::Concept),
            "wacht_op_eigenaren" => Some(Status::WachtOpEigenaren),
            "ingediend" => Some(Status::Ingediend),
            "gestopt" => Some(Status::Gestopt),
            "besloten" => Some(Status::Besloten),
            _ => None,
        }
    }
}

/// The address of the house.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adres {
    /// Street and house number.
    pub straat: String,
    /// Written `2611 AB`.
    pub postcode: String,
    pub plaats: String,
}

/// The resident's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gegevens {
    pub naam: String,
    pub geboortedatum: Date,
    /// `None` for an application sent before the form asked for it.
    pub adres: Option<Adres>,
    pub reden: Reden,
    pub maatregelen: String,
    pub kosten: Kosten,
    pub soort: Soort,
    pub looptijd: u8,
    pub bedrag: Bedrag,
    pub geplande_datum: Date,
}

/// The decision of staff.
#[derive(Clone, Debug)]
pub struct Besluit {
    /// `Some` amount: a provisional allocation; `None`: refused on `grond`.
    pub bedrag: Option<Bedrag>,
    pub grond: Option<Weigergrond>,
    pub reden: String,
    pub datum: Date,
}

/// A stored application that was sent (or a draft of an earlier version, whose answers are in their columns).
#[derive(Clone, Debug)]
pub struct Aanvraag {
    pub id: ZaakId,
    pub inwoner_id: PersoonId,
    pub status: Status,
    pub referentie: Option<String>,
    pub gegevens: Gegevens,
    pub aangemaakt_op: OffsetDateTime,
    pub ingediend_op: Option<OffsetDateTime>,
    pub besluit: Option<Besluit>,
}

impl Aanvraag {
    /// `Some(true)` when the loan was allocated, `Some(false)` when refused, `None` before a decision.
    pub fn toegekend(&self) -> Option<bool> {
        self.besluit.as_ref().map(|b| b.bedrag.is_some())
    }
}

const KOLOMMEN: &str = "id, inwoner_id, status, referentie, naam, geboortedatum, straat, postcode, plaats, reden, \
     maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, geplande_datum, \
     aangemaakt_op, ingediend_op, besluit, besluit_bedrag, besluit_grond, besluit_reden, besluit_datum";

/// Only rows whose answers are in their columns: a draft that keeps its answers as typed has none there.
const MET_ANTWOORDEN: &str = "invoer IS NULL";

fn datum(row: &AnyRow, kolom: &str) -> Result<Date, sqlx::Error> {
    let tekst: String = row.try_get(kolom)?;
    db::parse_date(&tekst).ok_or_else(|| sqlx::Error::Decode(format!("{kolom}: {tekst}").into()))
}

fn moment(row: &AnyRow, kolom: &str) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    let tekst: Option<String> = row.try_get(kolom)?;
    Ok(tekst.as_deref().and_then(db::parse_ts))
}

fn aanvraag(row: &AnyRow) -> Result<Aanvraag, sqlx::Error> {
    let fout = |k: &str| sqlx::Error::Decode(format!("blijverslening: {k}").into());
    let besluit: Option<String> = row.try_get("besluit")?;
    let besluit = match besluit {
        Some(code) => {
            let datum_tekst: Option<String> = row.try_get("besluit_datum")?;
            let grond: Option<String> = row.try_get("besluit_grond")?;
            Some(Besluit {
                bedrag: if code == "toegekend" {
                    row.try_get("besluit_bedrag")?
                } else {
                    None
                },
                grond: grond.as_deref().and_then(Weigergrond::from_code),
                reden: row
                    .try_get::<Option<String>, _>("besluit_reden")?
                    .unwrap_or_default(),
                datum: datum_tekst
                    .as_deref()
                    .and_then(db::parse_date)
                    .ok_or_else(|| fout("besluit_datum"))?,
            })
        }
        None => None,
    };
    Ok(Aanvraag {
        id: row.try_get("id")?,
        inwoner_id: row.try_get("inwoner_id")?,
        status: {
            let code: String = row.try_get("status")?;
            Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code))?
        },
        referentie: row.try_get("referentie")?,
        gegevens: Gegevens {
            naam: row.try_get("naam")?,
            geboortedatum: datum(row, "geboortedatum")?,
            adres: {
                let straat: Option<String> = row.try_get("straat")?;
                let postcode: Option<String> = row.try_get("postcode")?;
                let plaats: Option<String> = row.try_get("plaats")?;
                match (straat, postcode, plaats) {
                    (Some(straat), Some(postcode), Some(plaats)) => Some(Adres {
                        straat,
                        postcode,
                        plaats,
                    }),
                    _ => None,
                }
            },
            reden: Reden::from_code(&row.try_get::<String, _>("reden")?)
                .ok_or_else(|| fout("reden"))?,
            maatregelen: row.try_get("maatregelen")?,
            kosten: Kosten {
                materiaal: row.try_get("materiaal")?,
                arbeid: row.try_get("arbeid")?,
                uren: row.try_get("uren")?,
                leenkosten: row.try_get("leenkosten")?,
                subsidies: row.try_get("subsidies")?,
            },
            soort: Soort::from_code(&row.try_get::<String, _>("soort")?)
                .ok_or_else(|| fout("soort"))?,
            looptijd: u8::try_from(row.try_get::<i64, _>("looptijd")?).unwrap_or(10),
            bedrag: row.try_get("bedrag")?,
            geplande_datum: datum(row, "geplande_datum")?,
        },
        aangemaakt_op: moment(row, "aangemaakt_op")?.ok_or_else(|| fout("aangemaakt_op"))?,
        ingediend_op: moment(row, "ingediend_op")?,
        besluit,
    })
}

/// The id of this resident's application made with this form key, if any.
pub async fn id_voor_sleutel<'e>(
    db: impl Executor<'e, Database = Any>,
    inwoner_id: &str,
    sleutel: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM blijverslening_aanvragen WHERE inwoner_id = $1 AND sleutel = $2",
    )
    .bind(inwoner_id)
    .bind(sleutel)
    .fetch_optional(db)
    .await
}

/// Stores a new draft with its answers as typed (`invoer`, JSON), unless this form key made one already (then
/// `false`). Its answer columns hold nothing until it is sent ([`zet_gegevens`]).
pub async fn nieuw_concept(
    conn: &mut AnyConnection,
    id: &str,
    inwoner_id: &str,
    sleutel: &str,
    invoer: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, naam, geboortedatum, reden, \
         maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, geplande_datum, \
         aangemaakt_door, aangemaakt_op, gewijzigd_op, invoer) \
         VALUES ($1, $2, $3, 'concept', '', '', '', '', 0, 0, 0, 0, 0, '', 10, 0, '', $4, $5, $5, $6) \
         ON CONFLICT (inwoner_id, sleutel) DO NOTHING",
    )
    .bind(id)
    .bind(inwoner_id)
    .bind(sleutel)
    .bind(door)
    .bind(db::ts(now))
    .bind(invoer)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A draft's answers as typed (JSON): `Some(None)` for a draft of an earlier version, whose answers are in
/// their columns; `None` when it is no draft (any more).
pub async fn invoer<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Option<String>>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT invoer FROM blijverslening_aanvragen WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// Saves a draft's answers as typed (JSON). Only a draft changes: `false` for anything else.
pub async fn zet_invoer(
    conn: &mut AnyConnection,
    id: &str,
    invoer: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET invoer = $2, gewijzigd_op = $3 WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(invoer)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Writes a draft's checked answers and co-owners into their columns and rows, as it is sent, and clears its
/// answers as typed. Only a draft changes: `false` for anything else.
pub async fn zet_gegevens(
    conn: &mut AnyConnection,
    id: &str,
    g: &Gegevens,
    eigenaren: &[NieuweEigenaar],
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let adres = g.adres.as_ref();
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET naam = $2, geboortedatum = $3, reden = $4, maatregelen = $5, \
         materiaal = $6, arbeid = $7, uren = $8, leenkosten = $9, subsidies = $10, soort = $11, looptijd = $12, \
         bedrag = $13, geplande_datum = $14, gewijzigd_op = $15, straat = $16, postcode = $17, plaats = $18, \
         invoer = NULL WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(&g.naam)
    .bind(db::date(g.geboortedatum))
    .bind(g.reden.code())
    .bind(&g.maatregelen)
    .bind(g.kosten.materiaal)
    .bind(g.kosten.arbeid)
    .bind(g.kosten.uren)
    .bind(g.kosten.leenkosten)
    .bind(g.kosten.subsidies)
    .bind(g.soort.code())
    .bind(i64::from(g.looptijd))
    .bind(g.bedrag)
    .bind(db::date(g.geplande_datum))
    .bind(db::ts(now))
    .bind(adres.map(|a| a.straat.as_str()))
    .bind(adres.map(|a| a.postcode.as_str()))
    .bind(adres.map(|a| a.plaats.as_str()))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM blijverslening_eigenaren WHERE aanvraag_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    zet_eigenaren(conn, id, eigenaren).await?;
    Ok(true)
}

/// Throws away the draft application `id` of this resident, inside the caller's write transaction: its
/// answers, its co-owners, and what the kernel keeps of it (its documents and access log,
/// [`crate::zaken::concept::wis`]). `false` when there is no such draft: another person's, or sent already.
pub async fn verwijder_concept(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    inwoner_id: &str,
) -> Result<bool, sqlx::Error> {
    use crate::zaken::concept;
    if !concept::is_concept(
        conn,
        backend,
        "blijverslening_aanvragen",
        "inwoner_id",
        id,
        inwoner_id,
    )
    .await?
    {
        return Ok(false);
    }
    for sql in [
        "DELETE FROM blijverslening_eigenaren WHERE aanvraag_id = $1",
        "DELETE FROM blijverslening_aanvragen WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    concept::wis(conn, id).await?;
    Ok(true)
}

/// What every application has, a draft too: whose it is, where it stands, its number and the decision.
#[derive(Clone, Debug)]
pub struct Kop {
    pub id: ZaakId,
    pub inwoner_id: PersoonId,
    pub status: Status,
    pub referentie: Option<String>,
    /// `Some(true)` when the loan was allocated, `Some(false)` when refused, `None` before a decision.
    pub toegekend: Option<bool>,
    pub aangemaakt_op: OffsetDateTime,
}

const KOP_KOLOMMEN: &str = "id, inwoner_id, status, referentie, besluit, aangemaakt_op";

fn kop_uit(row: &AnyRow) -> Result<Kop, sqlx::Error> {
    let code: String = row.try_get("status")?;
    let besluit: Option<String> = row.try_get("besluit")?;
    Ok(Kop {
        id: row.try_get("id")?,
        inwoner_id: row.try_get("inwoner_id")?,
        status: Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code))?,
        referentie: row.try_get("referentie")?,
        toegekend: besluit.map(|b| b == "toegekend"),
        aangemaakt_op: moment(row, "aangemaakt_op")?
            .ok_or_else(|| sqlx::Error::Decode("blijverslening: aangemaakt_op".into()))?,
    })
}

/// An application of this resident, a draft too; `None` for anyone else's.
pub async fn kop<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    inwoner_id: &str,
) -> Result<Option<Kop>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOP_KOLOMMEN} FROM blijverslening_aanvragen WHERE id = $1 AND inwoner_id = $2"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(inwoner_id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(kop_uit)
        .transpose()
}

/// An application of this resident with its answers; `None` for anyone else's, and for a draft that keeps
/// its answers as typed (read those with [`invoer`]).
pub async fn van_inwoner<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    inwoner_id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM blijverslening_aanvragen WHERE id = $1 AND inwoner_id = $2 AND {MET_ANTWOORDEN}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(inwoner_id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(aanvraag)
        .transpose()
}

/// An application that was sent, for staff; drafts are the resident's own.
pub async fn verzonden<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM blijverslening_aanvragen WHERE id = $1 AND status <> 'concept' AND {MET_ANTWOORDEN}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(aanvraag)
        .transpose()
}

/// A resident's applications, drafts too, newest first, for Mijn loket.
pub async fn van_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    inwoner_id: &str,
) -> Result<Vec<Kop>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOP_KOLOMMEN} FROM blijverslening_aanvragen WHERE inwoner_id = $1 ORDER BY aangemaakt_op DESC, id"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(inwoner_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(kop_uit)
        .collect()
}

/// Marks a draft as sent with its reference, and opens its case. `false` when it was no draft any more (a
/// second click).
pub async fn verstuur(
    conn: &mut AnyConnection,
    id: &ZaakId,
    referentie: &str,
    status: Status,
    auteur: Auteur<'_>,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = $2, referentie = $3, ingediend_op = $4, \
         compleet_op = CASE WHEN $2 = 'ingediend' THEN $4 ELSE NULL END \
         WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(status.code())
    .bind(referentie)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let (inwoner_id, naam): (PersoonId, String) =
        sqlx::query_as("SELECT inwoner_id, naam FROM blijverslening_aanvragen WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
    let zaak = kern::NieuweZaak {
        id,
        regeling: kern::Regeling::Blijverslening,
        eigenaar: kern::Eigenaar::Persoon(&inwoner_id),
        referentie,
        naam: Some(&naam),
    };
    // Complete at once (no co-owners): the term for a decision starts now.
    let compleet = status == Status::Ingediend;
    stap::openen(
        conn,
        &zaak,
        auteur,
        &Gebeurtenis::Ingediend { compleet },
        now,
    )
    .await?;
    Ok(true)
}

/// Stores the decision on a complete application: `false` when it was not waiting for one.
pub async fn besluit(
    conn: &mut AnyConnection,
    id: &ZaakId,
    besluit: &Besluit,
    door: &PersoonId,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = 'besloten', besluit = $2, besluit_bedrag = $3, \
         besluit_grond = $4, besluit_reden = $5, besluit_datum = $6, besluit_door = $7 \
         WHERE id = $1 AND status = 'ingediend'",
    )
    .bind(id)
    .bind(if besluit.bedrag.is_some() { "toegekend" } else { "geweigerd" })
    .bind(besluit.bedrag)
    .bind(besluit.grond.map(Weigergrond::code))
    .bind(&besluit.reden)
    .bind(db::date(besluit.datum))
    .bind(door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let stap = Gebeurtenis::Besloten {
        toegekend: besluit.bedrag.is_some(),
    };
    leg_vast(conn, id, Auteur::medewerker(door), &stap, now).await?;
    Ok(true)
}
