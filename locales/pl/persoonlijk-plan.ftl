## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = Państwa własny plan
persoonlijk-plan-intro = Mogą Państwo przygotować { $begrip }. Piszą w nim Państwo, co chcą osiągnąć. I jakiej pomocy, Państwa zdaniem, do tego potrzebują.
persoonlijk-plan-hoeft-niet = Nie trzeba przygotowywać planu. Ale plan pomaga w rozmowie z gminą.

persoonlijk-plan-termijn-titel = Do kiedy można złożyć plan?
persoonlijk-plan-termijn = Proszę złożyć plan najpóźniej { $datum }.
persoonlijk-plan-termijn-uitleg = Mają Państwo na to { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    } od chwili, gdy złożyli Państwo { $begrip }. Gmina otrzymała Państwa prośbę { $ontvangen }.
persoonlijk-plan-termijn-verlengd = Najpierw ostatnim dniem był { $datum }. Ten dzień wypada w weekend lub w święto. Dlatego mają Państwo więcej czasu.
persoonlijk-plan-termijn-onbekend = Proszę złożyć plan w ciągu { $dagen ->
        [one] { $dagen } dnia
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    } od chwili, gdy złożyli Państwo { $begrip }.
persoonlijk-plan-te-laat = Ten dzień już minął. Są Państwo więc spóźnieni. Ale mimo to mogą Państwo jeszcze złożyć plan.

persoonlijk-plan-huidig-titel = Państwa plan teraz
persoonlijk-plan-status-label = Status
persoonlijk-plan-status-concept = Jeszcze nie złożony
persoonlijk-plan-status-ingeleverd = Złożony
persoonlijk-plan-ingeleverd-op = Data złożenia
persoonlijk-plan-bestand-label = Plik
persoonlijk-plan-bestand-download = Pobierz { $naam } ({ $soort }, { $grootte })
persoonlijk-plan-concept-uitleg = Zapisali Państwo swój plan. Gmina zobaczy go dopiero wtedy, gdy go Państwo złożą.
persoonlijk-plan-geen-plan = Nie złożyli Państwo planu.

persoonlijk-plan-keuze-titel = Jak chcą Państwo przygotować plan?
persoonlijk-plan-keuze-schrijven = Proszę napisać plan tutaj
persoonlijk-plan-keuze-schrijven-uitleg = Zadamy Państwu trzy pytania. W trakcie można zapisać plan i dokończyć go później.
persoonlijk-plan-keuze-uploaden = Proszę wysłać plik
persoonlijk-plan-keuze-uploaden-uitleg = Mają Państwo już plan na papierze lub w komputerze? Proszę wysłać plik PDF, zdjęcie albo skan.
persoonlijk-plan-vervangen = Złożyli Państwo już plan. Nowa wersja zastąpi poprzednią.

persoonlijk-plan-klaar-opgeslagen = Zapisali Państwo swój plan. Mogą Państwo dokończyć go później.
persoonlijk-plan-klaar-ingeleverd = Złożyli Państwo swój plan. Gmina przeczyta go przed rozmową z Państwem.
persoonlijk-plan-vast = Gmina ma już datę Państwa pierwszej rozmowy. Dlatego nie mogą już Państwo zmienić planu. Chcą Państwo coś dodać? Proszę powiedzieć o tym podczas rozmowy.

persoonlijk-plan-terug = Wróć do swojego planu
persoonlijk-plan-schrijven-titel = Proszę napisać swój plan
persoonlijk-plan-schrijven-intro = Proszę odpowiedzieć na pytania własnymi słowami. Potrzebna jest tylko odpowiedź na pierwsze pytanie.
persoonlijk-plan-schrijven-opslaan-uitleg = Przyciskiem Zapisz zachowują Państwo plan. Gmina jeszcze go wtedy nie widzi. Przyciskiem Złóż wysyłają go Państwo do gminy.
persoonlijk-plan-schrijven-nieuwe-versie = Złożyli Państwo już swój plan. Chcą Państwo coś zmienić? Proszę złożyć go ponownie. Nowa wersja zastąpi starą.
persoonlijk-plan-doelen-label = Co chcą Państwo osiągnąć?
persoonlijk-plan-doelen-hint = Na przykład: samodzielnie robić zakupy albo znowu chodzić do klubu.
persoonlijk-plan-zelf-label = Co mogą Państwo zrobić sami? A co robią ludzie wokół Państwa?
persoonlijk-plan-zelf-hint = Proszę pomyśleć o partnerze, rodzinie, sąsiadach lub przyjaciołach.
persoonlijk-plan-ondersteuning-label = Jakiej pomocy, Państwa zdaniem, potrzebują Państwo? I dlaczego?
persoonlijk-plan-ondersteuning-hint = Proszę opisać, czego Państwu brakuje. Wtedy gmina zrozumie, dlaczego potrzebują Państwo tej pomocy.
persoonlijk-plan-opslaan = Zapisz
persoonlijk-plan-inleveren = Złóż
persoonlijk-plan-doelen-leeg = Proszę opisać, co chcą Państwo osiągnąć. Wtedy można złożyć plan.
persoonlijk-plan-te-lang = Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }. Teraz jest o { $teveel } za dużo.

persoonlijk-plan-uploaden-titel = Proszę wysłać plan jako plik
persoonlijk-plan-uploaden-intro = Proszę wysłać plik PDF albo zdjęcie w formacie JPG lub PNG. Może to być też zdjęcie planu na papierze.
persoonlijk-plan-uploaden-vervangen = Złożyli Państwo już plan? Wtedy ten plik go zastąpi.
persoonlijk-plan-bestand-kies = Proszę wybrać plik
persoonlijk-plan-uploaden-knop = Złóż plik
persoonlijk-plan-bestand-geen = Proszę wybrać plik.
persoonlijk-plan-bestand-leeg = Ten plik jest pusty. Proszę wybrać inny plik.
persoonlijk-plan-bestand-te-groot = Ten plik jest za duży. Może mieć najwyżej { $mb } MB. Proszę spróbować z mniejszym zdjęciem lub skanem.
persoonlijk-plan-bestand-soort = Nie możemy otworzyć tego pliku. Proszę wysłać plik PDF, JPG lub PNG.
persoonlijk-plan-bestand-virus = W pliku { $naam } jest wirus ({ $virus }). Nie zapisaliśmy go. Proszę sprawdzić komputer lub telefon programem antywirusowym. Potem proszę wysłać inny plik.
persoonlijk-plan-bestand-vol-keer = Nie zapisaliśmy pliku { $naam }. Naraz można wysłać { $aantal ->
        [one] { $aantal } plik
        [few] { $aantal } pliki
        [many] { $aantal } plików
       *[other] { $aantal } pliku
    }. Proszę wysłać ten plik później osobno.
persoonlijk-plan-bestand-vol-aantal = Nie zapisaliśmy pliku { $naam }. { $aantal ->
        [one] Do jednego wniosku lub zgłoszenia można dodać { $aantal } plik. Ten plik już jest.
        [few] Do jednego wniosku lub zgłoszenia można dodać { $aantal } pliki. Te pliki już są.
        [many] Do jednego wniosku lub zgłoszenia można dodać { $aantal } plików. Te pliki już są.
       *[other] Do jednego wniosku lub zgłoszenia można dodać { $aantal } pliku. Te pliki już są.
    } Chcą Państwo wysłać więcej? Proszę zadzwonić do gminy.
persoonlijk-plan-bestand-vol-zaak = Nie zapisaliśmy pliku { $naam }. Pliki do jednego wniosku lub zgłoszenia mogą mieć razem najwyżej { $mb } MB. Proszę wysłać mniejszy plik albo zadzwonić do gminy.
persoonlijk-plan-bestand-vol-dag = Nie zapisaliśmy pliku { $naam }. Dziennie można wysłać pliki o łącznej wielkości { $mb } MB. Proszę spróbować ponownie jutro.
