# Het uitdaagrecht: uitleg, openbare voorstellen, steun, initiatieven, voorstellen schrijven en volgen.

uitdaagrecht-uitleg-titel = Uitdaagrecht: een taak van de gemeente overnemen
uitdaagrecht-uitleg-intro = Kunt u met andere inwoners een taak van de gemeente beter doen? Dan kunt u de gemeente uitdagen. Dat heet het { $begrip }.
uitdaagrecht-uitleg-wet = Dit recht stond eerst in de { $begrip }. Sinds 2025 staat het in de Gemeentewet (artikel 150). De gemeenteraad regelt het in een verordening. Het gaat om taken die beter, goedkoper of dichter bij de inwoners kunnen.
uitdaagrecht-uitleg-wie = U doet dit niet alleen. U doet het met een groep. Dat kan een groep inwoners zijn, een coöperatie, een stichting of een vereniging. Wij noemen die groep een initiatief.
uitdaagrecht-uitleg-voorbeeld-titel = Een voorbeeld
uitdaagrecht-uitleg-voorbeeld = Een voorbeeld is het dorp America in de gemeente Horst aan de Maas. Daar vonden inwoners dat zij zorg en welzijn zelf beter konden regelen. Bijvoorbeeld hulp in het huishouden. Zij gingen naar de wethouder. Nu regelen zij dit zelf, in hun eigen coöperatie.
uitdaagrecht-uitleg-stappen-titel = Zo gaat het
uitdaagrecht-uitleg-stap-aanmelden = U meldt uw initiatief aan. Daarna nodigt u de andere leden uit.
uitdaagrecht-uitleg-stap-schrijven = U schrijft samen het voorstel. Alle leden kunnen het aanpassen. Het blijft bewaard tot u het verstuurt.
uitdaagrecht-uitleg-stap-versturen = U controleert het voorstel en verstuurt het. U krijgt een nummer.
uitdaagrecht-uitleg-stap-gesprek = De gemeente leest uw voorstel. Zij gaat met u in gesprek. Zij kan u ook vragen stellen. Die beantwoordt u hier.
uitdaagrecht-uitleg-stap-besluit = De gemeente besluit. Zij schrijft ook waarom. Bij elke stap krijgt u een e-mail.
uitdaagrecht-uitleg-openbaar = U kiest zelf of iedereen uw voorstel mag zien. Op de openbare pagina kunnen inwoners uw voorstel dan steunen.
uitdaagrecht-uitleg-start = Initiatief aanmelden of voorstel schrijven
uitdaagrecht-uitleg-lijst = Bekijk de voorstellen van andere initiatieven

uitdaagrecht-lijst-titel = Voorstellen van inwoners
uitdaagrecht-lijst-intro = Inwoners stuurden deze plannen naar de gemeente. Zij willen dat iedereen ze kan zien. U ziet ook hoe ver de gemeente is.
uitdaagrecht-lijst-leeg = Er zijn nog geen openbare voorstellen.
uitdaagrecht-lijst-paginas = Pagina's met voorstellen
uitdaagrecht-door = Van: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] Nog geen inwoners steunen dit voorstel.
    [one] 1 inwoner steunt dit voorstel.
   *[other] { $aantal ->
        [one] { $aantal } inwoner
       *[other] { $aantal } inwoners
    } steunen dit voorstel.
}

uitdaagrecht-status-label = Status:
uitdaagrecht-status-concept = Nog niet verstuurd
uitdaagrecht-status-ontvangen = Ontvangen
uitdaagrecht-status-in-gesprek = In gesprek
uitdaagrecht-status-besloten = Besloten
uitdaagrecht-stap-ontvangen = Voorstel ontvangen
uitdaagrecht-stap-gesprek = Gesprek met de gemeente
uitdaagrecht-stap-gesprek-overgeslagen = De gemeente besloot zonder gesprek.
uitdaagrecht-stap-besluit = Besluit van de gemeente

uitdaagrecht-besluit-titel = Antwoord van de gemeente
uitdaagrecht-besluit-op = Besloten op { $datum }.
uitdaagrecht-uitkomst-overgenomen = Het initiatief neemt de taak over.
uitdaagrecht-uitkomst-deels = Het initiatief neemt een deel van de taak over.
uitdaagrecht-uitkomst-afgewezen = De gemeente neemt het voorstel niet over.

uitdaagrecht-steun-titel = Steun
uitdaagrecht-steun-uitleg = Vindt u dit een goed voorstel? Laat het de gemeente weten. U kunt één keer steunen.
uitdaagrecht-steun-knop = Ik steun dit voorstel
uitdaagrecht-steun-gegeven = U steunt dit voorstel. Dank u wel.
uitdaagrecht-steun-intrekken = Mijn steun intrekken
uitdaagrecht-steun-inloggen = Log in om dit voorstel te steunen
uitdaagrecht-steun-gesloten = De gemeente heeft besloten. Steunen kan niet meer.

uitdaagrecht-mijn-titel = Uw initiatieven
uitdaagrecht-mijn-intro = U bent lid van deze initiatieven. Als lid schrijft u mee aan hun voorstellen.
uitdaagrecht-mijn-leeg = U bent nog geen lid van een initiatief. Meld uw initiatief aan om het { $begrip } te gebruiken. Heeft een ander lid u uitgenodigd? Log dan in met het e-mailadres waarop u de uitnodiging kreeg.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] Nog geen voorstellen.
    [one] 1 voorstel.
   *[other] { $aantal ->
        [one] { $aantal } voorstel
       *[other] { $aantal } voorstellen
    }.
}
uitdaagrecht-mijn-nieuw = Een nieuw initiatief aanmelden

uitdaagrecht-aanmelden-titel = Initiatief aanmelden
uitdaagrecht-aanmelden-intro = Vertel wie u zijn. U wordt zelf lid van het initiatief. Daarna kunt u andere leden uitnodigen.
uitdaagrecht-aanmelden-knop = Initiatief aanmelden
uitdaagrecht-gegevens-titel = Gegevens van het initiatief wijzigen
uitdaagrecht-gegevens-intro = Is er een nieuwe naam of een andere contactpersoon? Pas het hier aan. Elk lid kan dit doen.
uitdaagrecht-gegevens-knop = Gegevens opslaan
uitdaagrecht-gegevens-link = Gegevens van het initiatief wijzigen
uitdaagrecht-naam-label = Naam van het initiatief
uitdaagrecht-naam-hint = Bijvoorbeeld: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = Vul de naam van het initiatief in.
uitdaagrecht-vorm-label = Wat voor groep bent u?
uitdaagrecht-vorm-leeg = Kies wat voor groep u bent.
uitdaagrecht-vorm-bewonersgroep = Een groep inwoners
uitdaagrecht-vorm-cooperatie = Een coöperatie
uitdaagrecht-vorm-stichting = Een stichting
uitdaagrecht-vorm-vereniging = Een vereniging
uitdaagrecht-kvk-label = KVK-nummer (niet verplicht)
uitdaagrecht-kvk-hint = Het nummer bij de Kamer van Koophandel. Het heeft 8 cijfers. Een groep inwoners heeft vaak geen nummer.
uitdaagrecht-kvk-ongeldig = Een KVK-nummer heeft 8 cijfers. Bijvoorbeeld: 12345678.
uitdaagrecht-contact-titel = Contactpersoon
uitdaagrecht-contact-uitleg = Met deze persoon neemt de gemeente contact op. Moet deze persoon ook meeschrijven? Voeg het e-mailadres daarna toe als lid.
uitdaagrecht-contact-naam-label = Naam
uitdaagrecht-contact-naam-leeg = Vul de naam van de contactpersoon in.
uitdaagrecht-contact-email-label = E-mailadres
uitdaagrecht-contact-telefoon-label = Telefoonnummer (niet verplicht)
uitdaagrecht-contact-telefoon-hint = Bijvoorbeeld: 06 12345678.
uitdaagrecht-telefoon-ongeldig = Vul een telefoonnummer in met 10 cijfers. Bijvoorbeeld: 06 12345678.
uitdaagrecht-email-leeg = Vul een e-mailadres in.
uitdaagrecht-email-ongeldig = Vul een e-mailadres in zoals naam@voorbeeld.nl.
uitdaagrecht-te-lang = Dit is te lang. Gebruik hoogstens { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.

uitdaagrecht-initiatief-voorstellen = Voorstellen
uitdaagrecht-initiatief-geen-voorstellen = Dit initiatief heeft nog geen voorstel.
uitdaagrecht-initiatief-nieuw-voorstel = Een voorstel schrijven
uitdaagrecht-initiatief-versturen = Dit voorstel is klaar om te versturen.
uitdaagrecht-initiatief-verder-schrijven = Of schrijf er nog aan verder
uitdaagrecht-zonder-taak = Voorstel zonder titel
uitdaagrecht-referentie = Nummer: { $referentie }
uitdaagrecht-gewijzigd-op = Laatst opgeslagen: { $moment }.
uitdaagrecht-leden-titel = Leden
uitdaagrecht-leden-uitleg = Alle leden kunnen de voorstellen lezen en aanpassen. Zij krijgen ook de e-mails van de gemeente.
uitdaagrecht-lid-label = E-mailadres van een nieuw lid
uitdaagrecht-lid-hint = Het nieuwe lid krijgt een e-mail. Het lid logt in met dit e-mailadres.
uitdaagrecht-lid-knop = Lid toevoegen
uitdaagrecht-lid-al = Dit e-mailadres is al lid.
uitdaagrecht-lid-vol = Dit initiatief heeft al 50 leden. Meer kan niet.
uitdaagrecht-lid-vandaag-genoeg = U voegde in de laatste 24 uur al 20 leden toe. Na die 24 uur kunt u weer leden toevoegen.
uitdaagrecht-lid-weg-titel = Een lid weghalen
uitdaagrecht-lid-weg-label = Wie is geen lid meer?
uitdaagrecht-lid-weg-hint = Wie het initiatief aanmeldde, kan leden weghalen. Elk ander lid kan alleen zichzelf weghalen. Wie geen lid meer is, kan de voorstellen niet meer lezen of aanpassen.
uitdaagrecht-lid-weg-knop = Lid weghalen
uitdaagrecht-lid-weg-leeg = Kies wie geen lid meer is.
uitdaagrecht-lid-weg-laatste = Een initiatief heeft altijd ten minste één lid.

uitdaagrecht-formulier-titel = Voorstel schrijven
uitdaagrecht-formulier-intro = Een voorstel van { $naam }.
uitdaagrecht-formulier-samen = Alle leden kunnen dit voorstel aanpassen. Wat u opslaat, blijft bewaard. U verstuurt het pas na de controle.
uitdaagrecht-formulier-ouder = Een ander lid heeft dit voorstel opgeslagen terwijl u schreef. Uw tekst staat nog niet in het voorstel.
uitdaagrecht-formulier-ouder-wat = Uw tekst staat in het formulier hieronder. Wat het andere lid opsloeg, leest u onder "Wat het andere lid opsloeg". Neem daaruit over wat u wilt houden. Druk daarna opnieuw op een knop. Dan slaat u uw tekst op. Had u een bijlage gekozen of aangevinkt om weg te halen? Doe dat dan opnieuw.
uitdaagrecht-formulier-ouder-tekst = Wat het andere lid opsloeg
uitdaagrecht-formulier-taak = De taak
uitdaagrecht-taak-label = Welke taak wilt u overnemen?
uitdaagrecht-taak-hint = Schrijf het kort. Dit is de titel van uw voorstel. Bijvoorbeeld: Hulp in het huishouden in ons dorp.
uitdaagrecht-taak-leeg = Schrijf welke taak u wilt overnemen.
uitdaagrecht-wat-label = Wat gaat u doen?
uitdaagrecht-wat-hint = Vertel wat u doet en hoe.
uitdaagrecht-wat-leeg = Schrijf wat u gaat doen.
uitdaagrecht-voor-wie-label = Voor wie doet u het?
uitdaagrecht-voor-wie-hint = Bijvoorbeeld: ouderen in de wijk, of alle inwoners van het dorp.
uitdaagrecht-voor-wie-leeg = Schrijf voor wie u het doet.
uitdaagrecht-waarom-titel = Waarom het beter is
uitdaagrecht-waarom-soort-label = Wat kunt u beter dan de gemeente nu?
uitdaagrecht-waarom-soort-hint = Kies één of meer.
uitdaagrecht-waarom-soort-leeg = Kies wat u beter kunt.
uitdaagrecht-waarom-beter = Het werk wordt beter
uitdaagrecht-waarom-goedkoper = Het kost minder geld
uitdaagrecht-waarom-dichterbij = Het is dichter bij de inwoners
uitdaagrecht-waarom-label = Leg uit waarom
uitdaagrecht-waarom-hint = Wat gaat er beter voor de inwoners? Hoe weet u dat?
uitdaagrecht-waarom-leeg = Leg uit waarom het beter is.
uitdaagrecht-formulier-begroting = Begroting
uitdaagrecht-begroting-uitleg = Schrijf per regel waar het geld voor is en hoeveel het is. Er staat altijd een lege regel onder. Wilt u nog een regel? Vul de lege regel in en sla op.
uitdaagrecht-begroting-vol = De begroting heeft { $aantal ->
        [one] { $aantal } regel
       *[other] { $aantal } regels
    }. Meer regels kan niet. Voeg regels samen als u meer nodig heeft.
uitdaagrecht-post-label = Regel { $regel }: waarvoor is het geld?
uitdaagrecht-bedrag-label = Regel { $regel }: bedrag in euro's per jaar
uitdaagrecht-post-leeg = Schrijf waarvoor het geld van regel { $regel } is.
uitdaagrecht-bedrag-leeg = Vul het bedrag van regel { $regel } in.
uitdaagrecht-bedrag-ongeldig = Vul het bedrag van regel { $regel } in als een getal. Bijvoorbeeld: 1250 of 1.250,50.
uitdaagrecht-begroting-leeg = Vul ten minste één regel van de begroting in.
uitdaagrecht-begroting-caption = Begroting per jaar
uitdaagrecht-begroting-post = Waarvoor
uitdaagrecht-begroting-bedrag = Bedrag
uitdaagrecht-begroting-totaal = Totaal
uitdaagrecht-formulier-wie = Wie doen er mee?
uitdaagrecht-betrokkenen-label = Wie doen er mee?
uitdaagrecht-betrokkenen-hint = Noem de mensen en organisaties die meedoen. Bijvoorbeeld vrijwilligers, een huisarts of een buurthuis.
uitdaagrecht-betrokkenen-leeg = Schrijf wie er meedoen.
uitdaagrecht-draagvlak-label = Wie steunen uw plan al?
uitdaagrecht-draagvlak-hint = Bijvoorbeeld: 120 handtekeningen, of een avond met 40 buren. Inwoners kunnen uw voorstel later ook hier steunen.
uitdaagrecht-draagvlak-leeg = Schrijf wie uw plan al steunen.
uitdaagrecht-start-label = Wanneer wilt u beginnen?
uitdaagrecht-start-leeg = Vul de datum in waarop u wilt beginnen.
uitdaagrecht-start-onvolledig = Vul de dag, de maand en het jaar in.
uitdaagrecht-start-bestaat-niet = Deze datum bestaat niet. Vul een echte datum in.
uitdaagrecht-start-voorbij = Deze datum is voorbij. Kies een datum na vandaag.
uitdaagrecht-formulier-bijlagen = Bijlagen
uitdaagrecht-bestand-label = Bijlage toevoegen (niet verplicht)
uitdaagrecht-bestand-hint = Bijvoorbeeld een plan, een begroting of een lijst met handtekeningen. Een PDF, JPG of PNG.
uitdaagrecht-bijlage-weg-label = Bijlagen weghalen
uitdaagrecht-bijlage-weg = { $naam } weghalen
uitdaagrecht-geen-bijlagen = Geen bijlagen.
uitdaagrecht-formulier-openbaar = Openbaar maken
uitdaagrecht-openbaar-label = Mag iedereen uw voorstel zien?
uitdaagrecht-openbaar-hint = Dan staat het op de openbare pagina. Inwoners kunnen het daar steunen. Uw e-mailadressen en bijlagen staan er niet op.
uitdaagrecht-openbaar-ja = Ja, iedereen mag het zien
uitdaagrecht-openbaar-nee = Nee, alleen de gemeente
uitdaagrecht-openbaar-leeg = Kies of iedereen uw voorstel mag zien.
uitdaagrecht-openbaar-knop = Keuze opslaan
uitdaagrecht-formulier-verder = Verder naar controleren
uitdaagrecht-formulier-opslaan = Opslaan

uitdaagrecht-controleren-titel = Controleer uw voorstel
uitdaagrecht-controleren-intro = Klopt alles? Wilt u iets veranderen? Kies dan Wijzigen.
uitdaagrecht-controleren-gewijzigd = Een ander lid heeft het voorstel veranderd nadat u deze pagina opende. Wij hebben het nog niet verstuurd. Hieronder staat het voorstel zoals het nu is. Controleer het opnieuw.
uitdaagrecht-controleren-totaal = U vraagt in totaal { $bedrag } per jaar.
uitdaagrecht-controleren-versturen-titel = Versturen
uitdaagrecht-controleren-versturen-uitleg = Na het versturen kunt u het voorstel niet meer veranderen. De gemeente krijgt het meteen. Alle leden krijgen een e-mail.
uitdaagrecht-controleren-knop = Voorstel versturen

uitdaagrecht-zaak-nummer = Nummer van uw voorstel
uitdaagrecht-zaak-wacht = De gemeente leest uw voorstel. Daarna neemt zij contact met u op.
uitdaagrecht-zaak-verstuurd-op = Verstuurd op { $datum }.
uitdaagrecht-zaak-gegevens = Het voorstel
uitdaagrecht-zaak-openbaar-ja = Iedereen kan dit voorstel zien.
uitdaagrecht-zaak-openbaar-link = Bekijk de openbare pagina
uitdaagrecht-zaak-openbaar-nee = Alleen de gemeente en de leden zien dit voorstel.
uitdaagrecht-gesprek-titel = Bericht van de gemeente
uitdaagrecht-vragen-titel = Vragen van de gemeente
uitdaagrecht-vraag-nummer = Vraag { $nummer }, van { $datum }
uitdaagrecht-antwoord-label = Uw antwoord
uitdaagrecht-antwoord-knop = Antwoord versturen
uitdaagrecht-antwoord-leeg = Schrijf uw antwoord.
uitdaagrecht-antwoord-gegeven = Uw antwoord, van { $datum }
uitdaagrecht-antwoord-gesloten = De gemeente heeft besloten. U kunt deze vraag niet meer beantwoorden.
uitdaagrecht-antwoord-te-laat = Wij konden uw antwoord niet bewaren. Een ander lid beantwoordde deze vraag al, of de gemeente heeft al besloten.
uitdaagrecht-niet-bewaard-tekst = Dit is wat u schreef. Kopieer het als u het nog wilt gebruiken.
uitdaagrecht-al-verstuurd = Wij konden uw wijzigingen niet bewaren. Iemand had het voorstel al verstuurd.
uitdaagrecht-al-verstuurd-tekst = Wat u schreef
uitdaagrecht-log-titel = Wie van de gemeente keek naar dit voorstel?
uitdaagrecht-log-leeg = Nog niemand.
uitdaagrecht-log-bekeken = bekeken
uitdaagrecht-log-gedownload = bijlage geopend
uitdaagrecht-log-gesprek = gesprek gestart
uitdaagrecht-log-vraag = vraag gesteld
uitdaagrecht-log-besloten = besloten
uitdaagrecht-log-opgepakt = in behandeling genomen
uitdaagrecht-log-vastgelegd = iets vastgelegd

uitdaagrecht-mail-aanhef = Beste lid van het initiatief,
uitdaagrecht-mail-knop = Bekijk het voorstel
uitdaagrecht-mail-inloggen = U logt in met dit e-mailadres.
uitdaagrecht-mail-lid-onderwerp = U bent lid van { $naam }
uitdaagrecht-mail-lid-tekst = Een lid heeft u toegevoegd aan het initiatief { $naam }. U kunt nu meeschrijven aan de voorstellen aan de gemeente.
uitdaagrecht-mail-lid-adres = Log in met dit e-mailadres: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = De gemeente heeft voorstel { $referentie } ontvangen
uitdaagrecht-mail-ingediend-tekst = Uw initiatief stuurde het voorstel "{ $taak }" naar de gemeente. Het nummer is { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = De gemeente wil praten over voorstel { $referentie }
uitdaagrecht-mail-gesprek-tekst = De gemeente wil met u in gesprek over uw voorstel. Zij schrijft:
uitdaagrecht-mail-vraag-onderwerp = Een vraag over voorstel { $referentie }
uitdaagrecht-mail-vraag-tekst = De gemeente heeft een vraag over uw voorstel. U leest en beantwoordt de vraag in het loket.
uitdaagrecht-mail-besluit-onderwerp = Besluit over voorstel { $referentie }
uitdaagrecht-mail-besluit-tekst = De gemeente heeft besloten over uw voorstel:
uitdaagrecht-mail-besluit-uitleg = Waarom de gemeente zo besloot, leest u in het loket.
uitdaagrecht-mail-lid-knop = Bekijk het initiatief
