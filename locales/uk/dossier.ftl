## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = Ваша справа
dossier-titel-namens = Справа людини: { $naam }
dossier-nummer = Номер Вашого звернення: { $referentie }.
dossier-intro = Тут Ви бачите, що відбувається з Вашим проханням про допомогу. І що буде далі.
dossier-terug = Назад до Вашої справи
dossier-te-lang = Це задовго. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }. Зараз у Вас забагато символів: { $teveel }.

dossier-klaar-antwoord = Муніципалітет отримав Вашу відповідь.
dossier-klaar-reactie = Муніципалітет отримав Ваш відгук. Тепер Ваш відгук є під звітом.
dossier-klaar-document = Муніципалітет отримав Ваш документ.
dossier-klaar-bezwaar = Муніципалітет отримав Ваше заперечення. Муніципалітет зв'яжеться з Вами.
dossier-klaar-ingebrekestelling = Муніципалітет отримав Ваше повідомлення про прострочення.

# The next date, on the dossier and in Mijn loket.
dossier-volgende-gesprek = Ваша розмова з муніципалітетом відбудеться { $datum }.
dossier-volgende-vraag = Муніципалітет має до Вас запитання. Надішліть відповідь раніше ніж { $datum }.
dossier-volgende-bezwaar = Ви не згодні з рішенням? Ви можете подати { $begrip } до { $datum } включно.
dossier-volgende-onderzoek = Муніципалітет проведе { $begrip } не пізніше ніж { $datum }.
dossier-volgende-verslag = Ви отримаєте { $begrip } не пізніше ніж { $datum }.
dossier-volgende-besluit = Ви отримаєте { $begrip } не пізніше ніж { $datum }.
dossier-volgende-beslissing-bezwaar = Муніципалітет ухвалить рішення щодо Вашого { $begrip } не пізніше ніж { $datum }.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = Розмова муніципалітету з людиною { $naam } відбудеться { $datum }.
dossier-volgende-namens-vraag = Муніципалітет має запитання до людини: { $naam }. Надішліть відповідь раніше ніж { $datum }.
dossier-volgende-namens-bezwaar = { $naam } не згоден (не згодна) з рішенням? { $naam } може подати { $begrip } до { $datum } включно.
dossier-volgende-namens-onderzoek = Муніципалітет проведе { $begrip } з людиною { $naam } не пізніше ніж { $datum }.
dossier-volgende-namens-verslag = { $naam } отримає { $begrip } не пізніше ніж { $datum }.
dossier-volgende-namens-besluit = { $naam } отримає { $begrip } не пізніше ніж { $datum }.
dossier-volgende-namens-beslissing-bezwaar = Муніципалітет ухвалить рішення щодо { $begrip } людини { $naam } не пізніше ніж { $datum }.
dossier-mijn-loket-link = Переглянути Вашу справу
dossier-mijn-loket-link-namens = Переглянути справу людини: { $naam }

dossier-te-laat = Муніципалітет запізнюється з рішенням щодо Вашої заяви.
dossier-te-laat-link = Що Ви можете зробити, якщо муніципалітет запізнюється?

dossier-vragen-titel = Запитання від муніципалітету
dossier-vraag-voor = Надішліть відповідь раніше ніж { $datum }.
dossier-vraag-beantwoorden = Відповісти на це запитання

# The timeline. The state is said in words before each step.
dossier-stappen-titel = Що відбувається
dossier-uiterlijk = Не пізніше ніж { $datum }
dossier-fase-ontvangen = Звернення отримано
dossier-fase-gesprek-gepland = Домовленість про розмову
dossier-fase-onderzocht = Розмова та оцінювання потреб
dossier-fase-verslag = Звіт про розмову
dossier-fase-aanvraag = Заява
dossier-fase-besloten = Рішення
dossier-fase-gesloten = Закрито
dossier-stap-ontvangen = Муніципалітет отримав Ваше { $begrip }.
dossier-stap-ontvangen-nu = Муніципалітет зв'яжеться з Вами. Тоді Ви разом домовитеся про розмову.
dossier-stap-gesprek = Розмова відбудеться { $datum } о { $tijd }.
dossier-stap-gesprek-was = Розмова відбулася { $datum }.
dossier-stap-gesprek-hierna = Муніципалітет домовиться з Вами про розмову.
dossier-plaats-thuis = Розмова відбудеться у Вас удома.
dossier-plaats-gemeentehuis = Розмова відбудеться в будівлі муніципалітету.
dossier-plaats-telefoon = Розмова відбудеться по телефону. Муніципалітет зателефонує Вам.
dossier-plaats-beeldbellen = Розмова відбудеться відеодзвінком.
dossier-stap-onderzocht = У Вас була розмова з муніципалітетом. Так муніципалітет провів { $begrip }.
dossier-stap-onderzoek-hierna = Під час розмови муніципалітет з'ясовує, що Вам потрібно. Це { $begrip }. Закон каже: це триває не більше ніж { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після Вашого звернення.
dossier-stap-onderzoek-hierna-gesprek = Під час розмови муніципалітет з'ясовує, що Вам потрібно. Це { $begrip }. Закон каже: це триває не більше ніж { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після першої розмови.
dossier-stap-verslag = Муніципалітет надіслав Вам { $begrip } про розмову.
dossier-stap-verslag-link = Прочитайте звіт і дайте відгук
dossier-stap-verslag-hierna = Після розмови муніципалітет записує, що Ви обговорили. Ви отримаєте цей { $begrip } протягом { $dagen ->
        [one] { $dagen } дня
        [few] { $dagen } днів
        [many] { $dagen } днів
       *[other] { $dagen } дня
    }.
dossier-stap-aanvraag = Ваша { $begrip } надійшла до муніципалітету.
dossier-stap-aanvraag-hierna = Після звіту Ви просите про допомогу. Це Ваша { $begrip }.
dossier-stap-besluit = Муніципалітет ухвалив { $begrip }.
dossier-stap-besluit-link = Прочитайте, що вирішив муніципалітет
dossier-stap-besluit-hierna = Муніципалітет вирішує щодо Вашої заяви. Ви отримаєте { $begrip }. Закон каже: це відбувається протягом { $weken ->
        [one] { $weken } тижня
        [few] { $weken } тижнів
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після Вашої заяви.
dossier-stap-verdaagd = Муніципалітету потрібно більше часу. Причина: { $reden }
dossier-stap-bezwaar = Ви подали { $begrip } { $datum }.
dossier-stap-gesloten = Муніципалітет закрив Ваше { $begrip }.
dossier-stap-gesloten-hierna = Коли все буде готово, муніципалітет закриє Ваше { $begrip }.

dossier-dwangsom-titel = Ваше повідомлення про прострочення
dossier-dwangsom-ontvangen = Муніципалітет отримав Ваше { $begrip } { $datum }.
dossier-dwangsom-wachten = Муніципалітет ще може ухвалити рішення до { $datum } включно. Тоді він не мусить Вам нічого платити.
dossier-dwangsom-loopt = На той час муніципалітет ще не ухвалив рішення. Тому він сплачує Вам { $begrip }. Він нараховується з { $datum }.
dossier-dwangsom-bedrag = Досі це { $bedrag }. Це за { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    }.

dossier-documenten-titel = Документи
dossier-documenten-geen = Документів ще немає.
dossier-document-over = ({ $soort }, { $datum })
dossier-document-verslag = звіт
dossier-document-besluit = лист із рішенням
dossier-document-inwoner = від Вас
dossier-document-gemeente = від муніципалітету
dossier-uploaden-link = Надіслати муніципалітету документ

dossier-meer-titel = Більше про Ваше звернення
dossier-inzage-link = Хто переглядав Вашу справу?
dossier-bewijs-link = Переглянути, що Ви надіслали муніципалітету
dossier-plan-link = Ваш власний план

dossier-vraag-titel = Запитання від муніципалітету
dossier-vraag-wacht = Поки Ви не відповісте, час на { $begrip } не рахується.
dossier-antwoord-label = Ваша відповідь
dossier-antwoord-hint = Ви також можете надіслати файл. Або і те, і те.
dossier-antwoord-bestand = Файл (за бажанням)
dossier-antwoord-knop = Надіслати відповідь
dossier-antwoord-leeg = Напишіть відповідь. Або виберіть файл.

dossier-verslag-titel = Звіт про розмову
dossier-verslag-intro = Це муніципалітет записав після розмови з Вами. Ви отримали цей { $begrip } { $datum }. Щось неправильно? Або чогось бракує? Напишіть це нижче.
dossier-verslag-tekst = Що записав муніципалітет
dossier-verslag-pdf = Завантажити звіт (PDF)
dossier-reacties-titel = Ваші відгуки
dossier-reactie-op = Ваш відгук від { $datum }
dossier-reactie-titel = Дати відгук на звіт
dossier-reactie-label = Ваш відгук
dossier-reactie-hint = Ваш відгук буде під звітом. Сам звіт залишиться без змін.
dossier-reactie-knop = Надіслати відгук
dossier-reactie-leeg = Напишіть свій відгук.

dossier-uploaden-titel = Надіслати документ
dossier-uploaden-intro = Хочете надіслати муніципалітету щось щодо Вашого { $begrip }? Наприклад, лист від Вашого лікаря? Це можна зробити тут.
dossier-uploaden-kies = Виберіть файл
dossier-uploaden-knop = Надіслати документ

dossier-besluit-titel = Що вирішив муніципалітет
dossier-besluit-intro = Муніципалітет надіслав Вам { $begrip } { $datum }. Тут Ви прочитаєте, що в ньому сказано.
dossier-besluit-brief = Завантажити лист із рішенням
dossier-besluit-motivering = Пояснення муніципалітету
dossier-besluit-bezwaar-titel = Ви з цим не згодні?
dossier-uitkomst-toegekend = Ви отримуєте цю допомогу
dossier-uitkomst-gedeeltelijk = Ви отримуєте частину цієї допомоги
dossier-uitkomst-afgewezen = Ви не отримуєте цієї допомоги
dossier-regel-wat = Що Ви отримуєте
dossier-regel-vanaf = З
dossier-regel-tot = До (включно)
dossier-regel-geen-einde = Кінцевої дати немає.
dossier-regel-hoe = Як Ви отримуєте допомогу
dossier-regel-zin = Форма: { $begrip }. Муніципалітет організовує допомогу для Вас.
dossier-regel-pgb = Форма: { $begrip }. Ви отримуєте гроші й самі організовуєте допомогу.
dossier-regel-budget = Скільки грошей Ви отримуєте
dossier-regel-wie = Хто надає допомогу
dossier-regel-betalen = Що Ви платите самі
dossier-regel-eigen-bijdrage = Ви сплачуєте { $begrip }: { $bedrag } на місяць.
dossier-regel-niets = Ви нічого не платите за цю допомогу.
dossier-regel-waarom = Чому

dossier-bezwaar-titel = Подати заперечення
dossier-bezwaar-intro = Вас не влаштовує { $begrip }? Тоді напишіть тут, чому Ви не згодні.
dossier-bezwaar-tot = Ви можете подати { $begrip } до { $datum } включно.
dossier-bezwaar-uitleg = Для цього у Вас є { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }. Цей строк починається наступного дня після того, як муніципалітет надіслав рішення. Це було { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [one] Строк у { $weken } тиждень фактично закінчується { $datum }.
        [few] Строк у { $weken } тижні фактично закінчується { $datum }.
        [many] Строк у { $weken } тижнів фактично закінчується { $datum }.
       *[other] Строк у { $weken } тижня фактично закінчується { $datum }.
    } Це субота, неділя або свято. Тому у Вас є кілька додаткових днів.
dossier-bezwaar-te-laat = Цей день минув. Отже, Ви запізнилися.
dossier-bezwaar-te-laat-toch = Ви все одно можете надіслати своє заперечення. Тоді напишіть, чому Ви запізнилися. Муніципалітет вирішить, чи розглядатиме він Ваше заперечення.
dossier-bezwaar-label = Чому Ви не згодні з рішенням?
dossier-bezwaar-hint = Напишіть, що, на Вашу думку, неправильно. І чого Ви очікували.
dossier-bezwaar-hint-te-laat = Напишіть, що, на Вашу думку, неправильно. Також напишіть, чому Ви запізнилися.
dossier-bezwaar-knop = Надіслати заперечення
dossier-bezwaar-leeg = Напишіть, чому Ви не згодні з рішенням.
dossier-bezwaar-link = Подати заперечення
dossier-bezwaar-hierna = Муніципалітет зв'яжеться з Вами щодо Вашого заперечення.
dossier-bezwaar-uw-tekst = Що Ви написали

dossier-ingebreke-titel = Муніципалітет запізнюється
dossier-ingebreke-te-laat = Ваша { $begrip } чекає на рішення. Муніципалітет мав ухвалити його не пізніше ніж { $datum }. Цього не сталося.
dossier-ingebreke-wat = Тоді Ви можете надіслати муніципалітету { $begrip }.
dossier-ingebreke-betekent = Так Ви кажете муніципалітету: ухваліть рішення щодо моєї заяви зараз.
dossier-ingebreke-dwangsom = Муніципалітет не ухвалить рішення протягом { $dagen ->
        [one] { $dagen } дня
        [few] { $dagen } днів
        [many] { $dagen } днів
       *[other] { $dagen } дня
    } після цього? Тоді муніципалітет платить Вам гроші. Це називається { $begrip }.
dossier-ingebreke-hoeveel = Скільки грошей Ви отримаєте?
dossier-ingebreke-eerste = { $dagen ->
        [one] Перший { $dagen } день
        [few] Перші { $dagen } дні
        [many] Перші { $dagen } днів
       *[other] Перші { $dagen } дня
    } Ви отримуєте { $bedrag } на день.
dossier-ingebreke-tweede = { $dagen ->
        [one] Наступний { $dagen } день
        [few] Наступні { $dagen } дні
        [many] Наступні { $dagen } днів
       *[other] Наступні { $dagen } дня
    } Ви отримуєте { $bedrag } на день.
dossier-ingebreke-derde = Після цього Ви отримуєте { $bedrag } на день.
dossier-ingebreke-maximum = Ви отримуєте ці гроші максимум за { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    }. Разом це не більше ніж { $bedrag }. Після цього муніципалітет усе одно має ухвалити рішення.
dossier-ingebreke-knop-titel = Що станеться, коли Ви натиснете кнопку?
dossier-ingebreke-vandaag = Муніципалітет отримає Ваше повідомлення про прострочення сьогодні, { $datum }.
dossier-ingebreke-vanaf = Тоді муніципалітет ще може ухвалити рішення до { $datum } включно. Після цього враховується кожен день.
dossier-ingebreke-knop = Надіслати повідомлення про прострочення

dossier-inzage-titel = Хто переглядав Вашу справу?
dossier-inzage-intro = Тут Ви бачите, які працівники відкривали Вашу справу або щось змінювали. Найновіші записи вгорі.
dossier-inzage-niemand = Ще ніхто з муніципалітету не відкривав Вашу справу.
dossier-inzage-paginas = Сторінки журналу
dossier-inzage-wie = { $naam }, { $rol }
dossier-inzage-onbekend = Працівник
dossier-inzage-reden = Причина: { $reden }
dossier-inzage-bekeken = Переглянув(-ла) Вашу справу.
dossier-inzage-gedownload = Відкрив(-ла) документ.
dossier-inzage-gewijzigd = Змінив(-ла) щось у Вашій справі.
dossier-inzage-stap = Записав(-ла) новий крок у Вашій справі: { $stap }.
dossier-rol-medewerker = працівник муніципалітету
dossier-rol-beheerder = адміністратор у муніципалітеті
dossier-rol-helper = людина, яка Вам допомагає
dossier-door-helper = Зроблено від Вашого імені людиною, яка Вам допомагає.
dossier-gemeente-te-laat = Муніципалітет запізнюється
