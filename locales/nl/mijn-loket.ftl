## Mijn loket: the signed-in resident's own page.

mijn-loket-titel = Mijn loket
mijn-loket-ingelogd-als = U bent ingelogd als { $email }.
mijn-loket-zaken-titel = Uw zaken
mijn-loket-geen-zaken = U heeft nog geen zaken bij ons. Een zaak begint als u iets aanvraagt of meldt.
mijn-loket-starten-titel = Wat wilt u doen?
mijn-loket-start-melding = Hulp vragen bij wonen, zorg of meedoen
mijn-loket-start-melding-uitleg = Dit heet een { $begrip }. Daarna praat de gemeente met u over wat u nodig heeft.
mijn-loket-start-clientondersteuning = Gratis hulp van een cliëntondersteuner vragen
mijn-loket-start-clientondersteuning-uitleg = Een cliëntondersteuner helpt u gratis. Hij of zij beslist niet over uw vraag.
mijn-loket-start-blijverslening = Geld lenen om uw huis aan te passen
mijn-loket-start-blijverslening-uitleg = Dit heet een { $begrip }. Dan kunt u in uw eigen huis blijven wonen.
mijn-loket-start-kindpakket = Kindpakket aanvragen
mijn-loket-start-kindpakket-uitleg = Voor sport, cultuur en school van kinderen in gezinnen met weinig geld.
mijn-loket-start-termijnen = Uitrekenen wanneer de gemeente moet antwoorden
mijn-loket-start-termijnen-uitleg = Zo weet u tot wanneer u moet wachten.

mijn-loket-melding-concept-titel = Vraag om hulp
mijn-loket-concept = Nog niet verstuurd
mijn-loket-concept-begonnen = U begon op { $datum }.
mijn-loket-concept-code = Uw code om verder te gaan: { $code }
mijn-loket-concept-verder = Verder met deze vraag
mijn-loket-melding-titel = Vraag om hulp { $referentie }
mijn-loket-ontvangen = Ontvangen
mijn-loket-ontvangen-op = De gemeente kreeg deze vraag op { $datum }.
mijn-loket-volgende-plan = U kunt uw eigen plan inleveren tot en met { $datum }.
mijn-loket-volgende-gesprek = De gemeente praat uiterlijk op { $datum } met u.
mijn-loket-melding-bekijk = Bekijk deze vraag
mijn-loket-concept-versturen = Kijk uw antwoorden na en verstuur
mijn-loket-concept-later = Hoe gaat u later verder?
mijn-loket-melding-plan = Uw eigen plan schrijven of sturen
mijn-loket-co-titel = Gratis hulp van een cliëntondersteuner { $referentie }
mijn-loket-co-verstuurd = U vroeg deze hulp op { $datum }.
mijn-loket-co-organisatie = { $organisatie } neemt contact met u op.
mijn-loket-co-gemeente-kiest = De gemeente kiest wie u helpt. Daarna neemt die persoon contact met u op.
mijn-loket-co-bekijk = Bekijk deze vraag
