//! The SQL of cliëntondersteuning requests.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{Toegankelijkheid, Verzoek, VoorWie};
use crate::i18n::Lang;
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
    /// The resident let the municipality choose, and it chose the organisation.
    pub door_gemeente: bool,
}

/// Whether the municipality chose for this request: as a column of a query on `clientondersteuning_verzoeken v`.
const DOOR_GEMEENTE: &str = "(SELECT COUNT(*) FROM clientondersteuning_stappen s \
    WHERE s.verzoek_id = v.id AND s.soort = 'gekozen') AS door_gemeente";

/// The request `id`, only if it belongs to `persoon_id`: anyone else gets `None`, as if it did not exist.
pub async fn van_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    persoon_id: &str,
) -> Result<Option<Opgeslagen>, sqlx::Error> {
    let sql = format!(
        "SELECT v.referentie, v.voor_wie, v.ander_naam, v.ander_relatie, v.organisatie_naam, v.telefoon, \
         v.email, v.toegankelijkheid, v.tolk_taal, v.aangemaakt_op, v.notitie, o.naam AS ondersteuner, {DOOR_GEMEENTE} \
         FROM clientondersteuning_verzoeken v LEFT JOIN personen o ON o.id = v.ondersteuner_id \
         WHERE v.id = $1 AND v.persoon_id = $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(persoon_id)
        .fetch_optional(db)
        .await?;
    row.map(|r| opgeslagen(&r)).transpose()
}

/// For whom a stored request is (`voor_wie`, `ander_naam`, `ander_relatie`).
fn voor_wie(r: &AnyRow) -> Result<VoorWie, sqlx::Error> {
    Ok(match r.try_get::<String, _>("voor_wie")?.as_str() {
        "ander" => VoorWie::Ander {
            naam: r
                .try_get::<Option<String>, _>("ander_naam")?
                .unwrap_or_default(),
            relatie: r
                .try_get::<Option<String>, _>("ander_relatie")?
                .unwrap_or_default(),
        },
        _ => VoorWie::Zelf,
    })
}

/// What was needed to talk (`toegankelijkheid`, `tolk_taal`).
fn toegankelijkheid(r: &AnyRow) -> Result<Toegankelijkheid, sqlx::Error> {
    Ok(Toegankelijkheid::from_code(
        &r.try_get::<String, _>("toegankelijkheid")?,
        r.try_get("tolk_taal")?,
    ))
}

fn opgeslagen(r: &AnyRow) -> Result<Opgeslagen, sqlx::Error> {
    Ok(Opgeslagen {
        referentie: r.try_get("referentie")?,
        voor_wie: voor_wie(r)?,
        organisatie_naam: r.try_get("organisatie_naam")?,
        telefoon: r.try_get("telefoon")?,
        email: r.try_get("email")?,
        toegankelijkheid: toegankelijkheid(r)?,
        aangemaakt_op: moment(&r.try_get::<String, _>("aangemaakt_op")?)?,
        ondersteuner: r.try_get("ondersteuner")?,
        notitie: r.try_get("notitie")?,
        door_gemeente: r.try_get::<i64, _>("door_gemeente")? > 0,
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
    /// The cliëntondersteuner who helps, by name, once someone took it.
    pub ondersteuner: Option<String>,
    /// The municipality chose the organisation, as the resident asked.
    pub door_gemeente: bool,
    /// The day it was sent, in the Netherlands.
    pub aangemaakt_op: Date,
}

/// Every request of this person, the newest first.
pub async fn voor_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Vec<Samenvatting>, sqlx::Error> {
    let sql = format!(
        "SELECT v.id, v.referentie, v.organisatie_naam, v.aangemaakt_op, o.naam AS ondersteuner, {DOOR_GEMEENTE} \
         FROM clientondersteuning_verzoeken v LEFT JOIN personen o ON o.id = v.ondersteuner_id \
         WHERE v.persoon_id = $1 ORDER BY v.aangemaakt_op DESC, v.referentie"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(persoon_id)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Samenvatting {
                id: r.try_get("id")?,
                referentie: r.try_get("referentie")?,
                organisatie_naam: r.try_get("organisatie_naam")?,
                ondersteuner: r.try_get("ondersteuner")?,
                door_gemeente: r.try_get::<i64, _>("door_gemeente")? > 0,
                aangemaakt_op: clock::amsterdam(moment(&r.try_get::<String, _>("aangemaakt_op")?)?)
                    .date(),
            })
        })
        .collect()
}

/// A step in what happened to a request after it was sent (`clientondersteuning_stappen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StapSoort {
    /// Staff chose the organisation, or a named cliëntondersteuner, for a resident who let the municipality
    /// choose.
    Gekozen,
    /// A cliëntondersteuner took the request.
    Opgepakt,
}

impl StapSoort {
    pub fn code(self) -> &'static str {
        match self {
            StapSoort::Gekozen => "gekozen",
            StapSoort::Opgepakt => "opgepakt",
        }
    }
}

/// A step to record: who helps now, and who recorded it.
pub struct NieuweStap<'a> {
    pub soort: StapSoort,
    pub organisatie_id: &'a str,
    pub organisatie_naam: &'a str,
    pub ondersteuner_id: Option<&'a str>,
    pub door_persoon_id: &'a str,
    pub op: OffsetDateTime,
}

/// Adds a step to the request's list, numbered after the last one. Steps are only ever added.
pub async fn stap_vastleggen(
    conn: &mut AnyConnection,
    verzoek_id: &str,
    stap: &NieuweStap<'_>,
) -> Result<(), sqlx::Error> {
    let laatste: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(volgnummer), 0) FROM clientondersteuning_stappen WHERE verzoek_id = $1",
    )
    .bind(verzoek_id)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO clientondersteuning_stappen (verzoek_id, volgnummer, soort, organisatie_id, organisatie_naam, \
         ondersteuner_id, door_persoon_id, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(verzoek_id)
    .bind(laatste + 1)
    .bind(stap.soort.code())
    .bind(stap.organisatie_id)
    .bind(stap.organisatie_naam)
    .bind(stap.ondersteuner_id)
    .bind(stap.door_persoon_id)
    .bind(db::ts(stap.op))
    .execute(conn)
    .await
    .map(|_| ())
}

/// A request that has just been given to someone who helps, with what the mail to the resident needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toegewezen {
    /// Who asked.
    pub persoon_id: String,
    pub referentie: String,
    /// The resident allowed the dossier of their melding to be seen (and there is a melding).
    pub dossier_inzien: bool,
    /// The address and language of who asked (an address may be none: see [`crate::auth::namens::echt_adres`]).
    pub email: String,
    pub taal: Lang,
}

/// [`Toegewezen`] from a row just updated (`persoon_id, referentie, dossier_inzien, melding_id`).
pub async fn toegewezen(
    conn: &mut AnyConnection,
    (persoon_id, referentie, inzien, melding_id): (String, String, i64, Option<String>),
) -> Result<Toegewezen, sqlx::Error> {
    let (email, taal) = crate::auth::repo::email_en_taal(conn, &persoon_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    Ok(Toegewezen {
        persoon_id,
        referentie,
        dossier_inzien: inzien != 0 && melding_id.is_some(),
        email,
        taal,
    })
}

/// The requests the municipality still has to give to an organisation: the resident let it choose, and nobody
/// has it yet. As a condition on `clientondersteuning_verzoeken v`.
const TE_KIEZEN: &str = "v.organisatie_id IS NULL AND v.ondersteuner_id IS NULL";

/// A request the municipality must choose for, with what staff need to choose well.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeKiezen {
    pub id: String,
    pub referentie: String,
    pub aangemaakt_op: OffsetDateTime,
    pub voor_wie: VoorWie,
    /// Who asked: their name, or their address; `None` for someone known by neither.
    pub aanvrager: Option<String>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub toegankelijkheid: Toegankelijkheid,
    pub notitie: Option<String>,
    /// The resident lets the one who helps see the dossier of their melding.
    pub dossier_inzien: bool,
}

fn te_kiezen_rij(r: &AnyRow) -> Result<TeKiezen, sqlx::Error> {
    let naam: Option<String> = r.try_get("aanvrager_naam")?;
    let email: String = r.try_get("aanvrager_email")?;
    Ok(TeKiezen {
        id: r.try_get("id")?,
        referentie: r.try_get("referentie")?,
        aangemaakt_op: moment(&r.try_get::<String, _>("aangemaakt_op")?)?,
        voor_wie: voor_wie(r)?,
        aanvrager: naam.or_else(|| crate::auth::namens::echt_adres(&email).then_some(email)),
        telefoon: r.try_get("telefoon")?,
        email: r.try_get("email")?,
        toegankelijkheid: toegankelijkheid(r)?,
        notitie: r.try_get("notitie")?,
        dossier_inzien: r.try_get::<i64, _>("dossier_inzien")? != 0
            && r.try_get::<Option<String>, _>("melding_id")?.is_some(),
    })
}

fn te_kiezen_sql(waar: &str) -> String {
    format!(
        "SELECT v.id, v.referentie, v.voor_wie, v.ander_naam, v.ander_relatie, v.telefoon, v.email, \
         v.toegankelijkheid, v.tolk_taal, v.aangemaakt_op, v.notitie, v.dossier_inzien, v.melding_id, \
         p.naam AS aanvrager_naam, p.email AS aanvrager_email \
         FROM clientondersteuning_verzoeken v JOIN personen p ON p.id = v.persoon_id \
         WHERE {TE_KIEZEN}{waar} ORDER BY v.aangemaakt_op, v.referentie"
    )
}

/// One page of the requests the municipality must choose for, the oldest first (the index
/// `clientondersteuning_verzoeken_te_kiezen`, migration 28, has this order).
pub async fn te_kiezen<'e>(
    db: impl Executor<'e, Database = Any>,
    limit: i64,
    offset: i64,
) -> Result<Vec<TeKiezen>, sqlx::Error> {
    let sql = format!(
        "{} LIMIT {} OFFSET {}",
        te_kiezen_sql(""),
        limit.max(0),
        offset.max(0)
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(te_kiezen_rij)
        .collect()
}

/// The request `id`, while the municipality must still choose for it.
pub async fn een_te_kiezen<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<TeKiezen>, sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(te_kiezen_sql(" AND v.id = $1")))
        .bind(id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(te_kiezen_rij)
        .transpose()
}

/// How many requests the municipality must choose for.
pub async fn aantal_te_kiezen<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM clientondersteuning_verzoeken v WHERE {TE_KIEZEN}");
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_one(db)
        .await
}

/// Who the municipality chose: an organisation of the profile, and maybe one of its cliëntondersteuners.
pub struct Keuze<'a> {
    pub organisatie_id: &'a str,
    pub organisatie_naam: &'a str,
    pub ondersteuner_id: Option<&'a str>,
}

/// Gives a request the municipality must choose for to the chosen organisation (and cliëntondersteuner), and
/// records the step, by `door`. The update only succeeds while the municipality still has to choose, so of two
/// members of staff who choose at the same moment one succeeds and the other gets `None`.
pub async fn kiezen(
    conn: &mut AnyConnection,
    id: &str,
    keuze: &Keuze<'_>,
    door: &str,
    op: OffsetDateTime,
) -> Result<Option<Toegewezen>, sqlx::Error> {
    let rij: Option<(String, String, i64, Option<String>)> = sqlx::query_as(
        "UPDATE clientondersteuning_verzoeken SET organisatie_id = $2, organisatie_naam = $3, ondersteuner_id = $4 \
         WHERE id = $1 AND organisatie_id IS NULL AND ondersteuner_id IS NULL \
         RETURNING persoon_id, referentie, dossier_inzien, melding_id",
    )
        .bind(id)
        .bind(keuze.organisatie_id)
        .bind(keuze.organisatie_naam)
        .bind(keuze.ondersteuner_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(rij) = rij else {
        return Ok(None);
    };
    let stap = NieuweStap {
        soort: StapSoort::Gekozen,
        organisatie_id: keuze.organisatie_id,
        organisatie_naam: keuze.organisatie_naam,
        ondersteuner_id: keuze.ondersteuner_id,
        door_persoon_id: door,
        op,
    };
    stap_vastleggen(conn, id, &stap).await?;
    toegewezen(conn, rij).await.map(Some)
}

/// The stored request as it was sent, for the mail to the organisation the municipality chose.
pub async fn verzoek<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<(Verzoek, Option<String>)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT v.voor_wie, v.ander_naam, v.ander_relatie, v.organisatie_id, v.telefoon, v.email, \
         v.toegankelijkheid, v.tolk_taal, v.notitie, m.referentie AS melding \
         FROM clientondersteuning_verzoeken v LEFT JOIN meldingen m ON m.id = v.melding_id WHERE v.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    let telefoon: Option<String> = r.try_get("telefoon")?;
    let email: Option<String> = r.try_get("email")?;
    let verzoek = Verzoek {
        voor_wie: voor_wie(&r)?,
        voorkeur: super::domain::Voorkeur(r.try_get("organisatie_id")?),
        contact: super::domain::Contact {
            telefoon: telefoon.and_then(|t| super::domain::Telefoon::parse(&t).ok()),
            email: email.and_then(|e| crate::auth::EmailAddress::parse(&e).ok()),
        },
        toegankelijkheid: toegankelijkheid(&r)?,
        notitie: r.try_get("notitie")?,
    };
    Ok(Some((verzoek, r.try_get("melding")?)))
}
