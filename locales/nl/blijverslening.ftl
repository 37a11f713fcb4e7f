## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = Blijverslening: geld lenen om uw huis aan te passen
blijverslening-uitleg-intro = Heeft u een eigen huis? En wilt u er blijven wonen? Dan kunt u misschien een { $begrip } krijgen.
blijverslening-uitleg-svn = SVn geeft de lening. SVn is het Stimuleringsfonds Volkshuisvesting. SVn kijkt ook of u de lening kunt terugbetalen. Dat heet de kredietcheck.
blijverslening-uitleg-wie-titel = Voor wie is de lening?
blijverslening-uitleg-wie-eigenaar = U bent eigenaar van het huis. En u woont er zelf.
blijverslening-uitleg-wie-samen = Heeft het huis meer eigenaren? Dan vraagt u de lening samen aan.
blijverslening-uitleg-wie-reden = U past het huis aan omdat u zorg nodig heeft. Of omdat u dat later verwacht. Of u maakt het huis geschikt voor als u ouder wordt.
blijverslening-uitleg-wie-vooraf = Vraag de lening aan voordat het werk klaar is. Voor werk dat al klaar is, krijgt u geen lening.
blijverslening-uitleg-soorten-titel = Welke leningen zijn er?
blijverslening-uitleg-consumptief = Een persoonlijke lening: van { $minimum } tot { $maximum }. De rente staat 10 jaar vast. Minstens 1 aanvrager is jonger dan { $jaren } jaar.
blijverslening-uitleg-hypothecair = Een lening met uw huis als zekerheid: van { $minimum } tot { $maximum }. De rente staat 10 of 20 jaar vast.
blijverslening-uitleg-doen-titel = Wat kunt u doen?
blijverslening-uitleg-check = Kijk eerst of u de lening waarschijnlijk kunt krijgen. U hoeft daarvoor niet in te loggen. We bewaren niets.
blijverslening-uitleg-check-knop = Kan ik dit krijgen?
blijverslening-uitleg-aanvragen = Wilt u de lening aanvragen? Dan logt u in. U kunt ook iemand vragen om u te helpen.
blijverslening-uitleg-aanvragen-knop = Lening aanvragen
blijverslening-budget-over = Er is dit jaar nog { $over } over voor nieuwe leningen.
blijverslening-bron = Regel: { $bron }

blijverslening-ja = Ja
blijverslening-nee = Nee

blijverslening-check-titel = Kan ik een blijverslening krijgen?
blijverslening-check-intro = Beantwoord de vragen. Dan ziet u of u de { $begrip } waarschijnlijk kunt krijgen. U mag vragen overslaan.
blijverslening-check-niets-bewaard = We bewaren uw antwoorden niet.
blijverslening-check-eigenaar = Bent u eigenaar van het huis?
blijverslening-check-bewoner = Woont u zelf in het huis?
blijverslening-check-alle = Vragen alle eigenaren de lening samen aan?
blijverslening-check-alle-hint = Bijvoorbeeld u en uw partner, als het huis van u allebei is.
blijverslening-check-geboren-legend = Wanneer zijn de aanvragers geboren?
blijverslening-check-geboren-hint = Vul voor elke eigenaar de geboortedatum in.
blijverslening-check-geboren-n = Aanvrager { $nummer }
blijverslening-check-klaar = Is het werk al klaar?
blijverslening-check-klaar-hint = Is het werk al begonnen, maar nog niet klaar? Dan kan de lening nog. Voor werk dat al klaar is, krijgt u geen lening.
blijverslening-check-knop = Bekijk de uitkomst
blijverslening-check-nu-titel = Wat kunt u nu doen?
blijverslening-check-nu-ja = U kunt de lening aanvragen. De gemeente kijkt dan naar uw aanvraag.
blijverslening-check-nu-nee = U kunt de lening waarschijnlijk niet krijgen. Heeft u vragen? Neem dan contact op met de gemeente.

blijverslening-uitkomst-ja = U kunt de lening waarschijnlijk krijgen
blijverslening-uitkomst-nee = U kunt de lening waarschijnlijk niet krijgen
blijverslening-uitkomst-open = We weten het nog niet zeker
blijverslening-oordeel-ja = Goed
blijverslening-oordeel-nee = Niet goed
blijverslening-oordeel-open = Nog niet bekend

blijverslening-grond-eigenaar-ja = U bent eigenaar van het huis.
blijverslening-grond-eigenaar-nee = U bent geen eigenaar. Alleen eigenaren kunnen de lening krijgen.
blijverslening-grond-eigenaar-open = We weten nog niet of u eigenaar bent.
blijverslening-grond-bewoner-ja = U woont zelf in het huis.
blijverslening-grond-bewoner-nee = U woont niet zelf in het huis. Dan krijgt u de lening niet.
blijverslening-grond-bewoner-open = We weten nog niet of u zelf in het huis woont.
blijverslening-grond-alle-ja = Alle eigenaren vragen de lening samen aan.
blijverslening-grond-alle-nee = Alle eigenaren moeten de lening samen aanvragen.
blijverslening-grond-alle-open = We weten nog niet of alle eigenaren meedoen.
blijverslening-grond-reden-ja = U past het huis aan voor zorg, of voor later.
blijverslening-grond-reden-open = We weten nog niet waarom u het huis aanpast.
blijverslening-grond-werk-ja = Het werk is nog niet klaar.
blijverslening-grond-werk-nee = Het werk is al klaar. Dan krijgt u geen lening.
blijverslening-grond-werk-open = We weten nog niet of het werk al klaar is.
blijverslening-grond-leeftijd-ja = Minstens 1 aanvrager is jonger dan { $jaren } jaar.
blijverslening-grond-leeftijd-nee = Alle aanvragers zijn { $jaren } jaar of ouder. Dan kunt u alleen een lening met uw huis als zekerheid krijgen.
blijverslening-grond-leeftijd-open = We weten de leeftijd van de aanvragers nog niet.
blijverslening-grond-bedrag-ja = Het bedrag past: tussen { $minimum } en { $maximum }.
blijverslening-grond-bedrag-laag = Het bedrag is te laag. U kunt minstens { $minimum } lenen.
blijverslening-grond-bedrag-hoog = Het bedrag is te hoog. U kunt hoogstens { $maximum } lenen.
blijverslening-grond-bedrag-hoog-consumptief = Het bedrag is te hoog voor een persoonlijke lening. Die is hoogstens { $maximum }. Met uw huis als zekerheid kunt u misschien wel meer lenen: tot { $maximum_hypothecair }.
blijverslening-grond-bedrag-open = We weten het bedrag nog niet.
blijverslening-grond-soort-open = We weten nog niet welke lening u wilt.
blijverslening-grond-kosten-ja = Het bedrag is niet hoger dan de kosten: { $kosten }.
blijverslening-grond-kosten-nee = U leent meer dan de kosten van { $kosten }. Dat kan niet.
blijverslening-grond-budget-ja = Er is dit jaar nog genoeg geld: { $over }.
blijverslening-grond-budget-nee = Er is dit jaar nog { $over } over. Dat is minder dan het bedrag dat u wilt lenen.
blijverslening-grond-budget-op = Het geld voor dit jaar is op.
blijverslening-grond-budget-open = Er is dit jaar nog { $over } over.

blijverslening-grond-a = U voldoet niet aan de regels van de gemeente.
blijverslening-grond-b = Er is niet genoeg geld meer voor dit jaar.
blijverslening-grond-c = U voldoet niet aan de regels van SVn.
blijverslening-grond-d = De kredietcheck van SVn is negatief.
blijverslening-grond-e = De gegevens in de aanvraag klopten niet.
blijverslening-grond-f = U vroeg de lening aan nadat het werk klaar was.

blijverslening-maandlast-titel = Wat betaalt u per maand?
blijverslening-maandlast = Ongeveer { $bedrag } per maand.
blijverslening-maandlast-schatting = Dit is een schatting. We rekenen met de rente van SVn. SVn bepaalt het echte bedrag.
blijverslening-maandlast-aflossing = We rekenen alsof u een persoonlijke lening in { $consumptief } jaar terugbetaalt. Een lening met uw huis als zekerheid in { $hypothecair } jaar. En alsof de rente al die tijd gelijk blijft.
blijverslening-maandlast-later = Na deze stap ziet u wat u ongeveer per maand betaalt.

blijverslening-soort-label = Welke lening wilt u?
blijverslening-soort-consumptief = Persoonlijke lening
blijverslening-soort-consumptief-hint = Van 2.500 tot 10.000 euro. De rente staat 10 jaar vast.
blijverslening-soort-hypothecair = Lening met uw huis als zekerheid
blijverslening-soort-hypothecair-hint = Van 2.500 tot 30.000 euro. De rente staat 10 of 20 jaar vast.
blijverslening-looptijd-label = Hoe lang wilt u een vaste rente?
blijverslening-looptijd-hint = SVn zet de rente 10 of 20 jaar vast. Bij een persoonlijke lening is dat altijd 10 jaar.
blijverslening-looptijd-10 = 10 jaar vast
blijverslening-looptijd-20 = 20 jaar vast
blijverslening-jaren = { $jaren } jaar
blijverslening-bedrag-label = Hoeveel wilt u lenen?
blijverslening-bedrag-hint = In euro, bijvoorbeeld 5000.
blijverslening-bedrag-grenzen = Een persoonlijke lening is { $cmin } tot { $cmax }. Een lening met uw huis als zekerheid is tot { $hmax }.
blijverslening-reden-label = Waarom past u het huis aan?
blijverslening-reden-zorg-nu = Ik heb nu zorg nodig. Het huis moet daarom anders.
blijverslening-reden-zorg-later = Ik verwacht later zorg nodig te hebben.
blijverslening-reden-levensloop = Ik wil in het huis kunnen blijven als ik ouder word.

blijverslening-formulier-titel = Blijverslening aanvragen
blijverslening-formulier-intro = U vraagt de { $begrip } aan in een paar delen. U kunt stoppen en later verder gaan. Wij bewaren wat u invult.
blijverslening-formulier-knop = Opslaan en verder
blijverslening-namens = U vraagt dit aan voor { $naam }.
blijverslening-start-nodig-titel = Wat heeft u nodig?
blijverslening-start-nodig-adres = Het adres van het huis.
blijverslening-start-nodig-mede = De naam, de geboortedatum en het e-mailadres van de andere eigenaren.
blijverslening-start-nodig-kosten = Wat het werk kost. Bijvoorbeeld uit een offerte van de aannemer.
blijverslening-start-nodig-bewijs = Bewijs dat u eigenaar bent en dat u in het huis woont.
blijverslening-start-check-titel = Uw antwoorden uit de check
blijverslening-start-check-tekst = Deze antwoorden vullen wij alvast voor u in. U kunt ze later nog veranderen.
blijverslening-start-concepten = Aanvragen die u nog niet verstuurde
blijverslening-start-concept = Aanvraag van { $datum }
blijverslening-start-knop = Begin met de aanvraag
blijverslening-start-knop-nieuw = Begin een nieuwe aanvraag
blijverslening-taken-intro = Uw aanvraag heeft { $aantal ->
        [one] { $aantal } deel
       *[other] { $aantal } delen
    }. Vul elk deel in. Wij bewaren wat u invult. U kunt stoppen en later verder gaan.
blijverslening-taken-klaar = U heeft { $klaar } van de { $aantal ->
        [one] { $aantal } deel
       *[other] { $aantal } delen
    } klaar.
blijverslening-taken-versturen-titel = Nakijken en versturen
blijverslening-taken-versturen-klaar = Alle delen zijn klaar. Kijk uw aanvraag na en verstuur hem.
blijverslening-taken-versturen-nog = Zijn alle delen klaar? Kijk dan uw aanvraag na en verstuur hem.
blijverslening-taken-nakijken = Aanvraag nakijken
blijverslening-stand-niet-begonnen = Nog niet begonnen
blijverslening-stand-bezig = Bezig
blijverslening-stand-klaar = Klaar
blijverslening-deel-bewaren = Wij bewaren wat u invult als u op de knop drukt.
blijverslening-naar-overzicht = Terug naar uw aanvraag
blijverslening-deel-aanvrager = Over u
blijverslening-deel-eigenaren = Andere eigenaren
blijverslening-naam-label = Uw naam
blijverslening-geboren-label = Geboortedatum
blijverslening-mede-uitleg = Heeft het huis meer eigenaren? Vul die dan hieronder in. Zij krijgen een mail. Daarin bevestigen zij dat ze meedoen.
blijverslening-mede-legend = Andere eigenaar { $nummer }
blijverslening-mede-hint = Laat leeg als er geen andere eigenaar is.
blijverslening-mede-naam = Naam
blijverslening-mede-email = E-mailadres
blijverslening-mede-email-hint = Naar dit adres sturen we de vraag om te bevestigen.
blijverslening-deel-woning = Het huis
blijverslening-adres-legend = Adres van het huis
blijverslening-adres-hint = Het huis dat u wilt aanpassen.
blijverslening-straat-label = Straat en huisnummer
blijverslening-postcode-label = Postcode
blijverslening-plaats-label = Plaats
blijverslening-adres-label = Adres van het huis
blijverslening-adres-onbekend = Niet gevraagd
blijverslening-bevestig-eigenaar = Ik ben eigenaar van het huis.
blijverslening-bevestig-bewoner = Ik woon zelf in het huis.
blijverslening-bevestig-alle = Ik heb alle eigenaren van het huis ingevuld.
blijverslening-alle-hint = Bent u de enige eigenaar? Zet dan ook een vinkje.
blijverslening-bewijs-later = U stuurt later bewijs mee. Bijvoorbeeld een uittreksel van het Kadaster.
blijverslening-deel-kosten = Het werk en de kosten
blijverslening-maatregelen-label = Wat wilt u laten doen?
blijverslening-maatregelen-hint = Bijvoorbeeld: een traplift, een douche zonder drempel of bredere deuren.
blijverslening-materiaal-label = Kosten van materialen
blijverslening-arbeid-label = Kosten van het werk
blijverslening-uren-label = Kosten van de uren van de aannemer
blijverslening-leenkosten-label = Kosten van de lening
blijverslening-subsidies-label = Subsidies die u krijgt
blijverslening-subsidies-hint = Dit bedrag gaat van de kosten af. Vul 0 in als u geen subsidie krijgt.
blijverslening-nul-hint = Vul 0 in als er geen kosten zijn.
blijverslening-werkelijk-label = Totale kosten min subsidies
blijverslening-deel-lening = De lening
blijverslening-gepland-label = Wanneer is het werk klaar?
blijverslening-gepland-hint = Het werk mag al begonnen zijn. Maar het mag nog niet klaar zijn. Bijvoorbeeld 15 3 2027.

blijverslening-fout-naam = Vul uw naam in.
blijverslening-fout-te-lang = Gebruik hoogstens { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.
blijverslening-fout-geboren = Vul de geboortedatum in.
blijverslening-fout-geboren-toekomst = De geboortedatum ligt in de toekomst. Kijk de datum na.
blijverslening-fout-datum-onvolledig = Vul een dag, een maand en een jaar in.
blijverslening-fout-datum-bestaat-niet = Deze datum bestaat niet. Kijk de datum na.
blijverslening-fout-straat = Vul de straat en het huisnummer in.
blijverslening-fout-huisnummer = Vul ook het huisnummer in, zoals Dorpsstraat 12.
blijverslening-fout-postcode-leeg = Vul de postcode in.
blijverslening-fout-postcode = Vul een postcode in zoals 2665 AB.
blijverslening-fout-plaats = Vul de plaats in.
blijverslening-fout-mede-naam = Vul de naam van de andere eigenaar in.
blijverslening-fout-mede-email = Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.
blijverslening-fout-eigenaar = U kunt de lening alleen krijgen als u eigenaar bent. Zet een vinkje als dat klopt.
blijverslening-fout-bewoner = U kunt de lening alleen krijgen als u zelf in het huis woont. Zet een vinkje als dat klopt.
blijverslening-fout-alle-eigenaren = Alle eigenaren vragen de lening samen aan. Vul ze in en zet een vinkje.
blijverslening-fout-reden = Kies waarom u het huis aanpast.
blijverslening-fout-maatregelen = Schrijf op wat u wilt laten doen.
blijverslening-fout-kosten = Vul de kosten van de materialen in.
blijverslening-fout-bedrag-onleesbaar = Vul een bedrag in euro in, zoals 2500 of 2.500,00.
blijverslening-fout-soort = Kies welke lening u wilt.
blijverslening-fout-leeftijd = Voor een persoonlijke lening is minstens 1 eigenaar jonger dan { $jaren } jaar. Kies een lening met uw huis als zekerheid.
blijverslening-fout-looptijd = Kies hoe lang de rente vast staat.
blijverslening-fout-bedrag = Vul in hoeveel u wilt lenen.
blijverslening-fout-bedrag-grenzen = Voor deze lening kunt u { $minimum } tot { $maximum } lenen.
blijverslening-fout-bedrag-kosten = U kunt niet meer lenen dan de kosten min subsidies: { $kosten }.
blijverslening-fout-gepland = Vul in wanneer het werk klaar is.
blijverslening-fout-gepland-voorbij = Deze datum is voorbij. Voor werk dat al klaar is, krijgt u geen lening.
blijverslening-fout-stuk-soort = Kies wat voor bewijs dit is.
blijverslening-fout-stuk-mist = Stuur dit nog mee: { $stuk }.{ $meer ->
        [0] {""}
        [one] {" "}Er mist nog 1 ander stuk.
       *[other] {" "}Er missen nog { $meer } andere stukken.
    }
blijverslening-fout-antwoord = Kies ja of nee.
blijverslening-fout-stuk-verwijder = Zet een vinkje als u { $naam } wilt verwijderen.

blijverslening-stukken-titel = Bewijs meesturen
blijverslening-stukken-intro = Stuur deze stukken mee. Dat kan als PDF, JPG of PNG.
blijverslening-stukken-al = Stukken die u stuurde
blijverslening-stukken-geen = U heeft nog geen stukken gestuurd.
blijverslening-stukken-missen = Deze stukken missen nog:
blijverslening-stukken-toevoegen = Stukken toevoegen of verwijderen
blijverslening-stukken-verder = Terug naar nakijken
blijverslening-stuk-soort-label = Wat voor stuk is dit?
blijverslening-stuk-bestand-label = Kies een of meer bestanden
blijverslening-stuk-knop = Opslaan
blijverslening-stuk-verwijder-vinkje = Ja, verwijder { $naam }
blijverslening-stuk-verwijder-knop = Verwijder
blijverslening-stuk-verwijderd = Wij hebben het bestand verwijderd.
blijverslening-stuk-eigendom = Bewijs dat u eigenaar bent, zoals een uittreksel van het Kadaster
blijverslening-stuk-bewoning = Bewijs dat u er woont, zoals een brief met uw adres
blijverslening-stuk-offerte = Een offerte van de aannemer

blijverslening-controleren-titel = Kijk uw aanvraag na
blijverslening-controleren-intro = Klopt alles? Wilt u iets veranderen? Kies dan Wijzig bij het antwoord.
blijverslening-controleren-niet-begonnen = U heeft dit deel nog niet ingevuld.
blijverslening-controleren-niet-klaar = Dit deel is nog niet klaar.
blijverslening-controleren-aanvullen = Vul dit deel in
blijverslening-controleren-aanpassen = Pas dit aan
blijverslening-niet-ingevuld = Nog niet ingevuld
blijverslening-mede-geen = Geen
blijverslening-versturen-titel = Aanvraag versturen
blijverslening-versturen-mede = De andere eigenaren krijgen een mail. Als zij allemaal ja zeggen, gaat de aanvraag naar de gemeente.
blijverslening-versturen-knop = Aanvraag versturen

blijverslening-mede-rij = Andere eigenaar
blijverslening-mede-zegt-ja = doet mee
blijverslening-mede-zegt-nee = doet niet mee
blijverslening-mede-wacht = heeft nog niet geantwoord

blijverslening-zaak-titel = Uw aanvraag voor een blijverslening
blijverslening-zaak-nummer = Uw nummer
blijverslening-zaak-concept = U heeft de aanvraag nog niet verstuurd.
blijverslening-zaak-verder = Ga verder met de aanvraag
blijverslening-zaak-nakijken = Kijk uw aanvraag na
blijverslening-zaak-wacht = We wachten op het antwoord van de andere eigenaren. Zij hebben een mail gekregen.
blijverslening-zaak-gestopt = Een andere eigenaar doet niet mee. Daarom stopt de aanvraag. Alle eigenaren moeten de lening samen aanvragen.
blijverslening-zaak-ingediend = De gemeente heeft uw aanvraag. U krijgt bericht als de gemeente besluit.
blijverslening-zaak-verder-titel = Wat gebeurt er daarna?
blijverslening-zaak-antwoorden = Uw antwoorden
blijverslening-status-concept = Nog niet verstuurd
blijverslening-status-wacht = Wacht op andere eigenaren
blijverslening-status-ingediend = Bij de gemeente
blijverslening-status-gestopt = Gestopt
blijverslening-status-toegekend = Toegekend
blijverslening-status-geweigerd = Afgewezen
blijverslening-stap-concept = Aanvraag invullen
blijverslening-stap-mede = Andere eigenaren bevestigen
blijverslening-stap-ingediend = De gemeente kijkt naar de aanvraag
blijverslening-stap-besloten = De gemeente besluit

blijverslening-besluit-titel = Het besluit
blijverslening-besluit-toegekend = De gemeente geeft u een lening van { $bedrag }. Dit besluit is van { $datum }.
blijverslening-besluit-svn = Dit besluit is voorlopig. SVn doet nu de kredietcheck. SVn neemt contact met u op. Daarna geeft SVn de lening.
blijverslening-besluit-geweigerd = De gemeente geeft u de lening niet. Dit besluit is van { $datum }.
blijverslening-besluit-waarom = Waarom?
blijverslening-bezwaar = Bent u het niet eens met het besluit? Dan kunt u { $begrip } maken. Dat kan { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } lang, tot en met { $datum }.

blijverslening-log-titel = Wie heeft uw aanvraag bekeken?
blijverslening-log-geen = Niemand anders heeft uw aanvraag bekeken.
blijverslening-log-bekeken = { $wie } bekeek de aanvraag.
blijverslening-log-gedownload = { $wie } opende een stuk.
blijverslening-log-gewijzigd = { $wie } veranderde de aanvraag.
blijverslening-log-vastgelegd = { $wie } werkte aan uw zaak.
blijverslening-log-opgepakt = { $wie } nam de aanvraag in behandeling.
blijverslening-log-besloten = { $wie } nam het besluit.
blijverslening-log-medewerker = gemeente
blijverslening-log-helper = helpt u
blijverslening-mijn-loket = Naar Mijn loket

blijverslening-eigenaar-titel = Doet u mee met de aanvraag?
blijverslening-eigenaar-intro = Beste { $naam }, { $aanvrager } vraagt een { $begrip } aan voor uw huis. U bent ook eigenaar. Daarom vragen we of u meedoet.
blijverslening-eigenaar-vraag = Doet u mee met deze aanvraag?
blijverslening-eigenaar-ja = Ja, ik doe mee
blijverslening-eigenaar-nee = Nee, ik doe niet mee
blijverslening-eigenaar-nee-hint = Dan stopt de aanvraag.
blijverslening-eigenaar-knop = Antwoord versturen
blijverslening-eigenaar-gedaan-ja = Dank u wel. U doet mee met de aanvraag.
blijverslening-eigenaar-gedaan-nee = Dank u wel. U doet niet mee. De aanvraag stopt.

blijverslening-mail-onderwerp = Nieuws over uw aanvraag { $referentie }
blijverslening-mail-knop = Bekijk uw aanvraag
blijverslening-mail-ingediend = De gemeente heeft uw aanvraag voor een { $begrip } ontvangen. Uw nummer is { $referentie }.
blijverslening-mail-wacht = U heeft de aanvraag verstuurd. Uw nummer is { $referentie }. We wachten nu op de andere eigenaren.
blijverslening-mail-gestopt = Een andere eigenaar doet niet mee. Daarom stopt uw aanvraag { $referentie }.
blijverslening-mail-besluit = De gemeente heeft besloten over uw aanvraag { $referentie }.
blijverslening-mail-eigenaar-onderwerp = Doet u mee met aanvraag { $referentie }?
blijverslening-mail-eigenaar-tekst = { $aanvrager } vraagt een { $begrip } aan voor het huis. U bent ook eigenaar.
blijverslening-mail-eigenaar-vraag = Alle eigenaren moeten meedoen. Laat ons weten of u meedoet.
blijverslening-mail-eigenaar-knop = Geef uw antwoord
blijverslening-mail-eigenaar-niet = Kent u deze aanvraag niet? Kies dan nee.

blijverslening-mijn-loket-titel = Blijverslening
blijverslening-mijn-loket-zaak = Aanvraag blijverslening
blijverslening-mijn-loket-nummer = Nummer: { $nummer }
blijverslening-mijn-loket-bekijk = Bekijk de aanvraag
blijverslening-verlopen-titel = Deze link werkt niet meer
blijverslening-verlopen-tekst = U kon 14 dagen met deze link antwoorden. Die tijd is voorbij.
blijverslening-verlopen-wat = Wilt u toch meedoen? Vraag de aanvrager om u een nieuwe mail te sturen. Dat kan op de pagina van de aanvraag.
blijverslening-verlopen-start = Naar de startpagina
blijverslening-opnieuw-uitleg = De link in de mail werkt 14 dagen. Kreeg een andere eigenaar geen mail? Of werkt de link niet meer? Stuur de mail dan opnieuw. De oude link werkt daarna niet meer.
blijverslening-opnieuw-knop = Mail opnieuw sturen
blijverslening-opnieuw-gedaan = We hebben de mail opnieuw gestuurd naar de eigenaren die nog niet antwoordden.
