//! The SQL of blijverslening applications, their owners, uploads and access log.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{Kosten, Reden, Soort, Weigergrond};
use crate::auth::Person;
use crate::db;
use crate::zaken::document::{self, BestandType};
use crate::zaken::domain::Fase;
use crate::zaken::kern;
use crate::zaken::toegang;

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

/// The resident's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gegevens {
    pub naam: String,
    pub geboortedatum: Date,
    pub reden: Reden,
    pub maatregelen: String,
    pub kosten: Kosten,
    pub soort: Soort,
    pub looptijd: u8,
    pub bedrag: i64,
    pub geplande_datum: Date,
}

/// A co-owner as the resident gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweEigenaar {
    pub naam: String,
    pub geboortedatum: Date,
    pub email: String,
}

/// A stored co-owner and their answer.
#[derive(Clone, Debug)]
pub struct Eigenaar {
    pub id: String,
    pub naam: String,
    pub geboortedatum: Date,
    pub email: String,
    /// `None` until they answer.
    pub antwoord: Option<bool>,
    /// Until when their link works; `None` before the application is sent.
    pub verloopt_op: Option<OffsetDateTime>,
}

/// The decision of staff.
#[derive(Clone, Debug)]
pub struct Besluit {
    /// `Some` amount: a provisional allocation; `None`: refused on `grond`.
    pub bedrag: Option<i64>,
    pub grond: Option<Weigergrond>,
    pub reden: String,
    pub datum: Date,
}

/// A stored application.
#[derive(Clone, Debug)]
pub struct Aanvraag {
    pub id: String,
    pub inwoner_id: String,
    pub status: Status,
    pub referentie: Option<String>,
    pub gegevens: Gegevens,
    pub aangemaakt_op: OffsetDateTime,
    pub ingediend_op: Option<OffsetDateTime>,
    pub besluit: Option<Besluit>,
}

/// The kinds of upload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StukSoort {
    Eigendom,
    Bewoning,
    Offerte,
}

impl StukSoort {
    pub const ALL: [StukSoort; 3] = [StukSoort::Eigendom, StukSoort::Bewoning, StukSoort::Offerte];

    pub fn code(self) -> &'static str {
        match self {
            StukSoort::Eigendom => "eigendom",
            StukSoort::Bewoning => "bewoning",
            StukSoort::Offerte => "offerte",
        }
    }

    pub fn from_code(code: &str) -> Option<StukSoort> {
        StukSoort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// An uploaded file, without its bytes.
#[derive(Clone, Debug)]
pub struct Stuk {
    pub id: String,
    pub soort: StukSoort,
    pub naam: String,
    pub type_: BestandType,
    pub grootte: i64,
    pub geupload_op: OffsetDateTime,
}

/// One line of the access log.
#[derive(Clone, Debug)]
pub struct Toegang {
    pub wie_naam: String,
    pub medewerker: bool,
    pub handeling: Handeling,
    pub op: OffsetDateTime,
}

const KOLOMMEN: &str = "id, inwoner_id, status, referentie, naam, geboortedatum, reden, maatregelen, materiaal, \
     arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, geplande_datum, aangemaakt_op, ingediend_op, \
     besluit, besluit_bedrag, besluit_grond, besluit_reden, besluit_datum";

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

/// Stores a new draft with its co-owners, unless this form key made one already (then `false`).
#[allow(clippy::too_many_arguments)]
pub async fn nieuw_concept(
    conn: &mut AnyConnection,
    id: &str,
    inwoner_id: &str,
    sleutel: &str,
    g: &Gegevens,
    eigenaren: &[NieuweEigenaar],
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, naam, geboortedatum, reden, \
         maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, bedrag, geplande_datum, \
         aangemaakt_door, aangemaakt_op, gewijzigd_op) \
         VALUES ($1, $2, $3, 'concept', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) \
         ON CONFLICT (inwoner_id, sleutel) DO NOTHING",
    )
    .bind(id)
    .bind(inwoner_id)
    .bind(sleutel)
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
    .bind(door)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    zet_eigenaren(conn, id, eigenaren).await?;
    Ok(true)
}

/// Replaces the answers and co-owners of a draft. Only a draft changes: `false` for anything else.
pub async fn wijzig_concept(
    conn: &mut AnyConnection,
    id: &str,
    g: &Gegevens,
    eigenaren: &[NieuweEigenaar],
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET naam = $2, geboortedatum = $3, reden = $4, maatregelen = $5, \
         materiaal = $6, arbeid = $7, uren = $8, leenkosten = $9, subsidies = $10, soort = $11, looptijd = $12, \
         bedrag = $13, geplande_datum = $14, gewijzigd_op = $15 WHERE id = $1 AND status = 'concept'",
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

async fn zet_eigenaren(
    conn: &mut AnyConnection,
    id: &str,
    eigenaren: &[NieuweEigenaar],
) -> Result<(), sqlx::Error> {
    for (i, e) in eigenaren.iter().enumerate() {
        sqlx::query(
            "INSERT INTO blijverslening_eigenaren (id, aanvraag_id, volgorde, naam, geboortedatum, email) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(crate::token::new_id())
        .bind(id)
        .bind(i64::try_from(i).unwrap_or(0))
        .bind(&e.naam)
        .bind(db::date(e.geboortedatum))
        .bind(&e.email)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// An application of this resident; `None` for anyone else's.
pub async fn van_inwoner<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    inwoner_id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM blijverslening_aanvragen WHERE id = $1 AND inwoner_id = $2"
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
        "SELECT {KOLOMMEN} FROM blijverslening_aanvragen WHERE id = $1 AND status <> 'concept'"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(aanvraag)
        .transpose()
}

/// A resident's applications, newest first, for Mijn loket.
pub async fn van_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    inwoner_id: &str,
) -> Result<Vec<Aanvraag>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM blijverslening_aanvragen WHERE inwoner_id = $1 ORDER BY aangemaakt_op DESC, id"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(inwoner_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(aanvraag)
        .collect()
}

/// The co-owners of an application, in the order given.
pub async fn eigenaren<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Eigenaar>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, naam, geboortedatum, email, antwoord, verloopt_op FROM blijverslening_eigenaren \
         WHERE aanvraag_id = $1 ORDER BY volgorde",
    )
    .bind(aanvraag_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let antwoord: Option<String> = row.try_get("antwoord")?;
            Ok(Eigenaar {
                id: row.try_get("id")?,
                naam: row.try_get("naam")?,
                geboortedatum: datum(row, "geboortedatum")?,
                email: row.try_get("email")?,
                antwoord: antwoord.map(|a| a == "ja"),
                verloopt_op: moment(row, "verloopt_op")?,
            })
        })
        .collect()
}

/// Marks a draft as sent with its reference. `false` when it was no draft any more (a second click).
pub async fn verstuur(
    conn: &mut AnyConnection,
    id: &str,
    referentie: &str,
    status: Status,
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
    let (inwoner_id, naam): (String, String) =
        sqlx::query_as("SELECT inwoner_id, naam FROM blijverslening_aanvragen WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
    // Complete at once (no co-owners): the term for a decision starts now.
    let compleet = status == Status::Ingediend;
    let zaak = kern::NieuweZaak {
        id,
        regeling: kern::Regeling::Blijverslening,
        eigenaar: kern::Eigenaar::Persoon(&inwoner_id),
        referentie,
        naam: Some(&naam),
        fase: if compleet {
            Fase::AanvraagOntvangen
        } else {
            Fase::Ontvangen
        },
        termijn_vanaf: compleet.then_some(now),
    };
    kern::openen(conn, &zaak, now).await?;
    Ok(true)
}

/// Stores the hash of a co-owner's link secret and until when it works; an earlier link stops working.
pub async fn zet_token(
    conn: &mut AnyConnection,
    eigenaar_id: &str,
    hash: &str,
    verloopt_op: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE blijverslening_eigenaren SET token_hash = $2, verloopt_op = $3 WHERE id = $1",
    )
    .bind(eigenaar_id)
    .bind(hash)
    .bind(db::ts(verloopt_op))
    .execute(conn)
    .await
    .map(|_| ())
}

/// The co-owner and application of a link secret's hash.
pub async fn voor_token<'e>(
    db: impl Executor<'e, Database = Any>,
    hash: &str,
) -> Result<Option<(Eigenaar, String)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, naam, geboortedatum, email, antwoord, verloopt_op, aanvraag_id FROM blijverslening_eigenaren \
         WHERE token_hash = $1",
    )
    .bind(hash)
    .fetch_optional(db)
    .await?;
    row.map(|row| {
        let antwoord: Option<String> = row.try_get("antwoord")?;
        Ok((
            Eigenaar {
                id: row.try_get("id")?,
                naam: row.try_get("naam")?,
                geboortedatum: datum(&row, "geboortedatum")?,
                email: row.try_get("email")?,
                antwoord: antwoord.map(|a| a == "ja"),
                verloopt_op: moment(&row, "verloopt_op")?,
            },
            row.try_get("aanvraag_id")?,
        ))
    })
    .transpose()
}

/// Stores a co-owner's answer, once: `false` when they answered already.
pub async fn beantwoord(
    conn: &mut AnyConnection,
    eigenaar_id: &str,
    ja: bool,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_eigenaren SET antwoord = $2, beantwoord_op = $3 \
         WHERE id = $1 AND antwoord IS NULL",
    )
    .bind(eigenaar_id)
    .bind(if ja { "ja" } else { "nee" })
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves an application waiting for its co-owners on: complete, or stopped.
pub async fn na_eigenaren(
    conn: &mut AnyConnection,
    id: &str,
    status: Status,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = $2, compleet_op = $3 \
         WHERE id = $1 AND status = 'wacht_op_eigenaren'",
    )
    .bind(id)
    .bind(status.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    match status {
        Status::Ingediend => {
            kern::zet_fase(conn, id, Fase::AanvraagOntvangen, Some(now), now).await
        }
        Status::Gestopt => kern::zet_fase(conn, id, Fase::Gesloten, None, now).await,
        _ => Ok(()),
    }
}

/// Stores the decision on a complete application: `false` when it was not waiting for one.
pub async fn besluit(
    conn: &mut AnyConnection,
    id: &str,
    besluit: &Besluit,
    door: &str,
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
    kern::zet_fase(conn, id, Fase::Besloten, None, now).await?;
    Ok(true)
}

/// Takes this year's turn to decide: the year's row is made when missing, then locked, so later decisions of the
/// same year wait until this transaction ends and then read the sum with this one's allocation in it.
pub async fn budget_beurt(
    conn: &mut AnyConnection,
    jaar: i32,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO blijverslening_budgetjaren (jaar, laatst) VALUES ($1, $2) ON CONFLICT (jaar) DO NOTHING",
    )
    .bind(i64::from(jaar))
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE blijverslening_budgetjaren SET laatst = $2 WHERE jaar = $1")
        .bind(i64::from(jaar))
        .bind(db::ts(now))
        .execute(&mut *conn)
        .await
        .map(|_| ())
}

/// Takes the application's turn and reads its status under that lock: answers of its co-owners wait for each
/// other, so that the last yes sees every other answer and the status as the one before left it.
pub async fn aanvraag_beurt(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Status>, sqlx::Error> {
    sqlx::query("UPDATE blijverslening_aanvragen SET id = id WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM blijverslening_aanvragen WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    status
        .map(|code| Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code)))
        .transpose()
}

/// The sum of the provisional allocations decided in calendar year `jaar`, in cents.
pub async fn toegekend_in_jaar<'e>(
    db: impl Executor<'e, Database = Any>,
    jaar: i32,
) -> Result<i64, sqlx::Error> {
    let som: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(besluit_bedrag) AS BIGINT) FROM blijverslening_aanvragen \
         WHERE besluit = 'toegekend' AND besluit_datum >= $1 AND besluit_datum < $2",
    )
    .bind(format!("{jaar:04}-01-01"))
    .bind(format!("{:04}-01-01", jaar + 1))
    .fetch_one(db)
    .await?;
    Ok(som.unwrap_or(0))
}

/// The counts of the figures page for calendar year `jaar`: applications sent that year, and decisions of that
/// year per ground code (`None`: a provisional allocation).
pub async fn tellingen(
    db: &sqlx::AnyPool,
    jaar: i32,
) -> Result<(i64, Vec<(Option<String>, i64)>), sqlx::Error> {
    let van = format!("{jaar:04}-01-01");
    let tot = format!("{:04}-01-01", jaar + 1);
    let verstuurd: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM blijverslening_aanvragen \
         WHERE status <> 'concept' AND ingediend_op >= $1 AND ingediend_op < $2",
    )
    .bind(&van)
    .bind(&tot)
    .fetch_one(db)
    .await?;
    let besluiten = sqlx::query_as(
        "SELECT besluit_grond, COUNT(*) FROM blijverslening_aanvragen \
         WHERE besluit IS NOT NULL AND besluit_datum >= $1 AND besluit_datum < $2 GROUP BY besluit_grond",
    )
    .bind(&van)
    .bind(&tot)
    .fetch_all(db)
    .await?;
    Ok((verstuurd, besluiten))
}

/// Stores an upload of a draft: `false` (nothing stored) when the application was sent meanwhile.
#[allow(clippy::too_many_arguments)]
pub async fn stuk_opslaan(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    soort: StukSoort,
    naam: &str,
    type_: BestandType,
    inhoud: &[u8],
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let concept: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM blijverslening_aanvragen WHERE id = $1 AND status = 'concept'",
    )
    .bind(aanvraag_id)
    .fetch_one(&mut *conn)
    .await?;
    if concept == 0 {
        return Ok(false);
    }
    let nieuw = document::Nieuw {
        soort: soort.code(),
        naam,
        type_,
        inhoud,
    };
    document::bewaar(
        conn,
        &crate::token::new_id(),
        aanvraag_id,
        &nieuw,
        Some(door),
        now,
        false,
    )
    .await
}

fn stuk(d: document::Document) -> Result<Stuk, sqlx::Error> {
    Ok(Stuk {
        soort: StukSoort::from_code(&d.soort).ok_or_else(|| db::unreadable("soort", &d.soort))?,
        id: d.id,
        naam: d.naam,
        type_: d.type_,
        grootte: d.grootte,
        geupload_op: d.op,
    })
}

/// The uploads of an application, oldest first, without their bytes.
pub async fn stukken<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Stuk>, sqlx::Error> {
    document::van_zaak(db, aanvraag_id)
        .await?
        .into_iter()
        .map(stuk)
        .collect()
}

/// One upload of this application with its bytes.
pub async fn stuk_inhoud(
    pool: &sqlx::AnyPool,
    aanvraag_id: &str,
    stuk_id: &str,
) -> Result<Option<(Stuk, Vec<u8>)>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    document::met_inhoud(&mut conn, aanvraag_id, stuk_id)
        .await?
        .map(|(d, inhoud)| Ok((stuk(d)?, inhoud)))
        .transpose()
}

/// What staff or a helper did with an application, for the log the resident reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gewijzigd,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
}

impl Handeling {
    /// How the one access log holds it: what was done, and to what.
    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "aanvraag"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "stuk"),
            Handeling::Gewijzigd => (toegang::Handeling::Gewijzigd, "aanvraag"),
            Handeling::Besloten => (toegang::Handeling::Gewijzigd, "besluit"),
            Handeling::Opgepakt => (toegang::Handeling::Gewijzigd, "toegewezen"),
        }
    }

    /// An entry of the one log, in this scheme's words: every view and download (also one with a reason),
    /// and the changes this scheme and the kernel record.
    fn uit_log(regel: &toegang::Regel) -> Result<Handeling, sqlx::Error> {
        Ok(match (regel.handeling, regel.omschrijving.as_str()) {
            (toegang::Handeling::Bekeken, _) => Handeling::Bekeken,
            (toegang::Handeling::Gedownload, _) => Handeling::Gedownload,
            (toegang::Handeling::Gewijzigd, "toegewezen") => Handeling::Opgepakt,
            (toegang::Handeling::Gewijzigd, "besluit") => Handeling::Besloten,
            (toegang::Handeling::Gewijzigd, "aanvraag") => Handeling::Gewijzigd,
            (_, wat) => return Err(db::unreadable("omschrijving", wat)),
        })
    }
}

/// Writes one line of the access log (staff or a helper).
pub async fn log(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    wie: &Person,
    handeling: Handeling,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (h, wat) = handeling.in_log();
    toegang::schrijf(conn, aanvraag_id, wie, h, wat, None, now).await
}

/// The access log of an application, newest first.
pub async fn toegang<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Toegang>, sqlx::Error> {
    toegang::van_zaak(db, aanvraag_id)
        .await?
        .iter()
        .map(|r| {
            Ok(Toegang {
                wie_naam: r.naam.clone().unwrap_or_default(),
                medewerker: r.rol != "helper",
                handeling: Handeling::uit_log(r)?,
                op: r.op,
            })
        })
        .collect()
}
