## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = Helper met een machtiging
machtigingen-soort-clientondersteuner = Cliëntondersteuner
machtigingen-soort-curator = Curator
machtigingen-soort-mentor = Mentor
machtigingen-soort-bewindvoerder = Bewindvoerder
machtigingen-soort-voogd = Voogd
machtigingen-soort-ouder = Ouder met gezag

machtigingen-status-uitgenodigd = Nog niet aangenomen
machtigingen-status-wacht = Wacht op bevestiging
machtigingen-status-controle = De gemeente controleert dit
machtigingen-status-actief = Geldt nu
machtigingen-status-afgewezen = Niet goedgekeurd
machtigingen-status-beeindigd = Gestopt

machtigingen-recht-bekijken = Uw dossier bekijken.
machtigingen-recht-indienen = Voor u meldingen doen, vragen beantwoorden en documenten sturen.
machtigingen-recht-post = De e-mails over uw zaken ook krijgen.
machtigingen-tot = Dit geldt tot en met { $datum }.
machtigingen-tot-geen = Dit geldt tot iemand het stopt.

machtigingen-namens-titel = Voor wie werkt u?
machtigingen-namens-intro = U kunt werken voor uzelf. Of voor iemand die u heeft gemachtigd. Kies voor wie u nu werkt.
machtigingen-namens-zelf = Voor mijzelf
machtigingen-namens-voor = Namens { $naam }
machtigingen-namens-nu = U werkt nu: { $naam }
machtigingen-namens-geen = Niemand heeft u gemachtigd.
machtigingen-namens-clienten = Naar mijn cliënten
machtigingen-namens-beheer = Naar de machtigingen
machtigingen-namens-paginas = Pagina's met mensen voor wie u kunt werken
machtigingen-namens-zoek = Zoek op naam
machtigingen-namens-zoek-hint = Typ de naam of een deel ervan.
machtigingen-namens-zoek-knop = Zoeken
machtigingen-namens-zoek-geen = We vinden niemand met { $zoek } in de naam.
machtigingen-namens-zoek-alles = Laat iedereen zien

machtigingen-overzicht-titel = Machtigingen
machtigingen-overzicht-eigen = Dit zijn uw eigen machtigingen. Die van { $naam } ziet u hier niet.
machtigingen-overzicht-intro = Met een machtiging mag iemand anders u helpen met uw zaken bij de gemeente. U kiest zelf wat die persoon mag.
machtigingen-overzicht-beslist = Een helper beslist nooit voor u. U kunt een machtiging altijd meteen stoppen.
machtigingen-overzicht-nieuw = Iemand machtigen
machtigingen-overzicht-gegeven = Wie mag u helpen?
machtigingen-overzicht-gegeven-geen = U heeft nog niemand gemachtigd.
machtigingen-overzicht-gekregen = Wie helpt u zelf?
machtigingen-overzicht-gekregen-geen = U helpt nog niemand.
machtigingen-overzicht-wisselen = Kies voor wie u werkt
machtigingen-overzicht-gekregen-paginas = Pagina's met machtigingen die u heeft gekregen

machtigingen-nieuw-titel = Iemand machtigen
machtigingen-nieuw-intro = Wij sturen deze persoon een e-mail. Daarin staat een link. De machtiging geldt pas als die persoon de uitnodiging aanneemt.
machtigingen-nieuw-email = E-mailadres van de persoon die u helpt
machtigingen-nieuw-email-hint = Deze persoon moet met dit adres inloggen.
machtigingen-nieuw-naam = Naam van deze persoon (niet verplicht)
machtigingen-nieuw-rechten = Wat mag deze persoon nog meer?
machtigingen-nieuw-rechten-hint = Uw dossier bekijken mag altijd. Kies wat er nog bij mag.
machtigingen-nieuw-tot = Tot en met wanneer geldt de machtiging?
machtigingen-nieuw-tot-hint = Kies een datum binnen 5 jaar. Bijvoorbeeld 31 12 2027.
machtigingen-nieuw-eigen-naam = Uw eigen naam (niet verplicht)
machtigingen-nieuw-eigen-naam-hint = Zo weet de helper wie het vraagt. Gebruik hoogstens { $max ->
        [one] { $max } teken
       *[other] { $max } tekens
    }.
machtigingen-nieuw-beslist = Een helper beslist nooit voor u. U kunt de machtiging altijd stoppen.
machtigingen-nieuw-knop = Uitnodiging sturen
machtigingen-nieuw-fout-email-leeg = Vul het e-mailadres in van de persoon die u helpt.
machtigingen-nieuw-fout-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
machtigingen-nieuw-fout-eigen-adres = Dit is uw eigen e-mailadres. Vul het adres in van de persoon die u helpt.
machtigingen-nieuw-fout-tot-leeg = Vul in tot en met wanneer de machtiging geldt.
machtigingen-nieuw-fout-tot-onvolledig = Vul de dag, de maand en het jaar in.
machtigingen-nieuw-fout-tot-bestaat-niet = Deze datum bestaat niet. Kijk de dag, de maand en het jaar na.
machtigingen-nieuw-fout-tot-bereik = Kies een datum vanaf vandaag en binnen 5 jaar.

machtigingen-detail-titel-helper = Machtiging voor { $naam }
machtigingen-detail-titel-inwoner = U helpt { $naam }
machtigingen-detail-verstuurd = We hebben { $naam } een e-mail gestuurd. De machtiging geldt als deze persoon de uitnodiging aanneemt.
machtigingen-detail-status = Hoe staat het?
machtigingen-detail-soort = Soort
machtigingen-detail-mag = Wat mag de helper?
machtigingen-detail-tot = Hoe lang?
machtigingen-detail-sinds = Geldt sinds
machtigingen-detail-nog-niet = Nog niet
machtigingen-detail-gestopt = Gestopt op { $moment }.
machtigingen-detail-afgewezen = De gemeente keurde dit niet goed. De reden: { $reden }
machtigingen-detail-beslist = Een helper beslist nooit. De gemeente beslist, en u kiest zelf.
machtigingen-detail-stop-uitleg = Als u stopt, kan de helper direct niet meer in uw dossier.
machtigingen-detail-stop-uitleg-helper = Als u stopt, kunt u direct niet meer in het dossier van deze persoon.
machtigingen-detail-stop = Machtiging stoppen
machtigingen-detail-acties = Wat deed de helper?
machtigingen-detail-acties-geen = De helper deed nog niets in uw zaken.
machtigingen-detail-naar-melding = Naar deze zaak

machtigingen-actie-ingediend = Melding { $referentie } verstuurd.
machtigingen-actie-bekeken = Bekeek { $wat } van zaak { $referentie }.
machtigingen-actie-gewijzigd = Deed iets in zaak { $referentie }: { $wat }.
machtigingen-actie-gedownload = Opende een document van zaak { $referentie }.

machtigingen-uitnodiging-titel = { $naam } vraagt of u wilt helpen
machtigingen-uitnodiging-intro = { $naam } wil dat u helpt met zaken bij de gemeente.
machtigingen-uitnodiging-mag = U mag dan dit doen:
machtigingen-uitnodiging-ja = Ja, ik help
machtigingen-uitnodiging-nee = Nee, liever niet
machtigingen-uitnodiging-ander-adres = U bent ingelogd met een ander e-mailadres. Log uit. Log daarna in met het adres waar deze uitnodiging naartoe ging.
machtigingen-uitnodiging-weg-titel = Deze uitnodiging werkt niet meer
machtigingen-uitnodiging-weg-tekst = Iemand heeft de uitnodiging al gebruikt of gestopt. Of de uitnodiging is te oud. Vraag de persoon om een nieuwe uitnodiging.

machtigingen-mail-aanhef = Beste helper,
machtigingen-mail-uitnodiging-onderwerp = { $naam } vraagt of u wilt helpen
machtigingen-mail-uitnodiging-intro = { $naam } wil dat u helpt met zaken bij de gemeente. U mag dan dit doen:
machtigingen-mail-uitnodiging-knop = Uitnodiging bekijken
machtigingen-mail-uitnodiging-onbekend = Kent u deze persoon niet? Dan hoeft u niets te doen.
machtigingen-mail-beeindigd-onderwerp = Een machtiging is gestopt
machtigingen-mail-beeindigd-tekst = { $naam } heeft de machtiging gestopt.
machtigingen-mail-antwoord-onderwerp = Antwoord op uw uitnodiging
machtigingen-mail-antwoord-ja = { $naam } helpt u nu. Dat ziet u bij Machtigingen.
machtigingen-mail-antwoord-nee = { $naam } helpt u liever niet.
machtigingen-mail-antwoord-knop = Naar de machtigingen

machtigingen-voorstel-titel = Dit is een zaak van { $naam }
machtigingen-voorstel-tekst = U werkt nu niet namens { $naam }. Wilt u deze zaak bekijken? Werk dan namens { $naam }.
machtigingen-overzicht-vertegenwoordigd = Wie mag { $naam } helpen?

machtigingen-stop-zeker = Weet u zeker dat u de machtiging wilt stoppen?
machtigingen-stop-ja = Ja, stop de machtiging
machtigingen-stop-nee = Nee, laat de machtiging doorgaan
machtigingen-stop-fout = Kies of u de machtiging wilt stoppen.
