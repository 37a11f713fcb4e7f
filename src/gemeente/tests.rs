use time::macros::date;

use super::*;
use crate::geld::Bedrag;
use crate::i18n::Lang;

const LANSINGERLAND: &str = include_str!("profielen/lansingerland.toml");

fn bedrag(geldig_vanaf: Date, centen: i64) -> BedragVanaf {
    BedragVanaf {
        geldig_vanaf,
        centen: Bedrag::cent(centen),
    }
}

#[test]
fn every_builtin_profile_loads_and_validates() {
    assert_eq!(Gemeente::builtin_slugs(), ["lansingerland", "het-hogeland"]);
    for slug in Gemeente::builtin_slugs() {
        let g = Gemeente::builtin(slug).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&g.slug, slug);
        assert!(!g.clientondersteuning.is_empty());
        assert_eq!(g.veilig_thuis.telefoon, "0800-2000");
        assert_eq!(g.termijnen.persoonlijk_plan_dagen, 7);
        assert_eq!(g.termijnen.onderzoek_weken, 6);
        assert_eq!(g.termijnen.besluit_weken, 2);
        assert_eq!(g.termijnen.bezwaar_weken, 6);
        assert_eq!(g.termijnen.verslag_dagen, 10);
        assert_eq!(g.termijnen.spoed_uren, 48);
        assert!(g.is_gelijkgestelde_feestdag(date!(2026 - 05 - 15)));
        assert!(!g.is_gelijkgestelde_feestdag(date!(2026 - 05 - 14)));
    }
    assert!(Gemeente::builtin("amsterdam").is_err());
}

#[test]
fn lansingerland_holds_its_own_rules() {
    let g = Gemeente::builtin("lansingerland").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(g.naam, "Lansingerland");
    assert_eq!(g.contact.telefoon, "14 010");
    assert_eq!(g.procedure.meldingsdatum, Meldingsdatum::EersteGesprek);
    assert_eq!(
        g.organisatie("gemeente").map(|o| o.naam.as_str()),
        Some("Gemeente Lansingerland")
    );
    let b = g
        .blijverslening
        .as_ref()
        .unwrap_or_else(|| panic!("blijverslening"));
    let r = b
        .regels_op(date!(2026 - 11 - 23))
        .unwrap_or_else(|| panic!("regels"));
    assert_eq!(
        (r.consumptief.minimum, r.consumptief.maximum),
        (Bedrag::cent(250_000), Bedrag::cent(1_000_000))
    );
    assert_eq!(r.hypothecair.maximum, Bedrag::cent(3_000_000));
    assert_eq!(r.consumptief_jonger_dan.jaren, 76);
    assert!(r.consumptief.bron.contains("4:15d"));
    assert!(b.regels_op(date!(2017 - 12 - 31)).is_none());
    assert!(
        b.budget_op(date!(2026 - 01 - 01))
            .is_some_and(|j| j.bron.contains("4:15c"))
    );
    assert!(b.bronnen.werk_gedaan.contains("4:15e"));
    assert_eq!(
        b.jaarbudget_op(date!(2018 - 06 - 01)),
        Some(Bedrag::cent(7_537_500))
    );
    assert_eq!(
        b.rente_op(date!(2017 - 11 - 01))
            .map(|r| r.consumptief_10_jaar),
        Some(Basispunten(280))
    );
    let k = g
        .kindpakket
        .as_ref()
        .unwrap_or_else(|| panic!("kindpakket"));
    let op = date!(2026 - 01 - 01);
    let grens = k.inkomensgrens_op(op).unwrap_or_else(|| panic!("limit"));
    assert_eq!(
        grens.basispunten.van(Bedrag::cent(128_383)),
        Bedrag::cent(141_221)
    );
    assert!(grens.bron.contains("110 %"), "{}", grens.bron);
    assert_eq!(
        k.inkomensgrens_schrijnend_op(op).map(|p| p.basispunten),
        Some(Basispunten(13_000))
    );
    // Each part its own limit: the hardship limit is Stichting Leergeld's, so the parts it gives have it and
    // the funds do not.
    for (id, schrijnend) in [
        ("leergeld", Some(Basispunten(13_000))),
        ("kindpas", Some(Basispunten(13_000))),
        ("jarige-job", Some(Basispunten(13_000))),
        ("jeugdsportfonds", None),
        ("jeugdcultuurfonds", None),
        ("rotterdampas", None),
    ] {
        let o = k.onderdeel(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(
            o.inkomensgrens_op(op).map(|p| p.basispunten),
            Some(Basispunten(11_000)),
            "{id}"
        );
        let s = o.inkomensgrens_schrijnend_op(op);
        assert_eq!(s.map(|p| p.basispunten), schrijnend, "{id}");
        assert!(s.is_none_or(|p| p.bron.contains("Leergeld")), "{id}");
    }
    assert!(k.inkomensgrens_op(date!(2016 - 12 - 31)).is_none());
    let leeftijd = k
        .leeftijd_kind_onder_op(op)
        .unwrap_or_else(|| panic!("age"));
    assert_eq!(leeftijd.jaren, 18);
    assert!(leeftijd.bron.contains("Keuze van de gemeente"));
    let kindpas = k
        .onderdeel("kindpas")
        .and_then(|o| o.maximum_op(op))
        .unwrap_or_else(|| panic!("kindpas"));
    assert_eq!(kindpas.centen, Bedrag::cent(8_500));
    assert!(!kindpas.bron.is_empty());
    assert_eq!(
        k.onderdeel("jeugdsportfonds")
            .and_then(|o| o.maximum_op(date!(2016 - 12 - 31))),
        None
    );
    assert_eq!(
        g.bijstandsnormen_op(op).map(|n| n.bron.as_str()),
        Some("Participatiewet, normen per 1 juli 2025 inclusief vakantiegeld")
    );
    assert_eq!(
        g.abonnementstarief_op(date!(2026 - 03 - 01)),
        Some(Bedrag::cent(1_900))
    );
    // The sources give no opening hours: a placeholder, listed and hidden.
    assert!(
        g.in_te_vullen()
            .contains(&"contact.openingstijden[0].nl".to_owned())
    );
    assert_eq!(ingevuld(&g.contact.openingstijden[0].nl), None);
    assert_eq!(ingevuld(&g.contact.telefoon), Some("14 010"));
}

#[test]
fn het_hogeland_lists_its_three_organisations() {
    let g = Gemeente::builtin("het-hogeland").unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = g
        .clientondersteuning
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(ids, ["mensenwerk", "doventolk", "sensoor"]);
    assert_eq!(g.procedure.meldingsdatum, Meldingsdatum::Ontvangst);
    assert!(g.blijverslening.is_none() && g.kindpakket.is_none());
    assert!(g.in_te_vullen().contains(&"contact.telefoon".to_owned()));
    assert!(
        g.in_te_vullen()
            .contains(&"clientondersteuning[2].telefoon".to_owned())
    );
}

#[test]
fn an_edited_copy_loads_from_a_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("mijn-gemeente.toml");
    let bewerkt = LANSINGERLAND
        .replace("slug = \"lansingerland\"", "slug = \"mijn-gemeente\"")
        .replace("naam = \"Lansingerland\"", "naam = \"Mijn Gemeente\"")
        .replace(
            "2025-05-30, 2026-01-02,",
            "2025-05-30, 2025-12-29, 2026-01-02,",
        );
    std::fs::write(&path, bewerkt).unwrap_or_else(|e| panic!("{e}"));
    let g = Gemeente::from_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (g.slug.as_str(), g.naam.as_str()),
        ("mijn-gemeente", "Mijn Gemeente")
    );
    assert!(g.is_gelijkgestelde_feestdag(date!(2025 - 12 - 29)));
}

#[test]
fn an_invalid_file_names_the_file_and_the_field() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("fout.toml");
    let fout = LANSINGERLAND
        .replace("naam = \"Lansingerland\"", "naam = \" \"")
        .replace("centen = 1900", "centen = -1900")
        .replace("2024-12-27, 2025-05-30", "2025-05-30, 2024-12-27");
    std::fs::write(&path, fout).unwrap_or_else(|e| panic!("{e}"));
    let fout = Gemeente::from_file(&path).err().unwrap_or_default();
    assert!(fout.contains("fout.toml: field `naam`: is empty"), "{fout}");
    assert!(
        fout.contains(
            "field `eigen_bijdrage.abonnementstarief_per_maand[0].centen`: must be more than 0"
        ),
        "{fout}"
    );
    assert!(
        fout.contains("field `feestdagen_gelijkgesteld[4]`: dates must be in order"),
        "{fout}"
    );
}

#[test]
fn duplicate_ids_unknown_fields_and_bad_dates_are_refused() {
    let dubbel = LANSINGERLAND.replace("id = \"kindpas\"", "id = \"leergeld\"");
    let fout = Gemeente::from_toml(&dubbel, "dubbel.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.contains(
            "dubbel.toml: field `kindpakket.onderdelen[3].id`: id \"leergeld\" is used twice"
        ),
        "{fout}"
    );

    let tikfout = LANSINGERLAND.replace(
        "telefoon = \"14 010\"\nemail",
        "telefon = \"14 010\"\nemail",
    );
    let fout = Gemeente::from_toml(&tikfout, "tikfout.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.starts_with("tikfout.toml: ") && fout.contains("telefon"),
        "{fout}"
    );

    let tekst = LANSINGERLAND.replace("[2023-04-28,", "[\"2023-04-28\",");
    let fout = Gemeente::from_toml(&tekst, "tekst.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.starts_with("tekst.toml: ") && fout.contains("feestdagen_gelijkgesteld"),
        "{fout}"
    );

    let zonder_bron = LANSINGERLAND.replace(
        "bron = \"Participatiewet, normen per 1 januari 2024 inclusief vakantiegeld\"",
        "bron = \" \"",
    );
    let fout = Gemeente::from_toml(&zonder_bron, "bron.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.contains("field `bijstandsnormen[0].bron`: is empty"),
        "{fout}"
    );
    let omgekeerd = LANSINGERLAND.replace("basispunten = 13000", "basispunten = 10000");
    let fout = Gemeente::from_toml(&omgekeerd, "grens.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.contains("field `kindpakket.onderdelen[2].inkomensgrens_schrijnend`: is less than"),
        "{fout}"
    );
    let zonder_grens = LANSINGERLAND.replacen(
        "inkomensgrens = [\n    { geldig_vanaf = 2017-01-01, basispunten = 11000, bron = \"Gemeente Lansingerland, Kindpakket: inkomen tot 110 % van de bijstand\" },\n]\n",
        "",
        1,
    );
    assert_ne!(zonder_grens, LANSINGERLAND);
    let fout = Gemeente::from_toml(&zonder_grens, "grens.toml")
        .err()
        .unwrap_or_default();
    assert!(fout.contains("missing field `inkomensgrens`"), "{fout}");

    let fout = Gemeente::from_file(Path::new("/bestaat/niet.toml"))
        .err()
        .unwrap_or_default();
    assert!(fout.starts_with("/bestaat/niet.toml: "), "{fout}");
}

#[test]
fn the_amount_on_a_date_changes_on_the_first_day_of_the_next_entry() {
    let lijst = [
        bedrag(date!(2024 - 01 - 01), 1_750),
        bedrag(date!(2025 - 01 - 01), 1_900),
    ];
    assert_eq!(bedrag_op(&lijst, date!(2023 - 12 - 31)), None);
    assert_eq!(
        bedrag_op(&lijst, date!(2024 - 01 - 01)),
        Some(Bedrag::cent(1_750))
    );
    assert_eq!(
        bedrag_op(&lijst, date!(2024 - 12 - 31)),
        Some(Bedrag::cent(1_750))
    );
    assert_eq!(
        bedrag_op(&lijst, date!(2025 - 01 - 01)),
        Some(Bedrag::cent(1_900))
    );
    assert_eq!(
        bedrag_op(&lijst, date!(2099 - 01 - 01)),
        Some(Bedrag::cent(1_900))
    );
    assert_eq!(bedrag_op(&[], date!(2025 - 01 - 01)), None);
}

#[test]
fn social_assistance_norms_by_date() {
    let g = Gemeente::builtin("lansingerland").unwrap_or_else(|e| panic!("{e}"));
    assert!(g.bijstandsnormen_op(date!(2023 - 12 - 31)).is_none());
    let alleen = |op| g.bijstandsnormen_op(op).map(|n| n.alleenstaande_21_tot_aow);
    assert_eq!(alleen(date!(2024 - 01 - 01)), Some(Bedrag::cent(128_383)));
    assert_eq!(alleen(date!(2024 - 06 - 30)), Some(Bedrag::cent(128_383)));
    assert_eq!(alleen(date!(2024 - 07 - 01)), Some(Bedrag::cent(130_845)));
    assert_eq!(alleen(date!(2025 - 01 - 01)), Some(Bedrag::cent(134_545)));
    assert_eq!(alleen(date!(2025 - 07 - 01)), Some(Bedrag::cent(136_906)));
    // Every 1 January and 1 July from the first norm on has its own entry.
    let dagen: Vec<Date> = g.bijstandsnormen.iter().map(|n| n.geldig_vanaf).collect();
    assert_eq!(
        dagen,
        [
            date!(2024 - 01 - 01),
            date!(2024 - 07 - 01),
            date!(2025 - 01 - 01),
            date!(2025 - 07 - 01)
        ]
    );
}

#[test]
fn norms_more_than_seven_months_old_are_reported() {
    let g = Gemeente::builtin("lansingerland").unwrap_or_else(|e| panic!("{e}"));
    // The newest norm is of 1 July 2025: seven months later is 1 February 2026, still current that day.
    assert_eq!(g.bijstandsnormen_verouderd(date!(2025 - 12 - 31)), None);
    assert_eq!(g.bijstandsnormen_verouderd(date!(2026 - 02 - 01)), None);
    assert_eq!(
        g.bijstandsnormen_verouderd(date!(2026 - 02 - 02)),
        Some(date!(2025 - 07 - 01))
    );
    assert_eq!(
        g.bijstandsnormen_verouderd(date!(2026 - 12 - 05)),
        Some(date!(2025 - 07 - 01))
    );
}

#[test]
fn a_blijverslening_rule_without_a_source_or_with_crossed_limits_is_refused() {
    let fout = LANSINGERLAND
        .replace(
            "bron = \"SVn, rentetarieven van 30 oktober 2017\"",
            "bron = \" \"",
        )
        .replace(
            "minimum = 250000, maximum = 1000000",
            "minimum = 250000, maximum = 100000",
        );
    let fout = Gemeente::from_toml(&fout, "blijf.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.contains("field `blijverslening.rente[1].bron`: is empty"),
        "{fout}"
    );
    assert!(
        fout.contains(
            "field `blijverslening.regels[0].consumptief.maximum`: is less than the minimum"
        ),
        "{fout}"
    );
}

#[test]
fn a_logo_that_runs_or_loads_anything_is_refused() {
    let met = |svg: &str| {
        LANSINGERLAND.replacen(
            &LANSINGERLAND[LANSINGERLAND.find("svg = \"\"\"").unwrap_or(0)..]
                .split('\n')
                .next()
                .unwrap_or_default()
                .to_owned(),
            &format!("svg = \"\"\"{svg}\"\"\""),
            1,
        )
    };
    let goed =
        met("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");
    assert!(Gemeente::from_toml(&goed, "logo.toml").is_ok());
    let met_script = format!("<svg><{0}>alert(1)</{0}></svg>", "script");
    for (svg, fout) in [
        (met_script.as_str(), "contains a script"),
        ("<svg onload=\"x()\"></svg>", "contains a script"),
        ("<svg/onload=x()></svg>", "contains a script"),
        (
            "<svg\n onanimationstart = \"x()\"></svg>",
            "contains a script",
        ),
        (
            "<svg><a href=\"java&#x73;cript:x()\">a</a></svg>",
            "contains a script",
        ),
        (
            "<svg><use href=\"data:image/svg+xml,x\"/></svg>",
            "contains a script",
        ),
        (
            "<svg><rect style=\"fill:url(//elders.example/a)\"/></svg>",
            "outside the drawing",
        ),
        (
            "<svg><use href=\"/static/ander.svg#a\"/></svg>",
            "outside the drawing",
        ),
        (
            "<svg><image href=\"https://elders.example/a.png\"/></svg>",
            "outside the drawing",
        ),
        ("<p>geen tekening</p>", "is not an SVG document"),
    ] {
        let e = Gemeente::from_toml(&met(svg), "logo.toml")
            .err()
            .unwrap_or_default();
        assert!(
            e.contains("field `logo.svg`") && e.contains(fout),
            "{svg}: {e}"
        );
    }
    let g = Gemeente::builtin("lansingerland").unwrap_or_else(|e| panic!("{e}"));
    let logo = g
        .logo
        .unwrap_or_else(|| panic!("the default profile has a logo"));
    assert!(logo.href.starts_with("/static/logo.") && logo.href.ends_with(".svg"));
    assert_eq!(logo.alt.nl, "Gemeente Lansingerland");
}

#[test]
fn a_rule_whose_source_is_a_placeholder_is_refused() {
    let bron = "bron = \"Keuze van de gemeente: kinderen tot 18 jaar. Tot 18 jaar is een kind minderjarig \
                (Burgerlijk Wetboek Boek 1, artikel 233).\"";
    assert!(LANSINGERLAND.contains(bron));
    for plaatshouder in [
        "Keuze van de gemeente: kinderen tot 18 jaar (nog in te vullen door de gemeente)",
        "IN TE VULLEN: de bron van de leeftijdsgrens",
    ] {
        let profiel = LANSINGERLAND.replace(bron, &format!("bron = \"{plaatshouder}\""));
        let fout = Gemeente::from_toml(&profiel, "kind.toml")
            .err()
            .unwrap_or_default();
        assert!(
            fout.contains(&format!(
                "kind.toml: field `kindpakket.leeftijd_kind_onder[0].bron`: \"{plaatshouder}\" is a placeholder, not a source"
            )),
            "{fout}"
        );
    }
    let geen_bron = LANSINGERLAND.replace(
        "bron = \"Verordening Sociaal Domein Lansingerland 2018, artikel 4:15c, lid 1\"",
        "bron = \"\"",
    );
    let fout = Gemeente::from_toml(&geen_bron, "budget.toml")
        .err()
        .unwrap_or_default();
    assert!(
        fout.contains("field `blijverslening.jaarbudget[0].bron`: is empty"),
        "{fout}"
    );
}

#[test]
fn no_builtin_profile_shows_a_placeholder_as_a_source() {
    for slug in Gemeente::builtin_slugs() {
        let bron = BUILTIN.iter().find(|(s, _)| s == slug).map(|(_, b)| *b);
        let bron = bron.unwrap_or_default().to_lowercase();
        assert!(!bron.contains("nog in te vullen"), "{slug}");
    }
}

/// A text the municipality wrote in some languages only: the others read the Dutch text, marked as Dutch.
#[test]
fn a_text_without_a_translation_is_shown_in_dutch_and_marked() {
    let tekst = super::Tekst {
        nl: "Wij helpen u graag.".into(),
        en: "We are glad to help.".into(),
        tr: Some("Size yardım etmekten memnuniyet duyarız.".into()),
        ar: None,
        pl: Some("IN TE VULLEN".into()),
        uk: Some(" ".into()),
    };
    assert_eq!(
        tekst.met_taal(Lang::Tr),
        ("Size yardım etmekten memnuniyet duyarız.", Lang::Tr)
    );
    for lang in [Lang::Ar, Lang::Pl, Lang::Uk] {
        assert_eq!(tekst.met_taal(lang), ("Wij helpen u graag.", Lang::Nl));
    }
    assert_eq!(
        tekst.html(Lang::Ar).into_string(),
        r#"<span lang="nl" dir="ltr">Wij helpen u graag.</span>"#
    );
    assert_eq!(tekst.html(Lang::En).into_string(), "We are glad to help.");
}
