//! An initiative: signing up, its details and its members.

use super::*;

/// `GET /uitdaagrecht/initiatief`: the initiatives the signed-in person is a member of.
pub async fn mijn_initiatieven(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
) -> AppResult<Response> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let initiatieven = repo::initiatieven_van(&mut conn, &wie.email).await?;
    let mut met_voorstellen = Vec::new();
    for i in initiatieven {
        let voorstellen = repo::van_initiatief(&mut conn, &i.id).await?;
        met_voorstellen.push((i, voorstellen));
    }
    Ok(views::mijn_initiatieven(&ctx, &met_voorstellen).into_response())
}

pub async fn aanmelden_formulier(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
) -> AppResult<Response> {
    let invoer = InitiatiefForm {
        contact_email: wie.email.clone(),
        ..InitiatiefForm::default()
    };
    Ok(views::aanmelden(&ctx, &invoer, &FieldErrors::new(), None).into_response())
}

/// `POST /uitdaagrecht/initiatief/nieuw`: signs an initiative up; the person who does becomes its first
/// member.
pub async fn aanmelden(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Form(invoer): Form<InitiatiefForm>,
) -> AppResult<Response> {
    let i = match invoer.parse(&ctx.tr) {
        Ok(i) => i,
        Err(errors) => return Ok(ongeldig(views::aanmelden(&ctx, &invoer, &errors, None))),
    };
    let app = &ctx.app;
    let mut tx = app.db.begin_write().await?;
    let (id, _) = repo::nieuw_initiatief(
        &mut tx,
        &i.nieuw(),
        &wie,
        sleutel(&invoer.sleutel),
        app.clock.now(),
    )
    .await?;
    // Only the person who signs up becomes a member: anyone else is asked in by a member, with a mail.
    tx.commit().await?;
    Ok(see_other(&initiatief_pad(&id)))
}

/// `GET /uitdaagrecht/initiatief/{id}/gegevens`: the initiative's details to change, by any member.
pub async fn gegevens_formulier(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let invoer = InitiatiefForm {
        naam: i.naam.clone(),
        vorm: i.vorm.map(|v| v.code().to_owned()).unwrap_or_default(),
        kvk: i.kvk.clone().unwrap_or_default(),
        contact_naam: i.contact_naam.clone(),
        contact_email: i.contact_email.clone(),
        contact_telefoon: i.contact_telefoon.clone().unwrap_or_default(),
        sleutel: String::new(),
    };
    Ok(views::aanmelden(&ctx, &invoer, &FieldErrors::new(), Some(&i.id)).into_response())
}

/// `POST /uitdaagrecht/initiatief/{id}/gegevens`: a new name, contact person or KVK number.
pub async fn gegevens(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<InitiatiefForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let nieuw = match invoer.parse(&ctx.tr) {
        Ok(n) => n,
        Err(errors) => {
            return Ok(ongeldig(views::aanmelden(
                &ctx,
                &invoer,
                &errors,
                Some(&i.id),
            )));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    repo::wijzig_initiatief(&mut tx, &i.id, &nieuw.nieuw()).await?;
    tx.commit().await?;
    Ok(see_other(&initiatief_pad(&i.id)))
}

/// The initiative `id` when `wie` is one of its members; else not found.
pub(super) async fn als_lid(ctx: &Ctx, wie: &Person, id: &str) -> AppResult<Initiatief> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    repo::initiatief(&mut conn, id)
        .await?
        .filter(|i| i.is_lid(&wie.email))
        .ok_or(AppError::NotFound)
}

pub(super) async fn initiatief_pagina(
    ctx: &Ctx,
    i: &Initiatief,
    wie: &Person,
    lid: &LidForm,
    errors: &FieldErrors,
    verwijderd: bool,
) -> AppResult<maud::Markup> {
    let mut conn = ctx.app.db.pool.acquire().await?;
    let voorstellen = repo::van_initiatief(&mut conn, &i.id).await?;
    // A draft that is complete can be checked and sent at once.
    let mut compleet = Vec::new();
    for v in &voorstellen {
        let klaar = match v.status {
            Status::Concept => repo::voorstel(&mut conn, &v.id)
                .await?
                .is_some_and(|v| form::controleer(&v, &ctx.tr, ctx.app.clock.today()).is_ok()),
            _ => false,
        };
        compleet.push(klaar);
    }
    Ok(views::initiatief(
        ctx,
        i,
        &voorstellen,
        &compleet,
        &mag_weghalen(i, wie),
        lid,
        errors,
        verwijderd,
    ))
}

/// `GET /uitdaagrecht/initiatief/{id}`: the initiative, its members and its proposals.
pub async fn initiatief(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Query(na): Query<crate::zaken::concept::Na>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    Ok(initiatief_pagina(
        &ctx,
        &i,
        &wie,
        &LidForm::default(),
        &FieldErrors::new(),
        na.verwijderd(),
    )
    .await?
    .into_response())
}

/// The most members an initiative has in the portal.
pub(super) const LEDEN_MAX: usize = 50;

/// The most members one person adds in a day, over all initiatives.
pub(super) const UITNODIGINGEN_PER_DAG: i64 = 20;

/// `POST /uitdaagrecht/initiatief/{id}/leden`: adds a member by address and invites them by mail.
pub async fn lid_erbij(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<LidForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let app = &ctx.app;
    let vandaag_toegevoegd = repo::toegevoegd_door_sinds(
        &app.db.pool,
        &wie.id,
        app.clock.now() - time::Duration::days(1),
    )
    .await?;
    let fout = |id: &str| {
        let mut errors = FieldErrors::new();
        errors.add("email", ctx.t(id));
        errors
    };
    let adres = match invoer.parse(&ctx.tr) {
        Ok(a) if i.is_lid(&a) => Err(fout(msg::UITDAAGRECHT_LID_AL)),
        Ok(_) if i.leden.len() >= LEDEN_MAX => Err(fout(msg::UITDAAGRECHT_LID_VOL)),
        // Every new member gets a mail the portal sends on this person's word: only so many a day.
        Ok(_) if vandaag_toegevoegd >= UITNODIGINGEN_PER_DAG => {
            Err(fout(msg::UITDAAGRECHT_LID_VANDAAG_GENOEG))
        }
        other => other,
    };
    let adres = match adres {
        Ok(a) => a,
        Err(errors) => {
            return Ok(ongeldig(
                initiatief_pagina(&ctx, &i, &wie, &invoer, &errors, false).await?,
            ));
        }
    };
    let mut tx = app.db.begin_write().await?;
    if repo::voeg_lid_toe(&mut tx, &i.id, &adres, &wie.id, app.clock.now()).await? {
        uitnodigen(&ctx, &mut tx, &i.id, &i.naam, adres).await?;
    }
    tx.commit().await?;
    app.mail.wake();
    Ok(see_other(&format!("{}#leden", initiatief_pad(&i.id))))
}

/// Queues the mail that tells `adres` they are a member of the initiative, in their language when they have
/// an account.
pub(super) async fn uitnodigen(
    ctx: &Ctx,
    tx: &mut crate::db::WriteTx,
    initiatief_id: &str,
    naam: &str,
    adres: String,
) -> AppResult<()> {
    let app = &ctx.app;
    let taal = crate::auth::repo::taal_van_adres(&mut **tx, &adres).await?;
    let tr = Tr::new(app.i18n.clone(), taal.unwrap_or(Lang::Nl));
    let url = format!("{}{}", app.config.base_url, initiatief_pad(initiatief_id));
    let email = berichten::mail_lid(&tr, adres, naam, url);
    mail::enqueue(tx, app.clock.now(), &email, &tr, &app.gemeente).await?;
    Ok(())
}

/// `POST /uitdaagrecht/initiatief/{id}/leden/weg`: takes a member off the list (also oneself: leaving), as
/// [`mag_weghalen`] allows; the last member stays.
pub async fn lid_weg(
    ctx: Ctx,
    Initiatiefnemer(wie): Initiatiefnemer,
    Path(id): Path<String>,
    Form(invoer): Form<LidWegForm>,
) -> AppResult<Response> {
    let i = als_lid(&ctx, &wie, &id).await?;
    let adres = match invoer.parse(&ctx.tr, &i.leden, &mag_weghalen(&i, &wie)) {
        Ok(a) => a,
        Err(errors) => {
            return Ok(ongeldig(
                initiatief_pagina(&ctx, &i, &wie, &LidForm::default(), &errors, false).await?,
            ));
        }
    };
    let mut tx = ctx.app.db.begin_write().await?;
    repo::verwijder_lid(&mut tx, &i.id, &adres).await?;
    tx.commit().await?;
    if adres == super::super::domain::lid_adres(&wie.email) {
        return Ok(see_other("/uitdaagrecht/initiatief"));
    }
    Ok(see_other(&format!("{}#leden", initiatief_pad(&i.id))))
}

/// Whom `wie` may take off the list: the one who signed the initiative up may take off anyone; every other
/// member only themselves.
pub(super) fn mag_weghalen(i: &Initiatief, wie: &Person) -> Vec<String> {
    if i.aangemaakt_door == wie.id {
        i.leden.clone()
    } else {
        vec![super::super::domain::lid_adres(&wie.email)]
    }
}
