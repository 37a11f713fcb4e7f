## Cliëntondersteuners: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the beheerder's pages for their accounts.

clientondersteuners-dashboard-titel = Państwa klienci
clientondersteuners-dashboard-onderdelen = Części strony o Państwa klientach
clientondersteuners-dashboard-intro = Są Państwo doradcą wspierającym w organizacji { $organisatie }.
clientondersteuners-dashboard-uitleg = Tutaj są osoby, które dały Państwu { $begrip }.
clientondersteuners-dashboard-beslist = Pomagają Państwo tym osobom. Nie decydują Państwo o ich sprawie. Robi to gmina.
clientondersteuners-dashboard-clienten-titel = Osoby, którym Państwo pomagają
clientondersteuners-dashboard-clienten-paginas = Strony z osobami, którym Państwo pomagają
clientondersteuners-dashboard-mijn-paginas = Strony z moimi prośbami
clientondersteuners-dashboard-verzoeken-paginas = Strony z otwartymi prośbami
clientondersteuners-dashboard-geen-clienten = Jeszcze nikomu nie pomagają Państwo na podstawie upoważnienia.
clientondersteuners-dashboard-geen-melding = Nie wysłano jeszcze zgłoszenia.
clientondersteuners-dashboard-werk-namens = Działaj w imieniu osoby: { $naam }
clientondersteuners-dashboard-dossier = Zobacz akta sprawy { $referentie }
clientondersteuners-dashboard-kolom-melding = Zgłoszenie
clientondersteuners-dashboard-kolom-fase = Na jakim jest etapie?
clientondersteuners-dashboard-kolom-volgende = Co będzie dalej?
clientondersteuners-dashboard-kolom-actie = Akta sprawy
clientondersteuners-dashboard-caption = Sprawy osoby: { $naam }
clientondersteuners-dashboard-niets = Teraz nie ma żadnej daty.
clientondersteuners-dashboard-mijn-titel = Moje prośby
clientondersteuners-dashboard-mijn-geen = Nie przyjęli Państwo jeszcze żadnej prośby.
clientondersteuners-dashboard-mijn-status = Status
clientondersteuners-dashboard-mijn-opgepakt = Przyjęli Państwo tę prośbę { $datum }. Proszę skontaktować się z tą osobą.
clientondersteuners-dashboard-mijn-gekozen = Gmina wybrała Państwa { $datum }. Proszę skontaktować się z tą osobą.
clientondersteuners-dashboard-mijn-helpt = Pomagają Państwo tej osobie.
clientondersteuners-dashboard-mijn-dossier-ja = Mogą Państwo oglądać akta sprawy. Tę osobę znajdą Państwo w części „Osoby, którym Państwo pomagają”.
clientondersteuners-dashboard-verzoeken-titel = Prośby o pomoc
clientondersteuners-dashboard-verzoeken-intro = Te osoby proszą organizację { $organisatie } o pomoc. Proszę przyjąć prośbę, jeśli będą Państwo pomagać tej osobie.
clientondersteuners-dashboard-geen-verzoeken = Nie ma otwartych próśb.
clientondersteuners-dashboard-verzoek-titel = Prośba { $referentie }
clientondersteuners-dashboard-verzoek-datum = Data wysłania
clientondersteuners-dashboard-verzoek-voor = Dla kogo
clientondersteuners-dashboard-verzoek-zelf = Dla osoby, która prosi
clientondersteuners-dashboard-verzoek-telefoon = Telefon
clientondersteuners-dashboard-verzoek-email = E-mail
clientondersteuners-dashboard-verzoek-dossier = Akta sprawy
clientondersteuners-dashboard-verzoek-dossier-ja = Mogą Państwo oglądać akta sprawy, jeśli przyjmą Państwo tę prośbę.
clientondersteuners-dashboard-verzoek-dossier-nee = Nie mogą Państwo oglądać akt sprawy.
clientondersteuners-dashboard-oppakken = Przyjmij
clientondersteuners-dashboard-oppakken-welke = prośbę { $referentie }
clientondersteuners-dashboard-opgepakt = Teraz pomagają Państwo tej osobie. Wysłaliśmy tej osobie e-mail.
clientondersteuners-dashboard-al-opgepakt = Ktoś z Państwa współpracowników już przyjął tę prośbę.

clientondersteuners-mail-onderwerp = { $naam } pomaga Państwu
clientondersteuners-mail-helpt = { $naam } z organizacji { $organisatie } pomaga Państwu w sprawie { $referentie }.
clientondersteuners-mail-contact = { $naam } skontaktuje się z Państwem.
clientondersteuners-mail-dossier = Zgodzili się Państwo na wgląd w akta swojej sprawy. { $naam } nie może niczego zmienić.
clientondersteuners-mail-machtigingen = Widzą to Państwo w portalu w części Upoważnienia. Tam mogą Państwo też to zakończyć.
clientondersteuners-mail-knop = Do Upoważnień

clientondersteuners-beheer-titel = Doradcy wspierający
clientondersteuners-beheer-link = Konta doradców wspierających
clientondersteuners-beheer-intro = Tutaj zakładają Państwo konta dla doradców wspierających. Logują się oni linkiem wysłanym e-mailem.
clientondersteuners-beheer-geen = Ta organizacja nie ma jeszcze kont.
clientondersteuners-beheer-andere = Organizacji nie ma już w profilu: { $organisatie }
clientondersteuners-beheer-kolom-naam = Imię i nazwisko
clientondersteuners-beheer-kolom-email = Adres e-mail
clientondersteuners-beheer-kolom-actie = Działanie
clientondersteuners-beheer-caption = Konta organizacji { $organisatie }
clientondersteuners-beheer-beeindigen = Zamknij konto osoby: { $naam }
clientondersteuners-beheer-toevoegen-titel = Dodawanie konta
clientondersteuners-beheer-email-label = Adres e-mail
clientondersteuners-beheer-email-hint = Doradca wspierający loguje się tym adresem.
clientondersteuners-beheer-naam-label = Imię i nazwisko
clientondersteuners-beheer-naam-hint = Mieszkańcy widzą to imię i nazwisko.
clientondersteuners-beheer-organisatie-label = Organizacja
clientondersteuners-beheer-knop = Dodaj konto
clientondersteuners-beheer-geen-organisaties = Profil gminy nie ma organizacji, które udzielają wsparcia doradcy.
clientondersteuners-beheer-toegevoegd = Konto jest gotowe. Doradca wspierający może się teraz zalogować.
clientondersteuners-beheer-beeindigd = Zamknęli Państwo konto. Upoważnienia tego konta już nie obowiązują.

clientondersteuners-beeindigen-titel = Zamknąć konto osoby: { $naam }?
clientondersteuners-beeindigen-gevolg = Osoba { $naam } nie będzie mogła się już wtedy logować jako doradca wspierający.
clientondersteuners-beeindigen-machtigingen = Wszystkie upoważnienia, które { $naam } ma jako doradca wspierający, od razu przestaną obowiązywać.
clientondersteuners-beeindigen-vraag = Czy są Państwo pewni?
clientondersteuners-beeindigen-ja = Tak, zamknij konto
clientondersteuners-beeindigen-nee = Nie, zostaw konto
clientondersteuners-beeindigen-knop = Dalej

clientondersteuners-fout-email = Proszę wpisać adres e-mail w takiej formie: naam@voorbeeld.nl.
clientondersteuners-fout-staf = Ten adres należy do pracownika gminy. Proszę wybrać inny adres.
clientondersteuners-fout-naam = Proszę wpisać imię i nazwisko.
clientondersteuners-fout-te-lang = To jest za długie. Proszę użyć najwyżej { $aantal ->
        [one] { $aantal } znaku
        [few] { $aantal } znaków
        [many] { $aantal } znaków
       *[other] { $aantal } znaku
    }.
clientondersteuners-fout-organisatie = Proszę wybrać organizację.
clientondersteuners-fout-zeker = Proszę wybrać tak lub nie.
clientondersteuners-dashboard-verzoek-notitie = Wiadomość od mieszkańca
