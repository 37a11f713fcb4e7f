//! The dashboard's order, as pure rules: the case with the nearest deadline first, and the client whose case
//! that is.

use time::Date;

use crate::dossier::domain::Volgende;
use crate::zaken::domain::Fase;

/// One submitted melding of a client, as the dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Zaakregel {
    pub melding_id: String,
    pub referentie: String,
    pub fase: Fase,
    pub volgende: Option<Volgende>,
}

/// A resident who gave this cliëntondersteuner a machtiging, with their cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub id: String,
    pub naam: String,
    pub zaken: Vec<Zaakregel>,
}

/// The day of a next step.
pub fn dag(volgende: Volgende) -> Date {
    match volgende {
        Volgende::Gesprek(d)
        | Volgende::Gemeente(_, d)
        | Volgende::Vraag(d)
        | Volgende::Bezwaar(d) => d,
    }
}

/// Cases without a next date (closed, or waiting for nothing) come last.
fn sleutel(dag: Option<Date>) -> (bool, Option<Date>) {
    (dag.is_none(), dag)
}

/// Orders each client's cases by their next date, the nearest first.
pub fn ordenen_zaken(clienten: &mut [Client]) {
    for client in clienten.iter_mut() {
        client
            .zaken
            .sort_by_key(|z| (sleutel(z.volgende.map(dag)), z.referentie.clone()));
    }
}

/// The last day of a machtiging made from a request: one year, so that no permission is forgotten for ever.
pub fn een_jaar_na(vandaag: Date) -> Date {
    vandaag
        .replace_year(vandaag.year() + 1)
        .unwrap_or(vandaag + time::Duration::days(365))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zaken::domain::Wat;
    use time::macros::date;

    fn zaak(referentie: &str, volgende: Option<Volgende>) -> Zaakregel {
        Zaakregel {
            melding_id: referentie.to_owned(),
            referentie: referentie.to_owned(),
            fase: Fase::Ontvangen,
            volgende,
        }
    }

    #[test]
    fn each_clients_cases_nearest_date_first_and_clients_by_name() {
        let mut clienten = vec![
            Client {
                id: "a".into(),
                naam: "Anna".into(),
                zaken: vec![zaak("A1", None)],
            },
            Client {
                id: "b".into(),
                naam: "Bert".into(),
                zaken: vec![
                    zaak(
                        "B1",
                        Some(Volgende::Gemeente(Wat::Besluit, date!(2026 - 12 - 20))),
                    ),
                    zaak("B2", Some(Volgende::Vraag(date!(2026 - 12 - 01)))),
                ],
            },
            Client {
                id: "c".into(),
                naam: "Cor".into(),
                zaken: vec![zaak("C1", Some(Volgende::Gesprek(date!(2026 - 12 - 05))))],
            },
        ];
        ordenen_zaken(&mut clienten);
        let namen: Vec<&str> = clienten.iter().map(|c| c.naam.as_str()).collect();
        assert_eq!(
            namen,
            ["Anna", "Bert", "Cor"],
            "the clients stay in the order of their names"
        );
        let bert: Vec<&str> = clienten[1]
            .zaken
            .iter()
            .map(|z| z.referentie.as_str())
            .collect();
        assert_eq!(bert, ["B2", "B1"]);
    }

    #[test]
    fn a_year_from_a_leap_day() {
        assert_eq!(een_jaar_na(date!(2028 - 02 - 29)), date!(2029 - 02 - 28));
        assert_eq!(een_jaar_na(date!(2026 - 11 - 23)), date!(2027 - 11 - 23));
    }
}
