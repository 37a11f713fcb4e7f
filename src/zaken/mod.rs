//! Cases: what happens to a melding after it is submitted. Every step is an event ([`domain::Gebeurtenis`])
//! recorded with [`vastleggen`], which in one transaction stores it, logs who did it, and writes the
//! resident's notification to the outbox. The back office records the municipality's steps; the dossier shows
//! them to the resident and records theirs.

pub mod agenda;
pub mod beschikking;
pub mod bewaarstop;
pub mod bezwaar;
pub mod concept;
pub mod correctie;
pub mod document;
pub mod domain;
pub mod gevouwen;
pub mod ingebreke;
pub mod kern;
pub mod ontvangers;
pub mod poort;
pub mod repo;
pub mod stap;
pub mod toegang;

use time::Date;

use crate::AppState;
use crate::auth::{Person, Rol};
use crate::error::{AppError, AppResult};
use crate::i18n::datum_met_dag;
use crate::i18n::{Tr, msg};
use crate::ids::{PersoonId, ZaakId};
use crate::mail::Email;
use domain::{Door, Gebeurtenis, Zaak};
use repo::NieuwDocument;

/// A case steps are recorded on, as [`vastleggen`] needs it: its id, its owner and its reference.
pub trait ZaakRef {
    fn id(&self) -> &ZaakId;
    fn eigenaar_id(&self) -> &PersoonId;
    fn referentie(&self) -> Option<&str>;
}

/// The role in which someone records a step.
pub fn door(person: &Person, is_eigenaar: bool) -> Door {
    match person.rol {
        Rol::Medewerker => Door::Medewerker,
        Rol::Beheerder => Door::Beheerder,
        Rol::Inwoner | Rol::Clientondersteuner if is_eigenaar => Door::Inwoner,
        Rol::Inwoner | Rol::Clientondersteuner => Door::Helper,
    }
}

/// The name of a role in which a step was taken, for a step of someone with no name.
pub fn door_label(door: Door) -> &'static str {
    match door {
        Door::Inwoner => msg::BACKOFFICE_DOOR_INWONER,
        Door::Medewerker => msg::BACKOFFICE_DOOR_MEDEWERKER,
        Door::Beheerder => msg::BACKOFFICE_DOOR_BEHEERDER,
        Door::Helper => msg::BACKOFFICE_DOOR_HELPER,
        Door::Medeeigenaar => msg::BACKOFFICE_DOOR_MEDEEIGENAAR,
    }
}

/// The history of a case of the scheme of `S` for staff ([`ui::history`]): every step, oldest first, by the
/// name of whoever took it (or their role), with what the scheme says of it (`wat`).
pub async fn geschiedenis<S: stap::Stap>(
    app: &AppState,
    tr: &Tr,
    zaak_id: &ZaakId,
    wat: impl Fn(&S) -> String,
) -> AppResult<maud::Markup> {
    let stappen = stap::stappen::<S>(&app.db.pool, zaak_id).await?;
    let ids: Vec<&str> = stappen
        .iter()
        .filter_map(|s| s.door_persoon_id.as_deref())
        .collect();
    let namen = crate::auth::repo::namen(&app.db.pool, &ids).await?;
    let rows: Vec<crate::ui::HistoryRow> = stappen
        .iter()
        .map(|s| crate::ui::HistoryRow {
            op: s.op,
            wie: s
                .door_persoon_id
                .as_ref()
                .and_then(|id| namen.get(id))
                .cloned()
                .unwrap_or_else(|| tr.t(door_label(s.door))),
            wat: maud::html! { (wat(&s.stap)) },
        })
        .collect();
    Ok(crate::ui::history(tr, &rows))
}

/// The case of a melding as it is now, folded from its steps, with its bezwaar ([`met_bezwaar`]).
pub async fn zaak(app: &AppState, melding_id: &str) -> AppResult<Zaak> {
    let ids = [melding_id.to_owned()];
    let mut conn = app.db.pool.acquire().await?;
    let stappen = repo::stappen_van_ids(&mut *conn, &ids)
        .await?
        .into_iter()
        .map(|(_, _, stap)| stap)
        .collect();
    let bezwaar = bezwaar::repo::stappen_van_ids(&mut *conn, &ids)
        .await?
        .remove(melding_id);
    Ok(met_bezwaar(Zaak::uit(stappen, dag), bezwaar))
}

/// A Wmo case's fold with its bezwaar, which is the kernel's ([`bezwaar`], its `stappen`), for every scheme the
/// same: the case shows it as sent when one is open or decided (not when it was withdrawn). A fold that took a
/// bezwaar from an old Wmo step (before the kernel's) shows none without the kernel's.
pub fn met_bezwaar(mut zaak: Zaak, stappen: Option<Vec<bezwaar::domain::Vastgelegd>>) -> Zaak {
    zaak.met_bezwaar(bezwaar::domain::Bezwaar::uit(stappen.unwrap_or_default(), dag).as_ref());
    zaak
}

/// The blocks under a resident's case page of a scheme without a term of its own (the blijverslening, the
/// Kindpakket), with the case read once for all three.
pub struct InwonerBlokken {
    /// By when the municipality decides ([`beslistermijn_blok`]).
    pub termijn: maud::Markup,
    /// The bezwaar after the decision ([`bezwaar::inwoner_blok`]).
    pub bezwaar: maud::Markup,
    /// The requests to correct the case ([`correctie::inwoner_blok`]).
    pub correctie: maud::Markup,
}

/// The [`InwonerBlokken`] of case `id`, read on the page's connection: the bezwaar form when `mag_indienen`, the
/// way to ask a correction when the person acts for themselves (`zelf`).
pub async fn inwoner_blokken<S: ingebreke::MetIngebrekestelling>(
    ctx: &crate::http::Ctx,
    conn: &mut sqlx::AnyConnection,
    id: &ZaakId,
    mag_indienen: bool,
    zelf: bool,
) -> AppResult<InwonerBlokken> {
    let (termijn, bezwaar) = match kern::zaak(&mut *conn, id).await? {
        Some(k) => (
            beslistermijn_blok::<S>(ctx, conn, &k).await?,
            bezwaar::inwoner_blok(ctx, conn, &k, mag_indienen).await?,
        ),
        None => (maud::html! {}, maud::html! {}),
    };
    Ok(InwonerBlokken {
        termijn,
        bezwaar,
        correctie: correctie::inwoner_blok(ctx, conn, id, zelf).await?,
    })
}

/// On a resident's case page of a scheme without a term of its own (the blijverslening, the Kindpakket): while
/// it waits for its decision, by when the municipality decides, within the reasonable term of Awb art. 4:13;
/// once that day passed, how to put the municipality in default ([`ingebreke`]); once an ingebrekestelling
/// came in, how the dwangsom stands, also after the decision. Nothing otherwise.
async fn beslistermijn_blok<S: ingebreke::MetIngebrekestelling>(
    ctx: &crate::http::Ctx,
    conn: &mut sqlx::AnyConnection,
    k: &kern::Kern,
) -> AppResult<maud::Markup> {
    let stand = ingebreke::stand_in::<S>(conn, &ctx.app.gemeente, k).await?;
    let lang = ctx.lang();
    let vandaag = ctx.app.clock.today();
    Ok(maud::html! {
        @if let Some(einde) = stand.einde {
            p { strong { (ctx.tr.ta(msg::ZAAK_BESLUIT_UITERLIJK, &[("datum", datum_met_dag(einde, lang).into())])) } }
            (crate::termijnen::views::kan_veranderen(ctx, einde))
            p { (ctx.tr.ta(msg::ZAAK_BESLUIT_UITLEG, &[("weken", crate::termijnen::domain::REDELIJKE_TERMIJN_WEKEN.into())])) }
            @if stand.te_laat(vandaag) {
                (ingebreke::te_laat_blok(ctx, &ctx.t(msg::ZAAK_BESLUIT_TE_LAAT), &k.referentie, msg::INGEBREKE_BESLIS_AANVRAAG))
            }
        }
        @if let Some(dw) = stand.dwangsom(vandaag) {
            section aria-labelledby="dwangsom" {
                h2 id="dwangsom" { (ctx.t(msg::DOSSIER_DWANGSOM_TITEL)) }
                (ingebreke::stand_blok(ctx, &dw))
            }
        }
    })
}

/// The calendar file of a planned talk, for the mail that announces it: the day, the hour and the place in
/// the resident's language, nothing of the case. `None` for a time that does not read (the form checks it).
fn agenda_bijlage(
    app: &AppState,
    tr: &Tr,
    zaak_id: &ZaakId,
    datum: Date,
    tijd: &str,
    plaats: domain::Plaats,
) -> Option<crate::mail::Bijlage> {
    let (uur, minuut) = tijd.split_once(':')?;
    let tijd = time::Time::from_hms(uur.parse().ok()?, minuut.parse().ok()?, 0).ok()?;
    let host = app
        .config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("loket")
        .split(['/', ':'])
        .next()
        .unwrap_or("loket");
    let plaats = tr.t(match plaats {
        domain::Plaats::Thuis => msg::ZAAK_AGENDA_THUIS,
        domain::Plaats::Gemeentehuis => msg::ZAAK_AGENDA_GEMEENTEHUIS,
        domain::Plaats::Telefoon => msg::ZAAK_AGENDA_TELEFOON,
        domain::Plaats::Beeldbellen => msg::ZAAK_AGENDA_BEELDBELLEN,
    });
    Some(crate::mail::Bijlage {
        naam: "gesprek.ics".to_owned(),
        soort: "text/calendar; method=PUBLISH".to_owned(),
        inhoud: agenda::gesprek(
            &format!("gesprek-{zaak_id}@{host}"),
            agenda::in_utc(datum, tijd),
            &tr.ta(
                msg::ZAAK_AGENDA_TITEL,
                &[("gemeente", app.gemeente.naam.as_str().into())],
            ),
            &plaats,
            app.clock.now(),
        ),
    })
}

/// The Dutch day of a moment.
pub fn dag(moment: time::OffsetDateTime) -> Date {
    crate::clock::amsterdam(moment).date()
}

/// Records one step on a case: stores the document (if any) and the event made from its id, logs the change
/// when staff or a helper made it, and mails the resident when the step is one they should know of. All in
/// one transaction: a step is never stored without its notification, nor the other way round. A step the
/// case does not allow ([`Zaak::staat_toe`]) is refused with [`AppError::Conflict`]; an onderzoek also sets
/// the melding's first gesprek when it has none.
pub async fn vastleggen(
    app: &AppState,
    melding: &impl ZaakRef,
    wie: &Person,
    document: Option<NieuwDocument<'_>>,
    maak: impl FnOnce(Option<String>) -> Gebeurtenis,
) -> AppResult<i64> {
    vastleggen_eenmaal(app, melding, wie, None, document, maak)
        .await
        .map(|n| n.unwrap_or_default())
}

/// [`vastleggen`] for a form drawn when the case stood at step number `stand` ([`Zaak::stand`]): when the
/// same person recorded the same kind of step since then, the form was sent twice and nothing is written
/// (`Ok(None)`).
pub async fn vastleggen_eenmaal(
    app: &AppState,
    melding: &impl ZaakRef,
    wie: &Person,
    stand: Option<i64>,
    document: Option<NieuwDocument<'_>>,
    maak: impl FnOnce(Option<String>) -> Gebeurtenis,
) -> AppResult<Option<i64>> {
    let document_id = document.as_ref().map(|_| crate::token::new_id());
    let gebeurtenis = maak(document_id.clone());
    // Two people who record a step at the same moment get the same number; the second tries once more
    // on the case as it is then (PostgreSQL; on SQLite the writers of a process already take turns).
    let mut poging = 0;
    loop {
        poging += 1;
        match schrijf(
            app,
            melding,
            wie,
            stand,
            document.as_ref(),
            document_id.as_deref(),
            &gebeurtenis,
        )
        .await
        {
            Err(AppError::Database(e)) if crate::db::is_unique_violation(&e) && poging < 3 => {}
            Err(AppError::Database(e)) if crate::db::is_unique_violation(&e) => {
                return Err(AppError::Conflict);
            }
            uitkomst => return uitkomst,
        }
    }
}

async fn schrijf(
    app: &AppState,
    melding: &impl ZaakRef,
    wie: &Person,
    stand: Option<i64>,
    document: Option<&NieuwDocument<'_>>,
    document_id: Option<&str>,
    gebeurtenis: &Gebeurtenis,
) -> AppResult<Option<i64>> {
    let now = app.clock.now();
    let als = door(wie, wie.id == *melding.eigenaar_id());
    let mut tx = app.db.begin_write().await?;
    let voor = Zaak::uit(repo::stappen(&mut *tx, melding.id()).await?, dag);
    if stand.is_some_and(|stand| voor.al_vastgelegd(stand, &wie.id, gebeurtenis)) {
        tx.rollback().await?;
        return Ok(None);
    }
    if !voor.staat_toe(gebeurtenis) {
        tx.rollback().await?;
        return Err(AppError::Conflict);
    }
    if let (Some(d), Some(id)) = (document, document_id) {
        repo::bewaar_document(&mut tx, id, melding.id(), d, &wie.id, now).await?;
    }
    let volgnummer = repo::voeg_toe(&mut tx, melding.id(), &wie.id, als, gebeurtenis, now).await?;
    if let Gebeurtenis::Onderzoek { gesprek_op, .. } = gebeurtenis {
        // The first gesprek fixes the persoonlijk plan, and in some municipalities starts the melding's
        // terms (Lansingerland: Verordening Sociaal Domein Lansingerland 2018, art. 2:1 sub b).
        repo::eerste_gesprek(&mut tx, melding.id(), *gesprek_op).await?;
    }
    if als != Door::Inwoner {
        toegang::schrijf(
            &mut tx,
            melding.id(),
            wie,
            toegang::Handeling::Gewijzigd,
            gebeurtenis.soort(),
            None,
            now,
        )
        .await?;
    }
    if gebeurtenis.meldt_inwoner() {
        let zaak = Zaak::uit(repo::stappen(&mut *tx, melding.id()).await?, dag);
        let vandaag = app.clock.today();
        // Until the person it was filed for confirms, its filer hears nothing of the case (they see only what
        // they sent).
        let wacht = repo::wacht_op_bevestiging(&mut tx, melding.id()).await?;
        let eigenaar = kern::Eigenaar::Persoon(melding.eigenaar_id());
        ontvangers::vertel(
            &mut tx,
            app,
            kern::Regeling::Wmo,
            eigenaar,
            !wacht,
            |tr, adres| bericht(app, tr, adres, melding, &zaak, gebeurtenis, vandaag),
        )
        .await?;
    }
    tx.commit().await?;
    app.mail.wake();
    // The figures this instance keeps are computed again at their next reading.
    if matches!(gebeurtenis, Gebeurtenis::Besluit { .. }) {
        app.wachttijd.vervuil();
    }
    app.cijfers.vervuil();
    Ok(Some(volgnummer))
}

/// The resident's e-mail about a step: that something happened and by when they or the municipality must
/// act, with a link to the dossier. Never what was discussed or decided: that is health data, and mail is
/// no place for it.
fn bericht(
    app: &AppState,
    tr: &Tr,
    email: String,
    melding: &impl ZaakRef,
    zaak: &Zaak,
    gebeurtenis: &Gebeurtenis,
    vandaag: Date,
) -> Option<Email> {
    let lang = tr.lang();
    let d = |dag: Date| datum_met_dag(dag, lang);
    let regel = match gebeurtenis {
        Gebeurtenis::GesprekGepland { datum, tijd, .. } => tr.ta(
            msg::ZAAK_MAIL_GESPREK_GEPLAND,
            &[("datum", d(*datum).into()), ("tijd", tijd.as_str().into())],
        ),
        Gebeurtenis::TijdelijkeVoorziening { .. } => tr.t(msg::ZAAK_MAIL_TIJDELIJK),
        Gebeurtenis::Onderzoek { .. } => tr.t(msg::ZAAK_MAIL_ONDERZOEK),
        Gebeurtenis::Verslag { .. } => tr.t(msg::ZAAK_MAIL_VERSLAG),
        Gebeurtenis::Vraag { voor, .. } => {
            tr.ta(msg::ZAAK_MAIL_VRAAG, &[("datum", d(*voor).into())])
        }
        Gebeurtenis::Aanvraag { .. } | Gebeurtenis::Verdaagd { .. } => {
            match zaak.besluit_termijn(&app.gemeente, vandaag) {
                Some(einde) if matches!(gebeurtenis, Gebeurtenis::Aanvraag { .. }) => {
                    tr.ta(msg::ZAAK_MAIL_AANVRAAG, &[("datum", d(einde).into())])
                }
                Some(einde) => tr.ta(msg::ZAAK_MAIL_VERDAAGD, &[("datum", d(einde).into())]),
                None => return None,
            }
        }
        Gebeurtenis::Besluit { .. } => match zaak.bezwaar_termijn(&app.gemeente) {
            Some(termijn) => tr.ta(
                msg::ZAAK_MAIL_BESLUIT,
                &[("datum", d(termijn.einde).into())],
            ),
            None => return None,
        },
        Gebeurtenis::Gesloten { .. } => tr.t(msg::ZAAK_MAIL_GESLOTEN),
        _ => return None,
    };
    let referentie = melding.referentie().unwrap_or_default().to_owned();
    let bijlage = match gebeurtenis {
        Gebeurtenis::GesprekGepland {
            datum,
            tijd,
            plaats,
            ..
        } => agenda_bijlage(app, tr, melding.id(), *datum, tijd, *plaats),
        _ => None,
    };
    Some(Email {
        to: email,
        greeting: None,
        subject: tr.ta(
            msg::ZAAK_MAIL_ONDERWERP,
            &[("referentie", referentie.as_str().into())],
        ),
        paragraphs: vec![regel],
        action: Some((
            tr.t(msg::ZAAK_MAIL_KNOP),
            format!("{}/melding/{}", app.config.base_url, melding.id()),
        )),
        after: vec![tr.t(msg::ZAAK_MAIL_PRIVACY)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage,
    })
}
