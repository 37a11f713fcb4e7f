## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = Przejdź do treści
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = Błąd: { $titel } - { $gemeente }
ui-quick-exit = Szybko opuść tę stronę
ui-back-link = Wstecz
ui-paginering-vorige = Poprzednia strona
ui-paginering-volgende = Następna strona
ui-paginering-pagina = { $nummer ->
       *[other] Strona { $nummer }
    }
ui-paginering-van = { $aantal ->
        [one] Strona { $nummer } z { $aantal }
        [few] Strona { $nummer } z { $aantal }
        [many] Strona { $nummer } z { $aantal }
       *[other] Strona { $nummer } z { $aantal }
    }

ui-header-portal = loket
ui-header-nav-label = Menu
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = Polski
ui-header-signed-in-as = Zalogowano jako { $email }
ui-header-my-loket = Mój portal
ui-header-back-office = Lista zadań
ui-header-sign-in = Zaloguj się
ui-header-sign-out = Wyloguj się

ui-footer-nav-label = O tej stronie internetowej
ui-footer-accessibility = Dostępność
ui-footer-privacy = Prywatność
ui-footer-contact = Kontakt
ui-footer-gemeente = Gmina { $gemeente }

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = Błąd:
ui-error-summary-title = Wystąpił problem
ui-date-input-hint = Na przykład 27 3 2026
ui-date-birth-hint = Na przykład 15 8 1956
ui-date-input-day = Dzień
ui-date-input-month = Miesiąc
ui-date-input-year = Rok
ui-textarea-limit = Można użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
ui-file-upload-max = Plik może mieć najwyżej { $mb } MB.
ui-file-upload-meer = Można wybrać naraz najwyżej { $aantal ->
        [one] { $aantal } plik
        [few] { $aantal } pliki
        [many] { $aantal } plików
       *[other] { $aantal } pliku
    }. Każdy plik może mieć najwyżej { $mb } MB, a wszystkie razem najwyżej { $samen } MB.
ui-summary-list-change = Zmień
ui-notification-banner-info = Ważne
ui-notification-banner-success = Udało się
ui-notification-banner-problem = Coś poszło nie tak
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = Nie mogliśmy zapisać tego, co Państwo wpisali. To nasz błąd, nie Państwa.
ui-niet-bewaard-opnieuw = Państwa odpowiedzi są nadal na tej stronie. Proszę spróbować ponownie za kilka minut.
ui-step-indicator = Krok { $stap } z { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = Zrobione:
ui-timeline-current = Teraz:
ui-timeline-next = Potem:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = Komponenty
ui-gallery-intro = Na tej stronie są wszystkie elementy portalu. Strona jest dla testerów i twórców.
ui-gallery-intro-forms = Formularze na tej stronie niczego nie wysyłają.
ui-gallery-contents = Na tej stronie
ui-gallery-normal = Bez błędu
ui-gallery-with-error = Z błędem
ui-gallery-send = Wyślij

ui-gallery-text-input = Pole tekstowe
ui-gallery-textarea = Obszar tekstowy
ui-gallery-radios = Przyciski wyboru
ui-gallery-checkboxes = Pola wyboru
ui-gallery-date-input = Data
ui-gallery-file-upload = Dodawanie pliku
ui-gallery-select = Lista wyboru
ui-gallery-fieldset = Grupa pytań
ui-gallery-buttons = Przyciski
ui-gallery-error-summary = Lista błędów
ui-gallery-hint-error = Wyjaśnienie i komunikat o błędzie
ui-gallery-summary-list = Podsumowanie odpowiedzi
ui-gallery-panel = Potwierdzenie
ui-gallery-banner = Komunikat
ui-gallery-step = Krok w formularzu
ui-gallery-details = Tekst rozwijany
ui-gallery-tags = Etykiety
ui-gallery-timeline = Oś czasu
ui-gallery-page = Opcje strony
ui-gallery-page-text = Na górze tej strony jest link „Wstecz”. W prawym górnym rogu jest przycisk do szybkiego wyjścia.

ui-gallery-name-label = Imię i nazwisko
ui-gallery-name-hint = Tak jak w paszporcie.
ui-gallery-email-label = Adres e-mail
ui-gallery-email-error = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
ui-gallery-phone-label = Numer telefonu
ui-gallery-house-number-label = Numer domu
ui-gallery-amount-label = Kwota w euro
ui-gallery-story-label = Jakie jest Państwa pytanie?
ui-gallery-story-hint = Proszę opisać własnymi słowami, czego Państwo potrzebują.
ui-gallery-story-error = Proszę wpisać swoje pytanie.
ui-gallery-help-label = Czy już teraz otrzymują Państwo pomoc?
ui-gallery-help-yes = Tak
ui-gallery-help-yes-hint = Na przykład od rodziny, sąsiadów albo opieki domowej.
ui-gallery-help-no = Nie
ui-gallery-help-error = Proszę wybrać, czy już teraz otrzymują Państwo pomoc.
ui-gallery-needs-label = W czym potrzebują Państwo pomocy?
ui-gallery-needs-hint = Proszę wybrać wszystko, co Państwa dotyczy.
ui-gallery-needs-household = Prowadzenie domu
ui-gallery-needs-moving = Poruszanie się w domu i wokół domu
ui-gallery-needs-transport = Transport
ui-gallery-needs-error = Proszę wybrać co najmniej jeden temat.
ui-gallery-start-label = Kiedy zaczął się problem?
ui-gallery-birth-label = Jaka jest Państwa data urodzenia?
ui-gallery-birth-hint = Na przykład 15 8 1956
ui-gallery-birth-error = Proszę wpisać datę urodzenia, która istnieje.
ui-gallery-file-label = Proszę dodać list lub raport
ui-gallery-file-hint = Proszę użyć pliku pdf, jpg lub png.
ui-gallery-file-error = Plik jest za duży. Proszę wybrać plik do 10 MB.
ui-gallery-select-label = Jak chcą Państwo się z nami kontaktować?
ui-gallery-select-choose = Proszę wybrać sposób
ui-gallery-select-phone = Telefon
ui-gallery-select-email = E-mail
ui-gallery-select-letter = List
ui-gallery-select-error = Proszę wybrać, jak chcą Państwo się z nami kontaktować.
ui-gallery-address-legend = Jaki jest Państwa adres?
ui-gallery-address-hint = Adres, pod którym Państwo mieszkają.
ui-gallery-street-label = Ulica i numer domu
ui-gallery-postcode-label = Kod pocztowy
ui-gallery-city-label = Miejscowość
ui-gallery-button-secondary = Zapisz i dokończ później
ui-gallery-button-warning = Usuń
ui-gallery-button-link = Zacznij teraz
ui-gallery-standalone-hint = To jest wyjaśnienie. Znajduje się pod pytaniem.
ui-gallery-standalone-error = To jest komunikat o błędzie. Mówi, co jest nie tak.
ui-gallery-summary-address = Adres
ui-gallery-panel-title = Prośba otrzymana
ui-gallery-panel-body = Państwa numer to
ui-gallery-banner-info = Mogą Państwo wysłać swój plan w ciągu 7 dni od dzisiaj.
ui-gallery-banner-success = Zapisaliśmy Państwa dane.
ui-gallery-step-name = Państwa sytuacja
ui-gallery-details-summary = Co to jest wsparcie doradcy?
ui-gallery-details-text = Doradca wspierający pomaga Państwu bezpłatnie. Stoi po Państwa stronie, nie po stronie gminy.
ui-gallery-tag-neutral = Jeszcze nie rozpoczęto
ui-gallery-tag-info = W trakcie rozpatrywania
ui-gallery-tag-success = Przyznano
ui-gallery-tag-warning = Czeka na Państwa
ui-gallery-tag-error = Odrzucono
ui-gallery-timeline-received = Prośba otrzymana
ui-gallery-timeline-received-text = Otrzymaliśmy Państwa prośbę.
ui-gallery-timeline-talk = Rozmowa
ui-gallery-timeline-talk-text = Konsultant omawia z Państwem, czego Państwo potrzebują.
ui-gallery-timeline-decision = Decyzja
ui-gallery-timeline-decision-text = Otrzymają Państwo list z naszą decyzją.

# The line on every page while someone acts for another person.
ui-namens-label = W czyim imieniu Państwo działają
ui-namens-text = Działają Państwo teraz w imieniu: { $naam }.
ui-namens-switch = Zmień
# Beside a file in a list.
ui-bestand-controle = jeszcze sprawdzamy, czy w tym pliku nie ma wirusów
ui-bestand-besmet = w tym pliku był wirus; usunęliśmy go
ui-in-het-nederlands = Gmina napisała to po niderlandzku.
