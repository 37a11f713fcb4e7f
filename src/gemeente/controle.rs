//! Checks on a loaded profile. Serde already checked the shape and types; these are the rules it cannot
//! express. Every problem is reported with the field's path, all at once, so an operator fixes a file in one go.

use std::collections::HashSet;

use time::Date;

use super::profiel::{
    BedragVanaf, Blijverslening, Gedateerd, Kindpakket, KindpakketOnderdeel, Organisatie, Tekst,
};
use super::{Gemeente, is_in_te_vullen};

/// Collects problems with their field path.
struct Controle {
    fouten: Vec<String>,
}

impl Controle {
    fn fout(&mut self, veld: &str, melding: impl std::fmt::Display) {
        self.fouten.push(format!("field `{veld}`: {melding}"));
    }

    fn niet_leeg(&mut self, veld: &str, waarde: &str) {
        if waarde.trim().is_empty() {
            self.fout(veld, "is empty");
        }
    }

    /// The source of a rule that residents read beside it: a real source, never empty or a placeholder. A
    /// rule without one must not reach a resident, so the profile is refused until it has one.
    fn bron(&mut self, veld: &str, bron: &str) {
        if bron.trim().is_empty() {
            self.fout(veld, "is empty: a rule shown to residents needs its source");
        } else if is_voorlopige_bron(bron) {
            self.fout(
                veld,
                format!(
                    "\"{bron}\" is a placeholder, not a source: give the regulation and article, or mark a \
                     choice of the municipality as \"Keuze van de gemeente: ...\" with its basis, or remove the rule"
                ),
            );
        }
    }

    fn tekst(&mut self, veld: &str, tekst: &Tekst) {
        self.niet_leeg(&format!("{veld}.nl"), &tekst.nl);
        self.niet_leeg(&format!("{veld}.en"), &tekst.en);
    }

    fn regels(&mut self, veld: &str, regels: &[String]) {
        if regels.is_empty() {
            self.fout(veld, "has no lines");
        }
        for (i, regel) in regels.iter().enumerate() {
            self.niet_leeg(&format!("{veld}[{i}]"), regel);
        }
    }

    fn id(&mut self, veld: &str, id: &str, gezien: &mut HashSet<String>) {
        if !is_slug(id) {
            self.fout(
                veld,
                format!("\"{id}\" is not an id (lowercase letters, digits and '-')"),
            );
        } else if !gezien.insert(id.to_owned()) {
            self.fout(veld, format!("id \"{id}\" is used twice"));
        }
    }

    fn email(&mut self, veld: &str, email: &str) {
        self.niet_leeg(veld, email);
        if !is_in_te_vullen(email) && !email.contains('@') {
            self.fout(veld, format!("\"{email}\" is not an e-mail address"));
        }
    }

    fn website(&mut self, veld: &str, website: &str) {
        if !is_in_te_vullen(website)
            && !website.starts_with("https://")
            && !website.starts_with("http://")
        {
            self.fout(veld, format!("\"{website}\" does not start with https://"));
        }
    }

    fn oplopend<T: Gedateerd>(&mut self, veld: &str, lijst: &[T]) {
        let data: Vec<Date> = lijst.iter().map(Gedateerd::geldig_vanaf).collect();
        self.data_oplopend(veld, &data);
    }

    fn data_oplopend(&mut self, veld: &str, data: &[Date]) {
        if let Some(i) = data.windows(2).position(|w| w[0] >= w[1]) {
            self.fout(
                &format!("{veld}[{}]", i + 1),
                "dates must be in order, oldest first, each once",
            );
        }
    }

    fn bedragen(&mut self, veld: &str, lijst: &[BedragVanaf], verplicht: bool) {
        if verplicht && lijst.is_empty() {
            self.fout(veld, "has no amounts");
        }
        for (i, b) in lijst.iter().enumerate() {
            self.positief(&format!("{veld}[{i}].centen"), b.centen.in_cent());
        }
        self.oplopend(veld, lijst);
    }

    fn positief(&mut self, veld: &str, waarde: i64) {
        if waarde <= 0 {
            self.fout(veld, format!("must be more than 0, is {waarde}"));
        }
    }
}

/// Whether a source is a placeholder: the profile's own mark, or words that say it is still to be filled in.
fn is_voorlopige_bron(bron: &str) -> bool {
    let klein = bron.to_lowercase();
    is_in_te_vullen(bron)
        || [
            "in te vullen",
            "nog invullen",
            "nog te bepalen",
            "todo",
            "tbd",
            "xxx",
        ]
        .iter()
        .any(|woord| klein.contains(woord))
}

/// An id or slug: lowercase ASCII letters, digits and '-', not empty. Stored in the database and in URLs.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// All rules at once; `Err` lists every problem, one per line.
/// A logo is one SVG drawing of reasonable size that runs nothing and loads nothing from elsewhere (the page's
/// content security policy would block it anyway; the profile check says so before it is served). Refused:
/// the script and style elements, any event attribute (`on...=`), `javascript:` and `data:` addresses,
/// character references (which could hide either), an `<image>` or `<foreignObject>`, and any address that
/// is not a reference inside the drawing (`#...`).
fn logo_svg(c: &mut Controle, svg: &str) {
    let klein = svg.to_ascii_lowercase();
    if !klein.trim_start().starts_with("<svg") || !klein.trim_end().ends_with("</svg>") {
        c.fout("logo.svg", "is not an SVG document (<svg ...>...</svg>)");
    }
    if svg.len() > super::Logo::MAX_BYTES {
        c.fout(
            "logo.svg",
            format!("is larger than {} bytes", super::Logo::MAX_BYTES),
        );
    }
    let elementen = ["script", "style"].map(|e| format!("<{e}"));
    if elementen.iter().any(|e| klein.contains(e.as_str()))
        || heeft_gebeurtenis(&klein)
        || ["javascript:", "data:", "&#"]
            .iter()
            .any(|s| klein.contains(s))
    {
        c.fout("logo.svg", "contains a script");
    }
    let zonder_naamruimte = klein
        .replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
        .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
    let adressen = zonder_naamruimte
        .split("href=")
        .skip(1)
        .any(|rest| !rest.trim_start_matches(['"', '\'']).starts_with('#'));
    if zonder_naamruimte.contains("://")
        || zonder_naamruimte.contains("url(") && !zonder_naamruimte.contains("url(#")
        || adressen
        || klein.contains("<image")
        || klein.contains("<foreignobject")
    {
        c.fout("logo.svg", "refers to something outside the drawing");
    }
}

/// An attribute `on<name>=` anywhere in the drawing (lower case): after a space, a tab, a new line or a `/`.
fn heeft_gebeurtenis(klein: &str) -> bool {
    let bytes = klein.as_bytes();
    klein.match_indices("on").any(|(i, _)| {
        let voor = i.checked_sub(1).map(|j| bytes[j]);
        let na = &klein[i + 2..];
        let naam_lengte = na.bytes().take_while(u8::is_ascii_alphabetic).count();
        matches!(voor, Some(b' ' | b'\t' | b'\n' | b'\r' | b'/'))
            && naam_lengte > 0
            && na[naam_lengte..].trim_start().starts_with('=')
    })
}

/// Periods that make sense, each scheme once, and a source for each.
fn bewaren(c: &mut Controle, b: &super::Bewaren) {
    c.niet_leeg("bewaren.bron", &b.bron);
    if b.concept_waarschuwing_dagen == 0 || b.concept_waarschuwing_dagen >= b.concept_dagen {
        c.fout(
            "bewaren.concept_waarschuwing_dagen",
            "must be at least 1 and less than concept_dagen",
        );
    }
    let mut gezien = HashSet::new();
    for (i, z) in b.zaken.iter().enumerate() {
        let pad = format!("bewaren.zaken[{i}]");
        if ![
            "wmo-melding",
            "blijverslening",
            "kindpakket",
            "uitdaagrecht",
        ]
        .contains(&z.regeling.as_str())
        {
            c.fout(
                &format!("{pad}.regeling"),
                format!("\"{}\" is no scheme", z.regeling),
            );
        } else if !gezien.insert(z.regeling.as_str()) {
            c.fout(
                &format!("{pad}.regeling"),
                format!("\"{}\" is listed twice", z.regeling),
            );
        }
        if z.jaren == 0 {
            c.fout(&format!("{pad}.jaren"), "must be at least 1");
        }
        c.niet_leeg(&format!("{pad}.bron"), &z.bron);
    }
}

pub(super) fn controleer(g: &Gemeente) -> Result<(), Vec<String>> {
    let mut c = Controle { fouten: Vec::new() };
    if !is_slug(&g.slug) {
        c.fout(
            "slug",
            format!(
                "\"{}\" is not a slug (lowercase letters, digits and '-')",
                g.slug
            ),
        );
    }
    c.niet_leeg("naam", &g.naam);
    if let Some(logo) = &g.logo {
        logo_svg(&mut c, &logo.svg);
        c.tekst("logo.alt", &logo.alt);
    }

    c.niet_leeg("contact.telefoon", &g.contact.telefoon);
    c.email("contact.email", &g.contact.email);
    c.website("contact.website", &g.contact.website);
    c.regels("contact.adres.post", &g.contact.adres.post);
    c.regels("contact.adres.bezoek", &g.contact.adres.bezoek);
    for (i, regel) in g.contact.openingstijden.iter().enumerate() {
        c.tekst(&format!("contact.openingstijden[{i}]"), regel);
    }
    c.niet_leeg("veilig_thuis.telefoon", &g.veilig_thuis.telefoon);
    if let Some(b) = &g.bewaren {
        bewaren(&mut c, b);
    }

    // The municipality must offer cliëntondersteuning (Wmo 2015 art. 2.2.4 lid 1); residents choose from this list.
    if g.clientondersteuning.is_empty() {
        c.fout("clientondersteuning", "lists no organisation");
    }
    let mut ids = HashSet::new();
    for (i, o) in g.clientondersteuning.iter().enumerate() {
        organisatie(&mut c, &format!("clientondersteuning[{i}]"), o, &mut ids);
    }

    let t = &g.termijnen;
    for (veld, waarde) in [
        ("persoonlijk_plan_dagen", t.persoonlijk_plan_dagen),
        ("onderzoek_weken", t.onderzoek_weken),
        ("besluit_weken", t.besluit_weken),
        ("bezwaar_weken", t.bezwaar_weken),
        ("verslag_dagen", t.verslag_dagen),
        ("spoed_uren", t.spoed_uren),
    ] {
        c.positief(&format!("termijnen.{veld}"), i64::from(waarde));
    }
    c.data_oplopend("feestdagen_gelijkgesteld", &g.feestdagen_gelijkgesteld);

    c.bedragen(
        "eigen_bijdrage.abonnementstarief_per_maand",
        &g.eigen_bijdrage.abonnementstarief_per_maand,
        true,
    );
    if g.bijstandsnormen.is_empty() {
        c.fout("bijstandsnormen", "has no norms");
    }
    for (i, n) in g.bijstandsnormen.iter().enumerate() {
        for (veld, waarde) in [
            ("alleenstaande_21_tot_aow", n.alleenstaande_21_tot_aow),
            ("gehuwden_21_tot_aow", n.gehuwden_21_tot_aow),
            ("alleenstaande_aow", n.alleenstaande_aow),
            ("gehuwden_aow", n.gehuwden_aow),
        ] {
            c.positief(&format!("bijstandsnormen[{i}].{veld}"), waarde.in_cent());
        }
    }
    c.oplopend("bijstandsnormen", &g.bijstandsnormen);

    if let Some(b) = &g.blijverslening {
        blijverslening(&mut c, b);
    }

    if let Some(k) = &g.kindpakket {
        kindpakket(&mut c, k);
        // Residents see the norm's source beside their income limit.
        for (i, n) in g.bijstandsnormen.iter().enumerate() {
            c.bron(&format!("bijstandsnormen[{i}].bron"), &n.bron);
        }
    }

    if c.fouten.is_empty() {
        Ok(())
    } else {
        Err(c.fouten)
    }
}

/// A part's income limits: a usual limit with a source from some day on, and a hardship limit (where the
/// part has one) that is never below the usual limit on a day either changes.
fn inkomensgrenzen(c: &mut Controle, onderdeel: &str, o: &KindpakketOnderdeel) {
    for (veld, lijst, verplicht) in [
        ("inkomensgrens", &o.inkomensgrens, true),
        (
            "inkomensgrens_schrijnend",
            &o.inkomensgrens_schrijnend,
            false,
        ),
    ] {
        let veld = format!("{onderdeel}.{veld}");
        if verplicht && lijst.is_empty() {
            c.fout(&veld, "has no entries");
        }
        for (i, p) in lijst.iter().enumerate() {
            c.positief(&format!("{veld}[{i}].basispunten"), p.basispunten.0);
            c.bron(&format!("{veld}[{i}].bron"), &p.bron);
        }
        c.oplopend(&veld, lijst);
    }
    for dag in o
        .inkomensgrens
        .iter()
        .chain(&o.inkomensgrens_schrijnend)
        .map(Gedateerd::geldig_vanaf)
    {
        if let (Some(gewoon), Some(schrijnend)) =
            (o.inkomensgrens_op(dag), o.inkomensgrens_schrijnend_op(dag))
            && schrijnend.basispunten < gewoon.basispunten
        {
            c.fout(
                &format!("{onderdeel}.inkomensgrens_schrijnend"),
                format!("is less than {onderdeel}.inkomensgrens on {dag}"),
            );
        }
    }
}

fn kindpakket(c: &mut Controle, k: &Kindpakket) {
    if k.leeftijd_kind_onder.is_empty() {
        c.fout("kindpakket.leeftijd_kind_onder", "has no entries");
    }
    for (i, l) in k.leeftijd_kind_onder.iter().enumerate() {
        let veld = format!("kindpakket.leeftijd_kind_onder[{i}]");
        c.positief(&format!("{veld}.jaren"), i64::from(l.jaren));
        c.bron(&format!("{veld}.bron"), &l.bron);
    }
    c.oplopend("kindpakket.leeftijd_kind_onder", &k.leeftijd_kind_onder);
    let mut ids = HashSet::new();
    for (i, o) in k.onderdelen.iter().enumerate() {
        let veld = format!("kindpakket.onderdelen[{i}]");
        c.id(&format!("{veld}.id"), &o.id, &mut ids);
        c.niet_leeg(&format!("{veld}.naam"), &o.naam);
        c.tekst(&format!("{veld}.omschrijving"), &o.omschrijving);
        if let Some(t) = &o.voor_kinderen {
            c.tekst(&format!("{veld}.voor_kinderen"), t);
        }
        inkomensgrenzen(c, &veld, o);
        for (j, b) in o.maximum_per_jaar.iter().enumerate() {
            c.positief(
                &format!("{veld}.maximum_per_jaar[{j}].centen"),
                b.centen.in_cent(),
            );
            c.bron(&format!("{veld}.maximum_per_jaar[{j}].bron"), &b.bron);
        }
        c.oplopend(&format!("{veld}.maximum_per_jaar"), &o.maximum_per_jaar);
    }
}

/// The blijverslening: every source given, limits that make sense, a budget and rates for every day.
fn blijverslening(c: &mut Controle, b: &Blijverslening) {
    let bronnen = &b.bronnen;
    for (veld, bron) in [
        ("eigenaar", &bronnen.eigenaar),
        ("bewoner", &bronnen.bewoner),
        ("werk_gedaan", &bronnen.werk_gedaan),
        ("budget_op", &bronnen.budget_op),
        ("kosten", &bronnen.kosten),
        ("afwijzen", &bronnen.afwijzen),
    ] {
        c.bron(&format!("blijverslening.bronnen.{veld}"), bron);
    }
    let a = &b.aflossing;
    c.positief(
        "blijverslening.aflossing.consumptief_jaren",
        i64::from(a.consumptief_jaren),
    );
    c.positief(
        "blijverslening.aflossing.hypothecair_jaren",
        i64::from(a.hypothecair_jaren),
    );
    c.bron("blijverslening.aflossing.bron", &a.bron);
    if b.regels.is_empty() {
        c.fout("blijverslening.regels", "has no rules");
    }
    for (i, r) in b.regels.iter().enumerate() {
        let veld = format!("blijverslening.regels[{i}]");
        c.positief(
            &format!("{veld}.consumptief_jonger_dan.jaren"),
            i64::from(r.consumptief_jonger_dan.jaren),
        );
        c.bron(
            &format!("{veld}.consumptief_jonger_dan.bron"),
            &r.consumptief_jonger_dan.bron,
        );
        for (naam, grenzen) in [
            ("consumptief", &r.consumptief),
            ("hypothecair", &r.hypothecair),
        ] {
            c.positief(&format!("{veld}.{naam}.minimum"), grenzen.minimum.in_cent());
            if grenzen.maximum < grenzen.minimum {
                c.fout(
                    &format!("{veld}.{naam}.maximum"),
                    "is less than the minimum",
                );
            }
            c.bron(&format!("{veld}.{naam}.bron"), &grenzen.bron);
        }
    }
    c.oplopend("blijverslening.regels", &b.regels);
    if b.jaarbudget.is_empty() {
        c.fout("blijverslening.jaarbudget", "has no amounts");
    }
    for (i, j) in b.jaarbudget.iter().enumerate() {
        c.positief(
            &format!("blijverslening.jaarbudget[{i}].centen"),
            j.centen.in_cent(),
        );
        c.bron(&format!("blijverslening.jaarbudget[{i}].bron"), &j.bron);
    }
    c.oplopend("blijverslening.jaarbudget", &b.jaarbudget);
    if b.rente.is_empty() {
        c.fout("blijverslening.rente", "has no rates");
    }
    for (i, r) in b.rente.iter().enumerate() {
        for (veld, waarde) in [
            ("consumptief_10_jaar", r.consumptief_10_jaar),
            ("hypothecair_10_jaar", r.hypothecair_10_jaar),
            ("hypothecair_20_jaar", r.hypothecair_20_jaar),
        ] {
            if waarde.0 < 0 {
                c.fout(&format!("blijverslening.rente[{i}].{veld}"), "is negative");
            }
        }
        c.bron(&format!("blijverslening.rente[{i}].bron"), &r.bron);
    }
    c.oplopend("blijverslening.rente", &b.rente);
}

fn organisatie(c: &mut Controle, veld: &str, o: &Organisatie, ids: &mut HashSet<String>) {
    c.id(&format!("{veld}.id"), &o.id, ids);
    c.niet_leeg(&format!("{veld}.naam"), &o.naam);
    c.tekst(&format!("{veld}.omschrijving"), &o.omschrijving);
    if let Some(telefoon) = &o.telefoon {
        c.niet_leeg(&format!("{veld}.telefoon"), telefoon);
    }
    if let Some(email) = &o.email {
        c.email(&format!("{veld}.email"), email);
    }
    if let Some(website) = &o.website {
        c.website(&format!("{veld}.website"), website);
    }
}
