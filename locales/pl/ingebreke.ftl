## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = Gmina miała podjąć decyzję najpóźniej { $datum }. Nie udało się jej to.
ingebreke-beslis-aanvraag = W ten sposób mówią Państwo gminie: proszę teraz podjąć decyzję w sprawie mojego wniosku.
ingebreke-beslis-bezwaar = W ten sposób mówią Państwo gminie: proszę teraz podjąć decyzję, bo termin już minął.
ingebreke-hoe = Proszę wysłać do gminy list lub e-mail: { $email }. Proszę napisać, że gmina się spóźnia. Proszę też podać numer { $referentie }.
ingebreke-gebeurtenis = Gmina otrzymała Państwa list o tym, że się spóźnia.
ingebreke-fout-datum = Proszę wpisać datę, w której list dotarł.
ingebreke-fout-datum-bestaat-niet = Taka data nie istnieje. Proszę jeszcze raz sprawdzić dzień i miesiąc.
ingebreke-fout-toekomst = Ten dzień jeszcze nie nadszedł.
ingebreke-fout-te-vroeg = List przyszedł za wcześnie. Gmina miała czas do { $datum } włącznie. Ponaglenie liczy się dopiero po tym dniu (Awb artykuł 4:17). Mieszkaniec może wysłać nowy list.
ingebreke-staf-titel = Ponaglenie { $referentie }
ingebreke-staf-einde = Gmina miała podjąć decyzję najpóźniej { $datum }.
ingebreke-staf-uitleg = Czy mieszkaniec napisał, że gmina się spóźnia? Liczy się każdy list, także list pocztą lub e-mail (Awb artykuł 4:17). Proszę wpisać, kiedy dotarł. Dwa tygodnie później zaczyna się kara za zwłokę.
ingebreke-staf-ontvangen = Kiedy dotarł list lub e-mail?
ingebreke-staf-knop = Zapisz ponaglenie
ingebreke-staf-geen = Gmina już podjęła decyzję albo wniosek jeszcze nie czeka na decyzję. Teraz nie można zapisać ponaglenia.
ingebreke-staf-link = Ponaglenie i kara za zwłokę
ingebreke-mail-onderwerp = Informacja o Państwa wniosku { $referentie }
ingebreke-mail-knop = Zobacz swój wniosek
