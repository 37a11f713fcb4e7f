## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = Wilt u hulp bij het invullen of bij het gesprek? U kunt altijd gratis { $begrip } krijgen.
melding-verder = Verder
melding-later = Opslaan en later verder

melding-start-titel = Hulp vragen bij wonen, zorg of meedoen
melding-start-intro = Vertel de gemeente welke hulp u nodig heeft. Dit heet een { $begrip }.
melding-start-voor-ander = U kunt dit ook doen voor iemand die u helpt.
melding-start-duur = Het invullen duurt ongeveer 10 minuten.
melding-start-bewaard = U kunt tussendoor stoppen. Uw antwoorden blijven bewaard.
melding-start-niet-alles = U hoeft nog niet alles te weten. De gemeente praat daarna met u.
melding-start-knop = Begin
melding-start-hervatten = Verder met een vraag die u al begon
melding-start-inloggen-tekst = Log eerst in. Dan kunnen wij uw antwoorden bewaren.
melding-start-inloggen = Inloggen

melding-hervatten-titel = Verder met uw vraag
melding-hervatten-tekst = Heeft u eerder een vraag bewaard? Vul dan de code in die u kreeg.
melding-hervatten-label = Uw code
melding-hervatten-hint = Bijvoorbeeld K7P2-QX9M
melding-hervatten-knop = Verder
melding-hervatten-fout-leeg = Vul uw code in.
melding-hervatten-fout-onbekend = Wij vinden geen vraag met deze code. Kijk of u de code goed heeft overgenomen.

melding-naam-voor-wie = Voor wie
melding-naam-de-ander = De persoon die u helpt
melding-naam-spoed = Spoed
melding-naam-hulpvraag = Uw vraag
melding-naam-gebieden = Onderwerpen
melding-naam-huishouden = Wie wonen er in huis
melding-naam-gesprek = Bij het gesprek
melding-naam-co = Gratis hulp bij uw vraag
melding-naam-gegevens = Over wie gaat het
melding-naam-contact = Contact
melding-naam-toestemming = Toestemming

melding-voor-wie-titel = Voor wie vraagt u hulp?
melding-voor-wie-vraag = Kies wat past
melding-keuze-voor-wie-zelf = Voor mijzelf
melding-keuze-voor-wie-ander = Voor iemand die ik help
melding-keuze-voor-wie-namens = Voor { $naam }

melding-de-ander-titel = Over de persoon die u helpt
melding-de-ander-uitleg = U vraagt hulp voor iemand anders. Vertel wie dat is.
melding-de-ander-naam = Wat is de naam van deze persoon?
melding-de-ander-relatie = Wie is deze persoon voor u?
melding-keuze-relatie-partner = Mijn partner
melding-keuze-relatie-ouder = Mijn vader of moeder
melding-keuze-relatie-kind = Mijn kind
melding-keuze-relatie-familie = Iemand anders uit mijn familie
melding-keuze-relatie-vriend-buur = Een vriend, vriendin of buur
melding-keuze-relatie-clientondersteuner = Ik ben zijn of haar cliëntondersteuner
melding-keuze-relatie-anders = Iets anders
melding-de-ander-toestemming = Weet deze persoon ervan?
melding-de-ander-toestemming-hint = U mag alleen hulp vragen voor iemand die dat goed vindt.
melding-de-ander-toestemming-ja = Deze persoon weet dat ik hulp vraag en vindt het goed.

melding-spoed-titel = Is het nu onveilig of heel dringend?
melding-spoed-112 = Is er nu direct gevaar? Bel dan meteen 112.
melding-spoed-gevaar = Is iemand in huis in gevaar?
melding-spoed-gevaar-hint = Bijvoorbeeld door geweld, bedreiging of verwaarlozing.
melding-spoed-zorg = Gaat het thuis vandaag of morgen niet meer zonder hulp?
melding-spoed-zorg-hint = Bijvoorbeeld omdat iemand die zorgt ineens ziek is.
melding-keuze-ja = Ja
melding-keuze-nee = Nee

melding-spoedroute-titel = Neem nu contact op
melding-spoedroute-tekst = U zegt dat het dringend is. Neem daarom nu contact op. Wacht niet op het einde van dit formulier.
melding-spoedroute-daarna-titel = Daarna
melding-spoedroute-daarna = Heeft u gebeld? Dan kunt u hier uw vraag afmaken. Dat mag ook later.
melding-spoedroute-verder = Verder met uw vraag

melding-hulpvraag-titel = Waarmee wilt u hulp?
melding-hulpvraag-vraag = Uw vraag
melding-hulpvraag-hint = Vertel in uw eigen woorden wat niet goed lukt. En wat u graag zou willen.

melding-gebieden-titel = Waar gaat uw vraag over?
melding-gebieden-vraag = Onderwerpen
melding-gebieden-hint = Kies alles wat past.
melding-keuze-gebied-verzorging = Uzelf verzorgen en het huishouden
melding-keuze-gebied-lichaam = Uw lichaam en uw gezondheid
melding-keuze-gebied-gevoel = Hoe u zich voelt en wat u denkt
melding-keuze-gebied-wonen = Uw huis en de buurt
melding-keuze-gebied-geld = Geld en papieren
melding-keuze-gebied-contact = Contact met andere mensen
melding-keuze-gebied-dag = Wat u overdag doet
melding-keuze-gebied-thuis = Hoe het gaat met de mensen thuis
melding-keuze-gebied-kinderen = Opvoeden van kinderen
melding-keuze-gebied-verslaving = Verslaving, bijvoorbeeld aan alcohol of gokken
melding-keuze-gebied-mantelzorg = Hulp voor iemand die voor u zorgt

melding-huishouden-titel = Wie wonen er in het huis?
melding-huishouden-waarom = Huisgenoten doen soms een deel van het werk in huis. Daarom vraagt de gemeente dit.
melding-huishouden-vraag = Kies wat past
melding-keuze-huishouden-alleen = Ik woon alleen
melding-keuze-huishouden-alleen-namens = { $naam } woont alleen
melding-keuze-huishouden-partner = Met een partner
melding-keuze-huishouden-partner-kinderen = Met een partner en kinderen
melding-keuze-huishouden-kinderen = Met kinderen, zonder partner
melding-keuze-huishouden-anderen = Met andere mensen
melding-huisgenoten = Wie wonen er nog meer in het huis?
melding-huisgenoten-hint = Schrijf bij iedereen de leeftijd. Bijvoorbeeld: mijn man (80), mijn zoon (45). Dit hoeft niet.

melding-gesprek-titel = Wie wilt u erbij hebben in het gesprek?
melding-gesprek-uitleg = De gemeente praat met u over uw vraag. Vaak is dat bij u thuis. Dit gesprek heet het { $begrip }.
melding-gesprek-vraag = Wie komt erbij?
melding-gesprek-hint = U mag iemand meenemen. Kies alles wat past.
melding-keuze-erbij-mantelzorger = Iemand die voor mij zorgt
melding-keuze-erbij-familie = Iemand uit mijn familie
melding-keuze-erbij-mantelzorger-namens = Iemand die voor { $naam } zorgt
melding-keuze-erbij-familie-namens = Iemand uit de familie van { $naam }
melding-keuze-erbij-clientondersteuner = Een cliëntondersteuner
melding-keuze-erbij-iemand = Iemand anders
melding-keuze-erbij-niemand = Niemand
melding-gesprek-naam = Wie is dat?
melding-gesprek-naam-hint = Bijvoorbeeld een naam en een telefoonnummer. Dit hoeft niet.

melding-co-titel = Wilt u gratis hulp bij uw vraag?
melding-co-wat = Een cliëntondersteuner helpt u bij uw vraag aan de gemeente. Hij of zij kan ook meegaan naar het gesprek.
melding-co-gratis = Deze hulp is gratis. U betaalt er nooit iets voor.
melding-co-beslist-niet = De cliëntondersteuner staat naast u. Hij of zij beslist niet over uw vraag.
melding-co-vraag = Wilt u een cliëntondersteuner?
melding-keuze-wens-ja = Ja, graag
melding-keuze-wens-nee = Nee, nu niet
melding-keuze-wens-weet-niet = Ik weet het nog niet
melding-co-organisatie = Wie mag u helpen?
melding-co-organisatie-hint = Alleen als u "Ja, graag" kiest. Wij vragen de hulp dan voor u aan als u de melding verstuurt.
melding-co-organisatie-gemeente = Laat de gemeente kiezen

melding-contact-titel = Hoe wilt u dat de gemeente contact opneemt?
melding-contact-namens = De gemeente neemt contact op met { $naam }. Vul daarom het telefoonnummer en het e-mailadres van { $naam } in.
melding-contact-vraag = Hoe wilt u contact?
melding-keuze-contact-telefoon = Bellen
melding-keuze-contact-email = E-mail
melding-keuze-contact-brief = Een brief
melding-contact-telefoon = Telefoonnummer
melding-contact-telefoon-hint = Vul dit in als wij u mogen bellen.
melding-contact-telefoon-hint-namens = Vul dit in als de gemeente { $naam } mag bellen.
melding-contact-email = E-mailadres
melding-contact-email-hint = Hierheen sturen wij ook de bevestiging.
melding-contact-email-hint-namens = Op dit adres neemt de gemeente contact op met { $naam }.
melding-contact-tijden = Wanneer kunnen wij u het best bellen?
melding-contact-tijden-hint = Bijvoorbeeld: op dinsdag in de ochtend. Dit hoeft niet.
melding-contact-tolk = Heeft u hulp nodig bij het gesprek?
melding-keuze-tolk-geen = Nee
melding-keuze-tolk-tolk = Ja, een tolk
melding-keuze-tolk-gebarentaal = Ja, een tolk voor gebarentaal
melding-contact-tolk-taal = Welke taal spreekt u?
melding-contact-tolk-taal-hint = Vul dit in als u een tolk wilt.
melding-contact-postadres = Moeten brieven naar een ander adres?
melding-contact-postadres-hint = Vul dit alleen in als u een brief wilt op een ander adres dan uw woonadres. Bijvoorbeeld het adres van uw bewindvoerder.
melding-gegevens-titel = Over wie gaat de melding?
melding-gegevens-waarom = De gemeente moet weten wie zij helpt. Daarom vragen wij de naam, de geboortedatum en het adres.
melding-gegevens-naam = Naam
melding-gegevens-geboren = Geboortedatum
melding-gegevens-geboren-op = Geboren op { $datum }
melding-gegevens-adres = Woonadres
melding-adres-straat = Straat en huisnummer
melding-adres-postcode = Postcode
melding-adres-postcode-hint = Bijvoorbeeld 2665 AB
melding-adres-plaats = Woonplaats

melding-toestemming-titel = Mag de gemeente uw gegevens gebruiken?
melding-toestemming-nodig = De gemeente heeft uw gegevens nodig om uw vraag te behandelen.
melding-toestemming-gezondheid = Het gaat ook om gegevens over uw gezondheid. Die zijn extra gevoelig.
melding-toestemming-alleen = De gemeente gebruikt uw gegevens alleen voor deze vraag.
melding-toestemming-wie = Alleen de medewerkers die aan uw vraag werken, mogen ze zien.
melding-toestemming-privacy = Lees meer over uw privacy
melding-toestemming-vraag = Toestemming
melding-toestemming-ja = Ik geef de gemeente toestemming om mijn gegevens voor deze vraag te gebruiken.
melding-toestemming-ja-namens = Ik geef de gemeente toestemming om de gegevens van { $naam } voor deze vraag te gebruiken.

melding-later-titel = Wij hebben uw antwoorden bewaard
melding-later-code = Uw code
melding-later-schrijf-op = Daarvoor heeft u de code niet nodig. U heeft de code alleen nodig als u de gemeente belt over uw vraag.
melding-later-hoe = Log later weer in. Dat kan op deze telefoon of computer, of op een andere. Kies dan in Mijn loket uw vraag.
melding-later-bellen = Schrijf de code dan op. Noem de code aan de telefoon. Dan vindt de gemeente uw antwoorden.
melding-later-mijn-loket = Uw vraag staat in Mijn loket. Daar gaat u later verder.
melding-later-nu-verder = Nu verder
melding-later-naar-mijn-loket = Naar Mijn loket

melding-controleren-titel = Kijk uw antwoorden na
melding-controleren-tekst = Klopt alles? Met "Wijzig" past u een antwoord aan.
melding-controleren-leeg = Nog niet ingevuld
melding-controleren-fout-open = Vul deze vraag nog in.
melding-controleren-versturen-titel = Versturen
melding-controleren-versturen-tekst = Drukt u op de knop? Dan krijgt de gemeente uw { $begrip }.
melding-controleren-knop = Versturen

melding-datum-plan = U mag een { $begrip } inleveren tot en met { $datum }. Dat hoeft niet.
melding-datum-onderzoek = De gemeente praat uiterlijk op { $datum } met u. Dit gesprek heet het { $begrip }.
melding-datum-na-gesprek = De termijnen beginnen bij uw eerste gesprek met de gemeente. Daarna ziet u de datums in Mijn loket.

melding-bevestiging-titel = De gemeente heeft uw vraag ontvangen
melding-bevestiging-paneel = Gelukt
melding-bevestiging-nummer = Uw nummer is
melding-bevestiging-ontvangen = De gemeente kreeg uw vraag op { $datum }.
melding-bevestiging-mail = U krijgt ook een e-mail met deze gegevens.
melding-bevestiging-nu-titel = Wat gebeurt er nu?
melding-bevestiging-co = U wilt gratis hulp van een cliëntondersteuner.
melding-bevestiging-co-link = Vraag die hulp nu aan
melding-bevestiging-co-gevraagd = U vroeg ook om gratis hulp van een cliëntondersteuner. Wij hebben die hulp voor u aangevraagd. Het nummer is { $referentie }.
melding-bevestiging-co-bekijk = Bekijk uw aanvraag voor hulp
melding-bevestiging-bewijs = Bekijk of print uw antwoorden
melding-bevestiging-mijn-loket = Naar Mijn loket

melding-bewijs-titel = Uw antwoorden
melding-bewijs-ontvangen = Ontvangen op
melding-bewijs-printen = Wilt u dit op papier? Gebruik dan de printknop van uw browser.

melding-mail-onderwerp = De gemeente heeft uw vraag { $referentie } ontvangen
melding-mail-ontvangen = U heeft de gemeente { $gemeente } om hulp gevraagd. Uw nummer is { $referentie }.
melding-mail-contact = De gemeente neemt contact met u op. U maakt samen een afspraak voor een gesprek.
melding-mail-knop = Bekijk uw vraag

melding-fout-voor-wie = Kies voor wie u hulp vraagt.
melding-fout-ander-naam = Vul de naam in van de persoon die u helpt.
melding-fout-ander-relatie = Kies wie deze persoon voor u is.
melding-fout-ander-toestemming = Vraag eerst of deze persoon het goed vindt. Zet dan een vinkje.
melding-fout-spoed = Kies ja of nee.
melding-fout-hulpvraag = Vertel waarmee u hulp wilt.
melding-fout-levensgebieden = Kies minstens één onderwerp.
melding-fout-huishouden = Kies met wie u woont.
melding-fout-gesprek = Kies wie erbij komt. Of kies "Niemand".
melding-fout-gesprek-niemand = U koos "Niemand" en ook iemand anders. Kies één van de twee.
melding-fout-clientondersteuning = Kies of u een cliëntondersteuner wilt.
melding-fout-co-organisatie = Kies wie u mag helpen. U kunt ook de gemeente laten kiezen.
melding-fout-naam = Vul de naam in.
melding-fout-geboren-leeg = Vul de geboortedatum in.
melding-fout-geboren = Vul een geboortedatum in die bestaat. Bijvoorbeeld 15 8 1956.
melding-fout-geboren-toekomst = De geboortedatum kan niet na vandaag zijn.
melding-fout-straat = Vul de straat en het huisnummer in.
melding-fout-postcode-leeg = Vul de postcode in.
melding-fout-postcode = Vul een postcode in zoals 2665 AB: vier cijfers en twee letters.
melding-fout-plaats = Vul de woonplaats in.
melding-fout-contact-manier = Kies hoe u contact wilt.
melding-fout-telefoon = Vul een telefoonnummer in zoals 06 1234 5678.
melding-fout-telefoon-leeg = Vul uw telefoonnummer in. Of kies een andere manier van contact.
melding-fout-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
melding-fout-email-leeg = Vul uw e-mailadres in. Of kies een andere manier van contact.
melding-fout-tolk = Kies of u hulp nodig heeft bij het gesprek.
melding-fout-tolk-taal = Vul in welke taal u spreekt.
melding-fout-toestemming = Zonder uw toestemming kan de gemeente uw vraag niet behandelen. Zet een vinkje als u het goed vindt.
melding-fout-te-lang = Dit is te lang. Gebruik maximaal { $max ->
        [one] { $max } teken
       *[other] { $max } tekens
    }.
melding-spoed-route-link = U zei dat het dringend is. Lees wat u nu kunt doen.
melding-bevestiging-plan = Schrijf of stuur uw eigen plan
melding-mail-gratis-hulp = Wilt u hulp bij het gesprek? U kunt altijd gratis { $begrip } krijgen.
melding-namens = Deze vragen gaan over { $naam }. Met "u" bedoelen we { $naam }.
melding-namens-toestemming = U geeft toestemming voor de gegevens van { $naam }. Doe dit alleen als { $naam } het goed vindt.
melding-start-wachttijd-weken = In de afgelopen maanden duurde het meestal { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } tot er een besluit was.
melding-start-wachttijd-dagen = In de afgelopen maanden duurde het meestal { $dagen ->
        [one] { $dagen } dag
       *[other] { $dagen } dagen
    } tot er een besluit was.
melding-start-wachttijd-kort = In de afgelopen maanden was er meestal binnen een week een besluit.
melding-start-wachttijd-bijgewerkt = Dit cijfer is van { $moment }.
