## Vertegenwoordiging: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof. Plain language: B1, one idea per sentence.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = Toestemming om te helpen
vertegenwoordiging-aanbod-tekst = U deed dit voor { $naam }. { $naam } moet nog zeggen dat u mag helpen.
vertegenwoordiging-aanbod-link = Laat { $naam } bevestigen dat u mag helpen

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = U heeft { $naam } nog niet om toestemming gevraagd.
vertegenwoordiging-staat-mail = We stuurden { $naam } op { $datum } een e-mail. Het adres is { $email }.
vertegenwoordiging-staat-geldig = De link en de code werken tot { $datum }.
vertegenwoordiging-staat-code-link = Heeft { $naam } u de code gegeven? Vul de code in
vertegenwoordiging-staat-opnieuw = Vraag opnieuw om toestemming
vertegenwoordiging-staat-controle = U stuurde een getekend formulier. Een medewerker kijkt of het klopt. U krijgt daarna een e-mail.
vertegenwoordiging-staat-afgewezen = Een medewerker keurde het formulier niet goed.
vertegenwoordiging-staat-gestopt = { $naam } gaf geen toestemming. Of de vraag is niet meer geldig.
vertegenwoordiging-reden = Reden

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = Uw melding voor { $naam }
vertegenwoordiging-dossier-alleen = { $naam } moet eerst zeggen dat u mag helpen. Tot die tijd ziet u alleen wat u zelf invulde.
vertegenwoordiging-dossier-nummer = Nummer:
vertegenwoordiging-dossier-antwoorden = Wat u stuurde
vertegenwoordiging-dossier-bewijs = Bekijk of print het bewijs dat u het stuurde
vertegenwoordiging-mijn-loket = Naar Mijn loket

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = Laat { $naam } bevestigen dat u mag helpen
vertegenwoordiging-vragen-intro = U deed een melding voor { $naam }. De gemeente wil weten of { $naam } dat goed vindt.
vertegenwoordiging-vragen-twee = Dat kan op twee manieren. Kies de manier die het best past.
vertegenwoordiging-vragen-mail-titel = Met een e-mail
vertegenwoordiging-vragen-mail-tekst = We sturen { $naam } een e-mail met een link en een code. { $naam } klikt op de link. Of { $naam } leest u de code voor, bijvoorbeeld aan de telefoon.
vertegenwoordiging-email-label = E-mailadres van { $naam }
vertegenwoordiging-rechten-label = Wat wilt u mogen doen?
vertegenwoordiging-rechten-hint = U mag altijd de melding en de brieven bekijken. Kies wat u nog meer wilt doen.
vertegenwoordiging-recht-indienen-keuze = Ook dingen sturen, zoals antwoorden en papieren
vertegenwoordiging-recht-post-keuze = Ook de e-mails van de gemeente krijgen
vertegenwoordiging-einde-label = Tot wanneer wilt u helpen?
vertegenwoordiging-einde-hint = Kies een datum. Dat mag tot 5 jaar vanaf vandaag. Bijvoorbeeld 31 12 2027.
vertegenwoordiging-vragen-mail-knop = Stuur de e-mail
vertegenwoordiging-vragen-formulier-titel = Met een getekend formulier
vertegenwoordiging-vragen-formulier-tekst = Heeft { $naam } geen e-mail? Laat { $naam } dan een formulier tekenen. Daarop staat dat u mag helpen. Maak er een foto of scan van.
vertegenwoordiging-afdrukken-link = Formulier afdrukken om te tekenen
vertegenwoordiging-afdrukken-titel = Formulier: toestemming om te helpen
vertegenwoordiging-afdrukken-print = Druk dit formulier af met de printknop van uw browser.
vertegenwoordiging-afdrukken-intro = Met dit formulier geeft u iemand toestemming om u te helpen bij de gemeente { $gemeente }. Vul het in met een pen.
vertegenwoordiging-afdrukken-ik = Wie geeft toestemming?
vertegenwoordiging-afdrukken-helper = Wie mag helpen?
vertegenwoordiging-afdrukken-naam = Voornaam en achternaam
vertegenwoordiging-afdrukken-geboren = Geboortedatum
vertegenwoordiging-afdrukken-adres = Straat en huisnummer
vertegenwoordiging-afdrukken-postcode = Postcode en woonplaats
vertegenwoordiging-afdrukken-email = E-mailadres
vertegenwoordiging-afdrukken-waarvoor = Waarvoor?
vertegenwoordiging-afdrukken-melding = Voor de { $begrip } met nummer { $referentie }.
vertegenwoordiging-afdrukken-kruis = Zet een kruisje bij wat de helper mag doen.
vertegenwoordiging-afdrukken-wanneer = Van wanneer tot wanneer?
vertegenwoordiging-afdrukken-vanaf = Vanaf
vertegenwoordiging-afdrukken-tot = Tot en met
vertegenwoordiging-afdrukken-tot-uitleg = Schrijft u geen datum op? Dan geldt het een jaar.
vertegenwoordiging-afdrukken-tekenen = Handtekeningen
vertegenwoordiging-afdrukken-verklaring = Ik, { $naam }, geef deze persoon toestemming om mij te helpen zoals hierboven staat. Ik kan dit altijd weer stoppen.
vertegenwoordiging-afdrukken-plaats-datum = Plaats en datum
vertegenwoordiging-afdrukken-handtekening = Handtekening van { $naam }
vertegenwoordiging-afdrukken-handtekening-helper = Handtekening van de helper
vertegenwoordiging-afdrukken-daarna = Wat doet u daarna?
vertegenwoordiging-afdrukken-stap-foto = Maak een foto of scan van het getekende formulier.
vertegenwoordiging-afdrukken-stap-sturen = Stuur de foto of scan op de pagina waar u dit formulier vond.
vertegenwoordiging-afdrukken-terug = Terug naar de pagina om het formulier te sturen
vertegenwoordiging-vragen-formulier-controle = Een medewerker van de gemeente kijkt of het formulier klopt. Het geldt dan een jaar.
vertegenwoordiging-formulier-bestand-label = Het getekende formulier
vertegenwoordiging-bestand-hint = Een PDF, JPG of PNG.
vertegenwoordiging-formulier-email-label = E-mailadres van { $naam }
vertegenwoordiging-optioneel = Niet verplicht. Weet u het adres? Dan kan { $naam } later zelf ook inloggen.
vertegenwoordiging-vragen-formulier-knop = Stuur het formulier

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = Bekijken wat er gebeurt met de vraag om hulp.
vertegenwoordiging-recht-indienen = Dingen sturen, zoals antwoorden en papieren.
vertegenwoordiging-recht-post = De e-mails van de gemeente ook krijgen.
vertegenwoordiging-tot = Tot en met { $datum }.
vertegenwoordiging-tot-geen = Tot het stopt.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = { $naam } gaf u toestemming
vertegenwoordiging-bevestigd-paneel = Gelukt
vertegenwoordiging-bevestigd-tekst = U mag { $naam } nu helpen.
vertegenwoordiging-bevestigd-verder = In Mijn loket kiest u dat u iets doet voor { $naam }. Dan ziet u alles weer.

## The code.
vertegenwoordiging-code-titel = Vul de code van { $naam } in
vertegenwoordiging-code-intro = { $naam } kreeg een e-mail met een code. Vraag { $naam } om de code voor te lezen.
vertegenwoordiging-code-zeker = Vul de code alleen in als { $naam } hem zelf aan u gaf.
vertegenwoordiging-code-label = Code
vertegenwoordiging-code-hint = 8 letters en cijfers. Bijvoorbeeld ABCD 2345.
vertegenwoordiging-code-knop = Controleer de code

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = Mag { $helper } u helpen?
vertegenwoordiging-bevestigen-intro = { $helper } deed voor u een { $begrip } bij de gemeente.
vertegenwoordiging-bevestigen-vraag = { $helper } wil u daarbij helpen. Vindt u dat goed?
vertegenwoordiging-bevestigen-wie = Wie vraagt het
vertegenwoordiging-bevestigen-wat = Wat mag deze persoon dan
vertegenwoordiging-bevestigen-tot = Tot wanneer
vertegenwoordiging-bevestigen-stoppen = Zegt u ja? Dan wordt de melding van u. U kunt de toestemming later altijd stoppen.
vertegenwoordiging-bevestigen-onbekend = Kent u deze persoon niet? Kies dan Nee.
vertegenwoordiging-bevestigen-ja = Ja, dit klopt
vertegenwoordiging-bevestigen-nee = Nee

vertegenwoordiging-link-titel = Deze link werkt niet meer
vertegenwoordiging-link-tekst = U gebruikte de link al. Of de link is te oud.
vertegenwoordiging-link-niets = U hoeft niets te doen.
vertegenwoordiging-link-start = Naar de startpagina

vertegenwoordiging-beantwoord-ja-titel = Bedankt voor uw antwoord
vertegenwoordiging-beantwoord-ja-tekst = U gaf toestemming. Wij laten het de persoon weten die u helpt.
vertegenwoordiging-beantwoord-ja-stoppen = Wilt u het stoppen? Log dan in met uw e-mailadres. Of bel de gemeente.
vertegenwoordiging-beantwoord-inloggen = Inloggen
vertegenwoordiging-beantwoord-nee-titel = U zei nee
vertegenwoordiging-beantwoord-nee-tekst = Deze persoon mag u niet helpen. Wij laten het weten.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = Ik ben wettelijk vertegenwoordiger
vertegenwoordiging-wettelijk-intro = Heeft de rechter u aangewezen om iemand te helpen? Of bent u ouder met gezag? Dan mag u dingen regelen voor die persoon.
vertegenwoordiging-wettelijk-controle = Stuur ons het bewijs. Bijvoorbeeld de brief van de rechter. Een medewerker kijkt of het klopt.
vertegenwoordiging-wettelijk-eerder = Wat u eerder stuurde
vertegenwoordiging-wettelijk-nieuw = Iets nieuws sturen
vertegenwoordiging-soort-label = Wat bent u?
vertegenwoordiging-soort-gemachtigde = Helper met toestemming
vertegenwoordiging-soort-gemachtigde-uitleg = U helpt met toestemming van de persoon zelf.
vertegenwoordiging-soort-curator = Curator
vertegenwoordiging-soort-curator-uitleg = U regelt alles voor de persoon: geld en zorg.
vertegenwoordiging-soort-mentor = Mentor
vertegenwoordiging-soort-mentor-uitleg = U regelt de zorg voor de persoon. Niet het geld.
vertegenwoordiging-soort-bewindvoerder = Bewindvoerder
vertegenwoordiging-soort-bewindvoerder-uitleg = U regelt het geld van de persoon. Niet de zorg.
vertegenwoordiging-soort-voogd = Voogd
vertegenwoordiging-soort-voogd-uitleg = U zorgt voor een kind dat geen ouder met gezag heeft.
vertegenwoordiging-soort-ouder = Ouder met gezag
vertegenwoordiging-soort-ouder-uitleg = U bent ouder van een kind onder de 18 jaar en u heeft het gezag.
vertegenwoordiging-naam-label = Naam van de persoon die u helpt
vertegenwoordiging-geboren-label = Geboortedatum van die persoon
vertegenwoordiging-wettelijk-email-label = E-mailadres van die persoon
vertegenwoordiging-wettelijk-email-hint = Niet verplicht. Heeft de persoon geen e-mail? Laat het dan leeg.
vertegenwoordiging-wettelijk-einde-label = Einddatum in de brief van de rechter
vertegenwoordiging-wettelijk-einde-hint = Niet verplicht. Staat er geen einddatum in? Laat het dan leeg.
vertegenwoordiging-wettelijk-bestand-label = Het bewijs
vertegenwoordiging-wettelijk-knop = Stuur naar de gemeente

vertegenwoordiging-klaar-titel = Uw bewijs als vertegenwoordiger
vertegenwoordiging-klaar-paneel = Wij hebben het ontvangen
vertegenwoordiging-klaar-ontvangen = U stuurde het bewijs dat u { $naam } mag helpen.
vertegenwoordiging-klaar-nu-titel = Wat gebeurt er nu?
vertegenwoordiging-klaar-controle = Een medewerker van de gemeente kijkt of het bewijs klopt.
vertegenwoordiging-klaar-mail = U krijgt daarna een e-mail.
vertegenwoordiging-klaar-dan = Klopt het? Dan kiest u in Mijn loket dat u iets doet voor { $naam }.
vertegenwoordiging-klaar-mag = Wat mag u dan?
vertegenwoordiging-status-label = Hoe staat het ervoor
vertegenwoordiging-status-wacht = Wacht op antwoord
vertegenwoordiging-status-controle = Wacht op controle
vertegenwoordiging-status-actief = Goedgekeurd
vertegenwoordiging-status-afgewezen = Niet goedgekeurd
vertegenwoordiging-status-gestopt = Gestopt

## Field errors.
vertegenwoordiging-fout-email-leeg = Vul het e-mailadres in.
vertegenwoordiging-fout-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
vertegenwoordiging-fout-eigen-email = Dit is uw eigen e-mailadres. Vul het adres in van de persoon die u helpt.
vertegenwoordiging-fout-einde-leeg = Vul de datum in tot wanneer u wilt helpen.
vertegenwoordiging-fout-einde-bereik = Kies een datum vanaf vandaag. Hooguit 5 jaar verder.
vertegenwoordiging-fout-einde-verleden = Deze datum is al voorbij. Kies een datum vanaf vandaag.
vertegenwoordiging-fout-datum-onvolledig = Vul de dag, de maand en het jaar in.
vertegenwoordiging-fout-datum-bestaat-niet = Deze datum bestaat niet. Vul een echte datum in.
vertegenwoordiging-fout-code-leeg = Vul de code in.
vertegenwoordiging-fout-code = De code klopt niet. U mag het nog { $aantal } keer proberen.
vertegenwoordiging-fout-code-op = De code klopt niet. U probeerde het te vaak. Vraag opnieuw om toestemming.
vertegenwoordiging-fout-soort = Kies wat u bent.
vertegenwoordiging-fout-naam = Vul de naam in.
vertegenwoordiging-fout-te-lang = Gebruik hooguit { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.
vertegenwoordiging-fout-geboren-leeg = Vul de geboortedatum in.
vertegenwoordiging-fout-geboren-toekomst = De geboortedatum moet in het verleden liggen.
vertegenwoordiging-fout-geen-kind = Deze persoon is 18 jaar of ouder. Kies curator, mentor of bewindvoerder.
vertegenwoordiging-fout-reden = Schrijf op waarom u het afwijst.

## E-mails.
vertegenwoordiging-mail-aanhef = Beste { $naam },
vertegenwoordiging-mail-vraag-onderwerp = { $helper } vraagt of u hulp wilt
vertegenwoordiging-mail-vraag-wie = { $helper } ({ $email }) vroeg de gemeente om hulp voor u.
vertegenwoordiging-mail-vraag-wie-adres = { $helper } vroeg de gemeente om hulp voor u.
vertegenwoordiging-mail-vraag-wat = { $helper } wil u helpen bij die vraag. Vindt u dat goed? Dan mag { $helper } dit doen:
vertegenwoordiging-mail-vraag-knop = Zeg ja of nee
vertegenwoordiging-mail-vraag-code = U kunt ook deze code aan { $helper } geven: { $code }. Doe dat alleen als u zeker weet dat u met { $helper } praat.
vertegenwoordiging-mail-vraag-onbekend = Kent u deze persoon niet? Kies dan Nee. Of doe niets.
vertegenwoordiging-mail-vraag-geldig = De link en de code werken { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    }.
vertegenwoordiging-mail-ja-onderwerp = { $naam } gaf u toestemming
vertegenwoordiging-mail-ja-tekst = { $naam } vindt het goed dat u helpt.
vertegenwoordiging-mail-nee-onderwerp = { $naam } gaf geen toestemming
vertegenwoordiging-mail-nee-tekst = { $naam } zei nee. U mag { $naam } niet helpen bij deze vraag.
vertegenwoordiging-mail-melding-knop = Bekijk wat u stuurde
vertegenwoordiging-mail-code-onderwerp = U gaf { $helper } toestemming
vertegenwoordiging-mail-code-tekst = U gaf { $helper } de code. Nu mag { $helper } u helpen bij uw vraag aan de gemeente.
vertegenwoordiging-mail-code-niet = Gaf u de code niet? Bel dan meteen de gemeente.
vertegenwoordiging-mail-goed-onderwerp = U mag { $naam } helpen
vertegenwoordiging-mail-goed-tekst = Een medewerker keek naar uw bewijs. Het klopt. U mag { $naam } nu helpen.
vertegenwoordiging-mail-af-onderwerp = Uw bewijs voor { $naam } klopt niet
vertegenwoordiging-mail-af-tekst = Een medewerker keek naar uw bewijs voor { $naam }. Het klopt niet.
vertegenwoordiging-mail-af-opnieuw = U kunt het opnieuw sturen. Heeft u een vraag? Bel dan de gemeente.
vertegenwoordiging-mail-af-knop = Bekijk uw aanvraag

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = De melding is voor { $naam }. { $naam } heeft de helper nog geen toestemming gegeven. De helper ziet alleen de eigen antwoorden.
vertegenwoordiging-staf-controleer = Controleer het getekende formulier
vertegenwoordiging-grond-formulier = getekend formulier
vertegenwoordiging-grond-rechter = wettelijk bewijs
vertegenwoordiging-controle-lijst-titel = Machtigingen controleren
vertegenwoordiging-controle-lijst-intro = Getekende formulieren en bewijs van wettelijke vertegenwoordigers. Het oudste staat bovenaan.
vertegenwoordiging-controle-lijst-leeg = Er is niets te controleren.
vertegenwoordiging-controle-lijst-caption = { $aantal } te controleren
vertegenwoordiging-controle-klaar-goed = U keurde de machtiging goed. De aanvrager krijgt een e-mail.
vertegenwoordiging-controle-klaar-af = U wees de machtiging af. De aanvrager krijgt een e-mail met de reden.
vertegenwoordiging-kolom-voor = Voor wie
vertegenwoordiging-kolom-soort = Soort
vertegenwoordiging-kolom-door = Aangevraagd door
vertegenwoordiging-kolom-op = Ontvangen op
vertegenwoordiging-controle-titel = Machtiging voor { $naam }
vertegenwoordiging-controle-terug = Terug naar de lijst
vertegenwoordiging-controle-email = E-mailadres van de inwoner
vertegenwoordiging-controle-rechten = Rechten
vertegenwoordiging-controle-melding = Melding
vertegenwoordiging-controle-melding-link = Open de zaak
vertegenwoordiging-controle-bewijs = Bewijs
vertegenwoordiging-controle-download = Download
vertegenwoordiging-controle-besluit = Besluit
vertegenwoordiging-controle-goed-uitleg = Goedkeuren maakt de machtiging actief. Bij een getekend formulier gaat de melding naar de inwoner.
vertegenwoordiging-controle-goed-knop = Goedkeuren
vertegenwoordiging-controle-reden-label = Reden van afwijzen
vertegenwoordiging-controle-reden-hint = Alleen nodig als u afwijst. De aanvrager leest deze reden in de e-mail.
vertegenwoordiging-controle-af-knop = Afwijzen
vertegenwoordiging-controle-bestaand = Dit e-mailadres heeft al een account: { $naam }. Na goedkeuren krijgt deze persoon een e-mail over wie nu namens hem of haar mag handelen.
vertegenwoordiging-mail-inwoner-onderwerp = Iemand mag nu namens u zaken regelen
vertegenwoordiging-mail-inwoner-tekst = { $wie } mag nu namens u zaken regelen in het loket. Een medewerker van de gemeente keek naar het bewijs.
vertegenwoordiging-mail-inwoner-klopt-niet = Klopt dit niet? Neem dan zo snel mogelijk contact op met de gemeente.
vertegenwoordiging-mail-inwoner-knop = Bekijk wie namens u mag handelen
