//! The SQL of meldingen. Every query that reads a melding names its owner, so that no handler can show one
//! person's melding to another.

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::{Date, OffsetDateTime};

use super::domain::{Adres, Antwoorden, Code, Persoon, Stap, lijst, lijst_tekst};
use crate::db::{self, BindAlle};
use crate::zaken::kern;

/// A melding as stored.
#[derive(Clone, Debug)]
pub struct Melding {
    pub id: crate::ids::ZaakId,
    pub persoon_id: crate::ids::PersoonId,
    pub ingediend: bool,
    pub referentie: Option<String>,
    pub hervatcode: String,
    /// The furthest step reached.
    pub stap: Stap,
    pub antwoorden: Antwoorden,
    pub aangemaakt_op: OffsetDateTime,
    pub ingediend_op: Option<OffsetDateTime>,
    pub ontvangen_op: Option<Date>,
    pub eerste_gesprek_op: Option<Date>,
}

const KOLOMMEN: &str = "id, persoon_id, status, referentie, hervatcode, stap, voor_wie, ander_naam, ander_relatie, \
    ander_toestemming, spoed_gevaar, spoed_zorg, hulpvraag, levensgebieden, huishouden, huisgenoten, gesprek_erbij, \
    gesprek_erbij_naam, clientondersteuning, contact_manier, telefoon, contact_email, contact_tijden, tolk, tolk_taal, \
    toestemming_op, aangemaakt_op, ingediend_op, ontvangen_op, eerste_gesprek_op, naam, geboortedatum, \
    adres_straat, adres_postcode, adres_plaats, post_straat, post_postcode, post_plaats, co_organisatie";

/// A stored code; an unknown code (from a later version, say) reads as no answer. A column that cannot be
/// read at all is an error, not an empty answer.
fn code<C: Code>(row: &AnyRow, kolom: &str) -> Result<Option<C>, sqlx::Error> {
    Ok(tekst(row, kolom)?.and_then(|c| C::from_code(&c)))
}

fn tekst(row: &AnyRow, kolom: &str) -> Result<Option<String>, sqlx::Error> {
    row.try_get::<Option<String>, _>(kolom)
}

/// An address stored as three columns `<voor>_straat`, `<voor>_postcode`, `<voor>_plaats`; only a complete one.
fn adres(row: &AnyRow, voor: &str) -> Result<Option<Adres>, sqlx::Error> {
    let deel = |d: &str| tekst(row, &format!("{voor}_{d}"));
    Ok(
        match (deel("straat")?, deel("postcode")?, deel("plaats")?) {
            (Some(straat), Some(postcode), Some(plaats)) => Some(Adres {
                straat,
                postcode,
                plaats,
            }),
            _ => None,
        },
    )
}

fn lees(row: &AnyRow) -> Result<Melding, sqlx::Error> {
    let antwoorden = Antwoorden {
        voor_wie: code(row, "voor_wie")?,
        ander_naam: tekst(row, "ander_naam")?,
        ander_relatie: code(row, "ander_relatie")?,
        ander_toestemming: row.try_get::<i64, _>("ander_toestemming")? != 0,
        spoed_gevaar: code(row, "spoed_gevaar")?,
        spoed_zorg: code(row, "spoed_zorg")?,
        hulpvraag: tekst(row, "hulpvraag")?,
        levensgebieden: lijst(tekst(row, "levensgebieden")?.as_deref()),
        huishouden: code(row, "huishouden")?,
        huisgenoten: tekst(row, "huisgenoten")?,
        gesprek_erbij: lijst(tekst(row, "gesprek_erbij")?.as_deref()),
        gesprek_erbij_naam: tekst(row, "gesprek_erbij_naam")?,
        clientondersteuning: code(row, "clientondersteuning")?,
        co_organisatie: tekst(row, "co_organisatie")?,
        persoon: Persoon {
            naam: tekst(row, "naam")?,
            geboortedatum: tekst(row, "geboortedatum")?
                .as_deref()
                .and_then(db::parse_date),
            adres: adres(row, "adres")?,
        },
        contact_manier: code(row, "contact_manier")?,
        telefoon: tekst(row, "telefoon")?,
        contact_email: tekst(row, "contact_email")?,
        contact_tijden: tekst(row, "contact_tijden")?,
        tolk: code(row, "tolk")?,
        tolk_taal: tekst(row, "tolk_taal")?,
        postadres: adres(row, "post")?,
        toestemming: tekst(row, "toestemming_op")?.is_some(),
    };
    Ok(Melding {
        id: row.try_get("id")?,
        persoon_id: row.try_get("persoon_id")?,
        ingediend: row.try_get::<String, _>("status")? == "ingediend",
        referentie: tekst(row, "referentie")?,
        hervatcode: row.try_get("hervatcode")?,
        stap: tekst(row, "stap")?
            .as_deref()
            .and_then(Stap::from_slug)
            .unwrap_or(Stap::VoorWie),
        antwoorden,
        aangemaakt_op: db::moment(row, "aangemaakt_op")?,
        ingediend_op: tekst(row, "ingediend_op")?
            .as_deref()
            .and_then(db::parse_ts),
        ontvangen_op: tekst(row, "ontvangen_op")?
            .as_deref()
            .and_then(db::parse_date),
        eerste_gesprek_op: tekst(row, "eerste_gesprek_op")?
            .as_deref()
            .and_then(db::parse_date),
    })
}

/// A new, empty draft. The resume code is unique; on the rare repeat the caller tries again.
pub async fn nieuw(
    conn: &mut AnyConnection,
    id: &str,
    persoon_id: &str,
    ingediend_door: Option<&str>,
    hervatcode: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO meldingen (id, persoon_id, ingediend_door, status, hervatcode, stap, aangemaakt_op, \
         gewijzigd_op) VALUES ($1, $2, $6, 'concept', $3, $4, $5, $5)",
    )
    .bind(id)
    .bind(persoon_id)
    .bind(hervatcode)
    .bind(Stap::VoorWie.slug())
    .bind(db::ts(now))
    .bind(ingediend_door)
    .execute(conn)
    .await
    .map(|_| ())
}

/// The one melding that matches `voorwaarde`, whose two parameters are `a` and `b`.
async fn zoek<'e>(
    db: impl Executor<'e, Database = Any>,
    voorwaarde: &str,
    a: &str,
    b: &str,
) -> Result<Option<Melding>, sqlx::Error> {
    let sql = format!("SELECT {KOLOMMEN} FROM meldingen WHERE {voorwaarde}");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(a)
        .bind(b)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(lees)
        .transpose()
}

/// The melding with this id, if it belongs to this person.
pub async fn van<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    persoon_id: &str,
) -> Result<Option<Melding>, sqlx::Error> {
    zoek(db, "id = $1 AND persoon_id = $2", id, persoon_id).await
}

/// A submitted melding, whoever filed it: only for staff, whose access is checked and logged by the caller
/// (`zaken`).
pub async fn ingediend<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Melding>, sqlx::Error> {
    zoek(db, "id = $1 AND status = $2", id, "ingediend").await
}

/// The melding with this id, if it belongs to this person, read inside a write transaction that is about to
/// change it. On PostgreSQL the row is locked until the transaction ends; SQLite's write transaction
/// (`BEGIN IMMEDIATE`) already excludes every other writer.
pub async fn voor_wijziging(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    persoon_id: &str,
) -> Result<Option<Melding>, sqlx::Error> {
    let voorwaarde = match backend {
        db::Backend::Postgres => "id = $1 AND persoon_id = $2 FOR UPDATE",
        db::Backend::Sqlite => "id = $1 AND persoon_id = $2",
    };
    zoek(conn, voorwaarde, id, persoon_id).await
}

/// The meldingen `ids` of their owners (`(id, persoon_id)`), by id, for the submission writer: one read for a
/// group of submissions, inside its write transaction. On PostgreSQL the rows are locked until the commit.
pub async fn voor_wijziging_van(
    conn: &mut AnyConnection,
    backend: db::Backend,
    ids: &[(&str, &str)],
) -> Result<std::collections::HashMap<String, Melding>, sqlx::Error> {
    let mut uit = std::collections::HashMap::new();
    if ids.is_empty() {
        return Ok(uit);
    }
    let slot = match backend {
        db::Backend::Postgres => " FOR UPDATE",
        db::Backend::Sqlite => "",
    };
    let sql = format!(
        "SELECT {KOLOMMEN} FROM meldingen WHERE id IN ({}){slot}",
        db::plekken(1, ids.len())
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids.iter().map(|(id, _)| *id))
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        let melding = lees(&row)?;
        if ids.iter().any(|(id, persoon)| {
            *id == melding.id.as_str() && *persoon == melding.persoon_id.as_str()
        }) {
            uit.insert(melding.id.to_string(), melding);
        }
    }
    Ok(uit)
}

/// The draft with this resume code, if it belongs to this person.
pub async fn concept_met_code<'e>(
    db: impl Executor<'e, Database = Any>,
    hervatcode: &str,
    persoon_id: &str,
) -> Result<Option<Melding>, sqlx::Error> {
    zoek(
        db,
        "hervatcode = $1 AND persoon_id = $2 AND status = 'concept'",
        hervatcode,
        persoon_id,
    )
    .await
}

/// Every melding of this person, newest first.
pub async fn van_persoon<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Vec<Melding>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} FROM meldingen WHERE persoon_id = $1 ORDER BY aangemaakt_op DESC"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(persoon_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

fn optie<C: Code>(c: Option<C>) -> Option<&'static str> {
    c.map(Code::code)
}

/// A resident's meldingen as Mijn loket lists them, newest first, each with the number of its case's last step
/// (`zaken.laatste_volgnummer`; none before it is a case), by which a kept fold of the case is known to be
/// current ([`crate::zaken::gevouwen`]), and whether a plan of their own was handed in with it: one statement.
pub async fn van_persoon_met_stand<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Vec<(Melding, Option<i64>, bool)>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN}, (SELECT z.laatste_volgnummer FROM zaken z WHERE z.id = meldingen.id) AS stand, \
         (SELECT COUNT(*) FROM persoonlijke_plannen p WHERE p.melding_id = meldingen.id \
         AND p.status = 'ingeleverd') AS plannen \
         FROM meldingen WHERE persoon_id = $1 ORDER BY aangemaakt_op DESC"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(persoon_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(|r| {
            Ok((
                lees(r)?,
                r.try_get::<Option<i64>, _>("stand")?,
                r.try_get::<i64, _>("plannen")? > 0,
            ))
        })
        .collect()
}

/// Saves a draft's answers and the furthest step reached. Only drafts change: a submitted melding stays as it
/// was sent. Returns false when there was no draft to save.
pub async fn bewaar(
    conn: &mut AnyConnection,
    melding: &Melding,
    stap: Stap,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let a = &melding.antwoorden;
    let toestemming = a.toestemming.then(|| db::ts(now));
    let result = sqlx::query(
        "UPDATE meldingen SET stap = $3, voor_wie = $4, ander_naam = $5, ander_relatie = $6, ander_toestemming = $7, \
         spoed_gevaar = $8, spoed_zorg = $9, hulpvraag = $10, levensgebieden = $11, huishouden = $12, \
         huisgenoten = $13, gesprek_erbij = $14, gesprek_erbij_naam = $15, clientondersteuning = $16, \
         contact_manier = $17, telefoon = $18, contact_email = $19, contact_tijden = $20, tolk = $21, \
         tolk_taal = $22, \
         toestemming_op = CASE WHEN CAST($23 AS TEXT) IS NULL THEN NULL ELSE COALESCE(toestemming_op, $23) END, \
         toestemming_versie = CASE WHEN CAST($23 AS TEXT) IS NULL THEN NULL ELSE COALESCE(toestemming_versie, $24) END, \
         gewijzigd_op = $25, naam = $26, geboortedatum = $27, adres_straat = $28, adres_postcode = $29, \
         adres_plaats = $30, post_straat = $31, post_postcode = $32, post_plaats = $33, co_organisatie = $34 \
         WHERE id = $1 AND persoon_id = $2 AND status = 'concept'",
    )
    .bind(&melding.id)
    .bind(&melding.persoon_id)
    .bind(stap.slug())
    .bind(optie(a.voor_wie))
    .bind(a.ander_naam.as_deref())
    .bind(optie(a.ander_relatie))
    .bind(i64::from(a.ander_toestemming))
    .bind(optie(a.spoed_gevaar))
    .bind(optie(a.spoed_zorg))
    .bind(a.hulpvraag.as_deref())
    .bind(lijst_tekst(&a.levensgebieden))
    .bind(optie(a.huishouden))
    .bind(a.huisgenoten.as_deref())
    .bind(lijst_tekst(&a.gesprek_erbij))
    .bind(a.gesprek_erbij_naam.as_deref())
    .bind(optie(a.clientondersteuning))
    .bind(optie(a.contact_manier))
    .bind(a.telefoon.as_deref())
    .bind(a.contact_email.as_deref())
    .bind(a.contact_tijden.as_deref())
    .bind(optie(a.tolk))
    .bind(a.tolk_taal.as_deref())
    .bind(toestemming)
    .bind(super::domain::TOESTEMMING_VERSIE)
    .bind(db::ts(now))
    .bind(a.persoon.naam.as_deref())
    .bind(a.persoon.geboortedatum.map(db::date))
    .bind(a.persoon.adres.as_ref().map(|x| x.straat.as_str()))
    .bind(a.persoon.adres.as_ref().map(|x| x.postcode.as_str()))
    .bind(a.persoon.adres.as_ref().map(|x| x.plaats.as_str()))
    .bind(a.postadres.as_ref().map(|x| x.straat.as_str()))
    .bind(a.postadres.as_ref().map(|x| x.postcode.as_str()))
    .bind(a.postadres.as_ref().map(|x| x.plaats.as_str()))
    .bind(a.co_organisatie.as_deref())
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Throws away the draft `id` of this person, inside the caller's write transaction: its answers, a plan begun
/// for it, and what the kernel keeps of it ([`crate::zaken::concept::wis`]). A request for cliëntondersteuning
/// made with it stays, without the link to the draft. `false` when there is no such draft: another person's,
/// or sent already (a case stays).
pub async fn verwijder_concept(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    persoon_id: &str,
) -> Result<bool, sqlx::Error> {
    match voor_wijziging(conn, backend, id, persoon_id).await? {
        Some(melding) if !melding.ingediend => {}
        _ => return Ok(false),
    }
    if crate::zaken::concept::is_zaak(conn, id).await? {
        return Ok(false);
    }
    for sql in [
        "UPDATE clientondersteuning_verzoeken SET melding_id = NULL WHERE melding_id = $1",
        "UPDATE machtigingen SET melding_id = NULL WHERE melding_id = $1",
        "DELETE FROM persoonlijke_plannen WHERE melding_id = $1",
        "DELETE FROM meldingen WHERE id = $1 AND status = 'concept'",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    crate::zaken::concept::wis(conn, id).await?;
    Ok(true)
}

/// Submits a draft: the one change from 'concept' to 'ingediend'. Returns false when it was no draft (already
/// submitted by an earlier click), so that a double submit neither makes a second melding nor a second mail.
pub async fn indienen(
    conn: &mut AnyConnection,
    id: &crate::ids::ZaakId,
    persoon_id: &crate::ids::PersoonId,
    referentie: &str,
    now: OffsetDateTime,
    ontvangen_op: Date,
) -> Result<bool, sqlx::Error> {
    // The case is born: found by the name of the person it is for when someone else filed it.
    let naam: Option<Option<String>> = sqlx::query_scalar(
        "UPDATE meldingen SET status = 'ingediend', referentie = $3, ingediend_op = $4, ontvangen_op = $5, \
         gewijzigd_op = $4 WHERE id = $1 AND persoon_id = $2 AND status = 'concept' \
         RETURNING COALESCE(naam, CASE WHEN voor_wie = 'ander' THEN ander_naam END, \
         (SELECT p.naam FROM personen p WHERE p.id = meldingen.persoon_id))",
    )
    .bind(id)
    .bind(persoon_id)
    .bind(referentie)
    .bind(db::ts(now))
    .bind(db::date(ontvangen_op))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(naam) = naam else {
        return Ok(false);
    };
    let zaak = kern::NieuweZaak {
        id,
        regeling: kern::Regeling::Wmo,
        eigenaar: kern::Eigenaar::Persoon(persoon_id),
        referentie,
        naam: naam.as_deref(),
    };
    kern::openen(conn, &zaak, now).await?;
    Ok(true)
}

impl crate::zaken::ZaakRef for Melding {
    fn id(&self) -> &crate::ids::ZaakId {
        &self.id
    }

    fn eigenaar_id(&self) -> &crate::ids::PersoonId {
        &self.persoon_id
    }

    fn referentie(&self) -> Option<&str> {
        self.referentie.as_deref()
    }
}

/// Which of `melding_ids` are filed "for someone else" and not confirmed yet ([`onbevestigd`]), in one query
/// for a whole list (Mijn loket).
pub async fn onbevestigd_van<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_ids: &[&str],
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    if melding_ids.is_empty() {
        return Ok(std::collections::HashSet::new());
    }
    let sql = format!(
        "SELECT m.id FROM meldingen m WHERE m.id IN ({}) AND m.status = 'ingediend' \
         AND m.voor_wie = 'ander' AND m.ingediend_door IS NULL AND NOT EXISTS \
         (SELECT 1 FROM machtigingen x WHERE x.melding_id = m.id AND x.status = 'actief')",
        db::plekken(1, melding_ids.len())
    );
    Ok(sqlx::query_as::<_, (String,)>(sqlx::AssertSqlSafe(sql))
        .bind_alle(melding_ids.iter().copied())
        .fetch_all(db)
        .await?
        .into_iter()
        .map(|(id,)| id)
        .collect())
}

/// The name given for the other person, when this submitted melding was filed "for someone else" by its owner
/// and that person has not confirmed (no active machtiging for it): then its filer sees only what they sent.
pub async fn onbevestigd<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let rij: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT ander_naam FROM meldingen m WHERE m.id = $1 AND m.status = 'ingediend' \
         AND m.voor_wie = 'ander' AND m.ingediend_door IS NULL AND NOT EXISTS \
         (SELECT 1 FROM machtigingen x WHERE x.melding_id = m.id AND x.status = 'actief')",
    )
    .bind(melding_id)
    .fetch_optional(db)
    .await?;
    Ok(rij.map(|(naam,)| naam.unwrap_or_default()))
}
