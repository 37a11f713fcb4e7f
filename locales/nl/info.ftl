## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = Is het dringend of bent u thuis niet veilig?
info-spoed-gemeente = Bel de gemeente:
info-spoed-tijdelijk = Is het dringend? Dan regelt de gemeente binnen { $uren } uur tijdelijke hulp.
info-spoed-veilig-thuis = Bel Veilig Thuis:
info-spoed-veilig-thuis-uitleg = Dag en nacht, gratis. Veilig Thuis helpt bij geweld in huis en bij kindermishandeling.
info-spoed-112 = Bent u in gevaar? Bel 112.

info-telefoon = Telefoon
info-email = E-mail
info-website = Website
info-postadres = Postadres
info-bezoekadres = Bezoekadres
info-openingstijden = Openingstijden

info-toegankelijkheid-titel = Toegankelijkheid
info-toegankelijkheid-intro = Iedereen moet dit loket kunnen gebruiken. Ook als u slecht ziet, slecht hoort of geen muis gebruikt.
info-toegankelijkheid-doel-titel = Wat is ons doel?
info-toegankelijkheid-doel-regels = De overheid heeft regels voor websites die iedereen kan gebruiken. Die regels heten WCAG.
info-toegankelijkheid-doel-niveau = Wij willen voldoen aan WCAG 2.2, niveau AA. De wet vraagt WCAG 2.1, niveau AA.
info-toegankelijkheid-doel-taal = Wij schrijven in eenvoudig Nederlands. Moeilijke woorden leggen we uit.
info-toegankelijkheid-test-titel = Hoe hebben we het loket getest?
info-toegankelijkheid-test-automatisch = Een programma in de browser controleert de pagina's. Het zoekt fouten die een computer kan vinden.
info-toegankelijkheid-test-toetsenbord = We gebruiken de pagina's zonder muis. We doen alles met alleen het toetsenbord.
info-toegankelijkheid-test-scripts = Het loket gebruikt geen JavaScript. Alles werkt dus ook als JavaScript uit staat.
info-toegankelijkheid-test-grenzen = Een computer vindt niet alle fouten. Een deskundige heeft het loket nog niet helemaal gekeurd.
info-toegankelijkheid-melden-titel = Werkt iets niet goed?
info-toegankelijkheid-melden-tekst = Laat het ons weten. Dan kunnen wij het verbeteren.
info-toegankelijkheid-melden-wat = Vertel op welke pagina het was. En wat er niet goed ging.
info-toegankelijkheid-melden-hulp = Lukt iets niet? Bel de gemeente. Een medewerker regelt het dan met u.

info-privacy-titel = Privacy
info-privacy-intro = In dit loket geeft u gegevens over uzelf. Soms ook over uw gezondheid. Hier leest u wat de gemeente daarmee doet.
info-privacy-verantwoordelijk = De gemeente { $gemeente } is verantwoordelijk voor uw gegevens.
info-privacy-wat-titel = Welke gegevens bewaren we en waarom?
info-privacy-wat-nodig = We vragen alleen wat nodig is voor uw vraag. En alleen op het moment dat het nodig is.
info-privacy-wat-doel = We gebruiken uw gegevens om uw vraag te behandelen. Niet voor iets anders.
info-privacy-wat-gezondheid = Gegevens over uw gezondheid zijn extra gevoelig. De privacywet beschermt ze extra. Dat staat in artikel 9 van de { $begrip }.
info-privacy-wat-toestemming = Soms vragen we uw toestemming. We bewaren wanneer u die gaf. En welke tekst u toen las.
info-privacy-wat-cijfers = De gemeente telt hoeveel vragen er zijn. In die cijfers staan geen namen.
info-privacy-wie-titel = Wie kan uw gegevens zien?
info-privacy-wie-uzelf = U zelf.
info-privacy-wie-gemachtigd = Mensen die u toestemming geeft. Bijvoorbeeld iemand uit uw familie of een cliëntondersteuner.
info-privacy-wie-medewerker = Medewerkers van de gemeente die een taak hebben bij uw vraag.
info-privacy-wie-logboek = Bekijkt iemand uw gegevens? Dan schrijven we op wie dat was en wanneer. In Mijn loket ziet u dat zelf.
info-privacy-ontvangers-titel = Wie krijgt uw gegevens nog meer?
info-privacy-ontvangers-co = Vraagt u { $begrip }? Dan krijgt de organisatie die u kiest de gegevens die zij nodig heeft. U kiest uit:
info-privacy-ontvangers-svn = Vraagt u een { $begrip }? Dan krijgt SVn uw aanvraag. SVn geeft de lening namens de gemeente.
info-privacy-ontvangers-niet = Anderen krijgen uw gegevens niet. Behalve als een wet dat zegt.
info-privacy-grondslag-titel = Waarom mag de gemeente dit?
info-privacy-grondslag-wmo = Voor hulp uit de { $begrip }: de gemeente moet dit doen. Dat staat in artikel 5.1.1 van die wet.
info-privacy-grondslag-blijverslening = Voor een { $begrip }: het is een taak van de gemeente. Dat staat in artikel 6 van de privacywet (AVG).
info-privacy-grondslag-kindpakket = Voor het { $begrip }: het is een taak van de gemeente. Dat staat in artikel 6 van de privacywet (AVG).
info-privacy-grondslag-uitdaagrecht = Voor een voorstel met het { $begrip }: het is een taak van de gemeente. Dat staat in artikel 6 van de privacywet (AVG).
info-privacy-bewaren-titel = Hoe lang bewaren we uw gegevens?
info-privacy-bewaren-tekst = Niet langer dan nodig. De gemeente volgt daarbij de regels voor archieven.
info-privacy-bewaren-vragen = Hoe lang precies? Dat hangt af van de hulp die u vroeg. U kunt het de gemeente vragen.
info-privacy-bewaren-concept = { $dagen ->
    [one] Iets wat u begon maar niet verstuurde: { $dagen } dag na de laatste wijziging.
   *[other] Iets wat u begon maar niet verstuurde: { $dagen } dagen na de laatste wijziging.
} { $vooraf ->
    [one] U krijgt { $vooraf } dag vooraf een e-mail.
   *[other] U krijgt { $vooraf } dagen vooraf een e-mail.
}
info-privacy-bewaren-wmo = Een { $begrip } en de hulp die volgt: { $jaren } jaar na het einde van uw zaak.
info-privacy-bewaren-blijverslening = Een aanvraag voor de blijverslening: { $jaren } jaar na het einde van uw zaak.
info-privacy-bewaren-kindpakket = Een aanvraag voor het Kindpakket: { $jaren } jaar na het einde van uw zaak.
info-privacy-bewaren-uitdaagrecht = Een voorstel met het uitdaagrecht: { $jaren } jaar na het einde van de zaak.
info-privacy-bewaren-mail = { $dagen ->
    [one] Een e-mail die wij u stuurden: { $dagen } dag.
   *[other] Een e-mail die wij u stuurden: { $dagen } dagen.
}
info-privacy-bewaren-logboek = Wie uw zaak bekeek: { $jaren } jaar.
info-privacy-bewaren-bezwaar = Loopt er nog een { $begrip }? Of een zaak bij de rechter? Dan bewaren wij uw zaak zo lang als nodig.
info-privacy-bewaren-bronnen = Waar komen deze termijnen vandaan?
info-privacy-rechten-titel = Wat mag u?
info-privacy-recht-inzage = U mag zien welke gegevens we over u hebben.
info-privacy-recht-correctie = Klopt er iets niet? Dan mag u vragen om het te verbeteren.
info-privacy-recht-verwijdering = U mag vragen om gegevens te wissen. Moet de gemeente ze bewaren? Dan legt zij uit waarom.
info-privacy-recht-bezwaar = U mag zeggen dat u het niet eens bent met hoe we uw gegevens gebruiken.
info-privacy-recht-inzage-link = Bekijk uw gegevens
info-privacy-recht-correctie-link = Vraag om een verbetering
info-privacy-recht-verwijdering-link = Hef uw account op
info-privacy-fg = De gemeente heeft een functionaris gegevensbescherming. Die let erop dat de gemeente goed met uw gegevens omgaat. Mail:
info-privacy-fg-algemeen = De gemeente heeft een functionaris gegevensbescherming. Die let erop dat de gemeente goed met uw gegevens omgaat. Mail of bel de gemeente en vraag naar die persoon.
info-privacy-rechten-hoe = Wilt u dit? Stuur dan een e-mail of bel de gemeente.
info-privacy-mijn-gegevens = Bent u ingelogd? Bij Mijn gegevens ziet en downloadt u alles wat het loket over u bewaart. Daar vraagt u ook om iets te verbeteren.
info-privacy-mijn-gegevens-link = Naar Mijn gegevens
info-privacy-rechten-klacht = Bent u het niet eens met de gemeente? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
info-privacy-cookies-titel = Cookies
info-privacy-cookies-uitleg = Een cookie is een klein bestand. Uw browser bewaart het voor deze website.
info-privacy-cookies-twee = Dit loket gebruikt alleen deze twee cookies:
info-privacy-cookie-sessie = Een cookie dat het loket nodig heeft om te werken. Het onthoudt bijvoorbeeld dat u bent ingelogd.
info-privacy-cookie-taal = Een cookie dat onthoudt welke taal u kiest.
info-privacy-cookies-niet = We volgen u niet. We meten niet wat u op de website doet. En we tonen geen reclame.

info-contact-titel = Contact
info-contact-gemeente = Gemeente { $gemeente }
info-contact-hulp = Lukt het niet via internet? Bel of kom langs. Een medewerker helpt u.
info-contact-clientondersteuning-titel = Gratis hulp bij uw vraag
info-contact-clientondersteuning-uitleg = Deze organisaties geven gratis { $begrip }. Zij helpen u bij uw vraag aan de gemeente. Zij beslissen niet over uw vraag.
info-contact-clientondersteuning-link = Vraag cliëntondersteuning aan
