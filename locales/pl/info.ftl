## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = Czy sprawa jest pilna albo nie czują się Państwo bezpiecznie w domu?
info-spoed-gemeente = Proszę zadzwonić do gminy:
info-spoed-tijdelijk = Czy sprawa jest pilna? Wtedy gmina zorganizuje tymczasową pomoc w ciągu { $uren ->
        [one] { $uren } godziny
        [few] { $uren } godzin
        [many] { $uren } godzin
       *[other] { $uren } godziny
    }.
info-spoed-veilig-thuis = Proszę zadzwonić do Veilig Thuis:
info-spoed-veilig-thuis-uitleg = W dzień i w nocy, bezpłatnie. Veilig Thuis pomaga w przypadku przemocy w domu i krzywdzenia dzieci.
info-spoed-112 = Są Państwo w niebezpieczeństwie? Proszę zadzwonić pod numer 112.

info-telefoon = Telefon
info-email = E-mail
info-website = Strona internetowa
info-postadres = Adres pocztowy
info-bezoekadres = Adres dla odwiedzających
info-openingstijden = Godziny otwarcia

info-toegankelijkheid-titel = Dostępność
info-toegankelijkheid-intro = Każdy musi móc korzystać z tego portalu. Także osoby, które słabo widzą, słabo słyszą lub nie używają myszy.
info-toegankelijkheid-doel-titel = Jaki jest nasz cel?
info-toegankelijkheid-doel-regels = Rząd ma zasady dla stron internetowych, z których każdy może korzystać. Te zasady nazywają się WCAG.
info-toegankelijkheid-doel-niveau = Chcemy spełniać WCAG 2.2, poziom AA. Prawo wymaga WCAG 2.1, poziom AA.
info-toegankelijkheid-doel-taal = Piszemy prostym językiem. Trudne słowa wyjaśniamy.
info-toegankelijkheid-test-titel = Jak sprawdziliśmy portal?
info-toegankelijkheid-test-automatisch = Program w przeglądarce sprawdza strony. Szuka błędów, które może znaleźć komputer.
info-toegankelijkheid-test-toetsenbord = Korzystamy ze stron bez myszy. Wszystko robimy tylko za pomocą klawiatury.
info-toegankelijkheid-test-scripts = Portal nie używa JavaScriptu. Dlatego wszystko działa także wtedy, gdy JavaScript jest wyłączony.
info-toegankelijkheid-test-grenzen = Komputer nie znajduje wszystkich błędów. Ekspert nie sprawdził jeszcze całego portalu.
info-toegankelijkheid-melden-titel = Coś nie działa dobrze?
info-toegankelijkheid-melden-tekst = Prosimy nam o tym napisać. Wtedy możemy to poprawić.
info-toegankelijkheid-melden-wat = Prosimy napisać, na której stronie to było. I co nie zadziałało.
info-toegankelijkheid-melden-hulp = Coś się nie udaje? Proszę zadzwonić do gminy. Pracownik załatwi to wtedy z Państwem.

info-privacy-titel = Prywatność
info-privacy-intro = W tym portalu podają Państwo informacje o sobie. Czasem także o swoim zdrowiu. Tutaj można przeczytać, co gmina z nimi robi.
info-privacy-verantwoordelijk = Za Państwa dane odpowiada gmina { $gemeente }.
info-privacy-wat-titel = Jakie dane przechowujemy i dlaczego?
info-privacy-wat-nodig = Pytamy tylko o to, co jest potrzebne do Państwa sprawy. I tylko wtedy, gdy jest to potrzebne.
info-privacy-wat-doel = Używamy Państwa danych, aby zająć się Państwa sprawą. Nie do niczego innego.
info-privacy-wat-gezondheid = Dane o Państwa zdrowiu są szczególnie wrażliwe. Przepisy o prywatności chronią je szczególnie mocno. Mówi o tym artykuł 9 { $begrip }.
info-privacy-wat-toestemming = Czasem prosimy o Państwa zgodę. Zapisujemy, kiedy Państwo jej udzielili. I jaki tekst wtedy Państwo przeczytali.
info-privacy-wat-cijfers = Gmina liczy, ile jest spraw. W tych liczbach nie ma nazwisk.
info-privacy-wie-titel = Kto może zobaczyć Państwa dane?
info-privacy-wie-uzelf = Państwo sami.
info-privacy-wie-gemachtigd = Osoby, którym dają Państwo zgodę. Na przykład ktoś z rodziny albo doradca wspierający.
info-privacy-wie-medewerker = Pracownicy gminy, którzy mają zadanie w Państwa sprawie.
info-privacy-wie-logboek = Ktoś ogląda Państwa dane? Wtedy zapisujemy, kto to był i kiedy. Mogą to Państwo sami zobaczyć na stronie Mój portal.
info-privacy-ontvangers-titel = Kto jeszcze otrzymuje Państwa dane?
info-privacy-ontvangers-co = Proszą Państwo o { $begrip }? Wtedy wybrana przez Państwa organizacja otrzyma dane, których potrzebuje. Mogą Państwo wybrać spośród:
info-privacy-ontvangers-svn = Proszą Państwo o { $begrip }? Wtedy SVn otrzyma Państwa wniosek. SVn udziela kredytu w imieniu gminy.
info-privacy-ontvangers-niet = Inni nie otrzymują Państwa danych. Chyba że tak mówi prawo.
info-privacy-grondslag-titel = Dlaczego gmina może to robić?
info-privacy-grondslag-wmo = Pomoc na podstawie { $begrip }: gmina musi to robić. Mówi o tym artykuł 5.1.1 tej ustawy.
info-privacy-grondslag-blijverslening = Wniosek o { $begrip }: to zadanie gminy. Mówi o tym artykuł 6 przepisów o prywatności (RODO).
info-privacy-grondslag-kindpakket = Wniosek o { $begrip }: to zadanie gminy. Mówi o tym artykuł 6 przepisów o prywatności (RODO).
info-privacy-grondslag-uitdaagrecht = Propozycja, której podstawą jest { $begrip }: to zadanie gminy. Mówi o tym artykuł 6 przepisów o prywatności (RODO).
info-privacy-bewaren-titel = Jak długo przechowujemy Państwa dane?
info-privacy-bewaren-tekst = Nie dłużej, niż to konieczne. Gmina stosuje przy tym zasady dotyczące archiwów.
info-privacy-bewaren-vragen = Jak długo dokładnie? To zależy od pomocy, o którą Państwo prosili. Mogą Państwo zapytać o to gminę.
info-privacy-bewaren-concept = { $dagen ->
    [one] Coś, co Państwo zaczęli, ale nie wysłali: { $dagen } dzień od ostatniej zmiany.
    [few] Coś, co Państwo zaczęli, ale nie wysłali: { $dagen } dni od ostatniej zmiany.
    [many] Coś, co Państwo zaczęli, ale nie wysłali: { $dagen } dni od ostatniej zmiany.
   *[other] Coś, co Państwo zaczęli, ale nie wysłali: { $dagen } dnia od ostatniej zmiany.
} { $vooraf ->
    [one] { $vooraf } dzień wcześniej otrzymają Państwo e-mail.
    [few] { $vooraf } dni wcześniej otrzymają Państwo e-mail.
    [many] { $vooraf } dni wcześniej otrzymają Państwo e-mail.
   *[other] { $vooraf } dnia wcześniej otrzymają Państwo e-mail.
}
info-privacy-bewaren-wmo = Każde { $begrip } i pomoc, która po nim następuje: { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
} od zakończenia Państwa sprawy.
info-privacy-bewaren-blijverslening = Wniosek o kredyt na przystosowanie domu: { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
} od zakończenia Państwa sprawy.
info-privacy-bewaren-kindpakket = Wniosek o Kindpakket: { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
} od zakończenia Państwa sprawy.
info-privacy-bewaren-uitdaagrecht = Propozycja w ramach prawa do wyzwania: { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
} od zakończenia sprawy.
info-privacy-bewaren-mail = { $dagen ->
    [one] E-mail, który do Państwa wysłaliśmy: { $dagen } dzień.
    [few] E-mail, który do Państwa wysłaliśmy: { $dagen } dni.
    [many] E-mail, który do Państwa wysłaliśmy: { $dagen } dni.
   *[other] E-mail, który do Państwa wysłaliśmy: { $dagen } dnia.
}
info-privacy-bewaren-logboek = Informacja, kto oglądał Państwa sprawę: { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
}.
info-privacy-bewaren-bezwaar = Złożyli Państwo { $begrip } i nie ma jeszcze decyzji? Albo sprawa jest w sądzie? Wtedy przechowujemy Państwa sprawę tak długo, jak to konieczne.
info-privacy-bewaren-bronnen = Skąd pochodzą te okresy przechowywania?
info-privacy-rechten-titel = Jakie mają Państwo prawa?
info-privacy-recht-inzage = Mogą Państwo zobaczyć, jakie dane o Państwu mamy.
info-privacy-recht-correctie = Coś się nie zgadza? Wtedy mogą Państwo poprosić o poprawienie.
info-privacy-recht-verwijdering = Mogą Państwo poprosić o usunięcie danych. Gmina musi je przechowywać? Wtedy wyjaśni, dlaczego.
info-privacy-recht-bezwaar = Mogą Państwo powiedzieć, że nie zgadzają się Państwo ze sposobem, w jaki używamy Państwa danych.
info-privacy-recht-inzage-link = Zobacz swoje dane
info-privacy-recht-correctie-link = Poproś o poprawienie
info-privacy-recht-verwijdering-link = Usuń swoje konto
info-privacy-fg = Gmina ma inspektora ochrony danych. Ta osoba pilnuje, aby gmina dobrze postępowała z Państwa danymi. E-mail:
info-privacy-fg-algemeen = Gmina ma inspektora ochrony danych. Ta osoba pilnuje, aby gmina dobrze postępowała z Państwa danymi. Proszę napisać e-mail lub zadzwonić do gminy i poprosić o kontakt z tą osobą.
info-privacy-rechten-hoe = Chcą Państwo z tego skorzystać? Proszę wysłać e-mail albo zadzwonić do gminy.
info-privacy-mijn-gegevens = Są Państwo zalogowani? W części Moje dane mogą Państwo zobaczyć i pobrać wszystko, co portal o Państwu przechowuje. Tam mogą Państwo też poprosić o poprawienie czegoś.
info-privacy-mijn-gegevens-link = Do części Moje dane
info-privacy-rechten-klacht = Nie zgadzają się Państwo z gminą? Wtedy mogą Państwo złożyć skargę do holenderskiego urzędu ochrony danych (Autoriteit Persoonsgegevens).
info-privacy-cookies-titel = Pliki cookie
info-privacy-cookies-uitleg = Plik cookie to mały plik. Państwa przeglądarka przechowuje go dla tej strony internetowej.
info-privacy-cookies-twee = Ten portal używa tylko tych dwóch plików cookie:
info-privacy-cookie-sessie = Plik cookie, którego portal potrzebuje do działania. Zapamiętuje na przykład, że są Państwo zalogowani.
info-privacy-cookie-taal = Plik cookie, który zapamiętuje, jaki język Państwo wybrali.
info-privacy-cookies-niet = Nie śledzimy Państwa. Nie mierzymy, co Państwo robią na stronie internetowej. I nie pokazujemy reklam.

info-contact-titel = Kontakt
info-contact-gemeente = Gmina { $gemeente }
info-contact-hulp = Nie udaje się przez internet? Proszę zadzwonić lub przyjść. Pracownik Państwu pomoże.
info-contact-clientondersteuning-titel = Bezpłatna pomoc w Państwa sprawie
info-contact-clientondersteuning-uitleg = Te organizacje dają bezpłatne { $begrip }. Pomagają Państwu w sprawie, z którą zwracają się Państwo do gminy. Nie decydują o Państwa sprawie.
info-contact-clientondersteuning-link = Poproś o wsparcie doradcy
