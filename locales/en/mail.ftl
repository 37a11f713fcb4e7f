## Parts that every e-mail shares.

mail-aanhef = Dear resident,
mail-afzender = Kind regards, the municipality of { $gemeente }
mail-niet-beantwoorden = This is an automatic message. You cannot reply to it.
mail-vraag-bellen = Do you have a question? Then call { $telefoon }.
mail-link-werkt-niet = Does the link not work? Then copy this address into your browser:
mail-door-iemand = You get this e-mail because someone entered your e-mail address in the municipality's portal. That person typed the name in this e-mail themselves. The municipality has not checked that name.
