//! Staff check a representative's proof: the list, one request, the proof, the decision.

use super::*;

#[derive(Debug, Default, Deserialize)]
pub struct Klaar {
    #[serde(default)]
    klaar: String,
}

/// `GET /medewerker/machtigingen`: every proof to check, oldest first.
pub async fn controle_lijst(
    Medewerker(_): Medewerker,
    ctx: Ctx,
    Query(q): Query<Klaar>,
) -> AppResult<Response> {
    let lijst = repo::te_controleren(&ctx.app.db.pool).await?;
    Ok(views::controle_lijst(&ctx, &lijst, &q.klaar).into_response())
}

/// Writes a look at a machtiging to its audit record.
pub(super) async fn inzage(ctx: &Ctx, id: &str, ik: &Person, handeling: &str) -> AppResult<()> {
    let mut tx = ctx.app.db.begin_write().await?;
    repo::inzage(&mut tx, id, ik, handeling, ctx.app.clock.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// `GET /medewerker/machtigingen/{id}`: what was asked, the proof, and the two decisions.
pub async fn controle(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let aanvraag = repo::een(&ctx.app.db.pool, &id)
        .await?
        .filter(|a| a.bewijs.is_some())
        .ok_or(AppError::NotFound)?;
    inzage(&ctx, &aanvraag.id, &ik, "bekeken").await?;
    let bestaand = bestaand(&ctx, &aanvraag).await?;
    Ok(
        views::controle(&ctx, &aanvraag, bestaand.as_ref(), "", &FieldErrors::new())
            .into_response(),
    )
}

/// `GET /medewerker/machtigingen/{id}/bewijs`: the proof, as a download the browser must not open or sniff.
pub async fn bewijs(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let pool = &ctx.app.db.pool;
    let aanvraag = repo::een(pool, &id).await?.ok_or(AppError::NotFound)?;
    let (naam, mime, _) = aanvraag.bewijs.as_ref().ok_or(AppError::NotFound)?;
    let soort = BestandType::from_mime(mime).ok_or(AppError::NotFound)?;
    let inhoud = repo::bewijs_inhoud(pool, &aanvraag.id)
        .await?
        .ok_or(AppError::NotFound)?;
    inzage(&ctx, &aanvraag.id, &ik, "gedownload").await?;
    let disposition = HeaderValue::from_str(&format!(
        "attachment; filename=\"{}\"",
        download_naam(naam, soort)
    ))
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(soort.mime())),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        inhoud,
    )
        .into_response())
}

/// The account that already has the address the requester typed, for staff to see before they approve.
pub(super) async fn bestaand(ctx: &Ctx, aanvraag: &Aanvraag) -> AppResult<Option<views::Bestaand>> {
    let Some(email) = aanvraag.email.as_deref() else {
        return Ok(None);
    };
    Ok(crate::auth::repo::bestaand_account(&ctx.app.db.pool, email)
        .await?
        .map(|(naam, _)| views::Bestaand {
            naam: naam.unwrap_or_else(|| email.to_owned()),
        }))
}

/// The request with this id while it waits for staff, read in the transaction that decides it.
pub(super) async fn open_controle(conn: &mut AnyConnection, id: &str) -> AppResult<Aanvraag> {
    repo::een(conn, id)
        .await?
        .filter(|a| a.status == Status::TeControleren)
        .ok_or(AppError::NotFound)
}

/// `POST /medewerker/machtigingen/{id}/besluit`: approved, the machtiging becomes active (for a signed
/// authorisation the melding moves to the resident); refused, with the reason the requester reads. The requester
/// hears either way.
pub async fn besluit(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(invoer): Form<BesluitForm>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let reden = if invoer.goedkeuren() {
        None
    } else {
        match invoer.parse(&ctx.tr) {
            Ok(reden) => Some(reden),
            Err(errors) => {
                let aanvraag = repo::een(&app.db.pool, &id)
                    .await?
                    .filter(|a| a.bewijs.is_some())
                    .ok_or(AppError::NotFound)?;
                let bestaand = bestaand(&ctx, &aanvraag).await?;
                return Ok(met_status(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    views::controle(&ctx, &aanvraag, bestaand.as_ref(), &invoer.reden, &errors),
                ));
            }
        }
    };
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let aanvraag = open_controle(&mut tx, &id).await?;
    let tr = ctx.tr.with_lang(aanvraag.aanvrager_taal);
    let (bericht, klaar) = match &reden {
        None => {
            // The represented person hears who may act for them now, when they have an address: an existing
            // account must not get a representative unnoticed.
            if let Some(email) = aanvraag.email.as_deref() {
                let taal = match crate::auth::repo::bestaand_account(&mut *tx, email).await? {
                    Some((_, taal)) => taal,
                    None => aanvraag.aanvrager_taal,
                };
                let tr_inwoner = ctx.tr.with_lang(taal);
                let bericht = crate::vertegenwoordiging::berichten::mail_aan_vertegenwoordigde(
                    &tr_inwoner,
                    &aanvraag,
                    email,
                    &app.config.base_url,
                );
                mail::enqueue(&mut tx, now, &bericht, &tr_inwoner, &app.gemeente).await?;
            }
            if maak_actief(&mut tx, &aanvraag, Status::TeControleren, Lang::Nl, now)
                .await?
                .is_none()
            {
                tx.rollback().await?;
                return Err(AppError::Conflict);
            }
            repo::gecontroleerd(&mut tx, &aanvraag.id, &ik.id, None, now).await?;
            (
                crate::vertegenwoordiging::berichten::mail_goedgekeurd(
                    &tr,
                    &aanvraag,
                    &app.config.base_url,
                ),
                "goedgekeurd",
            )
        }
        Some(reden) => {
            repo::gecontroleerd(&mut tx, &aanvraag.id, &ik.id, Some(reden), now).await?;
            (
                crate::vertegenwoordiging::berichten::mail_afgewezen(
                    &tr,
                    &aanvraag,
                    reden,
                    &app.config.base_url,
                ),
                "afgewezen",
            )
        }
    };
    mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!(
        "/medewerker/machtigingen?klaar={klaar}"
    )))
}
