## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = Ваш власний план
persoonlijk-plan-intro = Ви можете скласти { $begrip }. У ньому Ви пишете, чого хочете досягти. І яка допомога, на Вашу думку, Вам для цього потрібна.
persoonlijk-plan-hoeft-niet = Складати план не обов'язково. Але він допомагає під час розмови з муніципалітетом.

persoonlijk-plan-termijn-titel = До якої дати можна подати план?
persoonlijk-plan-termijn = Подайте свій план не пізніше ніж { $datum }.
persoonlijk-plan-termijn-uitleg = У Вас є { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    } після того, як Ви подали { $begrip }. Муніципалітет отримав Ваш запит { $ontvangen }.
persoonlijk-plan-termijn-verlengd = Спочатку останнім днем було { $datum }. Цей день припадає на вихідні або на свято. Тому у Вас є більше часу.
persoonlijk-plan-termijn-onbekend = Подайте свій план протягом { $dagen ->
        [one] { $dagen } дня
        [few] { $dagen } днів
        [many] { $dagen } днів
       *[other] { $dagen } дня
    } після того, як Ви подали { $begrip }.
persoonlijk-plan-te-laat = Цей день уже минув. Отже, Ви запізнилися. Але Ви все одно можете подати свій план.

persoonlijk-plan-huidig-titel = Ваш план зараз
persoonlijk-plan-status-label = Статус
persoonlijk-plan-status-concept = Ще не подано
persoonlijk-plan-status-ingeleverd = Подано
persoonlijk-plan-ingeleverd-op = Дата подання
persoonlijk-plan-bestand-label = Файл
persoonlijk-plan-bestand-download = Завантажити { $naam } ({ $soort }, { $grootte })
persoonlijk-plan-concept-uitleg = Ви зберегли свій план. Муніципалітет побачить його лише тоді, коли Ви його подасте.
persoonlijk-plan-geen-plan = Ви не подали план.

persoonlijk-plan-keuze-titel = Як Ви хочете скласти план?
persoonlijk-plan-keuze-schrijven = Напишіть план тут
persoonlijk-plan-keuze-schrijven-uitleg = Ми поставимо Вам три запитання. Ви можете зберегти відповіді й продовжити пізніше.
persoonlijk-plan-keuze-uploaden = Надішліть файл
persoonlijk-plan-keuze-uploaden-uitleg = Ваш план уже є на папері або на комп'ютері? Тоді надішліть PDF, фото або скан.
persoonlijk-plan-vervangen = Ви вже подали план. Нова версія замінить попередню.

persoonlijk-plan-klaar-opgeslagen = Ви зберегли свій план. Ви можете продовжити пізніше.
persoonlijk-plan-klaar-ingeleverd = Ви подали свій план. Муніципалітет прочитає його перед розмовою з Вами.
persoonlijk-plan-vast = Муніципалітет уже призначив дату Вашої першої розмови. Тому Ви більше не можете змінити план. Хочете щось додати? Тоді скажіть про це під час розмови.

persoonlijk-plan-terug = Назад до Вашого плану
persoonlijk-plan-schrijven-titel = Напишіть свій план
persoonlijk-plan-schrijven-intro = Дайте відповіді на запитання своїми словами. Обов'язкове лише перше запитання.
persoonlijk-plan-schrijven-opslaan-uitleg = Кнопка «Зберегти» зберігає Ваш план. Муніципалітет його ще не бачить. Кнопка «Подати» надсилає план до муніципалітету.
persoonlijk-plan-schrijven-nieuwe-versie = Ви вже подали свій план. Хочете щось змінити? Тоді подайте його ще раз. Нова версія замінить стару.
persoonlijk-plan-doelen-label = Чого Ви хочете досягти?
persoonlijk-plan-doelen-hint = Наприклад: самостійно ходити по покупки або знову відвідувати клуб.
persoonlijk-plan-zelf-label = Що Ви можете зробити самі? І що роблять люди навколо Вас?
persoonlijk-plan-zelf-hint = Подумайте про свого партнера, родину, сусідів або друзів.
persoonlijk-plan-ondersteuning-label = Яка допомога, на Вашу думку, Вам потрібна? І чому?
persoonlijk-plan-ondersteuning-hint = Напишіть, чого Вам бракує. Тоді муніципалітет зрозуміє, чому Вам потрібна ця допомога.
persoonlijk-plan-opslaan = Зберегти
persoonlijk-plan-inleveren = Подати
persoonlijk-plan-doelen-leeg = Напишіть, чого Ви хочете досягти. Тоді Ви зможете подати план.
persoonlijk-plan-te-lang = Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }. Зараз у Вас забагато символів: { $teveel }.

persoonlijk-plan-uploaden-titel = Надішліть свій план як файл
persoonlijk-plan-uploaden-intro = Надішліть PDF або фото у форматі JPG чи PNG. Можна також надіслати фото плану на папері.
persoonlijk-plan-uploaden-vervangen = Ви вже подали план? Тоді цей файл його замінить.
persoonlijk-plan-bestand-kies = Виберіть файл
persoonlijk-plan-uploaden-knop = Подати файл
persoonlijk-plan-bestand-geen = Виберіть файл.
persoonlijk-plan-bestand-leeg = Цей файл порожній. Виберіть інший файл.
persoonlijk-plan-bestand-te-groot = Цей файл завеликий. Він може мати не більше ніж { $mb } МБ. Спробуйте менше фото або скан.
persoonlijk-plan-bestand-soort = Ми не можемо відкрити цей файл. Надішліть PDF, JPG або PNG.
persoonlijk-plan-bestand-virus = У файлі { $naam } є вірус ({ $virus }). Ми його не зберегли. Перевірте свій комп'ютер або телефон антивірусом. Потім надішліть інший файл.
persoonlijk-plan-bestand-vol-keer = Ми не зберегли { $naam }. Ви можете надіслати за один раз { $aantal ->
        [one] { $aantal } файл
        [few] { $aantal } файли
        [many] { $aantal } файлів
       *[other] { $aantal } файлу
    }. Після цього надішліть цей файл окремо.
persoonlijk-plan-bestand-vol-aantal = Ми не зберегли { $naam }. { $aantal ->
        [one] До однієї заяви чи звернення можна додати { $aantal } файл. Він уже є.
        [few] До однієї заяви чи звернення можна додати { $aantal } файли. Вони вже є.
        [many] До однієї заяви чи звернення можна додати { $aantal } файлів. Вони вже є.
       *[other] До однієї заяви чи звернення можна додати { $aantal } файлу. Вони вже є.
    } Хочете все ж надіслати більше? Зателефонуйте до муніципалітету.
persoonlijk-plan-bestand-vol-zaak = Ми не зберегли { $naam }. Файли однієї заяви чи звернення разом не можуть бути більшими за { $mb } МБ. Надішліть менший файл або зателефонуйте до муніципалітету.
persoonlijk-plan-bestand-vol-dag = Ми не зберегли { $naam }. За день Ви можете надіслати файли загальним обсягом { $mb } МБ. Спробуйте ще раз завтра.
