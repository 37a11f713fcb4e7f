//! The SQL of the persoonlijk plan. One row per melding in `persoonlijke_plannen` (a new version overwrites it);
//! an uploaded file is a document of the case in the one store ([`crate::zaken::document`]), with the plan's id.

use sqlx::{Any, AnyConnection, Executor};
use time::OffsetDateTime;

use super::domain::{Soort, Status, Teksten};
use crate::db;
use crate::error::AppResult;
use crate::token;
use crate::zaken::document::{self, BestandType, Controle};

/// An uploaded file's details, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BestandInfo {
    pub naam: String,
    pub grootte: i64,
    pub soort: BestandType,
    /// Where it stands with its virus scan.
    pub controle: Controle,
}

/// The current plan of a melding.
#[derive(Clone, Debug)]
pub struct Plan {
    pub soort: Soort,
    pub status: Status,
    pub teksten: Teksten,
    pub bestand: Option<BestandInfo>,
    pub ingeleverd_op: Option<OffsetDateTime>,
}

type PlanRij = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<String>,
    String,
);

pub async fn plan<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Option<Plan>, sqlx::Error> {
    let row: Option<PlanRij> = sqlx::query_as(
        "SELECT p.soort, p.status, p.doelen, p.zelf_en_netwerk, p.ondersteuning, p.bestand_naam, \
         p.bestand_grootte, p.bestand_type, p.ingeleverd_op, COALESCE(d.controle, 'vrij') \
         FROM persoonlijke_plannen p LEFT JOIN documenten d ON d.id = p.id WHERE p.melding_id = $1",
    )
    .bind(melding_id)
    .fetch_optional(db)
    .await?;
    row.map(
        |(
            soort,
            status,
            doelen,
            zelf,
            steun,
            naam,
            grootte,
            soort_bestand,
            ingeleverd_op,
            controle,
        )| {
            let type_ = soort_bestand
                .map(|m| {
                    BestandType::from_mime(&m).ok_or_else(|| db::unreadable("bestand_type", &m))
                })
                .transpose()?;
            let bestand = match (naam, grootte, type_) {
                (Some(naam), Some(grootte), Some(soort)) => Some(BestandInfo {
                    naam,
                    grootte,
                    soort,
                    controle: Controle::from_code(&controle)
                        .ok_or_else(|| db::unreadable("controle", &controle))?,
                }),
                _ => None,
            };
            Ok(Plan {
                soort: Soort::from_code(&soort).ok_or_else(|| db::unreadable("soort", &soort))?,
                status: Status::from_code(&status)
                    .ok_or_else(|| db::unreadable("status", &status))?,
                teksten: Teksten {
                    doelen: doelen.unwrap_or_default(),
                    zelf_en_netwerk: zelf.unwrap_or_default(),
                    ondersteuning: steun.unwrap_or_default(),
                },
                bestand,
                ingeleverd_op: ingeleverd_op
                    .map(|t| db::parse_ts(&t).ok_or_else(|| db::unreadable("ingeleverd_op", &t)))
                    .transpose()?,
            })
        },
    )
    .transpose()
}

/// Stores the written plan as the melding's one plan: a draft, or handed in. It replaces an uploaded file.
pub async fn bewaar_teksten(
    conn: &mut AnyConnection,
    melding_id: &str,
    teksten: &Teksten,
    status: Status,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let ingeleverd_op = (status == Status::Ingeleverd).then(|| db::ts(now));
    sqlx::query(
        "INSERT INTO persoonlijke_plannen \
         (id, melding_id, soort, status, doelen, zelf_en_netwerk, ondersteuning, ingeleverd_op, gewijzigd_op) \
         VALUES ($1, $2, 'geschreven', $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (melding_id) DO UPDATE SET soort = 'geschreven', status = excluded.status, \
         doelen = excluded.doelen, zelf_en_netwerk = excluded.zelf_en_netwerk, \
         ondersteuning = excluded.ondersteuning, bestand_naam = NULL, bestand_grootte = NULL, \
         bestand_type = NULL, bestand_sha256 = NULL, ingeleverd_op = excluded.ingeleverd_op, \
         gewijzigd_op = excluded.gewijzigd_op",
    )
    .bind(token::new_id())
    .bind(melding_id)
    .bind(status.code())
    .bind(teksten.doelen.as_str())
    .bind(teksten.zelf_en_netwerk.as_str())
    .bind(teksten.ondersteuning.as_str())
    .bind(ingeleverd_op)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    // A written plan replaces an uploaded one.
    let plan_id: String =
        sqlx::query_scalar("SELECT id FROM persoonlijke_plannen WHERE melding_id = $1")
            .bind(melding_id)
            .fetch_one(&mut *conn)
            .await?;
    document::verwijder(conn, melding_id, &plan_id).await?;
    Ok(())
}

/// The kind of the document that is an uploaded plan.
pub const PLAN: &str = "plan";

/// An uploaded file to store.
pub struct NieuwBestand<'a> {
    pub naam: &'a str,
    pub soort: BestandType,
    pub inhoud: &'a [u8],
    pub sha256: &'a str,
    /// Who sent it (the resident or a helper); `None` for demo data.
    pub door_persoon_id: Option<&'a str>,
}

/// Stores an uploaded file as the melding's one plan, handed in at once. It replaces a written plan.
pub async fn bewaar_bestand(
    conn: &mut AnyConnection,
    melding_id: &str,
    bestand: &NieuwBestand<'_>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let grootte = i64::try_from(bestand.inhoud.len()).unwrap_or(i64::MAX);
    let plan_id: String = sqlx::query_scalar(
        "INSERT INTO persoonlijke_plannen \
         (id, melding_id, soort, status, bestand_naam, bestand_grootte, bestand_type, bestand_sha256, \
         ingeleverd_op, gewijzigd_op) \
         VALUES ($1, $2, 'bestand', 'ingeleverd', $3, $4, $5, $6, $7, $7) \
         ON CONFLICT (melding_id) DO UPDATE SET soort = 'bestand', status = 'ingeleverd', doelen = NULL, \
         zelf_en_netwerk = NULL, ondersteuning = NULL, bestand_naam = excluded.bestand_naam, \
         bestand_grootte = excluded.bestand_grootte, bestand_type = excluded.bestand_type, \
         bestand_sha256 = excluded.bestand_sha256, ingeleverd_op = excluded.ingeleverd_op, \
         gewijzigd_op = excluded.gewijzigd_op \
         RETURNING id",
    )
    .bind(token::new_id())
    .bind(melding_id)
    .bind(bestand.naam)
    .bind(grootte)
    .bind(bestand.soort.mime())
    .bind(bestand.sha256)
    .bind(db::ts(now))
    .fetch_one(&mut *conn)
    .await?;
    // The file is a document of the case with the plan's id: a new upload replaces the one before.
    document::verwijder(conn, melding_id, &plan_id).await?;
    let nieuw = document::Nieuw {
        soort: PLAN,
        naam: bestand.naam,
        type_: bestand.soort,
        inhoud: bestand.inhoud,
    };
    document::bewaar(
        conn,
        &plan_id,
        melding_id,
        &nieuw,
        bestand.door_persoon_id,
        now,
        false,
    )
    .await?;
    Ok(())
}

/// The uploaded file of a melding's plan: its details and its bytes.
pub async fn bestand(
    pool: &sqlx::AnyPool,
    melding_id: &str,
) -> AppResult<Option<(BestandInfo, Vec<u8>)>> {
    let mut conn = pool.acquire().await?;
    let plan_id: Option<String> = sqlx::query_scalar(
        "SELECT id FROM persoonlijke_plannen WHERE melding_id = $1 AND soort = 'bestand'",
    )
    .bind(melding_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(plan_id) = plan_id else {
        return Ok(None);
    };
    Ok(document::met_inhoud(&mut conn, melding_id, &plan_id)
        .await?
        .map(|(d, inhoud)| {
            (
                BestandInfo {
                    naam: d.naam,
                    grootte: d.grootte,
                    soort: d.type_,
                    controle: d.controle,
                },
                inhoud,
            )
        }))
}
