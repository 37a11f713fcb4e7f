## A case after the melding: the e-mails that tell the resident a step was taken.

zaak-mail-onderwerp = News about your request { $referentie }
zaak-mail-knop = View your case
zaak-mail-privacy = This e-mail holds no personal details. You can read everything in your case on the website.
zaak-mail-gesprek-gepland = A meeting with you has been planned. It is on { $datum } at { $tijd }.
zaak-mail-tijdelijk = You will get temporary help. It lasts until there is a decision.
zaak-mail-onderzoek = The meeting with you has taken place. You will get a report of it next.
zaak-mail-verslag = The report of your meeting is ready. Read it carefully. You can also respond to it.
zaak-mail-vraag = The municipality has a question for you. Please answer before { $datum }.
zaak-mail-aanvraag = The municipality has received your application. You will get a decision by { $datum } at the latest.
zaak-mail-verdaagd = The decision comes later than planned. You will get it by { $datum } at the latest.
zaak-mail-besluit = There is a decision on your application. Do you disagree? Then you can object until { $datum }.
zaak-mail-gesloten = Your request has been closed.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = Your requests to correct something
zaak-correctie-geen = Is something wrong in this case? Then you can ask us to correct it.
zaak-correctie-gevraagd = On { $datum } you asked us to correct this:
zaak-correctie-antwoord-op = The municipality answered on { $datum }:
zaak-correctie-gecorrigeerd = The municipality has corrected your details.
zaak-correctie-niet-gecorrigeerd = The municipality has not changed your details.
zaak-correctie-wacht = The municipality is looking at your request. You will get an e-mail when there is an answer.
zaak-correctie-vragen-link = Ask us to correct something
zaak-correctie-mail-onderwerp = Answer to your request about your details { $referentie }
zaak-correctie-mail-tekst = You asked the municipality to correct something in your details. The municipality has answered your request.
zaak-correctie-wat = What is wrong?
zaak-correctie-moet-zijn = What should it say?
zaak-correctie-onbekend = The resident does not know.
zaak-correctie-staf-titel = { $aantal ->
        [one] Request for a correction
       *[other] Requests for a correction ({ $aantal })
    }
zaak-correctie-staf-verzoek = Request of the resident, { $datum }
zaak-correctie-staf-beantwoord = Answer of { $datum }, by { $naam }:
zaak-correctie-staf-antwoord = Your answer to the resident
zaak-correctie-staf-antwoord-hint = The resident reads this in the portal. Write in plain language.
zaak-correctie-staf-gecorrigeerd = Have you corrected the details?
zaak-correctie-staf-ja = Yes, I have corrected the details
zaak-correctie-staf-nee = No, the details stay as they are
zaak-correctie-staf-knop = Send answer
zaak-correctie-staf-pagina = Answer a request for a correction: { $referentie }
zaak-correctie-fout-antwoord = Write your answer to the resident.
zaak-correctie-fout-te-lang = Your text is too long. Use at most { $aantal ->
        [one] { $aantal } character.
       *[other] { $aantal } characters.
    }
zaak-correctie-fout-keuze = Choose whether you corrected the details.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = The municipality decides by { $datum } at the latest.
zaak-besluit-uitleg = That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your application was complete. The General Administrative Law Act (Algemene wet bestuursrecht) says so, in article 4:13.
zaak-besluit-te-laat = That day has passed and there is no decision yet.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = Print the decision or save it as a PDF
zaak-beschikking-titel = Decision
zaak-beschikking-afdrukken = Would you like this decision on paper? Use your browser's print button. There you can also choose to save it as a PDF.
zaak-beschikking-gemeente = Municipality of { $gemeente }
zaak-beschikking-datum = Date
zaak-beschikking-aan = To
zaak-beschikking-kenmerk = Reference
zaak-beschikking-besloten = What did the municipality decide?
zaak-beschikking-uitkomst = Decision
zaak-beschikking-toegekend = You get it
zaak-beschikking-gedeeltelijk = You get part of it
zaak-beschikking-afgewezen = You do not get it
zaak-beschikking-vanaf = From
zaak-beschikking-tot = Until and including
zaak-beschikking-geen-einde = No end date
zaak-beschikking-bedrag = Amount
zaak-beschikking-waarom = Why
zaak-beschikking-grondslag = The rule: { $bron }.
zaak-beschikking-redenen = Why did the municipality decide this?
zaak-beschikking-door-titel = Who decided?
zaak-beschikking-door = { $naam }, on behalf of the college of burgemeester en wethouders (mayor and aldermen) of { $gemeente }.
zaak-beschikking-medewerker = A member of staff of the municipality
zaak-beschikking-bezwaar-titel = Do you disagree with this decision?
zaak-beschikking-bezwaar-tot = Then you can make an { $begrip } until and including { $datum }.
zaak-beschikking-bezwaar-termijn = You have { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } for that. That time starts on the day after the municipality sent the decision: after { $verzonden }. This is in the General Administrative Law Act (Algemene wet bestuursrecht), articles 6:7 and 6:8.
zaak-beschikking-bezwaar-brief = Write a letter. Put in your name, your address, the date and the reference of this decision. Write why you disagree. Sign it.
zaak-beschikking-bezwaar-adres = Send the letter to the college of burgemeester en wethouders of { $gemeente }:
zaak-beschikking-bezwaar-portaal = You can also do it on this website.
zaak-beschikking-bezwaar-link = Object on the website
zaak-beschikking-bezwaar-nederlands = The Dutch text about objecting
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = Delete this draft
zaak-concept-verwijder-titel = Delete draft
zaak-concept-verwijder-vraag = Are you sure you want to delete this draft?
zaak-concept-verwijder-wat = This draft is for: { $begrip }.
zaak-concept-verwijder-begonnen = You started it on { $datum }.
zaak-concept-verwijder-gevolg = Your answers and files will then be gone. You cannot get them back.
zaak-concept-verwijder-ja = Yes, delete the draft
zaak-concept-verwijder-nee = No, keep the draft
zaak-concept-verwijder-knop = Continue
zaak-concept-verwijder-kies = Choose Yes or No.
zaak-concept-verwijderd = You deleted the draft.
zaak-agenda-titel = Talk with the municipality of { $gemeente }
zaak-agenda-thuis = At your home
zaak-agenda-gemeentehuis = At the town hall
zaak-agenda-telefoon = On the phone. The municipality calls you.
zaak-agenda-beeldbellen = By video call
zaak-log-laatste = { $aantal ->
    [one] This shows only the last time.
   *[other] This shows only the last { $aantal } times.
}
zaak-log-alles = Everything is in My details.
