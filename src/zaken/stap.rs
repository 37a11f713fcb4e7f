//! The steps of a case, whatever the scheme: an append-only list of events (table `zaak_gebeurtenissen`).
//! Each scheme lists its own kinds of step in its own enum and implements [`Stap`] for it; the kernel stores
//! them, numbers them, and moves the case's phase and term by them. Nothing changes a case's phase except
//! a step. A step is never changed or removed.

use serde::{Serialize, de::DeserializeOwned};
use sqlx::{Any, AnyConnection, Executor, Row};
use time::OffsetDateTime;

use super::domain::{Door, Fase};
use super::kern::{self, Regeling};
use crate::ids::{PersoonId, ZaakId};
use crate::{db, token};

/// The kinds of step of one scheme.
pub trait Stap: Serialize + DeserializeOwned {
    /// The scheme whose cases take these steps: a step of one scheme is never stored on a case of another.
    const REGELING: Regeling;

    /// The stored name of the kind of step.
    fn soort(&self) -> &'static str;

    /// The phase the case is in after this step, if the step moves it. Phases only move forward.
    fn fase(&self) -> Option<Fase> {
        None
    }

    /// True when the term for a decision starts with this step.
    fn start_termijn(&self) -> bool {
        false
    }
}

/// The phase of a case in phase `huidig` after `stap`: phases only move forward.
pub fn fase_na(huidig: Fase, stap: &impl Stap) -> Fase {
    match stap.fase() {
        Some(f) if f.index() > huidig.index() => f,
        _ => huidig,
    }
}

/// The phase of a case after all its steps, oldest first: where [`leg_vast`] left it.
pub fn fase_uit<'a, S: Stap + 'a>(stappen: impl IntoIterator<Item = &'a S>) -> Fase {
    stappen.into_iter().fold(Fase::Ontvangen, fase_na)
}

/// Who took a step: the person (none for someone without an account, such as a co-owner answering by a
/// link, or for steps taken before they were recorded) and in which role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Auteur<'a> {
    pub persoon_id: Option<&'a PersoonId>,
    pub door: Door,
}

impl<'a> Auteur<'a> {
    pub fn persoon(persoon_id: &'a PersoonId, door: Door) -> Auteur<'a> {
        Auteur {
            persoon_id: Some(persoon_id),
            door,
        }
    }

    /// A member of staff.
    pub fn medewerker(persoon_id: &'a PersoonId) -> Auteur<'a> {
        Auteur::persoon(persoon_id, Door::Medewerker)
    }
}

/// Opens a case ([`kern::openen`]) with its first step, inside the caller's write transaction: a case of a
/// scheme with steps is born by the step that submits it.
pub async fn openen<S: Stap>(
    conn: &mut AnyConnection,
    zaak: &kern::NieuweZaak<'_>,
    auteur: Auteur<'_>,
    eerste: &S,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    kern::openen(conn, zaak, now).await?;
    leg_vast(conn, zaak.id, auteur, eerste, now).await
}

/// Appends a step to a case inside the caller's write transaction, and moves the case's phase (forward only)
/// and term by it. Returns the step's number. Two people recording at the same moment: the second fails on
/// the unique number and its transaction is rolled back, so nothing is lost or mixed.
pub async fn leg_vast<S: Stap>(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    auteur: Auteur<'_>,
    stap: &S,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let (laatste, fase, regeling): (i64, String, String) =
        sqlx::query_as("SELECT laatste_volgnummer, fase, regeling FROM zaken WHERE id = $1")
            .bind(zaak_id)
            .fetch_one(&mut *conn)
            .await?;
    if regeling != S::REGELING.code() {
        return Err(sqlx::Error::Protocol(format!(
            "a step of {} on a case of {regeling}",
            S::REGELING.code()
        )));
    }
    let volgnummer = laatste + 1;
    let gegevens = serde_json::to_string(stap)
        .map_err(|e| sqlx::Error::Encode(format!("event: {e}").into()))?;
    schrijf(
        conn,
        zaak_id,
        volgnummer,
        auteur,
        stap.soort(),
        &gegevens,
        now,
    )
    .await?;
    let huidig = Fase::from_code(&fase).ok_or_else(|| db::unreadable("fase", &fase))?;
    let fase = fase_na(huidig, stap);
    let termijn_vanaf = stap.start_termijn().then(|| db::ts(now));
    let done = sqlx::query(
        "UPDATE zaken SET fase = $2, laatste_volgnummer = $3, bijgewerkt_op = $4, \
         termijn_vanaf = COALESCE($5, termijn_vanaf) WHERE id = $1 AND laatste_volgnummer = $6",
    )
    .bind(zaak_id)
    .bind(fase.code())
    .bind(volgnummer)
    .bind(db::ts(now))
    .bind(termijn_vanaf)
    .bind(laatste)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Err(sqlx::Error::RowNotFound);
    }
    Ok(volgnummer)
}

async fn schrijf(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    volgnummer: i64,
    auteur: Auteur<'_>,
    soort: &str,
    gegevens: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, \
         door_rol, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token::new_id())
    .bind(zaak_id)
    .bind(volgnummer)
    .bind(soort)
    .bind(gegevens)
    .bind(auteur.persoon_id)
    .bind(auteur.door.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await
    .map(|_| ())
}

/// The kinds of step the kernel itself records on a case of any scheme ([`super::correctie`]): numbered with
/// the scheme's steps, but none of the scheme's, so that a scheme reads its own steps without them.
pub const KERN_SOORTEN: [&str; 2] = ["correctieverzoek", "correctie_beantwoord"];

/// The SQL condition on `zaak_gebeurtenissen` (as `g`) that leaves out the kernel's own steps.
pub const ALLEEN_REGELING: &str = "g.soort NOT IN ('correctieverzoek', 'correctie_beantwoord')";

/// Appends a step of the kernel's own ([`KERN_SOORTEN`]) to a case of any scheme inside the caller's write
/// transaction: numbered after the case's last step, so that two people recording at the same moment cannot
/// both succeed, and moving neither its phase nor its term. Returns the step's number.
pub async fn leg_vast_kern(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    auteur: Auteur<'_>,
    soort: &'static str,
    gegevens: &str,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let laatste: i64 = sqlx::query_scalar("SELECT laatste_volgnummer FROM zaken WHERE id = $1")
        .bind(zaak_id)
        .fetch_one(&mut *conn)
        .await?;
    let volgnummer = laatste + 1;
    schrijf(conn, zaak_id, volgnummer, auteur, soort, gegevens, now).await?;
    let done = sqlx::query(
        "UPDATE zaken SET laatste_volgnummer = $2, bijgewerkt_op = $3 WHERE id = $1 \
         AND laatste_volgnummer = $4",
    )
    .bind(zaak_id)
    .bind(volgnummer)
    .bind(db::ts(now))
    .bind(laatste)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Err(sqlx::Error::RowNotFound);
    }
    Ok(volgnummer)
}

/// One stored step of a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vastgelegd<S> {
    pub volgnummer: i64,
    pub stap: S,
    pub door_persoon_id: Option<PersoonId>,
    pub door: Door,
    pub op: OffsetDateTime,
}

/// The steps of one case, oldest first. A step that does not read as the scheme's kind is an error.
pub async fn stappen<'e, S: Stap>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &ZaakId,
) -> Result<Vec<Vastgelegd<S>>, sqlx::Error> {
    sqlx::query(
        "SELECT g.volgnummer, g.gegevens, g.door_persoon_id, g.door_rol, g.op FROM zaak_gebeurtenissen g \
         JOIN zaken z ON z.id = g.zaak_id WHERE g.zaak_id = $1 AND z.regeling = $2 \
         AND g.soort NOT IN ('correctieverzoek', 'correctie_beantwoord') ORDER BY g.volgnummer",
    )
    .bind(zaak_id)
    .bind(S::REGELING.code())
    .fetch_all(db)
    .await?
    .iter()
    .map(|row| {
        let gegevens: String = row.try_get("gegevens")?;
        let door: String = row.try_get("door_rol")?;
        Ok(Vastgelegd {
            volgnummer: row.try_get("volgnummer")?,
            stap: serde_json::from_str(&gegevens)
                .map_err(|e| sqlx::Error::Decode(format!("event: {e}").into()))?,
            door_persoon_id: row.try_get("door_persoon_id")?,
            door: Door::from_code(&door).ok_or_else(|| db::unreadable("door_rol", &door))?,
            op: db::moment(row, "op")?,
        })
    })
    .collect()
}
