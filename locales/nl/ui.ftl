## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = Naar de inhoud
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = Fout: { $titel } - { $gemeente }
ui-quick-exit = Snel weg van deze pagina
ui-back-link = Terug
ui-paginering-vorige = Vorige pagina
ui-paginering-volgende = Volgende pagina
ui-paginering-pagina = { $nummer ->
       *[other] Pagina { $nummer }
    }
ui-paginering-van = { $aantal ->
        [one] Pagina { $nummer } van { $aantal }
       *[other] Pagina { $nummer } van { $aantal }
    }

ui-header-portal = loket
ui-header-nav-label = Menu
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = Nederlands
ui-header-signed-in-as = Ingelogd als { $email }
ui-header-my-loket = Mijn loket
ui-header-back-office = Werkvoorraad
ui-header-sign-in = Inloggen
ui-header-sign-out = Uitloggen

ui-footer-nav-label = Over deze website
ui-footer-accessibility = Toegankelijkheid
ui-footer-privacy = Privacy
ui-footer-contact = Contact
ui-footer-gemeente = Gemeente { $gemeente }

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = Fout:
ui-error-summary-title = Er is een probleem
ui-date-input-hint = Bijvoorbeeld 27 3 2026
ui-date-birth-hint = Bijvoorbeeld 15 8 1956
ui-date-input-day = Dag
ui-date-input-month = Maand
ui-date-input-year = Jaar
ui-textarea-limit = U kunt maximaal { $aantal ->
        [one] { $aantal } teken
       *[other] { $aantal } tekens
    } gebruiken.
ui-file-upload-max = Het bestand mag maximaal { $mb } MB groot zijn.
ui-file-upload-meer = U kunt tot { $aantal ->
        [one] { $aantal } bestand
       *[other] { $aantal } bestanden
    } tegelijk kiezen. Elk bestand mag maximaal { $mb } MB groot zijn, samen maximaal { $samen } MB.
ui-summary-list-change = Wijzig
ui-notification-banner-info = Belangrijk
ui-notification-banner-success = Gelukt
ui-notification-banner-problem = Er ging iets mis
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = Wij konden niet bewaren wat u invulde. Dat is onze fout, niet die van u.
ui-niet-bewaard-opnieuw = Uw antwoorden staan nog op deze pagina. Probeer het over een paar minuten opnieuw.
ui-step-indicator = Stap { $stap } van { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = Gedaan:
ui-timeline-current = Nu:
ui-timeline-next = Hierna:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = Componenten
ui-gallery-intro = Op deze pagina staan alle onderdelen van het loket. De pagina is voor testers en bouwers.
ui-gallery-intro-forms = De formulieren op deze pagina versturen niets.
ui-gallery-contents = Op deze pagina
ui-gallery-normal = Zonder fout
ui-gallery-with-error = Met een fout
ui-gallery-send = Versturen

ui-gallery-text-input = Tekstveld
ui-gallery-textarea = Tekstvak
ui-gallery-radios = Keuzerondjes
ui-gallery-checkboxes = Vinkjes
ui-gallery-date-input = Datum
ui-gallery-file-upload = Bestand toevoegen
ui-gallery-select = Keuzelijst
ui-gallery-fieldset = Groep van vragen
ui-gallery-buttons = Knoppen
ui-gallery-error-summary = Overzicht van fouten
ui-gallery-hint-error = Uitleg en foutmelding
ui-gallery-summary-list = Overzicht van antwoorden
ui-gallery-panel = Bevestiging
ui-gallery-banner = Mededeling
ui-gallery-step = Stap in een formulier
ui-gallery-details = Uitklaptekst
ui-gallery-tags = Labels
ui-gallery-timeline = Tijdlijn
ui-gallery-page = Opties van de pagina
ui-gallery-page-text = Bovenaan deze pagina staat een link terug. Rechtsboven staat een knop om snel weg te gaan.

ui-gallery-name-label = Volledige naam
ui-gallery-name-hint = Zoals het in uw paspoort staat.
ui-gallery-email-label = E-mailadres
ui-gallery-email-error = Vul een e-mailadres in zoals naam@voorbeeld.nl.
ui-gallery-phone-label = Telefoonnummer
ui-gallery-house-number-label = Huisnummer
ui-gallery-amount-label = Bedrag in euro
ui-gallery-story-label = Wat is uw vraag?
ui-gallery-story-hint = Vertel in uw eigen woorden wat u nodig heeft.
ui-gallery-story-error = Vul uw vraag in.
ui-gallery-help-label = Krijgt u nu al hulp?
ui-gallery-help-yes = Ja
ui-gallery-help-yes-hint = Bijvoorbeeld van familie, buren of de thuiszorg.
ui-gallery-help-no = Nee
ui-gallery-help-error = Kies of u nu al hulp krijgt.
ui-gallery-needs-label = Waar heeft u hulp bij nodig?
ui-gallery-needs-hint = Kies alles wat bij u past.
ui-gallery-needs-household = Het huishouden
ui-gallery-needs-moving = Bewegen in en om het huis
ui-gallery-needs-transport = Vervoer
ui-gallery-needs-error = Kies minstens één onderwerp.
ui-gallery-start-label = Wanneer begon het probleem?
ui-gallery-birth-label = Wat is uw geboortedatum?
ui-gallery-birth-hint = Bijvoorbeeld 15 8 1956
ui-gallery-birth-error = Vul een geboortedatum in die bestaat.
ui-gallery-file-label = Voeg een brief of rapport toe
ui-gallery-file-hint = Gebruik een pdf, jpg of png.
ui-gallery-file-error = Het bestand is te groot. Kies een bestand tot 10 MB.
ui-gallery-select-label = Hoe wilt u contact?
ui-gallery-select-choose = Kies een manier
ui-gallery-select-phone = Telefoon
ui-gallery-select-email = E-mail
ui-gallery-select-letter = Brief
ui-gallery-select-error = Kies hoe u contact wilt.
ui-gallery-address-legend = Wat is uw adres?
ui-gallery-address-hint = Het adres waar u woont.
ui-gallery-street-label = Straat en huisnummer
ui-gallery-postcode-label = Postcode
ui-gallery-city-label = Woonplaats
ui-gallery-button-secondary = Opslaan en later verder
ui-gallery-button-warning = Verwijderen
ui-gallery-button-link = Begin nu
ui-gallery-standalone-hint = Dit is uitleg. Die staat onder een vraag.
ui-gallery-standalone-error = Dit is een foutmelding. Die zegt wat er mis is.
ui-gallery-summary-address = Adres
ui-gallery-panel-title = Vraag ontvangen
ui-gallery-panel-body = Uw nummer is
ui-gallery-banner-info = U kunt uw plan sturen tot 7 dagen na vandaag.
ui-gallery-banner-success = Wij hebben uw gegevens bewaard.
ui-gallery-step-name = Uw situatie
ui-gallery-details-summary = Wat is cliëntondersteuning?
ui-gallery-details-text = Een cliëntondersteuner helpt u gratis. Hij of zij staat aan uw kant, niet aan de kant van de gemeente.
ui-gallery-tag-neutral = Nog niet begonnen
ui-gallery-tag-info = In behandeling
ui-gallery-tag-success = Toegekend
ui-gallery-tag-warning = Wacht op u
ui-gallery-tag-error = Afgewezen
ui-gallery-timeline-received = Vraag ontvangen
ui-gallery-timeline-received-text = Wij hebben uw vraag ontvangen.
ui-gallery-timeline-talk = Gesprek
ui-gallery-timeline-talk-text = Een consulent bespreekt met u wat u nodig heeft.
ui-gallery-timeline-decision = Besluit
ui-gallery-timeline-decision-text = U krijgt een brief met ons besluit.

# The line on every page while someone acts for another person.
ui-namens-label = Voor wie u werkt
ui-namens-text = U werkt nu namens { $naam }.
ui-namens-switch = Wisselen
# Beside a file in a list.
ui-bestand-controle = wij controleren dit bestand nog op virussen
ui-bestand-besmet = hierin zat een virus; wij hebben het verwijderd
ui-in-het-nederlands = Dit schreef de gemeente in het Nederlands.
