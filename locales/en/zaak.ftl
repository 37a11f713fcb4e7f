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
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = The municipality decides by { $datum } at the latest.
zaak-besluit-uitleg = That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your application was complete. The General Administrative Law Act (Algemene wet bestuursrecht) says so, in article 4:13.
zaak-besluit-te-laat = That day has passed and there is no decision yet.
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
