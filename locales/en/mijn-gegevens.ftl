## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = My details
mijn-gegevens-terug = Back to My loket
mijn-gegevens-intro = Here you see which details the portal keeps about you. You can download everything. Is something wrong? Then you can ask us to correct it.
mijn-gegevens-intro-recht = That is your right. The { $begrip } says so.
mijn-gegevens-klaar-account = We have changed your details.
mijn-gegevens-klaar-correctie = We have received your request. The municipality will answer you.

mijn-gegevens-download-titel = Download everything
mijn-gegevens-download-uitleg = You get one zip file with all your details and documents. The file LEESMIJ.txt says what each part is.
mijn-gegevens-download-bewaren = Keep the file in a safe place. It holds details about your health and money.
mijn-gegevens-download-knop = Download my details
mijn-gegevens-download-laatst = You downloaded your details on { $datum }.

mijn-gegevens-account-titel = Your account
mijn-gegevens-account-email = E-mail address
mijn-gegevens-account-naam = Name
mijn-gegevens-account-taal = Language of your e-mails
mijn-gegevens-account-sinds = Account since
mijn-gegevens-account-bsn = Citizen service number (BSN)
mijn-gegevens-bsn-bekend = Known: { $bsn }
mijn-gegevens-account-sessies = Signed in now
mijn-gegevens-sessies-aantal = { $aantal ->
        [one] On { $aantal } device
       *[other] On { $aantal } devices
    }
mijn-gegevens-niet-bekend = Not known
mijn-gegevens-taal-nl = Dutch (Nederlands)
mijn-gegevens-taal-en = English
mijn-gegevens-taal-tr = Turkish (Türkçe)
mijn-gegevens-taal-ar = Arabic (العربية)
mijn-gegevens-taal-pl = Polish (Polski)
mijn-gegevens-taal-uk = Ukrainian (Українська)
mijn-gegevens-zelf-titel = Change it yourself
mijn-gegevens-zelf-naam = Your name
mijn-gegevens-zelf-naam-hint = People who help you see this name. You may leave it empty. Use at most { $aantal ->
        [one] { $aantal } character.
       *[other] { $aantal } characters.
    }
mijn-gegevens-zelf-taal = In which language do you want your e-mails?
mijn-gegevens-zelf-knop = Save
mijn-gegevens-adres-opgeven = Give an e-mail address. Then you hear from us when something changes.
mijn-gegevens-adres-wijzigen = You sign in with this e-mail address. Do you want another address? Then call the municipality on { $telefoon }. Or mail { $email }.

mijn-gegevens-zaken-titel = { $aantal ->
        [one] Your case (1)
       *[other] Your cases ({ $aantal })
    }
mijn-gegevens-zaken-geen = You have no cases with the municipality yet.
mijn-gegevens-zaak-stand = Sent on { $datum }. Now: { $fase }. { $aantal ->
        [one] It has { $aantal } step.
       *[other] It has { $aantal } steps.
    }
mijn-gegevens-zaak-plan = You also handed in a plan of your own.
mijn-gegevens-zaak-bekijken = View this case
mijn-gegevens-zaak-correctie = Ask us to correct something in this case
mijn-gegevens-fase-ontvangen = received
mijn-gegevens-fase-gesprek-gepland = meeting planned
mijn-gegevens-fase-onderzocht = meeting held
mijn-gegevens-fase-verslag-verstuurd = report sent
mijn-gegevens-fase-aanvraag-ontvangen = application received
mijn-gegevens-fase-besloten = decided
mijn-gegevens-fase-gesloten = closed
mijn-gegevens-regeling-wmo = Request for support (melding)
mijn-gegevens-regeling-blijverslening = Blijverslening
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = Proposal

mijn-gegevens-concepten-titel = Not sent yet, and other requests ({ $aantal })
mijn-gegevens-concepten-geen = You have nothing left that you did not send yet.
mijn-gegevens-concept-melding = Request for support, not sent yet. You started on { $datum }.
mijn-gegevens-concept-blijverslening = Blijverslening, not sent yet. You started on { $datum }.
mijn-gegevens-concept-kindpakket = Kindpakket, not sent yet. You started on { $datum }.
mijn-gegevens-clientondersteuning = Request for cliëntondersteuning { $referentie }, of { $datum }

mijn-gegevens-documenten-titel = Documents ({ $aantal })
mijn-gegevens-documenten-geen = The portal keeps no documents of yours.
mijn-gegevens-documenten-uitleg = These are the newest. The download holds them all, as you or the municipality sent them.
mijn-gegevens-bewijs = { $naam }, the proof with a machtiging
mijn-gegevens-meer = { $aantal ->
        [one] And { $aantal } more. It is in the download.
       *[other] And { $aantal } more. They are in the download.
    }

mijn-gegevens-machtigingen-titel = Machtigingen ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [one] You gave { $aantal } permission to help you.
       *[other] You gave { $aantal } permissions to help you.
    }
mijn-gegevens-machtiging-aan = { $naam }, since { $datum }
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [one] You hold { $aantal } permission to help someone else.
       *[other] You hold { $aantal } permissions to help someone else.
    }
mijn-gegevens-machtiging-van = { $naam }, since { $datum }
mijn-gegevens-machtigingen-link = View or change your machtigingen

mijn-gegevens-initiatieven-titel = Initiatives ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [one] { $aantal } proposal
       *[other] { $aantal } proposals
    }
mijn-gegevens-steun = { $aantal ->
        [one] You support { $aantal } proposal of other residents.
       *[other] You support { $aantal } proposals of other residents.
    }

mijn-gegevens-toegang-titel = Who looked at your cases ({ $aantal })
mijn-gegevens-toegang-niemand = Nobody else looked at your cases.
mijn-gegevens-toegang-regel = { $moment }: { $naam }, case { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = someone who helps you
mijn-gegevens-rol-medewerker = a member of the municipality's staff

mijn-gegevens-mails-titel = E-mails to you ({ $aantal })
mijn-gegevens-mails-uitleg = The portal keeps an e-mail up to 7 days after it sent it.

mijn-gegevens-verzoeken-titel = What you did here ({ $aantal })
mijn-gegevens-verzoeken-geen = You have not downloaded your details yet. Nor have you asked us to correct something.
mijn-gegevens-gedownload = { $moment }: you downloaded your details ({ $kb } kB).
mijn-gegevens-correctie-zaak = { $datum }: you asked us to correct something in case { $referentie }.
mijn-gegevens-correctie-account = { $datum }: you asked us to correct something in your account. The municipality got your request by e-mail.

mijn-gegevens-klopt-niet-titel = Is something wrong?
mijn-gegevens-klopt-niet-uitleg = You change your name and the language of your e-mails yourself, above. What the municipality recorded, you cannot change yourself. Then ask the municipality to correct it.
mijn-gegevens-klopt-niet-link = Ask us to correct something

mijn-gegevens-correctie-titel = Ask us to correct something
mijn-gegevens-correctie-terug = Back to My details
mijn-gegevens-correctie-intro = Is something wrong in your details? Tell us what is wrong. A member of staff looks at it and answers you.
mijn-gegevens-correctie-zelf = Is it about a request you have not sent yet? You can still change that yourself.
mijn-gegevens-correctie-over = Which details is it about?
mijn-gegevens-correctie-over-account = My account, or something else
mijn-gegevens-correctie-over-account-hint = For example your e-mail address. The municipality gets your request by e-mail.
mijn-gegevens-correctie-wat = What is wrong?
mijn-gegevens-correctie-wat-hint = Write what it says now, and where.
mijn-gegevens-correctie-moet-zijn = What should it say?
mijn-gegevens-correctie-moet-zijn-hint = Do you not know? Then leave this field empty.
mijn-gegevens-correctie-knop = Send request

mijn-gegevens-fout-naam-te-lang = Your name is too long. Use at most { $aantal ->
        [one] { $aantal } character.
       *[other] { $aantal } characters.
    }
mijn-gegevens-fout-taal = Choose the language of your e-mails.
mijn-gegevens-fout-over = Choose which details your request is about.
mijn-gegevens-fout-wat = Write what is wrong.
mijn-gegevens-fout-te-lang = Your text is too long. Use at most { $aantal ->
        [one] { $aantal } character.
       *[other] { $aantal } characters.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = Request to correct details (AVG article 16)
mijn-gegevens-mail-gemeente-aanhef = Dear colleague,
mijn-gegevens-mail-gemeente-tekst = A resident asks through the portal to correct details. The request is not about a case.
mijn-gegevens-mail-gemeente-adres = E-mail address of the resident: { $email }
mijn-gegevens-mail-gemeente-naam = Name of the resident: { $naam }
mijn-gegevens-mail-gemeente-wat = What is wrong: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = What it should say: { $tekst }
mijn-gegevens-mail-gemeente-termijn = Answer the resident within a month. The AVG says so, in article 12.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = Your details in the portal of the municipality of { $gemeente }
mijn-gegevens-leesmij-gemaakt = The portal made this file on { $moment }.
mijn-gegevens-leesmij-uitleg = It holds everything the portal keeps about you. Each part is in a file of its own.
mijn-gegevens-leesmij-json = The files ending in .json are text. You open them with a text editor.
mijn-gegevens-leesmij-bsn = Keep this file safe. It holds your citizen service number when the portal knows it.
mijn-gegevens-leesmij-account = your account: e-mail address, name, language and when you signed in.
mijn-gegevens-leesmij-meldingen = your requests for support (meldingen), also those you did not send yet.
mijn-gegevens-leesmij-plannen = your own plans with a request for support.
mijn-gegevens-leesmij-clientondersteuning = your requests for free cliëntondersteuning.
mijn-gegevens-leesmij-zaken = your cases with all their steps. Also your objection (bezwaar).
mijn-gegevens-leesmij-blijverslening = your applications for a blijverslening, with the other owners.
mijn-gegevens-leesmij-kindpakket = your applications for the Kindpakket, with the children and the decisions.
mijn-gegevens-leesmij-uitdaagrecht = your initiatives with their proposals, and the proposals you support.
mijn-gegevens-leesmij-machtigingen = who may help you, and whom you help.
mijn-gegevens-leesmij-toegangslog = who looked at or changed your cases, and when.
mijn-gegevens-leesmij-documenten = a list of your documents, with where each file is.
mijn-gegevens-leesmij-mails = the e-mails the portal sent you. The portal keeps them up to 7 days after sending.
mijn-gegevens-leesmij-log = when you downloaded your details or asked us to correct something.
mijn-gegevens-leesmij-map = your documents, as you or the municipality sent them.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [one] { $aantal } document does not fit in this file. Ask the municipality to send it another way.
       *[other] { $aantal } documents do not fit in this file. Ask the municipality to send them another way.
    }
mijn-gegevens-leesmij-vragen = Is something missing? Or is something wrong? Then contact the municipality.
