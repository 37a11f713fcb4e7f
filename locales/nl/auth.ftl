## Sign-in by e-mail link.

auth-inloggen-titel = Inloggen
auth-inloggen-uitleg = U logt in met uw e-mailadres. U krijgt dan een e-mail met een link. Met die link logt u in.
auth-inloggen-geen-wachtwoord = U heeft geen wachtwoord nodig.
auth-email-label = Uw e-mailadres
auth-email-hint = Bijvoorbeeld naam@voorbeeld.nl
auth-email-leeg = Vul uw e-mailadres in.
auth-email-ongeldig = Vul een e-mailadres in zoals naam@voorbeeld.nl.
auth-inloggen-knop = Stuur mij een link
auth-inloggen-digid = Later kunt u hier ook inloggen met DigiD.
auth-verstuurd-titel = Kijk in uw e-mail
auth-verstuurd-tekst = Wij hebben een e-mail gestuurd naar het adres dat u invulde. Klik op de link in die e-mail.
auth-verstuurd-geldig = De link werkt { $minuten ->
        [one] { $minuten } minuut
       *[other] { $minuten } minuten
    }. U kunt de link één keer gebruiken.
auth-verstuurd-niets = Geen e-mail gekregen? Kijk ook in de map met ongewenste e-mail.
auth-verstuurd-opnieuw = Vraag een nieuwe link aan
auth-bevestig-titel = Inloggen
auth-bevestig-tekst = Klik op de knop om in te loggen.
auth-bevestig-knop = Inloggen
auth-verlopen-titel = Deze link werkt niet meer
auth-verlopen-tekst = Een link werkt { $minuten ->
        [one] { $minuten } minuut
       *[other] { $minuten } minuten
    } en maar één keer. Misschien heeft u de link al gebruikt.
auth-verlopen-opnieuw = Vraag een nieuwe link aan
auth-uitloggen-knop = Uitloggen
auth-uitgelogd-titel = U bent uitgelogd
auth-uitgelogd-tekst = Sluit de browser als u een computer met anderen deelt.
auth-uitgelogd-opnieuw = Opnieuw inloggen
auth-uitgelogd-opgeheven = Wij hebben uw account opgeheven. Wij wisten alles van u uit het loket.
auth-mail-onderwerp = Inloggen bij gemeente { $gemeente }
auth-mail-tekst = U wilt inloggen bij het loket van gemeente { $gemeente }. Klik op de link om in te loggen.
auth-mail-knop = Inloggen
auth-mail-geldig = De link werkt { $minuten ->
        [one] { $minuten } minuut
       *[other] { $minuten } minuten
    }. U kunt de link één keer gebruiken.
auth-mail-niet-gevraagd = Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen. Niemand kan zonder deze link inloggen.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = uw account van de gemeente
auth-met-aanbieder = Inloggen met { $aanbieder }
auth-pagina-vraagt = Voor deze pagina logt u in met { $aanbieders }.
auth-of-email = Of log in met uw e-mailadres
auth-voor-medewerkers = Werkt u bij de gemeente?
auth-afgebroken = U heeft het inloggen met { $aanbieder } afgebroken. U bent niet ingelogd.
auth-bewaard-tekst = U was een tijd niet actief. Daarom bent u uitgelogd. Wat u had ingevuld, hebben wij bewaard.
auth-bewaard-opnieuw = Log opnieuw in. Daarna gaat u verder waar u was.
auth-fout-titel = Inloggen is niet gelukt
auth-fout-digid = Er is een fout opgetreden in de communicatie met DigiD. Probeert u het later nogmaals. Indien deze fout blijft aanhouden, kijk dan op de website https://www.digid.nl voor de laatste informatie.
auth-fout-eherkenning = Er ging iets mis in de communicatie met eHerkenning. Probeer het later nog eens. Blijft deze fout terugkomen? Kijk dan op de website https://www.eherkenning.nl voor de laatste informatie.
auth-fout-medewerker = Inloggen met uw account van de gemeente is niet gelukt. Probeer het later nog eens. Lukt het dan nog niet? Vraag de servicedesk van de gemeente om hulp.
auth-fout-naar-start = Naar de startpagina
auth-geen-poging-titel = Inloggen is niet gelukt
auth-geen-poging-tekst = Wij weten niet meer dat u wilde inloggen. Misschien duurde het te lang, of gebruikte u een oude link. Probeer het opnieuw.
auth-adres-titel = Uw e-mailadres
auth-adres-waarom = Wij sturen u een e-mail als er iets verandert in uw zaak. Daarvoor hebben wij uw e-mailadres nodig.
auth-adres-link = U krijgt een e-mail met een link. Met die link bevestigt u dat het adres van u is.
auth-adres-knop = Stuur mij de link
auth-adres-overslaan = Nu niet, ga verder zonder e-mail
auth-verder-titel = Ga verder waar u was
auth-verder-tekst = U bent weer ingelogd. Wat u had ingevuld, is bewaard. Klik op de knop om het te versturen.
auth-verder-knop = Verder
auth-bsn = U bent ingelogd met DigiD. Uw BSN: { $bsn }
