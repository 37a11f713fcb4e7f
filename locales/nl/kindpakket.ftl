# Het Kindpakket: uitleg, check, pagina voor kinderen, aanvraag en zaakpagina.

kindpakket-bron = Bron: { $bron }
kindpakket-maximum = Maximaal { $bedrag } per jaar per kind.
kindpakket-maximum-kind = Je krijgt hoogstens { $bedrag } per jaar.

kindpakket-uitleg-titel = Het Kindpakket
kindpakket-uitleg-intro = Het { $begrip } helpt kinderen in gezinnen met weinig geld. Zo kunnen zij meedoen op school en daarbuiten.
kindpakket-uitleg-onbekend = Veel ouders weten nog niet dat het Kindpakket bestaat. Kijk of uw kind het kan krijgen.
kindpakket-uitleg-wat-titel = Wat zit erin?
kindpakket-uitleg-wie-titel = Wie kan het krijgen?
kindpakket-uitleg-wie-kinderen = Kinderen jonger dan { $leeftijd } jaar die bij u wonen.
kindpakket-uitleg-wie-inkomen = Uw huishouden heeft een laag inkomen. Het netto inkomen is niet hoger dan { $procent } % van de bijstand voor uw huishouden.
kindpakket-uitleg-wie-schrijnend = Is het inkomen hoger? Dan kan het soms toch, tot { $procent } %. Bijvoorbeeld als u werkt en toch weinig overhoudt. U schrijft dan op waarom.
kindpakket-uitleg-wie-schrijnend-onderdelen = Dat kan alleen bij: { $onderdelen }.
kindpakket-uitleg-doen-titel = Wat kunt u doen?
kindpakket-link-check = Kijk of u het Kindpakket kunt krijgen
kindpakket-link-aanvragen = Het Kindpakket aanvragen
kindpakket-link-kinderen = Uitleg voor kinderen en ouders

kindpakket-kinderen-titel = Het Kindpakket: uitleg voor kinderen
kindpakket-kinderen-intro = Het { $begrip } is voor kinderen. Je kunt ermee sporten, muziek maken of spullen voor school krijgen.
kindpakket-kinderen-waarom = Soms is er thuis weinig geld. Dan kan de gemeente helpen. Zo kun jij ook meedoen.
kindpakket-kinderen-wat-titel = Wat kun je krijgen?
kindpakket-kinderen-hoe-titel = Hoe vraag je het aan?
kindpakket-kinderen-hoe-ouder = Je vader, moeder of verzorger vraagt het aan. Dat kan op deze website.
kindpakket-kinderen-hoe-samen = Kies samen wat je wilt. Bijvoorbeeld een sportclub, muziekles of een fiets voor school.
kindpakket-kinderen-hoe-geen-schaamte = Veel kinderen krijgen het Kindpakket. Niemand op school hoeft het te weten.

kindpakket-check-titel = Kan ik het Kindpakket krijgen?
kindpakket-check-intro = Beantwoord een paar vragen. Dan ziet u of u het { $begrip } waarschijnlijk kunt krijgen.
kindpakket-check-niets-bewaard = U hoeft niet in te loggen. Wij bewaren uw antwoorden niet.
kindpakket-check-knop = Bekijk de uitkomst
kindpakket-samenstelling-label = Hoe ziet uw huishouden eruit?
kindpakket-samenstelling-alleen = Ik woon alleen met mijn kinderen
kindpakket-samenstelling-samen = Ik woon samen met een partner
kindpakket-aow-label = Heeft u de AOW-leeftijd?
kindpakket-aow-hint = Bij een stel: hebben u en uw partner allebei de AOW-leeftijd?
kindpakket-aow-nee = Nee, nog niet
kindpakket-aow-ja = Ja
kindpakket-inkomen-label = Netto inkomen van uw huishouden per maand
kindpakket-inkomen-hint = Tel alles op wat u samen per maand krijgt. Bijvoorbeeld loon, uitkering of toeslagen. Schrijf het bedrag in euro's, zoals 1450,00.
kindpakket-inkomen-grenzen = Het Kindpakket kan tot { $alleen } per maand als u alleen bent. Met een partner tot { $samen }.
kindpakket-aantal-label = Hoeveel kinderen wonen bij u?
kindpakket-leeftijden-label = Hoe oud zijn uw kinderen?
kindpakket-leeftijden-hint = Schrijf de leeftijd van elk kind. Zet een komma ertussen, zoals 4, 9, 15.

kindpakket-uitslag-tag = Uitkomst
kindpakket-uitslag-ja = U kunt het Kindpakket waarschijnlijk krijgen
kindpakket-uitslag-schrijnend = U kunt het Kindpakket alleen krijgen met een goede reden
kindpakket-uitslag-nee = U kunt het Kindpakket waarschijnlijk niet krijgen
kindpakket-uitslag-grens = De grens voor uw huishouden is { $grens } netto per maand. Met een goede reden is de grens { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = Elk onderdeel heeft een eigen grens. Dit kunt u krijgen met uw inkomen:
kindpakket-onderdeel-ja = { $onderdeel }: waarschijnlijk wel. De grens is { $grens } per maand.
kindpakket-onderdeel-schrijnend = { $onderdeel }: alleen met een goede reden. De grens is dan { $grens } per maand.
kindpakket-onderdeel-nee = { $onderdeel }: waarschijnlijk niet. De grens is { $grens } per maand.
kindpakket-onderdeel-grens = { $onderdeel } (grens { $grens } per maand)
kindpakket-normen-oud = Let op: de bijstand verandert elk half jaar. Wij rekenen nog met de bijstand van { $datum }. Misschien is de grens nu iets hoger. Twijfelt u? Vraag het Kindpakket dan toch aan.
kindpakket-medewerker-normen-oud = De bijstandsnormen in het profiel zijn van { $datum }. Dat is meer dan zeven maanden geleden. De grenzen hieronder kunnen te laag zijn. Vraag de beheerder om de nieuwe normen toe te voegen.
kindpakket-uitslag-waarom = Waarom?
kindpakket-uitslag-volgende = Wat kunt u nu doen?
kindpakket-uitslag-ja-doen = Vraag het Kindpakket aan. Houd een bewijs van uw inkomen bij de hand.
kindpakket-uitslag-schrijnend-doen = Vraag het Kindpakket aan. Schrijf in de aanvraag op waarom het voor u moeilijk is. De gemeente kijkt dan naar uw situatie.
kindpakket-uitslag-nee-doen = Heeft u toch vragen over geld of schulden? Bel of mail de gemeente. Zij denken met u mee.
kindpakket-uitslag-schatting = Dit is een eerste check. De gemeente beslist pas als u het aanvraagt.
kindpakket-reden-kinderen = { $aantal ->
        [one] Bij u woont { $aantal } kind jonger dan { $leeftijd } jaar.
       *[other] Bij u wonen { $aantal } kinderen jonger dan { $leeftijd } jaar.
    }
kindpakket-reden-geen-kinderen = Bij u wonen geen kinderen jonger dan { $leeftijd } jaar. Het Kindpakket is alleen voor kinderen.
kindpakket-reden-inkomen-binnen = Uw inkomen is niet hoger dan { $grens } per maand.
kindpakket-reden-inkomen-schrijnend = Uw inkomen is hoger dan { $grens }. Maar het is niet hoger dan { $grens_schrijnend }.
kindpakket-reden-inkomen-boven = Uw inkomen is hoger dan { $grens_schrijnend } per maand. Dat is ook boven de grens voor moeilijke situaties.
kindpakket-reden-norm = De bijstand voor uw huishouden is { $norm } per maand. De grenzen gaan uit van dat bedrag.

kindpakket-start-titel = Het Kindpakket aanvragen
kindpakket-start-intro = U vraagt het { $begrip } aan voor al uw kinderen tegelijk.
kindpakket-start-nodig-titel = Wat heeft u nodig?
kindpakket-start-nodig-inkomen = Het netto inkomen van uw huishouden per maand.
kindpakket-start-nodig-kinderen = De voornaam en geboortedatum van elk kind.
kindpakket-start-nodig-bewijs = Een bewijs van uw inkomen. Bijvoorbeeld een loonstrook of een brief over uw uitkering.
kindpakket-start-opslaan = Wij bewaren wat u invult. U kunt later verder gaan.
kindpakket-start-check-titel = Uw antwoorden uit de check
kindpakket-start-check-tekst = Deze antwoorden vullen wij alvast voor u in. U kunt ze later nog veranderen.
kindpakket-start-concepten = Eerder begonnen
kindpakket-concept-van = Aanvraag begonnen op { $datum }
kindpakket-start-knop = Begin met de aanvraag

kindpakket-formulier-titel = Uw aanvraag voor het Kindpakket
kindpakket-formulier-intro = Vul de vragen voor het { $begrip } in, voor uw huishouden en elk kind. Met elke knop bewaren wij wat u invulde.
kindpakket-formulier-huishouden = Uw huishouden
kindpakket-schrijnend-label = Waarom heeft u het Kindpakket nodig?
kindpakket-schrijnend-hint = Alleen nodig als uw inkomen hoger is dan de gewone grens. Schrijf op wat het moeilijk maakt.
kindpakket-formulier-kinderen = Uw kinderen
kindpakket-formulier-kinderen-uitleg = Vul voor elk kind een blok in. Kies per kind wat het wil.
kindpakket-kind-titel = Kind { $nummer }
kindpakket-kind-voornaam = Voornaam
kindpakket-kind-geboren = Geboortedatum
kindpakket-kind-geboren-hint = Bijvoorbeeld 27 3 2015
kindpakket-kind-onderdelen = Wat wil dit kind?
kindpakket-kind-onderdelen-hint = Kies een of meer.
kindpakket-kind-weg = Ja, haal kind { $nummer } weg
kindpakket-kind-erbij = Nog een kind toevoegen
kindpakket-formulier-bewijs = Bewijs van uw inkomen
kindpakket-bestand-label = Voeg een bestand toe
kindpakket-bestand-hint = Een PDF, JPG of PNG. Heeft u meer bestanden? Voeg ze een voor een toe met Opslaan.
kindpakket-bestand-verwijder-vinkje = Ja, verwijder { $naam }
kindpakket-bestand-verwijder-knop = Verwijder
kindpakket-bestand-verwijderd = Wij hebben het bestand verwijderd.
kindpakket-formulier-verder = Verder naar controleren
kindpakket-formulier-opslaan = Opslaan
kindpakket-formulier-controleren-link = Bekijk wat u al heeft ingevuld

kindpakket-fout-samenstelling = Kies hoe uw huishouden eruitziet.
kindpakket-fout-aow = Kies of u de AOW-leeftijd heeft.
kindpakket-fout-inkomen-leeg = Vul het netto inkomen per maand in.
kindpakket-fout-inkomen = Schrijf het inkomen als een bedrag in euro's, zoals 1450,00.
kindpakket-fout-inkomen-te-hoog = Uw inkomen is hoger dan { $grens } per maand. Dan kunt u het Kindpakket niet krijgen.
kindpakket-fout-schrijnend = Uw inkomen is hoger dan { $grens }. Schrijf op waarom u het Kindpakket toch nodig heeft.
kindpakket-fout-onderdeel-inkomen = Met dit inkomen kunt u dit niet krijgen: { $onderdelen }. Haal daar het vinkje weg.
kindpakket-fout-bestand-verwijder = Zet een vinkje als u { $naam } wilt verwijderen.
kindpakket-fout-aantal = Vul het aantal kinderen in als getal. Dat is 0 tot en met { $max }.
kindpakket-fout-leeftijden = Schrijf de leeftijden als getallen, met een komma ertussen.
kindpakket-fout-leeftijden-aantal = Vul voor elk kind een leeftijd in.
kindpakket-fout-te-lang = Gebruik niet meer dan { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.
kindpakket-fout-geen-kind = Voeg minstens een kind toe.
kindpakket-fout-voornaam = Vul de voornaam van kind { $nummer } in.
kindpakket-fout-geboren-leeg = Vul de geboortedatum van kind { $nummer } in.
kindpakket-fout-geboren-onvolledig = Vul dag, maand en jaar in.
kindpakket-fout-geboren-bestaat-niet = Deze datum bestaat niet. Kijk de dag, maand en het jaar na.
kindpakket-fout-geboren-toekomst = Deze datum ligt in de toekomst.
kindpakket-fout-te-oud = Dit kind is { $leeftijd } jaar of ouder. Het Kindpakket is voor jongere kinderen.
kindpakket-fout-onderdelen = Kies wat dit kind wil.
kindpakket-fout-bewijs = Voeg een bewijs van uw inkomen toe.
kindpakket-fout-geen-regels = Wij kunnen dit nu niet nakijken. Neem contact op met de gemeente.

kindpakket-controleren-titel = Controleer uw aanvraag
kindpakket-controleren-intro = Kijk of alles klopt. Klopt iets niet? Kies dan Wijzigen.
kindpakket-controleren-schrijnend = Uw inkomen is hoger dan de gewone grens. De gemeente leest uw reden en beslist dan.
kindpakket-controleren-waar = Met Versturen zegt u dat alles klopt.
kindpakket-controleren-knop = Versturen

kindpakket-status-concept = Nog niet verstuurd
kindpakket-status-ingediend = Verstuurd
kindpakket-status-besloten = Besluit genomen
kindpakket-stap-verstuurd = Aanvraag verstuurd
kindpakket-stap-besluit = Besluit van de gemeente
kindpakket-stap-besluit-uiterlijk = De gemeente beslist uiterlijk op { $datum }. Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na uw aanvraag.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = Uw nummer
kindpakket-zaak-status = Stand van zaken:
kindpakket-zaak-verstuurd-op = Verstuurd op { $datum }.
kindpakket-zaak-besluit-titel = Het besluit
kindpakket-zaak-wacht = De gemeente kijkt naar uw aanvraag. U krijgt een e-mail als er een besluit is.
kindpakket-zaak-besloten-op = De gemeente besliste op { $datum }.
kindpakket-besluit-ja = Ja, toegekend
kindpakket-besluit-nee = Nee
kindpakket-besluit-open = Nog niet besloten
kindpakket-zaak-nu-titel = Wat gebeurt er nu?
kindpakket-zaak-nu-organisatie = Voor alles wat u krijgt, neemt de organisatie contact met u op. Dat zijn: { $organisaties }.
kindpakket-zaak-nu-niets = U krijgt niets uit het Kindpakket. Lees hierboven waarom.
kindpakket-zaak-bezwaar = Bent u het niet eens met het besluit? Dan kunt u { $begrip } maken. Dat kan binnen { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    }, tot en met { $datum }.
kindpakket-zaak-gegevens-titel = Wat u stuurde
kindpakket-zaak-log-titel = Wie keek naar uw aanvraag?
kindpakket-zaak-log-leeg = Nog niemand anders dan u.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) bekeek de aanvraag.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) opende een bestand.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) vulde de aanvraag aan.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) werkte aan uw zaak.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) nam de aanvraag in behandeling.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) verstuurde de aanvraag.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) nam het besluit.
kindpakket-log-medewerker = medewerker van de gemeente
kindpakket-log-helper = helper
kindpakket-zaak-mijn-loket = Naar Mijn loket

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = Aanvraag Kindpakket
kindpakket-mijn-loket-versturen = Controleer en verstuur de aanvraag
kindpakket-mijn-loket-verder = Ga verder met de aanvraag
kindpakket-mijn-loket-kinderen = Voor { $aantal ->
        [one] { $aantal } kind
       *[other] { $aantal } kinderen
    }.
kindpakket-mijn-loket-bekijk = Bekijk de aanvraag

kindpakket-mail-onderwerp = Nieuws over uw aanvraag { $referentie }
kindpakket-mail-tekst = Er is nieuws over uw aanvraag voor het Kindpakket met nummer { $referentie }.
kindpakket-mail-inloggen = Log in om het besluit te lezen.
kindpakket-mail-knop = Bekijk uw aanvraag
kindpakket-mail-ontvangen-onderwerp = Uw aanvraag { $referentie } is ontvangen
kindpakket-mail-ontvangen-tekst = Wij hebben uw aanvraag voor het Kindpakket ontvangen. Uw nummer is { $referentie }.
kindpakket-kind-weg-label = Wilt u dit kind weghalen?
kindpakket-weg-hint = Dit gebeurt als u op een van de knoppen hieronder drukt.
