# The right to challenge for staff: list, assessment in steps, questions and decision.

uitdaagrecht-medewerker-titel = Right to challenge: proposals
uitdaagrecht-medewerker-intro = Open proposals first, oldest at the top. Then the proposals with a decision.
uitdaagrecht-medewerker-leeg = There are no proposals.
uitdaagrecht-medewerker-caption = { $aantal ->
        [one] { $aantal } proposal
       *[other] { $aantal } proposals
    }
uitdaagrecht-medewerker-kolom-voorstel = Proposal
uitdaagrecht-medewerker-kolom-initiatief = Initiative
uitdaagrecht-medewerker-kolom-status = Status
uitdaagrecht-medewerker-kolom-verstuurd = Sent
uitdaagrecht-medewerker-detail-titel = Proposal { $referentie }
uitdaagrecht-medewerker-openbaar = The initiative has made this proposal public. Your decision and explanation go on the public page.
uitdaagrecht-medewerker-niet-openbaar = The proposal is not public. Only the members read your decision.
uitdaagrecht-medewerker-initiatief = The initiative
uitdaagrecht-medewerker-geen-vragen = No questions asked yet.
uitdaagrecht-medewerker-wacht-op-antwoord = No answer yet.
uitdaagrecht-medewerker-gesprek-titel = Start talks
uitdaagrecht-medewerker-gesprek-knop = Set status to in talks, send message
uitdaagrecht-medewerker-vraag-titel = Ask a question
uitdaagrecht-medewerker-vraag-knop = Send question
uitdaagrecht-medewerker-besluit-titel = Decide
uitdaagrecht-medewerker-besluit-knop = Record and send the decision
uitdaagrecht-medewerker-te-laat = Not recorded: a colleague has moved the proposal on meanwhile. Below you see where it stands now.
uitdaagrecht-bericht-label = Message to the initiative
uitdaagrecht-bericht-hint = For example when and where the talk is, and who will be there. All members get this message.
uitdaagrecht-bericht-leeg = Write a message to the initiative.
uitdaagrecht-vraag-label = Your question
uitdaagrecht-vraag-hint = The initiative answers the question in the portal. You see the answer here.
uitdaagrecht-vraag-leeg = Write your question.
uitdaagrecht-uitkomst-label = Decision
uitdaagrecht-uitkomst-leeg = Choose a decision.
uitdaagrecht-toelichting-label = Explanation of the decision
uitdaagrecht-toelichting-hint = Write why the municipality decides this way. For a public proposal, everyone reads this explanation.
uitdaagrecht-toelichting-leeg = Write the explanation of the decision.
uitdaagrecht-gebeurtenis-ingediend = The proposal was sent.
uitdaagrecht-gebeurtenis-gesprek = The municipality invited the initiative to talk.
uitdaagrecht-gebeurtenis-vraag = The municipality asked a question.
uitdaagrecht-gebeurtenis-antwoord = The initiative answered.
uitdaagrecht-gebeurtenis-besloten = Decision: { $uitkomst }
