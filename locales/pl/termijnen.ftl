## "Termijnen berekenen": a resident or helper enters what happened and when, and sees by when each next step
## is due. Dates are formatted in Rust ("dinsdag 8 december 2026").

termijnen-titel = Obliczanie terminów
termijnen-intro = Proszę wpisać, co się wydarzyło i którego dnia. Wtedy zobaczą Państwo, do kiedy Państwo albo gmina muszą coś zrobić.
termijnen-intro-leeg = Nie trzeba wypełniać wszystkiego. Proszę wpisać tylko to, co Państwo wiedzą.

termijnen-melding-label = Kiedy poprosili Państwo gminę o pomoc?
termijnen-melding-hint = To dzień, w którym gmina otrzymała Państwa prośbę. Na przykład 15 3 2026
termijnen-melding-hint-gesprek = W gminie { $gemeente } jest to dzień Państwa pierwszej rozmowy z gminą. Na przykład 15 3 2026
termijnen-aanvraag-label = Kiedy gmina otrzymała Państwa wniosek?
termijnen-aanvraag-hint = Na przykład 15 3 2026
termijnen-besluit-label = Kiedy gmina wysłała Państwu decyzję?
termijnen-besluit-hint = Ta data jest w piśmie. Na przykład 15 3 2026
termijnen-knop = Oblicz terminy
termijnen-datum-onvolledig = Proszę wpisać dzień, miesiąc i rok.
termijnen-datum-bestaat-niet = Taka data nie istnieje. Proszę wpisać datę w takiej formie: 15 3 2026.

termijnen-uitkomst-titel = To są Państwa terminy
termijnen-vandaag = Dzisiaj jest { $datum }.
termijnen-loopt = Jeszcze trwa
termijnen-voorbij = Minął
termijnen-verlengd = Najpierw ostatnim dniem był { $datum }. Ten dzień wypada w weekend lub w święto. Dlatego termin jest dłuższy.
termijnen-delen = Chcą Państwo to zachować albo komuś wysłać? Proszę skopiować adres tej strony. Są w nim Państwa daty.

termijnen-plan-titel = Państwa własny plan
termijnen-plan-tekst = Mogą Państwo złożyć { $begrip } do { $datum } włącznie. Mają Państwo na to { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    } od zgłoszenia.
termijnen-plan-voorbij = Mimo to mogą Państwo jeszcze przynieść swój plan na rozmowę z gminą.
termijnen-onderzoek-titel = Rozmowa z gminą
termijnen-onderzoek-tekst = Gmina musi porozmawiać z Państwem o Państwa sytuacji. Nazywa się to: { $begrip }. Musi się zakończyć najpóźniej { $datum }. To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } po zgłoszeniu.
termijnen-onderzoek-te-laat = Rozmowa jeszcze się nie zakończyła? W takim razie gmina się spóźnia. Mogą Państwo wtedy od razu sami złożyć wniosek o pomoc.
termijnen-besluit-titel = Decyzja w sprawie Państwa wniosku
termijnen-besluit-tekst = Gmina musi wysłać Państwu swoją odpowiedź najpóźniej { $datum }. Ta odpowiedź to { $begrip }. To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } po złożeniu wniosku.
termijnen-besluit-te-laat = Nadal nie mają Państwo decyzji? W takim razie gmina się spóźnia. Proszę wysłać do gminy list. Taki list to { $begrip }.
termijnen-dwangsom = Gmina nadal nie podjęła decyzji { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } po otrzymaniu Państwa listu? Wtedy musi zapłacić Państwu pieniądze. Nazywa się to: { $begrip }. Na początku to { $eerste } za dzień. Łącznie jest to najwyżej { $maximum }.
termijnen-bezwaar-titel = Składanie sprzeciwu
termijnen-bezwaar-tekst = Nie zgadzają się Państwo z decyzją? Mogą Państwo złożyć { $begrip } do { $datum } włącznie. To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od dnia, w którym gmina wysłała decyzję.
termijnen-bezwaar-voorbij = Spóźnili się Państwo z ważnego powodu? Na przykład dlatego, że byli Państwo w szpitalu? Mimo to proszę wysłać sprzeciw. Proszę napisać, dlaczego się Państwo spóźnili.
termijnen-beslissing-bezwaar-titel = Decyzja w sprawie Państwa sprzeciwu
termijnen-beslissing-bezwaar-tekst = Składają Państwo { $begrip }? Wtedy gmina musi podjąć decyzję najpóźniej { $datum }. To { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od ostatniego dnia na złożenie sprzeciwu.
termijnen-beslissing-bezwaar-commissie = W gminie { $gemeente } każdy sprzeciw omawia komisja. Dlatego trwa to { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }.
termijnen-beslissing-bezwaar-zonder = Czy gmina prosi komisję, aby oceniła Państwa sprzeciw? Wtedy trwa to { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }: do { $datum } włącznie.
termijnen-beslissing-bezwaar-later = Gmina może jeden raz przesunąć tę datę o { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }. Musi wtedy napisać o tym do Państwa przed tą datą.

termijnen-regels-titel = Jak liczymy?
termijnen-regels-wet = Terminy są zapisane w prawie. Każdy termin zaczyna się dzień po tym, co się wydarzyło.
termijnen-regels-vrij = Ostatni dzień to sobota, niedziela lub święto? Wtedy można to zrobić jeszcze w pierwszym dniu roboczym po nim.
termijnen-kan-veranderen = Ta data może się jeszcze zmienić. Dni wolne w roku { $jaar } nie są jeszcze ustalone.
