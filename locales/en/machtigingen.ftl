## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = Helper with an authorisation
machtigingen-soort-clientondersteuner = Client supporter
machtigingen-soort-curator = Curator
machtigingen-soort-mentor = Mentor
machtigingen-soort-bewindvoerder = Financial administrator
machtigingen-soort-voogd = Guardian
machtigingen-soort-ouder = Parent with authority

machtigingen-status-uitgenodigd = Not accepted yet
machtigingen-status-wacht = Waiting for confirmation
machtigingen-status-controle = The municipality is checking this
machtigingen-status-actief = In force
machtigingen-status-afgewezen = Not approved
machtigingen-status-beeindigd = Ended

machtigingen-recht-bekijken = See your file.
machtigingen-recht-indienen = Report needs, answer questions and send documents for you.
machtigingen-recht-post = Also get the e-mails about your cases.
machtigingen-tot = This holds until { $datum } inclusive.
machtigingen-tot-geen = This holds until someone ends it.

machtigingen-namens-titel = Who are you acting for?
machtigingen-namens-intro = You can act for yourself. Or for someone who authorised you. Choose who you are acting for now.
machtigingen-namens-zelf = For myself
machtigingen-namens-voor = For { $naam }
machtigingen-namens-nu = You are acting: { $naam }
machtigingen-namens-geen = Nobody has authorised you.
machtigingen-namens-clienten = To my clients
machtigingen-namens-beheer = To the authorisations
machtigingen-namens-paginas = Pages of people you can act for
machtigingen-namens-zoek = Search by name
machtigingen-namens-zoek-hint = Type the name or part of it.
machtigingen-namens-zoek-knop = Search
machtigingen-namens-zoek-geen = We cannot find anyone with { $zoek } in their name.
machtigingen-namens-zoek-alles = Show everyone

machtigingen-overzicht-titel = Authorisations
machtigingen-overzicht-eigen = These are your own authorisations. Those of { $naam } are not shown here.
machtigingen-overzicht-intro = With an authorisation someone else may help you with your cases at the municipality. You choose what that person may do.
machtigingen-overzicht-beslist = A helper never decides for you. You can always end an authorisation at once.
machtigingen-overzicht-nieuw = Authorise someone
machtigingen-overzicht-gegeven = Who may help you?
machtigingen-overzicht-gegeven-geen = You have not authorised anyone yet.
machtigingen-overzicht-gekregen = Who do you help?
machtigingen-overzicht-gekregen-geen = You do not help anyone yet.
machtigingen-overzicht-wisselen = Choose who you are acting for
machtigingen-overzicht-gekregen-paginas = Pages of authorisations given to you

machtigingen-nieuw-titel = Authorise someone
machtigingen-nieuw-intro = We send this person an e-mail with a link. The authorisation only holds once that person accepts the invitation.
machtigingen-nieuw-email = E-mail address of the person who helps you
machtigingen-nieuw-email-hint = This person must sign in with this address.
machtigingen-nieuw-naam = Name of this person (optional)
machtigingen-nieuw-rechten = What else may this person do?
machtigingen-nieuw-rechten-hint = Seeing your file is always included. Choose what else is allowed.
machtigingen-nieuw-tot = Until when does the authorisation hold?
machtigingen-nieuw-tot-hint = Choose a date within 5 years. For example 31 12 2027.
machtigingen-nieuw-eigen-naam = Your own name (optional)
machtigingen-nieuw-eigen-naam-hint = So the helper knows who is asking. Use at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
machtigingen-nieuw-beslist = A helper never decides for you. You can always end the authorisation.
machtigingen-nieuw-knop = Send invitation
machtigingen-nieuw-fout-email-leeg = Enter the e-mail address of the person who helps you.
machtigingen-nieuw-fout-email = Enter an e-mail address like name@example.com.
machtigingen-nieuw-fout-eigen-adres = This is your own e-mail address. Enter the address of the person who helps you.
machtigingen-nieuw-fout-tot-leeg = Enter until when the authorisation holds.
machtigingen-nieuw-fout-tot-onvolledig = Enter the day, the month and the year.
machtigingen-nieuw-fout-tot-bestaat-niet = This date does not exist. Check the day, the month and the year.
machtigingen-nieuw-fout-tot-bereik = Choose a date from today and within 5 years.

machtigingen-detail-titel-helper = Authorisation for { $naam }
machtigingen-detail-titel-inwoner = You help { $naam }
machtigingen-detail-verstuurd = We sent { $naam } an e-mail. The authorisation holds once this person accepts the invitation.
machtigingen-detail-status = Status
machtigingen-detail-soort = Kind
machtigingen-detail-mag = What may the helper do?
machtigingen-detail-tot = For how long?
machtigingen-detail-sinds = In force since
machtigingen-detail-nog-niet = Not yet
machtigingen-detail-gestopt = Ended on { $moment }.
machtigingen-detail-afgewezen = The municipality did not approve this. The reason: { $reden }
machtigingen-detail-beslist = A helper never decides. The municipality decides, and you choose yourself.
machtigingen-detail-stop-uitleg = If you end it, the helper can no longer open your file, at once.
machtigingen-detail-stop-uitleg-helper = If you end it, you can no longer open this person's file, at once.
machtigingen-detail-stop = End authorisation
machtigingen-detail-acties = What did the helper do?
machtigingen-detail-acties-geen = The helper has not done anything in your cases yet.
machtigingen-detail-naar-melding = To this case

machtigingen-actie-ingediend = Sent report { $referentie }.
machtigingen-actie-bekeken = Looked at { $wat } of case { $referentie }.
machtigingen-actie-gewijzigd = Did something in case { $referentie }: { $wat }.
machtigingen-actie-gedownload = Opened a document of case { $referentie }.

machtigingen-uitnodiging-titel = { $naam } asks if you will help
machtigingen-uitnodiging-intro = { $naam } would like you to help with cases at the municipality.
machtigingen-uitnodiging-mag = You may then do this:
machtigingen-uitnodiging-ja = Yes, I will help
machtigingen-uitnodiging-nee = No, I would rather not
machtigingen-uitnodiging-ander-adres = You are signed in with another e-mail address. Sign out. Then sign in with the address this invitation was sent to.
machtigingen-uitnodiging-weg-titel = This invitation no longer works
machtigingen-uitnodiging-weg-tekst = Someone already used or withdrew the invitation. Or the invitation is too old. Ask the person for a new invitation.

machtigingen-mail-aanhef = Dear helper,
machtigingen-mail-uitnodiging-onderwerp = { $naam } asks if you will help
machtigingen-mail-uitnodiging-intro = { $naam } would like you to help with cases at the municipality. You may then do this:
machtigingen-mail-uitnodiging-knop = View invitation
machtigingen-mail-uitnodiging-onbekend = Do you not know this person? Then you need not do anything.
machtigingen-mail-beeindigd-onderwerp = An authorisation has ended
machtigingen-mail-beeindigd-tekst = { $naam } ended the authorisation.
machtigingen-mail-antwoord-onderwerp = Answer to your invitation
machtigingen-mail-antwoord-ja = { $naam } now helps you. You can see this under Authorisations.
machtigingen-mail-antwoord-nee = { $naam } would rather not help you.
machtigingen-mail-antwoord-knop = To the authorisations

machtigingen-voorstel-titel = This is a case of { $naam }
machtigingen-voorstel-tekst = You are not acting for { $naam } now. Do you want to see this case? Then act for { $naam }.
machtigingen-overzicht-vertegenwoordigd = Who may help { $naam }?

machtigingen-stop-zeker = Are you sure you want to end the authorisation?
machtigingen-stop-ja = Yes, end the authorisation
machtigingen-stop-nee = No, keep the authorisation
machtigingen-stop-fout = Choose whether you want to end the authorisation.
