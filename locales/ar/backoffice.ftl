## The back office (src/backoffice/): the work queue and the processing of a case by staff.
## Ids are backoffice-<page or part>-<element>.

backoffice-wachtrij-titel = Work queue
backoffice-wachtrij-intro = All open cases. Urgent cases come first, then the case whose deadline ends first.
backoffice-wachtrij-machtigingen = Check authorisations: signed forms and proof of representatives
backoffice-wachtrij-co = { $aantal ->
    [0] Client support: no requests where the municipality chooses who helps
    [one] Client support: 1 request where the municipality chooses who helps
   *[other] Client support: { $aantal } requests where the municipality chooses who helps
}
backoffice-wachtrij-caption = Open cases: { $aantal }
backoffice-wachtrij-caption-meer = Open cases: more than { $aantal ->
        [one] { $aantal }
       *[other] { $aantal }
    }
backoffice-wachtrij-leeg = There are no open cases that match this filter.
backoffice-wachtrij-paginas = Pages of the work queue

# Client support where the resident let the municipality choose who helps.
backoffice-co-lijst-titel = Client support: the municipality chooses who helps
backoffice-co-lijst-intro = These residents asked for free client support and let the municipality choose who helps. Choose an organisation or a client supporter. The resident then gets an e-mail.
backoffice-co-lijst-leeg = There are no requests where the municipality must choose.
backoffice-co-lijst-paginas = Pages of requests
backoffice-co-lijst-caption = { $aantal ->
    [one] 1 request
   *[other] { $aantal } requests
}
backoffice-co-kolom-vraag = Request
backoffice-co-kolom-op = Sent on
backoffice-co-kolom-voor = For whom
backoffice-co-kolom-praten = Help with talking
backoffice-co-kies-link = Choose who helps with { $referentie }
backoffice-co-voor-zelf = The resident
backoffice-co-voor-ander = { $naam } ({ $relatie })
backoffice-co-praten-geen = Not needed
backoffice-co-praten-tolk = An interpreter
backoffice-co-praten-tolk-taal = An interpreter for { $taal }
backoffice-co-praten-gebarentaal = A sign language interpreter
backoffice-co-klaar-gekozen = The choice is recorded. The resident gets an e-mail.
backoffice-co-klaar-al-gekozen = Someone already chose for this request.
backoffice-co-kiezen-titel = Choose who helps with { $referentie }
backoffice-co-kiezen-intro = The resident let the municipality choose. Choose an organisation, or a client supporter of an organisation.
backoffice-co-aanvrager = Asked by
backoffice-co-telefoon = Phone
backoffice-co-email = E-mail
backoffice-co-notitie = Message from the resident
backoffice-co-dossier = Case file
backoffice-co-dossier-ja = The client supporter may view the case file of the melding.
backoffice-co-dossier-nee = The client supporter may not view the case file.
backoffice-co-wie-label = Who helps?
backoffice-co-wie-hint = An organisation sees the request among its open requests and chooses a client supporter itself. A client supporter sees the request under My requests.
backoffice-co-wie-organisatie-hint = The organisation chooses who helps.
backoffice-co-wie-ondersteuner = { $naam } ({ $organisatie })
backoffice-co-knop = Choose and send the resident an e-mail
backoffice-co-geen-organisaties = The municipality's profile has no organisations for client support.
backoffice-co-fout-wie = Choose an organisation or a client supporter.
backoffice-filter-titel = Filter
backoffice-filter-fase = Phase
backoffice-filter-fase-alle = All phases
backoffice-filter-soort = Kind of case
backoffice-filter-soort-alle = All kinds
backoffice-filter-mijn = Assigned
backoffice-filter-mijn-ja = Only my cases
backoffice-filter-zoek = Search
backoffice-filter-zoek-hint = A case number or part of one, or a name.
backoffice-filter-knop = Apply filter
backoffice-kolom-referentie = Case
backoffice-kolom-soort = Kind
backoffice-kolom-fase = Phase
backoffice-kolom-consulent = Consultant
backoffice-kolom-termijn = Deadline
backoffice-niemand = nobody
backoffice-spoed = Urgent
backoffice-spoed-nog = { $uren ->
    [one] 1 hour left for temporary support
   *[other] { $uren ->
        [one] { $uren } hour
       *[other] { $uren } hours
    } left for temporary support
}
backoffice-spoed-te-laat = { $uren ->
    [one] Temporary support 1 hour late
   *[other] Temporary support { $uren ->
        [one] { $uren } hour
       *[other] { $uren } hours
    } late
}
backoffice-te-laat = Overdue
backoffice-bijna = Nearly due
backoffice-termijn-wat = { $wat } by { $datum }
backoffice-streefdatum = (target date)
backoffice-geen-termijn = No deadline for the municipality
backoffice-wat-onderzoek = Assessment
backoffice-wat-verslag = Report
backoffice-wat-besluit = Decision
backoffice-wat-bezwaar = Decision on objection
backoffice-soort-wmo-melding = Wmo notification
backoffice-soort-blijverslening = Home adaptation loan
backoffice-soort-kindpakket = Kindpakket (children's package)
backoffice-soort-uitdaagrecht = Right to challenge proposal

backoffice-fase-ontvangen = Received
backoffice-fase-gesprek-gepland = Talk planned
backoffice-fase-onderzocht = Assessed
backoffice-fase-verslag-verstuurd = Report sent
backoffice-fase-aanvraag-ontvangen = Application received
backoffice-fase-besloten = Decision sent
backoffice-fase-gesloten = Closed

backoffice-reden-titel = Open case { $referentie }
backoffice-reden-uitleg = This case is not assigned to you. Write down why you open it. This goes into the access log. You only need to do this once today for this case.
backoffice-reden-label = Why do you open this case?
backoffice-reden-knop = Open case
backoffice-oppakken-titel = Take the case
backoffice-oppakken-uitleg = Nobody handles this case yet. You can also take it at once.
backoffice-oppakken-knop = Take the case
backoffice-terug-wachtrij = Back to the work queue
backoffice-terug-zaak = Back to the case

backoffice-zaak-titel = Case { $referentie }
backoffice-klaar-opgepakt = The case is assigned to you.
backoffice-klaar-stap = Recorded: { $stap }.
backoffice-overzicht-titel = Overview
backoffice-rij-soort = Kind
backoffice-rij-fase = Phase
backoffice-rij-spoed = Urgent
backoffice-rij-ontvangen = Notification received
backoffice-rij-eerste-gesprek = First talk
backoffice-rij-consulent = Consultant
backoffice-rij-gesprek = Talk planned
backoffice-rij-geinformeerd = Informed about
backoffice-rij-tijdelijk = Temporary provision
backoffice-rij-open-vragen = Open questions to the resident
backoffice-gesprek-waarde = { $datum } at { $tijd }, { $plaats }
backoffice-ja = Yes
backoffice-nee = No
backoffice-onbekend = Not known yet
backoffice-termijnen-titel = Deadlines
backoffice-termijn-plan = Personal plan by
backoffice-termijn-onderzoek = Assessment by
backoffice-termijn-verslag = Report by
backoffice-termijn-besluit = Decision by
backoffice-termijn-bezwaar = Objection possible up to and including
backoffice-termijn-na-gesprek = Counted from the first talk
backoffice-termijn-volgende = Next deadline
backoffice-stappen-titel = Next steps
backoffice-stappen-geen = No steps are possible now.
backoffice-melding-titel = The notification
backoffice-plan-titel = Personal plan
backoffice-plan-geen = The resident has not handed in a personal plan.
backoffice-plan-concept = The resident is working on a personal plan, but has not handed it in yet.
backoffice-plan-ingeleverd = Handed in on { $datum }.
backoffice-plan-download = Download the plan ({ $naam })
backoffice-geschiedenis-titel = History
backoffice-geschiedenis-caption = Everything that happened on this case, oldest first
backoffice-geschiedenis-leeg = Nothing has been recorded yet.
backoffice-kolom-wanneer = When
backoffice-kolom-wie = Who
backoffice-kolom-wat = What
backoffice-door-inwoner = The resident
backoffice-door-medewerker = Member of staff
backoffice-door-beheerder = Administrator
backoffice-door-helper = Helper of the resident
backoffice-door-medeeigenaar = Co-owner of the home
backoffice-documenten-titel = Documents
backoffice-documenten-leeg = There are no documents.
backoffice-document-regel = { $naam } ({ $soort }, { $datum })
backoffice-docsoort-verslag = report
backoffice-docsoort-besluit = decision
backoffice-docsoort-inwoner = from the resident
backoffice-docsoort-medewerker = from the municipality
backoffice-met-pdf = With a PDF file.
backoffice-geen-eigen-bijdrage = no personal contribution

backoffice-g-toegewezen = Assigned to { $naam }
backoffice-g-gesprek-gepland = Talk planned
backoffice-g-geinformeerd = Informed
backoffice-g-tijdelijk = Temporary provision
backoffice-g-onderzoek = Assessment done
backoffice-g-verslag = Report sent
backoffice-g-reactie = Resident's comment on the report
backoffice-g-document = Document added
backoffice-g-vraag = Question to the resident
backoffice-g-antwoord = Answer from the resident
backoffice-g-aanvraag = Application received
backoffice-g-verdaagd = Decision postponed
backoffice-g-besluit = Decision sent
backoffice-g-bezwaar = Objection by the resident
backoffice-g-ingebrekestelling = Notice of default received
backoffice-g-gesloten = Case closed

backoffice-stap-gesprek = Plan the talk
backoffice-stap-geinformeerd = Record the information given to the resident
backoffice-stap-tijdelijk = Temporary provision when urgent
backoffice-stap-onderzoek = Record the assessment
backoffice-stap-verslag = Send the report
backoffice-stap-vraag = Question to the resident
backoffice-stap-aanvraag = Register the application
backoffice-stap-verdagen = Postpone the decision
backoffice-stap-ingebrekestelling = Record a written notice of default
backoffice-ingebreke-uitleg = The resident wrote to the municipality that it is late with the decision. Every letter counts, also one by post (Awb article 4:17). Two weeks after the day it was received, the penalty runs.
backoffice-veld-ingebreke-ontvangen = When did the municipality receive the letter?
backoffice-veld-ingebreke-hint = The date of the mail room stamp. For example 15 3 2026
backoffice-fout-ingebreke-te-vroeg = The term for the decision was still running then, up to and including { $datum }. A notice of default only counts after that. Ask the resident for a new letter if the decision has still not been sent by then.
backoffice-stap-besluit = Send the decision
backoffice-stap-sluiten = Close the case
backoffice-stap-knop = Record
backoffice-stap-zaak = Case { $referentie }

backoffice-veld-datum-gesprek = Date of the talk
backoffice-veld-tijd = Time
backoffice-veld-tijd-hint = For example 14:30
backoffice-veld-plaats = Where is the talk?
backoffice-plaats-thuis = At the resident's home
backoffice-plaats-gemeentehuis = At the town hall
backoffice-plaats-telefoon = By phone
backoffice-plaats-beeldbellen = Video call
backoffice-veld-toelichting = Note (optional)
backoffice-veld-toelichting-hint = For example who comes along. This is not in the e-mail to the resident.
backoffice-veld-geinformeerd = What did you tell the resident and the informal carer about?
backoffice-geinformeerd-co = Free client support
backoffice-geinformeerd-plan = The personal plan
backoffice-veld-tijdelijk-omschrijving = What temporary help does the resident get?
backoffice-veld-vanaf = From
backoffice-veld-gesprek-op = Date of the talk
backoffice-veld-onderwerpen = Topics discussed
backoffice-veld-onderwerpen-hint = Tick what was discussed in the talk.
backoffice-veld-levensgebieden = Areas of life
backoffice-veld-levensgebieden-hint = Ticked is what the resident chose in the notification.
backoffice-veld-uitkomst = Outcome of the assessment
backoffice-onderwerp-behoeften = Needs and limitations
backoffice-onderwerp-resultaat = Desired result
backoffice-onderwerp-eigen-kracht = Own strength and usual help
backoffice-onderwerp-mantelzorg = Informal care
backoffice-onderwerp-ondersteuning-mantelzorger = Support for the informal carer
backoffice-onderwerp-algemene-voorzieningen = General provisions
backoffice-onderwerp-maatwerk = Tailored provision
backoffice-onderwerp-samenwerking = Cooperation with other help
backoffice-onderwerp-cultuur-geloof = Culture and religion
backoffice-onderwerp-eigen-bijdrage = Personal contribution
backoffice-onderwerp-pgb = Choice between care in kind and a personal budget
backoffice-onderwerp-documenten = Documents needed
backoffice-onderwerp-identiteit = Identity
backoffice-veld-verslag-tekst = Report
backoffice-veld-verslag-hint = Write the report here, or choose a PDF file below. Both is fine too.
backoffice-veld-bestand = PDF file (optional)
backoffice-veld-vraag = Question
backoffice-veld-vraag-hint = For example: Send the quote for the stairlift.
backoffice-veld-voor = Answer by
backoffice-veld-schort = Deadline of the decision
backoffice-schort-ja = The deadline of the decision stands still until the answer arrives
backoffice-veld-ontvangen-op = Date of receipt
backoffice-veld-ontvangen-hint = The day the municipality received the application. From then on the municipality has 2 weeks for the decision.
backoffice-veld-voorzieningen = Provisions applied for
backoffice-voorziening-huishoudelijke-ondersteuning = Household support
backoffice-voorziening-begeleiding = Guidance
backoffice-voorziening-dagbesteding = Day activities
backoffice-voorziening-kortdurend-verblijf = Short stay
backoffice-voorziening-hulpmiddel = Aid
backoffice-voorziening-woningaanpassing = Home adaptation
backoffice-voorziening-vervoer = Transport
backoffice-voorziening-beschermd-wonen = Sheltered housing
backoffice-voorziening-overig = Other provision
backoffice-veld-nieuwe-datum = New last date of the decision
backoffice-veld-nieuwe-datum-hint = After { $datum }, the current deadline.
backoffice-veld-reden = Reason
backoffice-veld-verzonden-op = Date sent
backoffice-veld-motivering = General reasons
backoffice-veld-brief = Decision letter as PDF (optional)
backoffice-regel-legend = { $nummer }. { $voorziening }
backoffice-veld-omschrijving = Description
backoffice-veld-omschrijving-hint = In plain words, for example: Help with cleaning your home.
backoffice-veld-uitkomst-regel = Decision
backoffice-uitkomst-toegekend = Granted
backoffice-uitkomst-gedeeltelijk = Partly granted
backoffice-uitkomst-afgewezen = Refused
backoffice-veld-vorm = Form
backoffice-veld-vorm-hint = Not needed for a refusal.
backoffice-vorm-zin = Care in kind
backoffice-vorm-pgb = Personal budget (pgb)
backoffice-veld-ingang = Start date
backoffice-veld-einde = End date
backoffice-veld-einde-hint = At most 5 years after the start date.
backoffice-veld-omvang = Extent
backoffice-veld-omvang-hint = For example: 3 hours a week.
backoffice-veld-aanbieder = Provider
backoffice-veld-aanbieder-hint = Required for care in kind.
backoffice-veld-kostprijs = Cost price in euros
backoffice-veld-kostprijs-hint = For example 35,00. Required for care in kind.
backoffice-veld-bijdrage = Personal contribution per month in euros
backoffice-veld-bijdrage-hint = For example 21,60. Leave empty when no contribution is due.
backoffice-veld-pgb-bedrag = Personal budget in euros
backoffice-veld-pgb-bedrag-hint = Required for a personal budget.
backoffice-veld-pgb-berekening = Calculation of the personal budget
backoffice-veld-pgb-berekening-hint = Required for a personal budget.
backoffice-veld-reden-regel = Reasons
backoffice-veld-sluiten-reden = Why is the case closed?

backoffice-fout-leeg = Fill this in.
backoffice-fout-te-lang = Use at most { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
backoffice-fout-datum-leeg = Enter a date.
backoffice-fout-datum-onvolledig = Enter a day, a month and a year.
backoffice-fout-datum-bestaat-niet = This date does not exist. Enter a date like 27 3 2026.
backoffice-fout-datum-verleden = This date has passed. Choose today or a later day.
backoffice-fout-datum-toekomst = This date is in the future. Choose today or an earlier day.
backoffice-fout-datum-na-vandaag = Choose a day after today.
backoffice-fout-tijd = Enter a time like 14:30.
backoffice-fout-keuze = Choose one of the options.
backoffice-fout-minstens-een = Choose at least one.
backoffice-fout-bedrag = Enter an amount in euros, like 21,60.
backoffice-fout-bedrag-leeg = Enter the amount in euros, like 21,60.
backoffice-fout-bedrag-te-groot = This amount is too high. Check the amount.
backoffice-fout-verdagen-datum = Choose a date after { $datum }: that is the current deadline of the decision.
backoffice-fout-einde-voor-ingang = The end date must be after the start date.
backoffice-fout-einde-vijf-jaar = An indication lasts at most 5 years. Choose { $datum } or earlier.
backoffice-fout-verslag-leeg = Write the report or choose a PDF file.
backoffice-fout-bestand-pdf = The file must be a PDF.
backoffice-fout-bestand-leeg = The chosen file is empty.
backoffice-fout-bestand-te-groot = The file is larger than { $mb } MB.
backoffice-fout-reden = Write down why you open this case.
backoffice-fout-verdagen-te-laat = The term for the decision ended on { $datum }. An extension is only possible before the term ends (Awb 4:14).
backoffice-fout-gesprek-andere-dag = The talk was planned for { $gepland }. You filled in { $datum }. Was the talk really on another day? Then tick that below.
backoffice-veld-gesprek-op-gepland = The talk was planned for { $datum }.
backoffice-veld-gesprek-anders = Another day than planned
backoffice-veld-gesprek-anders-ja = The talk was on another day than planned
