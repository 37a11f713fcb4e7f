//! The SQL of vertegenwoordiging: requests to confirm a helper, their proof, the staff's check, and moving a
//! melding to the resident it was filed for. Machtigingen themselves are made and ended with
//! [`crate::machtigingen::repo`].

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::{Date, OffsetDateTime};

use crate::auth::Person;
use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
use crate::db::{self, BindAlle};
use crate::i18n::Lang;
use crate::token;

/// A machtiging as these pages need it: what was asked, by whom, about whom, and its proof.
#[derive(Clone, Debug)]
pub struct Aanvraag {
    pub id: String,
    pub soort: Soort,
    pub grond: Grond,
    pub status: Status,
    pub rechten: Rechten,
    pub geldig_tot: Option<Date>,
    /// The address and name given for the resident, and their date of birth (legal representatives).
    pub email: Option<String>,
    pub naam: Option<String>,
    pub geboortedatum: Option<Date>,
    pub melding_id: Option<crate::ids::ZaakId>,
    pub inwoner_id: Option<String>,
    /// Who asked: the helper or the representative.
    pub aanvrager_id: String,
    pub aanvrager_naam: Option<String>,
    pub aanvrager_email: String,
    pub aanvrager_taal: Lang,
    pub code_hash: Option<String>,
    pub code_pogingen: i64,
    pub verloopt_op: Option<OffsetDateTime>,
    pub aangemaakt_op: OffsetDateTime,
    pub afwijs_reden: Option<String>,
    /// The proof's file name, type and size, if there is one.
    pub bewijs: Option<(String, String, i64)>,
}

impl Aanvraag {
    /// The requester's name, or their address.
    pub fn aanvrager(&self) -> &str {
        self.aanvrager_naam
            .as_deref()
            .unwrap_or(&self.aanvrager_email)
    }
}

const KOLOMMEN: &str = "m.id, m.soort, m.grond, m.status, m.bekijken, m.indienen, m.post, m.geldig_tot, m.email, \
    m.naam, m.geboortedatum, m.melding_id, m.inwoner_id, m.aangemaakt_door, m.code_hash, m.code_pogingen, \
    m.verloopt_op, m.aangemaakt_op, m.afwijs_reden, p.naam AS aanvrager_naam, p.email AS aanvrager_email, \
    p.taal AS aanvrager_taal, b.naam AS bewijs_naam, b.type AS bewijs_type, b.grootte AS bewijs_grootte \
    FROM machtigingen m JOIN personen p ON p.id = m.aangemaakt_door \
    LEFT JOIN machtiging_bewijzen b ON b.machtiging_id = m.id";

fn lees(row: &AnyRow) -> Result<Aanvraag, sqlx::Error> {
    let tekst = |kolom: &str| row.try_get::<Option<String>, _>(kolom);
    let bewijs = match (tekst("bewijs_naam")?, tekst("bewijs_type")?) {
        (Some(naam), Some(soort)) => Some((
            naam,
            soort,
            row.try_get::<Option<i64>, _>("bewijs_grootte")?
                .unwrap_or(0),
        )),
        _ => None,
    };
    Ok(Aanvraag {
        id: row.try_get("id")?,
        soort: Soort::from_code(row.try_get::<String, _>("soort")?.as_str())
            .unwrap_or(Soort::Gemachtigde),
        grond: Grond::from_code(row.try_get::<String, _>("grond")?.as_str()),
        status: Status::from_code(row.try_get::<String, _>("status")?.as_str()),
        rechten: Rechten {
            bekijken: row.try_get::<i64, _>("bekijken")? != 0,
            indienen: row.try_get::<i64, _>("indienen")? != 0,
            post: row.try_get::<i64, _>("post")? != 0,
        },
        geldig_tot: tekst("geldig_tot")?.as_deref().and_then(db::parse_date),
        email: tekst("email")?,
        naam: tekst("naam")?,
        geboortedatum: tekst("geboortedatum")?.as_deref().and_then(db::parse_date),
        melding_id: tekst("melding_id")?.map(crate::ids::ZaakId::new),
        inwoner_id: tekst("inwoner_id")?,
        aanvrager_id: row.try_get("aangemaakt_door")?,
        aanvrager_naam: tekst("aanvrager_naam")?,
        aanvrager_email: row.try_get("aanvrager_email")?,
        aanvrager_taal: Lang::from_code(row.try_get::<String, _>("aanvrager_taal")?.as_str())
            .unwrap_or(Lang::Nl),
        code_hash: tekst("code_hash")?,
        code_pogingen: row.try_get("code_pogingen")?,
        verloopt_op: tekst("verloopt_op")?.as_deref().and_then(db::parse_ts),
        aangemaakt_op: db::moment(row, "aangemaakt_op")?,
        afwijs_reden: tekst("afwijs_reden")?,
        bewijs,
    })
}

async fn zoek<'e>(
    db: impl Executor<'e, Database = Any>,
    voorwaarde: &str,
    waarden: &[&str],
) -> Result<Vec<Aanvraag>, sqlx::Error> {
    let sql = format!("SELECT {KOLOMMEN} WHERE {voorwaarde}");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(waarden.iter().copied())
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

/// One machtiging by id.
pub async fn een<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    Ok(zoek(db, "m.id = $1", &[id]).await?.into_iter().next())
}

/// One machtiging by id, if this person asked for it.
pub async fn van_aanvrager<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    persoon_id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    Ok(zoek(
        db,
        "m.id = $1 AND m.aangemaakt_door = $2",
        &[id, persoon_id],
    )
    .await?
    .into_iter()
    .next())
}

/// The requests of this person as a legal representative, newest first.
pub async fn wettelijk_van<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Vec<Aanvraag>, sqlx::Error> {
    zoek(
        db,
        "m.aangemaakt_door = $1 AND m.grond = $2 ORDER BY m.aangemaakt_op DESC",
        &[persoon_id, Grond::Rechter.code()],
    )
    .await
}

/// Every machtiging whose proof staff still have to check, oldest first.
pub async fn te_controleren<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<Aanvraag>, sqlx::Error> {
    // The status in the statement, not bound: planned once, PostgreSQL must see that this status is rare.
    let voorwaarde = format!(
        "m.status = '{}' ORDER BY m.aangemaakt_op, m.id",
        Status::TeControleren.code()
    );
    zoek(db, &voorwaarde, &[]).await
}

/// The newest request to confirm the helper of this melding, of any status.
pub async fn laatste_voor_melding<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    Ok(zoek(
        db,
        "m.melding_id = $1 ORDER BY m.aangemaakt_op DESC, m.id LIMIT 1",
        &[melding_id],
    )
    .await?
    .into_iter()
    .next())
}

/// Ends every open request to confirm the helper of this melding (waiting for the resident or for staff), in
/// the caller's write transaction, so that a new request replaces them and at most one stays open.
pub async fn sluit_open(
    conn: &mut AnyConnection,
    melding_id: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    // Locks the melding's row until commit. On PostgreSQL a second submit then waits here, and the update
    // below sees the request the first one wrote. SQLite has one writer at a time already.
    sqlx::query("UPDATE meldingen SET id = id WHERE id = $1")
        .bind(melding_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE machtigingen SET status = 'beeindigd', beeindigd_door = $2, beeindigd_op = $3, \
         token_hash = NULL, code_hash = NULL \
         WHERE melding_id = $1 AND status IN ('wacht_op_inwoner', 'te_controleren')",
    )
    .bind(melding_id)
    .bind(door)
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores the proof of a machtiging.
pub async fn bewijs_opslaan(
    conn: &mut AnyConnection,
    machtiging_id: &str,
    naam: &str,
    mime: &str,
    inhoud: &[u8],
) -> Result<(), sqlx::Error> {
    let sha256 = token::hash_bytes(inhoud);
    let controle = crate::zaken::document::controle_van(&mut *conn, &sha256).await?;
    sqlx::query(
        "INSERT INTO machtiging_bewijzen (machtiging_id, naam, type, grootte, sha256, inhoud, controle) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(machtiging_id)
    .bind(naam)
    .bind(mime)
    .bind(i64::try_from(inhoud.len()).unwrap_or(i64::MAX))
    .bind(sha256)
    .bind(inhoud)
    .bind(controle.code())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The proof's bytes; `None` when there is none, or when a virus was found in it. A proof that still waits
/// for its virus scan is [`crate::error::AppError::WordtGecontroleerd`].
pub async fn bewijs_inhoud<'e>(
    db: impl Executor<'e, Database = Any>,
    machtiging_id: &str,
) -> crate::error::AppResult<Option<Vec<u8>>> {
    let rij: Option<(Vec<u8>, String)> =
        sqlx::query_as("SELECT inhoud, controle FROM machtiging_bewijzen WHERE machtiging_id = $1")
            .bind(machtiging_id)
            .fetch_optional(db)
            .await?;
    match rij {
        Some((_, controle)) if controle == "wacht" => {
            Err(crate::error::AppError::WordtGecontroleerd)
        }
        Some((inhoud, controle)) if controle == "vrij" => Ok(Some(inhoud)),
        _ => Ok(None),
    }
}

/// Writes one look at a machtiging by staff: the page (`bekeken`) or the proof (`gedownload`).
pub async fn inzage(
    conn: &mut AnyConnection,
    machtiging_id: &str,
    wie: &Person,
    handeling: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO machtiging_inzage (id, machtiging_id, persoon_id, handeling, op) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token::new_id())
    .bind(machtiging_id)
    .bind(&wie.id)
    .bind(handeling)
    .bind(db::ts(now))
    .execute(conn)
    .await
    .map(|_| ())
}

/// Counts a wrong code. At [`crate::auth::machtiging::MAX_CODE_POGINGEN`] the request ends: link and code
/// stop working, and the helper must ask again. Returns the number of wrong tries so far.
pub async fn code_fout(
    conn: &mut AnyConnection,
    id: &str,
    max: i64,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let pogingen: i64 = sqlx::query_scalar(
        "UPDATE machtigingen SET code_pogingen = code_pogingen + 1 WHERE id = $1 \
         RETURNING code_pogingen",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    if pogingen >= max {
        sqlx::query(
            "UPDATE machtigingen SET status = 'beeindigd', beeindigd_op = $2, token_hash = NULL, \
             code_hash = NULL WHERE id = $1 AND status = 'wacht_op_inwoner'",
        )
        .bind(id)
        .bind(db::ts(now))
        .execute(conn)
        .await?;
    }
    Ok(pogingen)
}

/// Moves a melding from the helper who filed it to the resident it is for; the helper stays recorded as who
/// filed it. Only while the helper still owns it.
pub async fn verhuis_melding(
    conn: &mut AnyConnection,
    melding_id: &crate::ids::ZaakId,
    inwoner_id: &crate::ids::PersoonId,
    helper_id: &str,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE meldingen SET persoon_id = $2, ingediend_door = $3 WHERE id = $1 AND persoon_id = $3",
    )
    .bind(melding_id)
    .bind(inwoner_id)
    .bind(helper_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n == 1 {
        crate::zaken::kern::zet_eigenaar(conn, melding_id, inwoner_id).await?;
    }
    Ok(n == 1)
}

/// Records who checked a machtiging's proof and when, with the reason when it was refused.
pub async fn gecontroleerd(
    conn: &mut AnyConnection,
    id: &str,
    door: &str,
    afwijs_reden: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n = match afwijs_reden {
        Some(reden) => {
            sqlx::query(
                "UPDATE machtigingen SET status = 'afgewezen', afwijs_reden = $3, gecontroleerd_door = $2, \
                 gecontroleerd_op = $4 WHERE id = $1 AND status = 'te_controleren'",
            )
            .bind(id)
            .bind(door)
            .bind(reden)
            .bind(db::ts(now))
            .execute(conn)
            .await?
        }
        None => {
            sqlx::query(
                "UPDATE machtigingen SET gecontroleerd_door = $2, gecontroleerd_op = $3 WHERE id = $1",
            )
            .bind(id)
            .bind(door)
            .bind(db::ts(now))
            .execute(conn)
            .await?
        }
    };
    Ok(n.rows_affected() == 1)
}

/// The resident said no: the request ends, with link and code. Nobody is recorded as who ended it: the
/// resident may have no account, and saying no must not make one.
pub async fn geweigerd(
    conn: &mut AnyConnection,
    id: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE machtigingen SET status = 'beeindigd', beeindigd_op = $2, token_hash = NULL, code_hash = NULL \
         WHERE id = $1 AND status = 'wacht_op_inwoner'",
    )
    .bind(id)
    .bind(db::ts(now))
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}
