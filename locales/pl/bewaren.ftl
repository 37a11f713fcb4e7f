# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = Przechowywanie i usuwanie
bewaren-link = Przechowywanie i usuwanie
bewaren-intro = Portal codziennie usuwa to, czego nie wolno mu dłużej przechowywać. Tutaj są okresy przechowywania. I ile portal usunął. Nie ma tu żadnych nazwisk.
bewaren-termijnen = Okresy przechowywania
bewaren-geen-termijnen = Profil gminy nie ma okresów przechowywania. Portal usuwa wtedy tylko wygasłe linki do logowania i sesje.
bewaren-dagen = { $dagen ->
    [one] { $dagen } dzień
    [few] { $dagen } dni
    [many] { $dagen } dni
   *[other] { $dagen } dnia
}
bewaren-dagen-vooraf = { $dagen ->
    [one] { $dagen } dzień wcześniej
    [few] { $dagen } dni wcześniej
    [many] { $dagen } dni wcześniej
   *[other] { $dagen } dnia wcześniej
}
bewaren-jaren = { $jaren ->
    [one] { $jaren } rok
    [few] { $jaren } lata
    [many] { $jaren } lat
   *[other] { $jaren } roku
}
bewaren-bron = Źródło
bewaren-zaken-caption = Zamknięte sprawy, licząc od zakończenia sprawy
bewaren-kolom-regeling = Rodzaj pomocy
bewaren-kolom-jaren = Lata
bewaren-kolom-bron = Źródło
bewaren-rondes = Ostatnie przebiegi
bewaren-rondes-geen = Nie było jeszcze żadnego przebiegu.
bewaren-rondes-caption = Co usunął każdy przebieg
bewaren-kolom-dag = Dzień
bewaren-bezig = (w toku)
bewaren-soort-waarschuwing = E-mail z wyprzedzeniem
bewaren-soort-concept = Wersje robocze
bewaren-soort-inloglink = Linki do logowania
bewaren-soort-sessie = Sesje
bewaren-soort-mail = Wysłane e-maile
bewaren-soort-toegangslog = Rejestr wglądu
bewaren-soort-zaak = Zamknięte sprawy
bewaren-stop-titel = Wstrzymanie usunięcia
bewaren-stop-uit = Ta sprawa nie ma wstrzymania usunięcia. Portal usunie sprawę, gdy minie okres przechowywania.
bewaren-stop-aan = Usunięcie tej sprawy jest wstrzymane od { $datum }. Portal nie usunie sprawy. Powód:
bewaren-stop-reden-aan = Dlaczego sprawa musi zostać? Na przykład: skarga do sądu.
bewaren-stop-reden-uit = Dlaczego można znieść wstrzymanie?
bewaren-stop-reden-hint = Mieszkaniec przeczyta ten powód w historii sprawy.
bewaren-stop-knop-aan = Wstrzymaj usunięcie
bewaren-stop-knop-uit = Znieś wstrzymanie
bewaren-stop-fout-leeg = Proszę wpisać powód.
bewaren-stop-fout-lang = { $max ->
    [one] Proszę użyć najwyżej { $max } znaku.
    [few] Proszę użyć najwyżej { $max } znaków.
    [many] Proszę użyć najwyżej { $max } znaków.
   *[other] Proszę użyć najwyżej { $max } znaku.
}
bewaren-mail-onderwerp = Za tydzień usuniemy Państwa wersję roboczą
bewaren-mail-wanneer = Zaczęli Państwo wypełniać wniosek lub zgłoszenie. Nie wysłali go Państwo jeszcze do gminy. Usuniemy tę wersję roboczą { $datum }.
bewaren-mail-houden = Chcą Państwo ją zachować? Proszę dokończyć wypełnianie na stronie Mój portal. Albo proszę ją wysłać.
bewaren-mail-knop = Do strony Mój portal
bewaren-mail-waarom = Nie przechowujemy Państwa danych dłużej, niż to konieczne. Dlatego usuwamy wersję roboczą, której długo Państwo nie zmieniali.
