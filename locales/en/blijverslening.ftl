## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = Blijverslening: borrow money to adapt your home
blijverslening-uitleg-intro = Do you own your home? And do you want to keep living there? Then you may be able to get a { $begrip }.
blijverslening-uitleg-svn = SVn gives the loan. SVn is the Stimuleringsfonds Volkshuisvesting. SVn also checks whether you can pay the loan back. This is the credit check.
blijverslening-uitleg-wie-titel = Who is the loan for?
blijverslening-uitleg-wie-eigenaar = You own the home. And you live there yourself.
blijverslening-uitleg-wie-samen = Does the home have more owners? Then you apply together.
blijverslening-uitleg-wie-reden = You adapt the home because you need care. Or because you expect to need it later. Or you make the home fit for when you grow older.
blijverslening-uitleg-wie-vooraf = Apply for the loan before the work is finished. You do not get a loan for work that is already finished.
blijverslening-uitleg-soorten-titel = Which loans are there?
blijverslening-uitleg-consumptief = A personal loan: from { $minimum } to { $maximum }. The interest rate is fixed for 10 years. At least 1 applicant is younger than { $jaren }.
blijverslening-uitleg-hypothecair = A loan with your home as security: from { $minimum } to { $maximum }. The interest rate is fixed for 10 or 20 years.
blijverslening-uitleg-doen-titel = What can you do?
blijverslening-uitleg-check = First check whether you are likely to get the loan. You do not need to sign in. We store nothing.
blijverslening-uitleg-check-knop = Can I get this?
blijverslening-uitleg-aanvragen = Do you want to apply? Then you sign in. You can also ask someone to help you.
blijverslening-uitleg-aanvragen-knop = Apply for the loan
blijverslening-budget-over = This year { $over } is left for new loans.
blijverslening-bron = Rule: { $bron }

blijverslening-ja = Yes
blijverslening-nee = No

blijverslening-check-titel = Can I get a blijverslening?
blijverslening-check-intro = Answer the questions. Then you see whether you are likely to get the { $begrip }. You may skip questions.
blijverslening-check-niets-bewaard = We do not store your answers.
blijverslening-check-eigenaar = Do you own the home?
blijverslening-check-bewoner = Do you live in the home yourself?
blijverslening-check-alle = Do all owners apply together?
blijverslening-check-alle-hint = For example you and your partner, if the home belongs to you both.
blijverslening-check-geboren-legend = When were the applicants born?
blijverslening-check-geboren-hint = Fill in the date of birth of every owner.
blijverslening-check-geboren-n = Applicant { $nummer }
blijverslening-check-klaar = Is the work already finished?
blijverslening-check-klaar-hint = Has the work started but is it not finished yet? Then the loan is still possible. You do not get a loan for work that is already finished.
blijverslening-check-knop = See the outcome
blijverslening-check-nu-titel = What can you do now?
blijverslening-check-nu-ja = You can apply for the loan. The municipality then looks at your application.
blijverslening-check-nu-nee = You are probably not able to get the loan. Do you have questions? Then contact the municipality.

blijverslening-uitkomst-ja = You are likely to get the loan
blijverslening-uitkomst-nee = You are probably not able to get the loan
blijverslening-uitkomst-open = We cannot tell yet
blijverslening-oordeel-ja = Fine
blijverslening-oordeel-nee = Not fine
blijverslening-oordeel-open = Not known yet

blijverslening-grond-eigenaar-ja = You own the home.
blijverslening-grond-eigenaar-nee = You do not own the home. Only owners can get the loan.
blijverslening-grond-eigenaar-open = We do not know yet whether you own the home.
blijverslening-grond-bewoner-ja = You live in the home yourself.
blijverslening-grond-bewoner-nee = You do not live in the home yourself. Then you do not get the loan.
blijverslening-grond-bewoner-open = We do not know yet whether you live in the home.
blijverslening-grond-alle-ja = All owners apply together.
blijverslening-grond-alle-nee = All owners must apply together.
blijverslening-grond-alle-open = We do not know yet whether all owners take part.
blijverslening-grond-reden-ja = You adapt the home for care, or for later.
blijverslening-grond-reden-open = We do not know yet why you adapt the home.
blijverslening-grond-werk-ja = The work is not finished yet.
blijverslening-grond-werk-nee = The work is already finished. Then you do not get a loan.
blijverslening-grond-werk-open = We do not know yet whether the work is finished.
blijverslening-grond-leeftijd-ja = At least 1 applicant is younger than { $jaren }.
blijverslening-grond-leeftijd-nee = All applicants are { $jaren } or older. Then you can only get a loan with your home as security.
blijverslening-grond-leeftijd-open = We do not know the applicants' ages yet.
blijverslening-grond-bedrag-ja = The amount fits: between { $minimum } and { $maximum }.
blijverslening-grond-bedrag-laag = The amount is too low. You can borrow at least { $minimum }.
blijverslening-grond-bedrag-hoog = The amount is too high. You can borrow at most { $maximum }.
blijverslening-grond-bedrag-hoog-consumptief = The amount is too high for a personal loan. That is at most { $maximum }. With your home as security you may be able to borrow more: up to { $maximum_hypothecair }.
blijverslening-grond-bedrag-open = We do not know the amount yet.
blijverslening-grond-soort-open = We do not know yet which loan you want.
blijverslening-grond-kosten-ja = The amount is not more than the costs: { $kosten }.
blijverslening-grond-kosten-nee = You borrow more than the costs of { $kosten }. That is not possible.
blijverslening-grond-budget-ja = There is enough money left this year: { $over }.
blijverslening-grond-budget-nee = This year { $over } is left. That is less than the amount you want to borrow.
blijverslening-grond-budget-op = The money for this year is spent.
blijverslening-grond-budget-open = This year { $over } is left.

blijverslening-grond-a = You do not meet the municipality's rules.
blijverslening-grond-b = There is not enough money left for this year.
blijverslening-grond-c = You do not meet SVn's rules.
blijverslening-grond-d = SVn's credit check is negative.
blijverslening-grond-e = The information in the application was not correct.
blijverslening-grond-f = You applied after the work was done.

blijverslening-maandlast-titel = What do you pay per month?
blijverslening-maandlast = About { $bedrag } per month.
blijverslening-maandlast-schatting = This is an estimate. We use SVn's interest rates. SVn sets the real amount.
blijverslening-maandlast-aflossing = We count as if you pay back a personal loan in { $consumptief ->
        [one] { $consumptief } year
       *[other] { $consumptief } years
    }. A loan with your home as security in { $hypothecair ->
        [one] { $hypothecair } year
       *[other] { $hypothecair } years
    }. And as if the interest rate stays the same all that time.
blijverslening-maandlast-later = After this step you see about how much you pay per month.

blijverslening-soort-label = Which loan do you want?
blijverslening-soort-consumptief = Personal loan
blijverslening-soort-consumptief-hint = From 2,500 to 10,000 euros. The interest rate is fixed for 10 years.
blijverslening-soort-hypothecair = Loan with your home as security
blijverslening-soort-hypothecair-hint = From 2,500 to 30,000 euros. The interest rate is fixed for 10 or 20 years.
blijverslening-looptijd-label = For how long do you want a fixed interest rate?
blijverslening-looptijd-hint = SVn fixes the rate for 10 or 20 years. For a personal loan it is always 10 years.
blijverslening-looptijd-10 = Fixed for 10 years
blijverslening-looptijd-20 = Fixed for 20 years
blijverslening-jaren = { $jaren ->
        [one] { $jaren } year
       *[other] { $jaren } years
    }
blijverslening-bedrag-label = How much do you want to borrow?
blijverslening-bedrag-hint = In euros, for example 5000.
blijverslening-bedrag-grenzen = A personal loan is { $cmin } to { $cmax }. A loan with your home as security is up to { $hmax }.
blijverslening-reden-label = Why do you adapt the home?
blijverslening-reden-zorg-nu = I need care now. So the home has to change.
blijverslening-reden-zorg-later = I expect to need care later.
blijverslening-reden-levensloop = I want to be able to stay in the home as I grow older.

blijverslening-formulier-titel = Apply for a blijverslening
blijverslening-formulier-intro = You apply for the { $begrip } in a few parts. You can stop and continue later. We save what you fill in.
blijverslening-formulier-knop = Save and continue
blijverslening-namens = You apply for { $naam }.
blijverslening-start-nodig-titel = What do you need?
blijverslening-start-nodig-adres = The address of the home.
blijverslening-start-nodig-mede = The name, the date of birth and the e-mail address of the other owners.
blijverslening-start-nodig-kosten = What the work costs. For example from a quote of the contractor.
blijverslening-start-nodig-bewijs = Proof that you own the home and that you live in it.
blijverslening-start-check-titel = Your answers from the check
blijverslening-start-check-tekst = We fill in these answers for you already. You can still change them later.
blijverslening-start-concepten = Applications you have not sent yet
blijverslening-start-concept = Application of { $datum }
blijverslening-start-knop = Start the application
blijverslening-start-knop-nieuw = Start a new application
blijverslening-taken-intro = Your application has { $aantal ->
        [one] { $aantal } part
       *[other] { $aantal } parts
    }. Fill in each part. We save what you fill in. You can stop and continue later.
blijverslening-taken-klaar = You have finished { $klaar } of { $aantal ->
        [one] { $aantal } part
       *[other] { $aantal } parts
    }.
blijverslening-taken-versturen-titel = Check and send
blijverslening-taken-versturen-klaar = All parts are finished. Check your application and send it.
blijverslening-taken-versturen-nog = Are all parts finished? Then check your application and send it.
blijverslening-taken-nakijken = Check the application
blijverslening-stand-niet-begonnen = Not started
blijverslening-stand-bezig = In progress
blijverslening-stand-klaar = Finished
blijverslening-deel-bewaren = We save what you fill in when you press the button.
blijverslening-naar-overzicht = Back to your application
blijverslening-deel-aanvrager = About you
blijverslening-deel-eigenaren = Other owners
blijverslening-naam-label = Your name
blijverslening-geboren-label = Date of birth
blijverslening-mede-uitleg = Does the home have more owners? Then fill them in below. They get an e-mail. In it they confirm that they take part.
blijverslening-mede-legend = Other owner { $nummer }
blijverslening-mede-hint = Leave empty if there is no other owner.
blijverslening-mede-naam = Name
blijverslening-mede-email = E-mail address
blijverslening-mede-email-hint = We send the request to confirm to this address.
blijverslening-deel-woning = The home
blijverslening-adres-legend = Address of the home
blijverslening-adres-hint = The home you want to adapt.
blijverslening-straat-label = Street and house number
blijverslening-postcode-label = Postcode
blijverslening-plaats-label = Town
blijverslening-adres-label = Address of the home
blijverslening-adres-onbekend = Not asked
blijverslening-bevestig-eigenaar = I own the home.
blijverslening-bevestig-bewoner = I live in the home myself.
blijverslening-bevestig-alle = I have filled in every owner of the home.
blijverslening-alle-hint = Are you the only owner? Then tick the box too.
blijverslening-bewijs-later = You send proof later. For example an extract from the Kadaster.
blijverslening-deel-kosten = The work and the costs
blijverslening-maatregelen-label = What do you want to have done?
blijverslening-maatregelen-hint = For example: a stairlift, a shower without a step or wider doors.
blijverslening-materiaal-label = Costs of materials
blijverslening-arbeid-label = Costs of the work
blijverslening-uren-label = Costs of the contractor's hours
blijverslening-leenkosten-label = Costs of the loan
blijverslening-subsidies-label = Subsidies you get
blijverslening-subsidies-hint = This amount comes off the costs. Fill in 0 if you get no subsidy.
blijverslening-nul-hint = Fill in 0 if there are no costs.
blijverslening-werkelijk-label = Total costs minus subsidies
blijverslening-deel-lening = The loan
blijverslening-gepland-label = When will the work be finished?
blijverslening-gepland-hint = The work may have started already. But it may not be finished yet. For example 15 3 2027.

blijverslening-fout-naam = Fill in your name.
blijverslening-fout-te-lang = Use at most { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
blijverslening-fout-geboren = Fill in the date of birth.
blijverslening-fout-geboren-toekomst = The date of birth is in the future. Check the date.
blijverslening-fout-datum-onvolledig = Fill in a day, a month and a year.
blijverslening-fout-datum-bestaat-niet = This date does not exist. Check the date.
blijverslening-fout-straat = Fill in the street and the house number.
blijverslening-fout-huisnummer = Fill in the house number too, like Dorpsstraat 12.
blijverslening-fout-postcode-leeg = Fill in the postcode.
blijverslening-fout-postcode = Fill in a postcode like 2665 AB.
blijverslening-fout-plaats = Fill in the town.
blijverslening-fout-mede-naam = Fill in the other owner's name.
blijverslening-fout-mede-email = Fill in a valid e-mail address, like name@example.com.
blijverslening-fout-eigenaar = You can only get the loan if you own the home. Tick the box if that is right.
blijverslening-fout-bewoner = You can only get the loan if you live in the home yourself. Tick the box if that is right.
blijverslening-fout-alle-eigenaren = All owners apply together. Fill them in and tick the box.
blijverslening-fout-reden = Choose why you adapt the home.
blijverslening-fout-maatregelen = Write what you want to have done.
blijverslening-fout-kosten = Fill in the costs of the materials.
blijverslening-fout-bedrag-onleesbaar = Fill in an amount in euros, like 2500 or 2,500.00.
blijverslening-fout-soort = Choose which loan you want.
blijverslening-fout-leeftijd = For a personal loan at least 1 owner is younger than { $jaren }. Choose a loan with your home as security.
blijverslening-fout-looptijd = Choose for how long the interest rate is fixed.
blijverslening-fout-bedrag = Fill in how much you want to borrow.
blijverslening-fout-bedrag-grenzen = For this loan you can borrow { $minimum } to { $maximum }.
blijverslening-fout-bedrag-kosten = You cannot borrow more than the costs minus subsidies: { $kosten }.
blijverslening-fout-gepland = Fill in when the work will be finished.
blijverslening-fout-gepland-voorbij = This date has passed. You do not get a loan for work that is already finished.
blijverslening-fout-stuk-soort = Choose what kind of proof this is.
blijverslening-fout-stuk-mist = Please also send: { $stuk }.{ $meer ->
        [0] {""}
        [one] {" "}1 other document is missing too.
       *[other] {" "}{ $meer } other documents are missing too.
    }
blijverslening-fout-antwoord = Choose yes or no.
blijverslening-fout-stuk-verwijder = Tick the box if you want to remove { $naam }.

blijverslening-stukken-titel = Send proof
blijverslening-stukken-intro = Send these documents. You can send PDF, JPG or PNG.
blijverslening-stukken-al = Documents you sent
blijverslening-stukken-geen = You have not sent any documents yet.
blijverslening-stukken-missen = These documents are still missing:
blijverslening-stukken-toevoegen = Add or remove documents
blijverslening-stukken-verder = Back to checking
blijverslening-stuk-soort-label = What kind of document is this?
blijverslening-stuk-bestand-label = Choose one or more files
blijverslening-stuk-knop = Save
blijverslening-stuk-verwijder-vinkje = Yes, remove { $naam }
blijverslening-stuk-verwijder-knop = Remove
blijverslening-stuk-verwijderd = We removed the file.
blijverslening-stuk-eigendom = Proof that you own the home, like an extract from the Kadaster
blijverslening-stuk-bewoning = Proof that you live there, like a letter with your address
blijverslening-stuk-offerte = A quote from the contractor

blijverslening-controleren-titel = Check your application
blijverslening-controleren-intro = Is everything right? Do you want to change something? Then choose Change beside the answer.
blijverslening-controleren-niet-begonnen = You have not filled in this part yet.
blijverslening-controleren-niet-klaar = This part is not finished yet.
blijverslening-controleren-aanvullen = Fill in this part
blijverslening-controleren-aanpassen = Change this
blijverslening-niet-ingevuld = Not filled in yet
blijverslening-mede-geen = None
blijverslening-versturen-titel = Send the application
blijverslening-versturen-mede = The other owners get an e-mail. When they all say yes, the application goes to the municipality.
blijverslening-versturen-knop = Send application

blijverslening-mede-rij = Other owner
blijverslening-mede-zegt-ja = takes part
blijverslening-mede-zegt-nee = does not take part
blijverslening-mede-wacht = has not answered yet

blijverslening-zaak-titel = Your application for a blijverslening
blijverslening-zaak-nummer = Your number
blijverslening-zaak-concept = You have not sent the application yet.
blijverslening-zaak-verder = Continue the application
blijverslening-zaak-nakijken = Check your application
blijverslening-zaak-wacht = We are waiting for the other owners' answers. They have received an e-mail.
blijverslening-zaak-gestopt = Another owner does not take part. So the application stops. All owners must apply together.
blijverslening-zaak-ingediend = The municipality has your application. You hear from us when the municipality decides.
blijverslening-zaak-verder-titel = What happens next?
blijverslening-zaak-antwoorden = Your answers
blijverslening-status-concept = Not sent yet
blijverslening-status-wacht = Waiting for other owners
blijverslening-status-ingediend = With the municipality
blijverslening-status-gestopt = Stopped
blijverslening-status-toegekend = Granted
blijverslening-status-geweigerd = Refused
blijverslening-stap-concept = Fill in the application
blijverslening-stap-mede = Other owners confirm
blijverslening-stap-ingediend = The municipality looks at the application
blijverslening-stap-besloten = The municipality decides

blijverslening-besluit-titel = The decision
blijverslening-besluit-toegekend = The municipality gives you a loan of { $bedrag }. This decision is of { $datum }.
blijverslening-besluit-svn = This decision is provisional. SVn now does the credit check. SVn will contact you. Then SVn gives the loan.
blijverslening-besluit-geweigerd = The municipality does not give you the loan. This decision is of { $datum }.
blijverslening-besluit-waarom = Why?
blijverslening-bezwaar = Do you disagree with the decision? Then you can make a { $begrip }. You can do so for { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    }, until { $datum }.

blijverslening-log-titel = Who looked at your application?
blijverslening-log-geen = Nobody else has looked at your application.
blijverslening-log-bekeken = { $wie } looked at the application.
blijverslening-log-gedownload = { $wie } opened a document.
blijverslening-log-gewijzigd = { $wie } changed the application.
blijverslening-log-vastgelegd = { $wie } worked on your case.
blijverslening-log-opgepakt = { $wie } took on the application.
blijverslening-log-besloten = { $wie } made the decision.
blijverslening-log-medewerker = municipality
blijverslening-log-helper = helps you
blijverslening-mijn-loket = To Mijn loket

blijverslening-eigenaar-titel = Do you take part in the application?
blijverslening-eigenaar-intro = Dear { $naam }, { $aanvrager } applies for a { $begrip } for your home. You are an owner too. So we ask whether you take part.
blijverslening-eigenaar-vraag = Do you take part in this application?
blijverslening-eigenaar-ja = Yes, I take part
blijverslening-eigenaar-nee = No, I do not take part
blijverslening-eigenaar-nee-hint = Then the application stops.
blijverslening-eigenaar-knop = Send answer
blijverslening-eigenaar-gedaan-ja = Thank you. You take part in the application.
blijverslening-eigenaar-gedaan-nee = Thank you. You do not take part. The application stops.

blijverslening-mail-onderwerp = News on your application { $referentie }
blijverslening-mail-knop = See your application
blijverslening-mail-ingediend = The municipality has received your application for a { $begrip }. Your number is { $referentie }.
blijverslening-mail-wacht = You have sent the application. Your number is { $referentie }. We are now waiting for the other owners.
blijverslening-mail-gestopt = Another owner does not take part. So your application { $referentie } stops.
blijverslening-mail-besluit = The municipality has decided on your application { $referentie }.
blijverslening-mail-eigenaar-onderwerp = Do you take part in application { $referentie }?
blijverslening-mail-eigenaar-tekst = { $aanvrager } applies for a { $begrip } for the home. You are an owner too.
blijverslening-mail-eigenaar-vraag = All owners must take part. Let us know whether you do.
blijverslening-mail-eigenaar-knop = Give your answer
blijverslening-mail-eigenaar-niet = Do you not know this application? Then choose no.

blijverslening-mijn-loket-titel = Blijverslening
blijverslening-mijn-loket-zaak = Blijverslening application
blijverslening-mijn-loket-nummer = Number: { $nummer }
blijverslening-mijn-loket-bekijk = See the application
blijverslening-verlopen-titel = This link no longer works
blijverslening-verlopen-tekst = You could answer with this link for 14 days. That time has passed.
blijverslening-verlopen-wat = Do you still want to take part? Ask the applicant to send you a new e-mail. They can do that on the page of the application.
blijverslening-verlopen-start = To the start page
blijverslening-opnieuw-uitleg = The link in the e-mail works for 14 days. Did another owner not get the e-mail? Or does the link no longer work? Then send the e-mail again. The old link stops working.
blijverslening-opnieuw-knop = Send the e-mail again
blijverslening-opnieuw-gedaan = We have sent the e-mail again to the owners who have not answered yet.
