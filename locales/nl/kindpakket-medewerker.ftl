# Het Kindpakket voor medewerkers: lijst, beoordeling en cijfers.

kindpakket-medewerker-titel = Kindpakket: aanvragen
kindpakket-medewerker-intro = Open aanvragen eerst, de oudste bovenaan. Daarna de aanvragen met een besluit.
kindpakket-medewerker-leeg = Er zijn geen aanvragen.
kindpakket-medewerker-caption = { $aantal ->
        [one] { $aantal } aanvraag
       *[other] { $aantal } aanvragen
    }
kindpakket-medewerker-kolom-referentie = Nummer
kindpakket-medewerker-kolom-status = Status
kindpakket-medewerker-kolom-verstuurd = Verstuurd
kindpakket-medewerker-kolom-kinderen = Kinderen
kindpakket-medewerker-advies-ja = Advies volgens de regels: waarschijnlijk ja.
kindpakket-medewerker-advies-schrijnend = Advies volgens de regels: alleen met een reden voor een schrijnende situatie.
kindpakket-medewerker-advies-nee = Advies volgens de regels: nee.
kindpakket-medewerker-advies-uitleg = Dit is een advies op de dag van versturen. U beslist zelf per kind en per onderdeel.
kindpakket-medewerker-reden = Reden
kindpakket-medewerker-reden-hint = Verplicht bij een afwijzing. De inwoner leest deze reden.
kindpakket-medewerker-knop = Besluit vastleggen
kindpakket-medewerker-fout-keuze = Kies toekennen of afwijzen.
kindpakket-medewerker-fout-reden = Schrijf de reden van de afwijzing.

kindpakket-cijfers-titel = Kindpakket in { $jaar }
kindpakket-cijfers-uitleg = Geteld per uniek kind in de besluiten van dit jaar. Een kind is uniek door de aanvrager, de voornaam en de geboortedatum, over alle aanvragen heen. Alleen aantallen, nooit per persoon.
kindpakket-cijfers-tabel = Gebruik van het Kindpakket
kindpakket-cijfers-wat = Wat
kindpakket-cijfers-aantal = Aantal
kindpakket-cijfers-kinderen = Unieke kinderen met een besluit
kindpakket-cijfers-kinderen-toegekend = Unieke kinderen met iets toegekend
kindpakket-cijfers-toekenningen = Toekenningen (kind en onderdeel)
kindpakket-cijfers-onderdeel = Kinderen met { $onderdeel } toegekend
kindpakket-gebeurtenis-ingediend = De aanvraag is verstuurd.
kindpakket-gebeurtenis-besloten = Het besluit is genomen.
