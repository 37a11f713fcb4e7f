## Client supporters: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the administrator's pages for their accounts.

clientondersteuners-dashboard-titel = Your clients
clientondersteuners-dashboard-onderdelen = The parts of your clients
clientondersteuners-dashboard-intro = You are a client supporter at { $organisatie }.
clientondersteuners-dashboard-uitleg = Here are the people who gave you a { $begrip }.
clientondersteuners-dashboard-beslist = You help these people. You do not decide on their request. The municipality does.
clientondersteuners-dashboard-clienten-titel = People you help
clientondersteuners-dashboard-clienten-paginas = Pages of people you help
clientondersteuners-dashboard-mijn-paginas = Pages of my requests
clientondersteuners-dashboard-verzoeken-paginas = Pages of open requests
clientondersteuners-dashboard-geen-clienten = Nobody has given you an authorisation yet.
clientondersteuners-dashboard-geen-melding = No report sent yet.
clientondersteuners-dashboard-werk-namens = Work on behalf of { $naam }
clientondersteuners-dashboard-dossier = View case file { $referentie }
clientondersteuners-dashboard-kolom-melding = Report
clientondersteuners-dashboard-kolom-fase = Where does it stand?
clientondersteuners-dashboard-kolom-volgende = What comes next?
clientondersteuners-dashboard-kolom-actie = Case file
clientondersteuners-dashboard-caption = Cases of { $naam }
clientondersteuners-dashboard-niets = There is no date now.
clientondersteuners-dashboard-mijn-titel = My requests
clientondersteuners-dashboard-mijn-geen = You have not taken a request yet.
clientondersteuners-dashboard-mijn-status = Status
clientondersteuners-dashboard-mijn-opgepakt = You took this request on { $datum }. Contact the person.
clientondersteuners-dashboard-mijn-gekozen = The municipality chose you on { $datum }. Contact the person.
clientondersteuners-dashboard-mijn-helpt = You are helping this person.
clientondersteuners-dashboard-mijn-dossier-ja = You may view the case file. You find the person under People you help.
clientondersteuners-dashboard-verzoeken-titel = Requests for help
clientondersteuners-dashboard-verzoeken-intro = These people ask { $organisatie } for help. Take a request if you are going to help the person.
clientondersteuners-dashboard-geen-verzoeken = There are no open requests.
clientondersteuners-dashboard-verzoek-titel = Request { $referentie }
clientondersteuners-dashboard-verzoek-datum = Sent on
clientondersteuners-dashboard-verzoek-voor = For
clientondersteuners-dashboard-verzoek-zelf = The person themselves
clientondersteuners-dashboard-verzoek-telefoon = Phone
clientondersteuners-dashboard-verzoek-email = Email
clientondersteuners-dashboard-verzoek-dossier = Case file
clientondersteuners-dashboard-verzoek-dossier-ja = You may view the case file if you take the request.
clientondersteuners-dashboard-verzoek-dossier-nee = You may not view the case file.
clientondersteuners-dashboard-oppakken = Take
clientondersteuners-dashboard-oppakken-welke = request { $referentie }
clientondersteuners-dashboard-opgepakt = You are now helping this person. We sent the person an email.
clientondersteuners-dashboard-al-opgepakt = A colleague has already taken this request.

clientondersteuners-mail-onderwerp = { $naam } is helping you
clientondersteuners-mail-helpt = { $naam } of { $organisatie } is helping you with your request { $referentie }.
clientondersteuners-mail-contact = { $naam } will contact you.
clientondersteuners-mail-dossier = You allowed your case file to be viewed. { $naam } cannot change anything.
clientondersteuners-mail-machtigingen = You can see this in the portal under Authorisations. You can also stop it there.
clientondersteuners-mail-knop = Go to Authorisations

clientondersteuners-beheer-titel = Client supporters
clientondersteuners-beheer-link = Accounts of client supporters
clientondersteuners-beheer-intro = Here you make accounts for client supporters. They sign in with a link by email.
clientondersteuners-beheer-geen = This organisation has no accounts yet.
clientondersteuners-beheer-andere = Organisation no longer in the profile: { $organisatie }
clientondersteuners-beheer-kolom-naam = Name
clientondersteuners-beheer-kolom-email = Email address
clientondersteuners-beheer-kolom-actie = Action
clientondersteuners-beheer-caption = Accounts of { $organisatie }
clientondersteuners-beheer-beeindigen = End the account of { $naam }
clientondersteuners-beheer-toevoegen-titel = Add an account
clientondersteuners-beheer-email-label = Email address
clientondersteuners-beheer-email-hint = The client supporter signs in with this address.
clientondersteuners-beheer-naam-label = Name
clientondersteuners-beheer-naam-hint = Residents see this name.
clientondersteuners-beheer-organisatie-label = Organisation
clientondersteuners-beheer-knop = Add account
clientondersteuners-beheer-geen-organisaties = The municipality's profile has no organisations for client support.
clientondersteuners-beheer-toegevoegd = The account is ready. The client supporter can sign in now.
clientondersteuners-beheer-beeindigd = You have ended the account. The authorisations of this account no longer apply.

clientondersteuners-beeindigen-titel = End the account of { $naam }?
clientondersteuners-beeindigen-gevolg = { $naam } can then no longer sign in as a client supporter.
clientondersteuners-beeindigen-machtigingen = All authorisations { $naam } holds as a client supporter stop at once.
clientondersteuners-beeindigen-vraag = Are you sure?
clientondersteuners-beeindigen-ja = Yes, end the account
clientondersteuners-beeindigen-nee = No, keep the account
clientondersteuners-beeindigen-knop = Continue

clientondersteuners-fout-email = Enter an email address like name@example.com.
clientondersteuners-fout-staf = This address belongs to a member of the municipality's staff. Choose another address.
clientondersteuners-fout-naam = Enter the name.
clientondersteuners-fout-te-lang = This is too long. Use no more than { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
clientondersteuners-fout-organisatie = Choose an organisation.
clientondersteuners-fout-zeker = Choose yes or no.
clientondersteuners-dashboard-verzoek-notitie = Message from the resident
