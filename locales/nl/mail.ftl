## Parts that every e-mail shares.

mail-aanhef = Beste inwoner,
mail-afzender = Met vriendelijke groet, gemeente { $gemeente }
mail-niet-beantwoorden = Dit is een automatisch bericht. U kunt er niet op antwoorden.
mail-vraag-bellen = Heeft u een vraag? Bel dan { $telefoon }.
mail-link-werkt-niet = Werkt de knop niet? Kopieer dan dit adres in uw browser:
mail-door-iemand = U krijgt deze e-mail omdat iemand uw e-mailadres invulde in het loket van de gemeente. Die persoon typte de naam in deze e-mail zelf. De gemeente heeft die naam niet gecontroleerd.
