//! Demo data (`loket demo`): residents with meldingen in every state a page can be in, so that a person
//! trying the portal, and the quality gates' crawl, see filled pages and not only empty ones.
//!
//! It only adds to an empty account: running it twice changes nothing. Never run it on a production database.

use time::Duration;

use crate::AppState;
use crate::auth::EmailAddress;
use crate::auth::repo::find_or_create_person;
use crate::clientondersteuning::domain::{
    Contact, Telefoon, Toegankelijkheid, Verzoek, VoorWie as CoVoorWie, Voorkeur,
    referentie as co_referentie,
};
use crate::clientondersteuning::repo as co_repo;
use crate::i18n::Lang;
use crate::meldingen::domain::{
    Antwoorden, ContactManier, Erbij, Huishouden, JaNee, Levensgebied, Stap, Tolk, VoorWie, Wens,
    nieuwe_hervatcode, nieuwe_referentie,
};
use crate::meldingen::repo::{self, Melding};
use crate::persoonlijk_plan::domain::BestandType;
use crate::persoonlijk_plan::repo as plan_repo;
use crate::token;

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
        contact_manier: Some(ContactManier::Telefoon),
        telefoon: Some("06 1234 5678".into()),
        contact_email: Some(email.into()),
        tolk: Some(Tolk::Geen),
        toestemming: true,
        ..Antwoorden::default()
    }
}

/// Adds the demo data. Returns how many residents got it.
pub async fn vul(app: &AppState) -> Result<usize, sqlx::Error> {
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let mut gevuld = 0;
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
            (compleet(email, false), Stap::Toestemming, Some(10)),
        ];
        for (antwoorden, stap, ingediend) in meldingen {
            let melding = Melding {
                id: token::new_id(),
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
            repo::nieuw(&mut tx, &melding.id, &persoon_id, &melding.hervatcode, now).await?;
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
                };
                plan_repo::bewaar_bestand(&mut tx, &melding.id, &bestand, op).await?;
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
                referentie: &co_referentie(vandaag.year(), &token::random_hex(4)),
                sleutel: &token::new_id(),
                verzoek: &verzoek,
                organisatie_naam: None,
                melding_id: None,
                aangemaakt_op: now,
            },
        )
        .await?;
        tx.commit().await?;
        gevuld += 1;
    }
    Ok(gevuld)
}
