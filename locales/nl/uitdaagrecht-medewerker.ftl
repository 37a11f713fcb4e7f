# Het uitdaagrecht voor medewerkers: lijst, beoordeling in stappen, vragen en besluit.

uitdaagrecht-medewerker-titel = Uitdaagrecht: voorstellen
uitdaagrecht-medewerker-intro = Open voorstellen eerst, het oudste bovenaan. Daarna de voorstellen met een besluit.
uitdaagrecht-medewerker-leeg = Er zijn geen voorstellen.
uitdaagrecht-medewerker-caption = { $aantal ->
        [one] { $aantal } voorstel
       *[other] { $aantal } voorstellen
    }
uitdaagrecht-medewerker-kolom-voorstel = Voorstel
uitdaagrecht-medewerker-kolom-initiatief = Initiatief
uitdaagrecht-medewerker-kolom-status = Status
uitdaagrecht-medewerker-kolom-verstuurd = Verstuurd
uitdaagrecht-medewerker-detail-titel = Voorstel { $referentie }
uitdaagrecht-medewerker-openbaar = Het initiatief heeft dit voorstel openbaar gemaakt. Uw besluit en uitleg komen op de openbare pagina.
uitdaagrecht-medewerker-niet-openbaar = Het voorstel is niet openbaar. Alleen de leden lezen uw besluit.
uitdaagrecht-medewerker-initiatief = Het initiatief
uitdaagrecht-medewerker-geen-vragen = Nog geen vragen gesteld.
uitdaagrecht-medewerker-wacht-op-antwoord = Nog geen antwoord.
uitdaagrecht-medewerker-gesprek-titel = In gesprek gaan
uitdaagrecht-medewerker-gesprek-knop = Status naar in gesprek, bericht versturen
uitdaagrecht-medewerker-vraag-titel = Een vraag stellen
uitdaagrecht-medewerker-vraag-knop = Vraag versturen
uitdaagrecht-medewerker-besluit-titel = Besluiten
uitdaagrecht-medewerker-besluit-knop = Besluit vastleggen en versturen
uitdaagrecht-medewerker-te-laat = Niet vastgelegd: een collega heeft het voorstel intussen een stap verder gebracht. Hieronder ziet u hoe het er nu voor staat.
uitdaagrecht-bericht-label = Bericht aan het initiatief
uitdaagrecht-bericht-hint = Bijvoorbeeld wanneer en waar het gesprek is, en wie erbij zijn. Alle leden krijgen dit bericht.
uitdaagrecht-bericht-leeg = Schrijf een bericht aan het initiatief.
uitdaagrecht-vraag-label = Uw vraag
uitdaagrecht-vraag-hint = Het initiatief beantwoordt de vraag in het loket. U ziet het antwoord hier.
uitdaagrecht-vraag-leeg = Schrijf uw vraag.
uitdaagrecht-uitkomst-label = Besluit
uitdaagrecht-uitkomst-leeg = Kies een besluit.
uitdaagrecht-toelichting-label = Uitleg van het besluit
uitdaagrecht-toelichting-hint = Schrijf waarom de gemeente zo besluit. Bij een openbaar voorstel leest iedereen deze uitleg.
uitdaagrecht-toelichting-leeg = Schrijf de uitleg van het besluit.
uitdaagrecht-gebeurtenis-ingediend = Het voorstel is verstuurd.
uitdaagrecht-gebeurtenis-gesprek = De gemeente nodigt het initiatief uit voor een gesprek.
uitdaagrecht-gebeurtenis-vraag = De gemeente stelt een vraag.
uitdaagrecht-gebeurtenis-antwoord = Het initiatief geeft antwoord.
uitdaagrecht-gebeurtenis-besloten = Besluit: { $uitkomst }
