## Vertegenwoordiging: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof. Plain language: B1, one idea per sentence.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = Zgoda na pomoc
vertegenwoordiging-aanbod-tekst = Zrobili to Państwo dla osoby { $naam }. { $naam } musi jeszcze potwierdzić, że mogą Państwo pomagać.
vertegenwoordiging-aanbod-link = Niech { $naam } potwierdzi, że mogą Państwo pomagać

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = Nie poprosili Państwo jeszcze osoby { $naam } o zgodę.
vertegenwoordiging-staat-mail = { $datum } wysłaliśmy e-mail do osoby { $naam }. Adres to { $email }.
vertegenwoordiging-staat-geldig = Link i kod działają do { $datum }.
vertegenwoordiging-staat-code-link = Mają Państwo kod od osoby { $naam }? Proszę wpisać kod
vertegenwoordiging-staat-opnieuw = Poproś ponownie o zgodę
vertegenwoordiging-staat-controle = Wysłali Państwo podpisany formularz. Pracownik sprawdzi, czy wszystko się zgadza. Potem otrzymają Państwo e-mail.
vertegenwoordiging-staat-afgewezen = Pracownik nie zatwierdził formularza.
vertegenwoordiging-staat-gestopt = Osoba { $naam } nie dała zgody. Albo prośba straciła ważność.
vertegenwoordiging-reden = Powód

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = Państwa zgłoszenie dla osoby { $naam }
vertegenwoordiging-dossier-alleen = { $naam } musi najpierw potwierdzić, że mogą Państwo pomagać. Do tego czasu widzą Państwo tylko to, co sami Państwo wpisali.
vertegenwoordiging-dossier-nummer = Numer:
vertegenwoordiging-dossier-antwoorden = Co Państwo wysłali
vertegenwoordiging-dossier-bewijs = Zobacz lub wydrukuj potwierdzenie wysłania
vertegenwoordiging-mijn-loket = Do strony Mój portal

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = Niech { $naam } potwierdzi, że mogą Państwo pomagać
vertegenwoordiging-vragen-intro = Złożyli Państwo zgłoszenie dla osoby { $naam }. Gmina chce wiedzieć, czy { $naam } się na to zgadza.
vertegenwoordiging-vragen-twee = Można to zrobić na dwa sposoby. Proszę wybrać sposób, który najlepiej pasuje.
vertegenwoordiging-vragen-mail-titel = Przez e-mail
vertegenwoordiging-vragen-mail-tekst = Wyślemy osobie { $naam } e-mail z linkiem i kodem. { $naam } klika link. Albo { $naam } odczytuje Państwu kod, na przykład przez telefon.
vertegenwoordiging-email-label = Adres e-mail osoby { $naam }
vertegenwoordiging-rechten-label = Co chcą Państwo móc robić?
vertegenwoordiging-rechten-hint = Zawsze mogą Państwo oglądać zgłoszenie i pisma. Proszę wybrać, co jeszcze chcą Państwo robić.
vertegenwoordiging-recht-indienen-keuze = Także wysyłać różne rzeczy, na przykład odpowiedzi i dokumenty
vertegenwoordiging-recht-post-keuze = Także otrzymywać e-maile od gminy
vertegenwoordiging-einde-label = Do kiedy chcą Państwo pomagać?
vertegenwoordiging-einde-hint = Proszę wybrać datę. Może to być najpóźniej 5 lat od dzisiaj. Na przykład 31 12 2027.
vertegenwoordiging-vragen-mail-knop = Wyślij e-mail
vertegenwoordiging-vragen-formulier-titel = Przez podpisany formularz
vertegenwoordiging-vragen-formulier-tekst = { $naam } nie ma e-maila? Wtedy proszę poprosić osobę { $naam } o podpisanie formularza. W formularzu jest napisane, że mogą Państwo pomagać. Proszę zrobić zdjęcie lub skan formularza.
vertegenwoordiging-afdrukken-link = Wydrukuj formularz do podpisania
vertegenwoordiging-afdrukken-titel = Formularz: zgoda na pomoc
vertegenwoordiging-afdrukken-print = Proszę wydrukować ten formularz przyciskiem drukowania w przeglądarce.
vertegenwoordiging-afdrukken-intro = Tym formularzem dają Państwo komuś zgodę na pomoc w sprawach w gminie { $gemeente }. Proszę wypełnić go długopisem.
vertegenwoordiging-afdrukken-ik = Kto daje zgodę?
vertegenwoordiging-afdrukken-helper = Kto może pomagać?
vertegenwoordiging-afdrukken-naam = Imię i nazwisko
vertegenwoordiging-afdrukken-geboren = Data urodzenia
vertegenwoordiging-afdrukken-adres = Ulica i numer domu
vertegenwoordiging-afdrukken-postcode = Kod pocztowy i miejscowość
vertegenwoordiging-afdrukken-email = Adres e-mail
vertegenwoordiging-afdrukken-waarvoor = W jakiej sprawie?
vertegenwoordiging-afdrukken-melding = Dotyczy: { $begrip } o numerze { $referentie }.
vertegenwoordiging-afdrukken-kruis = Proszę postawić krzyżyk przy tym, co może robić osoba pomagająca.
vertegenwoordiging-afdrukken-wanneer = Od kiedy do kiedy?
vertegenwoordiging-afdrukken-vanaf = Od
vertegenwoordiging-afdrukken-tot = Do (włącznie)
vertegenwoordiging-afdrukken-tot-uitleg = Nie wpiszą Państwo daty? Wtedy zgoda obowiązuje rok.
vertegenwoordiging-afdrukken-tekenen = Podpisy
vertegenwoordiging-afdrukken-verklaring = Ja, { $naam }, daję tej osobie zgodę, aby mi pomagała tak, jak opisano powyżej. Mogę tę zgodę zawsze zakończyć.
vertegenwoordiging-afdrukken-plaats-datum = Miejscowość i data
vertegenwoordiging-afdrukken-handtekening = Podpis osoby { $naam }
vertegenwoordiging-afdrukken-handtekening-helper = Podpis osoby pomagającej
vertegenwoordiging-afdrukken-daarna = Co zrobić potem?
vertegenwoordiging-afdrukken-stap-foto = Proszę zrobić zdjęcie lub skan podpisanego formularza.
vertegenwoordiging-afdrukken-stap-sturen = Proszę wysłać zdjęcie lub skan na stronie, na której znaleźli Państwo ten formularz.
vertegenwoordiging-afdrukken-terug = Wróć do strony wysyłania formularza
vertegenwoordiging-vragen-formulier-controle = Pracownik gminy sprawdzi, czy formularz się zgadza. Wtedy formularz obowiązuje rok.
vertegenwoordiging-formulier-bestand-label = Podpisany formularz
vertegenwoordiging-bestand-hint = Plik PDF, JPG lub PNG.
vertegenwoordiging-formulier-email-label = Adres e-mail osoby { $naam }
vertegenwoordiging-optioneel = Nieobowiązkowe. Znają Państwo ten adres? Wtedy osoba { $naam } będzie mogła później też sama się logować.
vertegenwoordiging-vragen-formulier-knop = Wyślij formularz

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = Oglądać, co dzieje się z prośbą o pomoc.
vertegenwoordiging-recht-indienen = Wysyłać różne rzeczy, na przykład odpowiedzi i dokumenty.
vertegenwoordiging-recht-post = Otrzymywać także e-maile od gminy.
vertegenwoordiging-tot = Do { $datum } włącznie.
vertegenwoordiging-tot-geen = Do czasu zakończenia.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = Osoba { $naam } dała Państwu zgodę
vertegenwoordiging-bevestigd-paneel = Udało się
vertegenwoordiging-bevestigd-tekst = Mogą Państwo teraz pomagać osobie { $naam }.
vertegenwoordiging-bevestigd-verder = Na stronie Mój portal proszę wybrać działanie w imieniu osoby { $naam }. Wtedy znowu zobaczą Państwo wszystko.

## The code.
vertegenwoordiging-code-titel = Proszę wpisać kod od osoby { $naam }
vertegenwoordiging-code-intro = Osoba { $naam } otrzymała e-mail z kodem. Proszę poprosić ją o odczytanie kodu.
vertegenwoordiging-code-zeker = Proszę wpisać kod tylko wtedy, gdy osoba { $naam } sama go Państwu podała.
vertegenwoordiging-code-label = Kod
vertegenwoordiging-code-hint = 8 liter i cyfr. Na przykład ABCD 2345.
vertegenwoordiging-code-knop = Sprawdź kod

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = Czy { $helper } może Państwu pomagać?
vertegenwoordiging-bevestigen-intro = Osoba { $helper } złożyła za Państwa w gminie { $begrip }.
vertegenwoordiging-bevestigen-vraag = { $helper } chce Państwu w tym pomagać. Zgadzają się Państwo?
vertegenwoordiging-bevestigen-wie = Kto prosi
vertegenwoordiging-bevestigen-wat = Co ta osoba będzie mogła robić
vertegenwoordiging-bevestigen-tot = Do kiedy
vertegenwoordiging-bevestigen-stoppen = Odpowiedzą Państwo „tak”? Wtedy zgłoszenie stanie się Państwa zgłoszeniem. Zgodę mogą Państwo później zawsze zakończyć.
vertegenwoordiging-bevestigen-onbekend = Nie znają Państwo tej osoby? Proszę wybrać Nie.
vertegenwoordiging-bevestigen-ja = Tak, to się zgadza
vertegenwoordiging-bevestigen-nee = Nie

vertegenwoordiging-link-titel = Ten link już nie działa
vertegenwoordiging-link-tekst = Użyli Państwo już tego linku. Albo link jest za stary.
vertegenwoordiging-link-niets = Nie muszą Państwo nic robić.
vertegenwoordiging-link-start = Do strony startowej

vertegenwoordiging-beantwoord-ja-titel = Dziękujemy za odpowiedź
vertegenwoordiging-beantwoord-ja-tekst = Dali Państwo zgodę. Poinformujemy o tym osobę, która Państwu pomaga.
vertegenwoordiging-beantwoord-ja-stoppen = Chcą Państwo zakończyć tę zgodę? Proszę zalogować się swoim adresem e-mail. Albo zadzwonić do gminy.
vertegenwoordiging-beantwoord-inloggen = Zaloguj się
vertegenwoordiging-beantwoord-nee-titel = Odpowiedzieli Państwo „nie”
vertegenwoordiging-beantwoord-nee-tekst = Ta osoba nie może Państwu pomagać. Poinformujemy ją o tym.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = Jestem przedstawicielem ustawowym
vertegenwoordiging-wettelijk-intro = Czy sąd wyznaczył Państwa do pomocy komuś? Albo są Państwo rodzicem z władzą rodzicielską? Wtedy mogą Państwo załatwiać sprawy za tę osobę.
vertegenwoordiging-wettelijk-controle = Proszę przesłać nam dowód. Na przykład pismo z sądu. Pracownik sprawdzi, czy wszystko się zgadza.
vertegenwoordiging-wettelijk-eerder = Co Państwo wcześniej wysłali
vertegenwoordiging-wettelijk-nieuw = Wyślij coś nowego
vertegenwoordiging-soort-label = Kim Państwo są?
vertegenwoordiging-soort-gemachtigde = Osoba pomagająca za zgodą
vertegenwoordiging-soort-gemachtigde-uitleg = Pomagają Państwo za zgodą samej tej osoby.
vertegenwoordiging-soort-curator = Kurator
vertegenwoordiging-soort-curator-uitleg = Załatwiają Państwo wszystko za tę osobę: pieniądze i opiekę.
vertegenwoordiging-soort-mentor = Mentor
vertegenwoordiging-soort-mentor-uitleg = Załatwiają Państwo sprawy opieki nad tą osobą. Nie sprawy pieniędzy.
vertegenwoordiging-soort-bewindvoerder = Zarządca majątku
vertegenwoordiging-soort-bewindvoerder-uitleg = Załatwiają Państwo sprawy pieniędzy tej osoby. Nie sprawy opieki.
vertegenwoordiging-soort-voogd = Opiekun prawny
vertegenwoordiging-soort-voogd-uitleg = Opiekują się Państwo dzieckiem, które nie ma rodzica z władzą rodzicielską.
vertegenwoordiging-soort-ouder = Rodzic z władzą rodzicielską
vertegenwoordiging-soort-ouder-uitleg = Są Państwo rodzicem dziecka poniżej 18 lat i mają Państwo władzę rodzicielską.
vertegenwoordiging-naam-label = Imię i nazwisko osoby, której Państwo pomagają
vertegenwoordiging-geboren-label = Data urodzenia tej osoby
vertegenwoordiging-wettelijk-email-label = Adres e-mail tej osoby
vertegenwoordiging-wettelijk-email-hint = Nieobowiązkowe. Ta osoba nie ma e-maila? Proszę zostawić to pole puste.
vertegenwoordiging-wettelijk-einde-label = Data końcowa w piśmie z sądu
vertegenwoordiging-wettelijk-einde-hint = Nieobowiązkowe. W piśmie nie ma daty końcowej? Proszę zostawić to pole puste.
vertegenwoordiging-wettelijk-bestand-label = Dowód
vertegenwoordiging-wettelijk-knop = Wyślij do gminy

vertegenwoordiging-klaar-titel = Państwa dowód jako przedstawiciela
vertegenwoordiging-klaar-paneel = Otrzymaliśmy go
vertegenwoordiging-klaar-ontvangen = Wysłali Państwo dowód, że mogą Państwo pomagać osobie { $naam }.
vertegenwoordiging-klaar-nu-titel = Co będzie dalej?
vertegenwoordiging-klaar-controle = Pracownik gminy sprawdzi, czy dowód się zgadza.
vertegenwoordiging-klaar-mail = Potem otrzymają Państwo e-mail.
vertegenwoordiging-klaar-dan = Wszystko się zgadza? Wtedy na stronie Mój portal wybiorą Państwo działanie w imieniu osoby { $naam }.
vertegenwoordiging-klaar-mag = Co będą Państwo wtedy mogli robić?
vertegenwoordiging-status-label = Na jakim jest etapie
vertegenwoordiging-status-wacht = Czeka na odpowiedź
vertegenwoordiging-status-controle = Czeka na sprawdzenie
vertegenwoordiging-status-actief = Zatwierdzone
vertegenwoordiging-status-afgewezen = Niezatwierdzone
vertegenwoordiging-status-gestopt = Zakończone

## Field errors.
vertegenwoordiging-fout-email-leeg = Proszę wpisać adres e-mail.
vertegenwoordiging-fout-email = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
vertegenwoordiging-fout-eigen-email = To jest Państwa własny adres e-mail. Proszę wpisać adres osoby, której Państwo pomagają.
vertegenwoordiging-fout-einde-leeg = Proszę wpisać datę, do kiedy chcą Państwo pomagać.
vertegenwoordiging-fout-einde-bereik = Proszę wybrać datę od dzisiaj. Najpóźniej 5 lat od dzisiaj.
vertegenwoordiging-fout-einde-verleden = Ta data już minęła. Proszę wybrać datę od dzisiaj.
vertegenwoordiging-fout-datum-onvolledig = Proszę wpisać dzień, miesiąc i rok.
vertegenwoordiging-fout-datum-bestaat-niet = Taka data nie istnieje. Proszę wpisać prawdziwą datę.
vertegenwoordiging-fout-code-leeg = Proszę wpisać kod.
vertegenwoordiging-fout-code = Kod się nie zgadza. Mogą Państwo spróbować jeszcze { $aantal ->
        [one] { $aantal } raz
        [few] { $aantal } razy
        [many] { $aantal } razy
       *[other] { $aantal } razy
    }.
vertegenwoordiging-fout-code-op = Kod się nie zgadza. Próbowali Państwo zbyt wiele razy. Proszę ponownie poprosić o zgodę.
vertegenwoordiging-fout-soort = Proszę wybrać, kim Państwo są.
vertegenwoordiging-fout-naam = Proszę wpisać imię i nazwisko.
vertegenwoordiging-fout-te-lang = Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
vertegenwoordiging-fout-geboren-leeg = Proszę wpisać datę urodzenia.
vertegenwoordiging-fout-geboren-toekomst = Data urodzenia musi być w przeszłości.
vertegenwoordiging-fout-geen-kind = Ta osoba ma 18 lat lub więcej. Proszę wybrać: kurator, mentor lub zarządca majątku.
vertegenwoordiging-fout-reden = Proszę napisać, dlaczego Państwo odrzucają.

## E-mails.
vertegenwoordiging-mail-aanhef = Dzień dobry, { $naam },
vertegenwoordiging-mail-vraag-onderwerp = { $helper } pyta, czy chcą Państwo pomocy
vertegenwoordiging-mail-vraag-wie = Osoba { $helper } ({ $email }) poprosiła gminę o pomoc dla Państwa.
vertegenwoordiging-mail-vraag-wie-adres = Osoba { $helper } poprosiła gminę o pomoc dla Państwa.
vertegenwoordiging-mail-vraag-wat = { $helper } chce Państwu pomagać w tej sprawie. Zgadzają się Państwo? Wtedy { $helper } może:
vertegenwoordiging-mail-vraag-knop = Odpowiedz tak lub nie
vertegenwoordiging-mail-vraag-code = Mogą Państwo też podać ten kod osobie { $helper }: { $code }. Proszę to zrobić tylko wtedy, gdy są Państwo pewni, że rozmawiają z osobą { $helper }.
vertegenwoordiging-mail-vraag-onbekend = Nie znają Państwo tej osoby? Proszę wybrać Nie. Albo nic nie robić.
vertegenwoordiging-mail-vraag-geldig = Link i kod działają przez { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    }.
vertegenwoordiging-mail-ja-onderwerp = Osoba { $naam } dała Państwu zgodę
vertegenwoordiging-mail-ja-tekst = { $naam } zgadza się, aby Państwo pomagali.
vertegenwoordiging-mail-nee-onderwerp = Osoba { $naam } nie dała zgody
vertegenwoordiging-mail-nee-tekst = Osoba { $naam } odpowiedziała „nie”. Nie mogą Państwo pomagać osobie { $naam } w tej sprawie.
vertegenwoordiging-mail-melding-knop = Zobacz, co Państwo wysłali
vertegenwoordiging-mail-code-onderwerp = Dali Państwo zgodę osobie { $helper }
vertegenwoordiging-mail-code-tekst = Podali Państwo kod osobie { $helper }. Teraz { $helper } może Państwu pomagać w Państwa sprawie w gminie.
vertegenwoordiging-mail-code-niet = Nie podali Państwo kodu? Proszę od razu zadzwonić do gminy.
vertegenwoordiging-mail-goed-onderwerp = Mogą Państwo pomagać osobie { $naam }
vertegenwoordiging-mail-goed-tekst = Pracownik sprawdził Państwa dowód. Wszystko się zgadza. Mogą Państwo teraz pomagać osobie { $naam }.
vertegenwoordiging-mail-af-onderwerp = Państwa dowód dotyczący osoby { $naam } się nie zgadza
vertegenwoordiging-mail-af-tekst = Pracownik sprawdził Państwa dowód dotyczący osoby { $naam }. Dowód się nie zgadza.
vertegenwoordiging-mail-af-opnieuw = Mogą Państwo wysłać go ponownie. Mają Państwo pytanie? Proszę zadzwonić do gminy.
vertegenwoordiging-mail-af-knop = Zobacz swój wniosek

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = Zgłoszenie dotyczy osoby { $naam }. Osoba { $naam } nie dała jeszcze zgody osobie pomagającej. Osoba pomagająca widzi tylko własne odpowiedzi.
vertegenwoordiging-staf-controleer = Sprawdź podpisany formularz
vertegenwoordiging-grond-formulier = podpisany formularz
vertegenwoordiging-grond-rechter = dowód przedstawicielstwa ustawowego
vertegenwoordiging-controle-lijst-titel = Sprawdzanie upoważnień
vertegenwoordiging-controle-lijst-intro = Podpisane formularze i dowody przedstawicieli ustawowych. Najstarsze są na górze.
vertegenwoordiging-controle-lijst-leeg = Nie ma nic do sprawdzenia.
vertegenwoordiging-controle-lijst-caption = Do sprawdzenia: { $aantal }
vertegenwoordiging-controle-klaar-goed = Zatwierdzili Państwo upoważnienie. Wnioskodawca otrzyma e-mail.
vertegenwoordiging-controle-klaar-af = Odrzucili Państwo upoważnienie. Wnioskodawca otrzyma e-mail z powodem.
vertegenwoordiging-kolom-voor = Dla kogo
vertegenwoordiging-kolom-soort = Rodzaj
vertegenwoordiging-kolom-door = Wnioskodawca
vertegenwoordiging-kolom-op = Data otrzymania
vertegenwoordiging-controle-titel = Upoważnienie dla osoby: { $naam }
vertegenwoordiging-controle-terug = Wróć do listy
vertegenwoordiging-controle-email = Adres e-mail mieszkańca
vertegenwoordiging-controle-rechten = Uprawnienia
vertegenwoordiging-controle-melding = Zgłoszenie
vertegenwoordiging-controle-melding-link = Otwórz sprawę
vertegenwoordiging-controle-bewijs = Dowód
vertegenwoordiging-controle-download = Pobierz
vertegenwoordiging-controle-besluit = Decyzja
vertegenwoordiging-controle-goed-uitleg = Zatwierdzenie uaktywnia upoważnienie. Przy podpisanym formularzu zgłoszenie przechodzi na mieszkańca.
vertegenwoordiging-controle-goed-knop = Zatwierdź
vertegenwoordiging-controle-reden-label = Powód odrzucenia
vertegenwoordiging-controle-reden-hint = Potrzebne tylko przy odrzuceniu. Wnioskodawca przeczyta ten powód w e-mailu.
vertegenwoordiging-controle-af-knop = Odrzuć
vertegenwoordiging-controle-bestaand = Ten adres e-mail ma już konto: { $naam }. Po zatwierdzeniu ta osoba otrzyma e-mail o tym, kto może teraz działać w jej imieniu.
vertegenwoordiging-mail-inwoner-onderwerp = Ktoś może teraz załatwiać sprawy w Państwa imieniu
vertegenwoordiging-mail-inwoner-tekst = { $wie } może teraz załatwiać sprawy w Państwa imieniu w portalu. Pracownik gminy sprawdził dowód.
vertegenwoordiging-mail-inwoner-klopt-niet = Coś się nie zgadza? Proszę jak najszybciej skontaktować się z gminą.
vertegenwoordiging-mail-inwoner-knop = Zobacz, kto może działać w Państwa imieniu
