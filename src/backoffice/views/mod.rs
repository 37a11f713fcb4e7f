//! The back office's pages: the work queue, the question why a case is opened, the case, and the form of
//! each processing step.

use std::collections::HashMap;

use maud::{Markup, html};
use time::Date;

use super::domain::{Filter, Rij, Stap, uren_over};
use super::form::{Invoer, regel_veld};
use crate::auth::Person;
use crate::code::Code;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{bedrag, datum, datum_kort, datum_met_dag, msg};
use crate::meldingen::domain::{Levensgebied, termijnen};
use crate::meldingen::repo::Melding;
use crate::persoonlijk_plan::domain::{Soort as PlanSoort, Status as PlanStatus};
use crate::persoonlijk_plan::repo::Plan;
use crate::ui;
use crate::zaken::document::MAX_MB;
use crate::zaken::domain::{
    Deadline, Fase, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Urgentie, Voorziening, Vorm, Wat,
    Zaak,
};
use crate::zaken::kern::Regeling;
use crate::zaken::repo::{Document, DocumentSoort};

pub mod clientondersteuning;
mod stap;
mod wachtrij;
mod zaak;

pub use stap::*;
pub use wachtrij::*;
pub use zaak::*;

pub fn fase_label(fase: Fase) -> &'static str {
    match fase {
        Fase::Ontvangen => msg::BACKOFFICE_FASE_ONTVANGEN,
        Fase::GesprekGepland => msg::BACKOFFICE_FASE_GESPREK_GEPLAND,
        Fase::Onderzocht => msg::BACKOFFICE_FASE_ONDERZOCHT,
        Fase::VerslagVerstuurd => msg::BACKOFFICE_FASE_VERSLAG_VERSTUURD,
        Fase::AanvraagOntvangen => msg::BACKOFFICE_FASE_AANVRAAG_ONTVANGEN,
        Fase::Besloten => msg::BACKOFFICE_FASE_BESLOTEN,
        Fase::Gesloten => msg::BACKOFFICE_FASE_GESLOTEN,
    }
}

fn soort_label(regeling: Regeling) -> &'static str {
    match regeling {
        Regeling::Wmo => msg::BACKOFFICE_SOORT_WMO_MELDING,
        Regeling::Blijverslening => msg::BACKOFFICE_SOORT_BLIJVERSLENING,
        Regeling::Kindpakket => msg::BACKOFFICE_SOORT_KINDPAKKET,
        Regeling::Uitdaagrecht => msg::BACKOFFICE_SOORT_UITDAAGRECHT,
    }
}

pub use crate::zaken::kern::staf_pad;

fn wat_label(wat: Wat) -> &'static str {
    match wat {
        Wat::Onderzoek => msg::BACKOFFICE_WAT_ONDERZOEK,
        Wat::Verslag => msg::BACKOFFICE_WAT_VERSLAG,
        Wat::Besluit => msg::BACKOFFICE_WAT_BESLUIT,
        Wat::Bezwaar => msg::BACKOFFICE_WAT_BEZWAAR,
    }
}

fn plaats_label(plaats: Plaats) -> &'static str {
    match plaats {
        Plaats::Thuis => msg::BACKOFFICE_PLAATS_THUIS,
        Plaats::Gemeentehuis => msg::BACKOFFICE_PLAATS_GEMEENTEHUIS,
        Plaats::Telefoon => msg::BACKOFFICE_PLAATS_TELEFOON,
        Plaats::Beeldbellen => msg::BACKOFFICE_PLAATS_BEELDBELLEN,
    }
}

fn onderwerp_label(onderwerp: Onderwerp) -> &'static str {
    match onderwerp {
        Onderwerp::Behoeften => msg::BACKOFFICE_ONDERWERP_BEHOEFTEN,
        Onderwerp::Resultaat => msg::BACKOFFICE_ONDERWERP_RESULTAAT,
        Onderwerp::EigenKracht => msg::BACKOFFICE_ONDERWERP_EIGEN_KRACHT,
        Onderwerp::Mantelzorg => msg::BACKOFFICE_ONDERWERP_MANTELZORG,
        Onderwerp::OndersteuningMantelzorger => {
            msg::BACKOFFICE_ONDERWERP_ONDERSTEUNING_MANTELZORGER
        }
        Onderwerp::AlgemeneVoorzieningen => msg::BACKOFFICE_ONDERWERP_ALGEMENE_VOORZIENINGEN,
        Onderwerp::Maatwerk => msg::BACKOFFICE_ONDERWERP_MAATWERK,
        Onderwerp::Samenwerking => msg::BACKOFFICE_ONDERWERP_SAMENWERKING,
        Onderwerp::CultuurGeloof => msg::BACKOFFICE_ONDERWERP_CULTUUR_GELOOF,
        Onderwerp::EigenBijdrage => msg::BACKOFFICE_ONDERWERP_EIGEN_BIJDRAGE,
        Onderwerp::Pgb => msg::BACKOFFICE_ONDERWERP_PGB,
        Onderwerp::Documenten => msg::BACKOFFICE_ONDERWERP_DOCUMENTEN,
        Onderwerp::Identiteit => msg::BACKOFFICE_ONDERWERP_IDENTITEIT,
    }
}

fn voorziening_label(voorziening: Voorziening) -> &'static str {
    match voorziening {
        Voorziening::HuishoudelijkeOndersteuning => {
            msg::BACKOFFICE_VOORZIENING_HUISHOUDELIJKE_ONDERSTEUNING
        }
        Voorziening::Begeleiding => msg::BACKOFFICE_VOORZIENING_BEGELEIDING,
        Voorziening::Dagbesteding => msg::BACKOFFICE_VOORZIENING_DAGBESTEDING,
        Voorziening::KortdurendVerblijf => msg::BACKOFFICE_VOORZIENING_KORTDUREND_VERBLIJF,
        Voorziening::Hulpmiddel => msg::BACKOFFICE_VOORZIENING_HULPMIDDEL,
        Voorziening::Woningaanpassing => msg::BACKOFFICE_VOORZIENING_WONINGAANPASSING,
        Voorziening::Vervoer => msg::BACKOFFICE_VOORZIENING_VERVOER,
        Voorziening::BeschermdWonen => msg::BACKOFFICE_VOORZIENING_BESCHERMD_WONEN,
        Voorziening::Overig => msg::BACKOFFICE_VOORZIENING_OVERIG,
    }
}

fn uitkomst_label(uitkomst: Uitkomst) -> &'static str {
    match uitkomst {
        Uitkomst::Toegekend => msg::BACKOFFICE_UITKOMST_TOEGEKEND,
        Uitkomst::Gedeeltelijk => msg::BACKOFFICE_UITKOMST_GEDEELTELIJK,
        Uitkomst::Afgewezen => msg::BACKOFFICE_UITKOMST_AFGEWEZEN,
    }
}

fn vorm_label(vorm: Vorm) -> &'static str {
    match vorm {
        Vorm::Zin => msg::BACKOFFICE_VORM_ZIN,
        Vorm::Pgb => msg::BACKOFFICE_VORM_PGB,
    }
}

fn stap_titel(stap: Stap) -> &'static str {
    match stap {
        Stap::Gesprek => msg::BACKOFFICE_STAP_GESPREK,
        Stap::Geinformeerd => msg::BACKOFFICE_STAP_GEINFORMEERD,
        Stap::Tijdelijk => msg::BACKOFFICE_STAP_TIJDELIJK,
        Stap::Onderzoek => msg::BACKOFFICE_STAP_ONDERZOEK,
        Stap::Verslag => msg::BACKOFFICE_STAP_VERSLAG,
        Stap::Vraag => msg::BACKOFFICE_STAP_VRAAG,
        Stap::Aanvraag => msg::BACKOFFICE_STAP_AANVRAAG,
        Stap::Verdagen => msg::BACKOFFICE_STAP_VERDAGEN,
        Stap::Ingebrekestelling => msg::BACKOFFICE_STAP_INGEBREKESTELLING,
        Stap::Besluit => msg::BACKOFFICE_STAP_BESLUIT,
        Stap::Sluiten => msg::BACKOFFICE_STAP_SLUITEN,
    }
}

fn document_soort_label(soort: DocumentSoort) -> &'static str {
    match soort {
        DocumentSoort::Verslag => msg::BACKOFFICE_DOCSOORT_VERSLAG,
        DocumentSoort::Besluit => msg::BACKOFFICE_DOCSOORT_BESLUIT,
        DocumentSoort::Inwoner => msg::BACKOFFICE_DOCSOORT_INWONER,
        DocumentSoort::Medewerker => msg::BACKOFFICE_DOCSOORT_MEDEWERKER,
    }
}

fn zaak_pad(melding: &Melding) -> String {
    format!("/medewerker/zaak/{}", melding.id)
}

fn referentie(melding: &Melding) -> &str {
    melding.referentie.as_deref().unwrap_or_default()
}
