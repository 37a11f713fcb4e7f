## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = Czy wyślą Państwo swoje powody później?
bezwaar-pro-forma-keuze = Tak, wyślę swoje powody później
bezwaar-pro-forma-uitleg = Nie mają Państwo teraz czasu, aby wszystko opisać? Proszę już teraz wysłać sprzeciw, aby zdążyć w terminie. Potem gmina da Państwu czas na przesłanie powodów.
bezwaar-documenten-titel = Dokumenty do Państwa sprzeciwu
bezwaar-document-weg = Usuń { $naam }
bezwaar-document-weg-label = Chcą Państwo usunąć dokument?
bezwaar-bestand-label = Dodaj dokumenty (jeśli Państwo chcą)
bezwaar-bestand-hint = Na przykład list od lekarza albo zdjęcie.
bezwaar-verder = Dalej
bezwaar-opslaan = Zapisz i dokończ później
bezwaar-klaar-opgeslagen = Zapisaliśmy Państwa sprzeciw. Nie wysłali go Państwo jeszcze.
bezwaar-klaar-ingetrokken = Wycofali Państwo swój sprzeciw. Mogą Państwo złożyć sprzeciw ponownie, dopóki trwa termin.
bezwaar-opnieuw = Wcześniej złożyli Państwo sprzeciw i go wycofali. Mogą Państwo złożyć sprzeciw ponownie.
bezwaar-hierna-titel = Co będzie potem?
bezwaar-hierna-weken = Gmina podejmie decyzję w ciągu { $weken ->
        [one] { $weken } tygodnia
        [few] { $weken } tygodni
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od ostatniego dnia na złożenie sprzeciwu. Gmina może raz przesunąć ten termin o 6 tygodni. Wtedy wcześniej otrzymają Państwo o tym list.
bezwaar-hierna-gesprek = Zwykle gmina zaprasza Państwa na rozmowę o sprzeciwie. Mogą Państwo tam wyjaśnić, dlaczego się nie zgadzają.
bezwaar-voorlopig-titel = Nie mogą Państwo czekać na decyzję?
bezwaar-voorlopig-tekst = Coś musi się stać szybko? Wtedy mogą Państwo poprosić sąd o tymczasowe zabezpieczenie. To szybka decyzja na czas, gdy Państwa sprzeciw jest rozpatrywany. Wniosek składa się w sądzie w Państwa regionie. Trzeba za to zapłacić opłatę sądową. Może Państwu pomóc adwokat albo Juridisch Loket.

bezwaar-gronden-later = Wyślą Państwo swoje powody później.
bezwaar-geen-documenten = Brak dokumentów
bezwaar-rij-besluit = Decyzja z dnia
bezwaar-rij-gronden = Dlaczego się Państwo nie zgadzają
bezwaar-controleren-titel = Proszę sprawdzić swój sprzeciw
bezwaar-controleren-intro = Proszę sprawdzić, czy wszystko się zgadza. Chcą Państwo coś zmienić? Proszę wybrać Zmień.
bezwaar-versturen-titel = Wysyłanie
bezwaar-versturen-tekst = Gdy Państwo klikną przycisk, gmina otrzyma Państwa sprzeciw. Otrzymają Państwo e-mail, że go dostaliśmy.

bezwaar-titel-verstuurd = Państwa sprzeciw
bezwaar-klaar-verstuurd = Otrzymaliśmy Państwa sprzeciw.
bezwaar-klaar-mail = Otrzymają Państwo o tym także e-mail. Na tej stronie widzą Państwo, co dzieje się z Państwa sprzeciwem.
bezwaar-klaar-aangevuld = Otrzymaliśmy Państwa uzupełnienie.
bezwaar-beslist-uiterlijk = Gmina podejmie decyzję najpóźniej { $datum }.
bezwaar-beslist-uitleg = To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } po { $datum }, czyli po ostatnim dniu na złożenie sprzeciwu.
bezwaar-aanvullen-tot = Proszę wysłać swoje powody najpóźniej { $datum }.
bezwaar-aanvullen-te-laat = Ten dzień już minął. Mimo to proszę jak najszybciej wysłać swoje powody. Gmina nie musi już wtedy rozpatrywać Państwa sprzeciwu. Ale może to zrobić.
bezwaar-aanvullen-zo-snel = Proszę jak najszybciej wysłać swoje powody. Gmina poinformuje Państwa, do kiedy można to zrobić.
bezwaar-aangevuld-na-termijn = Powody przyszły { $datum }, po wyznaczonej dacie.
bezwaar-aanvulling-van = Uzupełnienie z dnia { $datum }
bezwaar-stappen-titel = Co działo się z Państwa sprzeciwem
bezwaar-stap-ingediend = Złożyli Państwo sprzeciw.
bezwaar-stap-ingediend-pro-forma = Złożyli Państwo sprzeciw. Powody zostaną przesłane później.
bezwaar-stap-bevestigd = Gmina potwierdziła, że otrzymała Państwa sprzeciw.
bezwaar-stap-aanvullen-tot = Gmina poprosiła Państwa o przesłanie powodów najpóźniej { $datum }.
bezwaar-stap-aangevuld = Przesłali Państwo dodatkowe wyjaśnienia lub dokumenty.
bezwaar-stap-hoorzitting = Gmina zaprosiła Państwa na rozmowę { $datum } o godzinie { $tijd }. Miejsce: { $plaats }.
bezwaar-stap-horen-afgezien = Gmina podejmie decyzję bez rozmowy. Powód: { $reden }
bezwaar-stap-verdaagd = Gmina podejmie decyzję później. Powód: { $reden }
bezwaar-stap-beslist = Gmina podjęła decyzję w sprawie Państwa sprzeciwu.
bezwaar-stap-ingetrokken = Wycofali Państwo swój sprzeciw.
bezwaar-beslissing-titel = Decyzja w sprawie Państwa sprzeciwu
bezwaar-beslissing-waarom = Dlaczego
bezwaar-beslissing-nieuw = Nowa decyzja
bezwaar-uitkomst-gegrond = Mają Państwo rację. Decyzja się zmienia.
bezwaar-uitkomst-deels-gegrond = Mają Państwo częściowo rację. Decyzja zmienia się częściowo.
bezwaar-uitkomst-ongegrond = Nie mają Państwo racji. Decyzja pozostaje bez zmian.
bezwaar-uitkomst-niet-ontvankelijk = Gmina nie rozpatruje Państwa sprzeciwu. Decyzja pozostaje bez zmian.
bezwaar-beroep = Nie zgadzają się Państwo z tą decyzją? Wtedy mogą Państwo odwołać się do sądu. Można to zrobić w ciągu 6 tygodni od dnia, w którym gmina wysłała decyzję.
bezwaar-aanvullen-titel = Przesłanie powodów
bezwaar-aanvullen-uitleg = Proszę napisać, dlaczego nie zgadzają się Państwo z decyzją. Mogą Państwo też dodać dokumenty.
bezwaar-aanvullen-label = Dlaczego nie zgadzają się Państwo z decyzją?
bezwaar-aanvullen-knop = Wyślij powody
bezwaar-aanvullen-leeg = Proszę napisać, co chcą Państwo dodać, albo wybrać dokument.
bezwaar-intrekken-titel = Wycofanie sprzeciwu
bezwaar-intrekken-link = Chcę wycofać swój sprzeciw
bezwaar-intrekken-uitleg = Wycofują Państwo sprzeciw? Wtedy gmina przestaje się nim zajmować. Decyzja pozostaje bez zmian.
bezwaar-intrekken-opnieuw = Termin na złożenie sprzeciwu jeszcze trwa? Wtedy mogą Państwo później złożyć sprzeciw ponownie.
bezwaar-intrekken-knop = Tak, wycofuję swój sprzeciw

bezwaar-staf-titel = Sprzeciw w sprawie { $referentie }
bezwaar-staf-vastgelegd = Zapisano. Mieszkaniec otrzyma o tym e-mail.
bezwaar-staf-ingetrokken = Mieszkaniec wycofał ten sprzeciw.
bezwaar-staf-gronden = Uzasadnienie sprzeciwu
bezwaar-staf-pro-forma = Jeszcze bez uzasadnienia: mieszkaniec prześle je później (sprzeciw pro forma).
bezwaar-rij-ingediend = Sprzeciw otrzymano dnia
bezwaar-rij-termijn = Termin na sprzeciw
bezwaar-binnen-termijn = W terminie
bezwaar-na-termijn = Po terminie, który trwał do { $datum } włącznie. Proszę ocenić, czy spóźnienie mieszkańca jest usprawiedliwione (Awb artykuł 6:11).
bezwaar-rij-beslissen = Decyzja najpóźniej
bezwaar-staf-ontvangst = Potwierdź otrzymanie
bezwaar-staf-ontvangst-uitleg = Mieszkaniec otrzyma e-mail, że gmina otrzymała sprzeciw (Awb artykuł 6:14).
bezwaar-staf-aanvullen = Wyznacz termin na uzasadnienie
bezwaar-staf-aanvullen-uitleg = Sprzeciw nie ma jeszcze uzasadnienia. Proszę wyznaczyć mieszkańcowi termin na jego przesłanie (Awb artykuł 6:6).
bezwaar-staf-aanvullen-label = Najpóźniej dnia
bezwaar-staf-hoorzitting = Zaplanuj wysłuchanie
bezwaar-staf-datum = Data wysłuchania
bezwaar-staf-tijd = Godzina
bezwaar-staf-tijd-hint = Na przykład 14:30
bezwaar-staf-plaats = Miejsce
bezwaar-staf-commissie-label = Kto wysłucha mieszkańca?
bezwaar-staf-commissie = Komisja doradcza do spraw sprzeciwów
bezwaar-staf-horen-afgezien = Rezygnacja z wysłuchania
bezwaar-staf-horen-reden = Dlaczego nie będzie wysłuchania?
bezwaar-staf-horen-hint = Jest to możliwe tylko w przypadkach z Awb artykuł 7:3. Na przykład: sprzeciw jest oczywiście bezzasadny albo mieszkaniec rezygnuje z rozmowy.
bezwaar-staf-verdagen = Odrocz decyzję
bezwaar-staf-verdagen-uitleg = Można to zrobić jeden raz, o 6 tygodni, i tylko przed upływem terminu na decyzję (Awb artykuł 7:10 ustęp 3).
bezwaar-staf-verdagen-reden = Dlaczego gmina podejmie decyzję później?
bezwaar-staf-beslissen = Decyzja w sprawie sprzeciwu
bezwaar-staf-uitkomst = Rozstrzygnięcie
bezwaar-staf-motivering = Uzasadnienie
bezwaar-staf-nieuw-besluit = Nowa decyzja
bezwaar-staf-nieuw-besluit-hint = Tylko jeśli decyzja się zmienia: co mieszkaniec teraz otrzymuje, od kiedy i na jak długo.

bezwaar-fout-datum = Proszę wpisać dzień, miesiąc i rok.
bezwaar-fout-datum-bestaat-niet = Taka data nie istnieje.
bezwaar-fout-datum-na-vandaag = Proszę wybrać datę po dzisiejszym dniu.
bezwaar-fout-datum-voorbij = Ta data już minęła.
bezwaar-fout-tijd = Proszę wpisać godzinę w takiej formie: 14:30.
bezwaar-fout-leeg = Proszę to wypełnić.
bezwaar-fout-te-lang = Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
bezwaar-fout-uitkomst = Proszę wybrać rozstrzygnięcie.

bezwaar-mail-onderwerp = Informacja o Państwa sprzeciwie ({ $referentie })
bezwaar-mail-ontvangen = Otrzymaliśmy Państwa sprzeciw. Gmina podejmie decyzję najpóźniej { $datum }.
bezwaar-mail-redenen-later = Wyślą Państwo swoje powody później. Proszę zrobić to jak najszybciej.
bezwaar-mail-bevestigd = Gmina potwierdza, że otrzymała Państwa sprzeciw.
bezwaar-mail-aanvullen = Proszę najpóźniej { $datum } napisać, dlaczego nie zgadzają się Państwo z decyzją.
bezwaar-mail-aangevuld = Otrzymaliśmy uzupełnienie Państwa sprzeciwu.
bezwaar-mail-hoorzitting = Gmina zaprasza Państwa na rozmowę o sprzeciwie, { $datum } o godzinie { $tijd }.
bezwaar-mail-geen-hoorzitting = Gmina podejmie decyzję w sprawie sprzeciwu bez rozmowy. W portalu przeczytają Państwo, dlaczego.
bezwaar-mail-verdaagd = Gmina podejmie decyzję w sprawie sprzeciwu później, najpóźniej { $datum }.
bezwaar-mail-beslist = Gmina podjęła decyzję w sprawie Państwa sprzeciwu. Decyzję przeczytają Państwo w portalu.
bezwaar-mail-ingetrokken = Wycofali Państwo swój sprzeciw.
bezwaar-mail-knop = Zobacz swój sprzeciw
bezwaar-mail-privacy = W tym e-mailu nie ma nic o Państwa sytuacji. Przeczytają to Państwo tylko w portalu.
bezwaar-bekijken = Zobacz swój sprzeciw
bezwaar-staf-link-titel = Sprzeciw
bezwaar-staf-link-ontvangen = Sprzeciw otrzymano { $datum }.
bezwaar-staf-link = Do sprzeciwu
bezwaar-staf-geen = Nikt nie złożył sprzeciwu wobec decyzji w tej sprawie.
bezwaar-beslist-uitleg-laat = To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } po { $datum }, czyli po dniu, w którym wpłynął Państwa sprzeciw. Państwa sprzeciw wpłynął po ostatnim dniu na złożenie sprzeciwu.
bezwaar-staf-eerder = Dokumenty do wcześniejszego sprzeciwu, który mieszkaniec wycofał
bezwaar-mail-ingebreke = Gmina otrzymała Państwa list o tym, że się spóźnia. Jeśli gmina nie podejmie decyzji najpóźniej { $datum }, będzie płacić Państwu pieniądze za każdy dzień, aż podejmie decyzję.
