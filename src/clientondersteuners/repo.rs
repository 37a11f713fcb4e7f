//! The SQL of cliëntondersteuners: their accounts, the cases of their clients for the dashboard (two queries
//! for the whole page, whatever the number of clients), and the requests for cliëntondersteuning they take.

use sqlx::{AnyConnection, Row};
use time::{Date, OffsetDateTime};

use crate::auth::machtiging::{Soort, Status};
use crate::clientondersteuning::repo::{self as co_repo, NieuweStap, StapSoort, Toegewezen};
use crate::db::{self, BindAlle};

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

/// The residents whose care cases this helper may see today, as a subquery with `$1` the helper and `$2` today:
/// those they hold an active machtiging for, except a bewindvoerder's, which covers money only
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
    /// The number of the case's last step ([`crate::zaken::gevouwen`]).
    pub laatste_volgnummer: i64,
}

/// Every submitted melding of this helper's clients `personen`, with the number of its case's last step: one
/// query for the page, whatever the number of clients.
pub async fn zaken_van_clienten(
    conn: &mut AnyConnection,
    helper_id: &str,
    vandaag: Date,
    personen: &[String],
) -> Result<Vec<ZaakRij>, sqlx::Error> {
    if personen.is_empty() {
        return Ok(Vec::new());
    }
    // Only the clients on the page.
    let op_pagina = format!("m.persoon_id IN ({})", db::plekken(3, personen.len()));
    let sql = format!(
        "SELECT m.id, m.persoon_id, m.referentie, m.ontvangen_op, m.eerste_gesprek_op, \
         COALESCE(z.laatste_volgnummer, 0) AS laatste_volgnummer FROM meldingen m \
         LEFT JOIN zaken z ON z.id = m.id \
         WHERE m.status = 'ingediend' AND {op_pagina} AND EXISTS (SELECT 1 FROM ({CLIENTEN}) c \
         WHERE c.inwoner_id = m.persoon_id)"
    );
    let dag = |row: &sqlx::any::AnyRow, kolom: &str| -> Result<Option<Date>, sqlx::Error> {
        Ok(row
            .try_get::<Option<String>, _>(kolom)?
            .as_deref()
            .and_then(db::parse_date))
    };
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(helper_id)
        .bind(db::date(vandaag))
        .bind_alle(personen)
        .fetch_all(conn)
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
                laatste_volgnummer: row.try_get("laatste_volgnummer")?,
            })
        })
        .collect()
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

/// The open requests sent to this organisation, the oldest first, and how many there are, counted up to one
/// more than [`crate::zaken::kern::TEL_TOT`] (more stands for "more").
pub async fn open_verzoeken(
    conn: &mut AnyConnection,
    organisatie: &str,
    limit: i64,
    offset: i64,
) -> Result<(Vec<OpenVerzoek>, i64), sqlx::Error> {
    let totaal: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM (SELECT 1 FROM clientondersteuning_verzoeken \
         WHERE organisatie_id = $1 AND ondersteuner_id IS NULL LIMIT {}) t",
        crate::zaken::kern::TEL_TOT + 1
    )))
    .bind(organisatie)
    .fetch_one(&mut *conn)
    .await?;
    let rijen = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT id, referentie, aangemaakt_op, ander_naam, telefoon, email, notitie, dossier_inzien, melding_id \
         FROM clientondersteuning_verzoeken WHERE organisatie_id = $1 AND ondersteuner_id IS NULL \
         ORDER BY aangemaakt_op, referentie LIMIT {} OFFSET {}",
        limit.max(0),
        offset.max(0)
    )))
    .bind(organisatie)
    .fetch_all(&mut *conn)
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
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((rijen, totaal))
}

/// Takes an open request of this organisation for `ondersteuner_id`, and records the step. The update only
/// succeeds while nobody has it, so of two colleagues who click at the same moment one gets it and the other
/// `None`.
pub async fn oppakken(
    conn: &mut AnyConnection,
    id: &str,
    organisatie: (&str, &str),
    ondersteuner_id: &str,
    op: OffsetDateTime,
) -> Result<Option<Toegewezen>, sqlx::Error> {
    let (organisatie_id, organisatie_naam) = organisatie;
    let genomen: Option<(String, String, i64, Option<String>)> = sqlx::query_as(
        "UPDATE clientondersteuning_verzoeken SET ondersteuner_id = $3 \
         WHERE id = $1 AND organisatie_id = $2 AND ondersteuner_id IS NULL \
         RETURNING persoon_id, referentie, dossier_inzien, melding_id",
    )
    .bind(id)
    .bind(organisatie_id)
    .bind(ondersteuner_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(genomen) = genomen else {
        return Ok(None);
    };
    let stap = NieuweStap {
        soort: StapSoort::Opgepakt,
        organisatie_id,
        organisatie_naam,
        ondersteuner_id: Some(ondersteuner_id),
        door_persoon_id: ondersteuner_id,
        op,
    };
    co_repo::stap_vastleggen(conn, id, &stap).await?;
    co_repo::toegewezen(conn, genomen).await.map(Some)
}

/// A request this cliëntondersteuner helps with: who it is for, how to reach them, what they wrote, and since
/// when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MijnVerzoek {
    pub id: String,
    pub referentie: String,
    /// The person who is helped: the one named in the request, or else who asked, by name or address.
    pub naam: Option<String>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub notitie: Option<String>,
    /// The resident lets the one who helps see the dossier of their melding.
    pub dossier_inzien: bool,
    /// When this cliëntondersteuner got it, and whether the municipality chose them; unknown for a request
    /// taken before steps were recorded.
    pub sinds: Option<(OffsetDateTime, bool)>,
}

/// The requests this cliëntondersteuner took, or the municipality gave them, the newest first.
pub async fn mijn_verzoeken(
    conn: &mut AnyConnection,
    ondersteuner_id: &str,
    limit: i64,
    offset: i64,
) -> Result<(Vec<MijnVerzoek>, i64), sqlx::Error> {
    let totaal: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE ondersteuner_id = $1",
    )
    .bind(ondersteuner_id)
    .fetch_one(&mut *conn)
    .await?;
    let rijen = sqlx::query(sqlx::AssertSqlSafe(format!(
        // The page's requests first, along the index in their order (migration 39); only those are joined.
        "SELECT v.id, v.referentie, v.voor_wie, v.ander_naam, v.telefoon, v.email, v.notitie, v.dossier_inzien, \
         v.melding_id, p.naam, p.email AS adres, s.op, s.soort \
         FROM (SELECT * FROM clientondersteuning_verzoeken WHERE ondersteuner_id = $1 \
         ORDER BY aangemaakt_op DESC, referentie LIMIT {} OFFSET {}) v JOIN personen p ON p.id = v.persoon_id \
         LEFT JOIN clientondersteuning_stappen s ON s.verzoek_id = v.id AND s.volgnummer = \
         (SELECT MAX(t.volgnummer) FROM clientondersteuning_stappen t WHERE t.verzoek_id = v.id) \
         ORDER BY v.aangemaakt_op DESC, v.referentie",
        limit.max(0),
        offset.max(0)
    )))
    .bind(ondersteuner_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|row| {
        let ander: Option<String> = row.try_get("ander_naam")?;
        let adres: String = row.try_get("adres")?;
        let naam = match row.try_get::<String, _>("voor_wie")?.as_str() {
            "ander" => ander,
            _ => None,
        }
        .or(row.try_get("naam")?)
        .or_else(|| crate::auth::namens::echt_adres(&adres).then_some(adres));
        let gekozen = row.try_get::<Option<String>, _>("soort")?.as_deref() == Some("gekozen");
        let sinds = db::moment_opt(row, "op")?.map(|op| (op, gekozen));
        Ok(MijnVerzoek {
            id: row.try_get("id")?,
            referentie: row.try_get("referentie")?,
            naam,
            telefoon: row.try_get("telefoon")?,
            email: row.try_get("email")?,
            notitie: row.try_get("notitie")?,
            dossier_inzien: row.try_get::<i64, _>("dossier_inzien")? != 0
                && row.try_get::<Option<String>, _>("melding_id")?.is_some(),
            sinds,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((rijen, totaal))
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
