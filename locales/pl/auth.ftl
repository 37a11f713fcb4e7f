## Sign-in by e-mail link.

auth-inloggen-titel = Logowanie
auth-inloggen-uitleg = Logują się Państwo swoim adresem e-mail. Otrzymają Państwo wtedy e-mail z linkiem. Tym linkiem się Państwo logują.
auth-inloggen-geen-wachtwoord = Nie potrzebują Państwo hasła.
auth-email-label = Państwa adres e-mail
auth-email-hint = Na przykład naam@voorbeeld.nl
auth-email-leeg = Proszę wpisać swój adres e-mail.
auth-email-ongeldig = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
auth-inloggen-knop = Wyślij mi link
auth-inloggen-digid = Później będzie można tu też zalogować się przez DigiD.
auth-verstuurd-titel = Proszę sprawdzić skrzynkę e-mail
auth-verstuurd-tekst = Wysłaliśmy e-mail na adres, który Państwo wpisali. Proszę kliknąć link w tej wiadomości.
auth-verstuurd-geldig = Link działa przez { $minuten ->
        [one] { $minuten } minutę
        [few] { $minuten } minuty
        [many] { $minuten } minut
       *[other] { $minuten } minuty
    }. Można go użyć tylko raz.
auth-verstuurd-niets = Nie dostali Państwo e-maila? Proszę sprawdzić też folder ze spamem.
auth-verstuurd-opnieuw = Poproś o nowy link
auth-bevestig-titel = Logowanie
auth-bevestig-tekst = Proszę kliknąć przycisk, aby się zalogować.
auth-bevestig-knop = Zaloguj się
auth-verlopen-titel = Ten link już nie działa
auth-verlopen-tekst = Link działa przez { $minuten ->
        [one] { $minuten } minutę
        [few] { $minuten } minuty
        [many] { $minuten } minut
       *[other] { $minuten } minuty
    } i tylko raz. Być może już użyli Państwo tego linku.
auth-verlopen-opnieuw = Poproś o nowy link
auth-uitloggen-knop = Wyloguj się
auth-uitgelogd-titel = Zostali Państwo wylogowani
auth-uitgelogd-tekst = Proszę zamknąć przeglądarkę, jeśli korzystają Państwo z komputera razem z innymi.
auth-uitgelogd-opnieuw = Zaloguj się ponownie
auth-uitgelogd-opgeheven = Usunęliśmy Państwa konto. Usunęliśmy z portalu wszystkie dane o Państwu.
auth-mail-onderwerp = Logowanie do portalu gminy { $gemeente }
auth-mail-tekst = Chcą Państwo zalogować się do portalu gminy { $gemeente }. Proszę kliknąć link, aby się zalogować.
auth-mail-knop = Zaloguj się
auth-mail-geldig = Link działa przez { $minuten ->
        [one] { $minuten } minutę
        [few] { $minuten } minuty
        [many] { $minuten } minut
       *[other] { $minuten } minuty
    }. Można go użyć tylko raz.
auth-mail-niet-gevraagd = Nie prosili Państwo o to? W takim razie nie muszą Państwo nic robić. Bez tego linku nikt nie może się zalogować.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = Państwa konto w gminie
auth-met-aanbieder = Zaloguj się przez: { $aanbieder }
auth-pagina-vraagt = Na tę stronę logują się Państwo przez: { $aanbieders }.
auth-of-email = Albo zaloguj się adresem e-mail
auth-voor-medewerkers = Pracują Państwo w gminie?
auth-afgebroken = Przerwali Państwo logowanie przez: { $aanbieder }. Nie są Państwo zalogowani.
auth-bewaard-tekst = Przez jakiś czas nie byli Państwo aktywni. Dlatego zostali Państwo wylogowani. Zapisaliśmy to, co Państwo wpisali.
auth-bewaard-opnieuw = Proszę zalogować się ponownie. Potem będą Państwo kontynuować tam, gdzie Państwo skończyli.
auth-fout-titel = Logowanie się nie udało
auth-fout-digid = Wystąpił błąd w komunikacji z DigiD. Proszę spróbować ponownie później. Jeśli ten błąd będzie się powtarzał, najnowsze informacje znajdą Państwo na stronie https://www.digid.nl.
auth-fout-eherkenning = Wystąpił błąd w komunikacji z eHerkenning. Proszę spróbować ponownie później. Jeśli ten błąd będzie się powtarzał, najnowsze informacje znajdą Państwo na stronie https://www.eherkenning.nl.
auth-fout-medewerker = Logowanie przez Państwa konto w gminie się nie udało. Proszę spróbować ponownie później. Nadal się nie udaje? Proszę poprosić o pomoc dział pomocy technicznej gminy.
auth-fout-naar-start = Do strony startowej
auth-geen-poging-titel = Logowanie się nie udało
auth-geen-poging-tekst = Nie mamy już informacji, że chcieli się Państwo zalogować. Może trwało to za długo albo użyli Państwo starego linku. Proszę spróbować jeszcze raz.
auth-adres-titel = Państwa adres e-mail
auth-adres-waarom = Wysyłamy Państwu e-mail, gdy coś się zmienia w Państwa sprawie. Dlatego potrzebujemy Państwa adresu e-mail.
auth-adres-link = Otrzymają Państwo e-mail z linkiem. Tym linkiem potwierdzają Państwo, że to Państwa adres.
auth-adres-knop = Wyślij mi link
auth-adres-overslaan = Nie teraz, kontynuuj bez e-maila
auth-verder-titel = Kontynuuj tam, gdzie Państwo skończyli
auth-verder-tekst = Znowu są Państwo zalogowani. To, co Państwo wpisali, zostało zapisane. Proszę kliknąć przycisk, aby to wysłać.
auth-verder-knop = Dalej
auth-bsn = Są Państwo zalogowani przez DigiD. Państwa BSN: { $bsn }
