## Cliëntondersteuning: free, independent help for a resident during the whole procedure. The public page, the
## request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = Gratis hulp bij uw vraag aan de gemeente
clientondersteuning-uitleg-intro = Heeft u een vraag aan de gemeente over hulp of zorg? Dan mag u iemand vragen om u te helpen. Dat heet { $begrip }.
clientondersteuning-uitleg-gratis = Deze hulp is gratis. U betaalt er niets voor, ook niet later.
clientondersteuning-uitleg-wat-titel = Wat doet een cliëntondersteuner?
clientondersteuning-uitleg-wat-naast = Een cliëntondersteuner staat naast u. Hij of zij helpt u uw vraag uit te leggen.
clientondersteuning-uitleg-wat-gesprek = Hij of zij kan ook mee naar het gesprek met de gemeente. En helpt u als u een brief niet begrijpt.
clientondersteuning-uitleg-wat-beslist = De cliëntondersteuner staat aan uw kant. Hij of zij beslist niet over uw vraag. Dat doet de gemeente.
clientondersteuning-uitleg-wie-titel = Wie mag deze hulp vragen?
clientondersteuning-uitleg-wie-iedereen = Iedereen die in { $gemeente } woont en een vraag heeft aan de gemeente.
clientondersteuning-uitleg-wie-mantelzorger = Ook een { $begrip }. U mag het vragen voor uzelf of voor de persoon die u helpt.
clientondersteuning-uitleg-wie-melding = U hoeft nog geen { $begrip } te doen. U mag het ook eerst vragen.
clientondersteuning-uitleg-wie-moment = U mag het altijd vragen: voor, tijdens en na het gesprek met de gemeente.
clientondersteuning-uitleg-organisaties-titel = Deze organisaties helpen u
clientondersteuning-uitleg-aanvragen-titel = Hulp vragen
clientondersteuning-uitleg-aanvragen-tekst = U kunt de hulp hier vragen. U logt dan eerst in. Daarna vult u een kort formulier in.
clientondersteuning-uitleg-aanvragen-knop = Vraag gratis hulp
clientondersteuning-uitleg-aanvragen-zelf = U mag de organisatie ook zelf bellen of mailen.

clientondersteuning-telefoon = Telefoon
clientondersteuning-email = E-mail
clientondersteuning-website = Website

clientondersteuning-formulier-titel = Gratis hulp vragen
clientondersteuning-formulier-intro = Met dit formulier vraagt u gratis { $begrip }. Een organisatie neemt daarna contact met u op.
clientondersteuning-formulier-gratis = De hulp kost niets. De organisatie beslist niet over uw vraag aan de gemeente.
clientondersteuning-formulier-knop = Vraag de hulp aan

clientondersteuning-voor-wie-label = Voor wie vraagt u de hulp?
clientondersteuning-voor-wie-zelf = Voor mijzelf
clientondersteuning-voor-wie-ander = Voor iemand die ik help
clientondersteuning-voor-wie-ander-hint = Bijvoorbeeld uw partner, ouder of kind.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = Over de persoon die u helpt
clientondersteuning-ander-hint = Vul dit alleen in als u de hulp vraagt voor iemand anders.
clientondersteuning-ander-naam-label = Naam van die persoon
clientondersteuning-ander-relatie-label = Wat is die persoon van u?
clientondersteuning-ander-relatie-hint = Bijvoorbeeld: mijn moeder

clientondersteuning-organisatie-label = Welke organisatie wilt u?
clientondersteuning-organisatie-hint = Alle organisaties helpen u gratis. Weet u het niet? Laat de gemeente dan kiezen.
clientondersteuning-organisatie-gemeente = Laat de gemeente kiezen

clientondersteuning-contact-legend = Hoe kan de organisatie u bereiken?
clientondersteuning-contact-hint = Vul een telefoonnummer of een e-mailadres in. Allebei mag ook.
clientondersteuning-telefoon-label = Telefoonnummer
clientondersteuning-telefoon-hint = Bijvoorbeeld 06 12345678
clientondersteuning-email-label = E-mailadres

clientondersteuning-toegankelijkheid-label = Heeft u hulp nodig bij het praten?
clientondersteuning-toegankelijkheid-geen = Nee
clientondersteuning-toegankelijkheid-tolk = Ja, een tolk
clientondersteuning-toegankelijkheid-tolk-hint = Iemand die uw taal spreekt en vertaalt.
clientondersteuning-toegankelijkheid-tolk-taal = Ja, een tolk voor { $taal }
clientondersteuning-toegankelijkheid-gebarentaal = Ja, een tolk voor gebarentaal
clientondersteuning-tolk-taal-label = Welke taal spreekt u?
clientondersteuning-tolk-taal-hint = Vul dit alleen in als u een tolk wilt.

clientondersteuning-notitie-label = Wilt u nog iets vertellen? Dat hoeft niet.
clientondersteuning-notitie-hint = Wij sturen dit naar de organisatie. Schrijf alleen wat de organisatie moet weten.

clientondersteuning-fout-voor-wie = Kies voor wie u de hulp vraagt.
clientondersteuning-fout-ander-naam = Vul de naam in van de persoon die u helpt.
clientondersteuning-fout-ander-relatie = Vul in wat die persoon van u is.
clientondersteuning-fout-organisatie = Kies een organisatie. Of laat de gemeente kiezen.
clientondersteuning-fout-contact = Vul een telefoonnummer of een e-mailadres in.
clientondersteuning-fout-telefoon = Vul een telefoonnummer in met minstens 10 cijfers. Bijvoorbeeld 06 12345678.
clientondersteuning-fout-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
clientondersteuning-fout-toegankelijkheid = Kies of u hulp nodig heeft bij het praten.
clientondersteuning-fout-te-lang = Dit is te lang. Gebruik niet meer dan { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.

clientondersteuning-bevestiging-titel = Wij hebben uw vraag gekregen
clientondersteuning-bevestiging-nummer = Uw nummer
clientondersteuning-bevestiging-mail = Wij sturen u ook een e-mail met dit nummer.
clientondersteuning-bevestiging-nu-titel = Wat gebeurt er nu?
clientondersteuning-bevestiging-belt = { $organisatie } neemt binnen een paar werkdagen contact met u op.
clientondersteuning-bevestiging-gemeente-kiest = De gemeente kiest een organisatie voor u. Die neemt binnen een paar werkdagen contact met u op.
clientondersteuning-status-gekozen = { $organisatie } helpt u. De gemeente koos deze organisatie voor u. De organisatie neemt binnen een paar werkdagen contact met u op.
clientondersteuning-bevestiging-gratis = De hulp is gratis. U betaalt niets.
clientondersteuning-bevestiging-gegevens-titel = Wat u ons stuurde
clientondersteuning-bevestiging-notitie = Uw bericht
clientondersteuning-bevestiging-mijn-loket = Naar Mijn loket

clientondersteuning-mail-inwoner-onderwerp = Uw vraag om gratis hulp: { $referentie }
clientondersteuning-mail-inwoner-tekst = Wij hebben uw vraag om gratis hulp gekregen. Uw nummer is { $referentie }.
clientondersteuning-mail-inwoner-knop = Bekijk uw vraag
clientondersteuning-mail-gekozen-onderwerp = { $organisatie } helpt u
clientondersteuning-mail-gekozen-tekst = U liet de gemeente kiezen wie u helpt bij uw vraag { $referentie }. De gemeente koos { $organisatie }.
clientondersteuning-mail-ondersteuner-onderwerp = De gemeente vraagt u te helpen: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = De gemeente koos u als cliëntondersteuner bij vraag { $referentie }.
clientondersteuning-mail-ondersteuner-loket = Log in op het loket. Onder Mijn verzoeken ziet u wie u helpt en hoe u die persoon bereikt.
clientondersteuning-mail-ondersteuner-knop = Naar uw cliënten
clientondersteuning-mail-organisatie-onderwerp = Vraag om cliëntondersteuning: { $referentie }
clientondersteuning-mail-organisatie-tekst = Een inwoner van { $gemeente } vraagt u om gratis cliëntondersteuning.
clientondersteuning-mail-organisatie-kies = Een inwoner van { $gemeente } vraagt om gratis cliëntondersteuning. Hij of zij heeft geen voorkeur. Kies in het loket wie helpt: in de werkvoorraad, bij Cliëntondersteuning.
clientondersteuning-mail-organisatie-bellen = Neem binnen een paar werkdagen contact op met de inwoner.
clientondersteuning-mail-nummer = Nummer
clientondersteuning-mail-voor-wie = Voor wie
clientondersteuning-mail-toegankelijkheid = Hulp bij het praten
clientondersteuning-mail-notitie-in-loket = De inwoner schreef er een bericht bij. Dat bericht staat in het loket, bij verzoek { $referentie }. Log in om het te lezen.
clientondersteuning-mail-organisatie-aanhef = Beste collega,
clientondersteuning-bij-melding = Deze aanvraag hoort bij uw melding { $referentie }.
clientondersteuning-mail-melding = Melding
clientondersteuning-inzage-label = Mag de cliëntondersteuner uw dossier zien?
clientondersteuning-inzage-hint = Dat hoeft niet. De cliëntondersteuner kan dan zien hoe het met uw melding gaat. Hij of zij kan niets veranderen. U kunt dit altijd stoppen.
clientondersteuning-inzage-ja = Ja, de cliëntondersteuner mag mijn dossier bekijken
clientondersteuning-bevestiging-opgepakt = { $naam } van { $organisatie } helpt u. Hij of zij neemt contact met u op.
