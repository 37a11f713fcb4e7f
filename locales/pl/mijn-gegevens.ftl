## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = Moje dane
mijn-gegevens-terug = Wróć do strony Mój portal
mijn-gegevens-intro = Tutaj widzą Państwo, jakie dane o Państwu przechowuje portal. Mogą Państwo wszystko pobrać. Coś się nie zgadza? Mogą Państwo poprosić o poprawienie.
mijn-gegevens-intro-recht = To Państwa prawo. Mówi o tym { $begrip }.
mijn-gegevens-klaar-account = Zmieniliśmy Państwa dane.
mijn-gegevens-klaar-correctie = Otrzymaliśmy Państwa prośbę. Gmina Państwu odpowie.

mijn-gegevens-download-titel = Pobierz wszystko
mijn-gegevens-download-uitleg = Otrzymają Państwo jeden plik zip ze wszystkimi danymi i dokumentami. W pliku LEESMIJ.txt jest opisane, co zawiera każda część.
mijn-gegevens-download-bewaren = Proszę przechowywać ten plik w bezpiecznym miejscu. Są w nim dane o Państwa zdrowiu i pieniądzach.
mijn-gegevens-download-knop = Pobierz moje dane
mijn-gegevens-download-laatst = Pobrali Państwo swoje dane { $datum }.

mijn-gegevens-account-titel = Państwa konto
mijn-gegevens-account-email = Adres e-mail
mijn-gegevens-account-naam = Imię i nazwisko
mijn-gegevens-account-taal = Język Państwa e-maili
mijn-gegevens-account-sinds = Konto od
mijn-gegevens-account-bsn = Numer BSN (burgerservicenummer)
mijn-gegevens-bsn-bekend = Znany: { $bsn }
mijn-gegevens-account-sessies = Aktywne logowania
mijn-gegevens-sessies-aantal = { $aantal ->
        [one] Na { $aantal } urządzeniu
        [few] Na { $aantal } urządzeniach
        [many] Na { $aantal } urządzeniach
       *[other] Na { $aantal } urządzenia
    }
mijn-gegevens-niet-bekend = Nieznany
mijn-gegevens-taal-nl = niderlandzki (Nederlands)
mijn-gegevens-taal-en = angielski (English)
mijn-gegevens-taal-tr = turecki (Türkçe)
mijn-gegevens-taal-ar = arabski (العربية)
mijn-gegevens-taal-pl = polski
mijn-gegevens-taal-uk = ukraiński (Українська)
mijn-gegevens-zelf-titel = Zmiany, które mogą Państwo zrobić sami
mijn-gegevens-zelf-naam = Państwa imię i nazwisko
mijn-gegevens-zelf-naam-hint = Osoby, które Państwu pomagają, widzą to imię i nazwisko. Można zostawić to pole puste. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku.
        [few] { $aantal } znaków.
        [many] { $aantal } znaków.
       *[other] { $aantal } znaku.
    }
mijn-gegevens-zelf-taal = W jakim języku chcą Państwo otrzymywać e-maile?
mijn-gegevens-zelf-knop = Zapisz
mijn-gegevens-adres-opgeven = Proszę podać adres e-mail. Wtedy otrzymają Państwo wiadomość, gdy coś się zmieni.
mijn-gegevens-adres-wijzigen = Tym adresem e-mail logują się Państwo. Chcą Państwo użyć innego adresu? Proszę zadzwonić do gminy pod numer { $telefoon }. Albo napisać na adres { $email }.

mijn-gegevens-zaken-titel = { $aantal ->
        [one] Państwa sprawa (1)
        [few] Państwa sprawy ({ $aantal })
        [many] Państwa sprawy ({ $aantal })
       *[other] Państwa sprawy ({ $aantal })
    }
mijn-gegevens-zaken-geen = Nie mają Państwo jeszcze żadnych spraw w gminie.
mijn-gegevens-zaak-stand = Wysłano { $datum }. Teraz: { $fase }. { $aantal ->
        [one] Jest { $aantal } krok.
        [few] Są { $aantal } kroki.
        [many] Jest { $aantal } kroków.
       *[other] Jest { $aantal } kroku.
    }
mijn-gegevens-zaak-plan = Złożyli Państwo też własny plan.
mijn-gegevens-zaak-bekijken = Zobacz tę sprawę
mijn-gegevens-zaak-correctie = Poproś o poprawienie czegoś w tej sprawie
mijn-gegevens-fase-ontvangen = otrzymano
mijn-gegevens-fase-gesprek-gepland = rozmowa zaplanowana
mijn-gegevens-fase-onderzocht = rozmowa się odbyła
mijn-gegevens-fase-verslag-verstuurd = sprawozdanie wysłane
mijn-gegevens-fase-aanvraag-ontvangen = wniosek otrzymany
mijn-gegevens-fase-besloten = decyzja podjęta
mijn-gegevens-fase-gesloten = zamknięta
mijn-gegevens-regeling-wmo = Zgłoszenie
mijn-gegevens-regeling-blijverslening = Kredyt na przystosowanie domu
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = Propozycja

mijn-gegevens-concepten-titel = Jeszcze niewysłane i inne prośby ({ $aantal })
mijn-gegevens-concepten-geen = Nie mają Państwo już nic, czego jeszcze nie wysłali.
mijn-gegevens-concept-melding = Zgłoszenie, jeszcze niewysłane. Zaczęli Państwo { $datum }.
mijn-gegevens-concept-blijverslening = Kredyt na przystosowanie domu, jeszcze niewysłany wniosek. Zaczęli Państwo { $datum }.
mijn-gegevens-concept-kindpakket = Kindpakket, jeszcze niewysłany wniosek. Zaczęli Państwo { $datum }.
mijn-gegevens-clientondersteuning = Prośba o wsparcie doradcy { $referentie } z dnia { $datum }

mijn-gegevens-documenten-titel = Dokumenty ({ $aantal })
mijn-gegevens-documenten-geen = Portal nie przechowuje żadnych Państwa dokumentów.
mijn-gegevens-documenten-uitleg = To są najnowsze. W pobranym pliku są wszystkie, w takiej formie, w jakiej wysłali je Państwo lub gmina.
mijn-gegevens-bewijs = { $naam }, dowód do upoważnienia
mijn-gegevens-meer = { $aantal ->
        [one] I jeszcze { $aantal }. Jest w pobranym pliku.
        [few] I jeszcze { $aantal }. Są w pobranym pliku.
        [many] I jeszcze { $aantal }. Są w pobranym pliku.
       *[other] I jeszcze { $aantal }. Są w pobranym pliku.
    }

mijn-gegevens-machtigingen-titel = Upoważnienia ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [one] Dali Państwo { $aantal } zgodę na to, by ktoś Państwu pomagał.
        [few] Dali Państwo { $aantal } zgody na to, by ktoś Państwu pomagał.
        [many] Dali Państwo { $aantal } zgód na to, by ktoś Państwu pomagał.
       *[other] Dali Państwo { $aantal } zgody na to, by ktoś Państwu pomagał.
    }
mijn-gegevens-machtiging-aan = { $naam }, od { $datum }
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [one] Otrzymali Państwo { $aantal } zgodę na pomaganie komuś innemu.
        [few] Otrzymali Państwo { $aantal } zgody na pomaganie komuś innemu.
        [many] Otrzymali Państwo { $aantal } zgód na pomaganie komuś innemu.
       *[other] Otrzymali Państwo { $aantal } zgody na pomaganie komuś innemu.
    }
mijn-gegevens-machtiging-van = { $naam }, od { $datum }
mijn-gegevens-machtigingen-link = Zobacz lub zmień swoje upoważnienia

mijn-gegevens-initiatieven-titel = Inicjatywy ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [one] { $aantal } propozycja
        [few] { $aantal } propozycje
        [many] { $aantal } propozycji
       *[other] { $aantal } propozycji
    }
mijn-gegevens-steun = { $aantal ->
        [one] Popierają Państwo { $aantal } propozycję innych mieszkańców.
        [few] Popierają Państwo { $aantal } propozycje innych mieszkańców.
        [many] Popierają Państwo { $aantal } propozycji innych mieszkańców.
       *[other] Popierają Państwo { $aantal } propozycji innych mieszkańców.
    }

mijn-gegevens-toegang-titel = Kto oglądał Państwa sprawy ({ $aantal })
mijn-gegevens-toegang-niemand = Nikt inny nie oglądał Państwa spraw.
mijn-gegevens-toegang-regel = { $moment }: { $naam }, sprawa { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = osoba, która Państwu pomaga
mijn-gegevens-rol-medewerker = pracownik gminy

mijn-gegevens-mails-titel = E-maile do Państwa ({ $aantal })
mijn-gegevens-mails-uitleg = Portal przechowuje e-mail do 7 dni od jego wysłania.

mijn-gegevens-verzoeken-titel = Co Państwo tu zrobili ({ $aantal })
mijn-gegevens-verzoeken-geen = Nie pobrali Państwo jeszcze swoich danych. Nie prosili Państwo też jeszcze o poprawienie czegoś.
mijn-gegevens-gedownload = { $moment }: pobrali Państwo swoje dane ({ $kb } kB).
mijn-gegevens-correctie-zaak = { $datum }: poprosili Państwo o poprawienie czegoś w sprawie { $referentie }.
mijn-gegevens-correctie-account = { $datum }: poprosili Państwo o poprawienie czegoś na swoim koncie. Gmina otrzymała Państwa prośbę e-mailem.

mijn-gegevens-klopt-niet-titel = Coś się nie zgadza?
mijn-gegevens-klopt-niet-uitleg = Imię i nazwisko oraz język e-maili mogą Państwo zmienić sami powyżej. Tego, co zapisała gmina, nie mogą Państwo zmienić sami. Wtedy proszę poprosić gminę o poprawienie.
mijn-gegevens-klopt-niet-link = Poproś o poprawienie czegoś

mijn-gegevens-correctie-titel = Prośba o poprawienie
mijn-gegevens-correctie-terug = Wróć do części Moje dane
mijn-gegevens-correctie-intro = Coś jest źle w Państwa danych? Prosimy napisać, co się nie zgadza. Pracownik to sprawdzi i Państwu odpowie.
mijn-gegevens-correctie-zelf = Chodzi o prośbę, której jeszcze Państwo nie wysłali? Mogą ją Państwo jeszcze sami zmienić.
mijn-gegevens-correctie-over = Jakich danych to dotyczy?
mijn-gegevens-correctie-over-account = Mojego konta albo czegoś innego
mijn-gegevens-correctie-over-account-hint = Na przykład Państwa adresu e-mail. Gmina otrzyma Państwa prośbę e-mailem.
mijn-gegevens-correctie-wat = Co się nie zgadza?
mijn-gegevens-correctie-wat-hint = Proszę napisać, co jest teraz wpisane i gdzie.
mijn-gegevens-correctie-moet-zijn = Co powinno być wpisane?
mijn-gegevens-correctie-moet-zijn-hint = Nie wiedzą Państwo? Proszę zostawić to pole puste.
mijn-gegevens-correctie-knop = Wyślij prośbę

mijn-gegevens-fout-naam-te-lang = Imię i nazwisko jest za długie. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku.
        [few] { $aantal } znaków.
        [many] { $aantal } znaków.
       *[other] { $aantal } znaku.
    }
mijn-gegevens-fout-taal = Proszę wybrać język e-maili.
mijn-gegevens-fout-over = Proszę wybrać, jakich danych dotyczy prośba.
mijn-gegevens-fout-wat = Proszę napisać, co się nie zgadza.
mijn-gegevens-fout-te-lang = Państwa tekst jest za długi. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku.
        [few] { $aantal } znaków.
        [many] { $aantal } znaków.
       *[other] { $aantal } znaku.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = Prośba o poprawienie danych (RODO, artykuł 16)
mijn-gegevens-mail-gemeente-aanhef = Szanowni Państwo,
mijn-gegevens-mail-gemeente-tekst = Mieszkaniec prosi przez portal o poprawienie danych. Prośba nie dotyczy żadnej sprawy.
mijn-gegevens-mail-gemeente-adres = Adres e-mail mieszkańca: { $email }
mijn-gegevens-mail-gemeente-naam = Imię i nazwisko mieszkańca: { $naam }
mijn-gegevens-mail-gemeente-wat = Co się nie zgadza: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = Co powinno być wpisane: { $tekst }
mijn-gegevens-mail-gemeente-termijn = Proszę odpowiedzieć mieszkańcowi w ciągu miesiąca. Tak mówi RODO, artykuł 12.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = Państwa dane w portalu gminy { $gemeente }
mijn-gegevens-leesmij-gemaakt = Portal utworzył ten plik { $moment }.
mijn-gegevens-leesmij-uitleg = Jest tu wszystko, co portal o Państwu przechowuje. Każda część jest w osobnym pliku.
mijn-gegevens-leesmij-json = Pliki z końcówką .json to tekst. Można je otworzyć w edytorze tekstu.
mijn-gegevens-leesmij-bsn = Proszę dobrze przechowywać ten plik. Jest w nim Państwa numer BSN, jeśli portal go zna.
mijn-gegevens-leesmij-account = Państwa konto: adres e-mail, imię i nazwisko, język i kiedy się Państwo logowali.
mijn-gegevens-leesmij-meldingen = Państwa zgłoszenia, także te jeszcze niewysłane.
mijn-gegevens-leesmij-plannen = Państwa własne plany do zgłoszeń.
mijn-gegevens-leesmij-clientondersteuning = Państwa prośby o bezpłatne wsparcie doradcy.
mijn-gegevens-leesmij-zaken = Państwa sprawy ze wszystkimi krokami. Także Państwa sprzeciw.
mijn-gegevens-leesmij-blijverslening = Państwa wnioski o kredyt na przystosowanie domu, z pozostałymi właścicielami.
mijn-gegevens-leesmij-kindpakket = Państwa wnioski o Kindpakket, z dziećmi i decyzjami.
mijn-gegevens-leesmij-uitdaagrecht = Państwa inicjatywy z ich propozycjami oraz propozycje, które Państwo popierają.
mijn-gegevens-leesmij-machtigingen = kto może Państwu pomagać i komu Państwo sami pomagają.
mijn-gegevens-leesmij-toegangslog = kto oglądał lub zmieniał Państwa sprawy i kiedy.
mijn-gegevens-leesmij-documenten = lista Państwa dokumentów, z informacją, gdzie jest każdy plik.
mijn-gegevens-leesmij-mails = e-maile, które portal do Państwa wysłał. Portal przechowuje je do 7 dni od wysłania.
mijn-gegevens-leesmij-log = kiedy pobrali Państwo swoje dane lub poprosili o poprawienie czegoś.
mijn-gegevens-leesmij-map = Państwa dokumenty, w takiej formie, w jakiej wysłali je Państwo lub gmina.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [one] { $aantal } dokument nie zmieścił się w tym pliku. Proszę poprosić gminę, aby wysłała go w inny sposób.
        [few] { $aantal } dokumenty nie zmieściły się w tym pliku. Proszę poprosić gminę, aby wysłała je w inny sposób.
        [many] { $aantal } dokumentów nie zmieściło się w tym pliku. Proszę poprosić gminę, aby wysłała je w inny sposób.
       *[other] { $aantal } dokumentu nie zmieściło się w tym pliku. Proszę poprosić gminę, aby wysłała je w inny sposób.
    }
mijn-gegevens-leesmij-vragen = Czegoś brakuje? Albo coś się nie zgadza? Proszę skontaktować się z gminą.
