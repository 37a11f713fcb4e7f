## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = The municipality had to decide by { $datum } at the latest. It did not manage to.
ingebreke-beslis-aanvraag = With it you tell the municipality: decide on my application now.
ingebreke-beslis-bezwaar = With it you tell the municipality: decide now, because you are late.
ingebreke-hoe = Then send a letter or an e-mail to the municipality: { $email }. Write in it that the municipality is late. Also put the number { $referentie } in it.
ingebreke-gebeurtenis = The municipality received your letter saying it is late.
ingebreke-fout-datum = Fill in the date the letter came in.
ingebreke-fout-datum-bestaat-niet = This date does not exist. Look again at the day and the month.
ingebreke-fout-toekomst = This date has not come yet.
ingebreke-fout-te-vroeg = The letter came too early. The municipality had until { $datum }. A notice of default only counts after that (Awb article 4:17). The resident can send a new letter.
ingebreke-staf-titel = Notice of default { $referentie }
ingebreke-staf-einde = The municipality had to decide by { $datum } at the latest.
ingebreke-staf-uitleg = Did the resident write that the municipality is late? Every letter counts, also a letter by post or an e-mail (Awb article 4:17). Fill in when it came in. Two weeks later the penalty starts.
ingebreke-staf-ontvangen = When did the letter or e-mail come in?
ingebreke-staf-knop = Record the notice of default
ingebreke-staf-geen = The municipality has decided already, or the application is not waiting for a decision yet. Recording a notice of default is not possible now.
ingebreke-staf-link = Notice of default and penalty
ingebreke-mail-onderwerp = News about your application { $referentie }
ingebreke-mail-knop = View your application
