# Het Kindpakket: uitleg, check, pagina voor kinderen, aanvraag en zaakpagina.

kindpakket-bron = Джерело: { $bron }
kindpakket-maximum = Максимум { $bedrag } на рік на одну дитину.
kindpakket-maximum-kind = Ти отримуєш не більше ніж { $bedrag } на рік.

kindpakket-uitleg-titel = Kindpakket
kindpakket-uitleg-intro = { $begrip } допомагає дітям із сімей з малими статками. Так вони можуть брати участь у житті школи і поза нею.
kindpakket-uitleg-onbekend = Багато батьків ще не знають, що існує Kindpakket. Перевірте, чи може Ваша дитина його отримати.
kindpakket-uitleg-wat-titel = Що до нього входить?
kindpakket-uitleg-wie-titel = Хто може його отримати?
kindpakket-uitleg-wie-kinderen = Діти, які живуть з Вами і яким ще не виповнилося { $leeftijd }.
kindpakket-uitleg-wie-inkomen = Ваше домогосподарство має низький дохід. Чистий дохід не перевищує { $procent } % соціальної допомоги (bijstand) для Вашого домогосподарства.
kindpakket-uitleg-wie-schrijnend = Дохід вищий? Тоді іноді це все одно можливо, до { $procent } %. Наприклад, якщо Ви працюєте, але в Вас усе одно залишається мало грошей. Тоді Ви пишете, чому так.
kindpakket-uitleg-wie-schrijnend-onderdelen = Це можливо лише для: { $onderdelen }.
kindpakket-uitleg-doen-titel = Що Ви можете зробити?
kindpakket-link-check = Перевірте, чи можете Ви отримати Kindpakket
kindpakket-link-aanvragen = Подати заяву на Kindpakket
kindpakket-link-kinderen = Пояснення для дітей і батьків

kindpakket-kinderen-titel = Kindpakket: пояснення для дітей
kindpakket-kinderen-intro = { $begrip } — для дітей. З ним ти можеш займатися спортом, музикою або отримати речі для школи.
kindpakket-kinderen-waarom = Іноді вдома мало грошей. Тоді муніципалітет може допомогти. Так і ти зможеш брати участь.
kindpakket-kinderen-wat-titel = Що ти можеш отримати?
kindpakket-kinderen-hoe-titel = Як про це попросити?
kindpakket-kinderen-hoe-ouder = Заяву подає твій тато, мама або опікун. Це можна зробити на цьому вебсайті.
kindpakket-kinderen-hoe-samen = Разом виберіть, що ти хочеш. Наприклад, спортивний клуб, уроки музики або велосипед, щоб їздити до школи.
kindpakket-kinderen-hoe-geen-schaamte = Багато дітей отримують Kindpakket. Ніхто в школі не мусить про це знати.

kindpakket-check-titel = Чи можу я отримати Kindpakket?
kindpakket-check-intro = Дайте відповіді на кілька запитань. Тоді Ви побачите, чи можете Ви, імовірно, отримати { $begrip }.
kindpakket-check-niets-bewaard = Входити не потрібно. Ми не зберігаємо Ваших відповідей.
kindpakket-check-knop = Переглянути результат
kindpakket-samenstelling-label = Який склад Вашого домогосподарства?
kindpakket-samenstelling-alleen = Я живу сам (сама) зі своїми дітьми
kindpakket-samenstelling-samen = Я живу разом із партнером
kindpakket-aow-label = Ви досягли пенсійного віку (AOW)?
kindpakket-aow-hint = Якщо Ви пара: чи досягли пенсійного віку (AOW) і Ви, і Ваш партнер?
kindpakket-aow-nee = Ні, ще ні
kindpakket-aow-ja = Так
kindpakket-inkomen-label = Чистий дохід Вашого домогосподарства на місяць
kindpakket-inkomen-hint = Додайте все, що Ви разом отримуєте за місяць. Наприклад, зарплату, соціальну виплату або надбавки. Напишіть суму в євро, наприклад 1450,00.
kindpakket-inkomen-grenzen = Kindpakket можливий при доході до { $alleen } на місяць, якщо Ви самі. З партнером — до { $samen }.
kindpakket-aantal-label = Скільки дітей живе з Вами?
kindpakket-leeftijden-label = Скільки років Вашим дітям?
kindpakket-leeftijden-hint = Напишіть вік кожної дитини. Розділяйте комою, наприклад 4, 9, 15.

kindpakket-uitslag-tag = Результат
kindpakket-uitslag-ja = Імовірно, Ви можете отримати Kindpakket
kindpakket-uitslag-schrijnend = Ви можете отримати Kindpakket лише з поважної причини
kindpakket-uitslag-nee = Імовірно, Ви не можете отримати Kindpakket
kindpakket-uitslag-grens = Межа для Вашого домогосподарства — { $grens } чистими на місяць. З поважною причиною межа — { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = Кожна частина має свою межу. Ось що Ви можете отримати з Вашим доходом:
kindpakket-onderdeel-ja = { $onderdeel }: імовірно, так. Межа — { $grens } на місяць.
kindpakket-onderdeel-schrijnend = { $onderdeel }: лише з поважною причиною. Тоді межа — { $grens } на місяць.
kindpakket-onderdeel-nee = { $onderdeel }: імовірно, ні. Межа — { $grens } на місяць.
kindpakket-onderdeel-grens = { $onderdeel } (межа { $grens } на місяць)
kindpakket-normen-oud = Увага: соціальна допомога змінюється кожні пів року. Ми ще рахуємо за розміром соціальної допомоги від { $datum }. Можливо, зараз межа трохи вища. Сумніваєтеся? Тоді все одно подайте заяву на Kindpakket.
kindpakket-medewerker-normen-oud = Норми соціальної допомоги в профілі датовані { $datum }. Це було понад сім місяців тому. Межі нижче можуть бути занизькими. Попросіть адміністратора додати нові норми.
kindpakket-uitslag-waarom = Чому?
kindpakket-uitslag-volgende = Що Ви можете зробити зараз?
kindpakket-uitslag-ja-doen = Подайте заяву на Kindpakket. Майте під рукою підтвердження Вашого доходу.
kindpakket-uitslag-schrijnend-doen = Подайте заяву на Kindpakket. Напишіть у заяві, чому Вам важко. Тоді муніципалітет розгляне Вашу ситуацію.
kindpakket-uitslag-nee-doen = У Вас усе ж є запитання про гроші чи борги? Зателефонуйте або напишіть до муніципалітету. Там допоможуть знайти рішення.
kindpakket-uitslag-schatting = Це перша перевірка. Муніципалітет ухвалить рішення лише тоді, коли Ви подасте заяву.
kindpakket-reden-kinderen = { $aantal ->
        [one] З Вами живе { $aantal } дитина, якій ще не виповнилося { $leeftijd }.
        [few] З Вами живуть { $aantal } дитини, яким ще не виповнилося { $leeftijd }.
        [many] З Вами живе { $aantal } дітей, яким ще не виповнилося { $leeftijd }.
       *[other] З Вами живе { $aantal } дитини, яким ще не виповнилося { $leeftijd }.
    }
kindpakket-reden-geen-kinderen = З Вами не живуть діти, яким ще не виповнилося { $leeftijd }. Kindpakket — лише для дітей.
kindpakket-reden-inkomen-binnen = Ваш дохід не перевищує { $grens } на місяць.
kindpakket-reden-inkomen-schrijnend = Ваш дохід перевищує { $grens }. Але він не перевищує { $grens_schrijnend }.
kindpakket-reden-inkomen-boven = Ваш дохід перевищує { $grens_schrijnend } на місяць. Це також вище межі для складних ситуацій.
kindpakket-reden-norm = Соціальна допомога для Вашого домогосподарства становить { $norm } на місяць. Межі розраховано від цієї суми.

kindpakket-start-titel = Подати заяву на Kindpakket
kindpakket-start-intro = Ви подаєте заяву на { $begrip } одразу для всіх своїх дітей.
kindpakket-start-nodig-titel = Що Вам потрібно?
kindpakket-start-nodig-inkomen = Чистий дохід Вашого домогосподарства на місяць.
kindpakket-start-nodig-kinderen = Ім'я та дата народження кожної дитини.
kindpakket-start-nodig-bewijs = Підтвердження Вашого доходу. Наприклад, розрахунковий листок або лист про Вашу соціальну виплату.
kindpakket-start-opslaan = Ми зберігаємо те, що Ви вводите. Ви можете продовжити пізніше.
kindpakket-start-check-titel = Ваші відповіді з перевірки
kindpakket-start-check-tekst = Ці відповіді ми заздалегідь заповнимо за Вас. Пізніше Ви ще зможете їх змінити.
kindpakket-start-concepten = Розпочато раніше
kindpakket-concept-van = Заяву розпочато { $datum }
kindpakket-start-knop = Почати заяву

kindpakket-formulier-titel = Ваша заява на Kindpakket
kindpakket-formulier-intro = Дайте відповіді на запитання щодо { $begrip }: про Ваше домогосподарство і про кожну дитину. Кожна кнопка зберігає те, що Ви ввели.
kindpakket-formulier-huishouden = Ваше домогосподарство
kindpakket-schrijnend-label = Чому Вам потрібен Kindpakket?
kindpakket-schrijnend-hint = Потрібно, лише якщо Ваш дохід вищий за звичайну межу. Напишіть, що робить Вашу ситуацію складною.
kindpakket-formulier-kinderen = Ваші діти
kindpakket-formulier-kinderen-uitleg = Заповніть окремий блок для кожної дитини. Для кожної дитини виберіть, що вона хоче.
kindpakket-kind-titel = Дитина { $nummer }
kindpakket-kind-voornaam = Ім'я
kindpakket-kind-geboren = Дата народження
kindpakket-kind-geboren-hint = Наприклад, 27 3 2015
kindpakket-kind-onderdelen = Що хоче ця дитина?
kindpakket-kind-onderdelen-hint = Виберіть одне або кілька.
kindpakket-kind-weg = Так, прибрати дитину { $nummer }
kindpakket-kind-erbij = Додати ще одну дитину
kindpakket-formulier-bewijs = Підтвердження Вашого доходу
kindpakket-bestand-label = Додайте файл
kindpakket-bestand-hint = PDF, JPG або PNG. У Вас кілька файлів? Додавайте їх по одному кнопкою «Зберегти».
kindpakket-bestand-verwijder-vinkje = Так, видалити { $naam }
kindpakket-bestand-verwijder-knop = Видалити
kindpakket-bestand-verwijderd = Ми видалили файл.
kindpakket-formulier-verder = Далі до перевірки
kindpakket-formulier-opslaan = Зберегти
kindpakket-formulier-controleren-link = Переглянути, що Ви вже заповнили

kindpakket-fout-samenstelling = Виберіть склад Вашого домогосподарства.
kindpakket-fout-aow = Виберіть, чи досягли Ви пенсійного віку (AOW).
kindpakket-fout-inkomen-leeg = Укажіть чистий дохід на місяць.
kindpakket-fout-inkomen = Напишіть дохід як суму в євро, наприклад 1450,00.
kindpakket-fout-inkomen-te-hoog = Ваш дохід перевищує { $grens } на місяць. Тоді Ви не можете отримати Kindpakket.
kindpakket-fout-schrijnend = Ваш дохід перевищує { $grens }. Напишіть, чому Вам усе ж потрібен Kindpakket.
kindpakket-fout-onderdeel-inkomen = З таким доходом Ви не можете отримати: { $onderdelen }. Зніміть там позначку.
kindpakket-fout-bestand-verwijder = Поставте позначку, якщо хочете видалити { $naam }.
kindpakket-fout-aantal = Укажіть кількість дітей числом. Це від 0 до { $max } включно.
kindpakket-fout-leeftijden = Напишіть вік числами, розділяючи комою.
kindpakket-fout-leeftijden-aantal = Укажіть вік кожної дитини.
kindpakket-fout-te-lang = Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
kindpakket-fout-geen-kind = Додайте хоча б одну дитину.
kindpakket-fout-voornaam = Укажіть ім'я дитини { $nummer }.
kindpakket-fout-geboren-leeg = Укажіть дату народження дитини { $nummer }.
kindpakket-fout-geboren-onvolledig = Укажіть день, місяць і рік.
kindpakket-fout-geboren-bestaat-niet = Такої дати не існує. Перевірте день, місяць і рік.
kindpakket-fout-geboren-toekomst = Ця дата в майбутньому.
kindpakket-fout-te-oud = Цій дитині вже виповнилося { $leeftijd }. Kindpakket — для молодших дітей.
kindpakket-fout-onderdelen = Виберіть, що хоче ця дитина.
kindpakket-fout-bewijs = Додайте підтвердження Вашого доходу.
kindpakket-fout-geen-regels = Зараз ми не можемо це перевірити. Зв'яжіться з муніципалітетом.

kindpakket-controleren-titel = Перевірте свою заяву
kindpakket-controleren-intro = Перевірте, чи все правильно. Щось неправильно? Тоді натисніть «Змінити».
kindpakket-controleren-schrijnend = Ваш дохід вищий за звичайну межу. Муніципалітет прочитає Вашу причину, а потім ухвалить рішення.
kindpakket-controleren-waar = Натискаючи «Надіслати», Ви підтверджуєте, що все правильно.
kindpakket-controleren-knop = Надіслати

kindpakket-status-concept = Ще не надіслано
kindpakket-status-ingediend = Надіслано
kindpakket-status-besloten = Рішення ухвалено
kindpakket-stap-verstuurd = Заяву надіслано
kindpakket-stap-besluit = Рішення муніципалітету
kindpakket-stap-besluit-uiterlijk = Муніципалітет ухвалить рішення не пізніше ніж { $datum }. Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після Вашої заяви.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = Ваш номер
kindpakket-zaak-status = Стан справи:
kindpakket-zaak-verstuurd-op = Надіслано { $datum }.
kindpakket-zaak-besluit-titel = Рішення
kindpakket-zaak-wacht = Муніципалітет розглядає Вашу заяву. Ви отримаєте електронний лист, коли буде рішення.
kindpakket-zaak-besloten-op = Муніципалітет ухвалив рішення { $datum }.
kindpakket-besluit-ja = Так, надано
kindpakket-besluit-nee = Ні
kindpakket-besluit-open = Рішення ще не ухвалено
kindpakket-zaak-nu-titel = Що відбувається тепер?
kindpakket-zaak-nu-organisatie = Щодо всього, що Ви отримуєте, з Вами зв'яжеться відповідна організація. Це: { $organisaties }.
kindpakket-zaak-nu-niets = Ви нічого не отримуєте з Kindpakket. Причину прочитайте вище.
kindpakket-zaak-bezwaar = Ви не згодні з рішенням? Тоді Ви можете подати { $begrip }. Це можна зробити протягом { $weken ->
        [one] { $weken } тижня
        [few] { $weken } тижнів
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }, до { $datum } включно.
kindpakket-zaak-gegevens-titel = Що Ви надіслали
kindpakket-zaak-log-titel = Хто переглядав Вашу заяву?
kindpakket-zaak-log-leeg = Ще ніхто, крім Вас.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) переглянув(-ла) заяву.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) відкрив(-ла) файл.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) доповнив(-ла) заяву.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) працював(-ла) з Вашою справою.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) взяв(-ла) заяву на розгляд.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) надіслав(-ла) заяву.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) ухвалив(-ла) рішення.
kindpakket-log-medewerker = працівник муніципалітету
kindpakket-log-helper = помічник
kindpakket-zaak-mijn-loket = До розділу «Мій кабінет»

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = Заява на Kindpakket
kindpakket-mijn-loket-versturen = Перевірте і надішліть заяву
kindpakket-mijn-loket-verder = Продовжити заяву
kindpakket-mijn-loket-kinderen = Для { $aantal ->
        [one] { $aantal } дитини
        [few] { $aantal } дітей
        [many] { $aantal } дітей
       *[other] { $aantal } дитини
    }.
kindpakket-mijn-loket-bekijk = Переглянути заяву

kindpakket-mail-onderwerp = Новини щодо Вашої заяви { $referentie }
kindpakket-mail-tekst = Є новини щодо Вашої заяви на Kindpakket з номером { $referentie }.
kindpakket-mail-inloggen = Увійдіть, щоб прочитати рішення.
kindpakket-mail-knop = Переглянути Вашу заяву
kindpakket-mail-ontvangen-onderwerp = Вашу заяву { $referentie } отримано
kindpakket-mail-ontvangen-tekst = Ми отримали Вашу заяву на Kindpakket. Ваш номер: { $referentie }.
kindpakket-kind-weg-label = Хочете прибрати цю дитину?
kindpakket-weg-hint = Це станеться, коли Ви натиснете одну з кнопок нижче.
