## Error pages.

fout-niet-gevonden-titel = Ta strona nie istnieje
fout-niet-gevonden-tekst = Nie możemy znaleźć tej strony.
fout-niet-gevonden-adres = Czy sami Państwo wpisali adres? Proszę sprawdzić, czy jest poprawny.
fout-formulier-titel = Nie otrzymaliśmy Państwa formularza
fout-formulier-tekst = Państwa przeglądarka wysłała formularz w sposób, któremu nie ufamy.
fout-formulier-opnieuw = Proszę wrócić do formularza i spróbować jeszcze raz.
fout-te-groot-titel = To jest za duże
fout-te-groot-tekst = Formularz lub plik jest większy, niż możemy przyjąć. Proszę wrócić i wybrać mniejszy plik.
fout-te-vaak-titel = Próbowali Państwo zbyt wiele razy
fout-te-vaak-tekst = Proszę poczekać 15 minut. Potem proszę spróbować jeszcze raz.
fout-verzoek-titel = Coś poszło nie tak
fout-verzoek-tekst = Nie rozumiemy Państwa prośby. Proszę wrócić i spróbować jeszcze raz.
fout-server-titel = Wystąpił błąd po naszej stronie
fout-server-tekst = To nasz błąd, nie Państwa.
fout-server-later = Proszę spróbować ponownie za kilka minut.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = Portal się uruchamia
fout-opstarten-tekst = Przygotowujemy teraz portal. Zwykle trwa to krócej niż minutę.
fout-opstarten-later = Proszę spróbować ponownie za minutę.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = Co Państwo wpisali
fout-server-invoer-tekst = Nie mogliśmy tego zapisać. Proszę to skopiować, jeśli chcą Państwo to zachować. Wtedy nie trzeba będzie wpisywać tego ponownie.
fout-bel-ons = Nie udaje się? Proszę zadzwonić do gminy { $gemeente } pod numer { $telefoon }.
fout-naar-start = Do strony startowej
fout-tegelijk-titel = Ktoś inny był szybszy
fout-tegelijk-tekst = Ktoś inny zmienił to w tym samym momencie. Nic nie zginęło. Proszę wrócić i spróbować jeszcze raz.
fout-te-veel-berichten-titel = Dzisiaj nie możemy już wysyłać wiadomości
fout-te-veel-berichten-tekst = Dziennie wysyłamy tylko kilka wiadomości w imieniu jednej osoby i na jeden adres. Dzięki temu nikt nie może używać portalu, aby nękać innych.
fout-te-veel-berichten-morgen = Niczego nie wysłaliśmy. Proszę spróbować ponownie jutro.
fout-controle-titel = Jeszcze sprawdzamy ten plik
fout-controle-tekst = Sprawdzamy, czy w pliku nie ma wirusa. Zwykle trwa to kilka minut. Potem będzie można go otworzyć.
fout-controle-later = Proszę spróbować ponownie później.
