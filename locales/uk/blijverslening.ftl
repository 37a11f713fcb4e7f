## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = Кредит на пристосування житла: позичити гроші, щоб пристосувати своє житло
blijverslening-uitleg-intro = Ви маєте власне житло? І хочете в ньому залишитися? Тоді, можливо, Ви зможете отримати { $begrip }.
blijverslening-uitleg-svn = Кредит надає SVn. SVn — це Stimuleringsfonds Volkshuisvesting. SVn також перевіряє, чи зможете Ви повернути кредит. Це називається перевіркою кредитоспроможності.
blijverslening-uitleg-wie-titel = Для кого цей кредит?
blijverslening-uitleg-wie-eigenaar = Ви власник житла. І Ви самі в ньому живете.
blijverslening-uitleg-wie-samen = У житла кілька власників? Тоді Ви подаєте заяву на кредит разом.
blijverslening-uitleg-wie-reden = Ви пристосовуєте житло, бо Вам потрібен догляд. Або бо Ви очікуєте цього в майбутньому. Або Ви готуєте житло до старшого віку.
blijverslening-uitleg-wie-vooraf = Подайте заяву на кредит до того, як роботи буде завершено. На вже завершені роботи кредиту не дають.
blijverslening-uitleg-soorten-titel = Які є кредити?
blijverslening-uitleg-consumptief = Особистий кредит: від { $minimum } до { $maximum }. Відсоткова ставка фіксована на 10 років. Хоча б одному заявникові ще не виповнилося { $jaren }.
blijverslening-uitleg-hypothecair = Кредит під заставу Вашого житла: від { $minimum } до { $maximum }. Відсоткова ставка фіксована на 10 або 20 років.
blijverslening-uitleg-doen-titel = Що Ви можете зробити?
blijverslening-uitleg-check = Спочатку перевірте, чи зможете Ви, імовірно, отримати кредит. Входити для цього не потрібно. Ми нічого не зберігаємо.
blijverslening-uitleg-check-knop = Чи можу я це отримати?
blijverslening-uitleg-aanvragen = Хочете подати заяву на кредит? Тоді увійдіть. Ви також можете попросити когось допомогти Вам.
blijverslening-uitleg-aanvragen-knop = Подати заяву на кредит
blijverslening-budget-over = Цього року на нові кредити залишилося ще { $over }.
blijverslening-bron = Правило: { $bron }

blijverslening-ja = Так
blijverslening-nee = Ні

blijverslening-check-titel = Чи можу я отримати кредит на пристосування житла?
blijverslening-check-intro = Дайте відповіді на запитання. Тоді Ви побачите, чи зможете Ви, імовірно, отримати { $begrip }. Запитання можна пропускати.
blijverslening-check-niets-bewaard = Ми не зберігаємо Ваших відповідей.
blijverslening-check-eigenaar = Ви власник житла?
blijverslening-check-bewoner = Ви самі живете в цьому житлі?
blijverslening-check-alle = Усі власники подають заяву на кредит разом?
blijverslening-check-alle-hint = Наприклад, Ви і Ваш партнер, якщо житло належить Вам обом.
blijverslening-check-geboren-legend = Коли народилися заявники?
blijverslening-check-geboren-hint = Укажіть дату народження кожного власника.
blijverslening-check-geboren-n = Заявник { $nummer }
blijverslening-check-klaar = Роботи вже завершено?
blijverslening-check-klaar-hint = Роботи вже почалися, але ще не завершені? Тоді кредит ще можливий. На вже завершені роботи кредиту не дають.
blijverslening-check-knop = Переглянути результат
blijverslening-check-nu-titel = Що Ви можете зробити зараз?
blijverslening-check-nu-ja = Ви можете подати заяву на кредит. Тоді муніципалітет розгляне Вашу заяву.
blijverslening-check-nu-nee = Імовірно, Ви не зможете отримати кредит. Маєте запитання? Тоді зв'яжіться з муніципалітетом.

blijverslening-uitkomst-ja = Імовірно, Ви можете отримати кредит
blijverslening-uitkomst-nee = Імовірно, Ви не можете отримати кредит
blijverslening-uitkomst-open = Ми ще не знаємо напевно
blijverslening-oordeel-ja = Добре
blijverslening-oordeel-nee = Не підходить
blijverslening-oordeel-open = Ще невідомо

blijverslening-grond-eigenaar-ja = Ви власник житла.
blijverslening-grond-eigenaar-nee = Ви не власник. Кредит можуть отримати лише власники.
blijverslening-grond-eigenaar-open = Ми ще не знаємо, чи Ви власник.
blijverslening-grond-bewoner-ja = Ви самі живете в цьому житлі.
blijverslening-grond-bewoner-nee = Ви самі не живете в цьому житлі. Тоді Ви не отримаєте кредиту.
blijverslening-grond-bewoner-open = Ми ще не знаємо, чи Ви самі живете в цьому житлі.
blijverslening-grond-alle-ja = Усі власники подають заяву на кредит разом.
blijverslening-grond-alle-nee = Усі власники мають подати заяву на кредит разом.
blijverslening-grond-alle-open = Ми ще не знаємо, чи беруть участь усі власники.
blijverslening-grond-reden-ja = Ви пристосовуєте житло для догляду або на майбутнє.
blijverslening-grond-reden-open = Ми ще не знаємо, чому Ви пристосовуєте житло.
blijverslening-grond-werk-ja = Роботи ще не завершено.
blijverslening-grond-werk-nee = Роботи вже завершено. Тоді Ви не отримаєте кредиту.
blijverslening-grond-werk-open = Ми ще не знаємо, чи роботи вже завершено.
blijverslening-grond-leeftijd-ja = Хоча б одному заявникові ще не виповнилося { $jaren }.
blijverslening-grond-leeftijd-nee = Усім заявникам уже виповнилося { $jaren }. Тоді Ви можете отримати лише кредит під заставу Вашого житла.
blijverslening-grond-leeftijd-open = Ми ще не знаємо віку заявників.
blijverslening-grond-bedrag-ja = Сума підходить: від { $minimum } до { $maximum }.
blijverslening-grond-bedrag-laag = Сума замала. Ви можете позичити щонайменше { $minimum }.
blijverslening-grond-bedrag-hoog = Сума завелика. Ви можете позичити не більше ніж { $maximum }.
blijverslening-grond-bedrag-hoog-consumptief = Сума завелика для особистого кредиту. Він становить не більше ніж { $maximum }. Під заставу Вашого житла Ви, можливо, зможете позичити більше: до { $maximum_hypothecair }.
blijverslening-grond-bedrag-open = Ми ще не знаємо суми.
blijverslening-grond-soort-open = Ми ще не знаємо, який кредит Ви хочете.
blijverslening-grond-kosten-ja = Сума не перевищує витрат: { $kosten }.
blijverslening-grond-kosten-nee = Ви позичаєте більше, ніж витрати в розмірі { $kosten }. Так не можна.
blijverslening-grond-budget-ja = Цього року ще достатньо грошей: { $over }.
blijverslening-grond-budget-nee = Цього року залишилося ще { $over }. Це менше, ніж сума, яку Ви хочете позичити.
blijverslening-grond-budget-op = Гроші на цей рік закінчилися.
blijverslening-grond-budget-open = Цього року залишилося ще { $over }.

blijverslening-grond-a = Ви не відповідаєте правилам муніципалітету.
blijverslening-grond-b = На цей рік уже не вистачає грошей.
blijverslening-grond-c = Ви не відповідаєте правилам SVn.
blijverslening-grond-d = Перевірка кредитоспроможності SVn дала негативний результат.
blijverslening-grond-e = Дані в заяві були неправильні.
blijverslening-grond-f = Ви подали заяву на кредит після завершення робіт.

blijverslening-maandlast-titel = Скільки Ви платите на місяць?
blijverslening-maandlast = Приблизно { $bedrag } на місяць.
blijverslening-maandlast-schatting = Це приблизний розрахунок. Ми рахуємо за відсотковою ставкою SVn. Точну суму визначає SVn.
blijverslening-maandlast-aflossing = Ми рахуємо так, ніби Ви повертаєте особистий кредит за { $consumptief ->
        [one] { $consumptief } рік
        [few] { $consumptief } роки
        [many] { $consumptief } років
       *[other] { $consumptief } року
    }. А кредит під заставу житла — за { $hypothecair ->
        [one] { $hypothecair } рік
        [few] { $hypothecair } роки
        [many] { $hypothecair } років
       *[other] { $hypothecair } року
    }. І ніби ставка весь цей час не змінюється.
blijverslening-maandlast-later = Після цього кроку Ви побачите, скільки приблизно платитимете на місяць.

blijverslening-soort-label = Який кредит Ви хочете?
blijverslening-soort-consumptief = Особистий кредит
blijverslening-soort-consumptief-hint = Від 2 500 до 10 000 євро. Відсоткова ставка фіксована на 10 років.
blijverslening-soort-hypothecair = Кредит під заставу Вашого житла
blijverslening-soort-hypothecair-hint = Від 2 500 до 30 000 євро. Відсоткова ставка фіксована на 10 або 20 років.
blijverslening-looptijd-label = На який строк Ви хочете фіксовану ставку?
blijverslening-looptijd-hint = SVn фіксує ставку на 10 або 20 років. Для особистого кредиту це завжди 10 років.
blijverslening-looptijd-10 = Фіксована на 10 років
blijverslening-looptijd-20 = Фіксована на 20 років
blijverslening-jaren = { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
}
blijverslening-bedrag-label = Скільки Ви хочете позичити?
blijverslening-bedrag-hint = У євро, наприклад 5000.
blijverslening-bedrag-grenzen = Особистий кредит — від { $cmin } до { $cmax }. Кредит під заставу Вашого житла — до { $hmax }.
blijverslening-reden-label = Чому Ви пристосовуєте житло?
blijverslening-reden-zorg-nu = Мені зараз потрібен догляд. Тому житло треба змінити.
blijverslening-reden-zorg-later = Я очікую, що згодом мені буде потрібен догляд.
blijverslening-reden-levensloop = Я хочу залишитися в цьому житлі, коли стану старшим (старшою).

blijverslening-formulier-titel = Подати заяву на кредит на пристосування житла
blijverslening-formulier-intro = Ви подаєте заяву на { $begrip } у кілька етапів. Ви можете зупинитися і продовжити пізніше. Ми зберігаємо те, що Ви вводите.
blijverslening-formulier-knop = Зберегти і продовжити
blijverslening-namens = Ви подаєте цю заяву для людини: { $naam }.
blijverslening-start-nodig-titel = Що Вам потрібно?
blijverslening-start-nodig-adres = Адреса житла.
blijverslening-start-nodig-mede = Ім'я, дата народження й електронна адреса інших власників.
blijverslening-start-nodig-kosten = Вартість робіт. Наприклад, з кошторису (offerte) підрядника.
blijverslening-start-nodig-bewijs = Підтвердження, що Ви власник і що живете в цьому житлі.
blijverslening-start-check-titel = Ваші відповіді з перевірки
blijverslening-start-check-tekst = Ці відповіді ми заздалегідь заповнимо за Вас. Пізніше Ви ще зможете їх змінити.
blijverslening-start-concepten = Заяви, які Ви ще не надіслали
blijverslening-start-concept = Заява від { $datum }
blijverslening-start-knop = Почати заяву
blijverslening-start-knop-nieuw = Почати нову заяву
blijverslening-taken-intro = Ваша заява має { $aantal ->
        [one] { $aantal } частину
        [few] { $aantal } частини
        [many] { $aantal } частин
       *[other] { $aantal } частини
    }. Заповніть кожну частину. Ми зберігаємо те, що Ви вводите. Ви можете зупинитися і продовжити пізніше.
blijverslening-taken-klaar = Ви завершили { $klaar } з { $aantal ->
        [one] { $aantal } частини
        [few] { $aantal } частин
        [many] { $aantal } частин
       *[other] { $aantal } частини
    }.
blijverslening-taken-versturen-titel = Перевірити і надіслати
blijverslening-taken-versturen-klaar = Усі частини готові. Перевірте свою заяву і надішліть її.
blijverslening-taken-versturen-nog = Усі частини готові? Тоді перевірте свою заяву і надішліть її.
blijverslening-taken-nakijken = Перевірити заяву
blijverslening-stand-niet-begonnen = Ще не розпочато
blijverslening-stand-bezig = Заповнюється
blijverslening-stand-klaar = Готово
blijverslening-deel-bewaren = Ми збережемо те, що Ви ввели, коли Ви натиснете кнопку.
blijverslening-naar-overzicht = Назад до Вашої заяви
blijverslening-deel-aanvrager = Про Вас
blijverslening-deel-eigenaren = Інші власники
blijverslening-naam-label = Ваше ім'я
blijverslening-geboren-label = Дата народження
blijverslening-mede-uitleg = У житла кілька власників? Тоді вкажіть їх нижче. Вони отримають електронний лист. У ньому вони підтвердять свою участь.
blijverslening-mede-legend = Інший власник { $nummer }
blijverslening-mede-hint = Залиште порожнім, якщо іншого власника немає.
blijverslening-mede-naam = Ім'я
blijverslening-mede-email = Електронна адреса
blijverslening-mede-email-hint = На цю адресу ми надішлемо прохання підтвердити участь.
blijverslening-deel-woning = Житло
blijverslening-adres-legend = Адреса житла
blijverslening-adres-hint = Житло, яке Ви хочете пристосувати.
blijverslening-straat-label = Вулиця і номер будинку
blijverslening-postcode-label = Поштовий індекс
blijverslening-plaats-label = Населений пункт
blijverslening-adres-label = Адреса житла
blijverslening-adres-onbekend = Не запитували
blijverslening-bevestig-eigenaar = Я власник цього житла.
blijverslening-bevestig-bewoner = Я сам (сама) живу в цьому житлі.
blijverslening-bevestig-alle = Я вказав(-ла) всіх власників цього житла.
blijverslening-alle-hint = Ви єдиний власник? Тоді теж поставте позначку.
blijverslening-bewijs-later = Підтвердження Ви надішлете пізніше. Наприклад, виписку з Кадастру (Kadaster).
blijverslening-deel-kosten = Роботи і витрати
blijverslening-maatregelen-label = Що Ви хочете зробити?
blijverslening-maatregelen-hint = Наприклад: крісло-підйомник для сходів, душ без порога або ширші двері.
blijverslening-materiaal-label = Вартість матеріалів
blijverslening-arbeid-label = Вартість робіт
blijverslening-uren-label = Вартість робочих годин підрядника
blijverslening-leenkosten-label = Витрати на кредит
blijverslening-subsidies-label = Субсидії, які Ви отримуєте
blijverslening-subsidies-hint = Ця сума віднімається від витрат. Укажіть 0, якщо Ви не отримуєте субсидії.
blijverslening-nul-hint = Укажіть 0, якщо витрат немає.
blijverslening-werkelijk-label = Загальні витрати мінус субсидії
blijverslening-deel-lening = Кредит
blijverslening-gepland-label = Коли роботи буде завершено?
blijverslening-gepland-hint = Роботи вже можуть бути розпочаті. Але вони ще не можуть бути завершені. Наприклад, 15 3 2027.

blijverslening-fout-naam = Укажіть своє ім'я.
blijverslening-fout-te-lang = Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
blijverslening-fout-geboren = Укажіть дату народження.
blijverslening-fout-geboren-toekomst = Дата народження в майбутньому. Перевірте дату.
blijverslening-fout-datum-onvolledig = Укажіть день, місяць і рік.
blijverslening-fout-datum-bestaat-niet = Такої дати не існує. Перевірте дату.
blijverslening-fout-straat = Укажіть вулицю і номер будинку.
blijverslening-fout-huisnummer = Укажіть також номер будинку, наприклад Dorpsstraat 12.
blijverslening-fout-postcode-leeg = Укажіть поштовий індекс.
blijverslening-fout-postcode = Укажіть поштовий індекс, наприклад 2665 AB.
blijverslening-fout-plaats = Укажіть населений пункт.
blijverslening-fout-mede-naam = Укажіть ім'я іншого власника.
blijverslening-fout-mede-email = Укажіть правильну електронну адресу, наприклад naam@voorbeeld.nl.
blijverslening-fout-eigenaar = Ви можете отримати кредит, лише якщо Ви власник. Поставте позначку, якщо це так.
blijverslening-fout-bewoner = Ви можете отримати кредит, лише якщо самі живете в цьому житлі. Поставте позначку, якщо це так.
blijverslening-fout-alle-eigenaren = Усі власники подають заяву на кредит разом. Укажіть їх і поставте позначку.
blijverslening-fout-reden = Виберіть, чому Ви пристосовуєте житло.
blijverslening-fout-maatregelen = Напишіть, що Ви хочете зробити.
blijverslening-fout-kosten = Укажіть вартість матеріалів.
blijverslening-fout-bedrag-onleesbaar = Укажіть суму в євро, наприклад 2500 або 2.500,00.
blijverslening-fout-soort = Виберіть, який кредит Ви хочете.
blijverslening-fout-leeftijd = Для особистого кредиту хоча б одному власникові має ще не виповнитися { $jaren }. Виберіть кредит під заставу Вашого житла.
blijverslening-fout-looptijd = Виберіть, на який строк фіксується ставка.
blijverslening-fout-bedrag = Укажіть, скільки Ви хочете позичити.
blijverslening-fout-bedrag-grenzen = На цей кредит Ви можете позичити від { $minimum } до { $maximum }.
blijverslening-fout-bedrag-kosten = Ви не можете позичити більше, ніж витрати мінус субсидії: { $kosten }.
blijverslening-fout-gepland = Укажіть, коли роботи буде завершено.
blijverslening-fout-gepland-voorbij = Ця дата минула. На вже завершені роботи кредиту не дають.
blijverslening-fout-stuk-soort = Виберіть, який це документ.
blijverslening-fout-stuk-mist = Надішліть ще це: { $stuk }.{ $meer ->
        [0] {""}
        [one] {" "}Бракує ще { $meer } іншого документа.
        [few] {" "}Бракує ще { $meer } інших документів.
        [many] {" "}Бракує ще { $meer } інших документів.
       *[other] {" "}Бракує ще { $meer } іншого документа.
    }
blijverslening-fout-antwoord = Виберіть «так» або «ні».
blijverslening-fout-stuk-verwijder = Поставте позначку, якщо хочете видалити { $naam }.

blijverslening-stukken-titel = Надіслати підтвердження
blijverslening-stukken-intro = Надішліть ці документи. Можна у форматі PDF, JPG або PNG.
blijverslening-stukken-al = Документи, які Ви надіслали
blijverslening-stukken-geen = Ви ще не надіслали жодного документа.
blijverslening-stukken-missen = Ще бракує таких документів:
blijverslening-stukken-toevoegen = Додати або видалити документи
blijverslening-stukken-verder = Назад до перевірки
blijverslening-stuk-soort-label = Який це документ?
blijverslening-stuk-bestand-label = Виберіть один або кілька файлів
blijverslening-stuk-knop = Зберегти
blijverslening-stuk-verwijder-vinkje = Так, видалити { $naam }
blijverslening-stuk-verwijder-knop = Видалити
blijverslening-stuk-verwijderd = Ми видалили файл.
blijverslening-stuk-eigendom = Підтвердження, що Ви власник, наприклад виписка з Кадастру (Kadaster)
blijverslening-stuk-bewoning = Підтвердження, що Ви там живете, наприклад лист із Вашою адресою
blijverslening-stuk-offerte = Кошторис (offerte) від підрядника

blijverslening-controleren-titel = Перевірте свою заяву
blijverslening-controleren-intro = Усе правильно? Хочете щось змінити? Тоді натисніть «Змінити» біля відповіді.
blijverslening-controleren-niet-begonnen = Ви ще не заповнили цю частину.
blijverslening-controleren-niet-klaar = Ця частина ще не готова.
blijverslening-controleren-aanvullen = Заповніть цю частину
blijverslening-controleren-aanpassen = Змініть це
blijverslening-niet-ingevuld = Ще не заповнено
blijverslening-mede-geen = Немає
blijverslening-versturen-titel = Надіслати заяву
blijverslening-versturen-mede = Інші власники отримають електронний лист. Коли всі вони скажуть «так», заява піде до муніципалітету.
blijverslening-versturen-knop = Надіслати заяву

blijverslening-mede-rij = Інший власник
blijverslening-mede-zegt-ja = бере участь
blijverslening-mede-zegt-nee = не бере участі
blijverslening-mede-wacht = ще не відповів(-ла)

blijverslening-zaak-titel = Ваша заява на кредит на пристосування житла
blijverslening-zaak-nummer = Ваш номер
blijverslening-zaak-concept = Ви ще не надіслали заяву.
blijverslening-zaak-verder = Продовжити заяву
blijverslening-zaak-nakijken = Перевірте свою заяву
blijverslening-zaak-wacht = Ми чекаємо на відповідь інших власників. Вони отримали електронний лист.
blijverslening-zaak-gestopt = Інший власник не бере участі. Тому розгляд заяви припиняється. Усі власники мають подати заяву на кредит разом.
blijverslening-zaak-ingediend = Ваша заява в муніципалітеті. Ви отримаєте повідомлення, коли муніципалітет ухвалить рішення.
blijverslening-zaak-verder-titel = Що відбувається потім?
blijverslening-zaak-antwoorden = Ваші відповіді
blijverslening-status-concept = Ще не надіслано
blijverslening-status-wacht = Чекає на інших власників
blijverslening-status-ingediend = У муніципалітеті
blijverslening-status-gestopt = Припинено
blijverslening-status-toegekend = Надано
blijverslening-status-geweigerd = Відмовлено
blijverslening-stap-concept = Заповнення заяви
blijverslening-stap-mede = Підтвердження інших власників
blijverslening-stap-ingediend = Муніципалітет розглядає заяву
blijverslening-stap-besloten = Муніципалітет ухвалює рішення

blijverslening-besluit-titel = Рішення
blijverslening-besluit-toegekend = Муніципалітет надає Вам кредит на суму { $bedrag }. Це рішення від { $datum }.
blijverslening-besluit-svn = Це рішення попереднє. Тепер SVn перевіряє Вашу кредитоспроможність. SVn зв'яжеться з Вами. Після цього SVn надасть кредит.
blijverslening-besluit-geweigerd = Муніципалітет не надає Вам кредиту. Це рішення від { $datum }.
blijverslening-besluit-waarom = Чому?
blijverslening-bezwaar = Ви не згодні з рішенням? Тоді Ви можете подати { $begrip }. Це можна зробити протягом { $weken ->
        [one] { $weken } тижня
        [few] { $weken } тижнів
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }, до { $datum } включно.

blijverslening-log-titel = Хто переглядав Вашу заяву?
blijverslening-log-geen = Ніхто інший не переглядав Вашу заяву.
blijverslening-log-bekeken = { $wie }: переглянуто заяву.
blijverslening-log-gedownload = { $wie }: відкрито документ.
blijverslening-log-gewijzigd = { $wie }: змінено заяву.
blijverslening-log-vastgelegd = { $wie }: виконано роботу у Вашій справі.
blijverslening-log-opgepakt = { $wie }: заяву взято на розгляд.
blijverslening-log-besloten = { $wie }: ухвалено рішення.
blijverslening-log-medewerker = муніципалітет
blijverslening-log-helper = допомагає Вам
blijverslening-mijn-loket = До розділу «Мій кабінет»

blijverslening-eigenaar-titel = Ви берете участь у заяві?
blijverslening-eigenaar-intro = Шановний (шановна) { $naam }! { $aanvrager } подає заяву на { $begrip } для Вашого житла. Ви теж власник. Тому ми питаємо, чи берете Ви участь.
blijverslening-eigenaar-vraag = Ви берете участь у цій заяві?
blijverslening-eigenaar-ja = Так, я беру участь
blijverslening-eigenaar-nee = Ні, я не беру участі
blijverslening-eigenaar-nee-hint = Тоді розгляд заяви припиниться.
blijverslening-eigenaar-knop = Надіслати відповідь
blijverslening-eigenaar-gedaan-ja = Дякуємо. Ви берете участь у заяві.
blijverslening-eigenaar-gedaan-nee = Дякуємо. Ви не берете участі. Розгляд заяви припиняється.

blijverslening-mail-onderwerp = Новини щодо Вашої заяви { $referentie }
blijverslening-mail-knop = Переглянути Вашу заяву
blijverslening-mail-ingediend = Муніципалітет отримав Вашу заяву на { $begrip }. Ваш номер: { $referentie }.
blijverslening-mail-wacht = Ви надіслали заяву. Ваш номер: { $referentie }. Тепер ми чекаємо на інших власників.
blijverslening-mail-gestopt = Інший власник не бере участі. Тому розгляд Вашої заяви { $referentie } припиняється.
blijverslening-mail-besluit = Муніципалітет ухвалив рішення щодо Вашої заяви { $referentie }.
blijverslening-mail-eigenaar-onderwerp = Ви берете участь у заяві { $referentie }?
blijverslening-mail-eigenaar-tekst = { $aanvrager } подає заяву на { $begrip } для цього житла. Ви теж власник.
blijverslening-mail-eigenaar-vraag = Усі власники мають брати участь. Повідомте нам, чи берете Ви участь.
blijverslening-mail-eigenaar-knop = Дати відповідь
blijverslening-mail-eigenaar-niet = Ви не знаєте про цю заяву? Тоді виберіть «ні».

blijverslening-mijn-loket-titel = Кредит на пристосування житла
blijverslening-mijn-loket-zaak = Заява на кредит на пристосування житла
blijverslening-mijn-loket-nummer = Номер: { $nummer }
blijverslening-mijn-loket-bekijk = Переглянути заяву
blijverslening-verlopen-titel = Це посилання більше не діє
blijverslening-verlopen-tekst = Ви могли відповісти за цим посиланням протягом 14 днів. Цей час минув.
blijverslening-verlopen-wat = Ви все ж хочете взяти участь? Попросіть заявника надіслати Вам новий електронний лист. Це можна зробити на сторінці заяви.
blijverslening-verlopen-start = На головну сторінку
blijverslening-opnieuw-uitleg = Посилання в електронному листі діє 14 днів. Інший власник не отримав листа? Або посилання більше не діє? Тоді надішліть лист ще раз. Після цього старе посилання перестане діяти.
blijverslening-opnieuw-knop = Надіслати лист ще раз
blijverslening-opnieuw-gedaan = Ми знову надіслали лист власникам, які ще не відповіли.
