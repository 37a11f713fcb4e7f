## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = Will you send your reasons later?
bezwaar-pro-forma-keuze = Yes, I will send my reasons later
bezwaar-pro-forma-uitleg = No time to write everything down now? Then send your objection now, so that you are in time. The municipality then gives you time to send your reasons.
bezwaar-documenten-titel = Documents with your objection
bezwaar-document-weg = Remove { $naam }
bezwaar-document-weg-label = Do you want to remove a document?
bezwaar-bestand-label = Add documents (if you want)
bezwaar-bestand-hint = For example a letter from your doctor or a photo.
bezwaar-verder = Continue
bezwaar-opslaan = Save and continue later
bezwaar-klaar-opgeslagen = We saved your objection. You have not sent it yet.
bezwaar-klaar-ingetrokken = You withdrew your objection. You can object again while the term runs.
bezwaar-opnieuw = You objected before and withdrew it. You can object again.
bezwaar-hierna-titel = What happens next?
bezwaar-hierna-weken = The municipality decides within { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after the last day to object. This may become 6 weeks later, once. You then get a letter about it beforehand.
bezwaar-hierna-gesprek = Usually the municipality invites you for a talk about your objection. There you can explain why you disagree.
bezwaar-voorlopig-titel = Can you not wait for the decision?
bezwaar-voorlopig-tekst = Does something need to happen quickly? Then you can ask the court for a provisional measure. That is a quick decision for as long as your objection runs. You ask for it at the court in your region. You pay a court fee for it. A lawyer or the Juridisch Loket can help you.

bezwaar-gronden-later = You will send your reasons later.
bezwaar-geen-documenten = No documents
bezwaar-rij-besluit = Decision of
bezwaar-rij-gronden = Why you disagree
bezwaar-controleren-titel = Check your objection
bezwaar-controleren-intro = Check that everything is right. Do you want to change something? Then choose Change.
bezwaar-versturen-titel = Send
bezwaar-versturen-tekst = When you press the button, the municipality receives your objection. You get an e-mail that we received it.

bezwaar-titel-verstuurd = Your objection
bezwaar-klaar-verstuurd = We received your objection.
bezwaar-klaar-mail = You also get an e-mail about it. On this page you see what happens with your objection.
bezwaar-klaar-aangevuld = We received your addition.
bezwaar-beslist-uiterlijk = The municipality decides by { $datum } at the latest.
bezwaar-beslist-uitleg = That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after { $datum }, the last day to object.
bezwaar-aanvullen-tot = Send your reasons by { $datum } at the latest.
bezwaar-aanvullen-te-laat = That day has passed. Send your reasons anyway, as soon as possible. The municipality then no longer has to deal with your objection. But it may.
bezwaar-aanvullen-zo-snel = Send your reasons as soon as possible. The municipality tells you until when you can.
bezwaar-aangevuld-na-termijn = The reasons came on { $datum }, after the date asked.
bezwaar-aanvulling-van = Addition of { $datum }
bezwaar-stappen-titel = What happened with your objection
bezwaar-stap-ingediend = You objected.
bezwaar-stap-ingediend-pro-forma = You objected. The reasons follow later.
bezwaar-stap-bevestigd = The municipality confirmed that it has your objection.
bezwaar-stap-aanvullen-tot = The municipality asked you to send your reasons, by { $datum } at the latest.
bezwaar-stap-aangevuld = You sent more explanation or documents.
bezwaar-stap-hoorzitting = The municipality invited you for a talk on { $datum } at { $tijd }. Place: { $plaats }.
bezwaar-stap-horen-afgezien = The municipality decides without a talk. The reason: { $reden }
bezwaar-stap-verdaagd = The municipality decides later. The reason: { $reden }
bezwaar-stap-beslist = The municipality decided on your objection.
bezwaar-stap-ingetrokken = You withdrew your objection.
bezwaar-beslissing-titel = The decision on your objection
bezwaar-beslissing-waarom = Why
bezwaar-beslissing-nieuw = The new decision
bezwaar-uitkomst-gegrond = You are right. The decision changes.
bezwaar-uitkomst-deels-gegrond = You are partly right. The decision changes in part.
bezwaar-uitkomst-ongegrond = You are not right. The decision stays as it was.
bezwaar-uitkomst-niet-ontvankelijk = The municipality does not deal with your objection. The decision stays as it was.
bezwaar-beroep = Do you disagree with this decision? Then you can appeal to the court. You can do that up to 6 weeks after the day the municipality sent the decision.
bezwaar-aanvullen-titel = Send your reasons
bezwaar-aanvullen-uitleg = Write why you disagree with the decision. You can also add documents.
bezwaar-aanvullen-label = Why do you disagree with the decision?
bezwaar-aanvullen-knop = Send reasons
bezwaar-aanvullen-leeg = Write what you want to add, or choose a document.
bezwaar-intrekken-titel = Withdraw objection
bezwaar-intrekken-link = I want to withdraw my objection
bezwaar-intrekken-uitleg = If you withdraw your objection, the municipality stops dealing with it. The decision stays as it is.
bezwaar-intrekken-opnieuw = Is the term to object still running? Then you can object again afterwards.
bezwaar-intrekken-knop = Yes, withdraw my objection

bezwaar-staf-titel = Objection on { $referentie }
bezwaar-staf-vastgelegd = Recorded. The resident gets an e-mail about it.
bezwaar-staf-ingetrokken = The resident withdrew this objection.
bezwaar-staf-gronden = Grounds of the objection
bezwaar-staf-pro-forma = No grounds yet: the resident sends them later (pro forma objection).
bezwaar-rij-ingediend = Objection received on
bezwaar-rij-termijn = Objection term
bezwaar-binnen-termijn = Within the term
bezwaar-na-termijn = After the term, which ran up to and including { $datum }. Judge whether the resident could be late (Awb article 6:11).
bezwaar-rij-beslissen = Decide by
bezwaar-staf-ontvangst = Confirm receipt
bezwaar-staf-ontvangst-uitleg = The resident gets an e-mail that the municipality has the objection (Awb article 6:14).
bezwaar-staf-aanvullen = Give a term for the grounds
bezwaar-staf-aanvullen-uitleg = The objection has no grounds yet. Give the resident a term to send them (Awb article 6:6).
bezwaar-staf-aanvullen-label = At the latest on
bezwaar-staf-hoorzitting = Plan a hearing
bezwaar-staf-datum = Date of the hearing
bezwaar-staf-tijd = Time
bezwaar-staf-tijd-hint = For example 14:30
bezwaar-staf-plaats = Place
bezwaar-staf-commissie-label = Who hears the resident?
bezwaar-staf-commissie = The advisory committee for objections
bezwaar-staf-horen-afgezien = Waive the hearing
bezwaar-staf-horen-reden = Why is there no hearing?
bezwaar-staf-horen-hint = Only in the cases of Awb article 7:3. For example: the objection is manifestly unfounded, or the resident does not want to be heard.
bezwaar-staf-verdagen = Postpone the decision
bezwaar-staf-verdagen-uitleg = This is possible once, by 6 weeks, and only before the decision term has passed (Awb article 7:10 paragraph 3).
bezwaar-staf-verdagen-reden = Why does the municipality decide later?
bezwaar-staf-beslissen = Decide on the objection
bezwaar-staf-uitkomst = Decision
bezwaar-staf-motivering = Reasons
bezwaar-staf-nieuw-besluit = The new decision
bezwaar-staf-nieuw-besluit-hint = Only when the decision changes: what the resident gets now, from when and for how long.

bezwaar-fout-datum = Enter a day, a month and a year.
bezwaar-fout-datum-bestaat-niet = This date does not exist.
bezwaar-fout-datum-na-vandaag = Choose a date after today.
bezwaar-fout-datum-voorbij = This date has passed.
bezwaar-fout-tijd = Enter a time like 14:30.
bezwaar-fout-leeg = Fill this in.
bezwaar-fout-te-lang = Use no more than { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
bezwaar-fout-uitkomst = Choose the decision.

bezwaar-mail-onderwerp = News about your objection ({ $referentie })
bezwaar-mail-ontvangen = We received your objection. The municipality decides by { $datum } at the latest.
bezwaar-mail-redenen-later = You will send your reasons later. Please do so as soon as possible.
bezwaar-mail-bevestigd = The municipality confirms that it has your objection.
bezwaar-mail-aanvullen = Send by { $datum } at the latest why you disagree with the decision.
bezwaar-mail-aangevuld = We received your addition to your objection.
bezwaar-mail-hoorzitting = The municipality invites you for a talk about your objection, on { $datum } at { $tijd }.
bezwaar-mail-geen-hoorzitting = The municipality decides on your objection without a talk. You can read why in the portal.
bezwaar-mail-verdaagd = The municipality decides on your objection later, by { $datum } at the latest.
bezwaar-mail-beslist = The municipality has decided on your objection. You can read the decision in the portal.
bezwaar-mail-ingetrokken = You withdrew your objection.
bezwaar-mail-knop = View your objection
bezwaar-mail-privacy = This e-mail says nothing about your situation. You read that only in the portal.
bezwaar-bekijken = View your objection
bezwaar-staf-link-titel = Objection
bezwaar-staf-link-ontvangen = Objection received on { $datum }.
bezwaar-staf-link = To the objection
bezwaar-staf-geen = No objection was made against the decision in this case.
bezwaar-beslist-uitleg-laat = That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after { $datum }, the day your objection came in. Your objection came after the last day to object.
bezwaar-staf-eerder = Documents with an earlier objection, which the resident withdrew
bezwaar-mail-ingebreke = The municipality received your letter saying it is late. Does the municipality not decide by { $datum }? Then it pays you money every day until it decides.
