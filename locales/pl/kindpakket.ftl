# Het Kindpakket: uitleg, check, pagina voor kinderen, aanvraag en zaakpagina.

kindpakket-bron = Źródło: { $bron }
kindpakket-maximum = Najwyżej { $bedrag } rocznie na dziecko.
kindpakket-maximum-kind = Dostajesz najwyżej { $bedrag } na rok.

kindpakket-uitleg-titel = Kindpakket
kindpakket-uitleg-intro = { $begrip } pomaga dzieciom z rodzin, które mają mało pieniędzy. Dzięki temu mogą one brać udział w życiu szkoły i w zajęciach poza szkołą.
kindpakket-uitleg-onbekend = Wielu rodziców nie wie jeszcze, że istnieje Kindpakket. Proszę sprawdzić, czy Państwa dziecko może go otrzymać.
kindpakket-uitleg-wat-titel = Co obejmuje?
kindpakket-uitleg-wie-titel = Kto może go otrzymać?
kindpakket-uitleg-wie-kinderen = Dzieci w wieku poniżej { $leeftijd } lat, które mieszkają z Państwem.
kindpakket-uitleg-wie-inkomen = Państwa gospodarstwo domowe ma niski dochód. Dochód netto nie jest wyższy niż { $procent } % zasiłku socjalnego (bijstand) dla Państwa gospodarstwa domowego.
kindpakket-uitleg-wie-schrijnend = Dochód jest wyższy? Czasem mimo to jest to możliwe, do { $procent } %. Na przykład gdy Państwo pracują, a mimo to zostaje Państwu mało pieniędzy. Wtedy opisują Państwo, dlaczego.
kindpakket-uitleg-wie-schrijnend-onderdelen = Jest to możliwe tylko w przypadku: { $onderdelen }.
kindpakket-uitleg-doen-titel = Co mogą Państwo zrobić?
kindpakket-link-check = Sprawdź, czy mogą Państwo otrzymać Kindpakket
kindpakket-link-aanvragen = Złóż wniosek o Kindpakket
kindpakket-link-kinderen = Wyjaśnienie dla dzieci i rodziców

kindpakket-kinderen-titel = Kindpakket: wyjaśnienie dla dzieci
kindpakket-kinderen-intro = { $begrip } jest dla dzieci. Dzięki niemu możesz uprawiać sport, grać muzykę albo dostać rzeczy do szkoły.
kindpakket-kinderen-waarom = Czasem w domu jest mało pieniędzy. Wtedy gmina może pomóc. Dzięki temu ty też możesz brać udział w zajęciach.
kindpakket-kinderen-wat-titel = Co możesz dostać?
kindpakket-kinderen-hoe-titel = Jak złożyć wniosek?
kindpakket-kinderen-hoe-ouder = Wniosek składa twój tata, twoja mama albo twój opiekun. Można to zrobić na tej stronie internetowej.
kindpakket-kinderen-hoe-samen = Wybierzcie razem, czego chcesz. Na przykład klub sportowy, lekcje muzyki albo rower do szkoły.
kindpakket-kinderen-hoe-geen-schaamte = Wiele dzieci dostaje Kindpakket. Nikt w szkole nie musi o tym wiedzieć.

kindpakket-check-titel = Czy mogę otrzymać Kindpakket?
kindpakket-check-intro = Proszę odpowiedzieć na kilka pytań. Wtedy zobaczą Państwo, czy prawdopodobnie mogą Państwo otrzymać { $begrip }.
kindpakket-check-niets-bewaard = Nie trzeba się logować. Nie zapisujemy Państwa odpowiedzi.
kindpakket-check-knop = Zobacz wynik
kindpakket-samenstelling-label = Jak wygląda Państwa gospodarstwo domowe?
kindpakket-samenstelling-alleen = Mieszkam sam lub sama z dziećmi
kindpakket-samenstelling-samen = Mieszkam z partnerem lub partnerką
kindpakket-aow-label = Czy osiągnęli Państwo wiek emerytalny (AOW)?
kindpakket-aow-hint = W przypadku pary: czy oboje Państwo osiągnęli już wiek emerytalny?
kindpakket-aow-nee = Nie, jeszcze nie
kindpakket-aow-ja = Tak
kindpakket-inkomen-label = Miesięczny dochód netto Państwa gospodarstwa domowego
kindpakket-inkomen-hint = Proszę zsumować wszystko, co Państwo razem otrzymują co miesiąc. Na przykład pensję, zasiłek lub dodatki. Proszę wpisać kwotę w euro, na przykład 1450,00.
kindpakket-inkomen-grenzen = Kindpakket jest możliwy przy dochodzie do { $alleen } miesięcznie, jeśli są Państwo sami. Z partnerem lub partnerką do { $samen }.
kindpakket-aantal-label = Ile dzieci mieszka z Państwem?
kindpakket-leeftijden-label = Ile lat mają Państwa dzieci?
kindpakket-leeftijden-hint = Proszę wpisać wiek każdego dziecka. Proszę oddzielić je przecinkami, na przykład 4, 9, 15.

kindpakket-uitslag-tag = Wynik
kindpakket-uitslag-ja = Prawdopodobnie mogą Państwo otrzymać Kindpakket
kindpakket-uitslag-schrijnend = Mogą Państwo otrzymać Kindpakket tylko z ważnego powodu
kindpakket-uitslag-nee = Prawdopodobnie nie mogą Państwo otrzymać Kindpakket
kindpakket-uitslag-grens = Granica dla Państwa gospodarstwa domowego to { $grens } netto miesięcznie. Z ważnego powodu granica wynosi { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = Każda część ma własną granicę. Przy Państwa dochodzie mogą Państwo otrzymać:
kindpakket-onderdeel-ja = { $onderdeel }: prawdopodobnie tak. Granica to { $grens } miesięcznie.
kindpakket-onderdeel-schrijnend = { $onderdeel }: tylko z ważnego powodu. Granica wynosi wtedy { $grens } miesięcznie.
kindpakket-onderdeel-nee = { $onderdeel }: prawdopodobnie nie. Granica to { $grens } miesięcznie.
kindpakket-onderdeel-grens = { $onderdeel } (granica { $grens } miesięcznie)
kindpakket-normen-oud = Uwaga: zasiłek socjalny zmienia się co pół roku. Liczymy jeszcze według zasiłku z dnia { $datum }. Może granica jest teraz trochę wyższa. Nie są Państwo pewni? Mimo to proszę złożyć wniosek o Kindpakket.
kindpakket-medewerker-normen-oud = Stawki zasiłku socjalnego w profilu są z dnia { $datum }. To ponad siedem miesięcy temu. Granice poniżej mogą być za niskie. Proszę poprosić administratora o dodanie nowych stawek.
kindpakket-uitslag-waarom = Dlaczego?
kindpakket-uitslag-volgende = Co mogą Państwo teraz zrobić?
kindpakket-uitslag-ja-doen = Proszę złożyć wniosek o Kindpakket. Proszę mieć pod ręką dowód swojego dochodu.
kindpakket-uitslag-schrijnend-doen = Proszę złożyć wniosek o Kindpakket. Proszę napisać we wniosku, dlaczego jest Państwu trudno. Wtedy gmina przyjrzy się Państwa sytuacji.
kindpakket-uitslag-nee-doen = Mają Państwo mimo to pytania o pieniądze lub długi? Proszę zadzwonić lub napisać do gminy. Gmina pomoże Państwu znaleźć rozwiązanie.
kindpakket-uitslag-schatting = To jest wstępne sprawdzenie. Gmina zdecyduje dopiero wtedy, gdy złożą Państwo wniosek.
kindpakket-reden-kinderen = { $aantal ->
        [one] Z Państwem mieszka { $aantal } dziecko w wieku poniżej { $leeftijd } lat.
        [few] Z Państwem mieszka { $aantal } dzieci w wieku poniżej { $leeftijd } lat.
        [many] Z Państwem mieszka { $aantal } dzieci w wieku poniżej { $leeftijd } lat.
       *[other] Z Państwem mieszka { $aantal } dziecka w wieku poniżej { $leeftijd } lat.
    }
kindpakket-reden-geen-kinderen = Z Państwem nie mieszkają dzieci w wieku poniżej { $leeftijd } lat. Kindpakket jest tylko dla dzieci.
kindpakket-reden-inkomen-binnen = Państwa dochód nie jest wyższy niż { $grens } miesięcznie.
kindpakket-reden-inkomen-schrijnend = Państwa dochód jest wyższy niż { $grens }. Ale nie jest wyższy niż { $grens_schrijnend }.
kindpakket-reden-inkomen-boven = Państwa dochód jest wyższy niż { $grens_schrijnend } miesięcznie. To jest także powyżej granicy dla trudnych sytuacji.
kindpakket-reden-norm = Zasiłek socjalny dla Państwa gospodarstwa domowego wynosi { $norm } miesięcznie. Granice są liczone od tej kwoty.

kindpakket-start-titel = Wniosek o Kindpakket
kindpakket-start-intro = Składają Państwo wniosek o { $begrip } od razu dla wszystkich swoich dzieci.
kindpakket-start-nodig-titel = Co jest potrzebne?
kindpakket-start-nodig-inkomen = Miesięczny dochód netto Państwa gospodarstwa domowego.
kindpakket-start-nodig-kinderen = Imię i data urodzenia każdego dziecka.
kindpakket-start-nodig-bewijs = Dowód Państwa dochodu. Na przykład odcinek wypłaty albo pismo o zasiłku.
kindpakket-start-opslaan = Zapisujemy to, co Państwo wpisują. Mogą Państwo dokończyć później.
kindpakket-start-check-titel = Państwa odpowiedzi ze sprawdzenia
kindpakket-start-check-tekst = Wpiszemy już te odpowiedzi za Państwa. Później mogą je Państwo jeszcze zmienić.
kindpakket-start-concepten = Rozpoczęte wcześniej
kindpakket-concept-van = Wniosek rozpoczęty { $datum }
kindpakket-start-knop = Zacznij wypełniać wniosek

kindpakket-formulier-titel = Państwa wniosek o Kindpakket
kindpakket-formulier-intro = Proszę odpowiedzieć na pytania dotyczące { $begrip }: o gospodarstwo domowe i o każde dziecko. Każdy przycisk zapisuje to, co Państwo wpisali.
kindpakket-formulier-huishouden = Państwa gospodarstwo domowe
kindpakket-schrijnend-label = Dlaczego potrzebują Państwo Kindpakket?
kindpakket-schrijnend-hint = Potrzebne tylko wtedy, gdy Państwa dochód jest wyższy niż zwykła granica. Proszę opisać, co jest trudne.
kindpakket-formulier-kinderen = Państwa dzieci
kindpakket-formulier-kinderen-uitleg = Proszę wypełnić osobną część dla każdego dziecka. Proszę wybrać dla każdego dziecka, czego chce.
kindpakket-kind-titel = Dziecko { $nummer }
kindpakket-kind-voornaam = Imię
kindpakket-kind-geboren = Data urodzenia
kindpakket-kind-geboren-hint = Na przykład 27 3 2015
kindpakket-kind-onderdelen = Czego chce to dziecko?
kindpakket-kind-onderdelen-hint = Proszę wybrać jedną lub więcej rzeczy.
kindpakket-kind-weg = Tak, usuń dziecko { $nummer }
kindpakket-kind-erbij = Dodaj kolejne dziecko
kindpakket-formulier-bewijs = Dowód Państwa dochodu
kindpakket-bestand-label = Dodaj plik
kindpakket-bestand-hint = Plik PDF, JPG lub PNG. Mają Państwo więcej plików? Proszę dodawać je po kolei przyciskiem Zapisz.
kindpakket-bestand-verwijder-vinkje = Tak, usuń { $naam }
kindpakket-bestand-verwijder-knop = Usuń
kindpakket-bestand-verwijderd = Usunęliśmy plik.
kindpakket-formulier-verder = Dalej do sprawdzenia
kindpakket-formulier-opslaan = Zapisz
kindpakket-formulier-controleren-link = Zobacz, co Państwo już wpisali

kindpakket-fout-samenstelling = Proszę wybrać, jak wygląda Państwa gospodarstwo domowe.
kindpakket-fout-aow = Proszę wybrać, czy osiągnęli Państwo wiek emerytalny (AOW).
kindpakket-fout-inkomen-leeg = Proszę wpisać miesięczny dochód netto.
kindpakket-fout-inkomen = Proszę wpisać dochód jako kwotę w euro, na przykład 1450,00.
kindpakket-fout-inkomen-te-hoog = Państwa dochód jest wyższy niż { $grens } miesięcznie. Wtedy nie mogą Państwo otrzymać Kindpakket.
kindpakket-fout-schrijnend = Państwa dochód jest wyższy niż { $grens }. Proszę napisać, dlaczego mimo to potrzebują Państwo Kindpakket.
kindpakket-fout-onderdeel-inkomen = Przy tym dochodzie nie mogą Państwo otrzymać: { $onderdelen }. Proszę odznaczyć te pola.
kindpakket-fout-bestand-verwijder = Proszę zaznaczyć pole, jeśli chcą Państwo usunąć { $naam }.
kindpakket-fout-aantal = Proszę wpisać liczbę dzieci cyframi. Od 0 do { $max }.
kindpakket-fout-leeftijden = Proszę wpisać wiek cyframi i oddzielić przecinkami.
kindpakket-fout-leeftijden-aantal = Proszę wpisać wiek każdego dziecka.
kindpakket-fout-te-lang = Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
kindpakket-fout-geen-kind = Proszę dodać co najmniej jedno dziecko.
kindpakket-fout-voornaam = Proszę wpisać imię dziecka { $nummer }.
kindpakket-fout-geboren-leeg = Proszę wpisać datę urodzenia dziecka { $nummer }.
kindpakket-fout-geboren-onvolledig = Proszę wpisać dzień, miesiąc i rok.
kindpakket-fout-geboren-bestaat-niet = Taka data nie istnieje. Proszę sprawdzić dzień, miesiąc i rok.
kindpakket-fout-geboren-toekomst = Ta data jest w przyszłości.
kindpakket-fout-te-oud = To dziecko ma { $leeftijd ->
        [one] { $leeftijd } rok
        [few] { $leeftijd } lata
        [many] { $leeftijd } lat
       *[other] { $leeftijd } roku
    } lub więcej. Kindpakket jest dla młodszych dzieci.
kindpakket-fout-onderdelen = Proszę wybrać, czego chce to dziecko.
kindpakket-fout-bewijs = Proszę dodać dowód swojego dochodu.
kindpakket-fout-geen-regels = Nie możemy tego teraz sprawdzić. Proszę skontaktować się z gminą.

kindpakket-controleren-titel = Proszę sprawdzić swój wniosek
kindpakket-controleren-intro = Proszę sprawdzić, czy wszystko się zgadza. Coś się nie zgadza? Proszę wybrać Zmień.
kindpakket-controleren-schrijnend = Państwa dochód jest wyższy niż zwykła granica. Gmina przeczyta Państwa uzasadnienie i wtedy zdecyduje.
kindpakket-controleren-waar = Klikając Wyślij, potwierdzają Państwo, że wszystko się zgadza.
kindpakket-controleren-knop = Wyślij

kindpakket-status-concept = Jeszcze nie wysłano
kindpakket-status-ingediend = Wysłano
kindpakket-status-besloten = Decyzja podjęta
kindpakket-stap-verstuurd = Wniosek wysłany
kindpakket-stap-besluit = Decyzja gminy
kindpakket-stap-besluit-uiterlijk = Gmina podejmie decyzję najpóźniej { $datum }. To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od złożenia wniosku.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = Państwa numer
kindpakket-zaak-status = Stan sprawy:
kindpakket-zaak-verstuurd-op = Wysłano { $datum }.
kindpakket-zaak-besluit-titel = Decyzja
kindpakket-zaak-wacht = Gmina rozpatruje Państwa wniosek. Gdy będzie decyzja, otrzymają Państwo e-mail.
kindpakket-zaak-besloten-op = Gmina podjęła decyzję { $datum }.
kindpakket-besluit-ja = Tak, przyznano
kindpakket-besluit-nee = Nie
kindpakket-besluit-open = Jeszcze bez decyzji
kindpakket-zaak-nu-titel = Co będzie dalej?
kindpakket-zaak-nu-organisatie = W sprawie wszystkiego, co Państwo otrzymują, skontaktuje się z Państwem właściwa organizacja. Są to: { $organisaties }.
kindpakket-zaak-nu-niets = Nie otrzymują Państwo niczego z Kindpakket. Powód mogą Państwo przeczytać powyżej.
kindpakket-zaak-bezwaar = Nie zgadzają się Państwo z decyzją? Mogą Państwo złożyć { $begrip }. Można to zrobić w ciągu { $weken ->
        [one] { $weken } tygodnia
        [few] { $weken } tygodni
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }, do { $datum } włącznie.
kindpakket-zaak-gegevens-titel = Co Państwo wysłali
kindpakket-zaak-log-titel = Kto oglądał Państwa wniosek?
kindpakket-zaak-log-leeg = Jeszcze nikt poza Państwem.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) – obejrzenie wniosku.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) – otwarcie pliku.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) – uzupełnienie wniosku.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) – praca nad Państwa sprawą.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) – rozpoczęcie rozpatrywania wniosku.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) – wysłanie wniosku.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) – podjęcie decyzji.
kindpakket-log-medewerker = pracownik gminy
kindpakket-log-helper = osoba pomagająca
kindpakket-zaak-mijn-loket = Do strony Mój portal

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = Wniosek o Kindpakket
kindpakket-mijn-loket-versturen = Sprawdź i wyślij wniosek
kindpakket-mijn-loket-verder = Kontynuuj wypełnianie wniosku
kindpakket-mijn-loket-kinderen = Dla { $aantal ->
        [one] { $aantal } dziecka
        [few] { $aantal } dzieci
        [many] { $aantal } dzieci
       *[other] { $aantal } dziecka
    }.
kindpakket-mijn-loket-bekijk = Zobacz wniosek

kindpakket-mail-onderwerp = Informacja o Państwa wniosku { $referentie }
kindpakket-mail-tekst = Są nowe informacje o Państwa wniosku o Kindpakket o numerze { $referentie }.
kindpakket-mail-inloggen = Proszę się zalogować, aby przeczytać decyzję.
kindpakket-mail-knop = Zobacz swój wniosek
kindpakket-mail-ontvangen-onderwerp = Otrzymaliśmy Państwa wniosek { $referentie }
kindpakket-mail-ontvangen-tekst = Otrzymaliśmy Państwa wniosek o Kindpakket. Państwa numer to { $referentie }.
kindpakket-kind-weg-label = Chcą Państwo usunąć to dziecko?
kindpakket-weg-hint = Stanie się to, gdy Państwo klikną jeden z przycisków poniżej.
