## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = Uw eigen plan
persoonlijk-plan-intro = U mag een { $begrip } maken. Daarin schrijft u wat u wilt bereiken. En welke hulp u daarvoor nodig denkt te hebben.
persoonlijk-plan-hoeft-niet = Een plan maken hoeft niet. Het helpt wel bij het gesprek met de gemeente.

persoonlijk-plan-termijn-titel = Tot wanneer kunt u uw plan inleveren?
persoonlijk-plan-termijn = Lever uw plan in op { $datum } of eerder.
persoonlijk-plan-termijn-uitleg = U heeft { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } na uw { $begrip }. De gemeente kreeg uw vraag op { $ontvangen }.
persoonlijk-plan-termijn-verlengd = Eerst was de laatste dag { $datum }. Die dag valt in het weekend of op een feestdag. Daarom heeft u langer de tijd.
persoonlijk-plan-termijn-onbekend = Lever uw plan in binnen { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } na uw { $begrip }.
persoonlijk-plan-te-laat = Die dag is voorbij. U bent dus te laat. Maar u mag uw plan toch nog inleveren.

persoonlijk-plan-huidig-titel = Uw plan nu
persoonlijk-plan-status-label = Status
persoonlijk-plan-status-concept = Nog niet ingeleverd
persoonlijk-plan-status-ingeleverd = Ingeleverd
persoonlijk-plan-ingeleverd-op = Ingeleverd op
persoonlijk-plan-bestand-label = Bestand
persoonlijk-plan-bestand-download = Download { $naam } ({ $soort }, { $grootte })
persoonlijk-plan-concept-uitleg = U heeft uw plan bewaard. De gemeente ziet het pas als u het inlevert.
persoonlijk-plan-geen-plan = U heeft geen plan ingeleverd.

persoonlijk-plan-keuze-titel = Hoe wilt u uw plan maken?
persoonlijk-plan-keuze-schrijven = Schrijf uw plan hier
persoonlijk-plan-keuze-schrijven-uitleg = Wij stellen u drie vragen. U kunt tussendoor opslaan en later verder gaan.
persoonlijk-plan-keuze-uploaden = Stuur een bestand
persoonlijk-plan-keuze-uploaden-uitleg = Heeft u uw plan al op papier of op de computer? Stuur dan een PDF, een foto of een scan.
persoonlijk-plan-vervangen = U heeft al een plan ingeleverd. Een nieuwe versie komt in de plaats van de vorige.

persoonlijk-plan-klaar-opgeslagen = U heeft uw plan bewaard. U kunt later verder gaan.
persoonlijk-plan-klaar-ingeleverd = U heeft uw plan ingeleverd. De gemeente leest het voor uw gesprek.
persoonlijk-plan-vast = De gemeente heeft al een datum voor uw eerste gesprek. Daarom kunt u uw plan niet meer veranderen. Wilt u iets toevoegen? Vertel het dan in het gesprek.

persoonlijk-plan-terug = Terug naar uw plan
persoonlijk-plan-schrijven-titel = Schrijf uw plan
persoonlijk-plan-schrijven-intro = Beantwoord de vragen in uw eigen woorden. Alleen de eerste vraag is nodig.
persoonlijk-plan-schrijven-opslaan-uitleg = Met Opslaan bewaart u uw plan. De gemeente ziet het dan nog niet. Met Inleveren stuurt u het naar de gemeente.
persoonlijk-plan-schrijven-nieuwe-versie = U heeft uw plan al ingeleverd. Wilt u iets veranderen? Lever het dan opnieuw in. De nieuwe versie komt in de plaats van de oude.
persoonlijk-plan-doelen-label = Wat wilt u bereiken?
persoonlijk-plan-doelen-hint = Bijvoorbeeld: zelf boodschappen doen, of weer naar de club gaan.
persoonlijk-plan-zelf-label = Wat kunt u zelf doen? En wat doen de mensen om u heen?
persoonlijk-plan-zelf-hint = Denk aan uw partner, familie, buren of vrienden.
persoonlijk-plan-ondersteuning-label = Welke hulp denkt u nodig te hebben? En waarom?
persoonlijk-plan-ondersteuning-hint = Schrijf op wat u mist. Dan begrijpt de gemeente waarom u die hulp nodig heeft.
persoonlijk-plan-opslaan = Opslaan
persoonlijk-plan-inleveren = Inleveren
persoonlijk-plan-doelen-leeg = Schrijf op wat u wilt bereiken. Dan kunt u uw plan inleveren.
persoonlijk-plan-te-lang = Gebruik hoogstens { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    }. U heeft er nu { $teveel } te veel.

persoonlijk-plan-uploaden-titel = Stuur uw plan als bestand
persoonlijk-plan-uploaden-intro = Stuur een PDF, of een foto als JPG of PNG. Een foto van uw plan op papier mag ook.
persoonlijk-plan-uploaden-vervangen = Heeft u al een plan ingeleverd? Dan komt dit bestand in de plaats daarvan.
persoonlijk-plan-bestand-kies = Kies uw bestand
persoonlijk-plan-uploaden-knop = Bestand inleveren
persoonlijk-plan-bestand-geen = Kies een bestand.
persoonlijk-plan-bestand-leeg = Dit bestand is leeg. Kies een ander bestand.
persoonlijk-plan-bestand-te-groot = Dit bestand is te groot. Het mag hoogstens { $mb } MB zijn. Probeer een kleinere foto of scan.
persoonlijk-plan-bestand-soort = Dit bestand kunnen wij niet openen. Stuur een PDF, JPG of PNG.
persoonlijk-plan-bestand-virus = In het bestand { $naam } zit een virus ({ $virus }). Wij hebben het niet bewaard. Controleer uw computer of telefoon met een virusscanner. Stuur daarna een ander bestand.
persoonlijk-plan-bestand-vol-keer = Wij hebben { $naam } niet bewaard. U kunt { $aantal ->
        [one] { $aantal } bestand
       *[other] { $aantal } bestanden
    } tegelijk sturen. Stuur dit bestand daarna apart.
persoonlijk-plan-bestand-vol-aantal = Wij hebben { $naam } niet bewaard. { $aantal ->
        [one] Bij één aanvraag of melding past { $aantal } bestand. Dat is er al.
       *[other] Bij één aanvraag of melding passen { $aantal } bestanden. Die zijn er al.
    } Wilt u toch meer sturen? Bel de gemeente.
persoonlijk-plan-bestand-vol-zaak = Wij hebben { $naam } niet bewaard. De bestanden bij één aanvraag of melding zijn samen niet groter dan { $mb } MB. Stuur een kleiner bestand, of bel de gemeente.
persoonlijk-plan-bestand-vol-dag = Wij hebben { $naam } niet bewaard. U kunt per dag samen { $mb } MB aan bestanden sturen. Probeer het morgen opnieuw.
