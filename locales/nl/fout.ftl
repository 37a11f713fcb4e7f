## Error pages.

fout-niet-gevonden-titel = Deze pagina bestaat niet
fout-niet-gevonden-tekst = We kunnen deze pagina niet vinden.
fout-niet-gevonden-adres = Heeft u het adres zelf getypt? Kijk dan of het goed is.
fout-formulier-titel = We hebben uw formulier niet ontvangen
fout-formulier-tekst = Uw browser stuurde het formulier op een manier die wij niet vertrouwen.
fout-formulier-opnieuw = Ga terug naar het formulier en probeer het opnieuw.
fout-te-groot-titel = Dit is te groot
fout-te-groot-tekst = Het formulier of bestand is groter dan wij kunnen ontvangen. Ga terug en kies een kleiner bestand.
fout-te-vaak-titel = U heeft het te vaak geprobeerd
fout-te-vaak-tekst = Wacht 15 minuten. Probeer het daarna opnieuw.
fout-verzoek-titel = Dit ging niet goed
fout-verzoek-tekst = We begrijpen uw verzoek niet. Ga terug en probeer het opnieuw.
fout-server-titel = Er ging iets mis bij ons
fout-server-tekst = Dit is onze fout, niet die van u.
fout-server-later = Probeer het over een paar minuten opnieuw.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = Het loket start op
fout-opstarten-tekst = Wij maken het loket nu klaar. Dat duurt meestal minder dan een minuut.
fout-opstarten-later = Probeer het over een minuut opnieuw.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = Wat u invulde
fout-server-invoer-tekst = Wij konden dit niet bewaren. Kopieer het als u het wilt houden. Dan hoeft u het straks niet opnieuw te typen.
fout-bel-ons = Lukt het niet? Bel de gemeente { $gemeente } op { $telefoon }.
fout-naar-start = Naar de startpagina
fout-tegelijk-titel = Iemand anders was u net voor
fout-tegelijk-tekst = Iemand anders veranderde dit op hetzelfde moment. Er is niets verloren gegaan. Ga terug en probeer het opnieuw.
fout-te-veel-berichten-titel = Vandaag kunnen wij geen berichten meer sturen
fout-te-veel-berichten-tekst = Wij sturen per dag maar een paar berichten namens één persoon, en naar één adres. Zo kan niemand het loket gebruiken om anderen lastig te vallen.
fout-te-veel-berichten-morgen = Wij hebben niets verstuurd. Probeer het morgen opnieuw.
fout-controle-titel = Wij controleren dit bestand nog
fout-controle-tekst = Wij kijken of er een virus in het bestand zit. Dat duurt meestal een paar minuten. Daarna kunt u het openen.
fout-controle-later = Probeer het later opnieuw.
