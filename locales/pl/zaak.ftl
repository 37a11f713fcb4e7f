## A case after the melding: the e-mails that tell the resident a step was taken. They never say what was
## discussed or decided: the resident reads that in the dossier.

zaak-mail-onderwerp = Informacja o Państwa zgłoszeniu { $referentie }
zaak-mail-knop = Zobacz akta swojej sprawy
zaak-mail-privacy = W tym e-mailu nie ma danych osobowych. Wszystko przeczytają Państwo w aktach swojej sprawy na stronie internetowej.
zaak-mail-gesprek-gepland = Umówiliśmy z Państwem rozmowę. Rozmowa odbędzie się { $datum } o godzinie { $tijd }.
zaak-mail-tijdelijk = Otrzymają Państwo tymczasową pomoc. Ta pomoc potrwa do czasu wydania decyzji.
zaak-mail-onderzoek = Rozmowa z gminą już się odbyła. Teraz otrzymają Państwo sprawozdanie z rozmowy.
zaak-mail-verslag = Sprawozdanie z Państwa rozmowy jest gotowe. Proszę je uważnie przeczytać. Mogą Państwo też przesłać swoje uwagi.
zaak-mail-vraag = Gmina ma do Państwa pytanie. Prosimy o odpowiedź przed { $datum }.
zaak-mail-aanvraag = Gmina otrzymała Państwa wniosek. Decyzję otrzymają Państwo najpóźniej { $datum }.
zaak-mail-verdaagd = Decyzja będzie później, niż planowano. Otrzymają ją Państwo najpóźniej { $datum }.
zaak-mail-besluit = Jest decyzja w sprawie Państwa wniosku. Nie zgadzają się Państwo z nią? Mogą Państwo złożyć sprzeciw do { $datum } włącznie.
zaak-mail-gesloten = Gmina zamknęła Państwa zgłoszenie.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = Państwa prośby o poprawienie danych
zaak-correctie-geen = Coś się nie zgadza w tej sprawie? Mogą Państwo poprosić o poprawienie.
zaak-correctie-gevraagd = { $datum } poprosili Państwo o poprawienie tego:
zaak-correctie-antwoord-op = Gmina odpowiedziała { $datum }:
zaak-correctie-gecorrigeerd = Gmina poprawiła Państwa dane.
zaak-correctie-niet-gecorrigeerd = Gmina nie zmieniła Państwa danych.
zaak-correctie-wacht = Gmina zajmuje się Państwa prośbą. Gdy będzie odpowiedź, otrzymają Państwo e-mail.
zaak-correctie-vragen-link = Poproś o poprawienie
zaak-correctie-mail-onderwerp = Odpowiedź na Państwa prośbę dotyczącą danych { $referentie }
zaak-correctie-mail-tekst = Poprosili Państwo gminę o poprawienie czegoś w Państwa danych. Gmina odpowiedziała na Państwa prośbę.
zaak-correctie-wat = Co się nie zgadza?
zaak-correctie-moet-zijn = Co powinno być wpisane?
zaak-correctie-onbekend = Mieszkaniec tego nie wie.
zaak-correctie-staf-titel = { $aantal ->
        [one] Wniosek o poprawienie
        [few] Wnioski o poprawienie ({ $aantal })
        [many] Wnioski o poprawienie ({ $aantal })
       *[other] Wnioski o poprawienie ({ $aantal })
    }
zaak-correctie-staf-verzoek = Wniosek mieszkańca, { $datum }
zaak-correctie-staf-beantwoord = Odpowiedź z dnia { $datum }, autor: { $naam }:
zaak-correctie-staf-antwoord = Państwa odpowiedź dla mieszkańca
zaak-correctie-staf-antwoord-hint = Mieszkaniec przeczyta to w portalu. Proszę pisać prostym językiem.
zaak-correctie-staf-gecorrigeerd = Czy poprawili Państwo dane?
zaak-correctie-staf-ja = Tak, dane zostały poprawione
zaak-correctie-staf-nee = Nie, dane zostają bez zmian
zaak-correctie-staf-knop = Wyślij odpowiedź
zaak-correctie-staf-pagina = Odpowiedź na wniosek o poprawienie: { $referentie }
zaak-correctie-fout-antwoord = Proszę napisać odpowiedź dla mieszkańca.
zaak-correctie-fout-te-lang = Państwa tekst jest za długi. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku.
        [few] { $aantal } znaków.
        [many] { $aantal } znaków.
       *[other] { $aantal } znaku.
    }
zaak-correctie-fout-keuze = Proszę wybrać, czy poprawili Państwo dane.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = Gmina podejmie decyzję najpóźniej { $datum }.
zaak-besluit-uitleg = To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od chwili, gdy Państwa wniosek był kompletny. Tak mówi ogólna ustawa o prawie administracyjnym (Algemene wet bestuursrecht), artykuł 4:13.
zaak-besluit-te-laat = Ten dzień już minął, a decyzji nadal nie ma.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = Wydrukuj decyzję lub zapisz ją jako PDF
zaak-beschikking-titel = Decyzja
zaak-beschikking-afdrukken = Chcą Państwo mieć tę decyzję na papierze? Proszę użyć przycisku drukowania w przeglądarce. Tam można też wybrać zapisanie jako PDF.
zaak-beschikking-gemeente = Gmina { $gemeente }
zaak-beschikking-datum = Data
zaak-beschikking-aan = Do
zaak-beschikking-kenmerk = Znak sprawy
zaak-beschikking-besloten = Co postanowiła gmina?
zaak-beschikking-uitkomst = Decyzja
zaak-beschikking-toegekend = Otrzymują to Państwo
zaak-beschikking-gedeeltelijk = Otrzymują Państwo część
zaak-beschikking-afgewezen = Nie otrzymują tego Państwo
zaak-beschikking-vanaf = Od
zaak-beschikking-tot = Do (włącznie)
zaak-beschikking-geen-einde = Bez daty końcowej
zaak-beschikking-bedrag = Kwota
zaak-beschikking-waarom = Dlaczego
zaak-beschikking-grondslag = Przepis: { $bron }.
zaak-beschikking-redenen = Dlaczego gmina tak postanowiła?
zaak-beschikking-door-titel = Kto podjął decyzję?
zaak-beschikking-door = { $naam }, w imieniu zarządu gminy { $gemeente } (college van burgemeester en wethouders).
zaak-beschikking-medewerker = Pracownik gminy
zaak-beschikking-bezwaar-titel = Nie zgadzają się Państwo z tą decyzją?
zaak-beschikking-bezwaar-tot = Mogą Państwo złożyć { $begrip } do { $datum } włącznie.
zaak-beschikking-bezwaar-termijn = Mają Państwo na to { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }. Ten czas zaczyna się w dniu po wysłaniu decyzji przez gminę, czyli po { $verzonden }. Tak mówi ogólna ustawa o prawie administracyjnym (Algemene wet bestuursrecht), artykuły 6:7 i 6:8.
zaak-beschikking-bezwaar-brief = Proszę napisać list. Proszę podać w nim swoje imię i nazwisko, adres, datę i znak tej decyzji. Proszę napisać, dlaczego się Państwo nie zgadzają. Proszę podpisać list.
zaak-beschikking-bezwaar-adres = Proszę wysłać list do zarządu gminy { $gemeente } (college van burgemeester en wethouders):
zaak-beschikking-bezwaar-portaal = Mogą Państwo to zrobić także na tej stronie internetowej.
zaak-beschikking-bezwaar-link = Złóż sprzeciw na stronie internetowej
zaak-beschikking-bezwaar-nederlands = Tekst po niderlandzku o sprzeciwie
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = Usuń tę wersję roboczą
zaak-concept-verwijder-titel = Usuwanie wersji roboczej
zaak-concept-verwijder-vraag = Czy na pewno chcą Państwo usunąć tę wersję roboczą?
zaak-concept-verwijder-wat = Ta wersja robocza dotyczy: { $begrip }.
zaak-concept-verwijder-begonnen = Zaczęli Państwo ją { $datum }.
zaak-concept-verwijder-gevolg = Wtedy Państwa odpowiedzi i pliki znikną. Nie będzie można ich odzyskać.
zaak-concept-verwijder-ja = Tak, usuń wersję roboczą
zaak-concept-verwijder-nee = Nie, zachowaj wersję roboczą
zaak-concept-verwijder-knop = Dalej
zaak-concept-verwijder-kies = Proszę wybrać Tak lub Nie.
zaak-concept-verwijderd = Usunęli Państwo wersję roboczą.
zaak-agenda-titel = Rozmowa z gminą { $gemeente }
zaak-agenda-thuis = U Państwa w domu
zaak-agenda-gemeentehuis = W urzędzie gminy
zaak-agenda-telefoon = Przez telefon. Gmina do Państwa zadzwoni.
zaak-agenda-beeldbellen = Przez rozmowę wideo
zaak-log-laatste = { $aantal ->
    [one] Widzą tu Państwo tylko ostatni raz.
    [few] Widzą tu Państwo tylko ostatnie { $aantal } razy.
    [many] Widzą tu Państwo tylko ostatnie { $aantal } razy.
   *[other] Widzą tu Państwo tylko ostatnie { $aantal } razu.
}
zaak-log-alles = Wszystko jest w części Moje dane.
