## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = Mijn gegevens
mijn-gegevens-terug = Terug naar Mijn loket
mijn-gegevens-intro = Hier ziet u welke gegevens het loket over u bewaart. U kunt alles downloaden. Klopt er iets niet? Dan kunt u vragen om het te verbeteren.
mijn-gegevens-intro-recht = Dat is uw recht. Het staat in de { $begrip }.
mijn-gegevens-klaar-account = Wij hebben uw gegevens aangepast.
mijn-gegevens-klaar-correctie = Wij hebben uw vraag ontvangen. U krijgt antwoord van de gemeente.

mijn-gegevens-download-titel = Alles downloaden
mijn-gegevens-download-uitleg = U krijgt één zip-bestand met al uw gegevens en documenten. In het bestand LEESMIJ.txt staat wat elk deel is.
mijn-gegevens-download-bewaren = Bewaar het bestand op een veilige plek. Er staan gegevens over uw gezondheid en geld in.
mijn-gegevens-download-knop = Download mijn gegevens
mijn-gegevens-download-laatst = U downloadde uw gegevens op { $datum }.

mijn-gegevens-account-titel = Uw account
mijn-gegevens-account-email = E-mailadres
mijn-gegevens-account-naam = Naam
mijn-gegevens-account-taal = Taal van uw e-mails
mijn-gegevens-account-sinds = Account sinds
mijn-gegevens-account-bsn = Burgerservicenummer (BSN)
mijn-gegevens-bsn-bekend = Bekend: { $bsn }
mijn-gegevens-account-sessies = Nu ingelogd
mijn-gegevens-sessies-aantal = { $aantal ->
        [one] Op { $aantal } apparaat
       *[other] Op { $aantal } apparaten
    }
mijn-gegevens-niet-bekend = Niet bekend
mijn-gegevens-taal-nl = Nederlands
mijn-gegevens-taal-en = Engels (English)
mijn-gegevens-taal-tr = Turks (Türkçe)
mijn-gegevens-taal-ar = Arabisch (العربية)
mijn-gegevens-taal-pl = Pools (Polski)
mijn-gegevens-taal-uk = Oekraïens (Українська)
mijn-gegevens-zelf-titel = Zelf aanpassen
mijn-gegevens-zelf-naam = Uw naam
mijn-gegevens-zelf-naam-hint = Mensen die u helpen zien deze naam. U mag het veld leeg laten. Gebruik ten hoogste { $aantal ->
        [one] { $aantal } teken.
       *[other] { $aantal } tekens.
    }
mijn-gegevens-zelf-taal = In welke taal wilt u e-mails krijgen?
mijn-gegevens-zelf-knop = Opslaan
mijn-gegevens-adres-opgeven = Geef een e-mailadres op. Dan krijgt u bericht als er iets verandert.
mijn-gegevens-adres-wijzigen = Met dit e-mailadres logt u in. Wilt u een ander adres? Bel dan de gemeente op { $telefoon }. Of mail naar { $email }.

mijn-gegevens-zaken-titel = { $aantal ->
        [one] Uw zaak (1)
       *[other] Uw zaken ({ $aantal })
    }
mijn-gegevens-zaken-geen = U heeft nog geen zaken bij de gemeente.
mijn-gegevens-zaak-stand = Verstuurd op { $datum }. Nu: { $fase }. { $aantal ->
        [one] Er is { $aantal } stap.
       *[other] Er zijn { $aantal } stappen.
    }
mijn-gegevens-zaak-plan = U leverde ook een eigen plan in.
mijn-gegevens-zaak-bekijken = Bekijk deze zaak
mijn-gegevens-zaak-correctie = Vraag om iets in deze zaak te verbeteren
mijn-gegevens-fase-ontvangen = ontvangen
mijn-gegevens-fase-gesprek-gepland = gesprek gepland
mijn-gegevens-fase-onderzocht = gesprek gehad
mijn-gegevens-fase-verslag-verstuurd = verslag verstuurd
mijn-gegevens-fase-aanvraag-ontvangen = aanvraag ontvangen
mijn-gegevens-fase-besloten = besluit genomen
mijn-gegevens-fase-gesloten = afgesloten
mijn-gegevens-regeling-wmo = Melding
mijn-gegevens-regeling-blijverslening = Blijverslening
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = Voorstel

mijn-gegevens-concepten-titel = Nog niet verstuurd en andere vragen ({ $aantal })
mijn-gegevens-concepten-geen = U heeft niets meer dat u nog niet verstuurde.
mijn-gegevens-concept-melding = Melding, nog niet verstuurd. U begon op { $datum }.
mijn-gegevens-concept-blijverslening = Blijverslening, nog niet verstuurd. U begon op { $datum }.
mijn-gegevens-concept-kindpakket = Kindpakket, nog niet verstuurd. U begon op { $datum }.
mijn-gegevens-clientondersteuning = Vraag om cliëntondersteuning { $referentie }, van { $datum }

mijn-gegevens-documenten-titel = Documenten ({ $aantal })
mijn-gegevens-documenten-geen = Het loket bewaart geen documenten van u.
mijn-gegevens-documenten-uitleg = Dit zijn de nieuwste. In de download staan ze allemaal, zoals u of de gemeente ze stuurde.
mijn-gegevens-bewijs = { $naam }, het bewijs bij een machtiging
mijn-gegevens-meer = { $aantal ->
        [one] En nog { $aantal }. Die staat in de download.
       *[other] En nog { $aantal }. Die staan in de download.
    }

mijn-gegevens-machtigingen-titel = Machtigingen ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [one] U gaf { $aantal } toestemming om u te helpen.
       *[other] U gaf { $aantal } keer toestemming om u te helpen.
    }
mijn-gegevens-machtiging-aan = { $naam }, sinds { $datum }
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [one] U kreeg { $aantal } toestemming om iemand anders te helpen.
       *[other] U kreeg { $aantal } keer toestemming om iemand anders te helpen.
    }
mijn-gegevens-machtiging-van = { $naam }, sinds { $datum }
mijn-gegevens-machtigingen-link = Bekijk of verander uw machtigingen

mijn-gegevens-initiatieven-titel = Initiatieven ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [one] { $aantal } voorstel
       *[other] { $aantal } voorstellen
    }
mijn-gegevens-steun = { $aantal ->
        [one] U steunt { $aantal } voorstel van andere inwoners.
       *[other] U steunt { $aantal } voorstellen van andere inwoners.
    }

mijn-gegevens-toegang-titel = Wie keek in uw zaken ({ $aantal })
mijn-gegevens-toegang-niemand = Niemand anders keek in uw zaken.
mijn-gegevens-toegang-regel = { $moment }: { $naam }, zaak { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = iemand die u helpt
mijn-gegevens-rol-medewerker = een medewerker van de gemeente

mijn-gegevens-mails-titel = E-mails aan u ({ $aantal })
mijn-gegevens-mails-uitleg = Het loket bewaart een e-mail tot 7 dagen nadat het de e-mail verstuurde.

mijn-gegevens-verzoeken-titel = Wat u hier deed ({ $aantal })
mijn-gegevens-verzoeken-geen = U downloadde uw gegevens nog niet. U vroeg ook nog niet om iets te verbeteren.
mijn-gegevens-gedownload = { $moment }: u downloadde uw gegevens ({ $kb } kB).
mijn-gegevens-correctie-zaak = { $datum }: u vroeg om iets te verbeteren in zaak { $referentie }.
mijn-gegevens-correctie-account = { $datum }: u vroeg om iets te verbeteren in uw account. De gemeente kreeg uw vraag per e-mail.

mijn-gegevens-klopt-niet-titel = Klopt er iets niet?
mijn-gegevens-klopt-niet-uitleg = Uw naam en de taal van uw e-mails past u hierboven zelf aan. Wat de gemeente vastlegde, kunt u niet zelf veranderen. Vraag de gemeente dan om het te verbeteren.
mijn-gegevens-klopt-niet-link = Vraag om iets te verbeteren

mijn-gegevens-correctie-titel = Vraag om iets te verbeteren
mijn-gegevens-correctie-terug = Terug naar Mijn gegevens
mijn-gegevens-correctie-intro = Staat er iets niet goed in uw gegevens? Vertel ons wat er niet klopt. Een medewerker kijkt ernaar en geeft u antwoord.
mijn-gegevens-correctie-zelf = Gaat het om een vraag die u nog niet verstuurde? Die kunt u zelf nog veranderen.
mijn-gegevens-correctie-over = Over welke gegevens gaat het?
mijn-gegevens-correctie-over-account = Mijn account of iets anders
mijn-gegevens-correctie-over-account-hint = Bijvoorbeeld uw e-mailadres. De gemeente krijgt uw vraag per e-mail.
mijn-gegevens-correctie-wat = Wat klopt er niet?
mijn-gegevens-correctie-wat-hint = Schrijf op wat er nu staat en waar.
mijn-gegevens-correctie-moet-zijn = Wat moet er staan?
mijn-gegevens-correctie-moet-zijn-hint = Weet u het niet? Laat dit veld dan leeg.
mijn-gegevens-correctie-knop = Vraag versturen

mijn-gegevens-fout-naam-te-lang = Uw naam is te lang. Gebruik ten hoogste { $aantal ->
        [one] { $aantal } teken.
       *[other] { $aantal } tekens.
    }
mijn-gegevens-fout-taal = Kies de taal van uw e-mails.
mijn-gegevens-fout-over = Kies over welke gegevens uw vraag gaat.
mijn-gegevens-fout-wat = Schrijf op wat er niet klopt.
mijn-gegevens-fout-te-lang = Uw tekst is te lang. Gebruik ten hoogste { $aantal ->
        [one] { $aantal } teken.
       *[other] { $aantal } tekens.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = Vraag om gegevens te verbeteren (AVG artikel 16)
mijn-gegevens-mail-gemeente-aanhef = Beste collega,
mijn-gegevens-mail-gemeente-tekst = Een inwoner vraagt via het loket om gegevens te verbeteren. De vraag gaat niet over een zaak.
mijn-gegevens-mail-gemeente-adres = E-mailadres van de inwoner: { $email }
mijn-gegevens-mail-gemeente-naam = Naam van de inwoner: { $naam }
mijn-gegevens-mail-gemeente-wat = Wat klopt er niet: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = Wat moet er staan: { $tekst }
mijn-gegevens-mail-gemeente-termijn = Geef de inwoner binnen een maand antwoord. Dat staat in de AVG, artikel 12.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = Uw gegevens in het loket van de gemeente { $gemeente }
mijn-gegevens-leesmij-gemaakt = Het loket maakte dit bestand op { $moment }.
mijn-gegevens-leesmij-uitleg = Hierin staat alles wat het loket over u bewaart. Ieder deel staat in een eigen bestand.
mijn-gegevens-leesmij-json = De bestanden met .json zijn tekst. U opent ze met een teksteditor.
mijn-gegevens-leesmij-bsn = Bewaar dit bestand goed. Er staat uw burgerservicenummer in als het loket dat kent.
mijn-gegevens-leesmij-account = uw account: e-mailadres, naam, taal en wanneer u inlogde.
mijn-gegevens-leesmij-meldingen = uw meldingen, ook die u nog niet verstuurde.
mijn-gegevens-leesmij-plannen = uw eigen plannen bij een melding.
mijn-gegevens-leesmij-clientondersteuning = uw vragen om gratis cliëntondersteuning.
mijn-gegevens-leesmij-zaken = uw zaken met alle stappen. Ook uw bezwaar.
mijn-gegevens-leesmij-blijverslening = uw aanvragen voor een blijverslening, met de andere eigenaren.
mijn-gegevens-leesmij-kindpakket = uw aanvragen voor het Kindpakket, met de kinderen en de besluiten.
mijn-gegevens-leesmij-uitdaagrecht = uw initiatieven met hun voorstellen, en de voorstellen die u steunt.
mijn-gegevens-leesmij-machtigingen = wie u mag helpen, en wie u zelf helpt.
mijn-gegevens-leesmij-toegangslog = wie uw zaken bekeek of veranderde, en wanneer.
mijn-gegevens-leesmij-documenten = een lijst van uw documenten, met waar elk bestand staat.
mijn-gegevens-leesmij-mails = de e-mails die het loket u stuurde. Het loket bewaart ze tot 7 dagen na het versturen.
mijn-gegevens-leesmij-log = wanneer u uw gegevens downloadde of vroeg om iets te verbeteren.
mijn-gegevens-leesmij-map = uw documenten, zoals u of de gemeente ze stuurde.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [one] { $aantal } document past niet in dit bestand. Vraag de gemeente om het op een andere manier te sturen.
       *[other] { $aantal } documenten passen niet in dit bestand. Vraag de gemeente om ze op een andere manier te sturen.
    }
mijn-gegevens-leesmij-vragen = Mist u iets? Of klopt er iets niet? Neem dan contact op met de gemeente.
