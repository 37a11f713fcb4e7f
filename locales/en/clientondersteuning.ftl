## Client support (cliëntondersteuning): free, independent help for a resident during the whole procedure. The
## public page, the request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = Free help with your request to the municipality
clientondersteuning-uitleg-intro = Do you have a question for the municipality about help or care? Then you may ask someone to help you. This is called { $begrip }.
clientondersteuning-uitleg-gratis = This help is free. You pay nothing for it, not later either.
clientondersteuning-uitleg-wat-titel = What does a client supporter do?
clientondersteuning-uitleg-wat-naast = A client supporter stands by your side. They help you explain your question.
clientondersteuning-uitleg-wat-gesprek = They can also come with you to the talk with the municipality. And help you when you do not understand a letter.
clientondersteuning-uitleg-wat-beslist = The client supporter is on your side. They do not decide on your request. The municipality does.
clientondersteuning-uitleg-wie-titel = Who may ask for this help?
clientondersteuning-uitleg-wie-iedereen = Everyone who lives in { $gemeente } and has a question for the municipality.
clientondersteuning-uitleg-wie-mantelzorger = Also an { $begrip }. You may ask for yourself or for the person you help.
clientondersteuning-uitleg-wie-melding = You do not need to have made a { $begrip }. You may ask for help first.
clientondersteuning-uitleg-wie-moment = You may always ask: before, during and after the talk with the municipality.
clientondersteuning-uitleg-organisaties-titel = These organisations help you
clientondersteuning-uitleg-aanvragen-titel = Ask for help
clientondersteuning-uitleg-aanvragen-tekst = You can ask for the help here. First you sign in. Then you fill in a short form.
clientondersteuning-uitleg-aanvragen-knop = Ask for free help
clientondersteuning-uitleg-aanvragen-zelf = You may also call or e-mail the organisation yourself.

clientondersteuning-telefoon = Phone
clientondersteuning-email = E-mail
clientondersteuning-website = Website

clientondersteuning-formulier-titel = Ask for free help
clientondersteuning-formulier-intro = With this form you ask for free { $begrip }. An organisation will then contact you.
clientondersteuning-formulier-gratis = The help costs nothing. The organisation does not decide on your request to the municipality.
clientondersteuning-formulier-knop = Ask for the help

clientondersteuning-voor-wie-label = Who do you ask the help for?
clientondersteuning-voor-wie-zelf = For myself
clientondersteuning-voor-wie-ander = For someone I help
clientondersteuning-voor-wie-ander-hint = For example your partner, parent or child.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = About the person you help
clientondersteuning-ander-hint = Only fill this in if you ask the help for someone else.
clientondersteuning-ander-naam-label = Name of that person
clientondersteuning-ander-relatie-label = How are you related to that person?
clientondersteuning-ander-relatie-hint = For example: my mother

clientondersteuning-organisatie-label = Which organisation do you want?
clientondersteuning-organisatie-hint = All organisations help you for free. Not sure? Then let the municipality choose.
clientondersteuning-organisatie-gemeente = Let the municipality choose

clientondersteuning-contact-legend = How can the organisation reach you?
clientondersteuning-contact-hint = Fill in a phone number or an e-mail address. Both is fine too.
clientondersteuning-telefoon-label = Phone number
clientondersteuning-telefoon-hint = For example 06 12345678
clientondersteuning-email-label = E-mail address

clientondersteuning-toegankelijkheid-label = Do you need help with talking?
clientondersteuning-toegankelijkheid-geen = No
clientondersteuning-toegankelijkheid-tolk = Yes, an interpreter
clientondersteuning-toegankelijkheid-tolk-hint = Someone who speaks your language and translates.
clientondersteuning-toegankelijkheid-tolk-taal = Yes, an interpreter for { $taal }
clientondersteuning-toegankelijkheid-gebarentaal = Yes, a sign language interpreter
clientondersteuning-tolk-taal-label = Which language do you speak?
clientondersteuning-tolk-taal-hint = Only fill this in if you want an interpreter.

clientondersteuning-notitie-label = Anything else you want to tell? This is optional.
clientondersteuning-notitie-hint = We send this to the organisation. Only write what the organisation needs to know.

clientondersteuning-fout-voor-wie = Choose who you ask the help for.
clientondersteuning-fout-ander-naam = Fill in the name of the person you help.
clientondersteuning-fout-ander-relatie = Fill in how you are related to that person.
clientondersteuning-fout-organisatie = Choose an organisation. Or let the municipality choose.
clientondersteuning-fout-contact = Fill in a phone number or an e-mail address.
clientondersteuning-fout-telefoon = Fill in a phone number with at least 10 digits. For example 06 12345678.
clientondersteuning-fout-email = Fill in an e-mail address like name@example.com.
clientondersteuning-fout-toegankelijkheid = Choose whether you need help with talking.
clientondersteuning-fout-te-lang = This is too long. Use no more than { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.

clientondersteuning-bevestiging-titel = We have received your request
clientondersteuning-bevestiging-nummer = Your number
clientondersteuning-bevestiging-mail = We also send you an e-mail with this number.
clientondersteuning-bevestiging-nu-titel = What happens next?
clientondersteuning-bevestiging-belt = { $organisatie } will contact you within a few working days.
clientondersteuning-bevestiging-gemeente-kiest = The municipality chooses an organisation for you. It will contact you within a few working days.
clientondersteuning-status-gekozen = { $organisatie } is helping you. The municipality chose this organisation for you. The organisation will contact you within a few working days.
clientondersteuning-bevestiging-gratis = The help is free. You pay nothing.
clientondersteuning-bevestiging-gegevens-titel = What you sent us
clientondersteuning-bevestiging-notitie = Your message
clientondersteuning-bevestiging-mijn-loket = Go to Mijn loket

clientondersteuning-mail-inwoner-onderwerp = Your request for free help: { $referentie }
clientondersteuning-mail-inwoner-tekst = We have received your request for free help. Your number is { $referentie }.
clientondersteuning-mail-inwoner-knop = View your request
clientondersteuning-mail-gekozen-onderwerp = { $organisatie } is helping you
clientondersteuning-mail-gekozen-tekst = You let the municipality choose who helps you with your request { $referentie }. The municipality chose { $organisatie }.
clientondersteuning-mail-ondersteuner-onderwerp = The municipality asks you to help: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = The municipality chose you as client supporter for request { $referentie }.
clientondersteuning-mail-ondersteuner-loket = Sign in to the portal. Under My requests you see whom you help and how to reach that person.
clientondersteuning-mail-ondersteuner-knop = To your clients
clientondersteuning-mail-organisatie-onderwerp = Request for client support: { $referentie }
clientondersteuning-mail-organisatie-tekst = A resident of { $gemeente } asks you for free client support.
clientondersteuning-mail-organisatie-kies = A resident of { $gemeente } asks for free client support. They have no preference. Choose who helps in the portal: in the work queue, under Client support.
clientondersteuning-mail-organisatie-bellen = Please contact the resident within a few working days.
clientondersteuning-mail-nummer = Number
clientondersteuning-mail-voor-wie = For whom
clientondersteuning-mail-toegankelijkheid = Help with talking
clientondersteuning-mail-notitie-in-loket = The resident added a message. It is in the portal, with request { $referentie }. Sign in to read it.
clientondersteuning-mail-organisatie-aanhef = Dear colleague,
clientondersteuning-bij-melding = This request belongs to your request { $referentie }.
clientondersteuning-mail-melding = Request for support
clientondersteuning-inzage-label = May the client supporter see your case file?
clientondersteuning-inzage-hint = You do not have to allow this. The client supporter can then see how your report is going. They cannot change anything. You can stop this at any time.
clientondersteuning-inzage-ja = Yes, the client supporter may look at my case file
clientondersteuning-bevestiging-opgepakt = { $naam } of { $organisatie } is helping you. They will contact you.
