//! Handlers of machtigingen: the choice of for whom one acts, and the resident's own machtigingen (invite a
//! helper, see what they did, end it). Whatever a helper does next is checked by [`crate::auth::Mag`].

use axum::extract::{Extension, Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;

use super::form::{NamensForm, UitnodigingForm};
use super::{repo, views};
use crate::auth::machtiging::{Grond, Onderwerp, Soort, Status};
use crate::auth::{Person, Rol, SignedIn, namens};
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::session::{self, SessionHash};
use crate::http::{Ctx, see_other};
use crate::i18n::Tr;
use crate::token;
use crate::ui::paginering::{self, Pagina};

/// The query of `GET /namens`: the page of the people, and part of a name to look for.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct KiesQuery {
    pagina: String,
    zoek: String,
}

/// The most characters of a search that are used: more than any name.
const ZOEK_MAX: usize = 100;

/// `GET /namens`: for whom the person acts now, and a page of the people they may act for, by name, or of
/// those whose name holds the search. A page past the end shows the last page.
pub async fn kies(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Query(q): Query<KiesQuery>,
) -> AppResult<Response> {
    let zoek: String = q.zoek.trim().chars().take(ZOEK_MAX).collect();
    let mut conn = ctx.app.db.pool.acquire().await?;
    let vandaag = ctx.app.clock.today();
    let gevraagd = Pagina::lees(Some(&q.pagina), paginering::GROOTTE);
    let (mut mensen, aantal) = repo::mensen_van_helper_pagina(
        &mut conn,
        &person.id,
        vandaag,
        &zoek,
        i64::from(gevraagd.grootte),
        gevraagd.offset(),
    )
    .await?;
    let pagina = gevraagd.binnen(aantal);
    if pagina != gevraagd {
        mensen = repo::mensen_van_helper_pagina(
            &mut conn,
            &person.id,
            vandaag,
            &zoek,
            i64::from(pagina.grootte),
            pagina.offset(),
        )
        .await?
        .0;
    }
    drop(conn);
    let keuze = views::Keuze {
        mensen: &mensen,
        pagina,
        aantal,
        zoek: &zoek,
    };
    Ok(views::kies(&ctx, &person, &keuze).into_response())
}

/// `POST /namens`: act for `voor` (or for oneself) from now on. Someone one may not act for is not found.
pub async fn wissel(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    hash: Option<Extension<SessionHash>>,
    Form(form): Form<NamensForm>,
) -> AppResult<Response> {
    let Some(Extension(hash)) = hash else {
        return Err(AppError::NotFound);
    };
    let voor = form.voor.trim();
    let naar =
        crate::http::terug(Some(form.terug.as_str())).unwrap_or_else(|| "/mijn-loket".into());
    if voor.is_empty() || voor == person.id {
        session::zet_namens(&ctx.app, &hash, None).await?;
        return Ok(see_other(&naar));
    }
    let namens = namens::lees(
        &ctx.app.db.pool,
        person,
        Some(voor.to_owned()),
        ctx.app.clock.today(),
    )
    .await?;
    if namens.is_zelf() {
        return Err(AppError::NotFound);
    }
    session::zet_namens(&ctx.app, &hash, Some(voor)).await?;
    Ok(see_other(&naar))
}

/// `GET /machtigingen`: every machtiging the person gave, and a page of those they hold for someone else
/// (`?pagina=`; past the end, the last page).
pub async fn overzicht(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Query(q): Query<paginering::Invoer>,
) -> AppResult<Response> {
    // One connection for the page's reads: a statement on the pool costs a second round trip.
    let mut conn = ctx.app.db.pool.acquire().await?;
    let gegeven = repo::van_inwoner(&mut *conn, &person.id).await?;
    let gevraagd = Pagina::lees(q.pagina.as_deref(), paginering::GROOTTE);
    let (mut regels, aantal) = repo::van_helper_pagina(
        &mut conn,
        &person.id,
        i64::from(gevraagd.grootte),
        gevraagd.offset(),
    )
    .await?;
    let pagina = gevraagd.binnen(aantal);
    if pagina != gevraagd {
        regels = repo::van_helper_pagina(
            &mut conn,
            &person.id,
            i64::from(pagina.grootte),
            pagina.offset(),
        )
        .await?
        .0;
    }
    let gekregen = views::Gekregen {
        regels: &regels,
        pagina,
        aantal,
    };
    // A legal representative also sees (and can end) the machtigingen of the person they represent.
    let vertegenwoordigd = match vertegenwoordigt(&ctx) {
        Some(inwoner_id) => repo::van_inwoner(&mut *conn, inwoner_id).await?,
        None => Vec::new(),
    };
    drop(conn);
    Ok(views::overzicht(&ctx, &gegeven, &gekregen, &vertegenwoordigd).into_response())
}

/// The resident this request acts for as their legal representative in care matters, who may therefore see
/// and end the resident's machtigingen (a legal representative acts in the resident's place: Beleidsregels Wmo
/// Het Hogeland 2023, §2.7.1). A gemachtigde or cliëntondersteuner may not.
fn vertegenwoordigt(ctx: &Ctx) -> Option<&str> {
    let namens = ctx.namens.as_ref()?;
    let wettelijk = namens
        .soorten()
        .into_iter()
        .any(|s| s.is_wettelijk() && s.onderwerpen().contains(&Onderwerp::Zorg));
    wettelijk.then_some(namens.voor.id.as_str())
}

/// `GET /machtigingen/nieuw`: the invitation form.
pub async fn nieuw_form(ctx: Ctx, SignedIn(_): SignedIn) -> Response {
    views::nieuw(&ctx, &UitnodigingForm::default(), &FieldErrors::new()).into_response()
}

/// `POST /machtigingen/nieuw`: stores the invitation and mails the helper a link. It is always the signed-in
/// person's own: someone acting for another cannot hand out rights in their name, nor give themselves more.
pub async fn uitnodigen(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Form(form): Form<UitnodigingForm>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let uitnodiging = match form.parse(&ctx.tr, &person.email, app.clock.today()) {
        Ok(u) => u,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::nieuw(&ctx, &form, &errors),
            )
                .into_response());
        }
    };
    let now = app.clock.now();
    let geheim = token::new_secret();
    let token_hash = token::hash(&geheim);
    let mut tx = app.db.begin_write().await?;
    if let Some(naam) = &uitnodiging.eigen_naam {
        crate::auth::repo::zet_naam(&mut tx, &person.id, naam).await?;
    }
    let id = repo::nieuw(
        &mut tx,
        &repo::Nieuw {
            inwoner_id: Some(&person.id),
            helper_id: None,
            soort: Soort::Gemachtigde,
            grond: Grond::Uitnodiging,
            status: Status::Uitgenodigd,
            rechten: uitnodiging.rechten,
            geldig_tot: Some(uitnodiging.tot),
            email: Some(uitnodiging.email.as_str()),
            naam: uitnodiging.naam.as_deref(),
            geboortedatum: None,
            token_hash: Some(&token_hash),
            code_hash: None,
            verloopt_op: Some(now + super::UITNODIGING_GELDIG),
            melding_id: None,
            aangemaakt_door: &person.id,
        },
        now,
    )
    .await?;
    // The helper reads the invitation in the resident's language: that is the language they share.
    let link = format!("{}/uitnodiging/{geheim}", app.config.base_url);
    let van = crate::mail::limiet::naam(
        uitnodiging
            .eigen_naam
            .as_deref()
            .unwrap_or(person.email.as_str()),
    );
    if !crate::mail::limiet::tel(&mut tx, &person.id, Some(uitnodiging.email.as_str()), now).await?
    {
        return Err(AppError::TeVeelBerichten);
    }
    let mail = views::mail_uitnodiging(
        &ctx.tr,
        uitnodiging.email.as_str(),
        &van,
        &uitnodiging,
        link,
    )
    .link_tot(now + super::UITNODIGING_GELDIG);
    crate::mail::enqueue(&mut tx, now, &mail, &ctx.tr, &app.gemeente).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("/machtigingen/{id}?klaar=verstuurd")))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct KlaarQuery {
    klaar: String,
}

/// The machtiging `id` if this person is its resident (or represents them), or its helper; 404 otherwise.
/// The flag says whether they see it from the resident's side.
async fn eigen(ctx: &Ctx, person: &Person, id: &str) -> AppResult<(repo::Regel, bool)> {
    let m = repo::een(&ctx.app.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let inwoner = m.inwoner_id.as_deref();
    let van_inwoner = inwoner == Some(person.id.as_str())
        || (inwoner.is_some() && inwoner == vertegenwoordigt(ctx));
    if van_inwoner || m.helper_id.as_deref() == Some(person.id.as_str()) {
        Ok((m, van_inwoner))
    } else {
        Err(AppError::NotFound)
    }
}

/// `GET /machtigingen/{id}`: one machtiging, and for the resident everything the helper did with it.
pub async fn detail(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let (m, is_inwoner) = eigen(&ctx, &person, &id).await?;
    let acties = match (&m.helper_id, &m.inwoner_id) {
        (Some(helper), Some(inwoner)) if is_inwoner => {
            repo::acties(&ctx.app.db.pool, helper, inwoner).await?
        }
        _ => Vec::new(),
    };
    let pagina = views::detail(
        &ctx,
        &m,
        is_inwoner,
        &acties,
        q.klaar == "verstuurd",
        &FieldErrors::new(),
    );
    Ok(pagina.into_response())
}

/// `POST /machtigingen/{id}/beeindigen`: the resident or the helper ends it, at once. The other side is told
/// by mail.
pub async fn beeindigen(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Path(id): Path<String>,
    Form(form): Form<StopForm>,
) -> AppResult<Response> {
    let (m, is_inwoner) = eigen(&ctx, &person, &id).await?;
    match form.zeker.as_str() {
        "ja" => {}
        "nee" => return Ok(see_other(&format!("/machtigingen/{}", m.id))),
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("zeker", ctx.t(crate::i18n::msg::MACHTIGINGEN_STOP_FOUT));
            let pagina = views::detail(&ctx, &m, is_inwoner, &[], false, &errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, pagina).into_response());
        }
    }
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if repo::beeindig(&mut tx, &m.id, &person.id, now).await? {
        let ander = if is_inwoner {
            &m.helper_id
        } else {
            &m.inwoner_id
        };
        let adres = match ander {
            Some(ander) => crate::auth::repo::adres(&mut tx, ander).await?,
            None => None,
        };
        if let Some((email, taal)) = adres {
            let tr = Tr::new(app.i18n.clone(), taal);
            let wie = if is_inwoner { &m.inwoner } else { &m.helper };
            let mail = views::mail_beeindigd(&tr, &email, wie);
            crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
        }
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("/machtigingen/{}", m.id)))
}

/// `GET /uitnodiging/{token}`: the invitation, for the helper to accept or decline. Signed in with the
/// invited address only: the link alone is not enough, for a forwarded mail must not hand over a dossier.
pub async fn uitnodiging(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Path(geheim): Path<String>,
) -> AppResult<Response> {
    let pool = &ctx.app.db.pool;
    let Some(m) = repo::met_token(pool, &token::hash(&geheim), ctx.app.clock.now()).await? else {
        return Ok((StatusCode::NOT_FOUND, views::uitnodiging_weg(&ctx)).into_response());
    };
    let juiste =
        repo::uitnodiging_adres(pool, &m.id).await?.as_deref() == Some(person.email.as_str());
    Ok(views::uitnodiging(&ctx, &m, juiste).into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct StopForm {
    zeker: String,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct KeuzeForm {
    keuze: String,
}

/// `POST /uitnodiging/{token}`: accept (`keuze=ja`) or decline. Accepting twice, or after the resident
/// withdrew it, changes nothing.
pub async fn antwoord(
    ctx: Ctx,
    SignedIn(person): SignedIn,
    Path(geheim): Path<String>,
    Form(form): Form<KeuzeForm>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    let m = repo::met_token(&mut *tx, &token::hash(&geheim), now).await?;
    let Some(m) = m.filter(|m| m.status == Status::Uitgenodigd) else {
        tx.rollback().await?;
        return Ok((StatusCode::NOT_FOUND, views::uitnodiging_weg(&ctx)).into_response());
    };
    let adres = repo::uitnodiging_adres(&mut *tx, &m.id).await?;
    let (Some(inwoner_id), true) = (
        &m.inwoner_id,
        adres.as_deref() == Some(person.email.as_str()),
    ) else {
        tx.rollback().await?;
        return Err(AppError::NotFound);
    };
    let ja = form.keuze == "ja";
    if ja {
        // Withdrawn or accepted in the meantime: nothing to accept any more.
        let aangenomen = repo::activeer(
            &mut tx,
            &m.id,
            Status::Uitgenodigd,
            inwoner_id,
            &person.id,
            now,
        )
        .await?;
        if !aangenomen {
            tx.rollback().await?;
            return Ok((StatusCode::NOT_FOUND, views::uitnodiging_weg(&ctx)).into_response());
        }
        if person.rol == Rol::Clientondersteuner {
            repo::zet_soort(&mut tx, &m.id, Soort::Clientondersteuner).await?;
        }
    } else {
        repo::beeindig(&mut tx, &m.id, &person.id, now).await?;
    }
    if let Some((email, taal)) = crate::auth::repo::adres(&mut tx, inwoner_id).await? {
        let tr = Tr::new(app.i18n.clone(), taal);
        let helper = person.naam.clone().unwrap_or_else(|| person.email.clone());
        let mail = views::mail_antwoord(&tr, &email, &helper, ja, &app.config.base_url);
        crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(if ja { "/namens" } else { "/machtigingen" }))
}
