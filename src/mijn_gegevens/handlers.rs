//! The handlers of Mijn gegevens. Each takes the person acting for themselves ([`zelf`]); anyone acting for
//! someone else gets 404.

use axum::extract::Query;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::form::{self, ACCOUNT, AccountForm};
use super::repo::{self, Soort, Wie};
use super::{archief, views};
use crate::auth::{IetsBekijken, Mag, Namens, Person};
use crate::error::{AppError, AppResult};
use crate::form::{FieldErrors, Invoer};
use crate::http::{Ctx, see_other};
use crate::i18n::{Lang, Tr, msg};
use crate::mail::Email;
use crate::zaken::correctie;
use crate::zaken::kern;

/// At most this many requests for a correction a day per person: room for what people need, no flood of
/// steps on a case or mail to the municipality.
const VERZOEKEN_PER_DAG: i64 = 10;

/// The person, when they act for themselves; 404 for anyone acting for someone else: nobody reads or downloads
/// another person's data this way.
fn zelf(namens: Namens) -> AppResult<Person> {
    if namens.is_zelf() {
        Ok(namens.wie)
    } else {
        Err(AppError::NotFound)
    }
}

fn wie(person: &Person) -> Wie<'_> {
    Wie {
        id: &person.id,
        adres: person.email.trim().to_lowercase(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct KlaarQuery {
    #[serde(default)]
    klaar: String,
}

/// The page with the person's data and the form for their own name and language, with `errors` beside it.
async fn toon(
    ctx: &Ctx,
    person: &Person,
    account: &AccountForm,
    errors: &FieldErrors,
    klaar: &str,
) -> AppResult<maud::Markup> {
    let overzicht = repo::overzicht(&ctx.app.db, &ctx.app.overzichten, &wie(person)).await?;
    Ok(views::pagina(
        ctx, person, &overzicht, account, errors, klaar,
    ))
}

/// `GET /mijn-gegevens`.
pub async fn pagina(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let person = zelf(namens)?;
    let account = AccountForm {
        naam: person.naam.clone().unwrap_or_default(),
        taal: person.taal.code().to_owned(),
    };
    Ok(toon(&ctx, &person, &account, &FieldErrors::new(), &q.klaar)
        .await?
        .into_response())
}

/// `POST /mijn-gegevens`: the person's own name (a resident's: staff and cliëntondersteuners are named by the
/// municipality) and the language of their mail.
pub async fn opslaan(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Form(invoer): Form<AccountForm>,
) -> AppResult<Response> {
    let person = zelf(namens)?;
    let account = match invoer.parse(&ctx.tr) {
        Ok(account) => account,
        Err(errors) => {
            let pagina = toon(&ctx, &person, &invoer, &errors, "").await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, pagina).into_response());
        }
    };
    let naam = (person.rol == crate::auth::Rol::Inwoner).then_some(account.naam.as_deref());
    let mut tx = ctx.app.db.begin_write().await?;
    crate::auth::repo::zet_eigen_account(&mut tx, &person.id, naam, account.taal).await?;
    tx.commit().await?;
    Ok(see_other("/mijn-gegevens?klaar=account#account"))
}

/// `GET /mijn-gegevens/download`: the archive of everything, made off the async runtime on a temporary file
/// and sent from it; the download is in the person's log with its size.
pub async fn download(ctx: Ctx, Mag(namens, _): Mag<IetsBekijken>) -> AppResult<Response> {
    let person = zelf(namens)?;
    let app = &ctx.app;
    let now = app.clock.now();
    let gegevens = repo::gegevens(&app.db, &wie(&person)).await?;
    let gemaakt = archief::maak(app, &person.id, &gegevens, now).await?;
    let grootte = i64::try_from(gemaakt.grootte).unwrap_or(i64::MAX);
    let mut tx = app.db.begin_write().await?;
    repo::log(
        &mut tx,
        &person.id,
        Soort::Download,
        None,
        Some(grootte),
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        bytes = gemaakt.grootte,
        left_out = gemaakt.weggelaten,
        "personal data archive made"
    );
    let naam = format!(
        "attachment; filename=\"mijn-gegevens-{}.zip\"",
        crate::db::date(app.clock.today())
    );
    let disposition =
        HeaderValue::from_str(&naam).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (header::CONTENT_LENGTH, HeaderValue::from(gemaakt.grootte)),
        ],
        axum::body::Body::new(archief::Lezer::new(gemaakt.file)),
    )
        .into_response())
}

/// The cases a person may ask a correction on: those they own, with their scheme and reference.
async fn eigen_zaken(ctx: &Ctx, person: &Person) -> AppResult<Vec<kern::Kern>> {
    Ok(kern::van_eigenaar(&ctx.app.db.pool, &person.id).await?)
}

#[derive(Debug, Default, Deserialize)]
pub struct ZaakQuery {
    #[serde(default)]
    zaak: String,
}

/// `GET /mijn-gegevens/correctie`: the form; `?zaak=<id>` chooses one of the person's cases.
pub async fn correctie_form(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Query(q): Query<ZaakQuery>,
) -> AppResult<Response> {
    let person = zelf(namens)?;
    let zaken = eigen_zaken(&ctx, &person).await?;
    let mut invoer = Invoer::default();
    if zaken.iter().any(|z| z.id.as_str() == q.zaak) {
        invoer.zet("over", q.zaak.as_str());
    }
    invoer.zet("sleutel", crate::token::new_id());
    Ok(views::correctie(&ctx, &zaken, &invoer, &FieldErrors::new()).into_response())
}

/// `POST /mijn-gegevens/correctie`: a request on one of the person's cases becomes a step of that case for the
/// consulent; one about their account (or anything else) goes to the municipality's address. Both are in
/// the person's log; the same form sent twice asks once (its key is the log entry's id).
pub async fn correctie(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Form(velden): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let person = zelf(namens)?;
    let app = &ctx.app;
    let zaken = eigen_zaken(&ctx, &person).await?;
    let mut invoer = Invoer(velden);
    let ids: Vec<String> = zaken.iter().map(|z| z.id.as_str().to_owned()).collect();
    let verzoek = match form::verzoek(&invoer, &ids, &ctx.tr) {
        Ok(verzoek) => verzoek,
        Err(errors) => {
            if invoer.get("sleutel").is_empty() {
                invoer.zet("sleutel", crate::token::new_id());
            }
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::correctie(&ctx, &zaken, &invoer, &errors),
            )
                .into_response());
        }
    };
    let sleutel = Some(invoer.get("sleutel"))
        .filter(|s| !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or_else(crate::token::new_id, str::to_owned);
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if repo::aantal_sinds(
        &mut tx,
        &person.id,
        Soort::Correctie,
        now - time::Duration::days(1),
    )
    .await?
        >= VERZOEKEN_PER_DAG
    {
        tx.rollback().await?;
        return Err(AppError::TeVeelBerichten);
    }
    let zaak = zaken.iter().find(|z| z.id.as_str() == verzoek.over);
    let gelogd = repo::log_eenmaal(
        &mut tx,
        &sleutel,
        &person.id,
        Soort::Correctie,
        zaak.map(|z| z.id.as_str()),
        now,
    )
    .await?;
    if !gelogd {
        // Sent before (a double click): it was asked once.
        tx.rollback().await?;
        return Ok(see_other("/mijn-gegevens?klaar=correctie#verzoeken"));
    }
    match zaak {
        Some(zaak) => {
            correctie::vraag(
                &mut tx,
                zaak,
                &person.id,
                &sleutel,
                &verzoek.wat,
                &verzoek.moet_zijn,
                now,
            )
            .await?;
        }
        None => {
            debug_assert_eq!(verzoek.over, ACCOUNT);
            if !crate::mail::limiet::tel(&mut tx, &person.id, None, now).await? {
                tx.rollback().await?;
                return Err(AppError::TeVeelBerichten);
            }
            let tr = Tr::new(app.i18n.clone(), Lang::Nl);
            let mail = aan_gemeente(&ctx, &tr, &person, &verzoek);
            crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
        }
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other("/mijn-gegevens?klaar=correctie#verzoeken"))
}

/// The request about an account (or anything outside a case), to the municipality's address, in Dutch: who
/// asks and what they wrote. Erased from the outbox once delivered.
fn aan_gemeente(ctx: &Ctx, tr: &Tr, person: &Person, verzoek: &form::Verzoek) -> Email {
    let mut paragraphs = vec![tr.t(msg::MIJN_GEGEVENS_MAIL_GEMEENTE_TEKST)];
    if crate::auth::namens::echt_adres(&person.email) {
        paragraphs.push(tr.ta(
            msg::MIJN_GEGEVENS_MAIL_GEMEENTE_ADRES,
            &[("email", person.email.as_str().into())],
        ));
    }
    if let Some(naam) = &person.naam {
        paragraphs.push(tr.ta(
            msg::MIJN_GEGEVENS_MAIL_GEMEENTE_NAAM,
            &[("naam", crate::mail::limiet::naam(naam).into())],
        ));
    }
    paragraphs.push(tr.ta(
        msg::MIJN_GEGEVENS_MAIL_GEMEENTE_WAT,
        &[("tekst", verzoek.wat.as_str().into())],
    ));
    if !verzoek.moet_zijn.is_empty() {
        paragraphs.push(tr.ta(
            msg::MIJN_GEGEVENS_MAIL_GEMEENTE_MOET_ZIJN,
            &[("tekst", verzoek.moet_zijn.as_str().into())],
        ));
    }
    Email {
        to: ctx.app.gemeente.contact.email.clone(),
        greeting: Some(tr.t(msg::MIJN_GEGEVENS_MAIL_GEMEENTE_AANHEF)),
        subject: tr.t(msg::MIJN_GEGEVENS_MAIL_GEMEENTE_ONDERWERP),
        paragraphs,
        action: None,
        after: vec![tr.t(msg::MIJN_GEGEVENS_MAIL_GEMEENTE_TERMIJN)],
        erase_after_sending: true,
        link_geldig_tot: None,
        bijlage: None,
    }
}
