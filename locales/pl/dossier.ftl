## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = Akta Państwa sprawy
dossier-titel-namens = Akta sprawy osoby: { $naam }
dossier-nummer = Numer Państwa zgłoszenia to { $referentie }.
dossier-intro = Tutaj widzą Państwo, co dzieje się z Państwa prośbą o pomoc. I co będzie dalej.
dossier-terug = Wróć do akt sprawy
dossier-te-lang = To jest za długie. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }. Teraz jest o { $teveel } za dużo.

dossier-klaar-antwoord = Gmina otrzymała Państwa odpowiedź.
dossier-klaar-reactie = Gmina otrzymała Państwa uwagi. Państwa uwagi są teraz pod sprawozdaniem.
dossier-klaar-document = Gmina otrzymała Państwa dokument.
dossier-klaar-bezwaar = Gmina otrzymała Państwa sprzeciw. Gmina skontaktuje się z Państwem.
dossier-klaar-ingebrekestelling = Gmina otrzymała Państwa ponaglenie.

# The next date, on the dossier and in Mijn loket.
dossier-volgende-gesprek = Państwa rozmowa z gminą odbędzie się { $datum }.
dossier-volgende-vraag = Gmina ma do Państwa pytanie. Proszę wysłać odpowiedź przed { $datum }.
dossier-volgende-bezwaar = Nie zgadzają się Państwo z decyzją? Mogą Państwo złożyć { $begrip } do { $datum } włącznie.
dossier-volgende-onderzoek = Gmina przeprowadzi { $begrip } najpóźniej { $datum }.
dossier-volgende-verslag = Otrzymają Państwo { $begrip } najpóźniej { $datum }.
dossier-volgende-besluit = Najpóźniej { $datum } gmina przyśle Państwu pismo. To będzie { $begrip }.
dossier-volgende-beslissing-bezwaar = Gmina rozstrzygnie Państwa { $begrip } najpóźniej { $datum }.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = Rozmowa osoby { $naam } z gminą odbędzie się { $datum }.
dossier-volgende-namens-vraag = Gmina ma pytanie do osoby { $naam }. Proszę wysłać odpowiedź przed { $datum }.
dossier-volgende-namens-bezwaar = { $naam } nie zgadza się z decyzją? { $naam } może złożyć { $begrip } do { $datum } włącznie.
dossier-volgende-namens-onderzoek = Gmina przeprowadzi { $begrip } z osobą { $naam } najpóźniej { $datum }.
dossier-volgende-namens-verslag = { $naam } otrzyma { $begrip } najpóźniej { $datum }.
dossier-volgende-namens-besluit = Najpóźniej { $datum } gmina przyśle osobie { $naam } pismo. To będzie { $begrip }.
dossier-volgende-namens-beslissing-bezwaar = Gmina rozstrzygnie { $begrip } osoby { $naam } najpóźniej { $datum }.
dossier-mijn-loket-link = Zobacz akta swojej sprawy
dossier-mijn-loket-link-namens = Zobacz akta sprawy osoby: { $naam }

dossier-te-laat = Gmina spóźnia się z decyzją w sprawie Państwa wniosku.
dossier-te-laat-link = Co mogą Państwo zrobić, gdy gmina się spóźnia?

dossier-vragen-titel = Pytania gminy
dossier-vraag-voor = Proszę wysłać odpowiedź przed { $datum }.
dossier-vraag-beantwoorden = Odpowiedz na to pytanie

# The timeline. The state is said in words before each step.
dossier-stappen-titel = Co się dzieje
dossier-uiterlijk = Najpóźniej { $datum }
dossier-fase-ontvangen = Zgłoszenie otrzymane
dossier-fase-gesprek-gepland = Termin rozmowy
dossier-fase-onderzocht = Rozmowa i rozpoznanie sytuacji
dossier-fase-verslag = Sprawozdanie z rozmowy
dossier-fase-aanvraag = Wniosek
dossier-fase-besloten = Decyzja
dossier-fase-gesloten = Zamknięte
dossier-stap-ontvangen = Gmina otrzymała Państwa { $begrip }.
dossier-stap-ontvangen-nu = Gmina skontaktuje się z Państwem. Wtedy razem ustalą Państwo termin rozmowy.
dossier-stap-gesprek = Rozmowa odbędzie się { $datum } o godzinie { $tijd }.
dossier-stap-gesprek-was = Rozmowa odbyła się { $datum }.
dossier-stap-gesprek-hierna = Gmina umówi się z Państwem na rozmowę.
dossier-plaats-thuis = Rozmowa odbędzie się u Państwa w domu.
dossier-plaats-gemeentehuis = Rozmowa odbędzie się w urzędzie gminy.
dossier-plaats-telefoon = Rozmowa odbędzie się przez telefon. Gmina do Państwa zadzwoni.
dossier-plaats-beeldbellen = Rozmowa odbędzie się przez połączenie wideo.
dossier-stap-onderzocht = Odbyli Państwo rozmowę z gminą. W ten sposób gmina przeprowadziła { $begrip }.
dossier-stap-onderzoek-hierna = Podczas rozmowy gmina sprawdza, czego Państwo potrzebują. To jest { $begrip }. Prawo mówi, że trwa to najwyżej { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od zgłoszenia.
dossier-stap-onderzoek-hierna-gesprek = Podczas rozmowy gmina sprawdza, czego Państwo potrzebują. To jest { $begrip }. Prawo mówi, że trwa to najwyżej { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od pierwszej rozmowy.
dossier-stap-verslag = Gmina wysłała Państwu { $begrip } z rozmowy.
dossier-stap-verslag-link = Przeczytaj sprawozdanie i dodaj uwagi
dossier-stap-verslag-hierna = Po rozmowie gmina zapisuje, co Państwo omówili. Otrzymają Państwo to { $begrip } w ciągu { $dagen ->
        [one] { $dagen } dnia
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    }.
dossier-stap-aanvraag = Gmina otrzymała Państwa { $begrip }.
dossier-stap-aanvraag-hierna = Po sprawozdaniu składają Państwo prośbę o pomoc. To jest Państwa { $begrip }.
dossier-stap-besluit = Jest już { $begrip } gminy.
dossier-stap-besluit-link = Przeczytaj, co postanowiła gmina
dossier-stap-besluit-hierna = Gmina rozpatrzy Państwa wniosek. Potem przyśle Państwu pismo. To będzie { $begrip }. Prawo mówi, że stanie się to w ciągu { $weken ->
        [one] { $weken } tygodnia
        [few] { $weken } tygodni
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    } od złożenia wniosku.
dossier-stap-verdaagd = Gmina potrzebuje więcej czasu. Powód: { $reden }
dossier-stap-bezwaar = Złożyli Państwo { $begrip } { $datum }.
dossier-stap-gesloten = Gmina zamknęła Państwa { $begrip }.
dossier-stap-gesloten-hierna = Gdy wszystko będzie gotowe, gmina zamknie Państwa { $begrip }.

dossier-dwangsom-titel = Państwa ponaglenie
dossier-dwangsom-ontvangen = Gmina otrzymała Państwa { $begrip } { $datum }.
dossier-dwangsom-wachten = Gmina może jeszcze podjąć decyzję do { $datum } włącznie. Wtedy nie musi Państwu nic płacić.
dossier-dwangsom-loopt = Gmina nie podjęła wtedy decyzji. Dlatego płaci Państwu pieniądze. To jest { $begrip }. Liczy się od { $datum }.
dossier-dwangsom-bedrag = Do tej pory jest to { $bedrag }. Ta kwota jest za { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    }.

dossier-documenten-titel = Dokumenty
dossier-documenten-geen = Nie ma jeszcze dokumentów.
dossier-document-over = ({ $soort }, { $datum })
dossier-document-verslag = sprawozdanie
dossier-document-besluit = pismo z decyzją
dossier-document-inwoner = od Państwa
dossier-document-gemeente = od gminy
dossier-uploaden-link = Wyślij gminie dokument

dossier-meer-titel = Więcej o Państwa zgłoszeniu
dossier-inzage-link = Kto oglądał akta Państwa sprawy?
dossier-bewijs-link = Zobacz, co Państwo wysłali gminie
dossier-plan-link = Państwa własny plan

dossier-vraag-titel = Pytanie gminy
dossier-vraag-wacht = Dopóki Państwo nie odpowiedzą, nie biegnie czas, w którym musi zostać wydana { $begrip }.
dossier-antwoord-label = Państwa odpowiedź
dossier-antwoord-hint = Mogą Państwo też wysłać plik. Albo jedno i drugie.
dossier-antwoord-bestand = Plik (jeśli Państwo chcą)
dossier-antwoord-knop = Wyślij odpowiedź
dossier-antwoord-leeg = Proszę napisać odpowiedź. Albo wybrać plik.

dossier-verslag-titel = Sprawozdanie z rozmowy
dossier-verslag-intro = To zapisała gmina po rozmowie z Państwem. Otrzymali Państwo to { $begrip } { $datum }. Coś się nie zgadza? Albo czegoś brakuje? Proszę napisać o tym poniżej.
dossier-verslag-tekst = Co zapisała gmina
dossier-verslag-pdf = Pobierz sprawozdanie (PDF)
dossier-reacties-titel = Państwa uwagi
dossier-reactie-op = Państwa uwagi z dnia { $datum }
dossier-reactie-titel = Dodaj uwagi do sprawozdania
dossier-reactie-label = Państwa uwagi
dossier-reactie-hint = Państwa uwagi pojawią się pod sprawozdaniem. Samo sprawozdanie się nie zmieni.
dossier-reactie-knop = Wyślij uwagi
dossier-reactie-leeg = Proszę napisać swoje uwagi.

dossier-uploaden-titel = Wysyłanie dokumentu
dossier-uploaden-intro = Chcą Państwo wysłać gminie coś, co uzupełnia Państwa { $begrip }? Na przykład list od lekarza? Można to zrobić tutaj.
dossier-uploaden-kies = Proszę wybrać plik
dossier-uploaden-knop = Wyślij dokument

dossier-besluit-titel = Co postanowiła gmina
dossier-besluit-intro = Gmina wysłała Państwu to pismo { $datum }. To jest { $begrip }. Tutaj mogą Państwo przeczytać, co w nim jest.
dossier-besluit-brief = Pobierz pismo z decyzją
dossier-besluit-motivering = Wyjaśnienie gminy
dossier-besluit-bezwaar-titel = Nie zgadzają się Państwo z tym?
dossier-uitkomst-toegekend = Otrzymują Państwo tę pomoc
dossier-uitkomst-gedeeltelijk = Otrzymują Państwo część tej pomocy
dossier-uitkomst-afgewezen = Nie otrzymują Państwo tej pomocy
dossier-regel-wat = Co Państwo otrzymują
dossier-regel-vanaf = Od
dossier-regel-tot = Do (włącznie)
dossier-regel-geen-einde = Nie ma daty końcowej.
dossier-regel-hoe = W jaki sposób otrzymują Państwo pomoc
dossier-regel-zin = Forma: { $begrip }. Gmina organizuje dla Państwa pomoc.
dossier-regel-pgb = Forma: { $begrip }. Otrzymują Państwo pieniądze i sami organizują pomoc.
dossier-regel-budget = Ile pieniędzy Państwo otrzymują
dossier-regel-wie = Kto udziela pomocy
dossier-regel-betalen = Ile Państwo płacą sami
dossier-regel-eigen-bijdrage = Płacą Państwo { $begrip } w wysokości { $bedrag } miesięcznie.
dossier-regel-niets = Nie płacą Państwo nic za tę pomoc.
dossier-regel-waarom = Dlaczego

dossier-bezwaar-titel = Składanie sprzeciwu
dossier-bezwaar-intro = Nie zgadzają się Państwo z tym, co mówi { $begrip }? Proszę napisać tutaj, dlaczego.
dossier-bezwaar-tot = Mogą Państwo złożyć { $begrip } do { $datum } włącznie.
dossier-bezwaar-uitleg = Mają Państwo na to { $weken ->
        [one] { $weken } tydzień
        [few] { $weken } tygodnie
        [many] { $weken } tygodni
       *[other] { $weken } tygodnia
    }. Ten czas zaczyna się w dniu po wysłaniu decyzji przez gminę. Gmina wysłała ją { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [one] Termin { $weken } tygodnia właściwie mija { $datum }.
        [few] Termin { $weken } tygodni właściwie mija { $datum }.
        [many] Termin { $weken } tygodni właściwie mija { $datum }.
       *[other] Termin { $weken } tygodnia właściwie mija { $datum }.
    } To sobota, niedziela lub święto. Dlatego mają Państwo kilka dni więcej.
dossier-bezwaar-te-laat = Ten dzień już minął. Są Państwo więc spóźnieni.
dossier-bezwaar-te-laat-toch = Mimo to mogą Państwo jeszcze wysłać sprzeciw. Proszę wtedy napisać, dlaczego są Państwo spóźnieni. Gmina zdecyduje, czy jeszcze rozpatrzy Państwa sprzeciw.
dossier-bezwaar-label = Dlaczego nie zgadzają się Państwo z decyzją?
dossier-bezwaar-hint = Proszę napisać, co Państwa zdaniem się nie zgadza. I czego Państwo oczekiwali.
dossier-bezwaar-hint-te-laat = Proszę napisać, co Państwa zdaniem się nie zgadza. Proszę też napisać, dlaczego są Państwo spóźnieni.
dossier-bezwaar-knop = Wyślij sprzeciw
dossier-bezwaar-leeg = Proszę napisać, dlaczego nie zgadzają się Państwo z decyzją.
dossier-bezwaar-link = Złóż sprzeciw
dossier-bezwaar-hierna = Gmina skontaktuje się z Państwem w sprawie sprzeciwu.
dossier-bezwaar-uw-tekst = Co Państwo napisali

dossier-ingebreke-titel = Gmina się spóźnia
dossier-ingebreke-te-laat = Gmina miała najpóźniej { $datum } rozstrzygnąć Państwa { $begrip }. Nie udało się jej to.
dossier-ingebreke-wat = Mogą Państwo wtedy wysłać gminie { $begrip }.
dossier-ingebreke-betekent = W ten sposób mówią Państwo gminie: proszę teraz podjąć decyzję w sprawie mojego wniosku.
dossier-ingebreke-dwangsom = Gmina nie podejmie decyzji w ciągu { $dagen ->
        [one] { $dagen } dnia
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    } od tego momentu? Wtedy gmina zapłaci Państwu pieniądze. Nazywa się to: { $begrip }.
dossier-ingebreke-hoeveel = Ile pieniędzy Państwo otrzymają?
dossier-ingebreke-eerste = { $dagen ->
        [one] Przez pierwszy { $dagen } dzień
        [few] Przez pierwsze { $dagen } dni
        [many] Przez pierwsze { $dagen } dni
       *[other] Przez pierwsze { $dagen } dnia
    } otrzymują Państwo { $bedrag } dziennie.
dossier-ingebreke-tweede = { $dagen ->
        [one] Przez kolejny { $dagen } dzień
        [few] Przez kolejne { $dagen } dni
        [many] Przez kolejne { $dagen } dni
       *[other] Przez kolejne { $dagen } dnia
    } otrzymują Państwo { $bedrag } dziennie.
dossier-ingebreke-derde = Potem otrzymują Państwo { $bedrag } dziennie.
dossier-ingebreke-maximum = Otrzymują Państwo te pieniądze najwyżej przez { $dagen ->
        [one] { $dagen } dzień
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    }. Łącznie jest to najwyżej { $bedrag }. Potem gmina nadal musi podjąć decyzję.
dossier-ingebreke-knop-titel = Co się stanie, gdy Państwo klikną przycisk?
dossier-ingebreke-vandaag = Gmina otrzyma Państwa ponaglenie dzisiaj, { $datum }.
dossier-ingebreke-vanaf = Gmina może wtedy jeszcze podjąć decyzję do { $datum } włącznie. Potem liczy się każdy dzień.
dossier-ingebreke-knop = Wyślij ponaglenie

dossier-inzage-titel = Kto oglądał akta Państwa sprawy?
dossier-inzage-intro = Tutaj widzą Państwo, którzy pracownicy otwierali akta Państwa sprawy lub coś w nich zmieniali. Najnowsze wpisy są na górze.
dossier-inzage-niemand = Nikt z gminy nie otwierał jeszcze akt Państwa sprawy.
dossier-inzage-paginas = Strony rejestru
dossier-inzage-wie = { $naam }, { $rol }
dossier-inzage-onbekend = Pracownik
dossier-inzage-reden = Powód: { $reden }
dossier-inzage-bekeken = Obejrzano akta Państwa sprawy.
dossier-inzage-gedownload = Otwarto dokument.
dossier-inzage-gewijzigd = Zmieniono coś w aktach Państwa sprawy.
dossier-inzage-stap = Dopisano nowy krok w aktach Państwa sprawy: { $stap }.
dossier-rol-medewerker = pracownik gminy
dossier-rol-beheerder = administrator w gminie
dossier-rol-helper = osoba, która Państwu pomaga
dossier-door-helper = Zrobiła to w Państwa imieniu osoba, która Państwu pomaga.
dossier-gemeente-te-laat = Gmina się spóźnia
