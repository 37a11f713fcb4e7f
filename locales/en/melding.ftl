## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = Would you like help with filling this in or with the talk? You can always get free { $begrip }.
melding-verder = Continue
melding-later = Save and continue later

melding-start-titel = Ask for help with living, care or taking part
melding-start-intro = Tell the municipality what help you need. This is called a { $begrip }.
melding-start-voor-ander = You can also do this for someone you help.
melding-start-duur = Filling it in takes about 10 minutes.
melding-start-bewaard = You can stop in between. Your answers are kept.
melding-start-niet-alles = You do not need to know everything yet. The municipality talks with you afterwards.
melding-start-knop = Start
melding-start-hervatten = Continue a request you already started
melding-start-inloggen-tekst = Sign in first. Then we can keep your answers.
melding-start-inloggen = Sign in

melding-hervatten-titel = Continue your request
melding-hervatten-tekst = Did you save a request before? Then fill in the code you were given.
melding-hervatten-label = Your code
melding-hervatten-hint = For example K7P2-QX9M
melding-hervatten-knop = Continue
melding-hervatten-fout-leeg = Fill in your code.
melding-hervatten-fout-onbekend = We cannot find a request with this code. Check that you copied the code correctly.

melding-naam-voor-wie = For whom
melding-naam-de-ander = The person you help
melding-naam-spoed = Urgency
melding-naam-hulpvraag = Your request
melding-naam-gebieden = Subjects
melding-naam-huishouden = Who lives in the home
melding-naam-gesprek = At the talk
melding-naam-co = Free help with your request
melding-naam-gegevens = Who it is about
melding-naam-contact = Contact
melding-naam-toestemming = Consent

melding-voor-wie-titel = Who are you asking help for?
melding-voor-wie-vraag = Choose what fits
melding-keuze-voor-wie-zelf = For myself
melding-keuze-voor-wie-ander = For someone I help
melding-keuze-voor-wie-namens = For { $naam }

melding-de-ander-titel = About the person you help
melding-de-ander-uitleg = You are asking help for someone else. Tell us who that is.
melding-de-ander-naam = What is the name of this person?
melding-de-ander-relatie = Who is this person to you?
melding-keuze-relatie-partner = My partner
melding-keuze-relatie-ouder = My father or mother
melding-keuze-relatie-kind = My child
melding-keuze-relatie-familie = Someone else in my family
melding-keuze-relatie-vriend-buur = A friend or neighbour
melding-keuze-relatie-clientondersteuner = I am their client supporter
melding-keuze-relatie-anders = Something else
melding-de-ander-toestemming = Does this person know?
melding-de-ander-toestemming-hint = You may only ask help for someone who agrees.
melding-de-ander-toestemming-ja = This person knows that I ask for help and agrees.

melding-spoed-titel = Is it unsafe or very urgent now?
melding-spoed-112 = Is there danger right now? Then call 112 at once.
melding-spoed-gevaar = Is someone at home in danger?
melding-spoed-gevaar-hint = For example because of violence, threats or neglect.
melding-spoed-zorg = Will things at home stop working today or tomorrow without help?
melding-spoed-zorg-hint = For example because someone who gives care suddenly fell ill.
melding-keuze-ja = Yes
melding-keuze-nee = No

melding-spoedroute-titel = Get in touch now
melding-spoedroute-tekst = You say that it is urgent. So get in touch now. Do not wait for the end of this form.
melding-spoedroute-daarna-titel = Afterwards
melding-spoedroute-daarna = Have you called? Then you can finish your request here. You may also do that later.
melding-spoedroute-verder = Continue your request

melding-hulpvraag-titel = What do you want help with?
melding-hulpvraag-vraag = Your request
melding-hulpvraag-hint = Tell us in your own words what is not going well. And what you would like.

melding-gebieden-titel = What is your request about?
melding-gebieden-vraag = Subjects
melding-gebieden-hint = Choose all that fit.
melding-keuze-gebied-verzorging = Looking after yourself and the household
melding-keuze-gebied-lichaam = Your body and your health
melding-keuze-gebied-gevoel = How you feel and what you think
melding-keuze-gebied-wonen = Your home and the neighbourhood
melding-keuze-gebied-geld = Money and paperwork
melding-keuze-gebied-contact = Contact with other people
melding-keuze-gebied-dag = What you do during the day
melding-keuze-gebied-thuis = How things are with the people at home
melding-keuze-gebied-kinderen = Raising children
melding-keuze-gebied-verslaving = Addiction, for example to alcohol or gambling
melding-keuze-gebied-mantelzorg = Help for someone who cares for you

melding-huishouden-titel = Who lives in the home?
melding-huishouden-waarom = People you live with sometimes do part of the work at home. That is why the municipality asks this.
melding-huishouden-vraag = Choose what fits
melding-keuze-huishouden-alleen = I live alone
melding-keuze-huishouden-alleen-namens = { $naam } lives alone
melding-keuze-huishouden-partner = With a partner
melding-keuze-huishouden-partner-kinderen = With a partner and children
melding-keuze-huishouden-kinderen = With children, without a partner
melding-keuze-huishouden-anderen = With other people
melding-huisgenoten = Who else lives in the home?
melding-huisgenoten-hint = Write everyone's age. For example: my husband (80), my son (45). You do not have to fill this in.

melding-gesprek-titel = Who would you like to join the talk?
melding-gesprek-uitleg = The municipality talks with you about your request. Often at your home. This talk is called the { $begrip }.
melding-gesprek-vraag = Who joins?
melding-gesprek-hint = You may bring someone. Choose all that fit.
melding-keuze-erbij-mantelzorger = Someone who cares for me
melding-keuze-erbij-familie = Someone from my family
melding-keuze-erbij-mantelzorger-namens = Someone who cares for { $naam }
melding-keuze-erbij-familie-namens = Someone from the family of { $naam }
melding-keuze-erbij-clientondersteuner = A client supporter
melding-keuze-erbij-iemand = Someone else
melding-keuze-erbij-niemand = Nobody
melding-gesprek-naam = Who is that?
melding-gesprek-naam-hint = For example a name and a phone number. You do not have to fill this in.

melding-co-titel = Would you like free help with your request?
melding-co-wat = A client supporter helps you with your request to the municipality. He or she can also come to the talk.
melding-co-gratis = This help is free. You never pay for it.
melding-co-beslist-niet = The client supporter is on your side. He or she does not decide on your request.
melding-co-vraag = Would you like a client supporter?
melding-keuze-wens-ja = Yes, please
melding-keuze-wens-nee = No, not now
melding-keuze-wens-weet-niet = I do not know yet
melding-co-organisatie = Who may help you?
melding-co-organisatie-hint = Only if you choose "Yes, please". We then ask for the help for you when you send the report.
melding-co-organisatie-gemeente = Let the municipality choose

melding-contact-titel = How would you like the municipality to contact you?
melding-contact-namens = The municipality contacts { $naam }. So fill in the phone number and e-mail address of { $naam }.
melding-contact-vraag = How would you like contact?
melding-keuze-contact-telefoon = By phone
melding-keuze-contact-email = By e-mail
melding-keuze-contact-brief = By letter
melding-contact-telefoon = Phone number
melding-contact-telefoon-hint = Fill this in if we may call you.
melding-contact-telefoon-hint-namens = Fill this in if the municipality may call { $naam }.
melding-contact-email = E-mail address
melding-contact-email-hint = We also send the confirmation here.
melding-contact-email-hint-namens = The municipality contacts { $naam } at this address.
melding-contact-tijden = When is the best time to call you?
melding-contact-tijden-hint = For example: on Tuesday morning. You do not have to fill this in.
melding-contact-tolk = Do you need help during the talk?
melding-keuze-tolk-geen = No
melding-keuze-tolk-tolk = Yes, an interpreter
melding-keuze-tolk-gebarentaal = Yes, a sign language interpreter
melding-contact-tolk-taal = Which language do you speak?
melding-contact-tolk-taal-hint = Fill this in if you want an interpreter.
melding-contact-postadres = Should letters go to another address?
melding-contact-postadres-hint = Only fill this in if you want letters at another address than your home. For example the address of your financial administrator.
melding-gegevens-titel = Who is the report about?
melding-gegevens-waarom = The municipality must know whom it helps. That is why we ask for the name, the date of birth and the address.
melding-gegevens-naam = Name
melding-gegevens-geboren = Date of birth
melding-gegevens-geboren-op = Born on { $datum }
melding-gegevens-adres = Home address
melding-adres-straat = Street and house number
melding-adres-postcode = Postcode
melding-adres-postcode-hint = For example 2665 AB
melding-adres-plaats = Town

melding-toestemming-titel = May the municipality use your data?
melding-toestemming-nodig = The municipality needs your data to handle your request.
melding-toestemming-gezondheid = This includes data about your health. That data is extra sensitive.
melding-toestemming-alleen = The municipality uses your data only for this request.
melding-toestemming-wie = Only the staff who work on your request may see it.
melding-toestemming-privacy = Read more about your privacy
melding-toestemming-vraag = Consent
melding-toestemming-ja = I allow the municipality to use my data for this request.
melding-toestemming-ja-namens = I allow the municipality to use the data of { $naam } for this request.

melding-later-titel = We have kept your answers
melding-later-code = Your code
melding-later-schrijf-op = You do not need the code for that. You only need the code if you call the municipality about your request.
melding-later-hoe = Sign in again later. You can do that on this phone or computer, or on another one. Then choose your request in My loket.
melding-later-bellen = Then write the code down. Give the code on the phone. Then the municipality finds your answers.
melding-later-mijn-loket = Your request is in My loket. You continue there later.
melding-later-nu-verder = Continue now
melding-later-naar-mijn-loket = Go to My loket

melding-controleren-titel = Check your answers
melding-controleren-tekst = Is everything right? With "Change" you can change an answer.
melding-controleren-leeg = Not filled in yet
melding-controleren-fout-open = Please answer this question.
melding-controleren-versturen-titel = Send
melding-controleren-versturen-tekst = When you press the button, the municipality receives your { $begrip }.
melding-controleren-knop = Send

melding-datum-plan = You may hand in a { $begrip } up to and including { $datum }. You do not have to.
melding-datum-onderzoek = The municipality talks with you by { $datum } at the latest. This talk is called the { $begrip }.
melding-datum-na-gesprek = The terms start at your first talk with the municipality. After that you see the dates in My loket.

melding-bevestiging-titel = The municipality has received your request
melding-bevestiging-paneel = Done
melding-bevestiging-nummer = Your number is
melding-bevestiging-ontvangen = The municipality received your request on { $datum }.
melding-bevestiging-mail = You also get an e-mail with these details.
melding-bevestiging-nu-titel = What happens now?
melding-bevestiging-co = You would like free help from a client supporter.
melding-bevestiging-co-link = Ask for that help now
melding-bevestiging-co-gevraagd = You also asked for free help from a client supporter. We have asked for that help for you. The number is { $referentie }.
melding-bevestiging-co-bekijk = See your request for help
melding-bevestiging-bewijs = View or print your answers
melding-bevestiging-mijn-loket = Go to My loket

melding-bewijs-titel = Your answers
melding-bewijs-ontvangen = Received on
melding-bewijs-printen = Would you like this on paper? Then use your browser's print button.

melding-mail-onderwerp = The municipality has received your request { $referentie }
melding-mail-ontvangen = You asked the municipality of { $gemeente } for help. Your number is { $referentie }.
melding-mail-contact = The municipality will contact you. Together you make an appointment for a talk.
melding-mail-knop = View your request

melding-fout-voor-wie = Choose who you are asking help for.
melding-fout-ander-naam = Fill in the name of the person you help.
melding-fout-ander-relatie = Choose who this person is to you.
melding-fout-ander-toestemming = First ask whether this person agrees. Then tick the box.
melding-fout-spoed = Choose yes or no.
melding-fout-hulpvraag = Tell us what you want help with.
melding-fout-levensgebieden = Choose at least one subject.
melding-fout-huishouden = Choose who you live with.
melding-fout-gesprek = Choose who joins. Or choose "Nobody".
melding-fout-gesprek-niemand = You chose "Nobody" and also someone else. Choose one of the two.
melding-fout-clientondersteuning = Choose whether you would like a client supporter.
melding-fout-co-organisatie = Choose who may help you. You can also let the municipality choose.
melding-fout-naam = Fill in the name.
melding-fout-geboren-leeg = Fill in the date of birth.
melding-fout-geboren = Fill in a date of birth that exists. For example 15 8 1956.
melding-fout-geboren-toekomst = The date of birth cannot be after today.
melding-fout-straat = Fill in the street and house number.
melding-fout-postcode-leeg = Fill in the postcode.
melding-fout-postcode = Fill in a postcode like 2665 AB: four digits and two letters.
melding-fout-plaats = Fill in the town.
melding-fout-contact-manier = Choose how you would like contact.
melding-fout-telefoon = Fill in a phone number like 06 1234 5678.
melding-fout-telefoon-leeg = Fill in your phone number. Or choose another way of contact.
melding-fout-email = Fill in an e-mail address like name@example.com.
melding-fout-email-leeg = Fill in your e-mail address. Or choose another way of contact.
melding-fout-tolk = Choose whether you need help during the talk.
melding-fout-tolk-taal = Fill in which language you speak.
melding-fout-toestemming = Without your consent the municipality cannot handle your request. Tick the box if you agree.
melding-fout-te-lang = This is too long. Use at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
melding-spoed-route-link = You said it is urgent. Read what you can do now.
melding-bevestiging-plan = Write or send your own plan
melding-mail-gratis-hulp = Would you like help at the talk? You can always get free { $begrip }.
melding-namens = These questions are about { $naam }. By "you" we mean { $naam }.
melding-namens-toestemming = You give consent for the data of { $naam }. Only do this if { $naam } agrees.
melding-start-wachttijd-weken = In recent months it usually took { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } until there was a decision.
melding-start-wachttijd-dagen = In recent months it usually took { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } until there was a decision.
melding-start-wachttijd-kort = In recent months there was usually a decision within a week.
melding-start-wachttijd-bijgewerkt = This figure is from { $moment }.
