## Parts that every e-mail shares.

mail-aanhef = Szanowni Państwo,
mail-afzender = Z poważaniem, gmina { $gemeente }
mail-niet-beantwoorden = To jest wiadomość automatyczna. Nie można na nią odpowiedzieć.
mail-vraag-bellen = Mają Państwo pytanie? Prosimy zadzwonić pod numer { $telefoon }.
mail-link-werkt-niet = Przycisk nie działa? Proszę skopiować ten adres do przeglądarki:
mail-door-iemand = Otrzymują Państwo tę wiadomość, ponieważ ktoś wpisał Państwa adres e-mail w portalu gminy. Ta osoba sama wpisała imię i nazwisko w tej wiadomości. Gmina nie sprawdzała tego imienia i nazwiska.
