//! The SQL of initiatives and their members.

use super::*;

/// An initiative with its members.
#[derive(Clone, Debug)]
pub struct Initiatief {
    pub id: String,
    pub naam: String,
    pub vorm: Option<Vorm>,
    pub kvk: Option<String>,
    pub contact_naam: String,
    pub contact_email: String,
    pub contact_telefoon: Option<String>,
    pub aangemaakt_op: OffsetDateTime,
    /// Who signed it up: the one member who may take others off the list.
    pub aangemaakt_door: String,
    /// Member addresses, in the order they were added.
    pub leden: Vec<String>,
}

impl Initiatief {
    pub fn is_lid(&self, email: &str) -> bool {
        let adres = lid_adres(email);
        self.leden.contains(&adres)
    }
}

/// What the sign-up form gives, checked.
pub struct NieuwInitiatief<'a> {
    pub naam: &'a str,
    pub vorm: Vorm,
    pub kvk: Option<&'a str>,
    pub contact_naam: &'a str,
    pub contact_email: &'a str,
    pub contact_telefoon: Option<&'a str>,
}

/// A new initiative; the person who signs it up is its first member. A second post
/// of the same form (key `sleutel`) makes nothing: returns that initiative's id and `false`.
pub async fn nieuw_initiatief(
    conn: &mut AnyConnection,
    i: &NieuwInitiatief<'_>,
    door: &Person,
    sleutel: Option<&str>,
    now: OffsetDateTime,
) -> Result<(String, bool), sqlx::Error> {
    let id = token::new_id();
    let done = sqlx::query(
        "INSERT INTO initiatieven (id, naam, vorm, kvk, contact_naam, contact_email, contact_telefoon, \
         aangemaakt_op, aangemaakt_door, sleutel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (aangemaakt_door, sleutel) DO NOTHING",
    )
    .bind(&id)
    .bind(i.naam)
    .bind(i.vorm.code())
    .bind(i.kvk)
    .bind(i.contact_naam)
    .bind(i.contact_email)
    .bind(i.contact_telefoon)
    .bind(db::ts(now))
    .bind(&door.id)
    .bind(sleutel)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        let bestaand: String = sqlx::query_scalar(
            "SELECT id FROM initiatieven WHERE aangemaakt_door = $1 AND sleutel = $2",
        )
        .bind(&door.id)
        .bind(sleutel)
        .fetch_one(&mut *conn)
        .await?;
        return Ok((bestaand, false));
    }
    voeg_lid_toe(conn, &id, &door.email, &door.id, now).await?;
    Ok((id, true))
}

/// New details of an initiative.
pub async fn wijzig_initiatief(
    conn: &mut AnyConnection,
    id: &str,
    i: &NieuwInitiatief<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE initiatieven SET naam = $2, vorm = $3, kvk = $4, contact_naam = $5, contact_email = $6, \
         contact_telefoon = $7 WHERE id = $1",
    )
    .bind(id)
    .bind(i.naam)
    .bind(i.vorm.code())
    .bind(i.kvk)
    .bind(i.contact_naam)
    .bind(i.contact_email)
    .bind(i.contact_telefoon)
    .execute(conn)
    .await
    .map(|_| ())
}

/// Adds a member by address; `false` when the address is a member already.
pub async fn voeg_lid_toe(
    conn: &mut AnyConnection,
    initiatief_id: &str,
    email: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO initiatief_leden (initiatief_id, email, toegevoegd_op, toegevoegd_door) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (initiatief_id, email) DO NOTHING",
    )
    .bind(initiatief_id)
    .bind(lid_adres(email))
    .bind(db::ts(now))
    .bind(door)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many members `door` added since `sinds`, in all initiatives: invitations are mail the portal sends on
/// someone's word, so a person may send only so many a day.
pub async fn toegevoegd_door_sinds<'e>(
    db: impl Executor<'e, Database = Any>,
    door: &str,
    sinds: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        // Their own membership, made when they signed an initiative up, is no invitation.
        "SELECT COUNT(*) FROM initiatief_leden WHERE toegevoegd_door = $1 AND toegevoegd_op >= $2 \
         AND email <> (SELECT LOWER(p.email) FROM personen p WHERE p.id = $1)",
    )
    .bind(door)
    .bind(db::ts(sinds))
    .fetch_one(db)
    .await
}

/// Takes a member off the list; `false` when the address was no member.
pub async fn verwijder_lid(
    conn: &mut AnyConnection,
    initiatief_id: &str,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM initiatief_leden WHERE initiatief_id = $1 AND email = $2")
        .bind(initiatief_id)
        .bind(lid_adres(email))
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub(super) const INITIATIEF_KOLOMMEN: &str = "id, naam, vorm, kvk, contact_naam, contact_email, contact_telefoon, aangemaakt_op, aangemaakt_door";

pub(super) fn initiatief_uit(r: &AnyRow) -> Result<Initiatief, sqlx::Error> {
    Ok(Initiatief {
        id: r.try_get("id")?,
        naam: r.try_get("naam")?,
        vorm: Vorm::from_code(&r.try_get::<String, _>("vorm")?),
        kvk: r.try_get("kvk")?,
        contact_naam: r.try_get("contact_naam")?,
        contact_email: r.try_get("contact_email")?,
        contact_telefoon: r.try_get("contact_telefoon")?,
        aangemaakt_op: moment(r, "aangemaakt_op")?,
        aangemaakt_door: r.try_get("aangemaakt_door")?,
        leden: Vec::new(),
    })
}

pub(super) async fn leden(
    conn: &mut AnyConnection,
    initiatief_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT email FROM initiatief_leden WHERE initiatief_id = $1 ORDER BY toegevoegd_op, email",
    )
    .bind(initiatief_id)
    .fetch_all(conn)
    .await
}

/// One initiative with its members.
pub async fn initiatief(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Initiatief>, sqlx::Error> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {INITIATIEF_KOLOMMEN} FROM initiatieven WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let mut i = initiatief_uit(&row)?;
    i.leden = leden(conn, &i.id).await?;
    Ok(Some(i))
}

/// The id and name of each initiative `email` is a member of, oldest first: what Mijn loket lists.
pub async fn namen_van<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, naam FROM initiatieven WHERE id IN \
         (SELECT initiatief_id FROM initiatief_leden WHERE email = $1) ORDER BY aangemaakt_op, id",
    )
    .bind(lid_adres(email))
    .fetch_all(db)
    .await
}

/// The initiatives `email` is a member of, oldest first.
pub async fn initiatieven_van(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Vec<Initiatief>, sqlx::Error> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {INITIATIEF_KOLOMMEN} FROM initiatieven WHERE id IN \
         (SELECT initiatief_id FROM initiatief_leden WHERE email = $1) ORDER BY aangemaakt_op, id"
    )))
    .bind(lid_adres(email))
    .fetch_all(&mut *conn)
    .await?;
    let mut uit = Vec::new();
    for r in &rows {
        let mut i = initiatief_uit(r)?;
        i.leden = leden(conn, &i.id).await?;
        uit.push(i);
    }
    Ok(uit)
}
