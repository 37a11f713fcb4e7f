## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = Osoba pomagająca z upoważnieniem
machtigingen-soort-clientondersteuner = Doradca wspierający
machtigingen-soort-curator = Kurator
machtigingen-soort-mentor = Mentor
machtigingen-soort-bewindvoerder = Zarządca majątku
machtigingen-soort-voogd = Opiekun prawny
machtigingen-soort-ouder = Rodzic z władzą rodzicielską

machtigingen-status-uitgenodigd = Jeszcze nie przyjęte
machtigingen-status-wacht = Czeka na potwierdzenie
machtigingen-status-controle = Gmina to sprawdza
machtigingen-status-actief = Obowiązuje
machtigingen-status-afgewezen = Niezatwierdzone
machtigingen-status-beeindigd = Zakończone

machtigingen-recht-bekijken = Oglądać Państwa akta.
machtigingen-recht-indienen = Składać za Państwa zgłoszenia, odpowiadać na pytania i wysyłać dokumenty.
machtigingen-recht-post = Otrzymywać także e-maile o Państwa sprawach.
machtigingen-tot = Obowiązuje do { $datum } włącznie.
machtigingen-tot-geen = Obowiązuje, dopóki ktoś nie zakończy upoważnienia.

machtigingen-namens-titel = W czyim imieniu Państwo działają?
machtigingen-namens-intro = Mogą Państwo działać we własnym imieniu. Albo w imieniu kogoś, kto dał Państwu upoważnienie. Proszę wybrać, w czyim imieniu teraz Państwo działają.
machtigingen-namens-zelf = We własnym imieniu
machtigingen-namens-voor = W imieniu osoby: { $naam }
machtigingen-namens-nu = Teraz działają Państwo w imieniu osoby: { $naam }
machtigingen-namens-geen = Nikt nie dał Państwu upoważnienia.
machtigingen-namens-clienten = Do moich klientów
machtigingen-namens-beheer = Do upoważnień
machtigingen-namens-paginas = Strony z osobami, w których imieniu mogą Państwo działać
machtigingen-namens-zoek = Szukaj po imieniu lub nazwisku
machtigingen-namens-zoek-hint = Proszę wpisać imię lub nazwisko albo ich część.
machtigingen-namens-zoek-knop = Szukaj
machtigingen-namens-zoek-geen = Nie znaleźliśmy nikogo, kto ma „{ $zoek }” w imieniu lub nazwisku.
machtigingen-namens-zoek-alles = Pokaż wszystkich

machtigingen-overzicht-titel = Upoważnienia
machtigingen-overzicht-eigen = To są Państwa własne upoważnienia. Upoważnień osoby { $naam } tu nie widać.
machtigingen-overzicht-intro = Dzięki upoważnieniu ktoś inny może Państwu pomagać w sprawach w gminie. Sami Państwo wybierają, co ta osoba może robić.
machtigingen-overzicht-beslist = Osoba pomagająca nigdy nie decyduje za Państwa. Upoważnienie mogą Państwo zawsze od razu zakończyć.
machtigingen-overzicht-nieuw = Upoważnij kogoś
machtigingen-overzicht-gegeven = Kto może Państwu pomagać?
machtigingen-overzicht-gegeven-geen = Nie upoważnili Państwo jeszcze nikogo.
machtigingen-overzicht-gekregen = Komu Państwo pomagają?
machtigingen-overzicht-gekregen-geen = Jeszcze nikomu Państwo nie pomagają.
machtigingen-overzicht-wisselen = Wybierz, w czyim imieniu Państwo działają
machtigingen-overzicht-gekregen-paginas = Strony z upoważnieniami, które Państwo otrzymali

machtigingen-nieuw-titel = Upoważnij kogoś
machtigingen-nieuw-intro = Wyślemy tej osobie e-mail. Będzie w nim link. Upoważnienie zacznie obowiązywać dopiero wtedy, gdy ta osoba przyjmie zaproszenie.
machtigingen-nieuw-email = Adres e-mail osoby, która Państwu pomaga
machtigingen-nieuw-email-hint = Ta osoba musi logować się tym adresem.
machtigingen-nieuw-naam = Imię i nazwisko tej osoby (nieobowiązkowe)
machtigingen-nieuw-rechten = Co jeszcze może robić ta osoba?
machtigingen-nieuw-rechten-hint = Oglądanie Państwa akt jest zawsze dozwolone. Proszę wybrać, co jeszcze ta osoba może robić.
machtigingen-nieuw-tot = Do kiedy (włącznie) obowiązuje upoważnienie?
machtigingen-nieuw-tot-hint = Proszę wybrać datę w ciągu najbliższych 5 lat. Na przykład 31 12 2027.
machtigingen-nieuw-eigen-naam = Państwa imię i nazwisko (nieobowiązkowe)
machtigingen-nieuw-eigen-naam-hint = Dzięki temu osoba pomagająca wie, kto prosi. Proszę użyć najwyżej { $max ->
        [one] { $max } znaku
        [few] { $max } znaków
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
machtigingen-nieuw-beslist = Osoba pomagająca nigdy nie decyduje za Państwa. Upoważnienie mogą Państwo zawsze zakończyć.
machtigingen-nieuw-knop = Wyślij zaproszenie
machtigingen-nieuw-fout-email-leeg = Proszę wpisać adres e-mail osoby, która Państwu pomaga.
machtigingen-nieuw-fout-email = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
machtigingen-nieuw-fout-eigen-adres = To jest Państwa własny adres e-mail. Proszę wpisać adres osoby, która Państwu pomaga.
machtigingen-nieuw-fout-tot-leeg = Proszę wpisać, do kiedy (włącznie) obowiązuje upoważnienie.
machtigingen-nieuw-fout-tot-onvolledig = Proszę wpisać dzień, miesiąc i rok.
machtigingen-nieuw-fout-tot-bestaat-niet = Taka data nie istnieje. Proszę sprawdzić dzień, miesiąc i rok.
machtigingen-nieuw-fout-tot-bereik = Proszę wybrać datę od dzisiaj do 5 lat naprzód.

machtigingen-detail-titel-helper = Upoważnienie dla osoby: { $naam }
machtigingen-detail-titel-inwoner = Pomagają Państwo osobie: { $naam }
machtigingen-detail-verstuurd = Wysłaliśmy e-mail do osoby: { $naam }. Upoważnienie zacznie obowiązywać, gdy ta osoba przyjmie zaproszenie.
machtigingen-detail-status = Na jakim jest etapie?
machtigingen-detail-soort = Rodzaj
machtigingen-detail-mag = Co może robić osoba pomagająca?
machtigingen-detail-tot = Na jak długo?
machtigingen-detail-sinds = Obowiązuje od
machtigingen-detail-nog-niet = Jeszcze nie
machtigingen-detail-gestopt = Zakończone { $moment }.
machtigingen-detail-afgewezen = Gmina tego nie zatwierdziła. Powód: { $reden }
machtigingen-detail-beslist = Osoba pomagająca nigdy nie decyduje. Decyduje gmina, a wybór należy do Państwa.
machtigingen-detail-stop-uitleg = Jeśli Państwo zakończą upoważnienie, osoba pomagająca od razu straci dostęp do Państwa akt.
machtigingen-detail-stop-uitleg-helper = Jeśli Państwo zakończą upoważnienie, od razu stracą Państwo dostęp do akt tej osoby.
machtigingen-detail-stop = Zakończ upoważnienie
machtigingen-detail-acties = Co zrobiła osoba pomagająca?
machtigingen-detail-acties-geen = Osoba pomagająca nie zrobiła jeszcze nic w Państwa sprawach.
machtigingen-detail-naar-melding = Do tej sprawy

machtigingen-actie-ingediend = Wysłano zgłoszenie { $referentie }.
machtigingen-actie-bekeken = Obejrzano: { $wat } ze sprawy { $referentie }.
machtigingen-actie-gewijzigd = Zmiana w sprawie { $referentie }: { $wat }.
machtigingen-actie-gedownload = Otwarto dokument ze sprawy { $referentie }.

machtigingen-uitnodiging-titel = { $naam } pyta, czy zechcą Państwo pomóc
machtigingen-uitnodiging-intro = { $naam } chce, aby pomagali Państwo w sprawach w gminie.
machtigingen-uitnodiging-mag = Mogliby Państwo wtedy:
machtigingen-uitnodiging-ja = Tak, pomogę
machtigingen-uitnodiging-nee = Nie, wolę nie
machtigingen-uitnodiging-ander-adres = Są Państwo zalogowani innym adresem e-mail. Proszę się wylogować. Potem proszę zalogować się adresem, na który przyszło to zaproszenie.
machtigingen-uitnodiging-weg-titel = To zaproszenie już nie działa
machtigingen-uitnodiging-weg-tekst = Ktoś już użył tego zaproszenia albo je wycofał. Albo zaproszenie jest za stare. Proszę poprosić tę osobę o nowe zaproszenie.

machtigingen-mail-aanhef = Szanowni Państwo,
machtigingen-mail-uitnodiging-onderwerp = { $naam } pyta, czy zechcą Państwo pomóc
machtigingen-mail-uitnodiging-intro = { $naam } chce, aby pomagali Państwo w sprawach w gminie. Mogliby Państwo wtedy:
machtigingen-mail-uitnodiging-knop = Zobacz zaproszenie
machtigingen-mail-uitnodiging-onbekend = Nie znają Państwo tej osoby? W takim razie nie muszą Państwo nic robić.
machtigingen-mail-beeindigd-onderwerp = Upoważnienie zostało zakończone
machtigingen-mail-beeindigd-tekst = Osoba { $naam } zakończyła upoważnienie.
machtigingen-mail-antwoord-onderwerp = Odpowiedź na Państwa zaproszenie
machtigingen-mail-antwoord-ja = { $naam } teraz Państwu pomaga. Widzą to Państwo w części Upoważnienia.
machtigingen-mail-antwoord-nee = { $naam } woli Państwu nie pomagać.
machtigingen-mail-antwoord-knop = Do upoważnień

machtigingen-voorstel-titel = To jest sprawa osoby: { $naam }
machtigingen-voorstel-tekst = Teraz nie działają Państwo w imieniu osoby { $naam }. Chcą Państwo zobaczyć tę sprawę? Proszę przełączyć się na działanie w imieniu osoby { $naam }.
machtigingen-overzicht-vertegenwoordigd = Kto może pomagać osobie { $naam }?

machtigingen-stop-zeker = Czy na pewno chcą Państwo zakończyć upoważnienie?
machtigingen-stop-ja = Tak, zakończ upoważnienie
machtigingen-stop-nee = Nie, niech upoważnienie obowiązuje dalej
machtigingen-stop-fout = Proszę wybrać, czy chcą Państwo zakończyć upoważnienie.
