//! The SQL of cliëntondersteuning requests.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{Toegankelijkheid, Verzoek, VoorWie};
use crate::{clock, db};

/// A request to store: the parsed form and what the handler adds.
pub struct Nieuw<'a> {
    pub id: &'a str,
    pub persoon_id: &'a str,
    pub referentie: &'a str,
    pub sleutel: &'a str,
    pub verzoek: &'a Verzoek,
    /// The chosen organisation's name as the profile has it today; `None`: the municipality chooses.
    pub organisatie_naam: Option<&'a str>,
    /// The resident's own submitted melding this request belongs to.
    pub melding_id: Option<&'a str>,
    /// The resident lets the cliëntondersteuner who takes it see that melding's dossier.
    pub dossier_inzien: bool,
    pub aangemaakt_op: OffsetDateTime,
}

/// Stores the request, unless a request with the same form key exists: then nothing changes and the answer is
/// `false`. On PostgreSQL a second transaction with the same key waits for the first and then does nothing.
pub async fn insert(conn: &mut AnyConnection, nieuw: &Nieuw<'_>) -> Result<bool, sqlx::Error> {
    let v = nieuw.verzoek;
    let (ander_naam, ander_relatie) = match &v.voor_wie {
        VoorWie::Zelf => (None, None),
        VoorWie::Ander { naam, relatie } => (Some(naam.as_str()), Some(relatie.as_str())),
    };
    let done = sqlx::query(
        "INSERT INTO clientondersteuning_verzoeken (id, persoon_id, referentie, sleutel, voor_wie, ander_naam, \
         ander_relatie, organisatie_id, organisatie_naam, telefoon, email, toegankelijkheid, tolk_taal, notitie, \
         aangemaakt_op, melding_id, dossier_inzien) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
         ON CONFLICT (sleutel) DO NOTHING",
    )
    .bind(nieuw.id)
    .bind(nieuw.persoon_id)
    .bind(nieuw.referentie)
    .bind(nieuw.sleutel)
    .bind(v.voor_wie.code())
    .bind(ander_naam)
    .bind(ander_relatie)
    .bind(v.voorkeur.0.as_deref())
    .bind(nieuw.organisatie_naam)
    .bind(v.contact.telefoon.as_ref().map(|t| t.as_str()))
    .bind(v.contact.email.as_ref().map(|e| e.as_str()))
    .bind(v.toegankelijkheid.code())
    .bind(v.toegankelijkheid.tolk_taal())
    .bind(v.notitie.as_deref())
    .bind(db::ts(nieuw.aangemaakt_op))
    .bind(nieuw.melding_id)
    .bind(i64::from(nieuw.dossier_inzien && nieuw.melding_id.is_some()))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The id of this person's request sent with this form key, if any.
pub async fn id_voor_sleutel<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
    sleutel: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM clientondersteuning_verzoeken WHERE sleutel = $1 AND persoon_id = $2",
    )
    .bind(sleutel)
    .bind(persoon_id)
    .fetch_optional(db)
    .await
}

/// A stored request, as its owner sees it on the confirmation page.
#[derive(Clone, Debug)]
pub struct Opgeslagen {
    pub referentie: String,
    pub voor_wie: VoorWie,
    pub organisatie_naam: Option<String>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub toegankelijkheid: Toegankelijkheid,
    pub aangemaakt_op: OffsetDateTime,
    /// The cliëntondersteuner who took the request, by name, once someone did.
    pub ondersteuner: Option<String>,
    /// What the resident wrote with it, shown back to them only.
    pub notitie: Option<String>,
}

/// The request `id`, only if it belongs to `persoon_id`: anyone else gets `None`, as if it did not exist.
pub async fn van_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    persoon_id: &str,
) -> Result<Option<Opgeslagen>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT v.referentie, v.voor_wie, v.ander_naam, v.ander_relatie, v.organisatie_naam, v.telefoon, \
         v.email, v.toegankelijkheid, v.tolk_taal, v.aangemaakt_op, v.notitie, o.naam AS ondersteuner \
         FROM clientondersteuning_verzoeken v LEFT JOIN personen o ON o.id = v.ondersteuner_id \
         WHERE v.id = $1 AND v.persoon_id = $2",
    )
    .bind(id)
    .bind(persoon_id)
    .fetch_optional(db)
    .await?;
    row.map(|r| opgeslagen(&r)).transpose()
}

fn opgeslagen(r: &AnyRow) -> Result<Opgeslagen, sqlx::Error> {
    let voor_wie = match r.try_get::<String, _>("voor_wie")?.as_str() {
        "ander" => VoorWie::Ander {
            naam: r
                .try_get::<Option<String>, _>("ander_naam")?
                .unwrap_or_default(),
            relatie: r
                .try_get::<Option<String>, _>("ander_relatie")?
                .unwrap_or_default(),
        },
        _ => VoorWie::Zelf,
    };
    Ok(Opgeslagen {
        referentie: r.try_get("referentie")?,
        voor_wie,
        organisatie_naam: r.try_get("organisatie_naam")?,
        telefoon: r.try_get("telefoon")?,
        email: r.try_get("email")?,
        toegankelijkheid: Toegankelijkheid::from_code(
            &r.try_get::<String, _>("toegankelijkheid")?,
            r.try_get("tolk_taal")?,
        ),
        aangemaakt_op: moment(&r.try_get::<String, _>("aangemaakt_op")?)?,
        ondersteuner: r.try_get("ondersteuner")?,
        notitie: r.try_get("notitie")?,
    })
}

fn moment(text: &str) -> Result<OffsetDateTime, sqlx::Error> {
    db::parse_ts(text)
        .ok_or_else(|| sqlx::Error::Decode(format!("not a stored moment: {text}").into()))
}

/// One request in a list, for Mijn loket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Samenvatting {
    pub id: String,
    pub referentie: String,
    /// The chosen organisation; `None`: the municipality chooses.
    pub organisatie_naam: Option<String>,
    /// The day it was sent, in the Netherlands.
    pub aangemaakt_op: Date,
}

/// Every request of this person, the newest first.
pub async fn voor_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Vec<Samenvatting>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, referentie, organisatie_naam, aangemaakt_op FROM clientondersteuning_verzoeken \
         WHERE persoon_id = $1 ORDER BY aangemaakt_op DESC, referentie",
    )
    .bind(persoon_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Samenvatting {
                id: r.try_get("id")?,
                referentie: r.try_get("referentie")?,
                organisatie_naam: r.try_get("organisatie_naam")?,
                aangemaakt_op: clock::amsterdam(moment(&r.try_get::<String, _>("aangemaakt_op")?)?)
                    .date(),
            })
        })
        .collect()
}
