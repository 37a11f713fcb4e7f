## Start page: what the portal is for, what residents can do here, and how to get help another way.

start-titel = Pomoc w życiu w domu i w kontaktach z innymi
start-intro-vraag = Potrzebują Państwo pomocy, aby dalej mieszkać w domu? Albo aby brać udział w życiu z innymi ludźmi?
start-intro-loket = Tutaj mogą Państwo poprosić o pomoc gminę { $gemeente }.
start-intro-wet = Ta pomoc jest opisana w ustawie o wsparciu społecznym (Wet maatschappelijke ondersteuning). Tę ustawę nazywa się też w skrócie: { $begrip }.

start-doen-titel = Co można tu zrobić?
start-doen-melding = Powiedzieć, jakiej pomocy Państwo potrzebują
start-doen-melding-uitleg = Nazywa się to zgłoszeniem. Potem gmina rozmawia z Państwem o Państwa sytuacji.
start-doen-plan = Złożyć własny plan
start-doen-plan-uitleg = Po zgłoszeniu mogą Państwo sami opisać, jakiej pomocy chcą. Robią to Państwo na stronie Mój portal.
start-doen-clientondersteuning = Poprosić o bezpłatną pomoc doradcy wspierającego
start-doen-clientondersteuning-uitleg = Doradca wspierający pomaga Państwu w sprawie, z którą zwracają się Państwo do gminy. To nic nie kosztuje.
start-doen-termijnen = Zobaczyć, ile trwa każdy krok
start-doen-termijnen-uitleg = Gmina musi odpowiedzieć na czas. Tutaj można przeczytać, ile ma na to czasu.
start-doen-blijverslening = Złożyć wniosek o kredyt na przystosowanie domu
start-doen-blijverslening-uitleg = Mają Państwo własny dom? Dzięki temu kredytowi mogą Państwo przystosować dom. Wtedy mogą Państwo dalej w nim mieszkać.
start-doen-kindpakket = Złożyć wniosek o Kindpakket
start-doen-kindpakket-uitleg = Dla dzieci z rodzin, które mają mało pieniędzy. Na przykład na sport, muzykę lub rzeczy do szkoły.
start-doen-uitdaagrecht = Przejąć zadanie gminy
start-doen-uitdaagrecht-uitleg = Czy razem z innymi mieszkańcami mogą Państwo zrobić coś lepiej lub taniej niż gmina? Proszę złożyć propozycję. Mogą Państwo też czytać i popierać propozycje innych.
start-doen-volgen = Śledzić swoją sprawę
start-doen-volgen-uitleg = Na stronie Mój portal widzą Państwo, co dzieje się z Państwa sprawą. I kiedy otrzymają Państwo odpowiedź.

start-hulp-titel = Bezpłatna pomoc w Państwa sprawie
start-hulp-gratis = Doradca wspierający pomaga Państwu bezpłatnie. Nigdy Państwo za to nie płacą.
start-hulp-onafhankelijk = Doradca wspierający stoi po Państwa stronie. Nie decyduje o Państwa sprawie.
start-hulp-wanneer = O tę pomoc można poprosić zawsze. Także przed zgłoszeniem albo gdy opiekują się Państwo kimś innym.
start-hulp-link = Poproś o doradcę wspierającego

start-plan-titel = Mogą Państwo sami napisać plan
start-plan-tekst = W planie piszą Państwo, co chcą osiągnąć. I jakiej pomocy, Państwa zdaniem, potrzebują.
start-plan-termijn = Plan mogą Państwo złożyć w ciągu { $dagen ->
        [one] { $dagen } dnia
        [few] { $dagen } dni
        [many] { $dagen } dni
       *[other] { $dagen } dnia
    } od zgłoszenia.
start-plan-gesprek = Gmina rozmawia z Państwem o Państwa planie. Nie trzeba pisać planu.


start-inloggen-titel = Logowanie
start-inloggen-tekst = Chcą Państwo poprosić o pomoc lub śledzić swoją sprawę? Proszę się najpierw zalogować.
start-inloggen-link = Zaloguj się
start-ingelogd-tekst = Są Państwo zalogowani.
start-ingelogd-link = Do strony Mój portal

start-anders-titel = Wolą Państwo zadzwonić, napisać lub przyjść osobiście?
start-anders-tekst = Nie udaje się przez internet? Gmina pomoże Państwu w inny sposób.
start-anders-bellen = Proszę zadzwonić do gminy:
start-anders-iemand = Mogą Państwo też poprosić kogoś o pomoc. Na przykład kogoś z rodziny albo doradcę wspierającego.
start-anders-contact = Wszystkie dane kontaktowe
