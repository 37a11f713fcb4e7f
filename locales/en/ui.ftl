## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = Skip to main content
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = Error: { $titel } - { $gemeente }
ui-quick-exit = Leave this page quickly
ui-back-link = Back
ui-paginering-vorige = Previous page
ui-paginering-volgende = Next page
ui-paginering-pagina = { $nummer ->
       *[other] Page { $nummer }
    }
ui-paginering-van = { $aantal ->
        [one] Page { $nummer } of { $aantal }
       *[other] Page { $nummer } of { $aantal }
    }

ui-header-portal = loket
ui-header-nav-label = Menu
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = English
ui-header-signed-in-as = Signed in as { $email }
ui-header-my-loket = My loket
ui-header-back-office = Work queue
ui-header-sign-in = Sign in
ui-header-sign-out = Sign out

ui-footer-nav-label = About this website
ui-footer-accessibility = Accessibility
ui-footer-privacy = Privacy
ui-footer-contact = Contact
ui-footer-gemeente = Municipality of { $gemeente }

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = Error:
ui-error-summary-title = There is a problem
ui-date-input-hint = For example, 27 3 2026
ui-date-birth-hint = For example, 15 8 1956
ui-date-input-day = Day
ui-date-input-month = Month
ui-date-input-year = Year
ui-textarea-limit = You can use up to { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.
ui-file-upload-max = The file can be up to { $mb } MB.
ui-file-upload-meer = You can choose up to { $aantal ->
        [one] { $aantal } file
       *[other] { $aantal } files
    } at once. Each file can be up to { $mb } MB, { $samen } MB together.
ui-summary-list-change = Change
ui-notification-banner-info = Important
ui-notification-banner-success = Success
ui-notification-banner-problem = Something went wrong
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = We could not save what you entered. This is our fault, not yours.
ui-niet-bewaard-opnieuw = Your answers are still on this page. Please try again in a few minutes.
ui-step-indicator = Step { $stap } of { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = Done:
ui-timeline-current = Now:
ui-timeline-next = Next:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = Components
ui-gallery-intro = This page shows every part of the portal. It is for testers and developers.
ui-gallery-intro-forms = The forms on this page send nothing.
ui-gallery-contents = On this page
ui-gallery-normal = Without an error
ui-gallery-with-error = With an error
ui-gallery-send = Send

ui-gallery-text-input = Text input
ui-gallery-textarea = Text area
ui-gallery-radios = Radios
ui-gallery-checkboxes = Checkboxes
ui-gallery-date-input = Date input
ui-gallery-file-upload = File upload
ui-gallery-select = Select
ui-gallery-fieldset = Group of questions
ui-gallery-buttons = Buttons
ui-gallery-error-summary = Error summary
ui-gallery-hint-error = Hint and error message
ui-gallery-summary-list = Summary of answers
ui-gallery-panel = Confirmation
ui-gallery-banner = Notification banner
ui-gallery-step = Step in a form
ui-gallery-details = Details
ui-gallery-tags = Tags
ui-gallery-timeline = Timeline
ui-gallery-page = Page options
ui-gallery-page-text = At the top of this page is a back link. At the top right is a button to leave quickly.

ui-gallery-name-label = Full name
ui-gallery-name-hint = As it is in your passport.
ui-gallery-email-label = E-mail address
ui-gallery-email-error = Enter an e-mail address like name@example.com.
ui-gallery-phone-label = Phone number
ui-gallery-house-number-label = House number
ui-gallery-amount-label = Amount in euros
ui-gallery-story-label = What is your question?
ui-gallery-story-hint = Tell us in your own words what you need.
ui-gallery-story-error = Enter your question.
ui-gallery-help-label = Do you get help already?
ui-gallery-help-yes = Yes
ui-gallery-help-yes-hint = For example from family, neighbours or home care.
ui-gallery-help-no = No
ui-gallery-help-error = Select whether you get help already.
ui-gallery-needs-label = What do you need help with?
ui-gallery-needs-hint = Select all that apply to you.
ui-gallery-needs-household = Housework
ui-gallery-needs-moving = Moving in and around the house
ui-gallery-needs-transport = Transport
ui-gallery-needs-error = Select at least one subject.
ui-gallery-start-label = When did the problem start?
ui-gallery-birth-label = What is your date of birth?
ui-gallery-birth-hint = For example, 15 8 1956
ui-gallery-birth-error = Enter a date of birth that exists.
ui-gallery-file-label = Add a letter or report
ui-gallery-file-hint = Use a pdf, jpg or png.
ui-gallery-file-error = The file is too large. Choose a file of up to 10 MB.
ui-gallery-select-label = How would you like us to contact you?
ui-gallery-select-choose = Choose a way
ui-gallery-select-phone = Phone
ui-gallery-select-email = E-mail
ui-gallery-select-letter = Letter
ui-gallery-select-error = Choose how you would like us to contact you.
ui-gallery-address-legend = What is your address?
ui-gallery-address-hint = The address where you live.
ui-gallery-street-label = Street and house number
ui-gallery-postcode-label = Postcode
ui-gallery-city-label = Town or city
ui-gallery-button-secondary = Save and continue later
ui-gallery-button-warning = Delete
ui-gallery-button-link = Start now
ui-gallery-standalone-hint = This is a hint. It sits below a question.
ui-gallery-standalone-error = This is an error message. It says what is wrong.
ui-gallery-summary-address = Address
ui-gallery-panel-title = Request received
ui-gallery-panel-body = Your number is
ui-gallery-banner-info = You can send your plan up to 7 days after your request.
ui-gallery-banner-success = We have saved your details.
ui-gallery-step-name = Your situation
ui-gallery-details-summary = What is client support?
ui-gallery-details-text = A client supporter helps you for free. They are on your side, not on the side of the municipality.
ui-gallery-tag-neutral = Not started
ui-gallery-tag-info = In progress
ui-gallery-tag-success = Granted
ui-gallery-tag-warning = Waiting for you
ui-gallery-tag-error = Refused
ui-gallery-timeline-received = Request received
ui-gallery-timeline-received-text = We have received your request.
ui-gallery-timeline-talk = Conversation
ui-gallery-timeline-talk-text = An adviser talks with you about what you need.
ui-gallery-timeline-decision = Decision
ui-gallery-timeline-decision-text = You get a letter with our decision.

# The line on every page while someone acts for another person.
ui-namens-label = Who you are acting for
ui-namens-text = You are now acting for { $naam }.
ui-namens-switch = Switch
# Beside a file in a list.
ui-bestand-controle = we are still checking this file for viruses
ui-bestand-besmet = this file had a virus; we deleted it
ui-in-het-nederlands = The municipality wrote this in Dutch.
