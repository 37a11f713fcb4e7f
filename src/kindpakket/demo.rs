//! Demo data for the Kindpakket (called by [`crate::demo::vul`]): for the Dutch demo resident one application
//! with a decision and one that waits for one, so that every page is reachable. Only added once, and only where
//! the profile has a Kindpakket.

use time::Duration;

use super::domain::Uitkomst;
use super::repo::{self, Besluit, Kind, NieuwBestand, Verstuurd};
use crate::AppState;
use crate::auth::Person;
use crate::zaken::document::BestandType;

const INWONER: &str = "bewoner@example.nl";
/// A demo child: first name, age in years, the parts asked.
type DemoKind<'a> = (&'a str, i32, Vec<String>);

const LOONSTROOK: &[u8] = b"%PDF-1.4\n% loonstrook oktober\n";

pub async fn vul(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(k) = &app.gemeente.kindpakket else {
        return Ok(());
    };
    let mut tx = app.db.begin_write().await?;
    let Some(persoon_id) = crate::auth::repo::id_van(&mut *tx, INWONER).await? else {
        return Ok(());
    };
    let bestaand: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM kindpakket_aanvragen WHERE persoon_id = $1")
            .bind(&persoon_id)
            .fetch_one(&mut *tx)
            .await?;
    if bestaand > 0 {
        return Ok(());
    }
    let eerste = |n: usize| {
        k.onderdelen
            .iter()
            .take(n)
            .map(|o| o.id.clone())
            .collect::<Vec<_>>()
    };
    let now = app.clock.now();
    let vandaag = app.clock.today();
    // (days ago, children: first name, age in years, parts; decided)
    // (days ago, children, sent, decided)
    let aanvragen: [(i64, Vec<DemoKind<'_>>, bool, bool); 3] = [
        (
            30,
            vec![("Sem", 9, eerste(2)), ("Noor", 14, eerste(3))],
            true,
            true,
        ),
        (2, vec![("Lotte", 6, eerste(1))], true, false),
        // A complete draft, ready to check and send.
        (0, vec![("Daan", 4, eerste(1))], false, false),
    ];
    for (dagen, kinderen, verstuurd, besloten) in aanvragen {
        let op = now - Duration::days(dagen);
        let id = repo::nieuw(&mut tx, &persoon_id, &persoon_id, op).await?;
        repo::verwijder_kinderen(&mut tx, &id).await?;
        let mut geboortedata = Vec::new();
        for (naam, leeftijd, onderdelen) in &kinderen {
            let geboren = vandaag
                .replace_year(vandaag.year() - leeftijd)
                .unwrap_or(vandaag)
                - Duration::days(40);
            let kind = Kind {
                voornaam: (*naam).to_owned(),
                dag: geboren.day().to_string(),
                maand: u8::from(geboren.month()).to_string(),
                jaar: geboren.year().to_string(),
                onderdelen: onderdelen.clone(),
                ..Kind::default()
            };
            repo::voeg_kind_toe(&mut tx, &id, &kind).await?;
        }
        let a = repo::van(&mut tx, &id, None).await?;
        let Some(mut a) = a else { continue };
        for kind in &a.kinderen {
            if let Ok(Some(d)) = crate::form::datum(&kind.dag, &kind.maand, &kind.jaar) {
                geboortedata.push((kind.id.clone(), d));
            }
        }
        a.samenstelling = "alleen".into();
        a.aow = "nee".into();
        a.inkomen = "1250,00".into();
        repo::bewaar_concept(&mut tx, &a, op).await?;
        repo::bewaar_bestand(
            &mut tx,
            &id,
            &NieuwBestand {
                naam: "loonstrook-oktober.pdf",
                soort: BestandType::Pdf,
                inhoud: LOONSTROOK,
            },
            &persoon_id,
            op,
        )
        .await?;
        if !verstuurd {
            continue;
        }
        let referentie = super::domain::nieuwe_referentie(op.year());
        repo::verstuur(
            &mut tx,
            &id,
            &Verstuurd {
                referentie: &referentie,
                inkomen_centen: crate::geld::Bedrag::euro(1_250),
                advies: Uitkomst::Ja,
                geboortedata: &geboortedata,
                door: &persoon_id,
                op,
            },
        )
        .await?;
        if besloten {
            let besluiten: Vec<Besluit> = a
                .kinderen
                .iter()
                .flat_map(|kind| {
                    kind.onderdelen.iter().enumerate().map(|(j, o)| Besluit {
                        kind_id: kind.id.clone(),
                        onderdeel: o.clone(),
                        toegekend: j != 2,
                        reden: (j == 2).then(|| {
                            "Stichting Leergeld betaalde dit jaar al een fiets voor dit kind."
                                .to_owned()
                        }),
                    })
                })
                .collect();
            let besloten_op = op + Duration::days(10);
            repo::besluit(&mut tx, &id, &besluiten, &consulent.id, besloten_op).await?;
            crate::zaken::toegang::schrijf_als(
                &mut tx,
                &id,
                consulent,
                repo::Handeling::Besloten,
                besloten_op,
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
