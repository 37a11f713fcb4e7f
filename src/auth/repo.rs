//! The SQL of people: sign-in (links, attempts), and the one owner of the `personen` table (accounts, names,
//! addresses and languages, the roles of staff and cliëntondersteuners) and of the mail rights of helpers.

use sqlx::{Any, AnyConnection, Executor, Row};

use super::bsn::Bsn;
use std::collections::HashMap;

use time::OffsetDateTime;

use crate::db;
use crate::i18n::Lang;
use crate::ids::PersoonId;
use crate::token;

/// Records one attempt under each key, unless a key already has its maximum of attempts since `since`: then
/// nothing is recorded and the answer is false. In the caller's write transaction.
pub async fn binnen_limieten(
    conn: &mut AnyConnection,
    limieten: &[(String, i64)],
    since: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    for (key, max) in limieten {
        if count_attempts(&mut *conn, key, since).await? >= *max {
            return Ok(false);
        }
    }
    for (key, _) in limieten {
        record_attempt(&mut *conn, key, now).await?;
    }
    Ok(true)
}

/// Counts the requests for a link under `key_hash` since `since`.
pub async fn count_attempts(
    conn: &mut AnyConnection,
    key_hash: &str,
    since: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_attempts WHERE key_hash = $1 AND at >= $2")
        .bind(key_hash)
        .bind(db::ts(since))
        .fetch_one(conn)
        .await
}

pub async fn record_attempt(
    conn: &mut AnyConnection,
    key_hash: &str,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO sign_in_attempts (key_hash, at) VALUES ($1, $2)")
        .bind(key_hash)
        .bind(db::ts(at))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Stores a sign-in link. `voor` is the person who asked for it to confirm an address for their account
/// (signed in with DigiD, without an address yet).
pub async fn insert_link(
    conn: &mut AnyConnection,
    token_hash: &str,
    email: &str,
    voor: Option<&PersoonId>,
    now: OffsetDateTime,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sign_in_links (token_hash, email, created_at, expires_at, voor_persoon_id) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(email)
    .bind(db::ts(now))
    .bind(db::ts(expires_at))
    .bind(voor)
    .execute(conn)
    .await
    .map(|_| ())
}

/// Whether the link can still be used (without using it).
pub async fn link_usable<'e>(
    db: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT email FROM sign_in_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(db::ts(now))
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// Uses the link: marks it used and returns its address, or `None` when it was used, has expired or never
/// existed. The conditional update makes a double click sign in once.
/// Uses a link (once, while valid): its address, and who asked for it to confirm their address.
pub async fn use_link(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<(String, Option<PersoonId>)>, sqlx::Error> {
    sqlx::query_as(
        "UPDATE sign_in_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
         RETURNING email, voor_persoon_id",
    )
    .bind(token_hash)
    .bind(db::ts(now))
    .fetch_optional(conn)
    .await
}

/// The person with this address; created on first sign-in.
pub async fn find_or_create_person(
    conn: &mut AnyConnection,
    email: &str,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<PersoonId, sqlx::Error> {
    sqlx::query(
        "INSERT INTO personen (id, email, taal, rol, aangemaakt_op) VALUES ($1, $2, $3, 'inwoner', $4) \
         ON CONFLICT (email) DO NOTHING",
    )
    .bind(token::new_id())
    .bind(email)
    .bind(lang.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(conn)
        .await
}

pub async fn set_language<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
    lang: Lang,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE personen SET taal = $2 WHERE id = $1")
        .bind(persoon_id)
        .bind(lang.code())
        .execute(db)
        .await
        .map(|_| ())
}

/// Makes the person with this address a member of staff with this name and role, creating them if needed.
/// Returns true when the person already existed.
pub async fn zet_medewerker(
    conn: &mut AnyConnection,
    email: &str,
    naam: &str,
    rol: super::Rol,
    taal: crate::i18n::Lang,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let bestond: Option<String> = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO personen (id, email, taal, rol, naam, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (email) DO UPDATE SET rol = excluded.rol, naam = excluded.naam",
    )
    .bind(crate::token::new_id())
    .bind(email)
    .bind(taal.code())
    .bind(rol.code())
    .bind(naam)
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(bestond.is_some())
}

/// The role of a person; unknown codes and missing persons get the least rights.
pub async fn rol<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<super::Rol, sqlx::Error> {
    let code: Option<String> = sqlx::query_scalar("SELECT rol FROM personen WHERE id = $1")
        .bind(persoon_id)
        .fetch_optional(db)
        .await?;
    Ok(super::Rol::from_code(code.as_deref().unwrap_or("")))
}

/// The rights columns of a machtiging row (`bekijken`, `indienen`, `post`).
pub fn rechten(row: &sqlx::any::AnyRow) -> Result<super::machtiging::Rechten, sqlx::Error> {
    Ok(super::machtiging::Rechten {
        bekijken: row.try_get::<i64, _>("bekijken")? != 0,
        indienen: row.try_get::<i64, _>("indienen")? != 0,
        post: row.try_get::<i64, _>("post")? != 0,
    })
}

/// The `geldig_tot` column of a machtiging row.
pub fn geldig_tot(row: &sqlx::any::AnyRow) -> Result<Option<time::Date>, sqlx::Error> {
    Ok(row
        .try_get::<Option<String>, _>("geldig_tot")?
        .as_deref()
        .and_then(db::parse_date))
}

/// The language of the account with this address (compared in lower case), when there is one; Dutch when its
/// stored language is none the portal offers.
pub async fn taal_van_adres<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> Result<Option<Lang>, sqlx::Error> {
    let taal: Option<String> =
        sqlx::query_scalar("SELECT taal FROM personen WHERE LOWER(email) = $1 LIMIT 1")
            .bind(email.to_lowercase())
            .fetch_optional(db)
            .await?;
    Ok(taal.map(|t| Lang::from_code(&t).unwrap_or(Lang::Nl)))
}

/// The helpers with the right to receive mail about this resident's cases about `onderwerp` today: their
/// addresses and languages.
pub async fn post_ontvangers(
    conn: &mut AnyConnection,
    inwoner_id: &str,
    onderwerp: crate::auth::machtiging::Onderwerp,
    vandaag: time::Date,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT DISTINCT p.email, p.taal, m.soort FROM machtigingen m JOIN personen p ON p.id = m.helper_id \
         WHERE m.inwoner_id = $1 AND m.status = 'actief' AND m.post = 1 \
         AND (m.geldig_tot IS NULL OR m.geldig_tot >= $2)",
    )
    .bind(inwoner_id)
    .bind(db::date(vandaag))
    .fetch_all(conn)
    .await?;
    // The kind decides the matters: a bewindvoerder gets no mail about care.
    let mut ontvangers: Vec<(String, String)> = rows
        .into_iter()
        .filter(|(_, _, soort)| {
            crate::auth::machtiging::Soort::from_code(soort)
                .is_some_and(|s| s.onderwerpen().contains(&onderwerp))
        })
        .map(|(email, taal, _)| (email, taal))
        .collect();
    ontvangers.sort();
    ontvangers.dedup();
    Ok(ontvangers)
}

/// Sets the name a person is shown by to their helpers, when they give one.
pub async fn zet_naam(
    conn: &mut AnyConnection,
    persoon_id: &str,
    naam: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE personen SET naam = $2 WHERE id = $1")
        .bind(persoon_id)
        .bind(naam)
        .execute(conn)
        .await
        .map(|_| ())
}

/// What a person changes of their own account on Mijn gegevens: the language of their mail and, when `naam`
/// is given, their name (`Some(None)`: none).
pub async fn zet_eigen_account(
    conn: &mut AnyConnection,
    persoon_id: &str,
    naam: Option<Option<&str>>,
    taal: Lang,
) -> Result<(), sqlx::Error> {
    if let Some(naam) = naam {
        sqlx::query("UPDATE personen SET naam = $2 WHERE id = $1")
            .bind(persoon_id)
            .bind(naam)
            .execute(&mut *conn)
            .await?;
    }
    set_language(conn, persoon_id, taal).await
}

/// The address and language of a person, when they have an address of their own.
pub async fn adres(
    conn: &mut AnyConnection,
    persoon_id: &str,
) -> Result<Option<(String, Lang)>, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, taal FROM personen WHERE id = $1")
            .bind(persoon_id)
            .fetch_optional(conn)
            .await?;
    Ok(row
        .filter(|(email, _)| super::namens::echt_adres(email))
        .map(|(email, taal)| (email, Lang::from_code(&taal).unwrap_or(Lang::Nl))))
}

/// The account that already has this address: its name (if known) and language.
pub async fn bestaand_account<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> Result<Option<(Option<String>, Lang)>, sqlx::Error> {
    let rij: Option<(Option<String>, String)> =
        sqlx::query_as("SELECT naam, taal FROM personen WHERE email = $1")
            .bind(email)
            .fetch_optional(db)
            .await?;
    Ok(rij.map(|(naam, taal)| (naam, Lang::from_code(&taal).unwrap_or(Lang::Nl))))
}

/// A person known only through their representative: no address of their own (see migration 0006).
pub async fn persoon_zonder_email(
    conn: &mut AnyConnection,
    naam: Option<&str>,
    now: OffsetDateTime,
) -> Result<PersoonId, sqlx::Error> {
    let id = PersoonId::new(token::new_id());
    sqlx::query(
        "INSERT INTO personen (id, email, naam, taal, rol, aangemaakt_op) \
         VALUES ($1, $2, $3, 'nl', 'inwoner', $4)",
    )
    .bind(&id)
    .bind(format!("{}{id}", super::namens::GEEN_EMAIL))
    .bind(naam)
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(id)
}

/// Gives a person the name the helper gave for them, unless they have one.
pub async fn naam_als_leeg(
    conn: &mut AnyConnection,
    persoon_id: &str,
    naam: Option<&str>,
) -> Result<(), sqlx::Error> {
    let Some(naam) = naam.filter(|n| !n.is_empty()) else {
        return Ok(());
    };
    sqlx::query("UPDATE personen SET naam = $2 WHERE id = $1 AND naam IS NULL")
        .bind(persoon_id)
        .bind(naam)
        .execute(conn)
        .await
        .map(|_| ())
}

/// The name staff and helpers are shown by; residents have none.
pub async fn naam<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, Option<String>>("SELECT naam FROM personen WHERE id = $1")
            .bind(persoon_id)
            .fetch_optional(db)
            .await?
            .flatten(),
    )
}

/// The address and language of a person (also an address that is none: see [`super::namens::echt_adres`]).
pub async fn email_en_taal(
    conn: &mut AnyConnection,
    persoon_id: &str,
) -> Result<Option<(String, Lang)>, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT email, taal FROM personen WHERE id = $1")
            .bind(persoon_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(email, taal)| (email, Lang::from_code(&taal).unwrap_or(Lang::Nl))))
}

/// The id of the person with this address, if there is one.
pub async fn id_van<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> Result<Option<PersoonId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_optional(db)
        .await
}

/// A cliëntondersteuner's account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub naam: Option<String>,
    /// The organisation's id in the profile.
    pub organisatie: Option<String>,
}

const ACCOUNT: &str =
    "SELECT id, email, naam, organisatie FROM personen WHERE rol = 'clientondersteuner'";

fn account(row: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        naam: row.try_get("naam")?,
        organisatie: row.try_get("organisatie")?,
    })
}

/// Every cliëntondersteuner's account, by name.
pub async fn accounts<'e>(
    db: impl Executor<'e, Database = Any>,
) -> Result<Vec<Account>, sqlx::Error> {
    let sql = format!("{ACCOUNT} ORDER BY naam, email");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(account)
        .collect()
}

/// The cliëntondersteuner with this id; `None` for anyone else.
pub async fn een<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Account>, sqlx::Error> {
    let sql = format!("{ACCOUNT} AND id = $1");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(account)
        .transpose()
}

/// What [`zet`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gezet {
    /// A new person, with this id.
    Nieuw(String),
    /// A person who was there already (a resident, or a cliëntondersteuner of another organisation).
    Gewijzigd(String),
    /// The address belongs to municipal staff: nothing changed. Staff cannot be someone's helper.
    IsStaf,
}

/// Makes the person with this address a cliëntondersteuner of this organisation, with this name, creating them
/// if needed. They sign in with an e-mail link like everyone else.
pub async fn zet(
    conn: &mut AnyConnection,
    email: &str,
    naam: &str,
    organisatie: &str,
    taal: Lang,
    now: OffsetDateTime,
) -> Result<Gezet, sqlx::Error> {
    let bestond: Option<(String, String)> =
        sqlx::query_as("SELECT id, rol FROM personen WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some((id, rol)) = bestond {
        if super::Rol::from_code(&rol).is_staf() {
            return Ok(Gezet::IsStaf);
        }
        sqlx::query(
            "UPDATE personen SET rol = 'clientondersteuner', naam = $2, organisatie = $3 WHERE id = $1",
        )
        .bind(&id)
        .bind(naam)
        .bind(organisatie)
        .execute(conn)
        .await?;
        return Ok(Gezet::Gewijzigd(id));
    }
    let id = token::new_id();
    sqlx::query(
        "INSERT INTO personen (id, email, taal, rol, naam, organisatie, aangemaakt_op) \
         VALUES ($1, $2, $3, 'clientondersteuner', $4, $5, $6)",
    )
    .bind(&id)
    .bind(email)
    .bind(taal.code())
    .bind(naam)
    .bind(organisatie)
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(Gezet::Nieuw(id))
}

/// Makes a cliëntondersteuner a resident again, without an organisation: `false` when they were none.
pub async fn niet_meer_clientondersteuner(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE personen SET rol = 'inwoner', organisatie = NULL WHERE id = $1 AND rol = 'clientondersteuner'",
    )
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// The names staff are shown by, for these people (those without a name are left out).
pub async fn namen<'e, E>(db: E, ids: &[&str]) -> Result<HashMap<PersoonId, String>, sqlx::Error>
where
    E: Executor<'e, Database = Any> + Copy,
{
    let mut namen = HashMap::new();
    for id in ids {
        if namen.contains_key(*id) {
            continue;
        }
        if let Some(naam) = naam(db, id).await? {
            namen.insert(PersoonId::new(*id), naam);
        }
    }
    Ok(namen)
}

/// The person with this BSN, if any.
pub async fn persoon_met_bsn<'e>(
    db: impl Executor<'e, Database = Any>,
    bsn: &Bsn,
) -> Result<Option<PersoonId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM personen WHERE bsn = $1")
        .bind(bsn.as_str())
        .fetch_optional(db)
        .await
}

/// Gives a person who has no BSN yet this one (linking their account to DigiD). False when they already
/// have another.
pub async fn koppel_bsn(
    conn: &mut AnyConnection,
    persoon_id: &str,
    bsn: &Bsn,
) -> Result<bool, sqlx::Error> {
    sqlx::query("UPDATE personen SET bsn = $2 WHERE id = $1 AND bsn IS NULL")
        .bind(persoon_id)
        .bind(bsn.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(persoon_met_bsn(&mut *conn, bsn).await?.as_deref() == Some(persoon_id))
}

/// A new resident known by a provider only (no e-mail address yet), with this BSN if DigiD gave one.
pub async fn nieuwe_persoon(
    conn: &mut AnyConnection,
    bsn: Option<&Bsn>,
    lang: Lang,
    now: OffsetDateTime,
) -> Result<PersoonId, sqlx::Error> {
    let id = PersoonId::new(token::new_id());
    // Two first sign-ins with one BSN at once (PostgreSQL): the second finds the first's account.
    sqlx::query(
        "INSERT INTO personen (id, email, taal, rol, aangemaakt_op, bsn) \
         VALUES ($1, $2, $3, 'inwoner', $4, $5) ON CONFLICT (bsn) DO NOTHING",
    )
    .bind(&id)
    .bind(format!("{}{id}", super::namens::GEEN_EMAIL))
    .bind(lang.code())
    .bind(db::ts(now))
    .bind(bsn.map(Bsn::as_str))
    .execute(&mut *conn)
    .await?;
    match bsn {
        Some(bsn) => Ok(persoon_met_bsn(conn, bsn).await?.unwrap_or(id)),
        None => Ok(id),
    }
}

/// The person a provider's subject was linked to (eHerkenning).
pub async fn gekoppeld<'e>(
    db: impl Executor<'e, Database = Any>,
    aanbieder: &str,
    sub: &str,
) -> Result<Option<PersoonId>, sqlx::Error> {
    sqlx::query_scalar("SELECT persoon_id FROM koppelingen WHERE aanbieder = $1 AND sub = $2")
        .bind(aanbieder)
        .bind(sub)
        .fetch_optional(db)
        .await
}

/// Links a provider's subject to a person.
pub async fn koppel(
    conn: &mut AnyConnection,
    aanbieder: &str,
    sub: &str,
    persoon_id: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO koppelingen (aanbieder, sub, persoon_id, aangemaakt_op) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (aanbieder, sub) DO NOTHING",
    )
    .bind(aanbieder)
    .bind(sub)
    .bind(persoon_id)
    .bind(db::ts(now))
    .execute(conn)
    .await
    .map(|_| ())
}

/// The member of staff (medewerker or beheerder) with this address, if any.
pub async fn medewerker_met<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> Result<Option<PersoonId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM personen WHERE email = $1 AND rol IN ('medewerker', 'beheerder')",
    )
    .bind(email.trim().to_lowercase())
    .fetch_optional(db)
    .await
}

/// Gives someone without an address of their own (signed in with DigiD) this one, unless another account
/// has it. False when it is taken.
pub async fn zet_eigen_email(
    conn: &mut AnyConnection,
    persoon_id: &str,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let bezet: Option<String> = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
    if bezet.is_some_and(|id| id != persoon_id) {
        return Ok(false);
    }
    sqlx::query("UPDATE personen SET email = $2 WHERE id = $1")
        .bind(persoon_id)
        .bind(email)
        .execute(conn)
        .await?;
    Ok(true)
}

/// When this person's account was closed for new work, if it was.
pub async fn gesloten_op<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    persoon_id: &str,
) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    let op: Option<Option<String>> =
        sqlx::query_scalar("SELECT gesloten_op FROM personen WHERE id = $1")
            .bind(persoon_id)
            .fetch_optional(db)
            .await?;
    Ok(op.flatten().as_deref().and_then(crate::db::parse_ts))
}

/// Closes a resident's account for new work from `op`, or opens it again (`None`).
pub async fn zet_gesloten(
    conn: &mut sqlx::AnyConnection,
    persoon_id: &str,
    op: Option<OffsetDateTime>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE personen SET gesloten_op = $2 WHERE id = $1")
        .bind(persoon_id)
        .bind(op.map(crate::db::ts))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Removes a person for good, with their sessions; the caller removed what else pointed at them. `false`
/// when a record the municipality keeps still names them (a step they recorded as a helper, an initiative they
/// founded): then nothing of this call is done, and the rest of the caller's transaction stands.
pub async fn verwijder_persoon(
    conn: &mut sqlx::AnyConnection,
    persoon_id: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query("SAVEPOINT persoon").execute(&mut *conn).await?;
    for sql in [
        "DELETE FROM sessions WHERE persoon_id = $1",
        "DELETE FROM personen WHERE id = $1",
    ] {
        match sqlx::query(sql).bind(persoon_id).execute(&mut *conn).await {
            Ok(_) => {}
            Err(e) if crate::db::is_foreign_key_violation(&e) => {
                sqlx::query("ROLLBACK TO SAVEPOINT persoon")
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("RELEASE SAVEPOINT persoon")
                    .execute(&mut *conn)
                    .await?;
                return Ok(false);
            }
            Err(e) => return Err(e),
        }
    }
    sqlx::query("RELEASE SAVEPOINT persoon")
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// A person written by [`personen_in_bulk`]: an account as sign-in, `medewerker toevoegen` or
/// `clientondersteuner toevoegen` would have made it.
pub struct BulkPersoon {
    pub id: PersoonId,
    pub email: String,
    pub taal: Lang,
    pub rol: super::Rol,
    pub naam: Option<String>,
    pub organisatie: Option<String>,
    pub aangemaakt_op: OffsetDateTime,
}

/// Writes many new people at once inside the caller's write transaction (`loket demo --schaal stad`), in
/// multi-row statements. Returns how many were written.
pub async fn personen_in_bulk(
    conn: &mut AnyConnection,
    backend: db::Backend,
    personen: &[BulkPersoon],
) -> Result<u64, sqlx::Error> {
    use db::bulk::Waarde;
    let mut waarden = Vec::with_capacity(personen.len() * 7);
    for p in personen {
        waarden.extend([
            Waarde::from(p.id.as_str()),
            Waarde::from(p.email.as_str()),
            Waarde::from(p.taal.code()),
            Waarde::from(p.rol.code()),
            Waarde::from(p.naam.clone()),
            Waarde::from(p.organisatie.clone()),
            Waarde::from(db::ts(p.aangemaakt_op)),
        ]);
    }
    db::bulk::voeg_in(
        conn,
        backend,
        "INSERT INTO personen (id, email, taal, rol, naam, organisatie, aangemaakt_op) VALUES",
        7,
        &waarden,
        // SQLite finds numbered parameters by name, slowly in statements with thousands of them.
        match backend {
            db::Backend::Sqlite => 140,
            db::Backend::Postgres => 2_000,
        },
    )
    .await
}
