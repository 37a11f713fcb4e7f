# Het uitdaagrecht: uitleg, openbare voorstellen, steun, initiatieven, voorstellen schrijven en volgen.

uitdaagrecht-uitleg-titel = Prawo do wyzwania: przejęcie zadania gminy
uitdaagrecht-uitleg-intro = Czy razem z innymi mieszkańcami mogą Państwo lepiej wykonać zadanie gminy? Wtedy mogą Państwo rzucić gminie wyzwanie. Nazywa się to: { $begrip }.
uitdaagrecht-uitleg-wet = To prawo było najpierw zapisane w { $begrip }. Od 2025 roku jest zapisane w ustawie o gminach (Gemeentewet, artykuł 150). Rada gminy ustala zasady w uchwale. Chodzi o zadania, które można wykonać lepiej, taniej lub bliżej mieszkańców.
uitdaagrecht-uitleg-wie = Nie robią Państwo tego sami. Robią to Państwo razem z grupą. Może to być grupa mieszkańców, spółdzielnia, fundacja lub stowarzyszenie. Taką grupę nazywamy inicjatywą.
uitdaagrecht-uitleg-voorbeeld-titel = Przykład
uitdaagrecht-uitleg-voorbeeld = Przykładem jest wieś America w gminie Horst aan de Maas. Mieszkańcy uznali, że sami lepiej zorganizują opiekę i pomoc społeczną. Na przykład pomoc w prowadzeniu domu. Poszli do członka zarządu gminy. Teraz sami to organizują, w swojej własnej spółdzielni.
uitdaagrecht-uitleg-stappen-titel = Jak to przebiega
uitdaagrecht-uitleg-stap-aanmelden = Zgłaszają Państwo swoją inicjatywę. Potem zapraszają Państwo pozostałych członków.
uitdaagrecht-uitleg-stap-schrijven = Razem piszą Państwo propozycję. Wszyscy członkowie mogą ją zmieniać. Jest zapisana, dopóki jej Państwo nie wyślą.
uitdaagrecht-uitleg-stap-versturen = Sprawdzają Państwo propozycję i ją wysyłają. Otrzymują Państwo numer.
uitdaagrecht-uitleg-stap-gesprek = Gmina czyta Państwa propozycję. Rozmawia z Państwem. Może też zadać Państwu pytania. Odpowiadają Państwo na nie tutaj.
uitdaagrecht-uitleg-stap-besluit = Gmina podejmuje decyzję. Pisze też, dlaczego tak zdecydowała. Przy każdym kroku otrzymują Państwo e-mail.
uitdaagrecht-uitleg-openbaar = Sami Państwo wybierają, czy wszyscy mogą zobaczyć Państwa propozycję. Wtedy na stronie publicznej mieszkańcy mogą ją poprzeć.
uitdaagrecht-uitleg-start = Zgłoś inicjatywę lub napisz propozycję
uitdaagrecht-uitleg-lijst = Zobacz propozycje innych inicjatyw

uitdaagrecht-lijst-titel = Propozycje mieszkańców
uitdaagrecht-lijst-intro = Mieszkańcy wysłali te plany do gminy. Chcą, aby każdy mógł je zobaczyć. Widzą Państwo też, na jakim etapie jest gmina.
uitdaagrecht-lijst-leeg = Nie ma jeszcze publicznych propozycji.
uitdaagrecht-lijst-paginas = Strony z propozycjami
uitdaagrecht-door = Od: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] Jeszcze żaden mieszkaniec nie popiera tej propozycji.
    [one] 1 mieszkaniec popiera tę propozycję.
    [few] { $aantal } mieszkańców popiera tę propozycję.
    [many] { $aantal } mieszkańców popiera tę propozycję.
   *[other] { $aantal } mieszkańca popiera tę propozycję.
}

uitdaagrecht-status-label = Status:
uitdaagrecht-status-concept = Jeszcze nie wysłano
uitdaagrecht-status-ontvangen = Otrzymano
uitdaagrecht-status-in-gesprek = W trakcie rozmów
uitdaagrecht-status-besloten = Decyzja podjęta
uitdaagrecht-stap-ontvangen = Propozycja otrzymana
uitdaagrecht-stap-gesprek = Rozmowa z gminą
uitdaagrecht-stap-gesprek-overgeslagen = Gmina podjęła decyzję bez rozmowy.
uitdaagrecht-stap-besluit = Decyzja gminy

uitdaagrecht-besluit-titel = Odpowiedź gminy
uitdaagrecht-besluit-op = Decyzja z dnia { $datum }.
uitdaagrecht-uitkomst-overgenomen = Inicjatywa przejmuje zadanie.
uitdaagrecht-uitkomst-deels = Inicjatywa przejmuje część zadania.
uitdaagrecht-uitkomst-afgewezen = Gmina nie przyjmuje propozycji.

uitdaagrecht-steun-titel = Poparcie
uitdaagrecht-steun-uitleg = Uważają Państwo, że to dobra propozycja? Proszę dać znać gminie. Można poprzeć propozycję jeden raz.
uitdaagrecht-steun-knop = Popieram tę propozycję
uitdaagrecht-steun-gegeven = Popierają Państwo tę propozycję. Dziękujemy.
uitdaagrecht-steun-intrekken = Wycofuję swoje poparcie
uitdaagrecht-steun-inloggen = Zaloguj się, aby poprzeć tę propozycję
uitdaagrecht-steun-gesloten = Gmina podjęła decyzję. Nie można już popierać propozycji.

uitdaagrecht-mijn-titel = Państwa inicjatywy
uitdaagrecht-mijn-intro = Są Państwo członkiem tych inicjatyw. Jako członek współtworzą Państwo ich propozycje.
uitdaagrecht-mijn-leeg = Nie są Państwo jeszcze członkiem żadnej inicjatywy. Proszę zgłosić swoją inicjatywę, aby skorzystać z prawa, które nazywa się: { $begrip }. Zaprosił Państwa inny członek? Proszę zalogować się adresem e-mail, na który przyszło zaproszenie.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] Jeszcze brak propozycji.
    [one] 1 propozycja.
    [few] { $aantal } propozycje.
    [many] { $aantal } propozycji.
   *[other] { $aantal } propozycji.
}
uitdaagrecht-mijn-nieuw = Zgłoś nową inicjatywę

uitdaagrecht-aanmelden-titel = Zgłoszenie inicjatywy
uitdaagrecht-aanmelden-intro = Proszę napisać, kim Państwo są. Sami zostaną Państwo członkiem inicjatywy. Potem mogą Państwo zaprosić innych członków.
uitdaagrecht-aanmelden-knop = Zgłoś inicjatywę
uitdaagrecht-gegevens-titel = Zmiana danych inicjatywy
uitdaagrecht-gegevens-intro = Jest nowa nazwa albo inna osoba do kontaktu? Proszę to tutaj zmienić. Może to zrobić każdy członek.
uitdaagrecht-gegevens-knop = Zapisz dane
uitdaagrecht-gegevens-link = Zmień dane inicjatywy
uitdaagrecht-naam-label = Nazwa inicjatywy
uitdaagrecht-naam-hint = Na przykład: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = Proszę wpisać nazwę inicjatywy.
uitdaagrecht-vorm-label = Jaką grupą Państwo są?
uitdaagrecht-vorm-leeg = Proszę wybrać, jaką grupą Państwo są.
uitdaagrecht-vorm-bewonersgroep = Grupa mieszkańców
uitdaagrecht-vorm-cooperatie = Spółdzielnia
uitdaagrecht-vorm-stichting = Fundacja
uitdaagrecht-vorm-vereniging = Stowarzyszenie
uitdaagrecht-kvk-label = Numer KVK (nieobowiązkowy)
uitdaagrecht-kvk-hint = Numer w Izbie Handlowej (Kamer van Koophandel). Ma 8 cyfr. Grupa mieszkańców często nie ma takiego numeru.
uitdaagrecht-kvk-ongeldig = Numer KVK ma 8 cyfr. Na przykład: 12345678.
uitdaagrecht-contact-titel = Osoba do kontaktu
uitdaagrecht-contact-uitleg = Z tą osobą gmina będzie się kontaktować. Czy ta osoba ma też współtworzyć propozycje? Proszę potem dodać jej adres e-mail jako członka.
uitdaagrecht-contact-naam-label = Imię i nazwisko
uitdaagrecht-contact-naam-leeg = Proszę wpisać imię i nazwisko osoby do kontaktu.
uitdaagrecht-contact-email-label = Adres e-mail
uitdaagrecht-contact-telefoon-label = Numer telefonu (nieobowiązkowy)
uitdaagrecht-contact-telefoon-hint = Na przykład: 06 12345678.
uitdaagrecht-telefoon-ongeldig = Proszę wpisać numer telefonu, który ma 10 cyfr. Na przykład: 06 12345678.
uitdaagrecht-email-leeg = Proszę wpisać adres e-mail.
uitdaagrecht-email-ongeldig = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
uitdaagrecht-te-lang = To jest za długie. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.

uitdaagrecht-initiatief-voorstellen = Propozycje
uitdaagrecht-initiatief-geen-voorstellen = Ta inicjatywa nie ma jeszcze propozycji.
uitdaagrecht-initiatief-nieuw-voorstel = Napisz propozycję
uitdaagrecht-initiatief-versturen = Ta propozycja jest gotowa do wysłania.
uitdaagrecht-initiatief-verder-schrijven = Albo pisz ją dalej
uitdaagrecht-zonder-taak = Propozycja bez tytułu
uitdaagrecht-referentie = Numer: { $referentie }
uitdaagrecht-gewijzigd-op = Ostatnio zapisano: { $moment }.
uitdaagrecht-leden-titel = Członkowie
uitdaagrecht-leden-uitleg = Wszyscy członkowie mogą czytać i zmieniać propozycje. Otrzymują też e-maile od gminy.
uitdaagrecht-lid-label = Adres e-mail nowego członka
uitdaagrecht-lid-hint = Nowy członek otrzyma e-mail. Będzie się logować tym adresem e-mail.
uitdaagrecht-lid-knop = Dodaj członka
uitdaagrecht-lid-al = Ten adres e-mail już należy do członka.
uitdaagrecht-lid-vol = Ta inicjatywa ma już 50 członków. Więcej nie można dodać.
uitdaagrecht-lid-vandaag-genoeg = W ciągu ostatnich 24 godzin dodali Państwo już 20 członków. Po upływie tych 24 godzin znowu będzie można dodawać członków.
uitdaagrecht-lid-weg-titel = Usuwanie członka
uitdaagrecht-lid-weg-label = Kto przestaje być członkiem?
uitdaagrecht-lid-weg-hint = Osoba, która zgłosiła inicjatywę, może usuwać członków. Każdy inny członek może usunąć tylko siebie. Kto przestał być członkiem, nie może już czytać ani zmieniać propozycji.
uitdaagrecht-lid-weg-knop = Usuń członka
uitdaagrecht-lid-weg-leeg = Proszę wybrać, kto przestaje być członkiem.
uitdaagrecht-lid-weg-laatste = Inicjatywa zawsze ma co najmniej jednego członka.

uitdaagrecht-formulier-titel = Pisanie propozycji
uitdaagrecht-formulier-intro = Propozycja inicjatywy { $naam }.
uitdaagrecht-formulier-samen = Wszyscy członkowie mogą zmieniać tę propozycję. To, co Państwo zapiszą, zostaje zachowane. Wyślą ją Państwo dopiero po sprawdzeniu.
uitdaagrecht-formulier-ouder = Inny członek zapisał tę propozycję, gdy Państwo pisali. Państwa tekstu nie ma jeszcze w propozycji.
uitdaagrecht-formulier-ouder-wat = Państwa tekst jest w formularzu poniżej. To, co zapisał inny członek, znajdą Państwo pod nagłówkiem „Co zapisał inny członek”. Proszę przepisać z tego to, co chcą Państwo zachować. Potem proszę znowu kliknąć przycisk. Wtedy Państwa tekst zostanie zapisany. Czy wybrali Państwo załącznik albo zaznaczyli go do usunięcia? Proszę zrobić to jeszcze raz.
uitdaagrecht-formulier-ouder-tekst = Co zapisał inny członek
uitdaagrecht-formulier-taak = Zadanie
uitdaagrecht-taak-label = Jakie zadanie chcą Państwo przejąć?
uitdaagrecht-taak-hint = Proszę napisać krótko. To będzie tytuł Państwa propozycji. Na przykład: pomoc w prowadzeniu domu w naszej wsi.
uitdaagrecht-taak-leeg = Proszę napisać, jakie zadanie chcą Państwo przejąć.
uitdaagrecht-wat-label = Co zamierzają Państwo robić?
uitdaagrecht-wat-hint = Proszę opisać, co i jak Państwo zrobią.
uitdaagrecht-wat-leeg = Proszę napisać, co zamierzają Państwo robić.
uitdaagrecht-voor-wie-label = Dla kogo Państwo to robią?
uitdaagrecht-voor-wie-hint = Na przykład: dla starszych osób z okolicy albo dla wszystkich mieszkańców wsi.
uitdaagrecht-voor-wie-leeg = Proszę napisać, dla kogo Państwo to robią.
uitdaagrecht-waarom-titel = Dlaczego tak będzie lepiej
uitdaagrecht-waarom-soort-label = Co mogą Państwo zrobić lepiej niż teraz gmina?
uitdaagrecht-waarom-soort-hint = Proszę wybrać jedną lub więcej odpowiedzi.
uitdaagrecht-waarom-soort-leeg = Proszę wybrać, co mogą Państwo zrobić lepiej.
uitdaagrecht-waarom-beter = Praca będzie wykonana lepiej
uitdaagrecht-waarom-goedkoper = Będzie to kosztować mniej pieniędzy
uitdaagrecht-waarom-dichterbij = Będzie to bliżej mieszkańców
uitdaagrecht-waarom-label = Proszę wyjaśnić, dlaczego
uitdaagrecht-waarom-hint = Co poprawi się dla mieszkańców? Skąd Państwo to wiedzą?
uitdaagrecht-waarom-leeg = Proszę wyjaśnić, dlaczego tak będzie lepiej.
uitdaagrecht-formulier-begroting = Budżet
uitdaagrecht-begroting-uitleg = Proszę wpisać w każdym wierszu, na co są pieniądze i ile ich jest. Na dole zawsze jest pusty wiersz. Potrzebują Państwo kolejnego wiersza? Proszę wypełnić pusty wiersz i zapisać.
uitdaagrecht-begroting-vol = Budżet ma { $aantal ->
        [one] { $aantal } wiersz
        [few] { $aantal } wiersze
        [many] { $aantal } wierszy
       *[other] { $aantal } wiersza
    }. Więcej wierszy nie można dodać. Jeśli potrzebują Państwo więcej, proszę połączyć kilka wierszy w jeden.
uitdaagrecht-post-label = Wiersz { $regel }: na co są pieniądze?
uitdaagrecht-bedrag-label = Wiersz { $regel }: kwota w euro na rok
uitdaagrecht-post-leeg = Proszę napisać, na co są pieniądze z wiersza { $regel }.
uitdaagrecht-bedrag-leeg = Proszę wpisać kwotę w wierszu { $regel }.
uitdaagrecht-bedrag-ongeldig = Proszę wpisać kwotę w wierszu { $regel } jako liczbę. Na przykład: 1250 albo 1.250,50.
uitdaagrecht-begroting-leeg = Proszę wypełnić co najmniej jeden wiersz budżetu.
uitdaagrecht-begroting-caption = Budżet na rok
uitdaagrecht-begroting-post = Na co
uitdaagrecht-begroting-bedrag = Kwota
uitdaagrecht-begroting-totaal = Razem
uitdaagrecht-formulier-wie = Kto bierze udział?
uitdaagrecht-betrokkenen-label = Kto bierze udział?
uitdaagrecht-betrokkenen-hint = Proszę wymienić osoby i organizacje, które biorą udział. Na przykład wolontariuszy, lekarza rodzinnego albo dom sąsiedzki.
uitdaagrecht-betrokkenen-leeg = Proszę napisać, kto bierze udział.
uitdaagrecht-draagvlak-label = Kto już popiera Państwa plan?
uitdaagrecht-draagvlak-hint = Na przykład: 120 podpisów albo spotkanie z 40 sąsiadami. Mieszkańcy będą mogli później poprzeć Państwa propozycję także tutaj.
uitdaagrecht-draagvlak-leeg = Proszę napisać, kto już popiera Państwa plan.
uitdaagrecht-start-label = Kiedy chcą Państwo zacząć?
uitdaagrecht-start-leeg = Proszę wpisać datę, kiedy chcą Państwo zacząć.
uitdaagrecht-start-onvolledig = Proszę wpisać dzień, miesiąc i rok.
uitdaagrecht-start-bestaat-niet = Taka data nie istnieje. Proszę wpisać prawdziwą datę.
uitdaagrecht-start-voorbij = Ta data już minęła. Proszę wybrać datę po dzisiejszym dniu.
uitdaagrecht-formulier-bijlagen = Załączniki
uitdaagrecht-bestand-label = Dodaj załącznik (nieobowiązkowe)
uitdaagrecht-bestand-hint = Na przykład plan, budżet albo listę podpisów. Plik PDF, JPG lub PNG.
uitdaagrecht-bijlage-weg-label = Usuwanie załączników
uitdaagrecht-bijlage-weg = Usuń { $naam }
uitdaagrecht-geen-bijlagen = Brak załączników.
uitdaagrecht-formulier-openbaar = Upublicznienie
uitdaagrecht-openbaar-label = Czy każdy może zobaczyć Państwa propozycję?
uitdaagrecht-openbaar-hint = Wtedy będzie na stronie publicznej. Mieszkańcy będą mogli ją tam poprzeć. Państwa adresów e-mail i załączników tam nie będzie.
uitdaagrecht-openbaar-ja = Tak, każdy może ją zobaczyć
uitdaagrecht-openbaar-nee = Nie, tylko gmina
uitdaagrecht-openbaar-leeg = Proszę wybrać, czy każdy może zobaczyć Państwa propozycję.
uitdaagrecht-openbaar-knop = Zapisz wybór
uitdaagrecht-formulier-verder = Dalej do sprawdzenia
uitdaagrecht-formulier-opslaan = Zapisz

uitdaagrecht-controleren-titel = Proszę sprawdzić swoją propozycję
uitdaagrecht-controleren-intro = Czy wszystko się zgadza? Chcą Państwo coś zmienić? Proszę wybrać Zmień.
uitdaagrecht-controleren-gewijzigd = Inny członek zmienił propozycję, gdy otworzyli Państwo tę stronę. Jeszcze jej nie wysłaliśmy. Poniżej jest propozycja w obecnej formie. Proszę sprawdzić ją jeszcze raz.
uitdaagrecht-controleren-totaal = Łącznie proszą Państwo o { $bedrag } na rok.
uitdaagrecht-controleren-versturen-titel = Wysyłanie
uitdaagrecht-controleren-versturen-uitleg = Po wysłaniu nie można już zmienić propozycji. Gmina otrzyma ją od razu. Wszyscy członkowie otrzymają e-mail.
uitdaagrecht-controleren-knop = Wyślij propozycję

uitdaagrecht-zaak-nummer = Numer Państwa propozycji
uitdaagrecht-zaak-wacht = Gmina czyta Państwa propozycję. Potem skontaktuje się z Państwem.
uitdaagrecht-zaak-verstuurd-op = Wysłano { $datum }.
uitdaagrecht-zaak-gegevens = Propozycja
uitdaagrecht-zaak-openbaar-ja = Każdy może zobaczyć tę propozycję.
uitdaagrecht-zaak-openbaar-link = Zobacz stronę publiczną
uitdaagrecht-zaak-openbaar-nee = Tę propozycję widzi tylko gmina i członkowie.
uitdaagrecht-gesprek-titel = Wiadomość od gminy
uitdaagrecht-vragen-titel = Pytania gminy
uitdaagrecht-vraag-nummer = Pytanie { $nummer } z dnia { $datum }
uitdaagrecht-antwoord-label = Państwa odpowiedź
uitdaagrecht-antwoord-knop = Wyślij odpowiedź
uitdaagrecht-antwoord-leeg = Proszę napisać odpowiedź.
uitdaagrecht-antwoord-gegeven = Państwa odpowiedź z dnia { $datum }
uitdaagrecht-antwoord-gesloten = Gmina podjęła decyzję. Nie można już odpowiedzieć na to pytanie.
uitdaagrecht-antwoord-te-laat = Nie mogliśmy zapisać Państwa odpowiedzi. Inny członek już odpowiedział na to pytanie albo gmina już podjęła decyzję.
uitdaagrecht-niet-bewaard-tekst = To Państwo napisali. Proszę to skopiować, jeśli chcą Państwo jeszcze tego użyć.
uitdaagrecht-al-verstuurd = Nie mogliśmy zapisać Państwa zmian. Ktoś już wysłał propozycję.
uitdaagrecht-al-verstuurd-tekst = Co Państwo napisali
uitdaagrecht-log-titel = Kto z gminy oglądał tę propozycję?
uitdaagrecht-log-leeg = Jeszcze nikt.
uitdaagrecht-log-bekeken = obejrzano
uitdaagrecht-log-gedownload = otwarto załącznik
uitdaagrecht-log-gesprek = rozpoczęto rozmowę
uitdaagrecht-log-vraag = zadano pytanie
uitdaagrecht-log-besloten = podjęto decyzję
uitdaagrecht-log-opgepakt = rozpoczęto rozpatrywanie
uitdaagrecht-log-vastgelegd = coś zapisano

uitdaagrecht-mail-aanhef = Szanowni Państwo, członkowie inicjatywy,
uitdaagrecht-mail-knop = Zobacz propozycję
uitdaagrecht-mail-inloggen = Logują się Państwo tym adresem e-mail.
uitdaagrecht-mail-lid-onderwerp = Są Państwo członkiem inicjatywy { $naam }
uitdaagrecht-mail-lid-tekst = Jeden z członków dodał Państwa do inicjatywy { $naam }. Mogą Państwo teraz współtworzyć propozycje dla gminy.
uitdaagrecht-mail-lid-adres = Proszę zalogować się tym adresem e-mail: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = Gmina otrzymała propozycję { $referentie }
uitdaagrecht-mail-ingediend-tekst = Państwa inicjatywa wysłała do gminy propozycję „{ $taak }”. Numer to { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = Gmina chce porozmawiać o propozycji { $referentie }
uitdaagrecht-mail-gesprek-tekst = Gmina chce porozmawiać z Państwem o Państwa propozycji. Gmina pisze:
uitdaagrecht-mail-vraag-onderwerp = Pytanie o propozycję { $referentie }
uitdaagrecht-mail-vraag-tekst = Gmina ma pytanie o Państwa propozycję. Pytanie przeczytają Państwo i odpowiedzą na nie w portalu.
uitdaagrecht-mail-besluit-onderwerp = Decyzja w sprawie propozycji { $referentie }
uitdaagrecht-mail-besluit-tekst = Gmina podjęła decyzję w sprawie Państwa propozycji:
uitdaagrecht-mail-besluit-uitleg = Dlaczego gmina tak zdecydowała, przeczytają Państwo w portalu.
uitdaagrecht-mail-lid-knop = Zobacz inicjatywę
