## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = Stuurt u uw redenen later?
bezwaar-pro-forma-keuze = Ja, ik stuur mijn redenen later
bezwaar-pro-forma-uitleg = Heeft u nu geen tijd om alles op te schrijven? Stuur dan nu al uw bezwaar, zodat u op tijd bent. De gemeente geeft u daarna tijd om uw redenen te sturen.
bezwaar-documenten-titel = Documenten bij uw bezwaar
bezwaar-document-weg = { $naam } weghalen
bezwaar-document-weg-label = Wilt u een document weghalen?
bezwaar-bestand-label = Documenten toevoegen (als u wilt)
bezwaar-bestand-hint = Bijvoorbeeld een brief van uw dokter of een foto.
bezwaar-verder = Verder
bezwaar-opslaan = Opslaan en later verder
bezwaar-klaar-opgeslagen = Wij hebben uw bezwaar bewaard. U heeft het nog niet verstuurd.
bezwaar-klaar-ingetrokken = U heeft uw bezwaar ingetrokken. U kunt opnieuw bezwaar maken, zolang de termijn loopt.
bezwaar-opnieuw = U heeft eerder bezwaar gemaakt en dat ingetrokken. U kunt opnieuw bezwaar maken.
bezwaar-hierna-titel = Wat gebeurt er daarna?
bezwaar-hierna-weken = De gemeente beslist binnen { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na de laatste dag om bezwaar te maken. Dat mag één keer 6 weken later worden. Dan krijgt u daarover vooraf een brief.
bezwaar-hierna-gesprek = Meestal nodigt de gemeente u uit voor een gesprek over uw bezwaar. Daar kunt u uitleggen waarom u het niet eens bent.
bezwaar-voorlopig-titel = Kunt u niet wachten op de beslissing?
bezwaar-voorlopig-tekst = Moet er snel iets gebeuren? Dan kunt u de rechter vragen om een voorlopige voorziening. Dat is een snelle beslissing voor zolang uw bezwaar loopt. U vraagt die aan bij de rechtbank in uw regio. U betaalt daarvoor griffierecht. Een advocaat of het Juridisch Loket kan u helpen.

bezwaar-gronden-later = U stuurt uw redenen later.
bezwaar-geen-documenten = Geen documenten
bezwaar-rij-besluit = Besluit van
bezwaar-rij-gronden = Waarom u het niet eens bent
bezwaar-controleren-titel = Controleer uw bezwaar
bezwaar-controleren-intro = Kijk of alles klopt. Wilt u iets veranderen? Kies dan Wijzig.
bezwaar-versturen-titel = Versturen
bezwaar-versturen-tekst = Als u op de knop drukt, krijgt de gemeente uw bezwaar. U krijgt een e-mail dat wij het hebben ontvangen.

bezwaar-titel-verstuurd = Uw bezwaar
bezwaar-klaar-verstuurd = Wij hebben uw bezwaar ontvangen.
bezwaar-klaar-mail = U krijgt hierover ook een e-mail. Op deze pagina ziet u wat er met uw bezwaar gebeurt.
bezwaar-klaar-aangevuld = Wij hebben uw aanvulling ontvangen.
bezwaar-beslist-uiterlijk = De gemeente beslist uiterlijk op { $datum }.
bezwaar-beslist-uitleg = Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na { $datum }, de laatste dag om bezwaar te maken.
bezwaar-aanvullen-tot = Stuur uw redenen uiterlijk op { $datum }.
bezwaar-aanvullen-te-laat = Die dag is voorbij. Stuur uw redenen toch zo snel mogelijk. De gemeente hoeft uw bezwaar dan niet meer te behandelen. Maar dat mag wel.
bezwaar-aanvullen-zo-snel = Stuur uw redenen zo snel mogelijk. De gemeente laat u weten tot wanneer dat kan.
bezwaar-aangevuld-na-termijn = De redenen kwamen op { $datum }, na de gevraagde datum.
bezwaar-aanvulling-van = Aanvulling van { $datum }
bezwaar-stappen-titel = Wat er met uw bezwaar gebeurde
bezwaar-stap-ingediend = U maakte bezwaar.
bezwaar-stap-ingediend-pro-forma = U maakte bezwaar. De redenen volgen later.
bezwaar-stap-bevestigd = De gemeente bevestigde dat zij uw bezwaar heeft.
bezwaar-stap-aanvullen-tot = De gemeente vroeg u om uw redenen te sturen, uiterlijk op { $datum }.
bezwaar-stap-aangevuld = U stuurde meer uitleg of documenten.
bezwaar-stap-hoorzitting = De gemeente nodigde u uit voor een gesprek op { $datum } om { $tijd }. Plaats: { $plaats }.
bezwaar-stap-horen-afgezien = De gemeente beslist zonder gesprek. De reden: { $reden }
bezwaar-stap-verdaagd = De gemeente beslist later. De reden: { $reden }
bezwaar-stap-beslist = De gemeente besliste over uw bezwaar.
bezwaar-stap-ingetrokken = U trok uw bezwaar in.
bezwaar-beslissing-titel = De beslissing op uw bezwaar
bezwaar-beslissing-waarom = Waarom
bezwaar-beslissing-nieuw = Het nieuwe besluit
bezwaar-uitkomst-gegrond = U krijgt gelijk. Het besluit verandert.
bezwaar-uitkomst-deels-gegrond = U krijgt voor een deel gelijk. Het besluit verandert voor een deel.
bezwaar-uitkomst-ongegrond = U krijgt geen gelijk. Het besluit blijft zoals het was.
bezwaar-uitkomst-niet-ontvankelijk = De gemeente behandelt uw bezwaar niet. Het besluit blijft zoals het was.
bezwaar-beroep = Bent u het niet eens met deze beslissing? Dan kunt u in beroep gaan bij de rechtbank. Dat kan tot 6 weken na de dag dat de gemeente de beslissing stuurde.
bezwaar-aanvullen-titel = Uw redenen sturen
bezwaar-aanvullen-uitleg = Schrijf waarom u het niet eens bent met het besluit. U kunt ook documenten toevoegen.
bezwaar-aanvullen-label = Waarom bent u het niet eens met het besluit?
bezwaar-aanvullen-knop = Redenen sturen
bezwaar-aanvullen-leeg = Schrijf wat u wilt toevoegen, of kies een document.
bezwaar-intrekken-titel = Bezwaar intrekken
bezwaar-intrekken-link = Ik wil mijn bezwaar intrekken
bezwaar-intrekken-uitleg = Trekt u uw bezwaar in? Dan stopt de gemeente ermee. Het besluit blijft zoals het is.
bezwaar-intrekken-opnieuw = Loopt de termijn om bezwaar te maken nog? Dan kunt u daarna opnieuw bezwaar maken.
bezwaar-intrekken-knop = Ja, trek mijn bezwaar in

bezwaar-staf-titel = Bezwaar bij { $referentie }
bezwaar-staf-vastgelegd = Vastgelegd. De inwoner krijgt hierover een e-mail.
bezwaar-staf-ingetrokken = De inwoner heeft dit bezwaar ingetrokken.
bezwaar-staf-gronden = Gronden van het bezwaar
bezwaar-staf-pro-forma = Nog geen gronden: de inwoner stuurt ze later (pro forma bezwaar).
bezwaar-rij-ingediend = Bezwaar ontvangen op
bezwaar-rij-termijn = Bezwaartermijn
bezwaar-binnen-termijn = Binnen de termijn
bezwaar-na-termijn = Na de termijn, die liep tot en met { $datum }. Beoordeel of de inwoner te laat mocht zijn (Awb artikel 6:11).
bezwaar-rij-beslissen = Beslissen uiterlijk op
bezwaar-staf-ontvangst = Ontvangst bevestigen
bezwaar-staf-ontvangst-uitleg = De inwoner krijgt een e-mail dat de gemeente het bezwaar heeft (Awb artikel 6:14).
bezwaar-staf-aanvullen = Termijn geven voor de gronden
bezwaar-staf-aanvullen-uitleg = Het bezwaar heeft nog geen gronden. Geef de inwoner een termijn om ze te sturen (Awb artikel 6:6).
bezwaar-staf-aanvullen-label = Uiterlijk op
bezwaar-staf-hoorzitting = Hoorzitting plannen
bezwaar-staf-datum = Datum van de hoorzitting
bezwaar-staf-tijd = Tijd
bezwaar-staf-tijd-hint = Bijvoorbeeld 14:30
bezwaar-staf-plaats = Plaats
bezwaar-staf-commissie-label = Wie hoort de inwoner?
bezwaar-staf-commissie = De adviescommissie voor bezwaarschriften
bezwaar-staf-horen-afgezien = Afzien van horen
bezwaar-staf-horen-reden = Waarom is er geen hoorzitting?
bezwaar-staf-horen-hint = Dat mag alleen in de gevallen van Awb artikel 7:3. Bijvoorbeeld: het bezwaar is kennelijk ongegrond, of de inwoner ziet af van een gesprek.
bezwaar-staf-verdagen = Beslissing verdagen
bezwaar-staf-verdagen-uitleg = Dit kan één keer, met 6 weken, en alleen voor de beslistermijn voorbij is (Awb artikel 7:10 lid 3).
bezwaar-staf-verdagen-reden = Waarom beslist de gemeente later?
bezwaar-staf-beslissen = Beslissen op het bezwaar
bezwaar-staf-uitkomst = Beslissing
bezwaar-staf-motivering = Motivering
bezwaar-staf-nieuw-besluit = Het nieuwe besluit
bezwaar-staf-nieuw-besluit-hint = Alleen als het besluit verandert: wat de inwoner nu krijgt, vanaf wanneer en voor hoe lang.

bezwaar-fout-datum = Vul een dag, een maand en een jaar in.
bezwaar-fout-datum-bestaat-niet = Deze datum bestaat niet.
bezwaar-fout-datum-na-vandaag = Kies een datum na vandaag.
bezwaar-fout-datum-voorbij = Deze datum is voorbij.
bezwaar-fout-tijd = Vul een tijd in zoals 14:30.
bezwaar-fout-leeg = Vul dit in.
bezwaar-fout-te-lang = Gebruik niet meer dan { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }.
bezwaar-fout-uitkomst = Kies de beslissing.

bezwaar-mail-onderwerp = Nieuws over uw bezwaar ({ $referentie })
bezwaar-mail-ontvangen = Wij hebben uw bezwaar ontvangen. De gemeente beslist uiterlijk op { $datum }.
bezwaar-mail-redenen-later = U stuurt uw redenen later. Doe dat zo snel mogelijk.
bezwaar-mail-bevestigd = De gemeente bevestigt dat zij uw bezwaar heeft.
bezwaar-mail-aanvullen = Stuur uiterlijk op { $datum } waarom u het niet eens bent met het besluit.
bezwaar-mail-aangevuld = Wij hebben uw aanvulling op uw bezwaar ontvangen.
bezwaar-mail-hoorzitting = De gemeente nodigt u uit voor een gesprek over uw bezwaar, op { $datum } om { $tijd }.
bezwaar-mail-geen-hoorzitting = De gemeente beslist over uw bezwaar zonder gesprek. In het loket leest u waarom.
bezwaar-mail-verdaagd = De gemeente beslist later over uw bezwaar, uiterlijk op { $datum }.
bezwaar-mail-beslist = De gemeente heeft beslist over uw bezwaar. U leest de beslissing in het loket.
bezwaar-mail-ingetrokken = U heeft uw bezwaar ingetrokken.
bezwaar-mail-knop = Bekijk uw bezwaar
bezwaar-mail-privacy = In deze e-mail staat niets over uw situatie. Dat leest u alleen in het loket.
bezwaar-bekijken = Bekijk uw bezwaar
bezwaar-staf-link-titel = Bezwaar
bezwaar-staf-link-ontvangen = Bezwaar ontvangen op { $datum }.
bezwaar-staf-link = Naar het bezwaar
bezwaar-staf-geen = Niemand heeft bezwaar gemaakt tegen het besluit in deze zaak.
bezwaar-beslist-uitleg-laat = Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na { $datum }, de dag dat uw bezwaar binnenkwam. Uw bezwaar kwam na de laatste dag om bezwaar te maken.
bezwaar-staf-eerder = Documenten bij een eerder bezwaar, dat de inwoner introk
bezwaar-mail-ingebreke = De gemeente kreeg uw brief dat zij te laat is. Beslist de gemeente niet uiterlijk op { $datum }? Dan betaalt zij u elke dag geld, tot zij beslist.
