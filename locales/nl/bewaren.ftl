# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = Bewaren en verwijderen
bewaren-link = Bewaren en verwijderen
bewaren-intro = Het loket verwijdert elke dag wat het niet langer mag bewaren. Hier staan de termijnen. En hoeveel het loket verwijderde. Namen staan hier niet.
bewaren-termijnen = Termijnen
bewaren-geen-termijnen = Het profiel van de gemeente heeft geen termijnen. Het loket verwijdert dan alleen verlopen inloglinks en sessies.
bewaren-dagen = { $dagen ->
    [one] { $dagen } dag
   *[other] { $dagen } dagen
}
bewaren-dagen-vooraf = { $dagen ->
    [one] { $dagen } dag vooraf
   *[other] { $dagen } dagen vooraf
}
bewaren-jaren = { $jaren ->
    [one] { $jaren } jaar
   *[other] { $jaren } jaar
}
bewaren-bron = Bron
bewaren-zaken-caption = Afgesloten zaken, vanaf het einde van de zaak
bewaren-kolom-regeling = Regeling
bewaren-kolom-jaren = Jaren
bewaren-kolom-bron = Bron
bewaren-rondes = Laatste rondes
bewaren-rondes-geen = Er is nog geen ronde geweest.
bewaren-rondes-caption = Wat elke ronde verwijderde
bewaren-kolom-dag = Dag
bewaren-bezig = (bezig)
bewaren-soort-waarschuwing = E-mail vooraf
bewaren-soort-concept = Concepten
bewaren-soort-inloglink = Inloglinks
bewaren-soort-sessie = Sessies
bewaren-soort-mail = Verstuurde e-mails
bewaren-soort-toegangslog = Logboek van inzage
bewaren-soort-zaak = Afgesloten zaken
bewaren-stop-titel = Bewaarstop
bewaren-stop-uit = Deze zaak heeft geen bewaarstop. Het loket verwijdert de zaak als de bewaartermijn voorbij is.
bewaren-stop-aan = Deze zaak heeft een bewaarstop sinds { $datum }. Het loket verwijdert de zaak niet. De reden:
bewaren-stop-reden-aan = Waarom moet de zaak blijven? Bijvoorbeeld: beroep bij de rechter.
bewaren-stop-reden-uit = Waarom mag de bewaarstop eraf?
bewaren-stop-reden-hint = De inwoner leest deze reden in het logboek van de zaak.
bewaren-stop-knop-aan = Bewaarstop aanzetten
bewaren-stop-knop-uit = Bewaarstop opheffen
bewaren-stop-fout-leeg = Vul de reden in.
bewaren-stop-fout-lang = { $max ->
    [one] Gebruik niet meer dan { $max } teken.
   *[other] Gebruik niet meer dan { $max } tekens.
}
bewaren-mail-onderwerp = Wij verwijderen uw concept over een week
bewaren-mail-wanneer = U begon een aanvraag of melding. U stuurde die nog niet naar de gemeente. Wij verwijderen dit concept op { $datum }.
bewaren-mail-houden = Wilt u het houden? Ga dan verder met invullen in Mijn loket. Of verstuur het.
bewaren-mail-knop = Naar Mijn loket
bewaren-mail-waarom = Wij bewaren uw gegevens niet langer dan nodig. Daarom verwijderen wij een concept dat u lang niet heeft veranderd.
