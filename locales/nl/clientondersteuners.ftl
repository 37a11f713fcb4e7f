## Cliëntondersteuners: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the beheerder's pages for their accounts.

clientondersteuners-dashboard-titel = Uw cliënten
clientondersteuners-dashboard-onderdelen = De onderdelen van uw cliënten
clientondersteuners-dashboard-intro = U bent cliëntondersteuner bij { $organisatie }.
clientondersteuners-dashboard-uitleg = Hier staan de mensen die u een { $begrip } gaven.
clientondersteuners-dashboard-beslist = U helpt deze mensen. U beslist niet over hun vraag. Dat doet de gemeente.
clientondersteuners-dashboard-clienten-titel = Mensen die u helpt
clientondersteuners-dashboard-clienten-paginas = Pagina's met mensen die u helpt
clientondersteuners-dashboard-mijn-paginas = Pagina's met mijn verzoeken
clientondersteuners-dashboard-verzoeken-paginas = Pagina's met open verzoeken
clientondersteuners-dashboard-geen-clienten = U helpt nog niemand met een machtiging.
clientondersteuners-dashboard-geen-melding = Nog geen melding verstuurd.
clientondersteuners-dashboard-werk-namens = Werk namens { $naam }
clientondersteuners-dashboard-dossier = Bekijk dossier { $referentie }
clientondersteuners-dashboard-kolom-melding = Melding
clientondersteuners-dashboard-kolom-fase = Waar staat het?
clientondersteuners-dashboard-kolom-volgende = Wat komt er nu?
clientondersteuners-dashboard-kolom-actie = Dossier
clientondersteuners-dashboard-caption = Zaken van { $naam }
clientondersteuners-dashboard-niets = Er is nu geen datum.
clientondersteuners-dashboard-mijn-titel = Mijn verzoeken
clientondersteuners-dashboard-mijn-geen = U heeft nog geen vraag opgepakt.
clientondersteuners-dashboard-mijn-status = Status
clientondersteuners-dashboard-mijn-opgepakt = U pakte deze vraag op { $datum } op. Neem contact op met de persoon.
clientondersteuners-dashboard-mijn-gekozen = De gemeente koos u op { $datum }. Neem contact op met de persoon.
clientondersteuners-dashboard-mijn-helpt = U helpt deze persoon.
clientondersteuners-dashboard-mijn-dossier-ja = U mag het dossier bekijken. U vindt de persoon bij Mensen die u helpt.
clientondersteuners-dashboard-verzoeken-titel = Vragen om hulp
clientondersteuners-dashboard-verzoeken-intro = Deze mensen vragen { $organisatie } om hulp. Pak een vraag op als u de persoon gaat helpen.
clientondersteuners-dashboard-geen-verzoeken = Er zijn geen open vragen.
clientondersteuners-dashboard-verzoek-titel = Vraag { $referentie }
clientondersteuners-dashboard-verzoek-datum = Gestuurd op
clientondersteuners-dashboard-verzoek-voor = Voor
clientondersteuners-dashboard-verzoek-zelf = De persoon zelf
clientondersteuners-dashboard-verzoek-telefoon = Telefoon
clientondersteuners-dashboard-verzoek-email = E-mail
clientondersteuners-dashboard-verzoek-dossier = Dossier
clientondersteuners-dashboard-verzoek-dossier-ja = U mag het dossier bekijken als u de vraag oppakt.
clientondersteuners-dashboard-verzoek-dossier-nee = U mag het dossier niet bekijken.
clientondersteuners-dashboard-oppakken = Oppakken
clientondersteuners-dashboard-oppakken-welke = vraag { $referentie }
clientondersteuners-dashboard-opgepakt = U helpt deze persoon nu. Wij hebben de persoon een e-mail gestuurd.
clientondersteuners-dashboard-al-opgepakt = Een collega heeft deze vraag al opgepakt.

clientondersteuners-mail-onderwerp = { $naam } helpt u
clientondersteuners-mail-helpt = { $naam } van { $organisatie } helpt u bij uw vraag { $referentie }.
clientondersteuners-mail-contact = { $naam } neemt contact met u op.
clientondersteuners-mail-dossier = U gaf toestemming om uw dossier te bekijken. { $naam } kan niets veranderen.
clientondersteuners-mail-machtigingen = U ziet dit in het portaal onder Machtigingen. Daar kunt u het ook stoppen.
clientondersteuners-mail-knop = Naar Machtigingen

clientondersteuners-beheer-titel = Cliëntondersteuners
clientondersteuners-beheer-link = Accounts van cliëntondersteuners
clientondersteuners-beheer-intro = Hier maakt u accounts voor cliëntondersteuners. Zij loggen in met een link per e-mail.
clientondersteuners-beheer-geen = Deze organisatie heeft nog geen accounts.
clientondersteuners-beheer-andere = Organisatie niet meer in het profiel: { $organisatie }
clientondersteuners-beheer-kolom-naam = Naam
clientondersteuners-beheer-kolom-email = E-mailadres
clientondersteuners-beheer-kolom-actie = Actie
clientondersteuners-beheer-caption = Accounts van { $organisatie }
clientondersteuners-beheer-beeindigen = Beëindig account van { $naam }
clientondersteuners-beheer-toevoegen-titel = Account toevoegen
clientondersteuners-beheer-email-label = E-mailadres
clientondersteuners-beheer-email-hint = De cliëntondersteuner logt in met dit adres.
clientondersteuners-beheer-naam-label = Naam
clientondersteuners-beheer-naam-hint = Inwoners zien deze naam.
clientondersteuners-beheer-organisatie-label = Organisatie
clientondersteuners-beheer-knop = Account toevoegen
clientondersteuners-beheer-geen-organisaties = Het profiel van de gemeente heeft geen organisaties voor cliëntondersteuning.
clientondersteuners-beheer-toegevoegd = Het account is klaar. De cliëntondersteuner kan nu inloggen.
clientondersteuners-beheer-beeindigd = U heeft het account beëindigd. De machtigingen van dit account gelden niet meer.

clientondersteuners-beeindigen-titel = Account van { $naam } beëindigen?
clientondersteuners-beeindigen-gevolg = { $naam } kan dan niet meer inloggen als cliëntondersteuner.
clientondersteuners-beeindigen-machtigingen = Alle machtigingen die { $naam } als cliëntondersteuner heeft, stoppen meteen.
clientondersteuners-beeindigen-vraag = Weet u het zeker?
clientondersteuners-beeindigen-ja = Ja, beëindig het account
clientondersteuners-beeindigen-nee = Nee, laat het account staan
clientondersteuners-beeindigen-knop = Doorgaan

clientondersteuners-fout-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
clientondersteuners-fout-staf = Dit adres hoort bij een medewerker van de gemeente. Kies een ander adres.
clientondersteuners-fout-naam = Vul de naam in.
clientondersteuners-fout-te-lang = Dit is te lang. Gebruik niet meer dan { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.
clientondersteuners-fout-organisatie = Kies een organisatie.
clientondersteuners-fout-zeker = Kies ja of nee.
clientondersteuners-dashboard-verzoek-notitie = Bericht van de inwoner
