## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = Потрібна допомога із заповненням або під час розмови? Вам завжди доступна безкоштовна { $begrip }.
melding-verder = Далі
melding-later = Зберегти і продовжити пізніше

melding-start-titel = Попросити допомоги з житлом, доглядом або участю в житті громади
melding-start-intro = Розкажіть муніципалітету, яка допомога Вам потрібна. Це називається { $begrip }.
melding-start-voor-ander = Ви також можете зробити це для людини, якій Ви допомагаєте.
melding-start-duur = Заповнення триває приблизно 10 хвилин.
melding-start-bewaard = Ви можете зупинитися будь-коли. Ваші відповіді збережуться.
melding-start-niet-alles = Вам ще не обов'язково знати все. Після цього муніципалітет поговорить з Вами.
melding-start-knop = Почати
melding-start-hervatten = Продовжити запит, який Ви вже почали
melding-start-inloggen-tekst = Спочатку увійдіть. Тоді ми зможемо зберегти Ваші відповіді.
melding-start-inloggen = Увійти

melding-hervatten-titel = Продовжити Ваш запит
melding-hervatten-tekst = Ви раніше зберегли запит? Тоді введіть код, який Ви отримали.
melding-hervatten-label = Ваш код
melding-hervatten-hint = Наприклад, K7P2-QX9M
melding-hervatten-knop = Далі
melding-hervatten-fout-leeg = Введіть свій код.
melding-hervatten-fout-onbekend = Ми не знайшли запиту з цим кодом. Перевірте, чи правильно Ви переписали код.

melding-naam-voor-wie = Для кого
melding-naam-de-ander = Людина, якій Ви допомагаєте
melding-naam-spoed = Терміново
melding-naam-hulpvraag = Ваш запит
melding-naam-gebieden = Теми
melding-naam-huishouden = Хто живе в домі
melding-naam-gesprek = Під час розмови
melding-naam-co = Безкоштовна допомога з Вашим запитом
melding-naam-gegevens = Про кого йдеться
melding-naam-contact = Контакт
melding-naam-toestemming = Згода

melding-voor-wie-titel = Для кого Ви просите допомоги?
melding-voor-wie-vraag = Виберіть, що підходить
melding-keuze-voor-wie-zelf = Для себе
melding-keuze-voor-wie-ander = Для людини, якій я допомагаю
melding-keuze-voor-wie-namens = Для: { $naam }

melding-de-ander-titel = Про людину, якій Ви допомагаєте
melding-de-ander-uitleg = Ви просите допомоги для іншої людини. Розкажіть, хто це.
melding-de-ander-naam = Як звати цю людину?
melding-de-ander-relatie = Ким Вам доводиться ця людина?
melding-keuze-relatie-partner = Мій партнер / моя партнерка
melding-keuze-relatie-ouder = Мій батько або моя мати
melding-keuze-relatie-kind = Моя дитина
melding-keuze-relatie-familie = Інший родич
melding-keuze-relatie-vriend-buur = Друг, подруга або сусід
melding-keuze-relatie-clientondersteuner = Я його або її помічник клієнта
melding-keuze-relatie-anders = Інше
melding-de-ander-toestemming = Чи знає про це ця людина?
melding-de-ander-toestemming-hint = Ви можете просити допомоги лише для людини, яка на це згодна.
melding-de-ander-toestemming-ja = Ця людина знає, що я прошу допомоги, і згодна з цим.

melding-spoed-titel = Зараз небезпечно або дуже терміново?
melding-spoed-112 = Є пряма небезпека зараз? Тоді негайно телефонуйте 112.
melding-spoed-gevaar = Хтось у домі в небезпеці?
melding-spoed-gevaar-hint = Наприклад, через насильство, погрози або занедбаність.
melding-spoed-zorg = Сьогодні чи завтра вдома вже не обійтися без допомоги?
melding-spoed-zorg-hint = Наприклад, тому що людина, яка доглядає, раптово захворіла.
melding-keuze-ja = Так
melding-keuze-nee = Ні

melding-spoedroute-titel = Зв'яжіться з нами зараз
melding-spoedroute-tekst = Ви кажете, що справа термінова. Тому зв'яжіться з нами зараз. Не чекайте, доки закінчите цю форму.
melding-spoedroute-daarna-titel = Потім
melding-spoedroute-daarna = Ви вже зателефонували? Тоді тут Ви можете закінчити свій запит. Можна також пізніше.
melding-spoedroute-verder = Продовжити запит

melding-hulpvraag-titel = З чим Вам потрібна допомога?
melding-hulpvraag-vraag = Ваш запит
melding-hulpvraag-hint = Розкажіть своїми словами, що не виходить. І чого Ви хотіли б.

melding-gebieden-titel = Чого стосується Ваш запит?
melding-gebieden-vraag = Теми
melding-gebieden-hint = Виберіть усе, що підходить.
melding-keuze-gebied-verzorging = Догляд за собою і хатні справи
melding-keuze-gebied-lichaam = Ваше тіло і здоров'я
melding-keuze-gebied-gevoel = Як Ви почуваєтеся і що думаєте
melding-keuze-gebied-wonen = Ваш дім і околиці
melding-keuze-gebied-geld = Гроші й документи
melding-keuze-gebied-contact = Спілкування з іншими людьми
melding-keuze-gebied-dag = Чим Ви займаєтеся вдень
melding-keuze-gebied-thuis = Як справи в людей, з якими Ви живете
melding-keuze-gebied-kinderen = Виховання дітей
melding-keuze-gebied-verslaving = Залежність, наприклад від алкоголю чи азартних ігор
melding-keuze-gebied-mantelzorg = Допомога для людини, яка доглядає Вас

melding-huishouden-titel = Хто живе в домі?
melding-huishouden-waarom = Люди, з якими Ви живете, іноді виконують частину хатньої роботи. Тому муніципалітет про це питає.
melding-huishouden-vraag = Виберіть, що підходить
melding-keuze-huishouden-alleen = Я живу сам (сама)
melding-keuze-huishouden-alleen-namens = { $naam } живе сам (сама)
melding-keuze-huishouden-partner = З партнером
melding-keuze-huishouden-partner-kinderen = З партнером і дітьми
melding-keuze-huishouden-kinderen = З дітьми, без партнера
melding-keuze-huishouden-anderen = З іншими людьми
melding-huisgenoten = Хто ще живе в домі?
melding-huisgenoten-hint = Біля кожного напишіть вік. Наприклад: мій чоловік (80), мій син (45). Це не обов'язково.

melding-gesprek-titel = Кого Ви хочете запросити на розмову?
melding-gesprek-uitleg = Муніципалітет поговорить з Вами про Ваш запит. Часто це відбувається у Вас удома. Ця розмова називається { $begrip }.
melding-gesprek-vraag = Хто буде присутній?
melding-gesprek-hint = Ви можете когось запросити. Виберіть усе, що підходить.
melding-keuze-erbij-mantelzorger = Людина, яка мене доглядає
melding-keuze-erbij-familie = Хтось із моєї родини
melding-keuze-erbij-mantelzorger-namens = Людина, яка доглядає { $naam }
melding-keuze-erbij-familie-namens = Хтось із родини людини { $naam }
melding-keuze-erbij-clientondersteuner = Помічник клієнта
melding-keuze-erbij-iemand = Хтось інший
melding-keuze-erbij-niemand = Ніхто
melding-gesprek-naam = Хто це?
melding-gesprek-naam-hint = Наприклад, ім'я і номер телефону. Це не обов'язково.

melding-co-titel = Хочете безкоштовної допомоги з Вашим запитом?
melding-co-wat = Помічник клієнта допомагає Вам із запитом до муніципалітету. Він або вона може також піти з Вами на розмову.
melding-co-gratis = Ця допомога безкоштовна. Ви ніколи нічого за неї не платите.
melding-co-beslist-niet = Помічник клієнта підтримує Вас. Він або вона не ухвалює рішення щодо Вашого запиту.
melding-co-vraag = Хочете помічника клієнта?
melding-keuze-wens-ja = Так, будь ласка
melding-keuze-wens-nee = Ні, не зараз
melding-keuze-wens-weet-niet = Я ще не знаю
melding-co-organisatie = Хто може Вам допомогти?
melding-co-organisatie-hint = Лише якщо Ви вибрали «Так, будь ласка». Тоді ми попросимо про допомогу за Вас, коли Ви надішлете звернення.
melding-co-organisatie-gemeente = Нехай вибере муніципалітет

melding-contact-titel = Як муніципалітет має з Вами зв'язатися?
melding-contact-namens = Муніципалітет зв'яжеться з людиною: { $naam }. Тому вкажіть номер телефону й електронну адресу людини { $naam }.
melding-contact-vraag = Як з Вами зв'язатися?
melding-keuze-contact-telefoon = Телефоном
melding-keuze-contact-email = Електронною поштою
melding-keuze-contact-brief = Листом
melding-contact-telefoon = Номер телефону
melding-contact-telefoon-hint = Укажіть, якщо ми можемо Вам телефонувати.
melding-contact-telefoon-hint-namens = Укажіть, якщо муніципалітет може телефонувати людині { $naam }.
melding-contact-email = Електронна адреса
melding-contact-email-hint = Сюди ми також надішлемо підтвердження.
melding-contact-email-hint-namens = За цією адресою муніципалітет зв'яжеться з людиною { $naam }.
melding-contact-tijden = Коли Вам найкраще телефонувати?
melding-contact-tijden-hint = Наприклад: у вівторок уранці. Це не обов'язково.
melding-contact-tolk = Вам потрібна допомога під час розмови?
melding-keuze-tolk-geen = Ні
melding-keuze-tolk-tolk = Так, перекладач
melding-keuze-tolk-gebarentaal = Так, перекладач жестової мови
melding-contact-tolk-taal = Якою мовою Ви розмовляєте?
melding-contact-tolk-taal-hint = Укажіть, якщо Вам потрібен перекладач.
melding-contact-postadres = Листи треба надсилати на іншу адресу?
melding-contact-postadres-hint = Заповнюйте, лише якщо хочете отримувати листи не за адресою проживання. Наприклад, на адресу Вашого управителя майна (bewindvoerder).
melding-gegevens-titel = Про кого це звернення?
melding-gegevens-waarom = Муніципалітет має знати, кому він допомагає. Тому ми питаємо ім'я, дату народження й адресу.
melding-gegevens-naam = Ім'я
melding-gegevens-geboren = Дата народження
melding-gegevens-geboren-op = Дата народження: { $datum }
melding-gegevens-adres = Адреса проживання
melding-adres-straat = Вулиця і номер будинку
melding-adres-postcode = Поштовий індекс
melding-adres-postcode-hint = Наприклад, 2665 AB
melding-adres-plaats = Населений пункт

melding-toestemming-titel = Чи може муніципалітет використовувати Ваші дані?
melding-toestemming-nodig = Муніципалітету потрібні Ваші дані, щоб розглянути Ваш запит.
melding-toestemming-gezondheid = Ідеться також про дані про Ваше здоров'я. Вони особливо чутливі.
melding-toestemming-alleen = Муніципалітет використовує Ваші дані лише для цього запиту.
melding-toestemming-wie = Бачити їх можуть лише працівники, які працюють над Вашим запитом.
melding-toestemming-privacy = Докладніше про Вашу конфіденційність
melding-toestemming-vraag = Згода
melding-toestemming-ja = Я даю муніципалітету згоду використовувати мої дані для цього запиту.
melding-toestemming-ja-namens = Я даю муніципалітету згоду використовувати дані людини { $naam } для цього запиту.

melding-later-titel = Ми зберегли Ваші відповіді
melding-later-code = Ваш код
melding-later-schrijf-op = Для цього код Вам не потрібен. Код потрібен, лише якщо Ви телефонуєте до муніципалітету щодо свого запиту.
melding-later-hoe = Пізніше увійдіть знову. Можна з цього телефону чи комп'ютера або з іншого. Тоді виберіть свій запит у розділі «Мій кабінет».
melding-later-bellen = У такому разі запишіть код. Назвіть код по телефону. Тоді муніципалітет знайде Ваші відповіді.
melding-later-mijn-loket = Ваш запит є в розділі «Мій кабінет». Там Ви продовжите пізніше.
melding-later-nu-verder = Продовжити зараз
melding-later-naar-mijn-loket = До розділу «Мій кабінет»

melding-controleren-titel = Перевірте свої відповіді
melding-controleren-tekst = Усе правильно? Кнопкою «Змінити» Ви можете виправити відповідь.
melding-controleren-leeg = Ще не заповнено
melding-controleren-fout-open = Ще дайте відповідь на це запитання.
melding-controleren-versturen-titel = Надіслати
melding-controleren-versturen-tekst = Ви натиснете кнопку? Тоді муніципалітет отримає Ваше { $begrip }.
melding-controleren-knop = Надіслати

melding-datum-plan = Ви можете подати { $begrip } до { $datum } включно. Це не обов'язково.
melding-datum-onderzoek = Муніципалітет поговорить з Вами не пізніше ніж { $datum }. Ця розмова називається { $begrip }.
melding-datum-na-gesprek = Строки починаються з Вашої першої розмови з муніципалітетом. Після цього Ви побачите дати в розділі «Мій кабінет».

melding-bevestiging-titel = Муніципалітет отримав Ваш запит
melding-bevestiging-paneel = Успішно
melding-bevestiging-nummer = Ваш номер
melding-bevestiging-ontvangen = Муніципалітет отримав Ваш запит { $datum }.
melding-bevestiging-mail = Ви також отримаєте електронний лист із цими даними.
melding-bevestiging-nu-titel = Що відбувається тепер?
melding-bevestiging-co = Ви хочете безкоштовної допомоги від помічника клієнта.
melding-bevestiging-co-link = Попросіть про цю допомогу зараз
melding-bevestiging-co-gevraagd = Ви також попросили безкоштовної допомоги від помічника клієнта. Ми попросили про цю допомогу за Вас. Номер: { $referentie }.
melding-bevestiging-co-bekijk = Переглянути Ваш запит про допомогу
melding-bevestiging-bewijs = Переглянути або надрукувати Ваші відповіді
melding-bevestiging-mijn-loket = До розділу «Мій кабінет»

melding-bewijs-titel = Ваші відповіді
melding-bewijs-ontvangen = Дата отримання
melding-bewijs-printen = Хочете мати це на папері? Тоді скористайтеся кнопкою друку у браузері.

melding-mail-onderwerp = Муніципалітет отримав Ваш запит { $referentie }
melding-mail-ontvangen = Ви попросили допомоги в муніципалітету { $gemeente }. Ваш номер: { $referentie }.
melding-mail-contact = Муніципалітет зв'яжеться з Вами. Ви разом домовитеся про розмову.
melding-mail-knop = Переглянути Ваш запит

melding-fout-voor-wie = Виберіть, для кого Ви просите допомоги.
melding-fout-ander-naam = Укажіть ім'я людини, якій Ви допомагаєте.
melding-fout-ander-relatie = Виберіть, ким Вам доводиться ця людина.
melding-fout-ander-toestemming = Спочатку запитайте, чи згодна ця людина. Потім поставте позначку.
melding-fout-spoed = Виберіть «так» або «ні».
melding-fout-hulpvraag = Розкажіть, з чим Вам потрібна допомога.
melding-fout-levensgebieden = Виберіть хоча б одну тему.
melding-fout-huishouden = Виберіть, з ким Ви живете.
melding-fout-gesprek = Виберіть, хто буде присутній. Або виберіть «Ніхто».
melding-fout-gesprek-niemand = Ви вибрали «Ніхто» і ще когось. Виберіть щось одне.
melding-fout-clientondersteuning = Виберіть, чи хочете Ви помічника клієнта.
melding-fout-co-organisatie = Виберіть, хто може Вам допомогти. Або дозвольте вибрати муніципалітету.
melding-fout-naam = Укажіть ім'я.
melding-fout-geboren-leeg = Укажіть дату народження.
melding-fout-geboren = Укажіть дату народження, яка існує. Наприклад, 15 8 1956.
melding-fout-geboren-toekomst = Дата народження не може бути пізнішою за сьогодні.
melding-fout-straat = Укажіть вулицю і номер будинку.
melding-fout-postcode-leeg = Укажіть поштовий індекс.
melding-fout-postcode = Укажіть поштовий індекс, наприклад 2665 AB: чотири цифри і дві літери.
melding-fout-plaats = Укажіть населений пункт.
melding-fout-contact-manier = Виберіть, як з Вами зв'язатися.
melding-fout-telefoon = Укажіть номер телефону, наприклад 06 1234 5678.
melding-fout-telefoon-leeg = Укажіть свій номер телефону. Або виберіть інший спосіб зв'язку.
melding-fout-email = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
melding-fout-email-leeg = Укажіть свою електронну адресу. Або виберіть інший спосіб зв'язку.
melding-fout-tolk = Виберіть, чи потрібна Вам допомога під час розмови.
melding-fout-tolk-taal = Укажіть, якою мовою Ви розмовляєте.
melding-fout-toestemming = Без Вашої згоди муніципалітет не може розглянути Ваш запит. Поставте позначку, якщо Ви згодні.
melding-fout-te-lang = Це задовго. Використайте не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
melding-spoed-route-link = Ви сказали, що справа термінова. Прочитайте, що Ви можете зробити зараз.
melding-bevestiging-plan = Напишіть або надішліть свій власний план
melding-mail-gratis-hulp = Потрібна допомога під час розмови? Вам завжди доступна безкоштовна { $begrip }.
melding-namens = Ці запитання стосуються людини { $naam }. Словом «Ви» ми позначаємо людину { $naam }.
melding-namens-toestemming = Ви даєте згоду щодо даних людини { $naam }. Робіть це, лише якщо { $naam } згоден (згодна).
melding-start-wachttijd-weken = За останні місяці до рішення зазвичай минало { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }.
melding-start-wachttijd-dagen = За останні місяці до рішення зазвичай минало { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    }.
melding-start-wachttijd-kort = За останні місяці рішення зазвичай ухвалювали протягом тижня.
melding-start-wachttijd-bijgewerkt = Ці дані станом на { $moment }.
