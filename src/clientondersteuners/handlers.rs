//! Handlers: extract ([`Ondersteuner`] or [`Beheerder`], else 404), parse, one transaction, then a page or a
//! 303.

use axum::Form;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Ondersteuner;
use super::domain::{self, Client, Zaakregel};
use super::form::{AccountForm, ZekerForm};
use super::repo::{self, Gezet};
use super::views::{self, BEHEER, Gedaan, Klaar, Onderdeel};
use crate::auth::Beheerder;
use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
use crate::auth::namens::echt_adres;
use crate::clientondersteuning::repo::Toegewezen;
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::msg;
use crate::machtigingen::repo as machtigingen_repo;
use crate::ui;
use crate::ui::paginering::{self, Pagina};
use crate::zaken::kern::TEL_TOT;
use crate::{dossier, mail, meldingen};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KlaarQuery {
    klaar: String,
    pagina: String,
}

/// The organisation's name as the profile writes it.
fn organisatie_naam<'a>(ctx: &'a Ctx, organisatie: &'a str) -> &'a str {
    ctx.app
        .gemeente
        .organisatie(organisatie)
        .map_or(organisatie, |o| o.naam.as_str())
}

/// The links to the pages of a list of `/clienten/…` of `aantal` rows. `volgende` is for a list counted up to
/// [`TEL_TOT`] + 1 (whether a row follows this page); `None` for a list counted exactly.
fn pagina_links(
    ctx: &Ctx,
    onderdeel: Onderdeel,
    pagina: Pagina,
    aantal: i64,
    volgende: Option<bool>,
    label: &str,
) -> ui::Paginering<'static> {
    let label = ctx.t(label);
    match volgende {
        Some(volgende) if aantal > TEL_TOT => ui::Paginering {
            pad: onderdeel.pad(),
            param: "pagina",
            behoud: Vec::new(),
            pagina,
            paginas: None,
            volgende,
            label,
        },
        _ => ui::Paginering::geteld(onderdeel.pad(), "pagina", Vec::new(), pagina, aantal, label),
    }
}

/// `GET /clienten`: the clients with their cases and next dates, a page of them at a time. At most five queries
/// for the page, whatever the number of clients; the steps are read only of cases that moved on since this
/// instance last folded them ([`crate::zaken::gevouwen`]).
pub async fn dashboard(
    Ondersteuner { wie, organisatie }: Ondersteuner,
    ctx: Ctx,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let app = &ctx.app;
    // One connection for the page's reads: a statement on the pool costs a second round trip.
    let mut conn = app.db.pool.acquire().await?;
    let vandaag = app.clock.today();
    let grootte = paginering::GROOTTE;
    let gevraagd = Pagina::lees(Some(&q.pagina), grootte);
    let (mut mensen, aantal) = machtigingen_repo::mensen_van_helper_pagina(
        &mut conn,
        &wie.id,
        vandaag,
        "",
        i64::from(grootte),
        gevraagd.offset(),
    )
    .await?;
    // A page past the end shows the last page.
    let pagina = gevraagd.binnen(aantal);
    if pagina != gevraagd {
        mensen = machtigingen_repo::mensen_van_helper_pagina(
            &mut conn,
            &wie.id,
            vandaag,
            "",
            i64::from(grootte),
            pagina.offset(),
        )
        .await?
        .0;
    }
    let ids: Vec<String> = mensen.iter().map(|(id, _)| id.clone()).collect();
    let mut clienten: Vec<Client> = mensen
        .into_iter()
        .map(|(id, naam)| Client {
            id,
            naam,
            zaken: Vec::new(),
        })
        .collect();
    let rijen = repo::zaken_van_clienten(&mut conn, &wie.id, vandaag, &ids).await?;
    let standen: Vec<(String, i64)> = rijen
        .iter()
        .map(|r| (r.melding_id.clone(), r.laatste_volgnummer))
        .collect();
    let zaken = app.gevouwen.zaken(&mut *conn, &standen).await?;
    drop(conn);
    for rij in rijen {
        let Some(zaak) = zaken.get(&rij.melding_id) else {
            continue;
        };
        let dagen = dossier::domain::Melding {
            ontvangen: rij.ontvangen_op,
            termijnen: meldingen::domain::termijnen(
                &app.gemeente,
                rij.ontvangen_op,
                rij.eerste_gesprek_op,
            ),
        };
        let regel = Zaakregel {
            volgende: dossier::domain::volgende(zaak, dagen, &app.gemeente, vandaag),
            fase: zaak.fase(),
            melding_id: rij.melding_id,
            referentie: rij.referentie,
        };
        if let Some(client) = clienten.iter_mut().find(|c| c.id == rij.persoon_id) {
            client.zaken.push(regel);
        }
    }
    // The clients are in the order of their names, a page at a time; each one's cases nearest date first.
    domain::ordenen_zaken(&mut clienten);
    let lijst = views::Lijst {
        rijen: &clienten,
        paginering: pagina_links(
            &ctx,
            Onderdeel::Clienten,
            pagina,
            aantal,
            None,
            msg::CLIENTONDERSTEUNERS_DASHBOARD_CLIENTEN_PAGINAS,
        ),
    };
    Ok(views::dashboard(
        &ctx,
        organisatie_naam(&ctx, &organisatie),
        lijst,
        Klaar::from_code(&q.klaar),
    )
    .into_response())
}

/// `GET /clienten/verzoeken`: the requests this cliëntondersteuner helps with, a page at a time.
pub async fn mijn(
    Ondersteuner { wie, .. }: Ondersteuner,
    ctx: Ctx,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let grootte = paginering::GROOTTE;
    let gevraagd = Pagina::lees(Some(&q.pagina), grootte);
    let (mut rijen, aantal) =
        repo::mijn_verzoeken(&mut conn, &wie.id, i64::from(grootte), gevraagd.offset()).await?;
    let pagina = gevraagd.binnen(aantal);
    if pagina != gevraagd {
        rijen = repo::mijn_verzoeken(&mut conn, &wie.id, i64::from(grootte), pagina.offset())
            .await?
            .0;
    }
    drop(conn);
    let lijst = views::Lijst {
        rijen: &rijen,
        paginering: pagina_links(
            &ctx,
            Onderdeel::Mijn,
            pagina,
            aantal,
            None,
            msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_PAGINAS,
        ),
    };
    Ok(views::mijn_verzoeken(&ctx, lijst, Klaar::from_code(&q.klaar)).into_response())
}

/// `GET /clienten/open`: the organisation's open requests, the oldest first, a page at a time. They are counted
/// up to [`TEL_TOT`]: past that the pages go on with "next" only, so the page costs the same with any number.
pub async fn open(
    Ondersteuner { organisatie, .. }: Ondersteuner,
    ctx: Ctx,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let gevraagd = Pagina::lees(Some(&q.pagina), paginering::GROOTTE);
    let (mut rijen, aantal) = repo::open_verzoeken(
        &mut conn,
        &organisatie,
        gevraagd.limit_met_volgende(),
        gevraagd.offset(),
    )
    .await?;
    let pagina = gevraagd.binnen_geteld(aantal, TEL_TOT);
    if pagina != gevraagd {
        rijen = repo::open_verzoeken(
            &mut conn,
            &organisatie,
            pagina.limit_met_volgende(),
            pagina.offset(),
        )
        .await?
        .0;
    }
    drop(conn);
    let volgende = rijen.len() > pagina.grootte as usize;
    rijen.truncate(pagina.grootte as usize);
    let lijst = views::Lijst {
        rijen: &rijen,
        paginering: pagina_links(
            &ctx,
            Onderdeel::Open,
            pagina,
            aantal,
            Some(volgende),
            msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEKEN_PAGINAS,
        ),
    };
    Ok(views::open_verzoeken(
        &ctx,
        organisatie_naam(&ctx, &organisatie),
        lijst,
        Klaar::from_code(&q.klaar),
    )
    .into_response())
}

/// `POST /clienten/verzoek/{id}/oppakken`: takes a request of the organisation. With the resident's permission
/// it also makes a view-only machtiging for a year; the resident gets a mail. A request someone else took
/// first stays theirs.
pub async fn oppakken(
    Ondersteuner { wie, organisatie }: Ondersteuner,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let now = app.clock.now();
    let organisatie_naam = app
        .gemeente
        .organisatie(&organisatie)
        .map_or(organisatie.as_str(), |o| o.naam.as_str());
    let mut tx = app.db.begin_write().await?;
    let Some(verzoek) =
        repo::oppakken(&mut tx, &id, (&organisatie, organisatie_naam), &wie.id, now).await?
    else {
        tx.rollback().await?;
        return Ok(see_other(&format!(
            "{}?klaar={}",
            Onderdeel::Open.pad(),
            Klaar::AlOpgepakt.code()
        )));
    };
    let helper = Helper {
        id: &wie.id,
        naam: wie.naam.as_deref().unwrap_or(&wie.email),
        organisatie: organisatie_naam,
    };
    helpt(&ctx, &mut tx, &id, &verzoek, &helper).await?;
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!(
        "{}?klaar={}",
        Onderdeel::Mijn.pad(),
        Klaar::Opgepakt.code()
    )))
}

/// The cliëntondersteuner who now helps with a request: their person id, their name as residents see it, and
/// their organisation's name.
pub struct Helper<'a> {
    pub id: &'a str,
    pub naam: &'a str,
    pub organisatie: &'a str,
}

/// What follows when a request is given to a cliëntondersteuner (they took it, or the municipality chose them),
/// in the caller's transaction: with the resident's permission a view-only machtiging for a year, unless they
/// hold one already, and a mail to the resident that says who helps. The caller wakes the mail worker after
/// the commit.
pub async fn helpt(
    ctx: &Ctx,
    tx: &mut sqlx::AnyConnection,
    verzoek_id: &str,
    verzoek: &Toegewezen,
    helper: &Helper<'_>,
) -> AppResult<()> {
    let app = &ctx.app;
    let now = app.clock.now();
    let vandaag = app.clock.today();
    if verzoek.dossier_inzien
        && !repo::heeft_machtiging(&mut *tx, helper.id, &verzoek.persoon_id, vandaag).await?
    {
        let nieuw = machtigingen_repo::Nieuw {
            inwoner_id: Some(&verzoek.persoon_id),
            helper_id: Some(helper.id),
            soort: Soort::Clientondersteuner,
            grond: Grond::Verzoek,
            status: Status::Actief,
            rechten: Rechten::gekozen(false, false),
            geldig_tot: Some(domain::een_jaar_na(vandaag)),
            email: None,
            naam: None,
            geboortedatum: None,
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: None,
            // The resident gave the permission, with their request.
            aangemaakt_door: &verzoek.persoon_id,
        };
        machtigingen_repo::nieuw(&mut *tx, &nieuw, now).await?;
    }
    if echt_adres(&verzoek.email) {
        let tr = ctx.tr.with_lang(verzoek.taal);
        let bericht = views::mail_inwoner(
            &tr,
            &verzoek.email,
            helper.naam,
            helper.organisatie,
            &verzoek.referentie,
            verzoek.dossier_inzien,
            if verzoek.dossier_inzien {
                format!("{}/machtigingen", app.config.base_url)
            } else {
                format!("{}/clientondersteuning/{verzoek_id}", app.config.base_url)
            },
        );
        mail::enqueue(&mut *tx, now, &bericht, &tr, &app.gemeente).await?;
    }
    Ok(())
}

/// `GET /medewerker/beheer/clientondersteuners`.
pub async fn accounts(
    Beheerder(_): Beheerder,
    ctx: Ctx,
    Query(q): Query<KlaarQuery>,
) -> AppResult<Response> {
    let accounts = repo::accounts(&ctx.app.db.pool).await?;
    let input = AccountForm {
        organisatie: ctx
            .app
            .gemeente
            .clientondersteuning
            .first()
            .map(|o| o.id.clone())
            .unwrap_or_default(),
        ..AccountForm::default()
    };
    Ok(views::accounts(
        &ctx,
        &accounts,
        &input,
        &FieldErrors::new(),
        Gedaan::from_code(&q.klaar),
    )
    .into_response())
}

/// The list with the form again, its input kept and its errors shown (422).
async fn opnieuw(ctx: &Ctx, input: &AccountForm, errors: &FieldErrors) -> AppResult<Response> {
    let accounts = repo::accounts(&ctx.app.db.pool).await?;
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        views::accounts(ctx, &accounts, input, errors, None),
    )
        .into_response())
}

/// `POST /medewerker/beheer/clientondersteuners`: adds the account (or makes an existing resident one), then 303
/// to the list; errors beside the fields with the input kept (422).
pub async fn toevoegen(
    Beheerder(_): Beheerder,
    ctx: Ctx,
    Form(input): Form<AccountForm>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let nieuw = match input.parse(&ctx.tr, &app.gemeente) {
        Ok(nieuw) => nieuw,
        Err(errors) => return opnieuw(&ctx, &input, &errors).await,
    };
    let mut tx = app.db.begin_write().await?;
    let gezet = repo::zet(
        &mut tx,
        &nieuw.email,
        &nieuw.naam,
        &nieuw.organisatie,
        ctx.lang(),
        app.clock.now(),
    )
    .await?;
    if gezet == Gezet::IsStaf {
        tx.rollback().await?;
        let mut errors = FieldErrors::new();
        errors.add("email", ctx.t(msg::CLIENTONDERSTEUNERS_FOUT_STAF));
        return opnieuw(&ctx, &input, &errors).await;
    }
    tx.commit().await?;
    Ok(see_other(&format!(
        "{BEHEER}?klaar={}",
        Gedaan::Toegevoegd.code()
    )))
}

/// `GET /medewerker/beheer/clientondersteuners/{id}/beeindigen`.
pub async fn beeindigen_vraag(
    Beheerder(_): Beheerder,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let account = repo::een(&ctx.app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(views::beeindigen(&ctx, &account, &FieldErrors::new()).into_response())
}

/// `POST /medewerker/beheer/clientondersteuners/{id}/beeindigen`: `ja` ends the account and its machtigingen,
/// `nee` goes back; nothing chosen asks again (422).
pub async fn beeindigen(
    Beheerder(ik): Beheerder,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(input): Form<ZekerForm>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let account = repo::een(&app.db.pool, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    match input.zeker.as_str() {
        "ja" => {
            let mut tx = app.db.begin_write().await?;
            repo::beeindig(&mut tx, &account.id, &ik.id, app.clock.now()).await?;
            tx.commit().await?;
            Ok(see_other(&format!(
                "{BEHEER}?klaar={}",
                Gedaan::Beeindigd.code()
            )))
        }
        "nee" => Ok(see_other(BEHEER)),
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("zeker", ctx.t(msg::CLIENTONDERSTEUNERS_FOUT_ZEKER));
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                views::beeindigen(&ctx, &account, &errors),
            )
                .into_response())
        }
    }
}
