//! The SQL of cliëntondersteuners: their accounts, the cases of their clients for the dashboard (three queries
//! for the whole page, whatever the number of clients), and the requests for cliëntondersteuning they take.

use std::collections::HashMap;

use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use crate::auth::machtiging::{Soort, Status};
use crate::db;
use crate::i18n::Lang;
use crate::zaken::domain::Stap;

pub use crate::auth::repo::{Account, Gezet, accounts, een, zet};

/// Ends a cliëntondersteuner's account: the person becomes a resident again, without an organisation, and
/// every machtiging they hold as a cliëntondersteuner ends (by `door`). Their other machtigingen (as a
/// relative, say) stay. Returns whether there was such an account.
pub async fn beeindig(
    conn: &mut AnyConnection,
    id: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    if !crate::auth::repo::niet_meer_clientondersteuner(conn, id).await? {
        return Ok(false);
    }
    let lopend = crate::machtigingen::repo::van_helper(&mut *conn, id).await?;
    for m in lopend.iter().filter(|m| {
        m.soort == Soort::Clientondersteuner && (m.status == Status::Actief || m.status.is_open())
    }) {
        crate::machtigingen::repo::beeindig(&mut *conn, &m.id, door, now).await?;
    }
    Ok(true)
}

/// The residents this helper holds an active machtiging for today, as a subquery with `$1` the helper and `$2`
/// today.
/// The clients whose care cases this helper may see: a bewindvoerder's machtiging covers money only
/// (`Soort::onderwerpen`).
const CLIENTEN: &str = "SELECT inwoner_id FROM machtigingen WHERE helper_id = $1 AND status = 'actief' \
    AND (geldig_tot IS NULL OR geldig_tot >= $2) AND soort <> 'bewindvoerder'";

/// A client's submitted melding, before its events are folded into a case.
#[derive(Clone, Debug)]
pub struct ZaakRij {
    pub melding_id: String,
    pub persoon_id: String,
    pub referentie: String,
    pub ontvangen_op: Option<Date>,
    pub eerste_gesprek_op: Option<Date>,
}

/// Every submitted melding of this helper's clients, with the events of each case grouped by melding: two
/// queries for the whole dashboard.
pub async fn zaken_van_clienten(
    pool: &sqlx::AnyPool,
    helper_id: &str,
    vandaag: Date,
) -> Result<(Vec<ZaakRij>, HashMap<String, Vec<Stap>>), sqlx::Error> {
    let sql = format!(
        "SELECT m.id, m.persoon_id, m.referentie, m.ontvangen_op, m.eerste_gesprek_op FROM meldingen m \
         WHERE m.status = 'ingediend' AND m.persoon_id IN ({CLIENTEN})"
    );
    let dag = |row: &sqlx::any::AnyRow, kolom: &str| -> Result<Option<Date>, sqlx::Error> {
        Ok(row
            .try_get::<Option<String>, _>(kolom)?
            .as_deref()
            .and_then(db::parse_date))
    };
    let zaken = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(helper_id)
        .bind(db::date(vandaag))
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok(ZaakRij {
                melding_id: row.try_get("id")?,
                persoon_id: row.try_get("persoon_id")?,
                referentie: row
                    .try_get::<Option<String>, _>("referentie")?
                    .unwrap_or_default(),
                ontvangen_op: dag(row, "ontvangen_op")?,
                eerste_gesprek_op: dag(row, "eerste_gesprek_op")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let sql = format!(
        "SELECT g.zaak_id, g.volgnummer, g.gegevens, g.door_persoon_id, g.door_rol, g.op \
         FROM zaak_gebeurtenissen g JOIN meldingen m ON m.id = g.zaak_id \
         WHERE m.status = 'ingediend' AND m.persoon_id IN ({CLIENTEN}) AND {} \
         ORDER BY g.zaak_id, g.volgnummer",
        crate::zaken::stap::ALLEEN_REGELING
    );
    let mut stappen: HashMap<String, Vec<Stap>> = HashMap::new();
    for row in sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(helper_id)
        .bind(db::date(vandaag))
        .fetch_all(pool)
        .await?
    {
        let melding_id: String = row.try_get("zaak_id")?;
        stappen
            .entry(melding_id)
            .or_default()
            .push(crate::zaken::repo::lees_stap(&row)?);
    }
    Ok((zaken, stappen))
}

/// A request for cliëntondersteuning that nobody of the organisation has taken yet: what is needed to contact
/// the resident. The resident's note is not shown here: it went to the organisation by mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenVerzoek {
    pub id: String,
    pub referentie: String,
    pub aangemaakt_op: OffsetDateTime,
    /// The name of the person it is for, when that is not the person who asked.
    pub ander_naam: Option<String>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    /// What the resident wrote with the request: only here, never in the organisation's mail.
    pub notitie: Option<String>,
    /// The resident lets the one who takes it see the dossier of their melding.
    pub dossier_inzien: bool,
}

/// The open requests sent to this organisation, the oldest first.
pub async fn open_verzoeken<'e>(
    db: impl Executor<'e, Database = Any>,
    organisatie: &str,
) -> Result<Vec<OpenVerzoek>, sqlx::Error> {
    sqlx::query(
        "SELECT id, referentie, aangemaakt_op, ander_naam, telefoon, email, notitie, dossier_inzien, melding_id \
         FROM clientondersteuning_verzoeken WHERE organisatie_id = $1 AND ondersteuner_id IS NULL \
         ORDER BY aangemaakt_op, referentie",
    )
    .bind(organisatie)
    .fetch_all(db)
    .await?
    .iter()
    .map(|row| {
        Ok(OpenVerzoek {
            id: row.try_get("id")?,
            referentie: row.try_get("referentie")?,
            aangemaakt_op: db::moment(row, "aangemaakt_op")?,
            ander_naam: row.try_get("ander_naam")?,
            telefoon: row.try_get("telefoon")?,
            email: row.try_get("email")?,
            notitie: row.try_get("notitie")?,
            dossier_inzien: row.try_get::<i64, _>("dossier_inzien")? != 0
                && row.try_get::<Option<String>, _>("melding_id")?.is_some(),
        })
    })
    .collect()
}

/// A request just taken, with what the mail to the resident needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opgepakt {
    pub persoon_id: String,
    pub referentie: String,
    /// The resident allowed the dossier of their melding to be seen (and there is a melding).
    pub dossier_inzien: bool,
    pub email: String,
    pub taal: Lang,
}

/// Takes an open request of this organisation for `ondersteuner_id`. The update only succeeds while nobody has
/// it, so of two colleagues who click at the same moment one gets it and the other `None`.
pub async fn oppakken(
    conn: &mut AnyConnection,
    id: &str,
    organisatie: &str,
    ondersteuner_id: &str,
) -> Result<Option<Opgepakt>, sqlx::Error> {
    let genomen: Option<(String, String, i64, Option<String>)> = sqlx::query_as(
        "UPDATE clientondersteuning_verzoeken SET ondersteuner_id = $3 \
         WHERE id = $1 AND organisatie_id = $2 AND ondersteuner_id IS NULL \
         RETURNING persoon_id, referentie, dossier_inzien, melding_id",
    )
    .bind(id)
    .bind(organisatie)
    .bind(ondersteuner_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((persoon_id, referentie, inzien, melding_id)) = genomen else {
        return Ok(None);
    };
    let (email, taal) = crate::auth::repo::email_en_taal(conn, &persoon_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    Ok(Some(Opgepakt {
        persoon_id,
        referentie,
        dossier_inzien: inzien != 0 && melding_id.is_some(),
        email,
        taal,
    }))
}

/// Whether this helper holds an active machtiging for this resident today.
pub async fn heeft_machtiging(
    conn: &mut AnyConnection,
    helper_id: &str,
    inwoner_id: &str,
    vandaag: Date,
) -> Result<bool, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM ({CLIENTEN}) c WHERE c.inwoner_id = $3");
    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(helper_id)
        .bind(db::date(vandaag))
        .bind(inwoner_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}
