//! The case kernel: one row per case, whatever the scheme (table `zaken`). A case is born when something is
//! submitted (a melding, a blijverslening or Kindpakket application, a right-to-challenge proposal) and keeps
//! that submission's id. It holds what every case has: its scheme, its owner, its reference, its phase, the
//! member of staff who has it, and where its term for a decision starts. The staff work queue and the figures
//! read every scheme from here. Every function takes the case as already allowed: callers check access.

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use super::domain::Fase;
use crate::db;
use crate::ids::{PersoonId, ZaakId};

/// The schemes a case can belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Regeling {
    /// A melding under the Wmo 2015, and what follows from it.
    Wmo,
    /// A loan to adapt one's home (Verordening Sociaal Domein Lansingerland 2018, art. 4:15a-4:15f).
    Blijverslening,
    /// Provisions for children in families with a low income.
    Kindpakket,
    /// A proposal to take over a task of the municipality (right to challenge).
    Uitdaagrecht,
}

impl Regeling {
    pub const ALL: [Regeling; 4] = [
        Regeling::Wmo,
        Regeling::Blijverslening,
        Regeling::Kindpakket,
        Regeling::Uitdaagrecht,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Regeling::Wmo => "wmo-melding",
            Regeling::Blijverslening => "blijverslening",
            Regeling::Kindpakket => "kindpakket",
            Regeling::Uitdaagrecht => "uitdaagrecht",
        }
    }

    pub fn from_code(code: &str) -> Option<Regeling> {
        Regeling::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The list of this scheme's cases for staff: the one work queue, filtered to it. The old address of each
    /// scheme's own list leads here.
    pub fn wachtrij(self) -> String {
        format!("/medewerker?soort={}", self.code())
    }
}

/// The staff page of a case of any scheme.
pub fn staf_pad(regeling: Regeling, id: &str) -> String {
    match regeling {
        Regeling::Wmo => format!("/medewerker/zaak/{id}"),
        Regeling::Blijverslening => format!("/medewerker/blijverslening/{id}"),
        Regeling::Kindpakket => format!("/medewerker/kindpakket/{id}"),
        Regeling::Uitdaagrecht => format!("/medewerker/uitdaagrecht/{id}"),
    }
}

/// Whose case it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eigenaar<'a> {
    /// A resident.
    Persoon(&'a PersoonId),
    /// An initiative (its id): a right-to-challenge proposal belongs to all its members.
    Initiatief(&'a str),
}

/// A case as it is born.
#[derive(Clone, Debug)]
pub struct NieuweZaak<'a> {
    /// The id of what was submitted.
    pub id: &'a ZaakId,
    pub regeling: Regeling,
    pub eigenaar: Eigenaar<'a>,
    pub referentie: &'a str,
    /// The name given on the request, to find the case by.
    pub naam: Option<&'a str>,
}

/// Opens the case inside the caller's write transaction. It starts as received, with no term running: its
/// steps ([`leg_vast`]) move it on.
pub async fn openen(
    conn: &mut AnyConnection,
    zaak: &NieuweZaak<'_>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (persoon, initiatief) = match zaak.eigenaar {
        Eigenaar::Persoon(id) => (Some(id), None),
        Eigenaar::Initiatief(id) => (None, Some(id)),
    };
    sqlx::query(
        "INSERT INTO zaken (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, \
         consulent_id, laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, 0, $8, NULL, $8)",
    )
    .bind(zaak.id)
    .bind(zaak.regeling.code())
    .bind(persoon)
    .bind(initiatief)
    .bind(zaak.referentie)
    .bind(zaak.naam)
    .bind(Fase::Ontvangen.code())
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// Assigns a case to a member of staff inside the caller's write transaction, when it is still assigned to
/// `was` (`None`: nobody), as the caller read it: `false` when someone else took it meanwhile.
pub async fn zet_consulent(
    conn: &mut AnyConnection,
    id: &ZaakId,
    consulent_id: &PersoonId,
    was: Option<&PersoonId>,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE zaken SET consulent_id = $2, bijgewerkt_op = $3 WHERE id = $1 \
         AND ((consulent_id IS NULL AND $4 IS NULL) OR consulent_id = $4)",
    )
    .bind(id)
    .bind(consulent_id)
    .bind(db::ts(now))
    .bind(was)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a case to another resident inside the caller's write transaction: a melding a helper filed for
/// someone who has since confirmed becomes theirs.
pub async fn zet_eigenaar(
    conn: &mut AnyConnection,
    id: &ZaakId,
    persoon_id: &PersoonId,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE zaken SET eigenaar_id = $2 WHERE id = $1")
        .bind(id)
        .bind(persoon_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A case as the work queue and the figures see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kern {
    pub id: ZaakId,
    pub regeling: Regeling,
    pub eigenaar_id: Option<PersoonId>,
    pub initiatief_id: Option<String>,
    pub referentie: String,
    pub naam: Option<String>,
    pub fase: Fase,
    pub consulent_id: Option<PersoonId>,
    /// The consulent's name, when they have one.
    pub consulent_naam: Option<String>,
    pub ingediend_op: OffsetDateTime,
    pub termijn_vanaf: Option<OffsetDateTime>,
}

const KOLOMMEN: &str = "z.id, z.regeling, z.eigenaar_id, z.initiatief_id, z.referentie, z.naam, z.fase, \
    z.consulent_id, c.naam AS consulent_naam, z.ingediend_op, z.termijn_vanaf";

fn lees(row: &AnyRow) -> Result<Kern, sqlx::Error> {
    let regeling: String = row.try_get("regeling")?;
    let fase: String = row.try_get("fase")?;
    Ok(Kern {
        id: row.try_get("id")?,
        regeling: Regeling::from_code(&regeling)
            .ok_or_else(|| db::unreadable("regeling", &regeling))?,
        eigenaar_id: row.try_get("eigenaar_id")?,
        initiatief_id: row.try_get("initiatief_id")?,
        referentie: row.try_get("referentie")?,
        naam: row.try_get("naam")?,
        fase: Fase::from_code(&fase).ok_or_else(|| db::unreadable("fase", &fase))?,
        consulent_id: row.try_get("consulent_id")?,
        consulent_naam: row.try_get("consulent_naam")?,
        ingediend_op: db::moment(row, "ingediend_op")?,
        termijn_vanaf: db::moment_opt(row, "termijn_vanaf")?,
    })
}

/// Every case that is not closed, of every scheme.
pub async fn open_zaken<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<Kern>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM zaken z LEFT JOIN personen c ON c.id = z.consulent_id \
         WHERE z.fase <> 'gesloten'"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

/// Every closed case with a bezwaar (open or not: the caller folds its steps), for the work queue: a case
/// may be closed while a bezwaar against its decision still waits.
pub async fn gesloten_met_bezwaar<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<Kern>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM zaken z LEFT JOIN personen c ON c.id = z.consulent_id \
         WHERE z.fase = 'gesloten' AND EXISTS (SELECT 1 FROM bezwaar_stappen b WHERE b.zaak_id = z.id)"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

/// Every case: its scheme and when it was submitted (for the figures).
pub async fn ingediend<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<(Regeling, OffsetDateTime)>, sqlx::Error> {
    sqlx::query("SELECT regeling, ingediend_op FROM zaken")
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| {
            let regeling: String = row.try_get("regeling")?;
            Ok((
                Regeling::from_code(&regeling)
                    .ok_or_else(|| db::unreadable("regeling", &regeling))?,
                db::moment(row, "ingediend_op")?,
            ))
        })
        .collect()
}

/// The cases a resident owns, of every scheme, oldest first.
pub async fn van_eigenaar<'e>(
    db: impl Executor<'e, Database = Any>,
    eigenaar_id: &PersoonId,
) -> Result<Vec<Kern>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM zaken z LEFT JOIN personen c ON c.id = z.consulent_id \
         WHERE z.eigenaar_id = $1 ORDER BY z.ingediend_op, z.id"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(eigenaar_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

/// One case, of any scheme.
pub async fn zaak<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &ZaakId,
) -> Result<Option<Kern>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM zaken z LEFT JOIN personen c ON c.id = z.consulent_id WHERE z.id = $1"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(lees)
        .transpose()
}
