# The beheerder's list of viruses found in uploads.
virussen-titel = Bestanden met een virus
virussen-link = Bestanden met een virus
virussen-intro = Het loket controleert elk bestand op virussen. Hier ziet u welke bestanden een virus hadden. De inwoner kreeg daarover meteen een bericht. Het bestand is niet te openen.
virussen-geen = Het loket vond de afgelopen 90 dagen geen virus.
virussen-caption = { $aantal ->
    [one] 1 bestand met een virus, het nieuwste eerst
   *[other] { $aantal ->
        [one] { $aantal } bestand
       *[other] { $aantal } bestanden
    } met een virus, de nieuwste eerst
}
virussen-kolom-wanneer = Wanneer
virussen-kolom-bestand = Bestand
virussen-kolom-virus = Virus
virussen-kolom-gedaan = Wat het loket deed
virussen-bron-upload = Niet bewaard. De inwoner kreeg bij het versturen een bericht.
virussen-bron-later = Verwijderd na een latere controle. Bij de zaak staat dat het bestand een virus had.
