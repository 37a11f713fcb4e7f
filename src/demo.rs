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

/// The demo staff: the consulent the gates sign in as, and an administrator. (address, name, role)
pub const MEDEWERKERS: [(&str, &str, Rol); 2] = [
    ("medewerker@example.nl", "Sanne Visser", Rol::Medewerker),
    ("beheerder@example.nl", "Bram de Boer", Rol::Beheerder),
];

/// Residents nobody signs in as, whose cases fill the back office: one with a gesprek planned, one whose
/// verslag is due, and one with closed cases of the past year.
const GESPREK_GEPLAND: &str = "gesprek@example.nl";
const ONDERZOCHT: &str = "onderzocht@example.nl";
const EERDER: &str = "eerder@example.nl";

/// How many closed cases the past year gets: one a month.
const OUDE_ZAKEN: i64 = 11;

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
    let mut ingediende: Vec<(Lang, String)> = Vec::new();
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
            Lang::En => besloten(app, &consulent, id).await?,
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
    // The demo consulent has every application and proposal: she opens them without a reason.
    let mut tx = app.db.begin_write().await?;
    for zaak in crate::zaken::kern::open_zaken(&mut *tx).await? {
        if zaak.regeling != crate::zaken::kern::Regeling::Wmo && zaak.consulent_id.is_none() {
            crate::zaken::kern::zet_consulent(&mut tx, &zaak.id, &consulent.id, now).await?;
        }
    }
    tx.commit().await?;
    Ok(gevuld)
}

/// The demo mantelzorger: she helps the Dutch resident (view, file and mail), and two invitations wait in her
/// mail, one from each demo resident, for the gates to accept.
pub const MANTELZORGER: (&str, &str) = ("petra@example.nl", "Petra de Vries");

/// Names for the demo residents, as they give them when they invite a helper.
const INWONER_NAMEN: [&str; 2] = ["Jan de Vries", "Anna Jansen"];

async fn machtigingen(app: &AppState) -> Result<(), sqlx::Error> {
    use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
    use crate::machtigingen::{form::Uitnodiging, repo as m_repo, views as m_views};
    let now = app.clock.now();
    let tot = app.clock.today() + Duration::days(365);
    let mut tx = app.db.begin_write().await?;
    let helper_id = find_or_create_person(&mut tx, MANTELZORGER.0, Lang::Nl, now).await?;
    if !m_repo::van_helper(&mut *tx, &helper_id).await?.is_empty() {
        return tx.commit().await;
    }
    m_repo::zet_naam(&mut tx, &helper_id, MANTELZORGER.1).await?;
    for ((email, lang), naam) in INWONERS.into_iter().zip(INWONER_NAMEN) {
        let inwoner_id = find_or_create_person(&mut tx, email, lang, now).await?;
        m_repo::zet_naam(&mut tx, &inwoner_id, naam).await?;
        let geheim = token::new_secret();
        let nieuw = |status| m_repo::Nieuw {
            inwoner_id: None,
            helper_id: None,
            soort: Soort::Gemachtigde,
            grond: Grond::Uitnodiging,
            status,
            rechten: Rechten::gekozen(true, true),
            geldig_tot: Some(tot),
            email: Some(MANTELZORGER.0),
            naam: Some(MANTELZORGER.1),
            geboortedatum: None,
            token_hash: None,
            code_hash: None,
            verloopt_op: None,
            melding_id: None,
            aangemaakt_door: "",
        };
        if lang == Lang::Nl {
            m_repo::nieuw(
                &mut tx,
                &m_repo::Nieuw {
                    inwoner_id: Some(&inwoner_id),
                    helper_id: Some(&helper_id),
                    aangemaakt_door: &inwoner_id,
                    ..nieuw(Status::Actief)
                },
                now,
            )
            .await?;
        }
        let hash = token::hash(&geheim);
        m_repo::nieuw(
            &mut tx,
            &m_repo::Nieuw {
                inwoner_id: Some(&inwoner_id),
                aangemaakt_door: &inwoner_id,
                token_hash: Some(&hash),
                verloopt_op: Some(now + crate::machtigingen::UITNODIGING_GELDIG),
                ..nieuw(Status::Uitgenodigd)
            },
            now,
        )
        .await?;
        let tr = crate::i18n::Tr::new(app.i18n.clone(), lang);
        let uitnodiging = Uitnodiging {
            email: EmailAddress::parse(MANTELZORGER.0)
                .map_err(|_| sqlx::Error::Protocol("demo address".into()))?,
            naam: Some(MANTELZORGER.1.into()),
            eigen_naam: Some(naam.into()),
            rechten: Rechten::gekozen(true, true),
            tot,
        };
        let link = format!("{}/uitnodiging/{geheim}", app.config.base_url);
        let mail = m_views::mail_uitnodiging(&tr, MANTELZORGER.0, naam, &uitnodiging, link)
            .link_tot(now + crate::machtigingen::UITNODIGING_GELDIG);
        crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
    }
    tx.commit().await
}

/// Adds (or keeps) the demo staff; returns the consulent.
async fn medewerkers(app: &AppState) -> Result<Person, sqlx::Error> {
    let mut tx = app.db.begin_write().await?;
    for (email, naam, rol) in MEDEWERKERS {
        zet_medewerker(&mut tx, email, naam, rol, Lang::Nl, app.clock.now()).await?;
    }
    let (email, _, rol) = MEDEWERKERS[0];
    let id: String = sqlx::query_scalar("SELECT id FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(&mut *tx)
        .await?;
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

/// Records steps on a submitted melding, as the consulent, through [`zaken::vastleggen`].
async fn stappen(
    app: &AppState,
    consulent: &Person,
    melding_id: &str,
    stappen: Vec<Gebeurtenis>,
) -> Result<(), sqlx::Error> {
    let Some(melding) = repo::ingediend(&app.db.pool, melding_id).await? else {
        return Ok(());
    };
    for gebeurtenis in stappen {
        // A verslag comes as text and as a PDF, as a consulent would send it.
        let document = matches!(gebeurtenis, Gebeurtenis::Verslag { .. }).then_some(
            zaken::repo::NieuwDocument {
                soort: zaken::repo::DocumentSoort::Verslag,
                naam: "verslag-gesprek.pdf",
                type_: BestandType::Pdf,
                inhoud: DEMO_PDF,
            },
        );
        zaken::vastleggen(
            app,
            &melding,
            consulent,
            document,
            |document_id| match gebeurtenis {
                Gebeurtenis::Verslag { tekst, .. } => Gebeurtenis::Verslag { tekst, document_id },
                anders => anders,
            },
        )
        .await
        .map_err(als_sqlx)?;
    }
    Ok(())
}

fn dagen_geleden(app: &AppState, dagen: i64) -> Date {
    app.clock.today() - Duration::days(dagen)
}

/// From the assignment to the verslag, with the gesprek `dagen` ago.
fn tot_verslag(consulent: &Person, gesprek: Date) -> Vec<Gebeurtenis> {
    vec![
        Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        Gebeurtenis::GesprekGepland {
            datum: gesprek,
            tijd: "10:00".into(),
            plaats: Plaats::Thuis,
            toelichting: String::new(),
        },
        Gebeurtenis::Geinformeerd {
            clientondersteuning: true,
            persoonlijk_plan: true,
        },
        Gebeurtenis::Onderzoek {
            gesprek_op: gesprek,
            onderwerpen: Onderwerp::ALL.to_vec(),
            levensgebieden: vec!["verzorging".into(), "wonen".into()],
            uitkomst: "Hulp bij het douchen en een traplift zijn nodig.".into(),
        },
        Gebeurtenis::Verslag {
            tekst: "We spraken bij u thuis over douchen en de trap. Uw dochter Petra was erbij."
                .into(),
            document_id: None,
        },
    ]
}

async fn aanvraag_met_vraag(
    app: &AppState,
    consulent: &Person,
    melding_id: &str,
) -> Result<(), sqlx::Error> {
    // The aanvraag came 20 days ago and there is no besluit yet: the municipality is late, so the resident
    // may send an ingebrekestelling.
    let mut s = tot_verslag(consulent, dagen_geleden(app, 28));
    s.push(Gebeurtenis::Aanvraag {
        ontvangen_op: dagen_geleden(app, 20),
        voorzieningen: vec![Voorziening::Hulpmiddel, Voorziening::Woningaanpassing],
    });
    s.push(Gebeurtenis::Vraag {
        vraag_id: token::new_id(),
        tekst: "Wilt u de offerte voor de traplift sturen?".into(),
        voor: dagen_geleden(app, -14),
        schort_op: false,
    });
    stappen(app, consulent, melding_id, s).await
}

fn regel(voorziening: Voorziening, uitkomst: Uitkomst, omschrijving: &str) -> BesluitRegel {
    let toegekend = uitkomst != Uitkomst::Afgewezen;
    BesluitRegel {
        voorziening,
        omschrijving: omschrijving.into(),
        uitkomst,
        vorm: toegekend.then_some(Vorm::Zin),
        ingangsdatum: None,
        einddatum: None,
        omvang: if toegekend {
            "3 uur per week".into()
        } else {
            String::new()
        },
        aanbieder: if toegekend {
            "Thuiszorg Noord".into()
        } else {
            String::new()
        },
        kostprijs_cent: toegekend.then_some(3500),
        eigen_bijdrage_cent: toegekend.then_some(2160),
        pgb_bedrag_cent: None,
        pgb_berekening: String::new(),
        reden: "Zie het verslag van het gesprek.".into(),
    }
}

/// A besluit with a regel for each outcome.
async fn besloten(app: &AppState, consulent: &Person, melding_id: &str) -> Result<(), sqlx::Error> {
    let mut s = tot_verslag(consulent, dagen_geleden(app, 8));
    s.push(Gebeurtenis::Aanvraag {
        ontvangen_op: dagen_geleden(app, 7),
        voorzieningen: vec![
            Voorziening::HuishoudelijkeOndersteuning,
            Voorziening::Hulpmiddel,
            Voorziening::Vervoer,
        ],
    });
    s.push(Gebeurtenis::Besluit {
        verzonden_op: dagen_geleden(app, 1),
        regels: vec![
            regel(
                Voorziening::HuishoudelijkeOndersteuning,
                Uitkomst::Toegekend,
                "Hulp bij het schoonhouden van uw huis",
            ),
            regel(
                Voorziening::Hulpmiddel,
                Uitkomst::Gedeeltelijk,
                "Een douchestoel",
            ),
            regel(
                Voorziening::Vervoer,
                Uitkomst::Afgewezen,
                "Een taxi naar de winkel",
            ),
        ],
        motivering: "Zie het verslag van het gesprek.".into(),
        document_id: None,
    });
    stappen(app, consulent, melding_id, s).await
}

/// A submitted melding of `persoon_id`, received `dagen` ago, in the caller's transaction.
async fn ingediende_melding(
    tx: &mut sqlx::AnyConnection,
    persoon_id: &str,
    antwoorden: Antwoorden,
    op: OffsetDateTime,
    ontvangen: Date,
) -> Result<String, sqlx::Error> {
    let melding = Melding {
        id: token::new_id(),
        persoon_id: persoon_id.to_owned(),
        ingediend: false,
        referentie: None,
        hervatcode: nieuwe_hervatcode(),
        stap: Stap::Toestemming,
        antwoorden,
        aangemaakt_op: op,
        ingediend_op: None,
        ontvangen_op: None,
        eerste_gesprek_op: None,
    };
    repo::nieuw(tx, &melding.id, persoon_id, None, &melding.hervatcode, op).await?;
    repo::bewaar(tx, &melding, Stap::Toestemming, op).await?;
    repo::indienen(
        tx,
        &melding.id,
        persoon_id,
        &nieuwe_referentie(ontvangen.year()),
        op,
        ontvangen,
    )
    .await?;
    Ok(melding.id)
}

/// A resident without meldingen yet, or `None` when the demo data is already there.
async fn nieuwe_inwoner(app: &AppState, email: &str) -> Result<Option<String>, sqlx::Error> {
    let mut tx = app.db.begin_write().await?;
    let persoon_id = find_or_create_person(&mut tx, email, Lang::Nl, app.clock.now()).await?;
    let leeg = repo::van_persoon(&mut *tx, &persoon_id).await?.is_empty();
    tx.commit().await?;
    Ok(leeg.then_some(persoon_id))
}

/// An urgent melding of two days ago with a temporary provision and a gesprek planned.
async fn gesprek_gepland(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, GESPREK_GEPLAND).await? else {
        return Ok(());
    };
    let mut tx = app.db.begin_write().await?;
    let id = ingediende_melding(
        &mut tx,
        &persoon_id,
        compleet(GESPREK_GEPLAND, true),
        app.clock.now() - Duration::days(2),
        dagen_geleden(app, 2),
    )
    .await?;
    tx.commit().await?;
    let s = vec![
        Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        Gebeurtenis::TijdelijkeVoorziening {
            omschrijving: "Thuiszorg komt elke ochtend helpen met wassen.".into(),
            vanaf: dagen_geleden(app, 1),
        },
        Gebeurtenis::GesprekGepland {
            datum: dagen_geleden(app, -5),
            tijd: "14:30".into(),
            plaats: Plaats::Thuis,
            toelichting: String::new(),
        },
    ];
    stappen(app, consulent, &id, s).await
}

/// A melding of three weeks ago whose gesprek was yesterday: the verslag is next.
async fn onderzocht(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, ONDERZOCHT).await? else {
        return Ok(());
    };
    let mut tx = app.db.begin_write().await?;
    let id = ingediende_melding(
        &mut tx,
        &persoon_id,
        compleet(ONDERZOCHT, false),
        app.clock.now() - Duration::days(21),
        dagen_geleden(app, 21),
    )
    .await?;
    tx.commit().await?;
    let mut s = tot_verslag(consulent, dagen_geleden(app, 1));
    s.pop();
    stappen(app, consulent, &id, s).await
}

/// One closed case a month over the past year, for the figures. They are stored as they would have been
/// recorded at the time (each event on its own day), so without mail to the resident now. Some were late:
/// every fourth onderzoek after the 6 weeks, every third besluit after the 2 weeks.
async fn eerdere_zaken(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, EERDER).await? else {
        return Ok(());
    };
    let ochtend = |dag: Date| {
        dag.with_time(Time::MIDNIGHT + Duration::hours(9))
            .assume_utc()
    };
    let mut tx = app.db.begin_write().await?;
    for k in 1..=OUDE_ZAKEN {
        let ontvangen = dagen_geleden(app, 30 * k + 10);
        let gesprek = ontvangen + Duration::days(if k % 4 == 0 { 50 } else { 20 });
        let aanvraag = gesprek + Duration::days(3);
        let besluit = aanvraag + Duration::days(if k % 3 == 0 { 20 } else { 8 });
        let id = ingediende_melding(
            &mut tx,
            &persoon_id,
            compleet(EERDER, k % 5 == 0),
            ochtend(ontvangen),
            ontvangen,
        )
        .await?;
        let n = usize::try_from(k).unwrap_or(0) % Voorziening::ALL.len();
        let voorziening = Voorziening::ALL[n];
        let mut s: Vec<(Date, Gebeurtenis)> = tot_verslag(consulent, gesprek)
            .into_iter()
            .map(|g| (gesprek, g))
            .collect();
        s.push((
            aanvraag,
            Gebeurtenis::Aanvraag {
                ontvangen_op: aanvraag,
                voorzieningen: vec![voorziening],
            },
        ));
        s.push((
            besluit,
            Gebeurtenis::Besluit {
                verzonden_op: besluit,
                regels: vec![regel(voorziening, Uitkomst::Toegekend, "Zie het besluit")],
                motivering: "Zie het verslag van het gesprek.".into(),
                document_id: None,
            },
        ));
        s.push((
            besluit + Duration::days(1),
            Gebeurtenis::Gesloten {
                reden: "Het besluit is verstuurd.".into(),
            },
        ));
        for (dag, gebeurtenis) in s {
            zaken_repo::voeg_toe(
                &mut tx,
                &id,
                &consulent.id,
                Door::Medewerker,
                &gebeurtenis,
                ochtend(dag),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

// ---- Vertegenwoordiging -------------------------------------------------------------------------------------

/// A mantelzorger with two meldingen for someone else: one waits for the resident's answer by e-mail, one for
/// staff to check the signed form.
const AANVRAGER: &str = "petra.jansen@example.nl";
/// The resident asked by e-mail. The gates open the link in this mail, as someone without an account
/// (`tests/gates/lib/roles.mjs`).
pub const BEVESTIGER: &str = "opa.jansen@example.nl";

/// A melding filed for someone else by `helper_id`, submitted today.
async fn voor_ander(
    tx: &mut sqlx::AnyConnection,
    app: &AppState,
    helper_id: &str,
    helper_email: &str,
    naam: &str,
) -> Result<String, sqlx::Error> {
    let antwoorden = Antwoorden {
        voor_wie: Some(VoorWie::Ander),
        ander_naam: Some(naam.into()),
        ander_relatie: Some(Relatie::Ouder),
        ander_toestemming: true,
        ..compleet(helper_email, false)
    };
    ingediende_melding(
        tx,
        helper_id,
        antwoorden,
        app.clock.now(),
        app.clock.today(),
    )
    .await
}

fn nieuwe_machtiging<'a>(
    helper_id: &'a str,
    melding_id: Option<&'a str>,
    naam: &'a str,
) -> machtigingen_repo::Nieuw<'a> {
    machtigingen_repo::Nieuw {
        inwoner_id: None,
        helper_id: Some(helper_id),
        soort: Soort::Gemachtigde,
        grond: Grond::Formulier,
        status: Status::TeControleren,
        rechten: Rechten::gekozen(true, false),
        geldig_tot: None,
        email: None,
        naam: Some(naam),
        geboortedatum: None,
        token_hash: None,
        code_hash: None,
        verloopt_op: None,
        melding_id,
        aangemaakt_door: helper_id,
    }
}

/// The requests of vertegenwoordiging in each state a page shows: a resident asked by e-mail (with the mail
/// and its link), a signed form and a legal representative's proof for staff to check, and a melding of the
/// Dutch demo resident for someone who has not confirmed yet.
async fn vertegenwoordiging(app: &AppState) -> Result<(), sqlx::Error> {
    let Some(helper_id) = nieuwe_inwoner(app, AANVRAGER).await? else {
        return Ok(());
    };
    let now = app.clock.now();
    let vandaag = app.clock.today();
    let tr = crate::i18n::Tr::new(app.i18n.clone(), Lang::Nl);
    let over_een_jaar = vandaag.replace_year(vandaag.year() + 1).unwrap_or(vandaag);
    let mut tx = app.db.begin_write().await?;
    vertegenwoordiging_repo::naam_als_leeg(&mut tx, &helper_id, Some("Petra Jansen")).await?;

    // Asked by e-mail: the mail holds the link and the code.
    let melding_id = voor_ander(&mut tx, app, &helper_id, AANVRAGER, "Opa Jansen").await?;
    let geheim = token::new_secret();
    let code = code_uit(&token::random_bytes(8));
    let (token_hash, code_hash) = (token::hash(&geheim), token::hash(&code));
    machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            grond: Grond::Bevestiging,
            status: Status::WachtOpInwoner,
            rechten: Rechten::gekozen(true, true),
            geldig_tot: Some(over_een_jaar),
            email: Some(BEVESTIGER),
            token_hash: Some(&token_hash),
            code_hash: Some(&code_hash),
            verloopt_op: Some(now + Duration::days(14)),
            ..nieuwe_machtiging(&helper_id, Some(&melding_id), "Opa Jansen")
        },
        now,
    )
    .await?;
    let bericht = crate::vertegenwoordiging::berichten::mail_vraag(
        &tr,
        &crate::vertegenwoordiging::berichten::MailVraag {
            to: BEVESTIGER,
            helper: "Petra Jansen",
            helper_email: AANVRAGER,
            naam: "Opa Jansen",
            rechten: Rechten::gekozen(true, true),
            tot: over_een_jaar,
            url: format!("{}/machtiging/bevestigen/{geheim}", app.config.base_url),
            code: &code,
        },
    )
    .link_tot(now + Duration::days(14));
    crate::mail::enqueue(&mut tx, now, &bericht, &tr, &app.gemeente).await?;

    // A signed form for staff to check.
    let melding_id = voor_ander(&mut tx, app, &helper_id, AANVRAGER, "Mevrouw De Vries").await?;
    let id = machtigingen_repo::nieuw(
        &mut tx,
        &nieuwe_machtiging(&helper_id, Some(&melding_id), "Mevrouw De Vries"),
        now,
    )
    .await?;
    vertegenwoordiging_repo::bewijs_opslaan(
        &mut tx,
        &id,
        "machtiging.pdf",
        BestandType::Pdf.mime(),
        DEMO_PDF,
    )
    .await?;

    // The Dutch demo resident: a melding for an aunt who has not answered yet, and proof as a mentor.
    let (bewoner, _) = INWONERS[0];
    let bewoner_id = find_or_create_person(&mut tx, bewoner, Lang::Nl, now).await?;
    let melding_id = voor_ander(&mut tx, app, &bewoner_id, bewoner, "Tante Els").await?;
    let (token_hash, code_hash) = (
        token::hash(&token::new_secret()),
        token::hash(&code_uit(&token::random_bytes(8))),
    );
    machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            grond: Grond::Bevestiging,
            status: Status::WachtOpInwoner,
            rechten: Rechten::gekozen(true, false),
            geldig_tot: Some(over_een_jaar),
            email: Some("tante.els@example.nl"),
            token_hash: Some(&token_hash),
            code_hash: Some(&code_hash),
            verloopt_op: Some(now + Duration::days(14)),
            ..nieuwe_machtiging(&bewoner_id, Some(&melding_id), "Tante Els")
        },
        now,
    )
    .await?;
    let id = machtigingen_repo::nieuw(
        &mut tx,
        &machtigingen_repo::Nieuw {
            soort: Soort::Mentor,
            grond: Grond::Rechter,
            rechten: Rechten::ALLES,
            geboortedatum: Date::from_calendar_date(1948, time::Month::March, 2).ok(),
            ..nieuwe_machtiging(&bewoner_id, None, "Kees Bakker")
        },
        now,
    )
    .await?;
    vertegenwoordiging_repo::bewijs_opslaan(
        &mut tx,
        &id,
        "beschikking-mentor.pdf",
        BestandType::Pdf.mime(),
        DEMO_PDF,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
