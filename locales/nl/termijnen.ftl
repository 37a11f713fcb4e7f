## "Termijnen berekenen": a resident or helper enters what happened and when, and sees by when each next step
## is due. Dates are formatted in Rust ("dinsdag 8 december 2026").

termijnen-titel = Termijnen berekenen
termijnen-intro = Vul in wat er is gebeurd en op welke dag. Dan ziet u tot wanneer u of de gemeente iets moet doen.
termijnen-intro-leeg = U hoeft niet alles in te vullen. Vul alleen in wat u weet.

termijnen-melding-label = Wanneer vroeg u de gemeente om hulp?
termijnen-melding-hint = Dat is de dag dat de gemeente uw vraag kreeg. Bijvoorbeeld 15 3 2026
termijnen-melding-hint-gesprek = In { $gemeente } is dat de dag van uw eerste gesprek met de gemeente. Bijvoorbeeld 15 3 2026
termijnen-aanvraag-label = Wanneer kreeg de gemeente uw aanvraag?
termijnen-aanvraag-hint = Bijvoorbeeld 15 3 2026
termijnen-besluit-label = Wanneer stuurde de gemeente u het besluit?
termijnen-besluit-hint = Die datum staat op de brief. Bijvoorbeeld 15 3 2026
termijnen-knop = Bereken de termijnen
termijnen-datum-onvolledig = Vul een dag, een maand en een jaar in.
termijnen-datum-bestaat-niet = Deze datum bestaat niet. Vul een datum in zoals 15 3 2026.

termijnen-uitkomst-titel = Dit zijn uw termijnen
termijnen-vandaag = Vandaag is het { $datum }.
termijnen-loopt = Loopt nog
termijnen-voorbij = Voorbij
termijnen-verlengd = Eerst was de laatste dag { $datum }. Die dag valt in het weekend of op een feestdag. Daarom duurt de termijn langer.
termijnen-delen = Wilt u dit bewaren of aan iemand sturen? Kopieer dan het adres van deze pagina. Uw datums staan erin.

termijnen-plan-titel = Uw eigen plan
termijnen-plan-tekst = U mag een { $begrip } inleveren tot en met { $datum }. U heeft daarvoor { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } na uw melding.
termijnen-plan-voorbij = U mag uw plan toch nog meenemen naar het gesprek met de gemeente.
termijnen-onderzoek-titel = Het gesprek met de gemeente
termijnen-onderzoek-tekst = De gemeente moet met u praten over uw situatie. Dat heet het { $begrip }. Het moet uiterlijk op { $datum } klaar zijn. Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na uw melding.
termijnen-onderzoek-te-laat = Is het gesprek nog niet klaar? Dan is de gemeente te laat. U mag dan meteen zelf de hulp aanvragen.
termijnen-besluit-titel = Het besluit over uw aanvraag
termijnen-besluit-tekst = De gemeente moet u haar { $begrip } sturen op { $datum } of eerder. Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na uw aanvraag.
termijnen-besluit-te-laat = Heeft u nog geen besluit? Dan is de gemeente te laat. Stuur de gemeente dan een brief. Dat heet een { $begrip }.
termijnen-dwangsom = Beslist de gemeente { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } nadat zij uw brief kreeg nog steeds niet? Dan moet zij u geld betalen. Dat heet een { $begrip }. Het begint bij { $eerste } per dag. In totaal is het hoogstens { $maximum }.
termijnen-bezwaar-titel = Bezwaar maken
termijnen-bezwaar-tekst = Bent u het niet eens met het besluit? Dan kunt u { $begrip } maken tot en met { $datum }. Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na de dag dat de gemeente het besluit stuurde.
termijnen-bezwaar-voorbij = Was u te laat door een goede reden? Bijvoorbeeld omdat u in het ziekenhuis lag? Stuur uw bezwaar dan toch. Schrijf erbij waarom u te laat bent.
termijnen-beslissing-bezwaar-titel = De beslissing op uw bezwaar
termijnen-beslissing-bezwaar-tekst = Maakt u { $begrip }? Dan moet de gemeente uiterlijk op { $datum } beslissen. Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na de laatste dag om bezwaar te maken.
termijnen-beslissing-bezwaar-commissie = In { $gemeente } bespreekt een commissie elk bezwaar. Daarom duurt het { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    }.
termijnen-beslissing-bezwaar-zonder = Laat de gemeente een commissie naar uw bezwaar kijken? Dan duurt het { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    }: tot en met { $datum }.
termijnen-beslissing-bezwaar-later = De gemeente mag deze datum één keer { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } later maken. Dat moet zij u dan vóór de datum schrijven.

termijnen-regels-titel = Hoe tellen we?
termijnen-regels-wet = De termijnen staan in de wet. Elke termijn begint de dag na wat er gebeurde.
termijnen-regels-vrij = Is de laatste dag een zaterdag, zondag of feestdag? Dan mag het ook nog op de eerste werkdag daarna.
termijnen-kan-veranderen = Deze datum kan nog veranderen. De vrije dagen van { $jaar } staan nog niet vast.
