## A case after the melding: the e-mails that tell the resident a step was taken. They never say what was
## discussed or decided: the resident reads that in the dossier.

zaak-mail-onderwerp = Nieuws over uw melding { $referentie }
zaak-mail-knop = Bekijk uw dossier
zaak-mail-privacy = In deze e-mail staan geen persoonlijke gegevens. U leest alles in uw dossier op de website.
zaak-mail-gesprek-gepland = Er is een afspraak voor een gesprek met u. Het gesprek is op { $datum } om { $tijd }.
zaak-mail-tijdelijk = U krijgt tijdelijk hulp. Die hulp loopt tot er een besluit is.
zaak-mail-onderzoek = U heeft het gesprek met de gemeente gehad. Hierna krijgt u een verslag van het gesprek.
zaak-mail-verslag = Het verslag van uw gesprek staat klaar. Lees het goed. U kunt er ook op reageren.
zaak-mail-vraag = De gemeente heeft een vraag aan u. Geef antwoord vóór { $datum }.
zaak-mail-aanvraag = De gemeente heeft uw aanvraag ontvangen. U krijgt uiterlijk { $datum } een besluit.
zaak-mail-verdaagd = Het besluit komt later dan gepland. U krijgt het uiterlijk { $datum }.
zaak-mail-besluit = Er is een besluit over uw aanvraag. Bent u het er niet mee eens? Dan kunt u bezwaar maken tot en met { $datum }.
zaak-mail-gesloten = De gemeente heeft uw melding afgesloten.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = Uw vragen om iets te verbeteren
zaak-correctie-geen = Klopt er iets niet bij deze zaak? Dan kunt u vragen om het te verbeteren.
zaak-correctie-gevraagd = U vroeg op { $datum } om dit te verbeteren:
zaak-correctie-antwoord-op = De gemeente gaf antwoord op { $datum }:
zaak-correctie-gecorrigeerd = De gemeente heeft uw gegevens verbeterd.
zaak-correctie-niet-gecorrigeerd = De gemeente heeft uw gegevens niet veranderd.
zaak-correctie-wacht = De gemeente kijkt naar uw vraag. U krijgt een e-mail als er een antwoord is.
zaak-correctie-vragen-link = Vraag om iets te verbeteren
zaak-correctie-mail-onderwerp = Antwoord op uw vraag over uw gegevens { $referentie }
zaak-correctie-mail-tekst = U vroeg de gemeente om iets in uw gegevens te verbeteren. De gemeente heeft uw vraag beantwoord.
zaak-correctie-wat = Wat klopt er niet?
zaak-correctie-moet-zijn = Wat moet er staan?
zaak-correctie-onbekend = Dat weet de inwoner niet.
zaak-correctie-staf-titel = { $aantal ->
        [one] Verzoek om correctie
       *[other] Verzoeken om correctie ({ $aantal })
    }
zaak-correctie-staf-verzoek = Verzoek van de inwoner, { $datum }
zaak-correctie-staf-beantwoord = Antwoord van { $datum }, door { $naam }:
zaak-correctie-staf-antwoord = Uw antwoord aan de inwoner
zaak-correctie-staf-antwoord-hint = De inwoner leest dit in het loket. Schrijf in eenvoudige taal.
zaak-correctie-staf-gecorrigeerd = Heeft u de gegevens verbeterd?
zaak-correctie-staf-ja = Ja, ik heb de gegevens verbeterd
zaak-correctie-staf-nee = Nee, de gegevens blijven zoals ze zijn
zaak-correctie-staf-knop = Antwoord versturen
zaak-correctie-staf-pagina = Verzoek om correctie beantwoorden: { $referentie }
zaak-correctie-fout-antwoord = Schrijf uw antwoord aan de inwoner.
zaak-correctie-fout-te-lang = Uw tekst is te lang. Gebruik ten hoogste { $aantal ->
        [one] { $aantal } teken.
       *[other] { $aantal } tekens.
    }
zaak-correctie-fout-keuze = Kies of u de gegevens heeft verbeterd.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = De gemeente besluit uiterlijk op { $datum }.
zaak-besluit-uitleg = Dat is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } nadat uw aanvraag compleet was. Zo staat het in de Algemene wet bestuursrecht, artikel 4:13.
zaak-besluit-te-laat = Die dag is voorbij en er is nog geen besluit.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = Besluit afdrukken of bewaren als pdf
zaak-beschikking-titel = Besluit
zaak-beschikking-afdrukken = Wilt u dit besluit op papier? Gebruik de printknop van uw browser. Daar kunt u ook kiezen voor bewaren als pdf.
zaak-beschikking-gemeente = Gemeente { $gemeente }
zaak-beschikking-datum = Datum
zaak-beschikking-aan = Aan
zaak-beschikking-kenmerk = Kenmerk
zaak-beschikking-besloten = Wat heeft de gemeente besloten?
zaak-beschikking-uitkomst = Besluit
zaak-beschikking-toegekend = U krijgt het
zaak-beschikking-gedeeltelijk = U krijgt een deel
zaak-beschikking-afgewezen = U krijgt het niet
zaak-beschikking-vanaf = Vanaf
zaak-beschikking-tot = Tot en met
zaak-beschikking-geen-einde = Geen einddatum
zaak-beschikking-bedrag = Bedrag
zaak-beschikking-waarom = Waarom
zaak-beschikking-grondslag = De regel: { $bron }.
zaak-beschikking-redenen = Waarom besliste de gemeente dit?
zaak-beschikking-door-titel = Wie besliste?
zaak-beschikking-door = { $naam }, namens het college van burgemeester en wethouders van { $gemeente }.
zaak-beschikking-medewerker = Een medewerker van de gemeente
zaak-beschikking-bezwaar-titel = Bent u het niet eens met dit besluit?
zaak-beschikking-bezwaar-tot = Dan kunt u { $begrip } maken tot en met { $datum }.
zaak-beschikking-bezwaar-termijn = U heeft daarvoor { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    }. Die tijd begint op de dag nadat de gemeente het besluit verstuurde: na { $verzonden }. Zo staat het in de Algemene wet bestuursrecht, artikel 6:7 en 6:8.
zaak-beschikking-bezwaar-brief = Schrijf een brief. Zet daarin uw naam, uw adres, de datum en het kenmerk van dit besluit. Schrijf waarom u het er niet mee eens bent. Zet uw handtekening eronder.
zaak-beschikking-bezwaar-adres = Stuur de brief naar het college van burgemeester en wethouders van { $gemeente }:
zaak-beschikking-bezwaar-portaal = U kunt het ook op deze website doen.
zaak-beschikking-bezwaar-link = Maak bezwaar op de website
zaak-beschikking-bezwaar-nederlands = De Nederlandse tekst over bezwaar
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = Verwijder dit concept
zaak-concept-verwijder-titel = Concept verwijderen
zaak-concept-verwijder-vraag = Weet u zeker dat u dit concept wilt verwijderen?
zaak-concept-verwijder-wat = Dit concept hoort bij: { $begrip }.
zaak-concept-verwijder-begonnen = U begon eraan op { $datum }.
zaak-concept-verwijder-gevolg = Uw antwoorden en bestanden zijn dan weg. U kunt ze niet meer terugkrijgen.
zaak-concept-verwijder-ja = Ja, verwijder het concept
zaak-concept-verwijder-nee = Nee, bewaar het concept
zaak-concept-verwijder-knop = Verder
zaak-concept-verwijder-kies = Kies Ja of Nee.
zaak-concept-verwijderd = U heeft het concept verwijderd.
zaak-agenda-titel = Gesprek met de gemeente { $gemeente }
zaak-agenda-thuis = Bij u thuis
zaak-agenda-gemeentehuis = Op het gemeentehuis
zaak-agenda-telefoon = Aan de telefoon. De gemeente belt u.
zaak-agenda-beeldbellen = Met beeldbellen
zaak-log-laatste = { $aantal ->
    [one] Hier ziet u alleen de laatste keer.
   *[other] Hier ziet u alleen de laatste { $aantal } keer.
}
zaak-log-alles = Alles staat bij Mijn gegevens.
