## Vertegenwoordiging: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof. Plain language: B1, one idea per sentence.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = Дозвіл допомагати
vertegenwoordiging-aanbod-tekst = Ви зробили це для людини: { $naam }. { $naam } ще має підтвердити, що Ви можете допомагати.
vertegenwoordiging-aanbod-link = Попросіть людину { $naam } підтвердити, що Ви можете допомагати

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = Ви ще не попросили дозволу в людини: { $naam }.
vertegenwoordiging-staat-mail = { $datum } ми надіслали електронний лист людині: { $naam }. Адреса: { $email }.
vertegenwoordiging-staat-geldig = Посилання і код діють до { $datum }.
vertegenwoordiging-staat-code-link = { $naam } дав(-ла) Вам код? Введіть код
vertegenwoordiging-staat-opnieuw = Попросити дозволу ще раз
vertegenwoordiging-staat-controle = Ви надіслали підписану форму. Працівник перевіряє, чи вона правильна. Після цього Ви отримаєте електронний лист.
vertegenwoordiging-staat-afgewezen = Працівник не схвалив форму.
vertegenwoordiging-staat-gestopt = { $naam } не дав(-ла) дозволу. Або запит більше не дійсний.
vertegenwoordiging-reden = Причина

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = Ваше звернення для людини: { $naam }
vertegenwoordiging-dossier-alleen = Спочатку { $naam } має підтвердити, що Ви можете допомагати. До того часу Ви бачите лише те, що ввели самі.
vertegenwoordiging-dossier-nummer = Номер:
vertegenwoordiging-dossier-antwoorden = Що Ви надіслали
vertegenwoordiging-dossier-bewijs = Переглянути або надрукувати підтвердження того, що Ви це надіслали
vertegenwoordiging-mijn-loket = До розділу «Мій кабінет»

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = Попросіть людину { $naam } підтвердити, що Ви можете допомагати
vertegenwoordiging-vragen-intro = Ви подали звернення для людини: { $naam }. Муніципалітет хоче знати, чи { $naam } з цим згоден (згодна).
vertegenwoordiging-vragen-twee = Це можна зробити двома способами. Виберіть спосіб, який підходить найкраще.
vertegenwoordiging-vragen-mail-titel = Електронним листом
vertegenwoordiging-vragen-mail-tekst = Ми надішлемо людині { $naam } електронний лист із посиланням і кодом. { $naam } натискає посилання. Або { $naam } зачитує Вам код, наприклад по телефону.
vertegenwoordiging-email-label = Електронна адреса людини: { $naam }
vertegenwoordiging-rechten-label = Що Ви хочете мати право робити?
vertegenwoordiging-rechten-hint = Переглядати звернення і листи Ви можете завжди. Виберіть, що ще Ви хочете робити.
vertegenwoordiging-recht-indienen-keuze = Також надсилати щось, наприклад відповіді й документи
vertegenwoordiging-recht-post-keuze = Також отримувати електронні листи від муніципалітету
vertegenwoordiging-einde-label = До якої дати Ви хочете допомагати?
vertegenwoordiging-einde-hint = Виберіть дату. Вона може бути не пізніше ніж через 5 років від сьогодні. Наприклад, 31 12 2027.
vertegenwoordiging-vragen-mail-knop = Надіслати електронний лист
vertegenwoordiging-vragen-formulier-titel = Підписаною формою
vertegenwoordiging-vragen-formulier-tekst = У людини { $naam } немає електронної пошти? Тоді попросіть людину { $naam } підписати форму. У ній сказано, що Ви можете допомагати. Сфотографуйте або відскануйте її.
vertegenwoordiging-afdrukken-link = Надрукувати форму для підпису
vertegenwoordiging-afdrukken-titel = Форма: дозвіл допомагати
vertegenwoordiging-afdrukken-print = Надрукуйте цю форму кнопкою друку у браузері.
vertegenwoordiging-afdrukken-intro = Цією формою Ви дозволяєте комусь допомагати Вам у справах із муніципалітетом { $gemeente }. Заповніть її ручкою.
vertegenwoordiging-afdrukken-ik = Хто дає дозвіл?
vertegenwoordiging-afdrukken-helper = Хто може допомагати?
vertegenwoordiging-afdrukken-naam = Ім'я та прізвище
vertegenwoordiging-afdrukken-geboren = Дата народження
vertegenwoordiging-afdrukken-adres = Вулиця і номер будинку
vertegenwoordiging-afdrukken-postcode = Поштовий індекс і населений пункт
vertegenwoordiging-afdrukken-email = Електронна адреса
vertegenwoordiging-afdrukken-waarvoor = Для чого?
vertegenwoordiging-afdrukken-melding = Для { $begrip } з номером { $referentie }.
vertegenwoordiging-afdrukken-kruis = Поставте хрестик біля того, що може робити помічник.
vertegenwoordiging-afdrukken-wanneer = З якої дати до якої?
vertegenwoordiging-afdrukken-vanaf = З
vertegenwoordiging-afdrukken-tot = До (включно)
vertegenwoordiging-afdrukken-tot-uitleg = Не пишете дату? Тоді дозвіл діє один рік.
vertegenwoordiging-afdrukken-tekenen = Підписи
vertegenwoordiging-afdrukken-verklaring = Я, { $naam }, дозволяю цій людині допомагати мені так, як указано вище. Я можу будь-коли це припинити.
vertegenwoordiging-afdrukken-plaats-datum = Місце і дата
vertegenwoordiging-afdrukken-handtekening = Підпис: { $naam }
vertegenwoordiging-afdrukken-handtekening-helper = Підпис помічника
vertegenwoordiging-afdrukken-daarna = Що робити потім?
vertegenwoordiging-afdrukken-stap-foto = Сфотографуйте або відскануйте підписану форму.
vertegenwoordiging-afdrukken-stap-sturen = Надішліть фото або скан на сторінці, де Ви знайшли цю форму.
vertegenwoordiging-afdrukken-terug = Назад до сторінки для надсилання форми
vertegenwoordiging-vragen-formulier-controle = Працівник муніципалітету перевірить, чи форма правильна. Тоді вона діятиме один рік.
vertegenwoordiging-formulier-bestand-label = Підписана форма
vertegenwoordiging-bestand-hint = PDF, JPG або PNG.
vertegenwoordiging-formulier-email-label = Електронна адреса людини: { $naam }
vertegenwoordiging-optioneel = Не обов'язково. Знаєте адресу? Тоді пізніше { $naam } теж зможе сам (сама) входити.
vertegenwoordiging-vragen-formulier-knop = Надіслати форму

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = Переглядати, що відбувається з проханням про допомогу.
vertegenwoordiging-recht-indienen = Надсилати щось, наприклад відповіді й документи.
vertegenwoordiging-recht-post = Також отримувати електронні листи від муніципалітету.
vertegenwoordiging-tot = До { $datum } включно.
vertegenwoordiging-tot-geen = Доки це не припинять.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = { $naam } дав(-ла) Вам дозвіл
vertegenwoordiging-bevestigd-paneel = Успішно
vertegenwoordiging-bevestigd-tekst = Тепер Ви можете допомагати людині: { $naam }.
vertegenwoordiging-bevestigd-verder = У розділі «Мій кабінет» виберіть, що Ви дієте для людини { $naam }. Тоді Ви знову побачите все.

## The code.
vertegenwoordiging-code-titel = Введіть код, який отримав(-ла) { $naam }
vertegenwoordiging-code-intro = { $naam } отримав(-ла) електронний лист із кодом. Попросіть людину { $naam } зачитати код.
vertegenwoordiging-code-zeker = Вводьте код, лише якщо { $naam } сам (сама) дав(-ла) його Вам.
vertegenwoordiging-code-label = Код
vertegenwoordiging-code-hint = 8 літер і цифр. Наприклад, ABCD 2345.
vertegenwoordiging-code-knop = Перевірити код

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = Чи може { $helper } Вам допомагати?
vertegenwoordiging-bevestigen-intro = { $helper } подав(-ла) за Вас { $begrip } до муніципалітету.
vertegenwoordiging-bevestigen-vraag = { $helper } хоче допомагати Вам у цьому. Ви згодні?
vertegenwoordiging-bevestigen-wie = Хто просить
vertegenwoordiging-bevestigen-wat = Що тоді може робити ця людина
vertegenwoordiging-bevestigen-tot = До якої дати
vertegenwoordiging-bevestigen-stoppen = Ви кажете «так»? Тоді звернення стане Вашим. Пізніше Ви завжди можете скасувати дозвіл.
vertegenwoordiging-bevestigen-onbekend = Ви не знаєте цієї людини? Тоді виберіть «Ні».
vertegenwoordiging-bevestigen-ja = Так, це правильно
vertegenwoordiging-bevestigen-nee = Ні

vertegenwoordiging-link-titel = Це посилання більше не діє
vertegenwoordiging-link-tekst = Ви вже використали це посилання. Або посилання застаріло.
vertegenwoordiging-link-niets = Вам нічого не потрібно робити.
vertegenwoordiging-link-start = На головну сторінку

vertegenwoordiging-beantwoord-ja-titel = Дякуємо за відповідь
vertegenwoordiging-beantwoord-ja-tekst = Ви дали дозвіл. Ми повідомимо людину, яка Вам допомагає.
vertegenwoordiging-beantwoord-ja-stoppen = Хочете це припинити? Тоді увійдіть зі своєю електронною адресою. Або зателефонуйте до муніципалітету.
vertegenwoordiging-beantwoord-inloggen = Увійти
vertegenwoordiging-beantwoord-nee-titel = Ви сказали «ні»
vertegenwoordiging-beantwoord-nee-tekst = Ця людина не може Вам допомагати. Ми про це повідомимо.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = Я законний представник
vertegenwoordiging-wettelijk-intro = Суд призначив Вас допомагати комусь? Або Ви батько чи мати з батьківськими правами? Тоді Ви можете вирішувати справи за цю людину.
vertegenwoordiging-wettelijk-controle = Надішліть нам підтвердження. Наприклад, лист від суду. Працівник перевірить, чи воно правильне.
vertegenwoordiging-wettelijk-eerder = Що Ви надіслали раніше
vertegenwoordiging-wettelijk-nieuw = Надіслати щось нове
vertegenwoordiging-soort-label = Хто Ви?
vertegenwoordiging-soort-gemachtigde = Помічник із дозволом
vertegenwoordiging-soort-gemachtigde-uitleg = Ви допомагаєте з дозволу самої людини.
vertegenwoordiging-soort-curator = Опікун (curator)
vertegenwoordiging-soort-curator-uitleg = Ви вирішуєте за людину все: гроші й догляд.
vertegenwoordiging-soort-mentor = Ментор (mentor)
vertegenwoordiging-soort-mentor-uitleg = Ви вирішуєте питання догляду за людиною. Не гроші.
vertegenwoordiging-soort-bewindvoerder = Управитель майна (bewindvoerder)
vertegenwoordiging-soort-bewindvoerder-uitleg = Ви вирішуєте питання грошей людини. Не догляд.
vertegenwoordiging-soort-voogd = Опікун дитини (voogd)
vertegenwoordiging-soort-voogd-uitleg = Ви дбаєте про дитину, у якої немає батька чи матері з батьківськими правами.
vertegenwoordiging-soort-ouder = Батько або мати з батьківськими правами
vertegenwoordiging-soort-ouder-uitleg = Ви батько або мати дитини, молодшої за 18 років, і маєте батьківські права.
vertegenwoordiging-naam-label = Ім'я людини, якій Ви допомагаєте
vertegenwoordiging-geboren-label = Дата народження цієї людини
vertegenwoordiging-wettelijk-email-label = Електронна адреса цієї людини
vertegenwoordiging-wettelijk-email-hint = Не обов'язково. У людини немає електронної пошти? Тоді залиште порожнім.
vertegenwoordiging-wettelijk-einde-label = Кінцева дата в листі від суду
vertegenwoordiging-wettelijk-einde-hint = Не обов'язково. Кінцевої дати немає? Тоді залиште порожнім.
vertegenwoordiging-wettelijk-bestand-label = Підтвердження
vertegenwoordiging-wettelijk-knop = Надіслати до муніципалітету

vertegenwoordiging-klaar-titel = Ваше підтвердження як представника
vertegenwoordiging-klaar-paneel = Ми це отримали
vertegenwoordiging-klaar-ontvangen = Ви надіслали підтвердження, що можете допомагати людині: { $naam }.
vertegenwoordiging-klaar-nu-titel = Що відбувається тепер?
vertegenwoordiging-klaar-controle = Працівник муніципалітету перевірить, чи підтвердження правильне.
vertegenwoordiging-klaar-mail = Після цього Ви отримаєте електронний лист.
vertegenwoordiging-klaar-dan = Усе правильно? Тоді в розділі «Мій кабінет» виберіть, що Ви дієте для людини { $naam }.
vertegenwoordiging-klaar-mag = Що Ви тоді можете робити?
vertegenwoordiging-status-label = Який статус
vertegenwoordiging-status-wacht = Чекає на відповідь
vertegenwoordiging-status-controle = Чекає на перевірку
vertegenwoordiging-status-actief = Схвалено
vertegenwoordiging-status-afgewezen = Не схвалено
vertegenwoordiging-status-gestopt = Припинено

## Field errors.
vertegenwoordiging-fout-email-leeg = Укажіть електронну адресу.
vertegenwoordiging-fout-email = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
vertegenwoordiging-fout-eigen-email = Це Ваша власна електронна адреса. Укажіть адресу людини, якій Ви допомагаєте.
vertegenwoordiging-fout-einde-leeg = Укажіть дату, до якої Ви хочете допомагати.
vertegenwoordiging-fout-einde-bereik = Виберіть дату від сьогодні. Не пізніше ніж через 5 років.
vertegenwoordiging-fout-einde-verleden = Ця дата вже минула. Виберіть дату від сьогодні.
vertegenwoordiging-fout-datum-onvolledig = Укажіть день, місяць і рік.
vertegenwoordiging-fout-datum-bestaat-niet = Такої дати не існує. Укажіть справжню дату.
vertegenwoordiging-fout-code-leeg = Введіть код.
vertegenwoordiging-fout-code = Код неправильний. Ви можете спробувати ще { $aantal ->
        [one] { $aantal } раз
        [few] { $aantal } рази
        [many] { $aantal } разів
       *[other] { $aantal } раза
    }.
vertegenwoordiging-fout-code-op = Код неправильний. Ви пробували надто багато разів. Попросіть дозволу ще раз.
vertegenwoordiging-fout-soort = Виберіть, хто Ви.
vertegenwoordiging-fout-naam = Укажіть ім'я.
vertegenwoordiging-fout-te-lang = Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
vertegenwoordiging-fout-geboren-leeg = Укажіть дату народження.
vertegenwoordiging-fout-geboren-toekomst = Дата народження має бути в минулому.
vertegenwoordiging-fout-geen-kind = Цій людині 18 років або більше. Виберіть опікуна (curator), ментора (mentor) або управителя майна (bewindvoerder).
vertegenwoordiging-fout-reden = Напишіть, чому Ви відмовляєте.

## E-mails.
vertegenwoordiging-mail-aanhef = Шановний (шановна) { $naam }!
vertegenwoordiging-mail-vraag-onderwerp = { $helper } питає, чи хочете Ви допомоги
vertegenwoordiging-mail-vraag-wie = { $helper } ({ $email }) попросив(-ла) муніципалітет про допомогу для Вас.
vertegenwoordiging-mail-vraag-wie-adres = { $helper } попросив(-ла) муніципалітет про допомогу для Вас.
vertegenwoordiging-mail-vraag-wat = { $helper } хоче допомагати Вам із цим запитом. Ви згодні? Тоді { $helper } зможе робити ось що:
vertegenwoordiging-mail-vraag-knop = Скажіть «так» або «ні»
vertegenwoordiging-mail-vraag-code = Ви також можете дати цей код людині { $helper }: { $code }. Робіть це, лише якщо Ви точно знаєте, що говорите саме з цією людиною ({ $helper }).
vertegenwoordiging-mail-vraag-onbekend = Ви не знаєте цієї людини? Тоді виберіть «Ні». Або нічого не робіть.
vertegenwoordiging-mail-vraag-geldig = Посилання і код діють { $dagen ->
        [one] { $dagen } день
        [few] { $dagen } дні
        [many] { $dagen } днів
       *[other] { $dagen } дня
    }.
vertegenwoordiging-mail-ja-onderwerp = { $naam } дав(-ла) Вам дозвіл
vertegenwoordiging-mail-ja-tekst = { $naam } згоден (згодна), щоб Ви допомагали.
vertegenwoordiging-mail-nee-onderwerp = { $naam } не дав(-ла) дозволу
vertegenwoordiging-mail-nee-tekst = { $naam } сказав(-ла) «ні». Ви не можете допомагати людині { $naam } з цим запитом.
vertegenwoordiging-mail-melding-knop = Переглянути, що Ви надіслали
vertegenwoordiging-mail-code-onderwerp = Ви дали дозвіл: { $helper }
vertegenwoordiging-mail-code-tekst = Ви дали код людині { $helper }. Тепер { $helper } може допомагати Вам із запитом до муніципалітету.
vertegenwoordiging-mail-code-niet = Ви не давали коду? Тоді негайно зателефонуйте до муніципалітету.
vertegenwoordiging-mail-goed-onderwerp = Ви можете допомагати людині: { $naam }
vertegenwoordiging-mail-goed-tekst = Працівник перевірив Ваше підтвердження. Воно правильне. Тепер Ви можете допомагати людині: { $naam }.
vertegenwoordiging-mail-af-onderwerp = Ваше підтвердження щодо людини { $naam } неправильне
vertegenwoordiging-mail-af-tekst = Працівник перевірив Ваше підтвердження щодо людини { $naam }. Воно неправильне.
vertegenwoordiging-mail-af-opnieuw = Ви можете надіслати його ще раз. Маєте запитання? Тоді зателефонуйте до муніципалітету.
vertegenwoordiging-mail-af-knop = Переглянути Ваш запит

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = Звернення стосується людини: { $naam }. { $naam } ще не дав(-ла) помічникові дозволу. Помічник бачить лише власні відповіді.
vertegenwoordiging-staf-controleer = Перевірте підписану форму
vertegenwoordiging-grond-formulier = підписана форма
vertegenwoordiging-grond-rechter = законне підтвердження
vertegenwoordiging-controle-lijst-titel = Перевірка доручень
vertegenwoordiging-controle-lijst-intro = Підписані форми і підтвердження від законних представників. Найстаріше — угорі.
vertegenwoordiging-controle-lijst-leeg = Немає нічого для перевірки.
vertegenwoordiging-controle-lijst-caption = На перевірку: { $aantal }
vertegenwoordiging-controle-klaar-goed = Ви схвалили доручення. Заявник отримає електронний лист.
vertegenwoordiging-controle-klaar-af = Ви відхилили доручення. Заявник отримає електронний лист із причиною.
vertegenwoordiging-kolom-voor = Для кого
vertegenwoordiging-kolom-soort = Вид
vertegenwoordiging-kolom-door = Хто подав
vertegenwoordiging-kolom-op = Дата отримання
vertegenwoordiging-controle-titel = Доручення для людини: { $naam }
vertegenwoordiging-controle-terug = Назад до списку
vertegenwoordiging-controle-email = Електронна адреса мешканця
vertegenwoordiging-controle-rechten = Права
vertegenwoordiging-controle-melding = Звернення
vertegenwoordiging-controle-melding-link = Відкрити справу
vertegenwoordiging-controle-bewijs = Підтвердження
vertegenwoordiging-controle-download = Завантажити
vertegenwoordiging-controle-besluit = Рішення
vertegenwoordiging-controle-goed-uitleg = Після схвалення доручення починає діяти. Якщо це підписана форма, звернення переходить до мешканця.
vertegenwoordiging-controle-goed-knop = Схвалити
vertegenwoordiging-controle-reden-label = Причина відхилення
vertegenwoordiging-controle-reden-hint = Потрібно, лише якщо Ви відхиляєте. Заявник прочитає цю причину в електронному листі.
vertegenwoordiging-controle-af-knop = Відхилити
vertegenwoordiging-controle-bestaand = Ця електронна адреса вже має обліковий запис: { $naam }. Після схвалення ця людина отримає електронний лист про те, хто тепер може діяти від її імені.
vertegenwoordiging-mail-inwoner-onderwerp = Тепер хтось може вирішувати справи від Вашого імені
vertegenwoordiging-mail-inwoner-tekst = { $wie } тепер може вирішувати справи від Вашого імені на порталі. Працівник муніципалітету перевірив підтвердження.
vertegenwoordiging-mail-inwoner-klopt-niet = Це неправильно? Тоді якнайшвидше зв'яжіться з муніципалітетом.
vertegenwoordiging-mail-inwoner-knop = Переглянути, хто може діяти від Вашого імені
