## Start page: what the portal is for, what residents can do here, and how to get help another way.

start-titel = Hulp bij wonen en meedoen
start-intro-vraag = Heeft u hulp nodig om thuis te blijven wonen? Of om mee te doen met anderen?
start-intro-loket = Dan kunt u hier hulp vragen aan de gemeente { $gemeente }.
start-intro-wet = Die hulp staat in de Wet maatschappelijke ondersteuning. Die wet heet ook wel de { $begrip }.

start-doen-titel = Wat kunt u hier doen?
start-doen-melding = Vertellen welke hulp u nodig heeft
start-doen-melding-uitleg = Dit heet een melding. Daarna praat de gemeente met u over uw situatie.
start-doen-plan = Uw eigen plan inleveren
start-doen-plan-uitleg = Na uw melding kunt u zelf opschrijven welke hulp u wilt. Dat doet u in Mijn loket.
start-doen-clientondersteuning = Gratis hulp vragen van een cliëntondersteuner
start-doen-clientondersteuning-uitleg = Een cliëntondersteuner helpt u bij uw vraag aan de gemeente. Dat kost niets.
start-doen-termijnen = Zien hoe lang elke stap duurt
start-doen-termijnen-uitleg = De gemeente moet op tijd reageren. Hier leest u hoeveel tijd zij heeft.
start-doen-blijverslening = Een blijverslening aanvragen
start-doen-blijverslening-uitleg = Heeft u een eigen huis? Met deze lening past u het huis aan. Zo kunt u er blijven wonen.
start-doen-kindpakket = Het Kindpakket aanvragen
start-doen-kindpakket-uitleg = Voor kinderen in gezinnen met weinig geld. Bijvoorbeeld voor sport, muziek of spullen voor school.
start-doen-uitdaagrecht = Een taak van de gemeente overnemen
start-doen-uitdaagrecht-uitleg = Kunt u met andere inwoners iets beter of goedkoper doen dan de gemeente? Doe dan een voorstel. U kunt ook de voorstellen van anderen lezen en steunen.
start-doen-volgen = Uw vraag volgen
start-doen-volgen-uitleg = In Mijn loket ziet u wat er met uw vraag gebeurt. En wanneer u iets hoort.

start-hulp-titel = Gratis hulp bij uw vraag
start-hulp-gratis = Een cliëntondersteuner helpt u gratis. U betaalt er nooit iets voor.
start-hulp-onafhankelijk = De cliëntondersteuner staat naast u. Hij of zij beslist niet over uw vraag.
start-hulp-wanneer = U kunt deze hulp altijd vragen. Ook voor uw melding, of als u voor iemand anders zorgt.
start-hulp-link = Vraag een cliëntondersteuner

start-plan-titel = U mag zelf een plan schrijven
start-plan-tekst = In uw plan schrijft u wat u wilt bereiken. En welke hulp u denkt nodig te hebben.
start-plan-termijn = U kunt uw plan inleveren tot { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } na uw melding.
start-plan-gesprek = De gemeente praat met u over uw plan. Een plan schrijven hoeft niet.


start-inloggen-titel = Inloggen
start-inloggen-tekst = Wilt u hulp vragen of uw vraag volgen? Log dan eerst in.
start-inloggen-link = Inloggen
start-ingelogd-tekst = U bent ingelogd.
start-ingelogd-link = Naar Mijn loket

start-anders-titel = Liever bellen, schrijven of langskomen?
start-anders-tekst = Lukt het niet via internet? Dan helpt de gemeente u op een andere manier.
start-anders-bellen = Bel de gemeente:
start-anders-iemand = U mag ook iemand vragen om te helpen. Bijvoorbeeld iemand uit uw familie of een cliëntondersteuner.
start-anders-contact = Alle contactgegevens
