# The Kindpakket: explanation, check, page for children, application and case page.

kindpakket-bron = Source: { $bron }
kindpakket-maximum = At most { $bedrag } a year per child.
kindpakket-maximum-kind = You get at most { $bedrag } a year.

kindpakket-uitleg-titel = The Kindpakket
kindpakket-uitleg-intro = The { $begrip } helps children in families with little money. So they can take part at school and outside it.
kindpakket-uitleg-onbekend = Many parents do not know the Kindpakket yet. Check whether your child can get it.
kindpakket-uitleg-wat-titel = What is in it?
kindpakket-uitleg-wie-titel = Who can get it?
kindpakket-uitleg-wie-kinderen = Children younger than { $leeftijd } who live with you.
kindpakket-uitleg-wie-inkomen = Your household has a low income. The net income is not more than { $procent } % of social assistance for your household.
kindpakket-uitleg-wie-schrijnend = Is the income higher? Sometimes it is still possible, up to { $procent } %. For example when you work and still have little left. You then write down why.
kindpakket-uitleg-wie-schrijnend-onderdelen = This is only possible for: { $onderdelen }.
kindpakket-uitleg-doen-titel = What can you do?
kindpakket-link-check = Check whether you can get the Kindpakket
kindpakket-link-aanvragen = Apply for the Kindpakket
kindpakket-link-kinderen = Explanation for children and parents

kindpakket-kinderen-titel = The Kindpakket: for children
kindpakket-kinderen-intro = The { $begrip } is for children. You can use it for sport, music or things for school.
kindpakket-kinderen-waarom = Sometimes there is little money at home. Then the municipality can help. So you can join in too.
kindpakket-kinderen-wat-titel = What can you get?
kindpakket-kinderen-hoe-titel = How do you ask for it?
kindpakket-kinderen-hoe-ouder = Your father, mother or carer applies. They can do that on this website.
kindpakket-kinderen-hoe-samen = Choose together what you want. For example a sports club, music lessons or a bike for school.
kindpakket-kinderen-hoe-geen-schaamte = Many children get the Kindpakket. Nobody at school needs to know.

kindpakket-check-titel = Can I get the Kindpakket?
kindpakket-check-intro = Answer a few questions. Then you see whether you are likely to get the { $begrip }.
kindpakket-check-niets-bewaard = You do not need to sign in. We do not keep your answers.
kindpakket-check-knop = See the outcome
kindpakket-samenstelling-label = What is your household like?
kindpakket-samenstelling-alleen = I live alone with my children
kindpakket-samenstelling-samen = I live with a partner
kindpakket-aow-label = Have you reached state pension age?
kindpakket-aow-hint = For a couple: have you and your partner both reached it?
kindpakket-aow-nee = No, not yet
kindpakket-aow-ja = Yes
kindpakket-inkomen-label = Net household income per month
kindpakket-inkomen-hint = Add up everything you get together each month. For example wages, benefits or allowances. Write the amount in euros, like 1450.00.
kindpakket-inkomen-grenzen = The Kindpakket is possible up to { $alleen } a month when you are single. With a partner up to { $samen }.
kindpakket-aantal-label = How many children live with you?
kindpakket-leeftijden-label = How old are your children?
kindpakket-leeftijden-hint = Write each child's age. Put a comma between them, like 4, 9, 15.

kindpakket-uitslag-tag = Outcome
kindpakket-uitslag-ja = You are likely to get the Kindpakket
kindpakket-uitslag-schrijnend = You can only get the Kindpakket with a good reason
kindpakket-uitslag-nee = You are not likely to get the Kindpakket
kindpakket-uitslag-grens = The limit for your household is { $grens } net a month. With a good reason the limit is { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = Each part has its own limit. This is what you can get with your income:
kindpakket-onderdeel-ja = { $onderdeel }: probably yes. The limit is { $grens } a month.
kindpakket-onderdeel-schrijnend = { $onderdeel }: only with a good reason. The limit is then { $grens } a month.
kindpakket-onderdeel-nee = { $onderdeel }: probably not. The limit is { $grens } a month.
kindpakket-onderdeel-grens = { $onderdeel } (limit { $grens } a month)
kindpakket-normen-oud = Please note: social assistance changes every six months. We still use the social assistance of { $datum }. The limit may now be a little higher. Not sure? Then apply for the Kindpakket anyway.
kindpakket-medewerker-normen-oud = The social-assistance norms in the profile are those of { $datum }. That is more than seven months ago. The limits below may be too low. Ask the administrator to add the new norms.
kindpakket-uitslag-waarom = Why?
kindpakket-uitslag-volgende = What can you do now?
kindpakket-uitslag-ja-doen = Apply for the Kindpakket. Keep proof of your income at hand.
kindpakket-uitslag-schrijnend-doen = Apply for the Kindpakket. Write in the application why it is hard for you. The municipality then looks at your situation.
kindpakket-uitslag-nee-doen = Do you have questions about money or debts? Call or e-mail the municipality. They will help you think it through.
kindpakket-uitslag-schatting = This is a first check. The municipality decides only when you apply.
kindpakket-reden-kinderen = { $aantal ->
        [one] { $aantal } child younger than { $leeftijd } lives with you.
       *[other] { $aantal } children younger than { $leeftijd } live with you.
    }
kindpakket-reden-geen-kinderen = No children younger than { $leeftijd } live with you. The Kindpakket is only for children.
kindpakket-reden-inkomen-binnen = Your income is not more than { $grens } a month.
kindpakket-reden-inkomen-schrijnend = Your income is more than { $grens }. But it is not more than { $grens_schrijnend }.
kindpakket-reden-inkomen-boven = Your income is more than { $grens_schrijnend } a month. That is also above the limit for hard situations.
kindpakket-reden-norm = Social assistance for your household is { $norm } a month. The limits are based on that amount.

kindpakket-start-titel = Apply for the Kindpakket
kindpakket-start-intro = You apply for the { $begrip } for all your children at once.
kindpakket-start-nodig-titel = What do you need?
kindpakket-start-nodig-inkomen = Your household's net income per month.
kindpakket-start-nodig-kinderen = Each child's first name and date of birth.
kindpakket-start-nodig-bewijs = Proof of your income. For example a payslip or a letter about your benefit.
kindpakket-start-opslaan = We keep what you fill in. You can continue later.
kindpakket-start-check-titel = Your answers from the check
kindpakket-start-check-tekst = We fill in these answers for you already. You can still change them later.
kindpakket-start-concepten = Started earlier
kindpakket-concept-van = Application started on { $datum }
kindpakket-start-knop = Start the application

kindpakket-formulier-titel = Your application for the Kindpakket
kindpakket-formulier-intro = Answer the questions for the { $begrip }, for your household and each child. Every button saves what you filled in.
kindpakket-formulier-huishouden = Your household
kindpakket-schrijnend-label = Why do you need the Kindpakket?
kindpakket-schrijnend-hint = Only needed when your income is above the usual limit. Write down what makes it hard.
kindpakket-formulier-kinderen = Your children
kindpakket-formulier-kinderen-uitleg = Fill in a block for each child. Choose for each child what they want.
kindpakket-kind-titel = Child { $nummer }
kindpakket-kind-voornaam = First name
kindpakket-kind-geboren = Date of birth
kindpakket-kind-geboren-hint = For example 27 3 2015
kindpakket-kind-onderdelen = What does this child want?
kindpakket-kind-onderdelen-hint = Choose one or more.
kindpakket-kind-weg = Yes, remove child { $nummer }
kindpakket-kind-erbij = Add another child
kindpakket-formulier-bewijs = Proof of your income
kindpakket-bestand-label = Add a file
kindpakket-bestand-hint = A PDF, JPG or PNG. More files? Add them one by one with Save.
kindpakket-bestand-verwijder-vinkje = Yes, remove { $naam }
kindpakket-bestand-verwijder-knop = Remove
kindpakket-bestand-verwijderd = We removed the file.
kindpakket-formulier-verder = Continue to check
kindpakket-formulier-opslaan = Save
kindpakket-formulier-controleren-link = See what you have filled in so far

kindpakket-fout-samenstelling = Choose what your household is like.
kindpakket-fout-aow = Choose whether you have reached state pension age.
kindpakket-fout-inkomen-leeg = Fill in the net income per month.
kindpakket-fout-inkomen = Write the income as an amount in euros, like 1450.00.
kindpakket-fout-inkomen-te-hoog = Your income is more than { $grens } a month. Then you cannot get the Kindpakket.
kindpakket-fout-schrijnend = Your income is more than { $grens }. Write down why you still need the Kindpakket.
kindpakket-fout-onderdeel-inkomen = With this income you cannot get this: { $onderdelen }. Untick it.
kindpakket-fout-bestand-verwijder = Tick the box if you want to remove { $naam }.
kindpakket-fout-aantal = Fill in the number of children as a number, 0 to { $max }.
kindpakket-fout-leeftijden = Write the ages as numbers, with a comma between them.
kindpakket-fout-leeftijden-aantal = Fill in an age for each child.
kindpakket-fout-te-lang = Use no more than { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
kindpakket-fout-geen-kind = Add at least one child.
kindpakket-fout-voornaam = Fill in the first name of child { $nummer }.
kindpakket-fout-geboren-leeg = Fill in the date of birth of child { $nummer }.
kindpakket-fout-geboren-onvolledig = Fill in day, month and year.
kindpakket-fout-geboren-bestaat-niet = This date does not exist. Check the day, month and year.
kindpakket-fout-geboren-toekomst = This date is in the future.
kindpakket-fout-te-oud = This child is { $leeftijd } or older. The Kindpakket is for younger children.
kindpakket-fout-onderdelen = Choose what this child wants.
kindpakket-fout-bewijs = Add proof of your income.
kindpakket-fout-geen-regels = We cannot check this now. Please contact the municipality.

kindpakket-controleren-titel = Check your application
kindpakket-controleren-intro = Check that everything is right. Something wrong? Choose Change.
kindpakket-controleren-schrijnend = Your income is above the usual limit. The municipality reads your reason and then decides.
kindpakket-controleren-waar = With Send you confirm that everything is right.
kindpakket-controleren-knop = Send

kindpakket-status-concept = Not sent yet
kindpakket-status-ingediend = Sent
kindpakket-status-besloten = Decided
kindpakket-stap-verstuurd = Application sent
kindpakket-stap-besluit = Decision of the municipality
kindpakket-stap-besluit-uiterlijk = The municipality decides by { $datum } at the latest. That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your application.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = Your number
kindpakket-zaak-status = Status:
kindpakket-zaak-verstuurd-op = Sent on { $datum }.
kindpakket-zaak-besluit-titel = The decision
kindpakket-zaak-wacht = The municipality is looking at your application. You get an e-mail when there is a decision.
kindpakket-zaak-besloten-op = The municipality decided on { $datum }.
kindpakket-besluit-ja = Yes, granted
kindpakket-besluit-nee = No
kindpakket-besluit-open = Not decided yet
kindpakket-zaak-nu-titel = What happens now?
kindpakket-zaak-nu-organisatie = For everything you get, the organisation contacts you. They are: { $organisaties }.
kindpakket-zaak-nu-niets = You get nothing from the Kindpakket. Read above why.
kindpakket-zaak-bezwaar = Do you disagree with the decision? Then you can make an { $begrip }. You can do so within { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    }, until { $datum }.
kindpakket-zaak-gegevens-titel = What you sent
kindpakket-zaak-log-titel = Who looked at your application?
kindpakket-zaak-log-leeg = Nobody but you yet.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) looked at the application.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) opened a file.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) added to the application.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) worked on your case.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) took on the application.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) sent the application.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) made the decision.
kindpakket-log-medewerker = municipal staff
kindpakket-log-helper = helper
kindpakket-zaak-mijn-loket = To Mijn loket

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = Kindpakket application
kindpakket-mijn-loket-versturen = Check the application and send it
kindpakket-mijn-loket-verder = Continue the application
kindpakket-mijn-loket-kinderen = For { $aantal ->
        [one] { $aantal } child
       *[other] { $aantal } children
    }.
kindpakket-mijn-loket-bekijk = View the application

kindpakket-mail-onderwerp = News about your application { $referentie }
kindpakket-mail-tekst = There is news about your Kindpakket application with number { $referentie }.
kindpakket-mail-inloggen = Sign in to read the decision.
kindpakket-mail-knop = View your application
kindpakket-mail-ontvangen-onderwerp = We received your application { $referentie }
kindpakket-mail-ontvangen-tekst = We received your application for the Kindpakket. Your number is { $referentie }.
kindpakket-kind-weg-label = Do you want to remove this child?
kindpakket-weg-hint = This happens when you press one of the buttons below.
