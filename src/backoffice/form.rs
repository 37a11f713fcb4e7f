//! The raw forms of the processing steps (pairs of strings, as posted, so that repeated checkboxes and the
//! numbered fieldsets of the besluit fit one type) and how each is read into an event, with field errors.

use time::{Date, Duration};

use super::domain::{BedragFout, Stap, lees_bedrag, tijd};
use crate::code::Code;
use crate::form::{DatumFout, FieldErrors};
use crate::gemeente::Gemeente;
use crate::i18n::{Tr, datum_met_dag, msg};
use crate::meldingen::domain::Levensgebied;
use crate::zaken::document::upload::Upload;
use crate::zaken::domain::{
    BesluitRegel, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Voorziening, Vorm, Zaak,
};

/// A short answer (a place, a provider, an extent) holds at most this many characters.
pub const KORT_MAX: usize = 200;
/// A text (a verslag, a motivation) holds at most this many characters.
pub const LANG_MAX: usize = 10_000;
/// A reason (to open a case, to close it, for an extension) holds at most this many characters.
pub use crate::zaken::poort::REDEN_MAX;
/// An indicatie lasts at most this many years (Beleidsregels Wmo Het Hogeland 2023, §2.10 Duur indicaties).
pub const INDICATIE_JAREN: i32 = 5;

pub use crate::form::Invoer;

/// The name of a field of the `n`-th voorziening of the besluit (from 1): `r1-uitkomst`.
pub fn regel_veld(n: usize, veld: &str) -> String {
    format!("r{n}-{veld}")
}

/// Reads fields and collects their errors.
struct Lezer<'a> {
    invoer: &'a Invoer,
    tr: &'a Tr,
    errors: FieldErrors,
}

impl Lezer<'_> {
    fn fout(&mut self, naam: &str, id: &str) {
        self.errors.add(naam, self.tr.t(id));
    }

    fn tekst(&mut self, naam: &str, verplicht: bool, max: usize) -> String {
        let tekst = self.invoer.get(naam).trim().to_owned();
        if verplicht && tekst.is_empty() {
            self.fout(naam, msg::BACKOFFICE_FOUT_LEEG);
        } else if tekst.chars().count() > max {
            self.errors.add(
                naam,
                self.tr
                    .ta(msg::BACKOFFICE_FOUT_TE_LANG, &[("aantal", max.into())]),
            );
        }
        tekst
    }

    fn datum(&mut self, naam: &str, verplicht: bool) -> Option<Date> {
        let deel = |d: &str| self.invoer.get(&format!("{naam}-{d}"));
        match crate::form::datum(deel("dag"), deel("maand"), deel("jaar")) {
            Ok(Some(dag)) => Some(dag),
            Ok(None) => {
                if verplicht {
                    self.fout(naam, msg::BACKOFFICE_FOUT_DATUM_LEEG);
                }
                None
            }
            Err(DatumFout::Onvolledig) => {
                self.fout(naam, msg::BACKOFFICE_FOUT_DATUM_ONVOLLEDIG);
                None
            }
            Err(DatumFout::BestaatNiet) => {
                self.fout(naam, msg::BACKOFFICE_FOUT_DATUM_BESTAAT_NIET);
                None
            }
        }
    }

    fn keuze<T>(&mut self, naam: &str, lees: impl Fn(&str) -> Option<T>) -> Option<T> {
        let gekozen = lees(self.invoer.get(naam));
        if gekozen.is_none() {
            self.fout(naam, msg::BACKOFFICE_FOUT_KEUZE);
        }
        gekozen
    }

    fn keuzes<T>(&mut self, naam: &str, lees: impl Fn(&str) -> Option<T>) -> Vec<T> {
        let gekozen: Vec<T> = self
            .invoer
            .alle(naam)
            .iter()
            .filter_map(|c| lees(c))
            .collect();
        if gekozen.is_empty() {
            self.fout(naam, msg::BACKOFFICE_FOUT_MINSTENS_EEN);
        }
        gekozen
    }

    fn bedrag(&mut self, naam: &str, verplicht: bool) -> Option<crate::geld::Bedrag> {
        match lees_bedrag(self.invoer.get(naam)) {
            Ok(None) if verplicht => {
                self.fout(naam, msg::BACKOFFICE_FOUT_BEDRAG_LEEG);
                None
            }
            Ok(bedrag) => bedrag,
            Err(BedragFout::Onleesbaar) => {
                self.fout(naam, msg::BACKOFFICE_FOUT_BEDRAG);
                None
            }
            Err(BedragFout::TeGroot) => {
                self.fout(naam, msg::BACKOFFICE_FOUT_BEDRAG_TE_GROOT);
                None
            }
        }
    }

    fn aangevinkt(&self, naam: &str, waarde: &str) -> bool {
        self.invoer.alle(naam).iter().any(|v| v == waarde)
    }

    fn datum_met_dag(&self, dag: Date) -> String {
        datum_met_dag(dag, self.tr.lang())
    }
}

/// What the reading of a step needs beside the form.
pub struct Omgeving<'a> {
    pub zaak: &'a Zaak,
    pub gemeente: &'a Gemeente,
    pub vandaag: Date,
    /// Whether a usable PDF came with the form (verslag, besluit).
    pub met_bestand: bool,
    /// Why the file that came with the form cannot be used.
    pub bestand_fout: Option<&'a str>,
}

/// Reads a step's form into its event. The document id, if any, is filled in when it is stored.
pub fn lees(
    stap: Stap,
    invoer: &Invoer,
    tr: &Tr,
    o: &Omgeving<'_>,
) -> Result<Gebeurtenis, FieldErrors> {
    let mut l = Lezer {
        invoer,
        tr,
        errors: FieldErrors::new(),
    };
    let vandaag = o.vandaag;
    let gebeurtenis = match stap {
        Stap::Gesprek => {
            let datum = l.datum("datum", true);
            if datum.is_some_and(|d| d < vandaag) {
                l.fout("datum", msg::BACKOFFICE_FOUT_DATUM_VERLEDEN);
            }
            let tijd = match tijd(invoer.get("tijd")) {
                Some(t) => t,
                None => {
                    l.fout("tijd", msg::BACKOFFICE_FOUT_TIJD);
                    String::new()
                }
            };
            let plaats = l.keuze("plaats", Plaats::from_code);
            Gebeurtenis::GesprekGepland {
                datum: datum.unwrap_or(vandaag),
                tijd,
                plaats: plaats.unwrap_or(Plaats::Thuis),
                toelichting: l.tekst("toelichting", false, REDEN_MAX),
            }
        }
        Stap::Geinformeerd => {
            let clientondersteuning = l.aangevinkt("geinformeerd", "clientondersteuning");
            let persoonlijk_plan = l.aangevinkt("geinformeerd", "persoonlijk_plan");
            if !clientondersteuning && !persoonlijk_plan {
                l.fout("geinformeerd", msg::BACKOFFICE_FOUT_MINSTENS_EEN);
            }
            Gebeurtenis::Geinformeerd {
                clientondersteuning,
                persoonlijk_plan,
            }
        }
        Stap::Tijdelijk => Gebeurtenis::TijdelijkeVoorziening {
            omschrijving: l.tekst("omschrijving", true, REDEN_MAX),
            vanaf: l.datum("vanaf", true).unwrap_or(vandaag),
        },
        Stap::Onderzoek => {
            let gesprek_op = l.datum("gesprek_op", true);
            let gepland = o.zaak.gesprek.as_ref().map(|(d, _, _)| *d);
            if gesprek_op.is_some_and(|d| d > vandaag) {
                l.fout("gesprek_op", msg::BACKOFFICE_FOUT_DATUM_TOEKOMST);
            } else if let (Some(op), Some(gepland)) = (gesprek_op, gepland)
                && op != gepland
                && !l.aangevinkt("gesprek_anders", "ja")
            {
                // The talk was planned for another day: a typing error, or really another day? Asked once.
                let tekst = l.tr.ta(
                    msg::BACKOFFICE_FOUT_GESPREK_ANDERE_DAG,
                    &[
                        ("gepland", l.datum_met_dag(gepland).into()),
                        ("datum", l.datum_met_dag(op).into()),
                    ],
                );
                l.errors.add("gesprek_op", tekst);
            }
            let onderwerpen = l.keuzes("onderwerpen", Onderwerp::from_code);
            let levensgebieden = invoer
                .alle("levensgebieden")
                .iter()
                .filter_map(|c| Levensgebied::from_code(c))
                .map(|g| g.code().to_owned())
                .collect();
            Gebeurtenis::Onderzoek {
                gesprek_op: gesprek_op.unwrap_or(vandaag),
                onderwerpen,
                levensgebieden,
                uitkomst: l.tekst("uitkomst", true, LANG_MAX),
            }
        }
        Stap::Verslag => {
            let tekst = l.tekst("tekst", false, LANG_MAX);
            if let Some(fout) = o.bestand_fout {
                l.errors.add("bestand", fout.to_owned());
            } else if tekst.is_empty() && !o.met_bestand {
                l.fout("tekst", msg::BACKOFFICE_FOUT_VERSLAG_LEEG);
            }
            Gebeurtenis::Verslag {
                tekst,
                document_id: None,
            }
        }
        Stap::Vraag => {
            let tekst = l.tekst("tekst", true, REDEN_MAX);
            let voor = l.datum("voor", true);
            if voor.is_some_and(|d| d <= vandaag) {
                l.fout("voor", msg::BACKOFFICE_FOUT_DATUM_NA_VANDAAG);
            }
            Gebeurtenis::Vraag {
                vraag_id: crate::token::new_id(),
                tekst,
                voor: voor.unwrap_or(vandaag),
                schort_op: l.aangevinkt("schort_op", "ja"),
            }
        }
        Stap::Aanvraag => {
            let ontvangen_op = l.datum("ontvangen_op", true);
            if ontvangen_op.is_some_and(|d| d > vandaag) {
                l.fout("ontvangen_op", msg::BACKOFFICE_FOUT_DATUM_TOEKOMST);
            }
            Gebeurtenis::Aanvraag {
                ontvangen_op: ontvangen_op.unwrap_or(vandaag),
                voorzieningen: l.keuzes("voorzieningen", Voorziening::from_code),
            }
        }
        Stap::Verdagen => {
            let nieuwe_datum = l.datum("nieuwe_datum", true);
            let huidig = o.zaak.besluit_termijn(o.gemeente, vandaag);
            if let Some(huidig) = huidig.filter(|h| vandaag > *h) {
                // Awb 4:14: the notice must come before the term ends.
                let tekst = l.tr.ta(
                    msg::BACKOFFICE_FOUT_VERDAGEN_TE_LAAT,
                    &[("datum", l.datum_met_dag(huidig).into())],
                );
                l.errors.add("nieuwe_datum", tekst);
            } else if let (Some(nieuw), Some(huidig)) = (nieuwe_datum, huidig)
                && nieuw <= huidig
            {
                let tekst = l.tr.ta(
                    msg::BACKOFFICE_FOUT_VERDAGEN_DATUM,
                    &[("datum", l.datum_met_dag(huidig).into())],
                );
                l.errors.add("nieuwe_datum", tekst);
            }
            Gebeurtenis::Verdaagd {
                nieuwe_datum: nieuwe_datum.unwrap_or(vandaag),
                reden: l.tekst("reden", true, REDEN_MAX),
            }
        }
        Stap::Ingebrekestelling => {
            let ontvangen_op = l.datum("ontvangen_op", true);
            if ontvangen_op.is_some_and(|d| d > vandaag) {
                l.fout("ontvangen_op", msg::BACKOFFICE_FOUT_DATUM_TOEKOMST);
            } else if let (Some(ontvangen), Some(einde)) = (
                ontvangen_op,
                o.zaak
                    .besluit_termijn(o.gemeente, ontvangen_op.unwrap_or(vandaag)),
            ) && ontvangen <= einde
            {
                // Awb 4:17 lid 3: only a notice after the term has passed makes the dwangsom run.
                let tekst = l.tr.ta(
                    msg::BACKOFFICE_FOUT_INGEBREKE_TE_VROEG,
                    &[("datum", l.datum_met_dag(einde).into())],
                );
                l.errors.add("ontvangen_op", tekst);
            }
            Gebeurtenis::Ingebrekestelling {
                ontvangen_op: ontvangen_op.unwrap_or(vandaag),
            }
        }
        Stap::Besluit => besluit(&mut l, o),
        Stap::Sluiten => Gebeurtenis::Gesloten {
            reden: l.tekst("reden", true, REDEN_MAX),
        },
    };
    if l.errors.is_empty() {
        Ok(gebeurtenis)
    } else {
        Err(l.errors)
    }
}

/// The last day an indicatie starting on `ingang` may run: five years, less a day.
pub fn uiterste_einde(ingang: Date) -> Date {
    let jaar = ingang.year() + INDICATIE_JAREN;
    let zelfde_dag = ingang
        .replace_year(jaar)
        .or_else(|_| ingang.saturating_add(Duration::days(1)).replace_year(jaar))
        .unwrap_or(Date::MAX);
    zelfde_dag.previous_day().unwrap_or(zelfde_dag)
}

fn besluit(l: &mut Lezer<'_>, o: &Omgeving<'_>) -> Gebeurtenis {
    let verzonden_op = l.datum("verzonden_op", true);
    if verzonden_op.is_some_and(|d| d > o.vandaag) {
        l.fout("verzonden_op", msg::BACKOFFICE_FOUT_DATUM_TOEKOMST);
    }
    let voorzieningen = o
        .zaak
        .aanvraag
        .as_ref()
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let mut regels = Vec::new();
    for (i, voorziening) in voorzieningen.into_iter().enumerate() {
        let n = |veld: &str| regel_veld(i + 1, veld);
        let omschrijving = l.tekst(&n("omschrijving"), true, KORT_MAX);
        let uitkomst = l.keuze(&n("uitkomst"), Uitkomst::from_code);
        let toegekend = uitkomst != Some(Uitkomst::Afgewezen);
        let vorm = if toegekend {
            l.keuze(&n("vorm"), Vorm::from_code)
        } else {
            None
        };
        let ingangsdatum = l.datum(&n("ingang"), toegekend);
        let einddatum = l.datum(&n("einde"), toegekend);
        if let (Some(ingang), Some(einde)) = (ingangsdatum, einddatum) {
            if einde < ingang {
                l.fout(&n("einde"), msg::BACKOFFICE_FOUT_EINDE_VOOR_INGANG);
            } else if einde > uiterste_einde(ingang) {
                let tekst = l.tr.ta(
                    msg::BACKOFFICE_FOUT_EINDE_VIJF_JAAR,
                    &[("datum", l.datum_met_dag(uiterste_einde(ingang)).into())],
                );
                l.errors.add(&n("einde"), tekst);
            }
        }
        let zin = vorm == Some(Vorm::Zin);
        let pgb = vorm == Some(Vorm::Pgb);
        regels.push(BesluitRegel {
            voorziening,
            omschrijving,
            uitkomst: uitkomst.unwrap_or(Uitkomst::Afgewezen),
            vorm,
            ingangsdatum,
            einddatum,
            omvang: l.tekst(&n("omvang"), toegekend, KORT_MAX),
            aanbieder: l.tekst(&n("aanbieder"), zin, KORT_MAX),
            kostprijs: l.bedrag(&n("kostprijs"), zin),
            eigen_bijdrage: l.bedrag(&n("bijdrage"), false),
            pgb_bedrag: l.bedrag(&n("pgb_bedrag"), pgb),
            pgb_berekening: l.tekst(&n("pgb_berekening"), pgb, REDEN_MAX),
            reden: l.tekst(&n("reden"), true, LANG_MAX),
        });
    }
    let motivering = l.tekst("motivering", true, LANG_MAX);
    if let Some(fout) = o.bestand_fout {
        l.errors.add("bestand", fout.to_owned());
    }
    Gebeurtenis::Besluit {
        verzonden_op: verzonden_op.unwrap_or(o.vandaag),
        regels,
        motivering,
        document_id: None,
    }
}

/// Why a member of staff opens a case that is not theirs.
pub fn reden(invoer: &Invoer, tr: &Tr) -> Result<String, FieldErrors> {
    let mut l = Lezer {
        invoer,
        tr,
        errors: FieldErrors::new(),
    };
    let reden = invoer.get("reden").trim().to_owned();
    if reden.is_empty() {
        l.fout("reden", msg::BACKOFFICE_FOUT_REDEN);
    } else {
        l.tekst("reden", true, REDEN_MAX);
    }
    if l.errors.is_empty() {
        Ok(reden)
    } else {
        Err(l.errors)
    }
}

/// The PDF to store from an upload with a verslag or besluit: none when no file was chosen, an error when it
/// is not a PDF (by its content), empty or too large.
pub fn pdf(upload: &Upload, tr: &Tr) -> Result<Option<String>, String> {
    use crate::zaken::document::{BestandType, MAX_MB, toonbare_naam};
    if upload.is_leeg() {
        return Ok(None);
    }
    if let Some(crate::zaken::document::virus::Uitslag::Besmet(virus)) = &upload.scan {
        return Err(tr.ta(
            msg::PERSOONLIJK_PLAN_BESTAND_VIRUS,
            &[
                ("naam", toonbare_naam(&upload.naam).into()),
                ("virus", virus.as_str().into()),
            ],
        ));
    }
    if upload.te_groot {
        return Err(tr.ta(
            msg::BACKOFFICE_FOUT_BESTAND_TE_GROOT,
            &[("mb", MAX_MB.into())],
        ));
    }
    if upload.grootte() == 0 {
        return Err(tr.t(msg::BACKOFFICE_FOUT_BESTAND_LEEG));
    }
    match BestandType::herken(upload.kop()) {
        Some(BestandType::Pdf) => Ok(Some(toonbare_naam(&upload.naam))),
        _ => Err(tr.t(msg::BACKOFFICE_FOUT_BESTAND_PDF)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::date;

    use super::*;

    fn tr() -> Tr {
        crate::ui::test_tr(crate::i18n::Lang::Nl)
    }

    fn omgeving<'a>(zaak: &'a Zaak, gemeente: &'a Gemeente) -> Omgeving<'a> {
        Omgeving {
            zaak,
            gemeente,
            vandaag: date!(2026 - 11 - 23),
            met_bestand: false,
            bestand_fout: None,
        }
    }

    #[test]
    fn a_talk_needs_a_day_to_come_a_time_and_a_place() {
        let gemeente = Gemeente::builtin("het-hogeland").unwrap();
        let zaak = Zaak::default();
        let mut invoer = Invoer::default();
        invoer.zet_datum("datum", date!(2026 - 11 - 20));
        invoer.zet("tijd", "half drie");
        let errors = lees(Stap::Gesprek, &invoer, &tr(), &omgeving(&zaak, &gemeente)).unwrap_err();
        assert!(errors.get("datum").is_some());
        assert!(errors.get("tijd").is_some());
        assert!(errors.get("plaats").is_some());
        let mut invoer = Invoer::default();
        invoer.zet_datum("datum", date!(2026 - 12 - 01));
        invoer.zet("tijd", "9.30");
        invoer.zet("plaats", "thuis");
        let g = lees(Stap::Gesprek, &invoer, &tr(), &omgeving(&zaak, &gemeente)).unwrap();
        assert!(matches!(g, Gebeurtenis::GesprekGepland { tijd, .. } if tijd == "09:30"));
    }

    #[test]
    fn an_indicatie_ends_within_five_years() {
        assert_eq!(uiterste_einde(date!(2027 - 01 - 01)), date!(2031 - 12 - 31));
        assert_eq!(uiterste_einde(date!(2028 - 02 - 29)), date!(2033 - 02 - 28));
    }
}
