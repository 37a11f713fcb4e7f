## Error pages.

fout-niet-gevonden-titel = This page does not exist
fout-niet-gevonden-tekst = We cannot find this page.
fout-niet-gevonden-adres = Did you type the address yourself? Then check that it is right.
fout-formulier-titel = We did not receive your form
fout-formulier-tekst = Your browser sent the form in a way that we do not trust.
fout-formulier-opnieuw = Go back to the form and try again.
fout-te-groot-titel = This is too large
fout-te-groot-tekst = The form or file is larger than we can receive. Go back and choose a smaller file.
fout-te-vaak-titel = You have tried too often
fout-te-vaak-tekst = Wait 15 minutes. Then try again.
fout-verzoek-titel = Something went wrong
fout-verzoek-tekst = We do not understand your request. Go back and try again.
fout-server-titel = Something went wrong on our side
fout-server-tekst = This is our fault, not yours.
fout-server-later = Please try again in a few minutes.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = The portal is starting
fout-opstarten-tekst = We are getting the portal ready. This usually takes less than a minute.
fout-opstarten-later = Please try again in a minute.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = What you entered
fout-server-invoer-tekst = We could not save this. Copy it if you want to keep it. Then you do not have to type it again.
fout-bel-ons = Not working? Call the municipality of { $gemeente } on { $telefoon }.
fout-naar-start = Go to the start page
fout-tegelijk-titel = Someone else was just ahead of you
fout-tegelijk-tekst = Someone else changed this at the same moment. Nothing was lost. Go back and try again.
fout-te-veel-berichten-titel = We cannot send more messages today
fout-te-veel-berichten-tekst = We send only a few messages a day for one person, and to one address. That way nobody can use the portal to bother others.
fout-te-veel-berichten-morgen = Nothing was sent. Please try again tomorrow.
fout-controle-titel = We are still checking this file
fout-controle-tekst = We are checking the file for viruses. This usually takes a few minutes. After that you can open it.
fout-controle-later = Please try again later.
