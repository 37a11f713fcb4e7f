## Mijn loket: the signed-in resident's own page.

mijn-loket-titel = Mój portal
mijn-loket-ingelogd-als = Są Państwo zalogowani jako { $email }.
mijn-loket-mijn-gegevens = Moje dane: zobaczyć, pobrać lub poprosić o poprawienie
mijn-loket-zaken-titel = Państwa sprawy
mijn-loket-zaken-titel-namens = Sprawy osoby: { $naam }
mijn-loket-geen-zaken = Nie mają Państwo jeszcze u nas żadnych spraw. Sprawa zaczyna się, gdy o coś Państwo wnioskują lub coś zgłaszają.
mijn-loket-geen-zaken-namens = { $naam } nie ma jeszcze u nas żadnych spraw.
mijn-loket-starten-titel = Co chcą Państwo zrobić?
mijn-loket-start-melding = Poprosić o pomoc w mieszkaniu, opiece lub udziale w życiu z innymi
mijn-loket-start-melding-uitleg = To jest { $begrip }. Potem gmina rozmawia z Państwem o tym, czego Państwo potrzebują.
mijn-loket-start-clientondersteuning = Poprosić o bezpłatną pomoc doradcy wspierającego
mijn-loket-start-clientondersteuning-uitleg = Doradca wspierający pomaga Państwu bezpłatnie. Nie decyduje o Państwa sprawie.
mijn-loket-start-blijverslening = Pożyczyć pieniądze na przystosowanie domu
mijn-loket-start-blijverslening-uitleg = To jest { $begrip }. Dzięki niemu mogą Państwo dalej mieszkać we własnym domu.
mijn-loket-start-kindpakket = Złożyć wniosek o Kindpakket
mijn-loket-start-kindpakket-uitleg = Na sport, kulturę i szkołę dla dzieci z rodzin, które mają mało pieniędzy.
mijn-loket-start-uitdaagrecht = Przejąć zadanie gminy
mijn-loket-start-uitdaagrecht-uitleg = To jest { $begrip }: razem z innymi mieszkańcami składają Państwo gminie propozycję.
mijn-loket-start-termijnen = Obliczyć, kiedy gmina musi odpowiedzieć
mijn-loket-start-termijnen-uitleg = Wtedy wiedzą Państwo, do kiedy trzeba czekać.
mijn-loket-start-vertegenwoordiger = Jestem przedstawicielem ustawowym
mijn-loket-start-vertegenwoordiger-uitleg = Są Państwo kuratorem, mentorem, zarządcą majątku, opiekunem prawnym albo rodzicem z władzą rodzicielską? Proszę przesłać dowód.

mijn-loket-melding-concept-titel = Prośba o pomoc
mijn-loket-concept = Jeszcze nie wysłano
mijn-loket-concept-begonnen = Zaczęli Państwo { $datum }.
mijn-loket-concept-code = Państwa kod do kontynuacji: { $code }
mijn-loket-concept-verder = Kontynuuj tę prośbę
mijn-loket-melding-titel = Prośba o pomoc { $referentie }
mijn-loket-ontvangen = Otrzymano
mijn-loket-ontvangen-op = Gmina otrzymała tę prośbę { $datum }.
mijn-loket-volgende-plan = Mogą Państwo złożyć własny plan do { $datum } włącznie.
mijn-loket-volgende-gesprek = Gmina porozmawia z Państwem najpóźniej { $datum }.
mijn-loket-volgende-plan-namens = { $naam } może złożyć własny plan do { $datum } włącznie.
mijn-loket-volgende-gesprek-namens = Gmina porozmawia z osobą { $naam } najpóźniej { $datum }.
mijn-loket-melding-bekijk = Zobacz tę prośbę
mijn-loket-concept-versturen = Sprawdź odpowiedzi i wyślij
mijn-loket-concept-later = Jak kontynuować później?
mijn-loket-melding-plan = Napisz lub wyślij własny plan
mijn-loket-melding-plan-bekijk = Zobacz własny plan
mijn-loket-melding-plan-namens = Napisz lub wyślij własny plan osoby: { $naam }
mijn-loket-melding-plan-bekijk-namens = Zobacz własny plan osoby: { $naam }
mijn-loket-co-titel = Bezpłatna pomoc doradcy wspierającego { $referentie }
mijn-loket-co-verstuurd = Poprosili Państwo o tę pomoc { $datum }.
mijn-loket-co-organisatie = { $organisatie } skontaktuje się z Państwem.
mijn-loket-co-gemeente-kiest = Gmina wybiera, kto Państwu pomoże. Potem ta osoba skontaktuje się z Państwem.
mijn-loket-co-bekijk = Zobacz tę prośbę
mijn-loket-titel-namens = Portal osoby: { $naam }
mijn-loket-namens-uitleg = Działają Państwo w imieniu osoby { $naam }. Widzą tu Państwo sprawy tej osoby.
mijn-loket-hulp-titel = Pomoc innych osób
mijn-loket-hulp-uitleg = Ktoś inny może Państwu pomagać, jeśli dadzą Państwo tej osobie { $begrip }. Sami Państwo wybierają, co ta osoba może robić.
mijn-loket-hulp-machtigingen = Zobacz upoważnienia lub upoważnij kogoś
mijn-loket-hulp-namens = Działanie w imieniu osoby, której Państwo pomagają
mijn-loket-hulp-terug-zelf = Wróć do własnego portalu
mijn-loket-account-titel = Państwa konto
mijn-loket-account-link = Usuń swoje konto
mijn-loket-account-wissen-titel = Usuwanie konta
mijn-loket-account-geen-zaken = Nie mają Państwo żadnych spraw w gminie.
mijn-loket-account-wissen-uitleg = Usuwają Państwo konto? Wtedy usuniemy z portalu wszystkie dane o Państwu. Także wersje robocze i e-maile. Tego nie da się cofnąć.
mijn-loket-account-wissen-vraag = Czy chcą Państwo usunąć swoje konto?
mijn-loket-account-sluiten-titel = Zamykanie konta
mijn-loket-account-zaken = { $aantal ->
    [one] Mają Państwo { $aantal } sprawę w gminie.
    [few] Mają Państwo { $aantal } sprawy w gminie.
    [many] Mają Państwo { $aantal } spraw w gminie.
   *[other] Mają Państwo { $aantal } sprawy w gminie.
}
mijn-loket-account-bewaren = Gmina musi jeszcze przez jakiś czas przechowywać Państwa sprawy. Tak mówi prawo. Dlatego nie możemy teraz usunąć Państwa konta.
mijn-loket-account-termijnen = Przeczytaj, jak długo gmina przechowuje Państwa sprawy
mijn-loket-account-sluiten-uitleg = Mogą Państwo natomiast zamknąć konto. Wtedy nie mogą Państwo składać nowych wniosków. Nadal mogą Państwo oglądać swoje sprawy. Później mogą Państwo znowu otworzyć konto.
mijn-loket-account-sluiten-vraag = Czy chcą Państwo zamknąć swoje konto?
mijn-loket-account-gesloten-sinds = Zamknęli Państwo konto { $datum }. Nie mogą Państwo składać nowych wniosków.
mijn-loket-account-openen-titel = Ponowne otwarcie konta
mijn-loket-account-openen-uitleg = Otwierają Państwo konto ponownie? Wtedy znowu mogą Państwo o coś wnioskować.
mijn-loket-account-openen-vraag = Czy chcą Państwo ponownie otworzyć swoje konto?
mijn-loket-account-openen-link = Otwórz konto ponownie
mijn-loket-account-ja = Tak
mijn-loket-account-nee = Nie
mijn-loket-account-knop = Dalej
mijn-loket-account-fout-kies = Proszę wybrać Tak lub Nie.
mijn-loket-adres-opgeven = Proszę podać swój adres e-mail. Wtedy otrzymają Państwo wiadomość, gdy coś się zmieni.
