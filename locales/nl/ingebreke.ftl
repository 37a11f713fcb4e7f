## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = De gemeente moest uiterlijk op { $datum } beslissen. Dat is niet gelukt.
ingebreke-beslis-aanvraag = Daarmee zegt u tegen de gemeente: beslis nu over mijn aanvraag.
ingebreke-beslis-bezwaar = Daarmee zegt u tegen de gemeente: beslis nu, want u bent te laat.
ingebreke-hoe = Stuur dan een brief of e-mail naar de gemeente: { $email }. Schrijf erin dat de gemeente te laat is. Zet ook het nummer { $referentie } erin.
ingebreke-gebeurtenis = De gemeente kreeg uw brief dat zij te laat is.
ingebreke-fout-datum = Vul de datum in waarop de brief binnenkwam.
ingebreke-fout-datum-bestaat-niet = Deze datum bestaat niet. Kijk nog eens naar de dag en de maand.
ingebreke-fout-toekomst = Deze datum is nog niet geweest.
ingebreke-fout-te-vroeg = De brief kwam te vroeg. De gemeente had tot en met { $datum } de tijd. Een ingebrekestelling telt pas daarna (Awb artikel 4:17). De inwoner kan een nieuwe brief sturen.
ingebreke-staf-titel = Ingebrekestelling { $referentie }
ingebreke-staf-einde = De gemeente moest uiterlijk op { $datum } beslissen.
ingebreke-staf-uitleg = Schreef de inwoner dat de gemeente te laat is? Elke brief telt, ook een brief per post of een e-mail (Awb artikel 4:17). Vul in wanneer die binnenkwam. Twee weken daarna begint de dwangsom.
ingebreke-staf-ontvangen = Wanneer kwam de brief of e-mail binnen?
ingebreke-staf-knop = Ingebrekestelling vastleggen
ingebreke-staf-geen = De gemeente heeft al beslist, of de aanvraag wacht nog niet op een besluit. Een ingebrekestelling vastleggen kan nu niet.
ingebreke-staf-link = Ingebrekestelling en dwangsom
ingebreke-mail-onderwerp = Nieuws over uw aanvraag { $referentie }
ingebreke-mail-knop = Bekijk uw aanvraag
