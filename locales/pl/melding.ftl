## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = Chcą Państwo pomocy przy wypełnianiu albo podczas rozmowy? Zawsze mogą Państwo otrzymać bezpłatne { $begrip }.
melding-verder = Dalej
melding-later = Zapisz i dokończ później

melding-start-titel = Prośba o pomoc w mieszkaniu, opiece lub udziale w życiu z innymi
melding-start-intro = Proszę powiedzieć gminie, jakiej pomocy Państwo potrzebują. To jest { $begrip }.
melding-start-voor-ander = Mogą Państwo to zrobić także dla osoby, której Państwo pomagają.
melding-start-duur = Wypełnienie trwa około 10 minut.
melding-start-bewaard = Mogą Państwo w każdej chwili przerwać. Państwa odpowiedzi zostaną zapisane.
melding-start-niet-alles = Nie muszą Państwo jeszcze wszystkiego wiedzieć. Potem gmina z Państwem porozmawia.
melding-start-knop = Zacznij
melding-start-hervatten = Kontynuuj prośbę, którą Państwo już zaczęli
melding-start-inloggen-tekst = Proszę się najpierw zalogować. Wtedy możemy zapisać Państwa odpowiedzi.
melding-start-inloggen = Zaloguj się

melding-hervatten-titel = Kontynuacja Państwa prośby
melding-hervatten-tekst = Zapisali Państwo wcześniej prośbę? Proszę wpisać kod, który Państwo otrzymali.
melding-hervatten-label = Państwa kod
melding-hervatten-hint = Na przykład K7P2-QX9M
melding-hervatten-knop = Dalej
melding-hervatten-fout-leeg = Proszę wpisać swój kod.
melding-hervatten-fout-onbekend = Nie znaleźliśmy prośby z tym kodem. Proszę sprawdzić, czy kod został dobrze przepisany.

melding-naam-voor-wie = Dla kogo
melding-naam-de-ander = Osoba, której Państwo pomagają
melding-naam-spoed = Pilna sprawa
melding-naam-hulpvraag = Państwa prośba
melding-naam-gebieden = Tematy
melding-naam-huishouden = Kto mieszka w domu
melding-naam-gesprek = Przy rozmowie
melding-naam-co = Bezpłatna pomoc w Państwa sprawie
melding-naam-gegevens = Kogo to dotyczy
melding-naam-contact = Kontakt
melding-naam-toestemming = Zgoda

melding-voor-wie-titel = Dla kogo proszą Państwo o pomoc?
melding-voor-wie-vraag = Proszę wybrać, co pasuje
melding-keuze-voor-wie-zelf = Dla siebie
melding-keuze-voor-wie-ander = Dla osoby, której pomagam
melding-keuze-voor-wie-namens = Dla osoby: { $naam }

melding-de-ander-titel = O osobie, której Państwo pomagają
melding-de-ander-uitleg = Proszą Państwo o pomoc dla kogoś innego. Proszę napisać, kto to jest.
melding-de-ander-naam = Jak nazywa się ta osoba?
melding-de-ander-relatie = Kim jest dla Państwa ta osoba?
melding-keuze-relatie-partner = Mój partner lub moja partnerka
melding-keuze-relatie-ouder = Mój ojciec lub moja matka
melding-keuze-relatie-kind = Moje dziecko
melding-keuze-relatie-familie = Ktoś inny z mojej rodziny
melding-keuze-relatie-vriend-buur = Przyjaciel, przyjaciółka, sąsiad lub sąsiadka
melding-keuze-relatie-clientondersteuner = Jestem doradcą wspierającym tej osoby
melding-keuze-relatie-anders = Inna odpowiedź
melding-de-ander-toestemming = Czy ta osoba o tym wie?
melding-de-ander-toestemming-hint = Można prosić o pomoc tylko dla osoby, która się na to zgadza.
melding-de-ander-toestemming-ja = Ta osoba wie, że proszę o pomoc, i zgadza się na to.

melding-spoed-titel = Czy teraz jest niebezpiecznie lub sprawa jest bardzo pilna?
melding-spoed-112 = Czy jest teraz bezpośrednie zagrożenie? Proszę od razu zadzwonić pod numer 112.
melding-spoed-gevaar = Czy ktoś w domu jest w niebezpieczeństwie?
melding-spoed-gevaar-hint = Na przykład z powodu przemocy, gróźb lub zaniedbania.
melding-spoed-zorg = Czy dzisiaj lub jutro w domu nie da się już poradzić sobie bez pomocy?
melding-spoed-zorg-hint = Na przykład dlatego, że osoba, która się opiekuje, nagle zachorowała.
melding-keuze-ja = Tak
melding-keuze-nee = Nie

melding-spoedroute-titel = Proszę skontaktować się teraz
melding-spoedroute-tekst = Piszą Państwo, że sprawa jest pilna. Dlatego proszę skontaktować się teraz. Proszę nie czekać do końca tego formularza.
melding-spoedroute-daarna-titel = Potem
melding-spoedroute-daarna = Zadzwonili Państwo? Wtedy mogą Państwo tutaj dokończyć swoją prośbę. Można to zrobić także później.
melding-spoedroute-verder = Kontynuuj prośbę

melding-hulpvraag-titel = W czym chcą Państwo otrzymać pomoc?
melding-hulpvraag-vraag = Państwa prośba
melding-hulpvraag-hint = Proszę opisać własnymi słowami, co się nie udaje. I czego by Państwo chcieli.

melding-gebieden-titel = Czego dotyczy Państwa prośba?
melding-gebieden-vraag = Tematy
melding-gebieden-hint = Proszę wybrać wszystko, co pasuje.
melding-keuze-gebied-verzorging = Dbanie o siebie i prowadzenie domu
melding-keuze-gebied-lichaam = Państwa ciało i zdrowie
melding-keuze-gebied-gevoel = Jak się Państwo czują i co myślą
melding-keuze-gebied-wonen = Państwa dom i okolica
melding-keuze-gebied-geld = Pieniądze i dokumenty
melding-keuze-gebied-contact = Kontakt z innymi ludźmi
melding-keuze-gebied-dag = Co Państwo robią w ciągu dnia
melding-keuze-gebied-thuis = Jak się mają domownicy
melding-keuze-gebied-kinderen = Wychowanie dzieci
melding-keuze-gebied-verslaving = Uzależnienie, na przykład od alkoholu lub hazardu
melding-keuze-gebied-mantelzorg = Pomoc dla osoby, która się Państwem opiekuje

melding-huishouden-titel = Kto mieszka w domu?
melding-huishouden-waarom = Domownicy czasem wykonują część prac w domu. Dlatego gmina o to pyta.
melding-huishouden-vraag = Proszę wybrać, co pasuje
melding-keuze-huishouden-alleen = Mieszkam sam lub sama
melding-keuze-huishouden-alleen-namens = { $naam } mieszka w pojedynkę
melding-keuze-huishouden-partner = Z partnerem lub partnerką
melding-keuze-huishouden-partner-kinderen = Z partnerem lub partnerką i z dziećmi
melding-keuze-huishouden-kinderen = Z dziećmi, bez partnera lub partnerki
melding-keuze-huishouden-anderen = Z innymi osobami
melding-huisgenoten = Kto jeszcze mieszka w domu?
melding-huisgenoten-hint = Proszę podać wiek każdej osoby. Na przykład: mój mąż (80), mój syn (45). To nieobowiązkowe.

melding-gesprek-titel = Kogo chcą Państwo mieć przy rozmowie?
melding-gesprek-uitleg = Gmina rozmawia z Państwem o Państwa prośbie. Często odbywa się to u Państwa w domu. Ta rozmowa to { $begrip }.
melding-gesprek-vraag = Kto będzie przy rozmowie?
melding-gesprek-hint = Mogą Państwo zaprosić kogoś na rozmowę. Proszę wybrać wszystko, co pasuje.
melding-keuze-erbij-mantelzorger = Osoba, która się mną opiekuje
melding-keuze-erbij-familie = Ktoś z mojej rodziny
melding-keuze-erbij-mantelzorger-namens = Osoba, która opiekuje się osobą { $naam }
melding-keuze-erbij-familie-namens = Ktoś z rodziny osoby { $naam }
melding-keuze-erbij-clientondersteuner = Doradca wspierający
melding-keuze-erbij-iemand = Ktoś inny
melding-keuze-erbij-niemand = Nikt
melding-gesprek-naam = Kto to jest?
melding-gesprek-naam-hint = Na przykład imię i nazwisko oraz numer telefonu. To nieobowiązkowe.

melding-co-titel = Chcą Państwo bezpłatnej pomocy w swojej sprawie?
melding-co-wat = Doradca wspierający pomaga Państwu w sprawie, z którą zwracają się Państwo do gminy. Może też pójść z Państwem na rozmowę.
melding-co-gratis = Ta pomoc jest bezpłatna. Nigdy Państwo za nią nie płacą.
melding-co-beslist-niet = Doradca wspierający jest po Państwa stronie. Nie decyduje o Państwa sprawie.
melding-co-vraag = Chcą Państwo doradcy wspierającego?
melding-keuze-wens-ja = Tak, poproszę
melding-keuze-wens-nee = Nie, nie teraz
melding-keuze-wens-weet-niet = Jeszcze nie wiem
melding-co-organisatie = Kto może Państwu pomóc?
melding-co-organisatie-hint = Tylko jeśli wybiorą Państwo „Tak, poproszę”. Wtedy poprosimy o tę pomoc za Państwa, gdy wyślą Państwo zgłoszenie.
melding-co-organisatie-gemeente = Niech wybierze gmina

melding-contact-titel = Jak gmina ma się z Państwem kontaktować?
melding-contact-namens = Gmina skontaktuje się z osobą { $naam }. Dlatego proszę wpisać numer telefonu i adres e-mail osoby { $naam }.
melding-contact-vraag = Jaki sposób kontaktu Państwo wybierają?
melding-keuze-contact-telefoon = Telefon
melding-keuze-contact-email = E-mail
melding-keuze-contact-brief = List
melding-contact-telefoon = Numer telefonu
melding-contact-telefoon-hint = Proszę to wpisać, jeśli możemy do Państwa dzwonić.
melding-contact-telefoon-hint-namens = Proszę to wpisać, jeśli gmina może dzwonić do osoby { $naam }.
melding-contact-email = Adres e-mail
melding-contact-email-hint = Na ten adres wyślemy też potwierdzenie.
melding-contact-email-hint-namens = Na ten adres gmina skontaktuje się z osobą { $naam }.
melding-contact-tijden = Kiedy najlepiej do Państwa dzwonić?
melding-contact-tijden-hint = Na przykład: we wtorek rano. To nieobowiązkowe.
melding-contact-tolk = Czy potrzebują Państwo pomocy podczas rozmowy?
melding-keuze-tolk-geen = Nie
melding-keuze-tolk-tolk = Tak, tłumacza
melding-keuze-tolk-gebarentaal = Tak, tłumacza języka migowego
melding-contact-tolk-taal = Jakim językiem Państwo mówią?
melding-contact-tolk-taal-hint = Proszę to wpisać, jeśli chcą Państwo tłumacza.
melding-contact-postadres = Czy listy mają przychodzić na inny adres?
melding-contact-postadres-hint = Proszę to wpisać tylko wtedy, gdy chcą Państwo dostawać listy na inny adres niż adres zamieszkania. Na przykład na adres zarządcy majątku.
melding-gegevens-titel = Kogo dotyczy zgłoszenie?
melding-gegevens-waarom = Gmina musi wiedzieć, komu pomaga. Dlatego pytamy o imię i nazwisko, datę urodzenia i adres.
melding-gegevens-naam = Imię i nazwisko
melding-gegevens-geboren = Data urodzenia
melding-gegevens-geboren-op = Data urodzenia: { $datum }
melding-gegevens-adres = Adres zamieszkania
melding-adres-straat = Ulica i numer domu
melding-adres-postcode = Kod pocztowy
melding-adres-postcode-hint = Na przykład 2665 AB
melding-adres-plaats = Miejscowość

melding-toestemming-titel = Czy gmina może używać Państwa danych?
melding-toestemming-nodig = Gmina potrzebuje Państwa danych, aby zająć się Państwa prośbą.
melding-toestemming-gezondheid = Chodzi też o dane o Państwa zdrowiu. Są one szczególnie wrażliwe.
melding-toestemming-alleen = Gmina używa Państwa danych tylko do tej prośby.
melding-toestemming-wie = Mogą je zobaczyć tylko pracownicy, którzy zajmują się Państwa prośbą.
melding-toestemming-privacy = Więcej o Państwa prywatności
melding-toestemming-vraag = Zgoda
melding-toestemming-ja = Zgadzam się, aby gmina używała moich danych do tej prośby.
melding-toestemming-ja-namens = Zgadzam się, aby gmina używała danych osoby { $naam } do tej prośby.

melding-later-titel = Zapisaliśmy Państwa odpowiedzi
melding-later-code = Państwa kod
melding-later-schrijf-op = Do tego kod nie jest potrzebny. Kod jest potrzebny tylko wtedy, gdy dzwonią Państwo do gminy w sprawie swojej prośby.
melding-later-hoe = Proszę zalogować się później ponownie. Można to zrobić na tym telefonie lub komputerze albo na innym. Potem proszę wybrać swoją prośbę na stronie Mój portal.
melding-later-bellen = Proszę wtedy zapisać ten kod. Proszę podać kod przez telefon. Wtedy gmina znajdzie Państwa odpowiedzi.
melding-later-mijn-loket = Państwa prośba jest na stronie Mój portal. Tam mogą Państwo później kontynuować.
melding-later-nu-verder = Kontynuuj teraz
melding-later-naar-mijn-loket = Do strony Mój portal

melding-controleren-titel = Proszę sprawdzić swoje odpowiedzi
melding-controleren-tekst = Czy wszystko się zgadza? Przyciskiem „Zmień” mogą Państwo poprawić odpowiedź.
melding-controleren-leeg = Jeszcze nie wypełniono
melding-controleren-fout-open = Proszę jeszcze odpowiedzieć na to pytanie.
melding-controleren-versturen-titel = Wysyłanie
melding-controleren-versturen-tekst = Gdy Państwo klikną przycisk, gmina otrzyma Państwa { $begrip }.
melding-controleren-knop = Wyślij

melding-datum-plan = Mogą Państwo złożyć { $begrip } do { $datum } włącznie. Nie jest to obowiązkowe.
melding-datum-onderzoek = Gmina porozmawia z Państwem najpóźniej { $datum }. Ta rozmowa to { $begrip }.
melding-datum-na-gesprek = Terminy zaczynają biec od Państwa pierwszej rozmowy z gminą. Potem zobaczą Państwo daty na stronie Mój portal.

melding-bevestiging-titel = Gmina otrzymała Państwa prośbę
melding-bevestiging-paneel = Udało się
melding-bevestiging-nummer = Państwa numer to
melding-bevestiging-ontvangen = Gmina otrzymała Państwa prośbę { $datum }.
melding-bevestiging-mail = Otrzymają Państwo też e-mail z tymi informacjami.
melding-bevestiging-nu-titel = Co będzie dalej?
melding-bevestiging-co = Chcą Państwo bezpłatnej pomocy doradcy wspierającego.
melding-bevestiging-co-link = Poproś teraz o tę pomoc
melding-bevestiging-co-gevraagd = Poprosili Państwo też o bezpłatną pomoc doradcy wspierającego. Poprosiliśmy o tę pomoc za Państwa. Numer to { $referentie }.
melding-bevestiging-co-bekijk = Zobacz swoją prośbę o pomoc
melding-bevestiging-bewijs = Zobacz lub wydrukuj swoje odpowiedzi
melding-bevestiging-mijn-loket = Do strony Mój portal

melding-bewijs-titel = Państwa odpowiedzi
melding-bewijs-ontvangen = Data otrzymania
melding-bewijs-printen = Chcą Państwo mieć to na papierze? Proszę użyć przycisku drukowania w przeglądarce.

melding-mail-onderwerp = Gmina otrzymała Państwa prośbę { $referentie }
melding-mail-ontvangen = Poprosili Państwo gminę { $gemeente } o pomoc. Państwa numer to { $referentie }.
melding-mail-contact = Gmina skontaktuje się z Państwem. Razem ustalą Państwo termin rozmowy.
melding-mail-knop = Zobacz swoją prośbę

melding-fout-voor-wie = Proszę wybrać, dla kogo proszą Państwo o pomoc.
melding-fout-ander-naam = Proszę wpisać imię i nazwisko osoby, której Państwo pomagają.
melding-fout-ander-relatie = Proszę wybrać, kim jest dla Państwa ta osoba.
melding-fout-ander-toestemming = Proszę najpierw zapytać tę osobę, czy się zgadza. Potem proszę zaznaczyć pole.
melding-fout-spoed = Proszę wybrać tak lub nie.
melding-fout-hulpvraag = Proszę napisać, w czym chcą Państwo otrzymać pomoc.
melding-fout-levensgebieden = Proszę wybrać co najmniej jeden temat.
melding-fout-huishouden = Proszę wybrać, z kim Państwo mieszkają.
melding-fout-gesprek = Proszę wybrać, kto będzie przy rozmowie. Albo wybrać „Nikt”.
melding-fout-gesprek-niemand = Wybrali Państwo „Nikt” i jeszcze kogoś. Proszę wybrać jedno z dwojga.
melding-fout-clientondersteuning = Proszę wybrać, czy chcą Państwo doradcy wspierającego.
melding-fout-co-organisatie = Proszę wybrać, kto może Państwu pomóc. Mogą Państwo też pozwolić wybrać gminie.
melding-fout-naam = Proszę wpisać imię i nazwisko.
melding-fout-geboren-leeg = Proszę wpisać datę urodzenia.
melding-fout-geboren = Proszę wpisać datę urodzenia, która istnieje. Na przykład 15 8 1956.
melding-fout-geboren-toekomst = Data urodzenia nie może być późniejsza niż dzisiaj.
melding-fout-straat = Proszę wpisać ulicę i numer domu.
melding-fout-postcode-leeg = Proszę wpisać kod pocztowy.
melding-fout-postcode = Proszę wpisać kod pocztowy w takiej formie: 2665 AB. Cztery cyfry i dwie litery.
melding-fout-plaats = Proszę wpisać miejscowość.
melding-fout-contact-manier = Proszę wybrać sposób kontaktu.
melding-fout-telefoon = Proszę wpisać numer telefonu w takiej formie: 06 1234 5678.
melding-fout-telefoon-leeg = Proszę wpisać swój numer telefonu. Albo wybrać inny sposób kontaktu.
melding-fout-email = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
melding-fout-email-leeg = Proszę wpisać swój adres e-mail. Albo wybrać inny sposób kontaktu.
melding-fout-tolk = Proszę wybrać, czy potrzebują Państwo pomocy podczas rozmowy.
melding-fout-tolk-taal = Proszę wpisać, jakim językiem Państwo mówią.
melding-fout-toestemming = Bez Państwa zgody gmina nie może zająć się Państwa prośbą. Proszę zaznaczyć pole, jeśli się Państwo zgadzają.
melding-fout-te-lang = To jest za długie. Proszę użyć najwyżej { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
melding-spoed-route-link = Napisali Państwo, że sprawa jest pilna. Proszę przeczytać, co mogą Państwo teraz zrobić.
melding-bevestiging-plan = Napisz lub wyślij własny plan
melding-mail-gratis-hulp = Chcą Państwo pomocy podczas rozmowy? Zawsze mogą Państwo otrzymać bezpłatne { $begrip }.
melding-namens = Te pytania dotyczą osoby { $naam }. Pisząc „Państwo”, mamy na myśli osobę { $naam }.
melding-namens-toestemming = Dają Państwo zgodę dotyczącą danych osoby { $naam }. Proszę to zrobić tylko wtedy, gdy { $naam } się na to zgadza.
melding-start-wachttijd-weken = W ostatnich miesiącach na decyzję czekało się zwykle { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }.
melding-start-wachttijd-dagen = W ostatnich miesiącach na decyzję czekało się zwykle { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    }.
melding-start-wachttijd-kort = W ostatnich miesiącach decyzja zapadała zwykle w ciągu tygodnia.
melding-start-wachttijd-bijgewerkt = Stan na: { $moment }.
