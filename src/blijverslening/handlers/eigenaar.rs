//! A co-owner's answer, by the link in their mail.

use super::*;

/// A link that was not answered in time no longer works; an answer given stays visible.
pub(super) fn verlopen(ctx: &Ctx, e: &repo::Eigenaar) -> bool {
    e.antwoord.is_none() && e.verloopt_op.is_none_or(|t| t <= ctx.app.clock.now())
}

/// `GET /blijverslening/eigenaar/{token}`: what the co-owner is asked to confirm. No sign-in: the secret is
/// the key.
pub async fn eigenaar_form(ctx: Ctx, Path(geheim): Path<String>) -> AppResult<Response> {
    regeling(&ctx)?;
    let (eigenaar, aanvraag_id) = repo::voor_token(&ctx.app.db.pool, &token::hash(&geheim))
        .await?
        .ok_or(AppError::NotFound)?;
    let aanvraag = repo::verzonden(&ctx.app.db.pool, &aanvraag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if verlopen(&ctx, &eigenaar) {
        return Ok(met_status(StatusCode::GONE, views::eigenaar_verlopen(&ctx)));
    }
    Ok(views::eigenaar(&ctx, &geheim, &eigenaar, &aanvraag, &FieldErrors::new()).into_response())
}

/// `POST /blijverslening/eigenaar/{token}`: yes or no, once. The last yes sends the application to staff; a no
/// stops it. Either way the resident hears of it.
pub async fn eigenaar(
    ctx: Ctx,
    Path(geheim): Path<String>,
    Form(input): Form<AntwoordForm>,
) -> AppResult<Response> {
    regeling(&ctx)?;
    let app = &ctx.app;
    let (eigenaar, aanvraag_id) = repo::voor_token(&app.db.pool, &token::hash(&geheim))
        .await?
        .ok_or(AppError::NotFound)?;
    let aanvraag = repo::verzonden(&app.db.pool, &aanvraag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if verlopen(&ctx, &eigenaar) {
        return Ok(met_status(StatusCode::GONE, views::eigenaar_verlopen(&ctx)));
    }
    let ja = match input.antwoord.as_str() {
        "ja" => true,
        "nee" => false,
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("antwoord", ctx.t(msg::BLIJVERSLENING_FOUT_ANTWOORD));
            return Ok(met_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                views::eigenaar(&ctx, &geheim, &eigenaar, &aanvraag, &errors),
            ));
        }
    };
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    // The application's row first: the answers of its co-owners take turns, and each reads the status and the
    // other answers as the one before it left them.
    let status = repo::aanvraag_beurt(&mut tx, &aanvraag_id).await?;
    if repo::beantwoord(&mut tx, &aanvraag_id, &eigenaar.id, ja, now).await?
        && status == Some(Status::WachtOpEigenaren)
    {
        let alle = repo::eigenaren(&mut *tx, &aanvraag_id).await?;
        let volgende = if alle.iter().any(|e| e.antwoord == Some(false)) {
            Some(Status::Gestopt)
        } else if alle.iter().all(|e| e.antwoord == Some(true)) {
            Some(Status::Ingediend)
        } else {
            None
        };
        if let Some(status) = volgende {
            repo::na_eigenaren(&mut tx, &aanvraag_id, status, now).await?;
            let nieuws = if status == Status::Gestopt {
                msg::BLIJVERSLENING_MAIL_GESTOPT
            } else {
                msg::BLIJVERSLENING_MAIL_INGEDIEND
            };
            meld(&mut tx, app, &aanvraag, nieuws).await?;
        }
    }
    tx.commit().await?;
    app.mail.wake();
    let eigenaar = repo::voor_token(&app.db.pool, &token::hash(&geheim))
        .await?
        .map(|(e, _)| e)
        .unwrap_or(eigenaar);
    Ok(views::eigenaar(&ctx, &geheim, &eigenaar, &aanvraag, &FieldErrors::new()).into_response())
}
