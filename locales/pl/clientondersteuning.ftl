## Cliëntondersteuning: free, independent help for a resident during the whole procedure. The public page, the
## request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = Bezpłatna pomoc w Państwa sprawie w gminie
clientondersteuning-uitleg-intro = Mają Państwo pytanie do gminy o pomoc lub opiekę? Mogą Państwo poprosić kogoś, aby Państwu pomógł. Nazywa się to: { $begrip }.
clientondersteuning-uitleg-gratis = Ta pomoc jest bezpłatna. Nie płacą Państwo za nią nic, także później.
clientondersteuning-uitleg-wat-titel = Co robi doradca wspierający?
clientondersteuning-uitleg-wat-naast = Doradca wspierający jest przy Państwu. Pomaga Państwu wyjaśnić, o co Państwo proszą.
clientondersteuning-uitleg-wat-gesprek = Doradca może też pójść z Państwem na rozmowę z gminą. I pomaga, gdy nie rozumieją Państwo jakiegoś pisma.
clientondersteuning-uitleg-wat-beslist = Doradca wspierający stoi po Państwa stronie. Nie decyduje o Państwa sprawie. Robi to gmina.
clientondersteuning-uitleg-wie-titel = Kto może poprosić o tę pomoc?
clientondersteuning-uitleg-wie-iedereen = Każdy, kto mieszka w gminie { $gemeente } i ma sprawę do gminy.
clientondersteuning-uitleg-wie-mantelzorger = Także { $begrip }. Mogą Państwo poprosić o pomoc dla siebie lub dla osoby, której Państwo pomagają.
clientondersteuning-uitleg-wie-melding = Nie jest do tego potrzebne wcześniejsze { $begrip }. Mogą Państwo najpierw poprosić o tę pomoc.
clientondersteuning-uitleg-wie-moment = Mogą Państwo poprosić o nią zawsze: przed rozmową z gminą, w jej trakcie i po niej.
clientondersteuning-uitleg-organisaties-titel = Te organizacje Państwu pomagają
clientondersteuning-uitleg-aanvragen-titel = Prośba o pomoc
clientondersteuning-uitleg-aanvragen-tekst = Mogą Państwo poprosić o pomoc tutaj. Najpierw trzeba się zalogować. Potem wypełniają Państwo krótki formularz.
clientondersteuning-uitleg-aanvragen-knop = Poproś o bezpłatną pomoc
clientondersteuning-uitleg-aanvragen-zelf = Mogą Państwo też sami zadzwonić do organizacji lub napisać do niej e-mail.

clientondersteuning-telefoon = Telefon
clientondersteuning-email = E-mail
clientondersteuning-website = Strona internetowa

clientondersteuning-formulier-titel = Prośba o bezpłatną pomoc
clientondersteuning-formulier-intro = Tym formularzem proszą Państwo o bezpłatne { $begrip }. Potem organizacja skontaktuje się z Państwem.
clientondersteuning-formulier-gratis = Pomoc nic nie kosztuje. Organizacja nie decyduje o Państwa sprawie w gminie.
clientondersteuning-formulier-knop = Poproś o pomoc

clientondersteuning-voor-wie-label = Dla kogo proszą Państwo o pomoc?
clientondersteuning-voor-wie-zelf = Dla siebie
clientondersteuning-voor-wie-ander = Dla osoby, której pomagam
clientondersteuning-voor-wie-ander-hint = Na przykład dla partnera, rodzica albo dziecka.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = O osobie, której Państwo pomagają
clientondersteuning-ander-hint = Proszę to wypełnić tylko wtedy, gdy proszą Państwo o pomoc dla kogoś innego.
clientondersteuning-ander-naam-label = Imię i nazwisko tej osoby
clientondersteuning-ander-relatie-label = Kim jest dla Państwa ta osoba?
clientondersteuning-ander-relatie-hint = Na przykład: moja mama

clientondersteuning-organisatie-label = Którą organizację Państwo wybierają?
clientondersteuning-organisatie-hint = Wszystkie organizacje pomagają bezpłatnie. Nie wiedzą Państwo? Proszę pozwolić wybrać gminie.
clientondersteuning-organisatie-gemeente = Niech wybierze gmina

clientondersteuning-contact-legend = Jak organizacja może się z Państwem skontaktować?
clientondersteuning-contact-hint = Proszę wpisać numer telefonu albo adres e-mail. Można też wpisać oba.
clientondersteuning-telefoon-label = Numer telefonu
clientondersteuning-telefoon-hint = Na przykład 06 12345678
clientondersteuning-email-label = Adres e-mail

clientondersteuning-toegankelijkheid-label = Czy potrzebują Państwo pomocy w rozmowie?
clientondersteuning-toegankelijkheid-geen = Nie
clientondersteuning-toegankelijkheid-tolk = Tak, tłumacza
clientondersteuning-toegankelijkheid-tolk-hint = Osoby, która mówi w Państwa języku i tłumaczy.
clientondersteuning-toegankelijkheid-tolk-taal = Tak, tłumacza języka: { $taal }
clientondersteuning-toegankelijkheid-gebarentaal = Tak, tłumacza języka migowego
clientondersteuning-tolk-taal-label = Jakim językiem Państwo mówią?
clientondersteuning-tolk-taal-hint = Proszę to wypełnić tylko wtedy, gdy chcą Państwo tłumacza.

clientondersteuning-notitie-label = Chcą Państwo coś jeszcze powiedzieć? To nieobowiązkowe.
clientondersteuning-notitie-hint = Wyślemy to do organizacji. Proszę napisać tylko to, co organizacja musi wiedzieć.

clientondersteuning-fout-voor-wie = Proszę wybrać, dla kogo proszą Państwo o pomoc.
clientondersteuning-fout-ander-naam = Proszę wpisać imię i nazwisko osoby, której Państwo pomagają.
clientondersteuning-fout-ander-relatie = Proszę wpisać, kim jest dla Państwa ta osoba.
clientondersteuning-fout-organisatie = Proszę wybrać organizację. Albo pozwolić wybrać gminie.
clientondersteuning-fout-contact = Proszę wpisać numer telefonu albo adres e-mail.
clientondersteuning-fout-telefoon = Proszę wpisać numer telefonu, który ma co najmniej 10 cyfr. Na przykład 06 12345678.
clientondersteuning-fout-email = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
clientondersteuning-fout-toegankelijkheid = Proszę wybrać, czy potrzebują Państwo pomocy w rozmowie.
clientondersteuning-fout-te-lang = To jest za długie. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.

clientondersteuning-bevestiging-titel = Otrzymaliśmy Państwa prośbę
clientondersteuning-bevestiging-nummer = Państwa numer
clientondersteuning-bevestiging-mail = Wyślemy Państwu też e-mail z tym numerem.
clientondersteuning-bevestiging-nu-titel = Co będzie dalej?
clientondersteuning-bevestiging-belt = { $organisatie } skontaktuje się z Państwem w ciągu kilku dni roboczych.
clientondersteuning-bevestiging-gemeente-kiest = Gmina wybierze dla Państwa organizację. Ta organizacja skontaktuje się z Państwem w ciągu kilku dni roboczych.
clientondersteuning-status-gekozen = { $organisatie } Państwu pomaga. Gmina wybrała dla Państwa tę organizację. Organizacja skontaktuje się z Państwem w ciągu kilku dni roboczych.
clientondersteuning-bevestiging-gratis = Pomoc jest bezpłatna. Nic Państwo nie płacą.
clientondersteuning-bevestiging-gegevens-titel = Co Państwo nam wysłali
clientondersteuning-bevestiging-notitie = Państwa wiadomość
clientondersteuning-bevestiging-mijn-loket = Do strony Mój portal

clientondersteuning-mail-inwoner-onderwerp = Państwa prośba o bezpłatną pomoc: { $referentie }
clientondersteuning-mail-inwoner-tekst = Otrzymaliśmy Państwa prośbę o bezpłatną pomoc. Państwa numer to { $referentie }.
clientondersteuning-mail-inwoner-knop = Zobacz swoją prośbę
clientondersteuning-mail-gekozen-onderwerp = { $organisatie } Państwu pomaga
clientondersteuning-mail-gekozen-tekst = Pozwolili Państwo gminie wybrać, kto pomoże Państwu w sprawie { $referentie }. Gmina wybrała: { $organisatie }.
clientondersteuning-mail-ondersteuner-onderwerp = Gmina prosi Państwa o pomoc: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = Gmina wybrała Państwa jako doradcę wspierającego w sprawie { $referentie }.
clientondersteuning-mail-ondersteuner-loket = Proszę zalogować się do portalu. W części Moje prośby zobaczą Państwo, komu pomagają i jak skontaktować się z tą osobą.
clientondersteuning-mail-ondersteuner-knop = Do Państwa klientów
clientondersteuning-mail-organisatie-onderwerp = Prośba o wsparcie doradcy: { $referentie }
clientondersteuning-mail-organisatie-tekst = Mieszkaniec gminy { $gemeente } prosi Państwa o bezpłatne wsparcie doradcy.
clientondersteuning-mail-organisatie-kies = Mieszkaniec gminy { $gemeente } prosi o bezpłatne wsparcie doradcy. Nie ma preferencji co do organizacji. Proszę wybrać w portalu, kto pomoże: na liście zadań, w części Wsparcie doradcy.
clientondersteuning-mail-organisatie-bellen = Proszę skontaktować się z mieszkańcem w ciągu kilku dni roboczych.
clientondersteuning-mail-nummer = Numer
clientondersteuning-mail-voor-wie = Dla kogo
clientondersteuning-mail-toegankelijkheid = Pomoc w rozmowie
clientondersteuning-mail-notitie-in-loket = Do prośby dołączono wiadomość od mieszkańca. Ta wiadomość jest w portalu, przy prośbie { $referentie }. Proszę się zalogować, aby ją przeczytać.
clientondersteuning-mail-organisatie-aanhef = Szanowni Państwo,
clientondersteuning-bij-melding = Ta prośba dotyczy Państwa zgłoszenia { $referentie }.
clientondersteuning-mail-melding = Zgłoszenie
clientondersteuning-inzage-label = Czy doradca wspierający może oglądać akta Państwa sprawy?
clientondersteuning-inzage-hint = Nie muszą Państwo się na to zgadzać. Doradca wspierający będzie wtedy widział, co dzieje się z Państwa zgłoszeniem. Nie może niczego zmienić. Mogą Państwo to zawsze zakończyć.
clientondersteuning-inzage-ja = Tak, doradca wspierający może oglądać akta mojej sprawy
clientondersteuning-bevestiging-opgepakt = { $naam } z organizacji { $organisatie } Państwu pomaga. Ta osoba skontaktuje się z Państwem.
