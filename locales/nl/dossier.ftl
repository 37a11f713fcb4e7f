## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = Uw dossier
dossier-titel-namens = Dossier van { $naam }
dossier-nummer = Het nummer van uw melding is { $referentie }.
dossier-intro = Hier ziet u wat er met uw vraag om hulp gebeurt. En wat er hierna komt.
dossier-terug = Terug naar uw dossier
dossier-te-lang = Dit is te lang. Gebruik hoogstens { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }. U heeft er { $teveel } te veel.

dossier-klaar-antwoord = De gemeente heeft uw antwoord ontvangen.
dossier-klaar-reactie = De gemeente heeft uw reactie ontvangen. Uw reactie staat nu onder het verslag.
dossier-klaar-document = De gemeente heeft uw document ontvangen.
dossier-klaar-bezwaar = De gemeente heeft uw bezwaar ontvangen. De gemeente neemt contact met u op.
dossier-klaar-ingebrekestelling = De gemeente heeft uw ingebrekestelling ontvangen.

# The next date, on the dossier and in Mijn loket.
dossier-volgende-gesprek = Uw gesprek met de gemeente is op { $datum }.
dossier-volgende-vraag = De gemeente heeft een vraag aan u. Stuur uw antwoord vóór { $datum }.
dossier-volgende-bezwaar = Bent u het niet eens met het besluit? U kunt { $begrip } maken tot en met { $datum }.
dossier-volgende-onderzoek = De gemeente doet het { $begrip } uiterlijk op { $datum }.
dossier-volgende-verslag = U krijgt het { $begrip } uiterlijk op { $datum }.
dossier-volgende-besluit = U krijgt uiterlijk op { $datum } een { $begrip }.
dossier-volgende-beslissing-bezwaar = De gemeente beslist uiterlijk op { $datum } over uw { $begrip }.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = Het gesprek van { $naam } met de gemeente is op { $datum }.
dossier-volgende-namens-vraag = De gemeente heeft een vraag aan { $naam }. Stuur het antwoord vóór { $datum }.
dossier-volgende-namens-bezwaar = Is { $naam } het niet eens met het besluit? { $naam } kan { $begrip } maken tot en met { $datum }.
dossier-volgende-namens-onderzoek = De gemeente doet het { $begrip } met { $naam } uiterlijk op { $datum }.
dossier-volgende-namens-verslag = { $naam } krijgt het { $begrip } uiterlijk op { $datum }.
dossier-volgende-namens-besluit = { $naam } krijgt uiterlijk op { $datum } een { $begrip }.
dossier-volgende-namens-beslissing-bezwaar = De gemeente beslist uiterlijk op { $datum } over het { $begrip } van { $naam }.
dossier-mijn-loket-link = Bekijk uw dossier
dossier-mijn-loket-link-namens = Bekijk het dossier van { $naam }

dossier-te-laat = De gemeente is te laat met het besluit over uw aanvraag.
dossier-te-laat-link = Wat kunt u doen als de gemeente te laat is?

dossier-vragen-titel = Vragen van de gemeente
dossier-vraag-voor = Stuur uw antwoord vóór { $datum }.
dossier-vraag-beantwoorden = Beantwoord deze vraag

# The timeline. The state is said in words before each step.
dossier-stappen-titel = Wat er gebeurt
dossier-uiterlijk = Uiterlijk op { $datum }
dossier-fase-ontvangen = Melding ontvangen
dossier-fase-gesprek-gepland = Afspraak voor het gesprek
dossier-fase-onderzocht = Gesprek en onderzoek
dossier-fase-verslag = Verslag van het gesprek
dossier-fase-aanvraag = Aanvraag
dossier-fase-besloten = Besluit
dossier-fase-gesloten = Afgesloten
dossier-stap-ontvangen = De gemeente heeft uw { $begrip } ontvangen.
dossier-stap-ontvangen-nu = De gemeente neemt contact met u op. Dan maakt u samen een afspraak voor een gesprek.
dossier-stap-gesprek = Het gesprek is op { $datum } om { $tijd }.
dossier-stap-gesprek-was = Het gesprek was op { $datum }.
dossier-stap-gesprek-hierna = De gemeente maakt een afspraak met u voor een gesprek.
dossier-plaats-thuis = Het gesprek is bij u thuis.
dossier-plaats-gemeentehuis = Het gesprek is op het gemeentehuis.
dossier-plaats-telefoon = Het gesprek is aan de telefoon. De gemeente belt u.
dossier-plaats-beeldbellen = Het gesprek is met beeldbellen.
dossier-stap-onderzocht = U had het gesprek met de gemeente. Zo deed de gemeente het { $begrip }.
dossier-stap-onderzoek-hierna = In het gesprek kijkt de gemeente wat u nodig heeft. Dat is het { $begrip }. De wet zegt: dat duurt hoogstens { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na uw melding.
dossier-stap-onderzoek-hierna-gesprek = In het gesprek kijkt de gemeente wat u nodig heeft. Dat is het { $begrip }. De wet zegt: dat duurt hoogstens { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na het eerste gesprek.
dossier-stap-verslag = De gemeente heeft het { $begrip } van het gesprek naar u gestuurd.
dossier-stap-verslag-link = Lees het verslag en reageer
dossier-stap-verslag-hierna = Na het gesprek schrijft de gemeente op wat u besprak. U krijgt dat { $begrip } binnen { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    }.
dossier-stap-aanvraag = De gemeente heeft uw { $begrip } ontvangen.
dossier-stap-aanvraag-hierna = Na het verslag vraagt u de hulp aan. Dat is uw { $begrip }.
dossier-stap-besluit = De gemeente heeft een { $begrip } genomen.
dossier-stap-besluit-link = Lees wat de gemeente besloot
dossier-stap-besluit-hierna = De gemeente beslist over uw aanvraag. U krijgt een { $begrip }. De wet zegt: dat gebeurt binnen { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na uw aanvraag.
dossier-stap-verdaagd = De gemeente heeft meer tijd nodig. De reden: { $reden }
dossier-stap-bezwaar = U maakte { $begrip } op { $datum }.
dossier-stap-gesloten = De gemeente heeft uw { $begrip } afgesloten.
dossier-stap-gesloten-hierna = Als alles klaar is, sluit de gemeente uw { $begrip } af.

dossier-dwangsom-titel = Uw ingebrekestelling
dossier-dwangsom-ontvangen = De gemeente kreeg uw { $begrip } op { $datum }.
dossier-dwangsom-wachten = De gemeente mag nog beslissen tot en met { $datum }. Dan hoeft zij u niets te betalen.
dossier-dwangsom-loopt = De gemeente heeft toen nog niet beslist. Daarom betaalt zij u een { $begrip }. Die telt sinds { $datum }.
dossier-dwangsom-bedrag = Tot nu toe is dat { $bedrag }. Dat is voor { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    }.

dossier-documenten-titel = Documenten
dossier-documenten-geen = Er zijn nog geen documenten.
dossier-document-over = ({ $soort }, { $datum })
dossier-document-verslag = verslag
dossier-document-besluit = brief met het besluit
dossier-document-inwoner = van u
dossier-document-gemeente = van de gemeente
dossier-uploaden-link = Stuur de gemeente een document

dossier-meer-titel = Meer over uw melding
dossier-inzage-link = Wie heeft uw dossier bekeken?
dossier-bewijs-link = Bekijk wat u de gemeente stuurde
dossier-plan-link = Uw eigen plan

dossier-vraag-titel = Vraag van de gemeente
dossier-vraag-wacht = Zolang u niet antwoordt, telt de tijd voor het { $begrip } niet door.
dossier-antwoord-label = Uw antwoord
dossier-antwoord-hint = U kunt ook een bestand sturen. Of allebei.
dossier-antwoord-bestand = Bestand (als u dat wilt)
dossier-antwoord-knop = Stuur uw antwoord
dossier-antwoord-leeg = Schrijf uw antwoord. Of kies een bestand.

dossier-verslag-titel = Verslag van het gesprek
dossier-verslag-intro = Dit schreef de gemeente op na het gesprek met u. U kreeg dit { $begrip } op { $datum }. Klopt er iets niet? Of mist u iets? Schrijf het hieronder.
dossier-verslag-tekst = Wat de gemeente opschreef
dossier-verslag-pdf = Download het verslag (PDF)
dossier-reacties-titel = Uw reacties
dossier-reactie-op = Uw reactie van { $datum }
dossier-reactie-titel = Reageer op het verslag
dossier-reactie-label = Uw reactie
dossier-reactie-hint = Uw reactie komt onder het verslag. Het verslag zelf blijft zoals het is.
dossier-reactie-knop = Stuur uw reactie
dossier-reactie-leeg = Schrijf uw reactie.

dossier-uploaden-titel = Stuur een document
dossier-uploaden-intro = Wilt u de gemeente iets sturen over uw { $begrip }? Bijvoorbeeld een brief van uw dokter? Dat kan hier.
dossier-uploaden-kies = Kies het bestand
dossier-uploaden-knop = Stuur het document

dossier-besluit-titel = Wat de gemeente besloot
dossier-besluit-intro = De gemeente stuurde u het { $begrip } op { $datum }. Hier leest u wat erin staat.
dossier-besluit-brief = Download de brief met het besluit
dossier-besluit-motivering = Uitleg van de gemeente
dossier-besluit-bezwaar-titel = Bent u het er niet mee eens?
dossier-uitkomst-toegekend = U krijgt deze hulp
dossier-uitkomst-gedeeltelijk = U krijgt een deel van deze hulp
dossier-uitkomst-afgewezen = U krijgt deze hulp niet
dossier-regel-wat = Wat u krijgt
dossier-regel-vanaf = Vanaf
dossier-regel-tot = Tot en met
dossier-regel-geen-einde = Er is geen einddatum.
dossier-regel-hoe = Hoe u de hulp krijgt
dossier-regel-zin = Als { $begrip }. De gemeente regelt de hulp voor u.
dossier-regel-pgb = Als { $begrip }. U krijgt geld en regelt de hulp zelf.
dossier-regel-budget = Hoeveel geld u krijgt
dossier-regel-wie = Wie de hulp geeft
dossier-regel-betalen = Wat u zelf betaalt
dossier-regel-eigen-bijdrage = U betaalt een { $begrip } van { $bedrag } per maand.
dossier-regel-niets = U betaalt niets voor deze hulp.
dossier-regel-waarom = Waarom

dossier-bezwaar-titel = Bezwaar maken
dossier-bezwaar-intro = Bent u het niet eens met het { $begrip }? Schrijf dan hier waarom niet.
dossier-bezwaar-tot = U kunt { $begrip } maken tot en met { $datum }.
dossier-bezwaar-uitleg = U heeft daarvoor { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    }. Die tijd begint de dag nadat de gemeente het besluit stuurde. Dat was op { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [one] De { $weken } week eindigt eigenlijk op { $datum }.
       *[other] De { $weken } weken eindigen eigenlijk op { $datum }.
    } Dat is een zaterdag, zondag of feestdag. Daarom heeft u een paar dagen meer.
dossier-bezwaar-te-laat = Die dag is voorbij. U bent dus te laat.
dossier-bezwaar-te-laat-toch = U mag uw bezwaar toch nog sturen. Schrijf er dan bij waarom u te laat bent. De gemeente beslist of zij uw bezwaar nog bekijkt.
dossier-bezwaar-label = Waarom bent u het niet eens met het besluit?
dossier-bezwaar-hint = Schrijf wat er volgens u niet klopt. En wat u wel had verwacht.
dossier-bezwaar-hint-te-laat = Schrijf wat er volgens u niet klopt. Schrijf ook waarom u te laat bent.
dossier-bezwaar-knop = Stuur uw bezwaar
dossier-bezwaar-leeg = Schrijf waarom u het niet eens bent met het besluit.
dossier-bezwaar-link = Maak bezwaar
dossier-bezwaar-hierna = De gemeente neemt contact met u op over uw bezwaar.
dossier-bezwaar-uw-tekst = Wat u schreef

dossier-ingebreke-titel = De gemeente is te laat
dossier-ingebreke-te-laat = De gemeente moest uiterlijk op { $datum } beslissen over uw { $begrip }. Dat is niet gelukt.
dossier-ingebreke-wat = U kunt de gemeente dan een { $begrip } sturen.
dossier-ingebreke-betekent = Daarmee zegt u tegen de gemeente: beslis nu over mijn aanvraag.
dossier-ingebreke-dwangsom = Beslist de gemeente niet binnen { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } daarna? Dan betaalt de gemeente u geld. Dat heet een { $begrip }.
dossier-ingebreke-hoeveel = Hoeveel geld krijgt u?
dossier-ingebreke-eerste = De eerste { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } krijgt u { $bedrag } per dag.
dossier-ingebreke-tweede = De { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } daarna krijgt u { $bedrag } per dag.
dossier-ingebreke-derde = Daarna krijgt u { $bedrag } per dag.
dossier-ingebreke-maximum = U krijgt dit geld voor hoogstens { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    }. Samen is dat hoogstens { $bedrag }. De gemeente moet daarna nog steeds beslissen.
dossier-ingebreke-knop-titel = Wat gebeurt er als u op de knop drukt?
dossier-ingebreke-vandaag = De gemeente krijgt uw ingebrekestelling vandaag, op { $datum }.
dossier-ingebreke-vanaf = De gemeente mag dan nog beslissen tot en met { $datum }. Daarna telt elke dag mee.
dossier-ingebreke-knop = Stuur de ingebrekestelling

dossier-inzage-titel = Wie heeft uw dossier bekeken?
dossier-inzage-intro = Hier ziet u welke medewerkers uw dossier openden of iets veranderden. De nieuwste staan bovenaan.
dossier-inzage-niemand = Nog niemand van de gemeente heeft uw dossier geopend.
dossier-inzage-paginas = Pagina's van het logboek
dossier-inzage-wie = { $naam }, { $rol }
dossier-inzage-onbekend = Een medewerker
dossier-inzage-reden = De reden: { $reden }
dossier-inzage-bekeken = Bekeek uw dossier.
dossier-inzage-gedownload = Opende een document.
dossier-inzage-gewijzigd = Veranderde iets in uw dossier.
dossier-inzage-stap = Schreef een nieuwe stap in uw dossier: { $stap }.
dossier-rol-medewerker = medewerker van de gemeente
dossier-rol-beheerder = beheerder bij de gemeente
dossier-rol-helper = iemand die u helpt
dossier-door-helper = Namens u gedaan door iemand die u helpt.
dossier-gemeente-te-laat = De gemeente is te laat
