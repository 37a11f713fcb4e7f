//! Demo data for the right to challenge (called by [`crate::demo::vul`]): an initiative of the demo residents
//! and the demo mantelzorger, with a proposal in every step, so that every page is reachable. Only
//! added once.

use time::Duration;

use super::domain::{Uitkomst, Vorm};
use super::repo::{self, Ingediend, NieuwInitiatief, Regel, Voorstel};
use crate::AppState;
use crate::auth::Person;
use crate::auth::repo::find_or_create_person;
use crate::i18n::Lang;

const INWONER: &str = "bewoner@example.nl";
/// The other members: the demo mantelzorger and the English demo resident, so that the member's pages are
/// crawled in both languages.
const LEDEN: [&str; 2] = ["petra@example.nl", "resident@example.nl"];
/// A resident who is no member, and supports the published proposals.
const STEUNER: &str = "petra.jansen@example.nl";

const PLAN: &[u8] = b"%PDF-1.4\n% plan boodschappendienst\n";

/// One demo proposal: the task, what, for whom, the budget lines (what for, euros) and its step.
struct Demo {
    taak: &'static str,
    wat: &'static str,
    voor_wie: &'static str,
    regels: &'static [(&'static str, i64)],
    stap: Stap,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stap {
    Concept,
    Ontvangen,
    InGesprek,
    Besloten,
}

const VOORSTELLEN: [Demo; 4] = [
    Demo {
        taak: "Een klussendienst voor ouderen in de wijk",
        wat: "Vrijwilligers doen kleine klussen in huis. Bijvoorbeeld een lamp ophangen of een kraan maken.",
        voor_wie: "Ouderen in de wijk De Linde die thuis wonen.",
        regels: &[("Gereedschap", 1_500), ("Verzekering", 600)],
        stap: Stap::Concept,
    },
    Demo {
        taak: "Samen boodschappen doen in het dorp",
        wat: "Wij doen twee keer per week boodschappen voor inwoners die dat zelf niet kunnen.",
        voor_wie: "Inwoners van het dorp die slecht ter been zijn.",
        regels: &[
            ("Vergoeding vrijwilligers", 4_800),
            ("Een elektrische bakfiets", 3_500),
        ],
        stap: Stap::Ontvangen,
    },
    Demo {
        taak: "Buren helpen elkaar thuis",
        wat: "Buren helpen elkaar in het huishouden. Een coördinator in het dorp maakt het rooster.",
        voor_wie: "Inwoners die van de gemeente hulp in het huishouden krijgen.",
        regels: &[
            ("Coördinator, 16 uur per week", 28_000),
            ("Scholing", 2_000),
        ],
        stap: Stap::InGesprek,
    },
    Demo {
        taak: "Een plek om samen koffie te drinken",
        wat: "Een plek in het dorpshuis waar ouderen elke ochtend koffie drinken en samen eten.",
        voor_wie: "Ouderen die alleen wonen.",
        regels: &[
            ("Huur van de ruimte", 6_000),
            ("Koffie en maaltijden", 9_000),
        ],
        stap: Stap::Besloten,
    },
];

pub async fn demo(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    if !repo::initiatieven_van(&mut tx, INWONER).await?.is_empty() {
        return Ok(());
    }
    let oprichter = Person {
        id: find_or_create_person(&mut tx, INWONER, Lang::Nl, now).await?,
        email: INWONER.to_owned(),
        taal: Lang::Nl,
        rol: crate::auth::Rol::Inwoner,
        naam: None,
        organisatie: None,
    };
    let (initiatief_id, _) = repo::nieuw_initiatief(
        &mut tx,
        &NieuwInitiatief {
            naam: "Wij in De Linde",
            vorm: Vorm::Cooperatie,
            kvk: Some("12345678"),
            contact_naam: "Jan de Vries",
            contact_email: INWONER,
            contact_telefoon: Some("06 12345678"),
        },
        &oprichter,
        None,
        now - Duration::days(60),
    )
    .await?;
    for lid in LEDEN {
        repo::voeg_lid_toe(&mut tx, &initiatief_id, lid, &oprichter.id, now).await?;
    }
    let steuner = find_or_create_person(&mut tx, STEUNER, Lang::Nl, now).await?;
    let vandaag = app.clock.today();
    for (n, d) in VOORSTELLEN.iter().enumerate() {
        let dagen = i64::try_from(40 - 10 * n).unwrap_or_default();
        let begin = now - Duration::days(dagen);
        let (id, _) =
            repo::nieuw_voorstel(&mut tx, &initiatief_id, &oprichter.id, None, begin).await?;
        let Some(mut v) = repo::voorstel(&mut tx, &id).await? else {
            continue;
        };
        vul_in(&mut v, d, vandaag + Duration::days(120));
        repo::bewaar_concept(&mut tx, &v, v.versie, &oprichter.id, begin).await?;
        repo::bewaar_bijlage(
            &mut tx,
            &id,
            "plan.pdf",
            crate::zaken::document::BestandType::Pdf,
            PLAN,
            &oprichter.id,
            begin,
        )
        .await?;
        if d.stap == Stap::Concept {
            continue;
        }
        let bedragen: Vec<crate::geld::Bedrag> = d
            .regels
            .iter()
            .map(|(_, euro)| crate::geld::Bedrag::euro(*euro))
            .collect();
        repo::dien_in(
            &mut tx,
            &id,
            &Ingediend {
                referentie: &super::domain::nieuwe_referentie(vandaag.year()),
                startdatum: vandaag + Duration::days(120),
                bedragen: &bedragen,
                door: &oprichter.id,
                op: begin + Duration::days(1),
            },
        )
        .await?;
        repo::steun(&mut tx, &id, &steuner, begin + Duration::days(2)).await?;
        let later = begin + Duration::days(5);
        if matches!(d.stap, Stap::InGesprek | Stap::Besloten) {
            crate::zaken::toegang::schrijf_als(
                &mut tx,
                &id,
                consulent,
                repo::Handeling::Bekeken,
                later,
            )
            .await?;
            repo::naar_gesprek(
                &mut tx,
                &id,
                "Wij willen graag met u praten over uw voorstel. Kunt u op dinsdag om 10.00 uur naar het gemeentehuis komen?",
                &consulent.id,
                later,
            )
            .await?;
            let vraag = repo::stel_vraag(
                &mut tx,
                &id,
                "Hoeveel vrijwilligers doen mee, en wie is hun vaste aanspreekpunt?",
                None,
                &consulent.id,
                later + Duration::days(1),
            )
            .await?;
            if let (repo::Gesteld::Nieuw(vraag), Stap::Besloten) = (vraag, d.stap) {
                repo::beantwoord(
                    &mut tx,
                    &id,
                    &vraag,
                    "Twaalf vrijwilligers. Jan de Vries is hun aanspreekpunt.",
                    &oprichter.id,
                    later + Duration::days(2),
                )
                .await?;
            }
        }
        if d.stap == Stap::Besloten {
            repo::besluit(
                &mut tx,
                &id,
                Uitkomst::Deels,
                "De huiskamer past goed bij het beleid voor ontmoeting. De gemeente betaalt de huur van de ruimte. \
                 De maaltijden blijven bij de bestaande maaltijdservice.",
                &consulent.id,
                later + Duration::days(7),
            )
            .await?;
        }
    }
    tx.commit().await
}

fn vul_in(v: &mut Voorstel, d: &Demo, start: time::Date) {
    v.taak = d.taak.to_owned();
    v.wat = d.wat.to_owned();
    v.voor_wie = d.voor_wie.to_owned();
    v.waarom_soort = vec!["dichterbij".to_owned(), "goedkoper".to_owned()];
    v.waarom =
        "Wij kennen de mensen in het dorp. Vrijwilligers kosten minder dan een bureau van buiten."
            .to_owned();
    v.betrokkenen = "Twaalf vrijwilligers, de huisarts en het dorpshuis.".to_owned();
    v.draagvlak = "Op de dorpsavond tekenden 85 inwoners voor dit plan.".to_owned();
    v.start_dag = start.day().to_string();
    v.start_maand = u8::from(start.month()).to_string();
    v.start_jaar = start.year().to_string();
    v.openbaar = "ja".to_owned();
    v.regels = d
        .regels
        .iter()
        .map(|(post, euro)| Regel {
            post: (*post).to_owned(),
            bedrag: euro.to_string(),
            bedrag_centen: None,
        })
        .collect();
}
