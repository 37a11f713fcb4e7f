//! The SQL of the steps on a sent proposal: conversation, questions and answers, decision, support.

use super::*;

/// Takes an open proposal (sent, not decided) for a change that is only allowed while it is open: locks its
/// row until the transaction ends, so that a decision taken at the same moment waits or is waited for.
/// `false` when it is not open (any more).
pub(super) async fn neem_open(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET versie = versie WHERE id = $1 AND status IN ('ontvangen', 'in_gesprek')",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The initiative's choice to show a sent proposal on the public page, or not.
pub async fn zet_openbaar(
    conn: &mut AnyConnection,
    id: &str,
    openbaar: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE uitdaag_voorstellen SET openbaar = $2 WHERE id = $1 AND status <> 'concept'",
    )
    .bind(id)
    .bind(if openbaar { "ja" } else { "nee" })
    .execute(conn)
    .await
    .map(|_| ())
}

/// The municipality starts the conversation; `false` when the proposal was not waiting for that.
pub async fn naar_gesprek(
    conn: &mut AnyConnection,
    id: &ZaakId,
    bericht: &str,
    door: &PersoonId,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET status = 'in_gesprek', gesprek_op = $2, gesprek_bericht = $3 \
         WHERE id = $1 AND status = 'ontvangen'",
    )
    .bind(id)
    .bind(db::ts(now))
    .bind(bericht)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let auteur = Auteur::medewerker(door);
    leg_vast(conn, id, auteur, &Gebeurtenis::GesprekGepland, now).await?;
    Ok(true)
}

/// What became of a question of the municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gesteld {
    /// Asked: the question's id.
    Nieuw(String),
    /// The same form was sent before (its one-time key): asked once, nothing changes.
    AlGesteld,
    /// The proposal is decided or a draft: nothing is asked.
    Dicht,
}

/// A question of the municipality on an open proposal, once per form (`sleutel`, the form's one-time key;
/// `None` for a question asked without a form).
pub async fn stel_vraag(
    conn: &mut AnyConnection,
    voorstel_id: &ZaakId,
    vraag: &str,
    sleutel: Option<&str>,
    door: &PersoonId,
    now: OffsetDateTime,
) -> Result<Gesteld, sqlx::Error> {
    if !neem_open(conn, voorstel_id).await? {
        return Ok(Gesteld::Dicht);
    }
    let id = token::new_id();
    let done = sqlx::query(
        "INSERT INTO uitdaag_vragen (id, voorstel_id, vraag, gesteld_op, gesteld_door, sleutel) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (voorstel_id, sleutel) DO NOTHING",
    )
    .bind(&id)
    .bind(voorstel_id)
    .bind(vraag)
    .bind(db::ts(now))
    .bind(door)
    .bind(sleutel)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(Gesteld::AlGesteld);
    }
    let stap = Gebeurtenis::Vraag {
        vraag_id: id.clone(),
    };
    leg_vast(conn, voorstel_id, Auteur::medewerker(door), &stap, now).await?;
    Ok(Gesteld::Nieuw(id))
}

/// The initiative's answer to a question, once, while the proposal is open; `false` when it was answered
/// already or the proposal was decided.
pub async fn beantwoord(
    conn: &mut AnyConnection,
    voorstel_id: &ZaakId,
    vraag_id: &str,
    antwoord: &str,
    door: &PersoonId,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    if !neem_open(conn, voorstel_id).await? {
        return Ok(false);
    }
    let done = sqlx::query(
        "UPDATE uitdaag_vragen SET antwoord = $3, beantwoord_op = $4, beantwoord_door = $5 \
         WHERE id = $2 AND voorstel_id = $1 AND antwoord IS NULL",
    )
    .bind(voorstel_id)
    .bind(vraag_id)
    .bind(antwoord)
    .bind(db::ts(now))
    .bind(door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let stap = Gebeurtenis::Antwoord {
        vraag_id: vraag_id.to_owned(),
    };
    leg_vast(
        conn,
        voorstel_id,
        Auteur::persoon(door, Door::Inwoner),
        &stap,
        now,
    )
    .await?;
    Ok(true)
}

/// The municipality's decision; `false` when the proposal was decided already.
pub async fn besluit(
    conn: &mut AnyConnection,
    id: &ZaakId,
    uitkomst: Uitkomst,
    toelichting: &str,
    door: &PersoonId,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE uitdaag_voorstellen SET status = 'besloten', uitkomst = $2, toelichting = $3, besloten_op = $4, \
         besloten_door = $5 WHERE id = $1 AND status IN ('ontvangen', 'in_gesprek')",
    )
    .bind(id)
    .bind(uitkomst.code())
    .bind(toelichting)
    .bind(db::ts(now))
    .bind(door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let stap = Gebeurtenis::Besloten { uitkomst };
    leg_vast(conn, id, Auteur::medewerker(door), &stap, now).await?;
    Ok(true)
}

/// A resident's support, counted once: a second time changes nothing. Only while the proposal is public and
/// open.
pub async fn steun(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    persoon_id: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if !neem_open(conn, voorstel_id).await? {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO uitdaag_steun (voorstel_id, persoon_id, op) SELECT $1, $2, $3 \
         WHERE EXISTS (SELECT 1 FROM uitdaag_voorstellen v WHERE v.id = $1 AND v.openbaar = 'ja') \
         ON CONFLICT (voorstel_id, persoon_id) DO NOTHING",
    )
    .bind(voorstel_id)
    .bind(persoon_id)
    .bind(db::ts(now))
    .execute(conn)
    .await
    .map(|_| ())
}

/// Withdraws a resident's support while the proposal is open.
pub async fn trek_steun_in(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    persoon_id: &str,
) -> Result<(), sqlx::Error> {
    if !neem_open(conn, voorstel_id).await? {
        return Ok(());
    }
    sqlx::query("DELETE FROM uitdaag_steun WHERE voorstel_id = $1 AND persoon_id = $2")
        .bind(voorstel_id)
        .bind(persoon_id)
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn heeft_gesteund<'e>(
    db: impl Executor<'e, Database = Any>,
    voorstel_id: &str,
    persoon_id: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM uitdaag_steun WHERE voorstel_id = $1 AND persoon_id = $2",
    )
    .bind(voorstel_id)
    .bind(persoon_id)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
