## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = Kredyt na przystosowanie domu: pieniądze na zmiany w Państwa domu
blijverslening-uitleg-intro = Mają Państwo własny dom? I chcą Państwo w nim dalej mieszkać? Wtedy być może mogą Państwo otrzymać { $begrip }.
blijverslening-uitleg-svn = Kredytu udziela SVn. SVn to Stimuleringsfonds Volkshuisvesting. SVn sprawdza też, czy będą Państwo w stanie spłacić kredyt. Nazywa się to sprawdzeniem zdolności kredytowej.
blijverslening-uitleg-wie-titel = Dla kogo jest ten kredyt?
blijverslening-uitleg-wie-eigenaar = Są Państwo właścicielem domu. I sami Państwo w nim mieszkają.
blijverslening-uitleg-wie-samen = Dom ma kilku właścicieli? Wtedy składają Państwo wniosek o kredyt razem.
blijverslening-uitleg-wie-reden = Przystosowują Państwo dom, bo potrzebują Państwo opieki. Albo dlatego, że spodziewają się jej Państwo w przyszłości. Albo przygotowują Państwo dom na starość.
blijverslening-uitleg-wie-vooraf = Proszę złożyć wniosek o kredyt, zanim prace się skończą. Na prace już zakończone nie otrzymają Państwo kredytu.
blijverslening-uitleg-soorten-titel = Jakie są rodzaje kredytu?
blijverslening-uitleg-consumptief = Kredyt osobisty: od { $minimum } do { $maximum }. Oprocentowanie jest stałe przez 10 lat. Co najmniej 1 wnioskodawca jest w wieku poniżej { $jaren } lat.
blijverslening-uitleg-hypothecair = Kredyt zabezpieczony na Państwa domu: od { $minimum } do { $maximum }. Oprocentowanie jest stałe przez 10 lub 20 lat.
blijverslening-uitleg-doen-titel = Co mogą Państwo zrobić?
blijverslening-uitleg-check = Proszę najpierw sprawdzić, czy prawdopodobnie mogą Państwo otrzymać kredyt. Nie trzeba się do tego logować. Niczego nie zapisujemy.
blijverslening-uitleg-check-knop = Czy mogę go otrzymać?
blijverslening-uitleg-aanvragen = Chcą Państwo złożyć wniosek o kredyt? Wtedy proszę się zalogować. Mogą Państwo też poprosić kogoś o pomoc.
blijverslening-uitleg-aanvragen-knop = Złóż wniosek o kredyt
blijverslening-budget-over = W tym roku zostało jeszcze { $over } na nowe kredyty.
blijverslening-bron = Przepis: { $bron }

blijverslening-ja = Tak
blijverslening-nee = Nie

blijverslening-check-titel = Czy mogę otrzymać kredyt na przystosowanie domu?
blijverslening-check-intro = Proszę odpowiedzieć na pytania. Wtedy zobaczą Państwo, czy prawdopodobnie mogą Państwo otrzymać { $begrip }. Można pominąć pytania.
blijverslening-check-niets-bewaard = Nie zapisujemy Państwa odpowiedzi.
blijverslening-check-eigenaar = Czy są Państwo właścicielem domu?
blijverslening-check-bewoner = Czy sami Państwo mieszkają w tym domu?
blijverslening-check-alle = Czy wszyscy właściciele składają wniosek o kredyt razem?
blijverslening-check-alle-hint = Na przykład Państwo i Państwa partner lub partnerka, jeśli dom należy do Państwa obojga.
blijverslening-check-geboren-legend = Kiedy urodzili się wnioskodawcy?
blijverslening-check-geboren-hint = Proszę wpisać datę urodzenia każdego właściciela.
blijverslening-check-geboren-n = Wnioskodawca { $nummer }
blijverslening-check-klaar = Czy prace są już zakończone?
blijverslening-check-klaar-hint = Prace już się zaczęły, ale jeszcze się nie skończyły? Wtedy kredyt jest jeszcze możliwy. Na prace już zakończone nie otrzymają Państwo kredytu.
blijverslening-check-knop = Zobacz wynik
blijverslening-check-nu-titel = Co mogą Państwo teraz zrobić?
blijverslening-check-nu-ja = Mogą Państwo złożyć wniosek o kredyt. Gmina go wtedy rozpatrzy.
blijverslening-check-nu-nee = Prawdopodobnie nie mogą Państwo otrzymać kredytu. Mają Państwo pytania? Proszę skontaktować się z gminą.

blijverslening-uitkomst-ja = Prawdopodobnie mogą Państwo otrzymać kredyt
blijverslening-uitkomst-nee = Prawdopodobnie nie mogą Państwo otrzymać kredytu
blijverslening-uitkomst-open = Jeszcze nie wiemy tego na pewno
blijverslening-oordeel-ja = Dobrze
blijverslening-oordeel-nee = Niedobrze
blijverslening-oordeel-open = Jeszcze nie wiadomo

blijverslening-grond-eigenaar-ja = Są Państwo właścicielem domu.
blijverslening-grond-eigenaar-nee = Nie są Państwo właścicielem. Kredyt mogą otrzymać tylko właściciele.
blijverslening-grond-eigenaar-open = Jeszcze nie wiemy, czy są Państwo właścicielem.
blijverslening-grond-bewoner-ja = Sami Państwo mieszkają w tym domu.
blijverslening-grond-bewoner-nee = Nie mieszkają Państwo sami w tym domu. Wtedy nie otrzymają Państwo kredytu.
blijverslening-grond-bewoner-open = Jeszcze nie wiemy, czy sami Państwo mieszkają w tym domu.
blijverslening-grond-alle-ja = Wszyscy właściciele składają wniosek o kredyt razem.
blijverslening-grond-alle-nee = Wszyscy właściciele muszą złożyć wniosek o kredyt razem.
blijverslening-grond-alle-open = Jeszcze nie wiemy, czy biorą w tym udział wszyscy właściciele.
blijverslening-grond-reden-ja = Przystosowują Państwo dom z powodu opieki albo na przyszłość.
blijverslening-grond-reden-open = Jeszcze nie wiemy, dlaczego przystosowują Państwo dom.
blijverslening-grond-werk-ja = Prace nie są jeszcze zakończone.
blijverslening-grond-werk-nee = Prace są już zakończone. Wtedy nie otrzymają Państwo kredytu.
blijverslening-grond-werk-open = Jeszcze nie wiemy, czy prace są już zakończone.
blijverslening-grond-leeftijd-ja = Co najmniej 1 wnioskodawca jest w wieku poniżej { $jaren } lat.
blijverslening-grond-leeftijd-nee = Wszyscy wnioskodawcy mają { $jaren ->
        [one] { $jaren } rok
        [few] { $jaren } lata
        [many] { $jaren } lat
       *[other] { $jaren } roku
    } lub więcej. Wtedy mogą Państwo otrzymać tylko kredyt zabezpieczony na domu.
blijverslening-grond-leeftijd-open = Jeszcze nie znamy wieku wnioskodawców.
blijverslening-grond-bedrag-ja = Kwota jest odpowiednia: między { $minimum } a { $maximum }.
blijverslening-grond-bedrag-laag = Kwota jest za niska. Mogą Państwo pożyczyć co najmniej { $minimum }.
blijverslening-grond-bedrag-hoog = Kwota jest za wysoka. Mogą Państwo pożyczyć najwyżej { $maximum }.
blijverslening-grond-bedrag-hoog-consumptief = Kwota jest za wysoka na kredyt osobisty. Taki kredyt wynosi najwyżej { $maximum }. Z zabezpieczeniem na domu być może mogą Państwo pożyczyć więcej: do { $maximum_hypothecair }.
blijverslening-grond-bedrag-open = Jeszcze nie znamy kwoty.
blijverslening-grond-soort-open = Jeszcze nie wiemy, jakiego kredytu Państwo chcą.
blijverslening-grond-kosten-ja = Kwota nie jest wyższa niż koszty: { $kosten }.
blijverslening-grond-kosten-nee = Chcą Państwo pożyczyć więcej niż koszty, które wynoszą { $kosten }. To nie jest możliwe.
blijverslening-grond-budget-ja = W tym roku jest jeszcze dość pieniędzy: { $over }.
blijverslening-grond-budget-nee = W tym roku zostało jeszcze { $over }. To mniej niż kwota, którą chcą Państwo pożyczyć.
blijverslening-grond-budget-op = Pieniądze na ten rok się skończyły.
blijverslening-grond-budget-open = W tym roku zostało jeszcze { $over }.

blijverslening-grond-a = Nie spełniają Państwo zasad gminy.
blijverslening-grond-b = Nie ma już dość pieniędzy na ten rok.
blijverslening-grond-c = Nie spełniają Państwo zasad SVn.
blijverslening-grond-d = Wynik sprawdzenia zdolności kredytowej przez SVn jest negatywny.
blijverslening-grond-e = Dane we wniosku się nie zgadzały.
blijverslening-grond-f = Złożyli Państwo wniosek o kredyt po zakończeniu prac.

blijverslening-maandlast-titel = Ile będą Państwo płacić miesięcznie?
blijverslening-maandlast = Około { $bedrag } miesięcznie.
blijverslening-maandlast-schatting = To jest szacunek. Liczymy według oprocentowania SVn. Prawdziwą kwotę ustala SVn.
blijverslening-maandlast-aflossing = Liczymy tak, jakby spłacali Państwo kredyt osobisty w ciągu { $consumptief } lat. A kredyt zabezpieczony na domu w ciągu { $hypothecair } lat. I tak, jakby oprocentowanie przez cały ten czas się nie zmieniało.
blijverslening-maandlast-later = Po tym kroku zobaczą Państwo, ile mniej więcej będą Państwo płacić miesięcznie.

blijverslening-soort-label = Jakiego kredytu Państwo chcą?
blijverslening-soort-consumptief = Kredyt osobisty
blijverslening-soort-consumptief-hint = Od 2500 do 10 000 euro. Oprocentowanie jest stałe przez 10 lat.
blijverslening-soort-hypothecair = Kredyt zabezpieczony na Państwa domu
blijverslening-soort-hypothecair-hint = Od 2500 do 30 000 euro. Oprocentowanie jest stałe przez 10 lub 20 lat.
blijverslening-looptijd-label = Jak długo ma być stałe oprocentowanie?
blijverslening-looptijd-hint = SVn ustala stałe oprocentowanie na 10 lub 20 lat. Przy kredycie osobistym jest to zawsze 10 lat.
blijverslening-looptijd-10 = Stałe przez 10 lat
blijverslening-looptijd-20 = Stałe przez 20 lat
blijverslening-jaren = { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
}
blijverslening-bedrag-label = Ile chcą Państwo pożyczyć?
blijverslening-bedrag-hint = W euro, na przykład 5000.
blijverslening-bedrag-grenzen = Kredyt osobisty wynosi od { $cmin } do { $cmax }. Kredyt zabezpieczony na domu wynosi do { $hmax }.
blijverslening-reden-label = Dlaczego przystosowują Państwo dom?
blijverslening-reden-zorg-nu = Teraz potrzebuję opieki. Dlatego dom musi się zmienić.
blijverslening-reden-zorg-later = Spodziewam się, że w przyszłości będę potrzebować opieki.
blijverslening-reden-levensloop = Chcę móc zostać w tym domu na starość.

blijverslening-formulier-titel = Wniosek o kredyt na przystosowanie domu
blijverslening-formulier-intro = Wniosek o { $begrip } składają Państwo w kilku częściach. Mogą Państwo przerwać i dokończyć później. Zapisujemy to, co Państwo wpisują.
blijverslening-formulier-knop = Zapisz i dalej
blijverslening-namens = Składają Państwo ten wniosek dla osoby { $naam }.
blijverslening-start-nodig-titel = Co jest potrzebne?
blijverslening-start-nodig-adres = Adres domu.
blijverslening-start-nodig-mede = Imię i nazwisko, data urodzenia i adres e-mail pozostałych właścicieli.
blijverslening-start-nodig-kosten = Ile kosztują prace. Na przykład według oferty wykonawcy.
blijverslening-start-nodig-bewijs = Dowód, że są Państwo właścicielem i że mieszkają Państwo w tym domu.
blijverslening-start-check-titel = Państwa odpowiedzi ze sprawdzenia
blijverslening-start-check-tekst = Wpiszemy już te odpowiedzi za Państwa. Później mogą je Państwo jeszcze zmienić.
blijverslening-start-concepten = Wnioski, których Państwo jeszcze nie wysłali
blijverslening-start-concept = Wniosek z dnia { $datum }
blijverslening-start-knop = Zacznij wypełniać wniosek
blijverslening-start-knop-nieuw = Zacznij nowy wniosek
blijverslening-taken-intro = Państwa wniosek ma { $aantal ->
        [one] { $aantal } część
        [few] { $aantal } części
        [many] { $aantal } części
       *[other] { $aantal } części
    }. Proszę wypełnić każdą część. Zapisujemy to, co Państwo wpisują. Mogą Państwo przerwać i dokończyć później.
blijverslening-taken-klaar = Gotowe części: { $klaar } z { $aantal ->
        [one] { $aantal } części
        [few] { $aantal } części
        [many] { $aantal } części
       *[other] { $aantal } części
    }.
blijverslening-taken-versturen-titel = Sprawdzenie i wysłanie
blijverslening-taken-versturen-klaar = Wszystkie części są gotowe. Proszę sprawdzić wniosek i go wysłać.
blijverslening-taken-versturen-nog = Wszystkie części są gotowe? Wtedy proszę sprawdzić wniosek i go wysłać.
blijverslening-taken-nakijken = Sprawdź wniosek
blijverslening-stand-niet-begonnen = Jeszcze nie rozpoczęto
blijverslening-stand-bezig = W trakcie
blijverslening-stand-klaar = Gotowe
blijverslening-deel-bewaren = Gdy Państwo klikną przycisk, zapiszemy to, co Państwo wpisali.
blijverslening-naar-overzicht = Wróć do wniosku
blijverslening-deel-aanvrager = O Państwu
blijverslening-deel-eigenaren = Pozostali właściciele
blijverslening-naam-label = Państwa imię i nazwisko
blijverslening-geboren-label = Data urodzenia
blijverslening-mede-uitleg = Dom ma kilku właścicieli? Proszę ich wpisać poniżej. Otrzymają e-mail. W nim potwierdzą, że biorą udział.
blijverslening-mede-legend = Inny właściciel { $nummer }
blijverslening-mede-hint = Proszę zostawić puste, jeśli nie ma innego właściciela.
blijverslening-mede-naam = Imię i nazwisko
blijverslening-mede-email = Adres e-mail
blijverslening-mede-email-hint = Na ten adres wyślemy prośbę o potwierdzenie.
blijverslening-deel-woning = Dom
blijverslening-adres-legend = Adres domu
blijverslening-adres-hint = Dom, który chcą Państwo przystosować.
blijverslening-straat-label = Ulica i numer domu
blijverslening-postcode-label = Kod pocztowy
blijverslening-plaats-label = Miejscowość
blijverslening-adres-label = Adres domu
blijverslening-adres-onbekend = Nie pytano
blijverslening-bevestig-eigenaar = Jestem właścicielem lub właścicielką domu.
blijverslening-bevestig-bewoner = Mieszkam w tym domu osobiście.
blijverslening-bevestig-alle = Wszyscy właściciele domu są wpisani.
blijverslening-alle-hint = Są Państwo jedynym właścicielem? Proszę również zaznaczyć to pole.
blijverslening-bewijs-later = Dowód prześlą Państwo później. Na przykład wyciąg z rejestru nieruchomości (Kadaster).
blijverslening-deel-kosten = Prace i koszty
blijverslening-maatregelen-label = Co chcą Państwo zlecić?
blijverslening-maatregelen-hint = Na przykład: windę schodową, prysznic bez progu albo szersze drzwi.
blijverslening-materiaal-label = Koszty materiałów
blijverslening-arbeid-label = Koszty prac
blijverslening-uren-label = Koszty godzin pracy wykonawcy
blijverslening-leenkosten-label = Koszty kredytu
blijverslening-subsidies-label = Dotacje, które Państwo otrzymują
blijverslening-subsidies-hint = Ta kwota jest odejmowana od kosztów. Proszę wpisać 0, jeśli nie otrzymują Państwo dotacji.
blijverslening-nul-hint = Proszę wpisać 0, jeśli nie ma kosztów.
blijverslening-werkelijk-label = Łączne koszty minus dotacje
blijverslening-deel-lening = Kredyt
blijverslening-gepland-label = Kiedy prace się zakończą?
blijverslening-gepland-hint = Prace mogą już trwać. Ale nie mogą być jeszcze zakończone. Na przykład 15 3 2027.

blijverslening-fout-naam = Proszę wpisać swoje imię i nazwisko.
blijverslening-fout-te-lang = Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
blijverslening-fout-geboren = Proszę wpisać datę urodzenia.
blijverslening-fout-geboren-toekomst = Data urodzenia jest w przyszłości. Proszę sprawdzić datę.
blijverslening-fout-datum-onvolledig = Proszę wpisać dzień, miesiąc i rok.
blijverslening-fout-datum-bestaat-niet = Taka data nie istnieje. Proszę sprawdzić datę.
blijverslening-fout-straat = Proszę wpisać ulicę i numer domu.
blijverslening-fout-huisnummer = Proszę wpisać też numer domu, na przykład Dorpsstraat 12.
blijverslening-fout-postcode-leeg = Proszę wpisać kod pocztowy.
blijverslening-fout-postcode = Proszę wpisać kod pocztowy w takiej formie: 2665 AB.
blijverslening-fout-plaats = Proszę wpisać miejscowość.
blijverslening-fout-mede-naam = Proszę wpisać imię i nazwisko innego właściciela.
blijverslening-fout-mede-email = Proszę wpisać poprawny adres e-mail, na przykład naam@voorbeeld.nl.
blijverslening-fout-eigenaar = Kredyt mogą Państwo otrzymać tylko wtedy, gdy są Państwo właścicielem. Proszę zaznaczyć pole, jeśli to prawda.
blijverslening-fout-bewoner = Kredyt mogą Państwo otrzymać tylko wtedy, gdy sami Państwo mieszkają w tym domu. Proszę zaznaczyć pole, jeśli to prawda.
blijverslening-fout-alle-eigenaren = Wszyscy właściciele składają wniosek o kredyt razem. Proszę ich wpisać i zaznaczyć pole.
blijverslening-fout-reden = Proszę wybrać, dlaczego przystosowują Państwo dom.
blijverslening-fout-maatregelen = Proszę napisać, co chcą Państwo zlecić.
blijverslening-fout-kosten = Proszę wpisać koszty materiałów.
blijverslening-fout-bedrag-onleesbaar = Proszę wpisać kwotę w euro, na przykład 2500 albo 2.500,00.
blijverslening-fout-soort = Proszę wybrać, jakiego kredytu Państwo chcą.
blijverslening-fout-leeftijd = Przy kredycie osobistym co najmniej 1 właściciel musi być w wieku poniżej { $jaren } lat. Proszę wybrać kredyt zabezpieczony na domu.
blijverslening-fout-looptijd = Proszę wybrać, jak długo oprocentowanie ma być stałe.
blijverslening-fout-bedrag = Proszę wpisać, ile chcą Państwo pożyczyć.
blijverslening-fout-bedrag-grenzen = Przy tym kredycie mogą Państwo pożyczyć od { $minimum } do { $maximum }.
blijverslening-fout-bedrag-kosten = Nie mogą Państwo pożyczyć więcej niż koszty minus dotacje: { $kosten }.
blijverslening-fout-gepland = Proszę wpisać, kiedy prace się zakończą.
blijverslening-fout-gepland-voorbij = Ta data już minęła. Na prace już zakończone nie otrzymają Państwo kredytu.
blijverslening-fout-stuk-soort = Proszę wybrać, jaki to jest dowód.
blijverslening-fout-stuk-mist = Proszę jeszcze przesłać: { $stuk }.{ $meer ->
        [0] {""}
        [one] {" "}Brakuje jeszcze 1 innego dokumentu.
        [few] {" "}Brakuje jeszcze { $meer } innych dokumentów.
        [many] {" "}Brakuje jeszcze { $meer } innych dokumentów.
       *[other] {" "}Brakuje jeszcze { $meer } innego dokumentu.
    }
blijverslening-fout-antwoord = Proszę wybrać tak lub nie.
blijverslening-fout-stuk-verwijder = Proszę zaznaczyć pole, jeśli chcą Państwo usunąć { $naam }.

blijverslening-stukken-titel = Przesłanie dowodów
blijverslening-stukken-intro = Proszę przesłać te dokumenty. Można je przesłać jako PDF, JPG lub PNG.
blijverslening-stukken-al = Dokumenty, które Państwo przesłali
blijverslening-stukken-geen = Nie przesłali Państwo jeszcze żadnych dokumentów.
blijverslening-stukken-missen = Brakuje jeszcze tych dokumentów:
blijverslening-stukken-toevoegen = Dodaj lub usuń dokumenty
blijverslening-stukken-verder = Wróć do sprawdzania
blijverslening-stuk-soort-label = Jaki to jest dokument?
blijverslening-stuk-bestand-label = Proszę wybrać jeden lub więcej plików
blijverslening-stuk-knop = Zapisz
blijverslening-stuk-verwijder-vinkje = Tak, usuń { $naam }
blijverslening-stuk-verwijder-knop = Usuń
blijverslening-stuk-verwijderd = Usunęliśmy plik.
blijverslening-stuk-eigendom = Dowód, że są Państwo właścicielem, na przykład wyciąg z rejestru nieruchomości (Kadaster)
blijverslening-stuk-bewoning = Dowód, że Państwo tam mieszkają, na przykład list z Państwa adresem
blijverslening-stuk-offerte = Oferta wykonawcy

blijverslening-controleren-titel = Proszę sprawdzić swój wniosek
blijverslening-controleren-intro = Czy wszystko się zgadza? Chcą Państwo coś zmienić? Proszę wybrać Zmień przy odpowiedzi.
blijverslening-controleren-niet-begonnen = Nie wypełnili Państwo jeszcze tej części.
blijverslening-controleren-niet-klaar = Ta część nie jest jeszcze gotowa.
blijverslening-controleren-aanvullen = Wypełnij tę część
blijverslening-controleren-aanpassen = Popraw to
blijverslening-niet-ingevuld = Jeszcze nie wypełniono
blijverslening-mede-geen = Brak
blijverslening-versturen-titel = Wysłanie wniosku
blijverslening-versturen-mede = Pozostali właściciele otrzymają e-mail. Jeśli wszyscy się zgodzą, wniosek trafi do gminy.
blijverslening-versturen-knop = Wyślij wniosek

blijverslening-mede-rij = Inny właściciel
blijverslening-mede-zegt-ja = bierze udział
blijverslening-mede-zegt-nee = nie bierze udziału
blijverslening-mede-wacht = brak odpowiedzi

blijverslening-zaak-titel = Państwa wniosek o kredyt na przystosowanie domu
blijverslening-zaak-nummer = Państwa numer
blijverslening-zaak-concept = Nie wysłali Państwo jeszcze wniosku.
blijverslening-zaak-verder = Kontynuuj wypełnianie wniosku
blijverslening-zaak-nakijken = Sprawdź swój wniosek
blijverslening-zaak-wacht = Czekamy na odpowiedź pozostałych właścicieli. Otrzymali oni e-mail.
blijverslening-zaak-gestopt = Inny właściciel nie bierze udziału. Dlatego wniosek zostaje zatrzymany. Wszyscy właściciele muszą złożyć wniosek o kredyt razem.
blijverslening-zaak-ingediend = Gmina ma Państwa wniosek. Gdy gmina podejmie decyzję, otrzymają Państwo wiadomość.
blijverslening-zaak-verder-titel = Co będzie potem?
blijverslening-zaak-antwoorden = Państwa odpowiedzi
blijverslening-status-concept = Jeszcze nie wysłano
blijverslening-status-wacht = Czeka na pozostałych właścicieli
blijverslening-status-ingediend = W gminie
blijverslening-status-gestopt = Zatrzymany
blijverslening-status-toegekend = Przyznany
blijverslening-status-geweigerd = Odrzucony
blijverslening-stap-concept = Wypełnianie wniosku
blijverslening-stap-mede = Potwierdzenie przez pozostałych właścicieli
blijverslening-stap-ingediend = Gmina rozpatruje wniosek
blijverslening-stap-besloten = Gmina podejmuje decyzję

blijverslening-besluit-titel = Decyzja
blijverslening-besluit-toegekend = Gmina przyznaje Państwu kredyt w wysokości { $bedrag }. Ta decyzja jest z dnia { $datum }.
blijverslening-besluit-svn = Ta decyzja jest wstępna. SVn sprawdza teraz Państwa zdolność kredytową. SVn skontaktuje się z Państwem. Potem SVn udzieli kredytu.
blijverslening-besluit-geweigerd = Gmina nie przyznaje Państwu kredytu. Ta decyzja jest z dnia { $datum }.
blijverslening-besluit-waarom = Dlaczego?
blijverslening-bezwaar = Nie zgadzają się Państwo z decyzją? Mogą Państwo złożyć { $begrip }. Mają Państwo na to { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }, do { $datum } włącznie.

blijverslening-log-titel = Kto oglądał Państwa wniosek?
blijverslening-log-geen = Nikt inny nie oglądał Państwa wniosku.
blijverslening-log-bekeken = { $wie } – obejrzenie wniosku.
blijverslening-log-gedownload = { $wie } – otwarcie dokumentu.
blijverslening-log-gewijzigd = { $wie } – zmiana wniosku.
blijverslening-log-vastgelegd = { $wie } – praca nad Państwa sprawą.
blijverslening-log-opgepakt = { $wie } – rozpoczęcie rozpatrywania wniosku.
blijverslening-log-besloten = { $wie } – podjęcie decyzji.
blijverslening-log-medewerker = gmina
blijverslening-log-helper = pomaga Państwu
blijverslening-mijn-loket = Do strony Mój portal

blijverslening-eigenaar-titel = Czy biorą Państwo udział we wniosku?
blijverslening-eigenaar-intro = Dzień dobry, { $naam }. { $aanvrager } składa wniosek o { $begrip }. Chodzi o Państwa dom. Są Państwo także jego właścicielem. Dlatego pytamy, czy biorą Państwo udział.
blijverslening-eigenaar-vraag = Czy biorą Państwo udział w tym wniosku?
blijverslening-eigenaar-ja = Tak, biorę udział
blijverslening-eigenaar-nee = Nie, nie biorę udziału
blijverslening-eigenaar-nee-hint = Wtedy wniosek zostanie zatrzymany.
blijverslening-eigenaar-knop = Wyślij odpowiedź
blijverslening-eigenaar-gedaan-ja = Dziękujemy. Biorą Państwo udział we wniosku.
blijverslening-eigenaar-gedaan-nee = Dziękujemy. Nie biorą Państwo udziału. Wniosek zostaje zatrzymany.

blijverslening-mail-onderwerp = Informacja o Państwa wniosku { $referentie }
blijverslening-mail-knop = Zobacz swój wniosek
blijverslening-mail-ingediend = Gmina otrzymała Państwa wniosek o { $begrip }. Państwa numer to { $referentie }.
blijverslening-mail-wacht = Wysłali Państwo wniosek. Państwa numer to { $referentie }. Teraz czekamy na pozostałych właścicieli.
blijverslening-mail-gestopt = Inny właściciel nie bierze udziału. Dlatego Państwa wniosek { $referentie } zostaje zatrzymany.
blijverslening-mail-besluit = Gmina podjęła decyzję w sprawie Państwa wniosku { $referentie }.
blijverslening-mail-eigenaar-onderwerp = Czy biorą Państwo udział we wniosku { $referentie }?
blijverslening-mail-eigenaar-tekst = { $aanvrager } składa wniosek o { $begrip }. Chodzi o dom, którego są Państwo także właścicielem.
blijverslening-mail-eigenaar-vraag = Wszyscy właściciele muszą brać udział. Prosimy dać znać, czy biorą Państwo udział.
blijverslening-mail-eigenaar-knop = Odpowiedz
blijverslening-mail-eigenaar-niet = Nie znają Państwo tego wniosku? Proszę wybrać nie.

blijverslening-mijn-loket-titel = Kredyt na przystosowanie domu
blijverslening-mijn-loket-zaak = Wniosek o kredyt na przystosowanie domu
blijverslening-mijn-loket-nummer = Numer: { $nummer }
blijverslening-mijn-loket-bekijk = Zobacz wniosek
blijverslening-verlopen-titel = Ten link już nie działa
blijverslening-verlopen-tekst = Mogli Państwo odpowiedzieć przez ten link w ciągu 14 dni. Ten czas minął.
blijverslening-verlopen-wat = Mimo to chcą Państwo wziąć udział? Proszę poprosić wnioskodawcę o wysłanie nowego e-maila. Może to zrobić na stronie wniosku.
blijverslening-verlopen-start = Do strony startowej
blijverslening-opnieuw-uitleg = Link w e-mailu działa przez 14 dni. Inny właściciel nie dostał e-maila? Albo link już nie działa? Wtedy proszę wysłać e-mail ponownie. Stary link przestanie wtedy działać.
blijverslening-opnieuw-knop = Wyślij e-mail ponownie
blijverslening-opnieuw-gedaan = Wysłaliśmy e-mail ponownie do właścicieli, którzy jeszcze nie odpowiedzieli.
