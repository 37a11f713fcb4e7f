//! The year's budget: the turn to decide, what was allocated, the figures.

use super::*;

/// Takes this year's turn to decide: the year's row is made when missing, then locked, so later decisions of the
/// same year wait until this transaction ends and then read the sum with this one's allocation in it.
pub async fn budget_beurt(
    conn: &mut AnyConnection,
    jaar: i32,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO blijverslening_budgetjaren (jaar, laatst) VALUES ($1, $2) ON CONFLICT (jaar) DO NOTHING",
    )
    .bind(i64::from(jaar))
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE blijverslening_budgetjaren SET laatst = $2 WHERE jaar = $1")
        .bind(i64::from(jaar))
        .bind(db::ts(now))
        .execute(&mut *conn)
        .await
        .map(|_| ())
}

/// Takes the application's turn and reads its status under that lock: answers of its co-owners wait for each
/// other, so that the last yes sees every other answer and the status as the one before left it.
pub async fn aanvraag_beurt(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Status>, sqlx::Error> {
    sqlx::query("UPDATE blijverslening_aanvragen SET id = id WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM blijverslening_aanvragen WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    status
        .map(|code| Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code)))
        .transpose()
}

/// The sum of the provisional allocations decided in calendar year `jaar`.
pub async fn toegekend_in_jaar<'e>(
    db: impl Executor<'e, Database = Any>,
    jaar: i32,
) -> Result<Bedrag, sqlx::Error> {
    let som: Option<Bedrag> = sqlx::query_scalar(
        "SELECT CAST(SUM(besluit_bedrag) AS BIGINT) FROM blijverslening_aanvragen \
         WHERE besluit = 'toegekend' AND besluit_datum >= $1 AND besluit_datum < $2",
    )
    .bind(format!("{jaar:04}-01-01"))
    .bind(format!("{:04}-01-01", jaar + 1))
    .fetch_one(db)
    .await?;
    Ok(som.unwrap_or_default())
}

/// The counts of the figures page for calendar year `jaar`: applications sent that year, and decisions of that
/// year per ground code (`None`: a provisional allocation).
pub async fn tellingen(
    db: &sqlx::AnyPool,
    jaar: i32,
) -> Result<(i64, Vec<(Option<String>, i64)>), sqlx::Error> {
    let van = format!("{jaar:04}-01-01");
    let tot = format!("{:04}-01-01", jaar + 1);
    let verstuurd: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM blijverslening_aanvragen \
         WHERE status <> 'concept' AND ingediend_op >= $1 AND ingediend_op < $2",
    )
    .bind(&van)
    .bind(&tot)
    .fetch_one(db)
    .await?;
    let besluiten = sqlx::query_as(
        "SELECT besluit_grond, COUNT(*) FROM blijverslening_aanvragen \
         WHERE besluit IS NOT NULL AND besluit_datum >= $1 AND besluit_datum < $2 GROUP BY besluit_grond",
    )
    .bind(&van)
    .bind(&tot)
    .fetch_all(db)
    .await?;
    Ok((verstuurd, besluiten))
}
