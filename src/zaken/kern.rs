//! The case kernel: one row per case, whatever the scheme (table `zaken`). A case is born when something is
//! submitted (a melding, a blijverslening or Kindpakket application, a right-to-challenge proposal) and keeps
//! that submission's id. It holds what every case has: its scheme, its owner, its reference, its phase, the
//! member of staff who has it, and where its term for a decision starts. The staff work queue and the figures
//! read every scheme from here. Every function takes the case as already allowed: callers check access.

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use super::domain::{Deadline, Fase, Wat};
use crate::db::{self, BindAlle};
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

/// What the work queue keeps of a case beyond the kernel, computed from its steps (see
/// `backoffice::wachtrij`): whether it is in the queue, and where and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wachtrijrij {
    /// In the queue: not closed, or closed with a bezwaar still open.
    pub in_wachtrij: bool,
    pub spoed: bool,
    /// For a spoed case without temporary support yet: the moment by which it must be arranged.
    pub spoed_tot: Option<OffsetDateTime>,
    pub deadline: Option<Deadline>,
    /// The last day this holds when the deadline grows with the days; `None`: until a step changes it.
    pub tot: Option<time::Date>,
}

impl Wachtrijrij {
    /// The queue's order as one text: spoed first, then the nearest spoed moment, the nearest deadline (none
    /// last), the reference and the id. Digits only before the reference, so that every collation sorts it
    /// the same.
    pub fn volgorde(&self, referentie: &str, id: &str) -> String {
        let spoed_tot = self.spoed_tot.map_or_else(
            || "99999999999999".to_string(),
            |t| {
                let t = t.to_offset(time::UtcOffset::UTC);
                format!(
                    "{:04}{:02}{:02}{:02}{:02}{:02}",
                    t.year(),
                    u8::from(t.month()),
                    t.day(),
                    t.hour(),
                    t.minute(),
                    t.second()
                )
            },
        );
        let einde = self.deadline.map_or_else(
            || "99999999".to_string(),
            |d| {
                format!(
                    "{:04}{:02}{:02}",
                    d.einde.year(),
                    u8::from(d.einde.month()),
                    d.einde.day()
                )
            },
        );
        format!(
            "{}{spoed_tot}{einde} {referentie} {id}",
            if self.spoed { '0' } else { '1' }
        )
    }
}

fn wat_code(wat: Wat) -> &'static str {
    match wat {
        Wat::Onderzoek => "onderzoek",
        Wat::Verslag => "verslag",
        Wat::Besluit => "besluit",
        Wat::Bezwaar => "bezwaar",
    }
}

fn wat_van(code: &str) -> Option<Wat> {
    [Wat::Onderzoek, Wat::Verslag, Wat::Besluit, Wat::Bezwaar]
        .into_iter()
        .find(|w| wat_code(*w) == code)
}

/// Where the queue's row of a case stood when it was read: written back only when nothing moved since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stand {
    pub laatste_volgnummer: i64,
    /// The stored stand, `None` when never computed.
    pub wachtrij_stand: Option<i64>,
}

/// At most this many cases whose queue rows must be computed again: those whose steps moved on since, and
/// those whose deadline grows with the days and was computed before `vandaag`.
pub async fn wachtrij_verouderd<'e, E>(
    db: E,
    vandaag: time::Date,
    max: i64,
) -> Result<Vec<String>, sqlx::Error>
where
    E: Executor<'e, Database = Any> + Copy,
{
    let mut ids: Vec<String> = sqlx::query_scalar(
        // In the order of the partial index of these rows, so that PostgreSQL reads that index too.
        "SELECT id FROM zaken WHERE wachtrij_stand IS NULL OR wachtrij_stand <> laatste_volgnummer \
         ORDER BY id LIMIT $1",
    )
    .bind(max)
    .fetch_all(db)
    .await?;
    if (ids.len() as i64) < max {
        let dagelijks: Vec<String> = sqlx::query_scalar(
            "SELECT id FROM zaken WHERE wachtrij_tot IS NOT NULL AND wachtrij_tot < $1 LIMIT $2",
        )
        .bind(db::date(vandaag))
        .bind(max - ids.len() as i64)
        .fetch_all(db)
        .await?;
        for id in dagelijks {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

/// Whether any case's queue row must be computed again ([`wachtrij_verouderd`]), in one statement: the check
/// every visit to the queue makes, along the two partial indexes of those rows (in the order of the first, as
/// [`wachtrij_verouderd`] reads it, so that PostgreSQL reads that index also when its statistics are old).
pub async fn wachtrij_iets_verouderd<'e>(
    db: impl Executor<'e, Database = Any>,
    vandaag: time::Date,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM zaken \
         WHERE wachtrij_stand IS NULL OR wachtrij_stand <> laatste_volgnummer ORDER BY id LIMIT 1) o) + \
         (SELECT COUNT(*) FROM (SELECT 1 FROM zaken \
         WHERE wachtrij_tot IS NOT NULL AND wachtrij_tot < $1 LIMIT 1) d)",
    )
    .bind(db::date(vandaag))
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Lets PostgreSQL's planner see the queue as it now is, after many of its rows were written at once (the
/// computation at start on a database filled by a program): with the statistics of before, it takes the queue
/// for empty and reads every row of it for one page. `VACUUM` clears the rows' old versions at once, so that
/// counting the queue reads its index only, instead of stepping over thousands of dead entries until the
/// autovacuum comes by. SQLite plans without such statistics and keeps no old versions.
pub async fn wachtrij_statistiek(db: &crate::db::Db) -> Result<(), sqlx::Error> {
    if db.backend == crate::db::Backend::Postgres {
        sqlx::query("VACUUM ANALYZE zaken")
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// The ids of every case in the queue (to compute them all again, e.g. after the profile's terms changed).
pub async fn wachtrij_ids<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM zaken WHERE wachtrij_in = 1 ORDER BY id")
        .fetch_all(db)
        .await
}

/// The cases `ids` with where their queue rows stand.
pub async fn met_stand<'e>(
    db: impl Executor<'e, Database = Any>,
    ids: &[String],
) -> Result<Vec<(Kern, Stand)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {KOLOMMEN}, z.laatste_volgnummer, z.wachtrij_stand FROM zaken z \
         LEFT JOIN personen c ON c.id = z.consulent_id WHERE z.id IN ({})",
        db::plekken(1, ids.len())
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids)
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| {
            Ok((
                lees(row)?,
                Stand {
                    laatste_volgnummer: row.try_get("laatste_volgnummer")?,
                    wachtrij_stand: row.try_get("wachtrij_stand")?,
                },
            ))
        })
        .collect()
}

/// Stores a case's queue row, unless the case moved on since `stand` was read (then it stays to be computed)
/// or the stored row is already this one (a restart computes every row again and writes none that held):
/// `false` then.
pub async fn zet_wachtrij<'e>(
    db: impl Executor<'e, Database = Any>,
    kern: &Kern,
    stand: Stand,
    rij: &Wachtrijrij,
) -> Result<bool, sqlx::Error> {
    let naam = kern.naam.as_deref().map(str::to_lowercase);
    let referentie: String = kern
        .referentie
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    let done = sqlx::query(
        "UPDATE zaken SET wachtrij_stand = laatste_volgnummer, wachtrij_in = $3, wachtrij_volgorde = $4, \
         wachtrij_spoed = $5, wachtrij_spoed_tot = $6, wachtrij_einde = $7, wachtrij_wat = $8, \
         wachtrij_wettelijk = $9, wachtrij_tot = $10, wachtrij_naam = $11, wachtrij_ref = $12 \
         WHERE id = $1 AND laatste_volgnummer = $2 AND COALESCE(wachtrij_stand, -999999999) = $13 \
         AND (wachtrij_stand IS DISTINCT FROM laatste_volgnummer OR wachtrij_in IS DISTINCT FROM $3 \
         OR wachtrij_volgorde IS DISTINCT FROM $4 OR wachtrij_spoed IS DISTINCT FROM $5 \
         OR wachtrij_spoed_tot IS DISTINCT FROM $6 OR wachtrij_einde IS DISTINCT FROM $7 \
         OR wachtrij_wat IS DISTINCT FROM $8 OR wachtrij_wettelijk IS DISTINCT FROM $9 \
         OR wachtrij_tot IS DISTINCT FROM $10 OR wachtrij_naam IS DISTINCT FROM $11 \
         OR wachtrij_ref IS DISTINCT FROM $12)",
    )
    .bind(&kern.id)
    .bind(stand.laatste_volgnummer)
    .bind(i64::from(rij.in_wachtrij))
    .bind(rij.volgorde(&kern.referentie, &kern.id))
    .bind(i64::from(rij.spoed))
    .bind(rij.spoed_tot.map(db::ts))
    .bind(rij.deadline.map(|d| db::date(d.einde)))
    .bind(rij.deadline.map(|d| wat_code(d.wat)))
    .bind(i64::from(rij.deadline.is_some_and(|d| d.wettelijk)))
    .bind(rij.tot.map(db::date))
    .bind(naam)
    .bind(referentie)
    .bind(stand.wachtrij_stand.unwrap_or(-999_999_999))
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What the work queue is filtered on, as SQL sees it.
#[derive(Clone, Debug, Default)]
pub struct Wachtrijfilter<'a> {
    pub fase: Option<Fase>,
    pub regeling: Option<Regeling>,
    /// Only the cases of this member of staff.
    pub consulent: Option<&'a PersoonId>,
    /// Part of the reference, in lower case without dashes or spaces (empty: none).
    pub referentie: String,
    /// Words that must all be part of the name, in lower case.
    pub woorden: Vec<String>,
}

/// The work queue counts its cases up to this many; past it, it says "more than" and pages on without a last
/// page.
pub const TEL_TOT: i64 = 1000;

/// One page of the work queue, in its order, and how many cases match the filter (at most [`TEL_TOT`] + 1:
/// more than [`TEL_TOT`] stands for "more"). The partial indexes on `wachtrij_volgorde` serve the order: the
/// page reads `limit` rows after `offset`, whatever the number of cases.
pub async fn wachtrij_pagina(
    conn: &mut AnyConnection,
    filter: &Wachtrijfilter<'_>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<(Kern, Wachtrijrij)>, i64), sqlx::Error> {
    let mut waar = vec!["z.wachtrij_in = 1".to_string()];
    let mut waarden: Vec<String> = Vec::new();
    let plek = |waarden: &mut Vec<String>, waarde: String| {
        waarden.push(waarde);
        format!("${}", waarden.len())
    };
    // A phase and a scheme are written into the statement, not bound: PostgreSQL plans a statement once
    // (`plan_cache_mode`, `db::Db::connect`), and only a value it can see tells it how many cases that is. They
    // are the codes of the portal's own enums, never a visitor's text.
    if let Some(fase) = filter.fase {
        waar.push(format!("z.fase = '{}'", fase.code()));
    }
    if let Some(regeling) = filter.regeling {
        waar.push(format!("z.regeling = '{}'", regeling.code()));
    }
    if let Some(consulent) = filter.consulent {
        let p = plek(&mut waarden, consulent.to_string());
        waar.push(format!("z.consulent_id = {p}"));
    }
    let mut naam: Vec<String> = filter
        .woorden
        .iter()
        .map(|w| {
            let p = plek(&mut waarden, db::bevat(w));
            format!("COALESCE(z.wachtrij_naam, '') LIKE {p} ESCAPE '\\'")
        })
        .collect();
    if naam.is_empty() {
        naam.push("1 = 1".into());
    }
    let naam = naam.join(" AND ");
    if filter.referentie.is_empty() {
        if !filter.woorden.is_empty() {
            waar.push(format!("({naam})"));
        }
    } else {
        let p = plek(&mut waarden, db::bevat(&filter.referentie));
        waar.push(format!(
            "(COALESCE(z.wachtrij_ref, '') LIKE {p} ESCAPE '\\' OR ({naam}))"
        ));
    }
    let waar = waar.join(" AND ");
    // Counted up to one more than TEL_TOT: the count stops early, however many cases there are.
    let tel = format!(
        "SELECT COUNT(*) FROM (SELECT 1 FROM zaken z WHERE {waar} LIMIT {}) t",
        TEL_TOT + 1
    );
    let totaal: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(tel))
        .bind_alle(&waarden)
        .fetch_one(&mut *conn)
        .await?;
    let sql = format!(
        "SELECT {KOLOMMEN}, z.wachtrij_spoed, z.wachtrij_spoed_tot, z.wachtrij_einde, z.wachtrij_wat, \
         z.wachtrij_wettelijk, z.wachtrij_tot FROM zaken z LEFT JOIN personen c ON c.id = z.consulent_id \
         WHERE {waar} ORDER BY z.wachtrij_volgorde LIMIT {limit} OFFSET {offset}",
        limit = limit.max(0),
        offset = offset.max(0)
    );
    let rijen = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(&waarden)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| {
            let wat: Option<String> = row.try_get("wachtrij_wat")?;
            let einde = db::date_opt(row, "wachtrij_einde")?;
            let spoed: i64 = row.try_get("wachtrij_spoed")?;
            let wettelijk: i64 = row.try_get("wachtrij_wettelijk")?;
            Ok((
                lees(row)?,
                Wachtrijrij {
                    in_wachtrij: true,
                    spoed: spoed == 1,
                    spoed_tot: db::moment_opt(row, "wachtrij_spoed_tot")?,
                    deadline: match (wat.as_deref().and_then(wat_van), einde) {
                        (Some(wat), Some(einde)) => Some(Deadline {
                            wat,
                            einde,
                            wettelijk: wettelijk == 1,
                        }),
                        _ => None,
                    },
                    tot: db::date_opt(row, "wachtrij_tot")?,
                },
            ))
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((rijen, totaal))
}
