## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = Your file
dossier-titel-namens = File of { $naam }
dossier-nummer = The number of your request is { $referentie }.
dossier-intro = Here you can see what happens with your request for help. And what comes next.
dossier-terug = Back to your file
dossier-te-lang = This is too long. Use at most { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }. You have { $teveel } too many.

dossier-klaar-antwoord = The municipality has received your answer.
dossier-klaar-reactie = The municipality has received your comment. Your comment is now below the report.
dossier-klaar-document = The municipality has received your document.
dossier-klaar-bezwaar = The municipality has received your objection. The municipality will contact you.
dossier-klaar-ingebrekestelling = The municipality has received your notice of default.

dossier-volgende-gesprek = Your talk with the municipality is on { $datum }.
dossier-volgende-vraag = The municipality has a question for you. Send your answer before { $datum }.
dossier-volgende-bezwaar = Do you disagree with the decision? You can make an { $begrip } until { $datum }.
dossier-volgende-onderzoek = The municipality will do the { $begrip } by { $datum } at the latest.
dossier-volgende-verslag = You will get the { $begrip } by { $datum } at the latest.
dossier-volgende-besluit = You will get a { $begrip } by { $datum } at the latest.
dossier-volgende-beslissing-bezwaar = The municipality decides on your { $begrip } by { $datum } at the latest.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = The talk of { $naam } with the municipality is on { $datum }.
dossier-volgende-namens-vraag = The municipality has a question for { $naam }. Send the answer before { $datum }.
dossier-volgende-namens-bezwaar = Does { $naam } disagree with the decision? { $naam } can make an { $begrip } until { $datum }.
dossier-volgende-namens-onderzoek = The municipality will do the { $begrip } with { $naam } by { $datum } at the latest.
dossier-volgende-namens-verslag = { $naam } will get the { $begrip } by { $datum } at the latest.
dossier-volgende-namens-besluit = { $naam } will get a { $begrip } by { $datum } at the latest.
dossier-volgende-namens-beslissing-bezwaar = The municipality decides on the { $begrip } of { $naam } by { $datum } at the latest.
dossier-mijn-loket-link = View your file
dossier-mijn-loket-link-namens = View the file of { $naam }

dossier-te-laat = The municipality is late with the decision on your application.
dossier-te-laat-link = What can you do when the municipality is late?

dossier-vragen-titel = Questions from the municipality
dossier-vraag-voor = Send your answer before { $datum }.
dossier-vraag-beantwoorden = Answer this question

dossier-stappen-titel = What happens
dossier-uiterlijk = By { $datum } at the latest
dossier-fase-ontvangen = Request received
dossier-fase-gesprek-gepland = Appointment for the talk
dossier-fase-onderzocht = Talk and assessment
dossier-fase-verslag = Report of the talk
dossier-fase-aanvraag = Application
dossier-fase-besloten = Decision
dossier-fase-gesloten = Closed
dossier-stap-ontvangen = The municipality has received your { $begrip }.
dossier-stap-ontvangen-nu = The municipality will contact you. Together you make an appointment for a talk.
dossier-stap-gesprek = The talk is on { $datum } at { $tijd }.
dossier-stap-gesprek-was = The talk was on { $datum }.
dossier-stap-gesprek-hierna = The municipality makes an appointment with you for a talk.
dossier-plaats-thuis = The talk is at your home.
dossier-plaats-gemeentehuis = The talk is at the town hall.
dossier-plaats-telefoon = The talk is by phone. The municipality calls you.
dossier-plaats-beeldbellen = The talk is by video call.
dossier-stap-onderzocht = You had the talk with the municipality. That was the { $begrip }.
dossier-stap-onderzoek-hierna = In the talk the municipality looks at what you need. That is the { $begrip }. The law says: it takes at most { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your request.
dossier-stap-onderzoek-hierna-gesprek = In the talk the municipality looks at what you need. That is the { $begrip }. The law says: it takes at most { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after the first talk.
dossier-stap-verslag = The municipality has sent you the { $begrip }.
dossier-stap-verslag-link = Read the report and comment
dossier-stap-verslag-hierna = After the talk the municipality writes down what you discussed. You get that { $begrip } within { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    }.
dossier-stap-aanvraag = The municipality has received your { $begrip }.
dossier-stap-aanvraag-hierna = After the report you apply for the help. That is your { $begrip }.
dossier-stap-besluit = The municipality has made a { $begrip }.
dossier-stap-besluit-link = Read what the municipality decided
dossier-stap-besluit-hierna = The municipality decides on your application. You get a { $begrip }. The law says: within { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your application.
dossier-stap-verdaagd = The municipality needs more time. The reason: { $reden }
dossier-stap-bezwaar = You made an { $begrip } on { $datum }.
dossier-stap-gesloten = The municipality has closed your { $begrip }.
dossier-stap-gesloten-hierna = When everything is done, the municipality closes your { $begrip }.

dossier-dwangsom-titel = Your notice of default
dossier-dwangsom-ontvangen = The municipality received your { $begrip } on { $datum }.
dossier-dwangsom-wachten = The municipality may still decide until { $datum }. Then it does not have to pay you.
dossier-dwangsom-loopt = The municipality had not decided by then. So it pays you a { $begrip }. It counts since { $datum }.
dossier-dwangsom-bedrag = So far that is { $bedrag }. That is for { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    }.

dossier-documenten-titel = Documents
dossier-documenten-geen = There are no documents yet.
dossier-document-over = ({ $soort }, { $datum })
dossier-document-verslag = report
dossier-document-besluit = letter with the decision
dossier-document-inwoner = from you
dossier-document-gemeente = from the municipality
dossier-uploaden-link = Send the municipality a document

dossier-meer-titel = More about your request
dossier-inzage-link = Who looked at your file?
dossier-bewijs-link = See what you sent the municipality
dossier-plan-link = Your own plan

dossier-vraag-titel = Question from the municipality
dossier-vraag-wacht = Until you answer, the time for the { $begrip } stands still.
dossier-antwoord-label = Your answer
dossier-antwoord-hint = You can also send a file. Or both.
dossier-antwoord-bestand = File (if you want)
dossier-antwoord-knop = Send your answer
dossier-antwoord-leeg = Write your answer. Or choose a file.

dossier-verslag-titel = Report of the talk
dossier-verslag-intro = The municipality wrote this after the talk with you. You got this { $begrip } on { $datum }. Is something wrong? Or missing? Write it below.
dossier-verslag-tekst = What the municipality wrote down
dossier-verslag-pdf = Download the report (PDF)
dossier-reacties-titel = Your comments
dossier-reactie-op = Your comment of { $datum }
dossier-reactie-titel = Comment on the report
dossier-reactie-label = Your comment
dossier-reactie-hint = Your comment goes below the report. The report itself stays as it is.
dossier-reactie-knop = Send your comment
dossier-reactie-leeg = Write your comment.

dossier-uploaden-titel = Send a document
dossier-uploaden-intro = Do you want to send the municipality something about your { $begrip }? A letter from your doctor, for example? You can do that here.
dossier-uploaden-kies = Choose the file
dossier-uploaden-knop = Send the document

dossier-besluit-titel = What the municipality decided
dossier-besluit-intro = The municipality sent you the { $begrip } on { $datum }. Here you can read what it says.
dossier-besluit-brief = Download the letter with the decision
dossier-besluit-motivering = Explanation from the municipality
dossier-besluit-bezwaar-titel = Do you disagree?
dossier-uitkomst-toegekend = You get this help
dossier-uitkomst-gedeeltelijk = You get part of this help
dossier-uitkomst-afgewezen = You do not get this help
dossier-regel-wat = What you get
dossier-regel-vanaf = From
dossier-regel-tot = Until
dossier-regel-geen-einde = There is no end date.
dossier-regel-hoe = How you get the help
dossier-regel-zin = As { $begrip }. The municipality arranges the help for you.
dossier-regel-pgb = As a { $begrip }. You get money and arrange the help yourself.
dossier-regel-budget = How much money you get
dossier-regel-wie = Who gives the help
dossier-regel-betalen = What you pay yourself
dossier-regel-eigen-bijdrage = You pay a { $begrip } of { $bedrag } a month.
dossier-regel-niets = You pay nothing for this help.
dossier-regel-waarom = Why

dossier-bezwaar-titel = Make an objection
dossier-bezwaar-intro = Do you disagree with the { $begrip }? Then write here why.
dossier-bezwaar-tot = You can make an { $begrip } until { $datum }.
dossier-bezwaar-uitleg = You have { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } for that. That time starts the day after the municipality sent the decision. That was on { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [one] The { $weken } week really ends on { $datum }.
       *[other] The { $weken } weeks really end on { $datum }.
    } That is a Saturday, Sunday or public holiday. So you have a few more days.
dossier-bezwaar-te-laat = That day has passed. So you are late.
dossier-bezwaar-te-laat-toch = You may still send your objection. Then write why you are late. The municipality decides whether it still looks at your objection.
dossier-bezwaar-label = Why do you disagree with the decision?
dossier-bezwaar-hint = Write what you think is wrong. And what you had expected.
dossier-bezwaar-hint-te-laat = Write what you think is wrong. Also write why you are late.
dossier-bezwaar-knop = Send your objection
dossier-bezwaar-leeg = Write why you disagree with the decision.
dossier-bezwaar-link = Make an objection
dossier-bezwaar-hierna = The municipality will contact you about your objection.
dossier-bezwaar-uw-tekst = What you wrote

dossier-ingebreke-titel = The municipality is late
dossier-ingebreke-te-laat = The municipality had to decide on your { $begrip } by { $datum }. That did not happen.
dossier-ingebreke-wat = You can then send the municipality a { $begrip }.
dossier-ingebreke-betekent = With it you tell the municipality: decide on my application now.
dossier-ingebreke-dwangsom = Does the municipality not decide within { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after that? Then the municipality pays you money. That is called a { $begrip }.
dossier-ingebreke-hoeveel = How much money do you get?
dossier-ingebreke-eerste = The first { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } you get { $bedrag } a day.
dossier-ingebreke-tweede = The { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after that you get { $bedrag } a day.
dossier-ingebreke-derde = After that you get { $bedrag } a day.
dossier-ingebreke-maximum = You get this money for at most { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    }. Together that is at most { $bedrag }. The municipality must still decide after that.
dossier-ingebreke-knop-titel = What happens when you press the button?
dossier-ingebreke-vandaag = The municipality gets your notice of default today, on { $datum }.
dossier-ingebreke-vanaf = The municipality may then still decide until { $datum }. After that every day counts.
dossier-ingebreke-knop = Send the notice of default

dossier-inzage-titel = Who looked at your file?
dossier-inzage-intro = Here you see which members of staff opened your file or changed something. The newest are at the top.
dossier-inzage-niemand = No one from the municipality has opened your file yet.
dossier-inzage-paginas = Pages of the log
dossier-inzage-wie = { $naam }, { $rol }
dossier-inzage-onbekend = A member of staff
dossier-inzage-reden = The reason: { $reden }
dossier-inzage-bekeken = Looked at your file.
dossier-inzage-gedownload = Opened a document.
dossier-inzage-gewijzigd = Changed something in your file.
dossier-inzage-stap = Wrote a new step in your file: { $stap }.
dossier-rol-medewerker = member of staff of the municipality
dossier-rol-beheerder = administrator at the municipality
dossier-rol-helper = someone who helps you
dossier-door-helper = Done for you by someone who helps you.
dossier-gemeente-te-laat = The municipality is late
