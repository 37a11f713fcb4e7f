# The beheerder's overview of the portal's outgoing mail.
verzending-titel = E-mail van het loket
verzending-link = E-mail van het loket: wat wacht en wat niet aankwam
verzending-intro = Het loket stuurt e-mail naar inwoners en helpers. Hier ziet u of de mailserver die e-mail aanneemt.
verzending-wacht = Wacht op verzending
verzending-langst = Wacht het langst
verzending-langst-geen = Er wacht niets.
verzending-minuten = { $minuten ->
    [one] 1 minuut
   *[other] { $minuten ->
        [one] { $minuten } minuut
       *[other] { $minuten } minuten
    }
}
verzending-achter = De e-mail loopt achter. Het oudste bericht wacht al { $minuten ->
        [one] { $minuten } minuut
       *[other] { $minuten } minuten
    } of langer. Kijk of de mailserver werkt.
verzending-niet-bezorgd = Niet bezorgd
verzending-niet-bezorgd-geen = Alle berichten kwamen aan bij de mailserver.
verzending-niet-bezorgd-uitleg = Deze berichten kwamen niet aan. Het loket probeert het niet meer. Neem op een andere manier contact op als dat nodig is, bijvoorbeeld per telefoon.
verzending-caption = { $aantal ->
    [one] 1 bericht kwam niet aan, het nieuwste eerst
   *[other] { $aantal ->
        [one] { $aantal } bericht
       *[other] { $aantal } berichten
    } kwamen niet aan, de nieuwste eerst
}
verzending-kolom-aan = Aan
verzending-kolom-onderwerp = Onderwerp
verzending-kolom-gemaakt = Gemaakt
verzending-kolom-gestopt = Gestopt
verzending-kolom-reden = Reden
verzending-reden-geweigerd = De mailserver weigerde het bericht.
verzending-reden-verlopen = De link in het bericht werkte al niet meer. Daarom stuurde het loket het niet.
verzending-reden-opgegeven = Het lukte vier dagen lang niet.
