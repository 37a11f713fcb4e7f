## Representation: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = Permission to help
vertegenwoordiging-aanbod-tekst = You did this for { $naam }. { $naam } still has to say that you may help.
vertegenwoordiging-aanbod-link = Let { $naam } confirm that you may help

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = You have not asked { $naam } for permission yet.
vertegenwoordiging-staat-mail = We sent { $naam } an e-mail on { $datum }. The address is { $email }.
vertegenwoordiging-staat-geldig = The link and the code work until { $datum }.
vertegenwoordiging-staat-code-link = Did { $naam } give you the code? Enter the code
vertegenwoordiging-staat-opnieuw = Ask for permission again
vertegenwoordiging-staat-controle = You sent a signed form. A member of staff checks it. You will get an e-mail after that.
vertegenwoordiging-staat-afgewezen = A member of staff did not accept the form.
vertegenwoordiging-staat-gestopt = { $naam } did not give permission. Or the request is no longer valid.
vertegenwoordiging-reden = Reason

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = Your report for { $naam }
vertegenwoordiging-dossier-alleen = { $naam } must first say that you may help. Until then you only see what you filled in yourself.
vertegenwoordiging-dossier-nummer = Number:
vertegenwoordiging-dossier-antwoorden = What you sent
vertegenwoordiging-dossier-bewijs = View or print the proof that you sent it
vertegenwoordiging-mijn-loket = To My account

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = Let { $naam } confirm that you may help
vertegenwoordiging-vragen-intro = You made a report for { $naam }. The municipality wants to know if { $naam } agrees.
vertegenwoordiging-vragen-twee = There are two ways. Choose the one that suits best.
vertegenwoordiging-vragen-mail-titel = By e-mail
vertegenwoordiging-vragen-mail-tekst = We send { $naam } an e-mail with a link and a code. { $naam } clicks the link. Or { $naam } reads the code out to you, for example on the phone.
vertegenwoordiging-email-label = E-mail address of { $naam }
vertegenwoordiging-rechten-label = What do you want to be allowed to do?
vertegenwoordiging-rechten-hint = You may always look at the report and the letters. Choose what else you want to do.
vertegenwoordiging-recht-indienen-keuze = Also send things, such as answers and papers
vertegenwoordiging-recht-post-keuze = Also receive the e-mails from the municipality
vertegenwoordiging-einde-label = Until when do you want to help?
vertegenwoordiging-einde-hint = Choose a date. It may be up to 5 years from today. For example 31 12 2027.
vertegenwoordiging-vragen-mail-knop = Send the e-mail
vertegenwoordiging-vragen-formulier-titel = With a signed form
vertegenwoordiging-vragen-formulier-tekst = Does { $naam } have no e-mail? Then let { $naam } sign a form. It says that you may help. Take a photo or scan of it.
vertegenwoordiging-afdrukken-link = Print the form to sign
vertegenwoordiging-afdrukken-titel = Form: permission to help
vertegenwoordiging-afdrukken-print = Print this form with your browser's print button.
vertegenwoordiging-afdrukken-intro = With this form you give someone permission to help you with the municipality of { $gemeente }. Fill it in with a pen.
vertegenwoordiging-afdrukken-ik = Who gives permission?
vertegenwoordiging-afdrukken-helper = Who may help?
vertegenwoordiging-afdrukken-naam = First name and last name
vertegenwoordiging-afdrukken-geboren = Date of birth
vertegenwoordiging-afdrukken-adres = Street and house number
vertegenwoordiging-afdrukken-postcode = Postcode and town
vertegenwoordiging-afdrukken-email = Email address
vertegenwoordiging-afdrukken-waarvoor = For what?
vertegenwoordiging-afdrukken-melding = For the { $begrip } with number { $referentie }.
vertegenwoordiging-afdrukken-kruis = Put a cross by what the helper may do.
vertegenwoordiging-afdrukken-wanneer = From when until when?
vertegenwoordiging-afdrukken-vanaf = From
vertegenwoordiging-afdrukken-tot = Until and including
vertegenwoordiging-afdrukken-tot-uitleg = No date written? Then it applies for a year.
vertegenwoordiging-afdrukken-tekenen = Signatures
vertegenwoordiging-afdrukken-verklaring = I, { $naam }, give this person permission to help me as written above. I can always stop this.
vertegenwoordiging-afdrukken-plaats-datum = Place and date
vertegenwoordiging-afdrukken-handtekening = Signature of { $naam }
vertegenwoordiging-afdrukken-handtekening-helper = Signature of the helper
vertegenwoordiging-afdrukken-daarna = What do you do next?
vertegenwoordiging-afdrukken-stap-foto = Take a photo or scan of the signed form.
vertegenwoordiging-afdrukken-stap-sturen = Send the photo or scan on the page where you found this form.
vertegenwoordiging-afdrukken-terug = Back to the page to send the form
vertegenwoordiging-vragen-formulier-controle = A member of staff of the municipality checks the form. It then holds for one year.
vertegenwoordiging-formulier-bestand-label = The signed form
vertegenwoordiging-bestand-hint = A PDF, JPG or PNG.
vertegenwoordiging-formulier-email-label = E-mail address of { $naam }
vertegenwoordiging-optioneel = Not required. Do you know the address? Then { $naam } can also sign in later.
vertegenwoordiging-vragen-formulier-knop = Send the form

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = See what happens with the request for help.
vertegenwoordiging-recht-indienen = Send things, such as answers and papers.
vertegenwoordiging-recht-post = Also receive the e-mails from the municipality.
vertegenwoordiging-tot = Until and including { $datum }.
vertegenwoordiging-tot-geen = Until it is stopped.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = { $naam } gave you permission
vertegenwoordiging-bevestigd-paneel = Done
vertegenwoordiging-bevestigd-tekst = You may help { $naam } now.
vertegenwoordiging-bevestigd-verder = In My account, choose that you act for { $naam }. Then you see everything again.

## The code.
vertegenwoordiging-code-titel = Enter the code of { $naam }
vertegenwoordiging-code-intro = { $naam } received an e-mail with a code. Ask { $naam } to read out the code.
vertegenwoordiging-code-zeker = Only enter the code if { $naam } gave it to you.
vertegenwoordiging-code-label = Code
vertegenwoordiging-code-hint = 8 letters and digits. For example ABCD 2345.
vertegenwoordiging-code-knop = Check the code

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = May { $helper } help you?
vertegenwoordiging-bevestigen-intro = { $helper } made a { $begrip } to the municipality for you.
vertegenwoordiging-bevestigen-vraag = { $helper } wants to help you with it. Do you agree?
vertegenwoordiging-bevestigen-wie = Who is asking
vertegenwoordiging-bevestigen-wat = What this person may then do
vertegenwoordiging-bevestigen-tot = Until when
vertegenwoordiging-bevestigen-stoppen = Do you say yes? Then the report becomes yours. You can always stop the permission later.
vertegenwoordiging-bevestigen-onbekend = Do you not know this person? Then choose No.
vertegenwoordiging-bevestigen-ja = Yes, this is right
vertegenwoordiging-bevestigen-nee = No

vertegenwoordiging-link-titel = This link no longer works
vertegenwoordiging-link-tekst = You used the link already. Or the link is too old.
vertegenwoordiging-link-niets = You do not need to do anything.
vertegenwoordiging-link-start = To the start page

vertegenwoordiging-beantwoord-ja-titel = Thank you for your answer
vertegenwoordiging-beantwoord-ja-tekst = You gave permission. We tell the person who helps you.
vertegenwoordiging-beantwoord-ja-stoppen = Do you want to stop it? Then sign in with your e-mail address. Or call the municipality.
vertegenwoordiging-beantwoord-inloggen = Sign in
vertegenwoordiging-beantwoord-nee-titel = You said no
vertegenwoordiging-beantwoord-nee-tekst = This person may not help you. We let them know.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = I am a legal representative
vertegenwoordiging-wettelijk-intro = Did the court appoint you to help someone? Or are you a parent with parental authority? Then you may arrange things for that person.
vertegenwoordiging-wettelijk-controle = Send us the proof. For example the letter from the court. A member of staff checks it.
vertegenwoordiging-wettelijk-eerder = What you sent before
vertegenwoordiging-wettelijk-nieuw = Send something new
vertegenwoordiging-soort-label = What are you?
vertegenwoordiging-soort-gemachtigde = Helper with permission
vertegenwoordiging-soort-gemachtigde-uitleg = You help with the permission of the person themselves.
vertegenwoordiging-soort-curator = Curator (guardian for everything)
vertegenwoordiging-soort-curator-uitleg = You arrange everything for the person: money and care.
vertegenwoordiging-soort-mentor = Mentor
vertegenwoordiging-soort-mentor-uitleg = You arrange the care for the person. Not the money.
vertegenwoordiging-soort-bewindvoerder = Administrator of money (bewindvoerder)
vertegenwoordiging-soort-bewindvoerder-uitleg = You arrange the money of the person. Not the care.
vertegenwoordiging-soort-voogd = Guardian of a child (voogd)
vertegenwoordiging-soort-voogd-uitleg = You care for a child who has no parent with authority.
vertegenwoordiging-soort-ouder = Parent with authority
vertegenwoordiging-soort-ouder-uitleg = You are the parent of a child under 18 and you have parental authority.
vertegenwoordiging-naam-label = Name of the person you help
vertegenwoordiging-geboren-label = Date of birth of that person
vertegenwoordiging-wettelijk-email-label = E-mail address of that person
vertegenwoordiging-wettelijk-email-hint = Not required. Does the person have no e-mail? Then leave it empty.
vertegenwoordiging-wettelijk-einde-label = End date in the letter from the court
vertegenwoordiging-wettelijk-einde-hint = Not required. Is there no end date? Then leave it empty.
vertegenwoordiging-wettelijk-bestand-label = The proof
vertegenwoordiging-wettelijk-knop = Send to the municipality

vertegenwoordiging-klaar-titel = Your proof as a representative
vertegenwoordiging-klaar-paneel = We received it
vertegenwoordiging-klaar-ontvangen = You sent the proof that you may help { $naam }.
vertegenwoordiging-klaar-nu-titel = What happens now?
vertegenwoordiging-klaar-controle = A member of staff of the municipality checks the proof.
vertegenwoordiging-klaar-mail = You will get an e-mail after that.
vertegenwoordiging-klaar-dan = Is it right? Then choose in My account that you act for { $naam }.
vertegenwoordiging-klaar-mag = What may you do then?
vertegenwoordiging-status-label = Status
vertegenwoordiging-status-wacht = Waiting for an answer
vertegenwoordiging-status-controle = Waiting for a check
vertegenwoordiging-status-actief = Accepted
vertegenwoordiging-status-afgewezen = Not accepted
vertegenwoordiging-status-gestopt = Stopped

## Field errors.
vertegenwoordiging-fout-email-leeg = Enter the e-mail address.
vertegenwoordiging-fout-email = Enter an e-mail address like name@example.com.
vertegenwoordiging-fout-eigen-email = This is your own e-mail address. Enter the address of the person you help.
vertegenwoordiging-fout-einde-leeg = Enter the date until which you want to help.
vertegenwoordiging-fout-einde-bereik = Choose a date from today. At most 5 years ahead.
vertegenwoordiging-fout-einde-verleden = This date has passed. Choose a date from today.
vertegenwoordiging-fout-datum-onvolledig = Enter the day, the month and the year.
vertegenwoordiging-fout-datum-bestaat-niet = This date does not exist. Enter a real date.
vertegenwoordiging-fout-code-leeg = Enter the code.
vertegenwoordiging-fout-code = The code is not right. You may try { $aantal } more times.
vertegenwoordiging-fout-code-op = The code is not right. You tried too often. Ask for permission again.
vertegenwoordiging-fout-soort = Choose what you are.
vertegenwoordiging-fout-naam = Enter the name.
vertegenwoordiging-fout-te-lang = Use at most { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
vertegenwoordiging-fout-geboren-leeg = Enter the date of birth.
vertegenwoordiging-fout-geboren-toekomst = The date of birth must be in the past.
vertegenwoordiging-fout-geen-kind = This person is 18 or older. Choose curator, mentor or administrator of money.
vertegenwoordiging-fout-reden = Write down why you refuse it.

## E-mails.
vertegenwoordiging-mail-aanhef = Dear { $naam },
vertegenwoordiging-mail-vraag-onderwerp = { $helper } asks if you want help
vertegenwoordiging-mail-vraag-wie = { $helper } ({ $email }) asked the municipality for help for you.
vertegenwoordiging-mail-vraag-wie-adres = { $helper } asked the municipality for help for you.
vertegenwoordiging-mail-vraag-wat = { $helper } wants to help you with that request. Do you agree? Then { $helper } may do this:
vertegenwoordiging-mail-vraag-knop = Say yes or no
vertegenwoordiging-mail-vraag-code = You can also give this code to { $helper }: { $code }. Only do so if you are sure you are talking to { $helper }.
vertegenwoordiging-mail-vraag-onbekend = Do you not know this person? Then choose No. Or do nothing.
vertegenwoordiging-mail-vraag-geldig = The link and the code work for { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    }.
vertegenwoordiging-mail-ja-onderwerp = { $naam } gave you permission
vertegenwoordiging-mail-ja-tekst = { $naam } agrees that you help.
vertegenwoordiging-mail-nee-onderwerp = { $naam } did not give permission
vertegenwoordiging-mail-nee-tekst = { $naam } said no. You may not help { $naam } with this request.
vertegenwoordiging-mail-melding-knop = View what you sent
vertegenwoordiging-mail-code-onderwerp = You gave { $helper } permission
vertegenwoordiging-mail-code-tekst = You gave { $helper } the code. Now { $helper } may help you with your request to the municipality.
vertegenwoordiging-mail-code-niet = Did you not give the code? Then call the municipality at once.
vertegenwoordiging-mail-goed-onderwerp = You may help { $naam }
vertegenwoordiging-mail-goed-tekst = A member of staff looked at your proof. It is right. You may help { $naam } now.
vertegenwoordiging-mail-af-onderwerp = Your proof for { $naam } is not right
vertegenwoordiging-mail-af-tekst = A member of staff looked at your proof for { $naam }. It is not right.
vertegenwoordiging-mail-af-opnieuw = You can send it again. Do you have a question? Then call the municipality.
vertegenwoordiging-mail-af-knop = View your request

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = The report is for { $naam }. { $naam } has not given the helper permission yet. The helper only sees their own answers.
vertegenwoordiging-staf-controleer = Check the signed form
vertegenwoordiging-grond-formulier = signed form
vertegenwoordiging-grond-rechter = legal proof
vertegenwoordiging-controle-lijst-titel = Check authorisations
vertegenwoordiging-controle-lijst-intro = Signed forms and proof of legal representatives. The oldest comes first.
vertegenwoordiging-controle-lijst-leeg = There is nothing to check.
vertegenwoordiging-controle-lijst-caption = { $aantal } to check
vertegenwoordiging-controle-klaar-goed = You accepted the authorisation. The requester gets an e-mail.
vertegenwoordiging-controle-klaar-af = You refused the authorisation. The requester gets an e-mail with the reason.
vertegenwoordiging-kolom-voor = For whom
vertegenwoordiging-kolom-soort = Kind
vertegenwoordiging-kolom-door = Requested by
vertegenwoordiging-kolom-op = Received on
vertegenwoordiging-controle-titel = Authorisation for { $naam }
vertegenwoordiging-controle-terug = Back to the list
vertegenwoordiging-controle-email = E-mail address of the resident
vertegenwoordiging-controle-rechten = Rights
vertegenwoordiging-controle-melding = Report
vertegenwoordiging-controle-melding-link = Open the case
vertegenwoordiging-controle-bewijs = Proof
vertegenwoordiging-controle-download = Download
vertegenwoordiging-controle-besluit = Decision
vertegenwoordiging-controle-goed-uitleg = Accepting makes the authorisation active. For a signed form the report goes to the resident.
vertegenwoordiging-controle-goed-knop = Accept
vertegenwoordiging-controle-reden-label = Reason for refusing
vertegenwoordiging-controle-reden-hint = Only needed when you refuse. The requester reads this reason in the e-mail.
vertegenwoordiging-controle-af-knop = Refuse
vertegenwoordiging-controle-bestaand = This e-mail address already has an account: { $naam }. If you approve, this person gets an e-mail about who may now act for them.
vertegenwoordiging-mail-inwoner-onderwerp = Someone may now act for you
vertegenwoordiging-mail-inwoner-tekst = { $wie } may now act for you in the loket. A member of the municipality's staff looked at the proof.
vertegenwoordiging-mail-inwoner-klopt-niet = Is this not right? Then contact the municipality as soon as possible.
vertegenwoordiging-mail-inwoner-knop = See who may act for you
