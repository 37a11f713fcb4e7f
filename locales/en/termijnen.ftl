## "Calculate terms": a resident or helper enters what happened and when, and sees by when each next step is due.

termijnen-titel = Calculate terms
termijnen-intro = Fill in what happened and on which day. Then you see by when you or the municipality must act.
termijnen-intro-leeg = You do not have to fill in everything. Only fill in what you know.

termijnen-melding-label = When did you ask the municipality for help?
termijnen-melding-hint = That is the day the municipality received your report. For example 15 3 2026
termijnen-melding-hint-gesprek = In { $gemeente } that is the day of your first talk with the municipality. For example 15 3 2026
termijnen-aanvraag-label = When did the municipality receive your application?
termijnen-aanvraag-hint = For example 15 3 2026
termijnen-besluit-label = When did the municipality send you the decision?
termijnen-besluit-hint = That date is on the letter. For example 15 3 2026
termijnen-knop = Calculate the terms
termijnen-datum-onvolledig = Fill in a day, a month and a year.
termijnen-datum-bestaat-niet = This date does not exist. Fill in a date like 15 3 2026.

termijnen-uitkomst-titel = These are your terms
termijnen-vandaag = Today is { $datum }.
termijnen-loopt = Still running
termijnen-voorbij = Passed
termijnen-verlengd = At first the last day was { $datum }. That day is in the weekend or a public holiday. That is why the term is longer.
termijnen-delen = Do you want to keep this or send it to someone? Then copy the address of this page. Your dates are in it.

termijnen-plan-titel = Your own plan
termijnen-plan-tekst = You may hand in a { $begrip } up to and including { $datum }. You have { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after your report for this.
termijnen-plan-voorbij = You may still bring your plan to the talk with the municipality.
termijnen-onderzoek-titel = The talk with the municipality
termijnen-onderzoek-tekst = The municipality must talk with you about your situation. That is called the { $begrip }. It must be finished by { $datum }. That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your report.
termijnen-onderzoek-te-laat = Is the talk not finished yet? Then the municipality is late. You may then apply for the help yourself at once.
termijnen-besluit-titel = The decision on your application
termijnen-besluit-tekst = The municipality must send you its { $begrip } on { $datum } or earlier. That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after your application.
termijnen-besluit-te-laat = No decision yet? Then the municipality is late. Send the municipality a letter. That is called a { $begrip }.
termijnen-dwangsom = Does the municipality still not decide { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after it received your letter? Then it must pay you money. That is called a { $begrip }. It starts at { $eerste } a day. In total it is at most { $maximum }.
termijnen-bezwaar-titel = Objecting
termijnen-bezwaar-tekst = Do you disagree with the decision? Then you can make an { $begrip } up to and including { $datum }. That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after the day the municipality sent the decision.
termijnen-beslissing-bezwaar-titel = The decision on your objection
termijnen-beslissing-bezwaar-tekst = Do you make an { $begrip }? Then the municipality must decide by { $datum } at the latest. That is { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after the last day to object.
termijnen-beslissing-bezwaar-commissie = In { $gemeente } a committee discusses every objection. That is why it takes { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    }.
termijnen-beslissing-bezwaar-zonder = Does the municipality let a committee look at your objection? Then it takes { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    }: until { $datum }.
termijnen-beslissing-bezwaar-later = The municipality may make this date { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } later, once. It must then write to you before the date.
termijnen-bezwaar-voorbij = Were you late for a good reason? For example because you were in hospital? Send your objection anyway. Write why you are late.

termijnen-regels-titel = How do we count?
termijnen-regels-wet = The terms are set by law. Each term starts the day after what happened.
termijnen-regels-vrij = Is the last day a Saturday, Sunday or public holiday? Then the first working day after it still counts.
termijnen-kan-veranderen = This date may still change. The days off in { $jaar } are not fixed yet.
