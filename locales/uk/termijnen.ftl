## "Termijnen berekenen": a resident or helper enters what happened and when, and sees by when each next step
## is due. Dates are formatted in Rust ("dinsdag 8 december 2026").

termijnen-titel = Розрахувати строки
termijnen-intro = Укажіть, що сталося і якого дня. Тоді Ви побачите, до якої дати Ви або муніципалітет маєте щось зробити.
termijnen-intro-leeg = Не обов'язково заповнювати все. Укажіть лише те, що знаєте.

termijnen-melding-label = Коли Ви попросили муніципалітет про допомогу?
termijnen-melding-hint = Це день, коли муніципалітет отримав Ваш запит. Наприклад, 15 3 2026
termijnen-melding-hint-gesprek = У муніципалітеті { $gemeente } це день Вашої першої розмови з муніципалітетом. Наприклад, 15 3 2026
termijnen-aanvraag-label = Коли муніципалітет отримав Вашу заяву?
termijnen-aanvraag-hint = Наприклад, 15 3 2026
termijnen-besluit-label = Коли муніципалітет надіслав Вам рішення?
termijnen-besluit-hint = Ця дата вказана в листі. Наприклад, 15 3 2026
termijnen-knop = Розрахувати строки
termijnen-datum-onvolledig = Укажіть день, місяць і рік.
termijnen-datum-bestaat-niet = Такої дати не існує. Укажіть дату, наприклад 15 3 2026.

termijnen-uitkomst-titel = Ось Ваші строки
termijnen-vandaag = Сьогодні { $datum }.
termijnen-loopt = Ще триває
termijnen-voorbij = Минув
termijnen-verlengd = Спочатку останнім днем було { $datum }. Цей день припадає на вихідні або на свято. Тому строк триває довше.
termijnen-delen = Хочете це зберегти або комусь надіслати? Тоді скопіюйте адресу цієї сторінки. У ній є Ваші дати.

termijnen-plan-titel = Ваш власний план
termijnen-plan-tekst = Ви можете подати { $begrip } до { $datum } включно. Для цього у Вас є { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    } після Вашого звернення.
termijnen-plan-voorbij = Ви все одно можете принести свій план на розмову з муніципалітетом.
termijnen-onderzoek-titel = Розмова з муніципалітетом
termijnen-onderzoek-tekst = Муніципалітет має поговорити з Вами про Вашу ситуацію. Це називається { $begrip }. Воно має завершитися не пізніше ніж { $datum }. Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після Вашого звернення.
termijnen-onderzoek-te-laat = Розмова ще не завершилася? Тоді муніципалітет запізнюється. У такому разі Ви можете одразу самі подати заяву на допомогу.
termijnen-besluit-titel = Рішення щодо Вашої заяви
termijnen-besluit-tekst = Муніципалітет має надіслати Вам своє { $begrip } не пізніше ніж { $datum }. Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після Вашої заяви.
termijnen-besluit-te-laat = У Вас ще немає рішення? Тоді муніципалітет запізнюється. Надішліть муніципалітету лист. Це називається { $begrip }.
termijnen-dwangsom = Муніципалітет і через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після отримання Вашого листа не ухвалив рішення? Тоді він має заплатити Вам гроші. Це називається { $begrip }. Спочатку це { $eerste } на день. Загалом не більше ніж { $maximum }.
termijnen-bezwaar-titel = Подати заперечення
termijnen-bezwaar-tekst = Ви не згодні з рішенням? Тоді Ви можете подати { $begrip } до { $datum } включно. Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після дня, коли муніципалітет надіслав рішення.
termijnen-bezwaar-voorbij = Ви запізнилися з поважної причини? Наприклад, тому що лежали в лікарні? Тоді все одно надішліть своє заперечення. Напишіть, чому Ви запізнилися.
termijnen-beslissing-bezwaar-titel = Рішення щодо Вашого заперечення
termijnen-beslissing-bezwaar-tekst = Ви подаєте { $begrip }? Тоді муніципалітет має ухвалити рішення не пізніше ніж { $datum }. Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після останнього дня для подання заперечення.
termijnen-beslissing-bezwaar-commissie = У муніципалітеті { $gemeente } кожне заперечення розглядає комісія. Тому це триває { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }.
termijnen-beslissing-bezwaar-zonder = Муніципалітет передає Ваше заперечення на розгляд комісії? Тоді це триває { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }: до { $datum } включно.
termijnen-beslissing-bezwaar-later = Муніципалітет може один раз перенести цю дату на { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } пізніше. Про це він має написати Вам до настання цієї дати.

termijnen-regels-titel = Як ми рахуємо?
termijnen-regels-wet = Строки встановлено законом. Кожен строк починається наступного дня після події.
termijnen-regels-vrij = Останній день припадає на суботу, неділю або свято? Тоді це можна зробити ще й у перший робочий день після нього.
termijnen-kan-veranderen = Ця дата ще може змінитися. Вихідні дні на { $jaar } рік ще не встановлено.
