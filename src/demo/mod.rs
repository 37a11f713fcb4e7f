//! Demo data (`loket demo`): residents with meldingen in every state a page can be in, so that a person
//! trying the portal, and the quality gates' crawl, see filled pages and not only empty ones.
//!
//! Staff too: a consulent and an administrator, and the cases behind the submitted meldingen in several phases,
//! with closed cases of the past year for the figures and the waiting time on the melding's start page.
//!
//! A cliëntondersteuner too, with the Dutch resident as a client ([`crate::clientondersteuners::demo`]).
//!
//! It only adds to an empty account: running it twice changes nothing. Never run it on a production database.

use time::{Date, Duration, OffsetDateTime, Time};

use crate::AppState;
use crate::auth::machtiging::{Grond, Rechten, Soort, Status, code_uit};
use crate::auth::repo::{find_or_create_person, zet_medewerker};
use crate::auth::{EmailAddress, Person, Rol};
use crate::clientondersteuning::domain::{
    Contact, Telefoon, Toegankelijkheid, Verzoek, VoorWie as CoVoorWie, Voorkeur,
    nieuwe_referentie as co_referentie,
};
use crate::clientondersteuning::repo as co_repo;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::machtigingen::repo as machtigingen_repo;
use crate::meldingen::domain::{
    Antwoorden, ContactManier, Erbij, Huishouden, JaNee, Levensgebied, Relatie, Stap, Tolk,
    VoorWie, Wens, nieuwe_hervatcode, nieuwe_referentie,
};
use crate::meldingen::repo::{self, Melding};
use crate::persoonlijk_plan::repo as plan_repo;
use crate::token;
use crate::vertegenwoordiging::repo as vertegenwoordiging_repo;
use crate::zaken::document::BestandType;
use crate::zaken::domain::{
    BesluitRegel, Door, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Voorziening, Vorm,
};
use crate::zaken::{self, repo as zaken_repo};

mod machtigingen;
pub mod stad;
mod wmo;

pub use machtigingen::*;
use wmo::*;

/// A one-page PDF for the demo plan.
const DEMO_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

/// The demo residents: one who reads Dutch, one who reads English. The gates sign in as them.
pub const INWONERS: [(&str, Lang); 2] = [
    ("bewoner@example.nl", Lang::Nl),
    ("resident@example.nl", Lang::En),
];

fn compleet(email: &str, spoed: bool) -> Antwoorden {
    Antwoorden {
        voor_wie: Some(VoorWie::Zelf),
        spoed_gevaar: Some(JaNee::Nee),
        spoed_zorg: Some(if spoed { JaNee::Ja } else { JaNee::Nee }),
        hulpvraag: Some("Ik kan de trap niet meer op. Douchen lukt niet meer alleen.".into()),
        levensgebieden: vec![Levensgebied::Verzorging, Levensgebied::Wonen],
        huishouden: Some(Huishouden::Partner),
        huisgenoten: Some("Mijn man (81)".into()),
        gesprek_erbij: vec![Erbij::Mantelzorger],
        gesprek_erbij_naam: Some("Petra, mijn dochter".into()),
        clientondersteuning: Some(Wens::Ja),
        co_organisatie: Some(crate::meldingen::domain::GEMEENTE_KIEST.into()),
        persoon: crate::meldingen::domain::Persoon {
            naam: Some("Gerda de Vries".into()),
            geboortedatum: time::Date::from_calendar_date(1944, time::Month::March, 2).ok(),
            adres: Some(crate::meldingen::domain::Adres {
                straat: "Dorpsstraat 12".into(),
                postcode: "2665 AB".into(),
                plaats: "Bergschenhoek".into(),
            }),
        },
        contact_manier: Some(ContactManier::Telefoon),
        telefoon: Some("06 1234 5678".into()),
        contact_email: Some(email.into()),
        tolk: Some(Tolk::Geen),
        toestemming: true,
        ..Antwoorden::default()
    }
}

/// The demo staff: the consulent the gates sign in as, and an administrator. (address, name, role)
pub const MEDEWERKERS: [(&str, &str, Rol); 2] = [
    ("medewerker@example.nl", "Sanne Visser", Rol::Medewerker),
    ("beheerder@example.nl", "Bram de Boer", Rol::Beheerder),
];

/// The step functions return the portal's error; the demo command reports database errors.
fn als_sqlx(e: AppError) -> sqlx::Error {
    match e {
        AppError::Database(e) => e,
        other => sqlx::Error::Protocol(format!("{other:?}")),
    }
}

/// Adds the demo data. Returns how many of the demo residents ([`INWONERS`]) got it.
pub async fn vul(app: &AppState) -> Result<usize, sqlx::Error> {
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let consulent = medewerkers(app).await?;
    let mut gevuld = 0;
    let mut ingediende: Vec<(Lang, crate::ids::ZaakId)> = Vec::new();
    for (email, lang) in INWONERS {
        let mut tx = app.db.begin_write().await?;
        let persoon_id = find_or_create_person(&mut tx, email, lang, now).await?;
        if !repo::van_persoon(&mut *tx, &persoon_id).await?.is_empty() {
            continue;
        }
        // (answers, furthest step, submitted days ago)
        let meldingen = [
            (
                Antwoorden {
                    hulpvraag: Some("Ik heb hulp nodig bij het huishouden.".into()),
                    ..Antwoorden {
                        voor_wie: Some(VoorWie::Zelf),
                        spoed_gevaar: Some(JaNee::Nee),
                        spoed_zorg: Some(JaNee::Nee),
                        ..Antwoorden::default()
                    }
                },
                Stap::Levensgebieden,
                None,
            ),
            (compleet(email, true), Stap::Toestemming, None),
            // The Dutch resident's case is older: its besluit is late (see aanvraag_met_vraag).
            (
                compleet(email, false),
                Stap::Toestemming,
                Some(if lang == Lang::Nl { 35 } else { 10 }),
            ),
        ];
        for (antwoorden, stap, ingediend) in meldingen {
            let melding = Melding {
                id: crate::ids::ZaakId::new(token::new_id()),
                persoon_id: persoon_id.clone(),
                ingediend: false,
                referentie: None,
                hervatcode: nieuwe_hervatcode(),
                stap,
                antwoorden,
                aangemaakt_op: now,
                ingediend_op: None,
                ontvangen_op: None,
                eerste_gesprek_op: None,
            };
            repo::nieuw(
                &mut tx,
                &melding.id,
                &persoon_id,
                None,
                &melding.hervatcode,
                now,
            )
            .await?;
            repo::bewaar(&mut tx, &melding, stap, now).await?;
            if let Some(dagen) = ingediend {
                let op = now - Duration::days(dagen);
                let datum = vandaag - Duration::days(dagen);
                repo::indienen(
                    &mut tx,
                    &melding.id,
                    &persoon_id,
                    &nieuwe_referentie(datum.year()),
                    op,
                    datum,
                )
                .await?;
                // A persoonlijk plan handed in as a file.
                let bestand = plan_repo::NieuwBestand {
                    naam: "mijn-plan.pdf",
                    soort: BestandType::Pdf,
                    inhoud: DEMO_PDF,
                    sha256: &token::hash_bytes(DEMO_PDF),
                    door_persoon_id: Some(&persoon_id),
                };
                plan_repo::bewaar_bestand(&mut tx, &melding.id, &bestand, op).await?;
                ingediende.push((lang, melding.id.clone()));
            }
        }
        // A request for free cliëntondersteuning; the municipality chooses the organisation.
        let verzoek = Verzoek {
            voor_wie: CoVoorWie::Zelf,
            voorkeur: Voorkeur(None),
            contact: Contact {
                telefoon: Telefoon::parse("06 1234 5678").ok(),
                email: EmailAddress::parse(email).ok(),
            },
            toegankelijkheid: Toegankelijkheid::Geen,
            notitie: None,
        };
        co_repo::insert(
            &mut tx,
            &co_repo::Nieuw {
                id: &token::new_id(),
                persoon_id: &persoon_id,
                referentie: &co_referentie(vandaag.year()),
                sleutel: &token::new_id(),
                verzoek: &verzoek,
                organisatie_naam: None,
                melding_id: None,
                dossier_inzien: false,
                aangemaakt_op: now,
            },
        )
        .await?;
        tx.commit().await?;
        gevuld += 1;
    }
    // The Dutch resident's case waits for an answer after the aanvraag; the English one's has a besluit.
    for (lang, id) in &ingediende {
        match lang {
            Lang::Nl => aanvraag_met_vraag(app, &consulent, id).await?,
            _ => besloten(app, &consulent, id).await?,
        }
    }
    gesprek_gepland(app, &consulent).await?;
    onderzocht(app, &consulent).await?;
    eerdere_zaken(app, &consulent).await?;
    machtigingen(app).await?;
    crate::clientondersteuners::demo::vul(app).await?;
    crate::kindpakket::demo::vul(app, &consulent).await?;
    vertegenwoordiging(app).await?;
    crate::blijverslening::demo::vul(app, &consulent).await?;
    crate::uitdaagrecht::demo(app, &consulent).await?;
    crate::zaken::bezwaar::demo(app, DEMO_PDF).await?;
    correctieverzoek(app).await?;
    // The demo consulent has every application and proposal: she opens them without a reason.
    let mut tx = app.db.begin_write().await?;
    for zaak in crate::zaken::kern::open_zaken(&mut *tx).await? {
        if zaak.regeling != crate::zaken::kern::Regeling::Wmo && zaak.consulent_id.is_none() {
            crate::zaken::kern::zet_consulent(&mut tx, &zaak.id, &consulent.id, None, now).await?;
        }
    }
    tx.commit().await?;
    Ok(gevuld)
}

/// A request to correct something on the English demo resident's Wmo case, waiting for an answer: the
/// consulent's case page shows it with the form to answer it, and the resident's dossier shows it waiting.
async fn correctieverzoek(app: &AppState) -> Result<(), sqlx::Error> {
    let pool = &app.db.pool;
    let Some(inwoner) = crate::auth::repo::id_van(pool, INWONERS[1].0).await? else {
        return Ok(());
    };
    let zaken = crate::zaken::kern::van_eigenaar(pool, &inwoner).await?;
    let Some(zaak) = zaken
        .iter()
        .find(|z| z.regeling == crate::zaken::kern::Regeling::Wmo)
    else {
        return Ok(());
    };
    if !crate::zaken::correctie::verzoeken(pool, &zaak.id)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let mut tx = app.db.begin_write().await?;
    crate::zaken::correctie::vraag(
        &mut tx,
        zaak,
        &inwoner,
        &token::new_id(),
        "In my request my date of birth is 2 March 1944. That is wrong.",
        "3 March 1944",
        app.clock.now(),
    )
    .await?;
    tx.commit().await
}

/// Adds (or keeps) the demo staff; returns the consulent.
async fn medewerkers(app: &AppState) -> Result<Person, sqlx::Error> {
    let mut tx = app.db.begin_write().await?;
    for (email, naam, rol) in MEDEWERKERS {
        zet_medewerker(&mut tx, email, naam, rol, Lang::Nl, app.clock.now()).await?;
    }
    let (email, _, rol) = MEDEWERKERS[0];
    let id = crate::auth::repo::id_van(&mut *tx, email)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    tx.commit().await?;
    Ok(Person {
        id,
        email: email.to_owned(),
        taal: Lang::Nl,
        rol,
        naam: Some(MEDEWERKERS[0].1.to_owned()),
        organisatie: None,
    })
}

// ---- Vertegenwoordiging -------------------------------------------------------------------------------------
