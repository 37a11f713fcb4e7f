//! Demo data for the blijverslening (called by [`crate::demo::vul`]): for the Dutch demo resident a decided
//! application (a provisional allocation), an open one for staff to decide, a draft with every part done and
//! only the quote uploaded, and one that waits for a co-owner, whose mail with the link is in the outbox
//! ([`MEDE_EIGENAAR`]). Only added once: when the resident has an application already, nothing changes.

use crate::geld::Bedrag;
use crate::zaken::domain::Door;
use crate::zaken::stap::Auteur;
use time::Duration;

use super::domain::{Kosten, Reden, Soort};
use super::form::{AanvraagForm, MedeVelden};
use super::repo::{self, Adres, Besluit, Gegevens, Status, StukSoort};
use crate::AppState;
use crate::auth::Person;
use crate::auth::repo::find_or_create_person;
use crate::i18n::Lang;
use crate::token;

const INWONER: &str = "bewoner@example.nl";
/// The co-owner asked by e-mail to confirm; a gate can open the link in this mail without an account.
pub const MEDE_EIGENAAR: &str = "els.devries@example.nl";
const NAAM: &str = "Jan de Vries";
/// A tiny PDF for the demo uploads.
const PDF: &[u8] = b"%PDF-1.4\n% demo\n";

pub async fn vul(app: &AppState, medewerker: &Person) -> Result<(), sqlx::Error> {
    if app.gemeente.blijverslening.is_none() {
        return Ok(());
    }
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let mut tx = app.db.begin_write().await?;
    let inwoner_id = find_or_create_person(&mut tx, INWONER, Lang::Nl, now).await?;
    if !repo::van_persoon(&mut *tx, &inwoner_id).await?.is_empty() {
        tx.commit().await?;
        return Ok(());
    }
    let gegevens = |maatregelen: &str, soort: Soort, bedrag: i64, dagen: i64| Gegevens {
        naam: NAAM.to_owned(),
        geboortedatum: time::macros::date!(1956 - 03 - 14),
        adres: Some(Adres {
            straat: "Dorpsstraat 12".to_owned(),
            postcode: "2665 AB".to_owned(),
            plaats: "Bleiswijk".to_owned(),
        }),
        reden: Reden::ZorgNu,
        maatregelen: maatregelen.to_owned(),
        kosten: Kosten {
            materiaal: Bedrag::cent(600_000),
            arbeid: Bedrag::cent(250_000),
            uren: Bedrag::cent(100_000),
            leenkosten: Bedrag::cent(20_000),
            subsidies: Bedrag::cent(0),
        },
        soort,
        looptijd: 10,
        bedrag: Bedrag::cent(bedrag),
        geplande_datum: vandaag + Duration::days(dagen),
    };
    let aanvragen = [
        (
            gegevens(
                "Een traplift en een douche zonder drempel.",
                Soort::Consumptief,
                800_000,
                30,
            ),
            Some(true),
        ),
        (
            gegevens(
                "Een slaapkamer en badkamer op de begane grond.",
                Soort::Hypothecair,
                950_000,
                60,
            ),
            None,
        ),
        (
            gegevens(
                "Bredere deuren voor een rolstoel.",
                Soort::Consumptief,
                400_000,
                90,
            ),
            Some(false),
        ),
    ];
    for (g, stand) in aanvragen {
        let id = crate::ids::ZaakId::new(token::new_id());
        // Every part of the draft (`Some(false)`) is done; of its documents only the quote is there.
        repo::nieuw_concept(
            &mut tx,
            &id,
            &inwoner_id,
            &token::new_id(),
            &AanvraagForm::uit(&g, Vec::new()).json(),
            &inwoner_id,
            now,
        )
        .await?;
        let soorten: &[StukSoort] = if stand == Some(false) {
            &[StukSoort::Offerte]
        } else {
            &StukSoort::ALL
        };
        for soort in soorten {
            let naam = format!("{}.pdf", soort.code());
            repo::stuk_opslaan(
                &mut tx,
                &id,
                *soort,
                &naam,
                crate::zaken::document::BestandType::Pdf,
                PDF,
                &inwoner_id,
                now,
            )
            .await?;
        }
        if stand == Some(false) {
            continue;
        }
        repo::zet_gegevens(&mut tx, &id, &g, &[], now).await?;
        let referentie = super::domain::nieuwe_referentie(vandaag.year());
        let auteur = Auteur::persoon(&inwoner_id, Door::Inwoner);
        repo::verstuur(&mut tx, &id, &referentie, Status::Ingediend, auteur, now).await?;
        if stand == Some(true) {
            let besluit = Besluit {
                bedrag: Some(g.bedrag),
                grond: None,
                reden: "U voldoet aan de voorwaarden. Er is genoeg budget.".to_owned(),
                datum: vandaag,
            };
            repo::besluit(&mut tx, &id, &besluit, &medewerker.id, now).await?;
            crate::zaken::toegang::schrijf_als(
                &mut tx,
                &id,
                medewerker,
                repo::Handeling::Besloten,
                now,
            )
            .await?;
        }
    }
    // Waiting for the co-owner, who has the mail with the link.
    let id = crate::ids::ZaakId::new(token::new_id());
    let g = gegevens(
        "Een verhoogd toilet en steunen in de badkamer.",
        Soort::Consumptief,
        300_000,
        45,
    );
    let mede = repo::NieuweEigenaar {
        naam: "Els de Vries".to_owned(),
        geboortedatum: time::macros::date!(1958 - 08 - 02),
        email: MEDE_EIGENAAR.to_owned(),
    };
    let velden = MedeVelden::van(&mede.naam, mede.geboortedatum, &mede.email);
    repo::nieuw_concept(
        &mut tx,
        &id,
        &inwoner_id,
        &token::new_id(),
        &AanvraagForm::uit(&g, vec![velden]).json(),
        &inwoner_id,
        now,
    )
    .await?;
    repo::zet_gegevens(&mut tx, &id, &g, &[mede], now).await?;
    for soort in StukSoort::ALL {
        let naam = format!("{}.pdf", soort.code());
        repo::stuk_opslaan(
            &mut tx,
            &id,
            soort,
            &naam,
            crate::zaken::document::BestandType::Pdf,
            PDF,
            &inwoner_id,
            now,
        )
        .await?;
    }
    let referentie = super::domain::nieuwe_referentie(vandaag.year());
    let auteur = Auteur::persoon(&inwoner_id, Door::Inwoner);
    repo::verstuur(
        &mut tx,
        &id,
        &referentie,
        Status::WachtOpEigenaren,
        auteur,
        now,
    )
    .await?;
    let tr = crate::i18n::Tr::new(app.i18n.clone(), Lang::Nl);
    for e in repo::eigenaren(&mut *tx, &id).await? {
        let geheim = token::new_secret();
        repo::zet_token(
            &mut tx,
            &e.id,
            &token::hash(&geheim),
            now + super::handlers::LINK_GELDIG,
        )
        .await?;
        let url = format!("{}/blijverslening/eigenaar/{geheim}", app.config.base_url);
        let bericht = super::berichten::mail_eigenaar(&tr, &e.email, NAAM, &referentie, url)
            .link_tot(now + super::handlers::LINK_GELDIG);
        crate::mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;
    }
    tx.commit().await?;
    Ok(())
}
