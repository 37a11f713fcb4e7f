## Mijn loket: the signed-in resident's own page.

mijn-loket-titel = My loket
mijn-loket-ingelogd-als = You are signed in as { $email }.
mijn-loket-zaken-titel = Your cases
mijn-loket-geen-zaken = You have no cases with us yet. A case starts when you ask for something or report a need.
mijn-loket-starten-titel = What do you want to do?
mijn-loket-start-melding = Ask for help with living, care or taking part
mijn-loket-start-melding-uitleg = This is called a { $begrip }. Then the municipality talks with you about what you need.
mijn-loket-start-clientondersteuning = Ask for free help from a client supporter
mijn-loket-start-clientondersteuning-uitleg = A client supporter helps you for free. He or she does not decide on your request.
mijn-loket-start-blijverslening = Borrow money to adapt your home
mijn-loket-start-blijverslening-uitleg = This is called a { $begrip }. Then you can keep living in your own home.
mijn-loket-start-kindpakket = Apply for the Kindpakket
mijn-loket-start-kindpakket-uitleg = For sport, culture and school for children in families with little money.
mijn-loket-start-termijnen = Work out when the municipality must answer
mijn-loket-start-termijnen-uitleg = So you know how long you have to wait.

mijn-loket-melding-concept-titel = Request for help
mijn-loket-concept = Not sent yet
mijn-loket-concept-begonnen = You started on { $datum }.
mijn-loket-concept-code = Your code to continue: { $code }
mijn-loket-concept-verder = Continue this request
mijn-loket-melding-titel = Request for help { $referentie }
mijn-loket-ontvangen = Received
mijn-loket-ontvangen-op = The municipality received this request on { $datum }.
mijn-loket-volgende-plan = You can hand in your own plan up to and including { $datum }.
mijn-loket-volgende-gesprek = The municipality talks with you by { $datum } at the latest.
mijn-loket-melding-bekijk = View this request
mijn-loket-concept-versturen = Check your answers and send
mijn-loket-concept-later = How do you continue later?
mijn-loket-melding-plan = Write or send your own plan
mijn-loket-co-titel = Free help from a client supporter { $referentie }
mijn-loket-co-verstuurd = You asked for this help on { $datum }.
mijn-loket-co-organisatie = { $organisatie } will contact you.
mijn-loket-co-gemeente-kiest = The municipality chooses who helps you. Then that person contacts you.
mijn-loket-co-bekijk = View this request
