# Het uitdaagrecht: uitleg, openbare voorstellen, steun, initiatieven, voorstellen schrijven en volgen.

uitdaagrecht-uitleg-titel = Право виклику: взяти на себе завдання муніципалітету
uitdaagrecht-uitleg-intro = Ви разом з іншими мешканцями можете краще виконати завдання муніципалітету? Тоді Ви можете кинути муніципалітету виклик. Це називається { $begrip }.
uitdaagrecht-uitleg-wet = Спочатку це право було закріплене в { $begrip }. З 2025 року воно є в Законі про муніципалітети (Gemeentewet, стаття 150). Муніципальна рада врегульовує його окремою постановою (verordening). Ідеться про завдання, які можна виконати краще, дешевше або ближче до мешканців.
uitdaagrecht-uitleg-wie = Ви робите це не самі. Ви робите це з групою. Це може бути група мешканців, кооператив, фонд (stichting) або об'єднання (vereniging). Таку групу ми називаємо ініціативою.
uitdaagrecht-uitleg-voorbeeld-titel = Приклад
uitdaagrecht-uitleg-voorbeeld = Приклад — село America в муніципалітеті Horst aan de Maas. Там мешканці вирішили, що самі краще організують догляд і соціальну підтримку. Наприклад, допомогу в хатніх справах. Вони пішли до радника муніципалітету (wethouder). Тепер вони організовують це самі, у власному кооперативі.
uitdaagrecht-uitleg-stappen-titel = Як це відбувається
uitdaagrecht-uitleg-stap-aanmelden = Ви реєструєте свою ініціативу. Потім запрошуєте інших учасників.
uitdaagrecht-uitleg-stap-schrijven = Ви разом пишете пропозицію. Усі учасники можуть її змінювати. Вона зберігається, доки Ви її не надішлете.
uitdaagrecht-uitleg-stap-versturen = Ви перевіряєте пропозицію і надсилаєте її. Ви отримуєте номер.
uitdaagrecht-uitleg-stap-gesprek = Муніципалітет читає Вашу пропозицію. Він проводить з Вами розмову. Він також може поставити Вам запитання. Ви відповідаєте на них тут.
uitdaagrecht-uitleg-stap-besluit = Муніципалітет ухвалює рішення. Він також пише чому. На кожному кроці Ви отримуєте електронний лист.
uitdaagrecht-uitleg-openbaar = Ви самі вирішуєте, чи може Вашу пропозицію бачити кожен. Тоді на публічній сторінці мешканці можуть підтримати Вашу пропозицію.
uitdaagrecht-uitleg-start = Зареєструвати ініціативу або написати пропозицію
uitdaagrecht-uitleg-lijst = Переглянути пропозиції інших ініціатив

uitdaagrecht-lijst-titel = Пропозиції мешканців
uitdaagrecht-lijst-intro = Мешканці надіслали ці плани до муніципалітету. Вони хочуть, щоб їх міг бачити кожен. Ви також бачите, на якому етапі муніципалітет.
uitdaagrecht-lijst-leeg = Публічних пропозицій ще немає.
uitdaagrecht-lijst-paginas = Сторінки з пропозиціями
uitdaagrecht-door = Від: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] Ще жоден мешканець не підтримує цю пропозицію.
    [one] { $aantal } мешканець підтримує цю пропозицію.
    [few] { $aantal } мешканці підтримують цю пропозицію.
    [many] { $aantal } мешканців підтримують цю пропозицію.
   *[other] { $aantal } мешканця підтримують цю пропозицію.
}

uitdaagrecht-status-label = Статус:
uitdaagrecht-status-concept = Ще не надіслано
uitdaagrecht-status-ontvangen = Отримано
uitdaagrecht-status-in-gesprek = Триває обговорення
uitdaagrecht-status-besloten = Рішення ухвалено
uitdaagrecht-stap-ontvangen = Пропозицію отримано
uitdaagrecht-stap-gesprek = Розмова з муніципалітетом
uitdaagrecht-stap-gesprek-overgeslagen = Муніципалітет ухвалив рішення без розмови.
uitdaagrecht-stap-besluit = Рішення муніципалітету

uitdaagrecht-besluit-titel = Відповідь муніципалітету
uitdaagrecht-besluit-op = Рішення ухвалено { $datum }.
uitdaagrecht-uitkomst-overgenomen = Ініціатива бере на себе це завдання.
uitdaagrecht-uitkomst-deels = Ініціатива бере на себе частину завдання.
uitdaagrecht-uitkomst-afgewezen = Муніципалітет не приймає пропозицію.

uitdaagrecht-steun-titel = Підтримка
uitdaagrecht-steun-uitleg = Вважаєте цю пропозицію доброю? Повідомте про це муніципалітет. Підтримати можна один раз.
uitdaagrecht-steun-knop = Я підтримую цю пропозицію
uitdaagrecht-steun-gegeven = Ви підтримуєте цю пропозицію. Дякуємо.
uitdaagrecht-steun-intrekken = Відкликати мою підтримку
uitdaagrecht-steun-inloggen = Увійдіть, щоб підтримати цю пропозицію
uitdaagrecht-steun-gesloten = Муніципалітет ухвалив рішення. Підтримати вже не можна.

uitdaagrecht-mijn-titel = Ваші ініціативи
uitdaagrecht-mijn-intro = Ви учасник цих ініціатив. Як учасник Ви пишете їхні пропозиції разом з іншими.
uitdaagrecht-mijn-leeg = Ви ще не учасник жодної ініціативи. Зареєструйте свою ініціативу, щоб використати { $begrip }. Вас запросив інший учасник? Тоді увійдіть з електронною адресою, на яку Ви отримали запрошення.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] Пропозицій ще немає.
    [one] { $aantal } пропозиція.
    [few] { $aantal } пропозиції.
    [many] { $aantal } пропозицій.
   *[other] { $aantal } пропозиції.
}
uitdaagrecht-mijn-nieuw = Зареєструвати нову ініціативу

uitdaagrecht-aanmelden-titel = Зареєструвати ініціативу
uitdaagrecht-aanmelden-intro = Розкажіть, хто Ви. Ви самі станете учасником ініціативи. Потім Ви зможете запросити інших учасників.
uitdaagrecht-aanmelden-knop = Зареєструвати ініціативу
uitdaagrecht-gegevens-titel = Змінити дані ініціативи
uitdaagrecht-gegevens-intro = Є нова назва або інша контактна особа? Змініть це тут. Це може зробити кожен учасник.
uitdaagrecht-gegevens-knop = Зберегти дані
uitdaagrecht-gegevens-link = Змінити дані ініціативи
uitdaagrecht-naam-label = Назва ініціативи
uitdaagrecht-naam-hint = Наприклад: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = Укажіть назву ініціативи.
uitdaagrecht-vorm-label = Яка Ви група?
uitdaagrecht-vorm-leeg = Виберіть, яка Ви група.
uitdaagrecht-vorm-bewonersgroep = Група мешканців
uitdaagrecht-vorm-cooperatie = Кооператив
uitdaagrecht-vorm-stichting = Фонд (stichting)
uitdaagrecht-vorm-vereniging = Об'єднання (vereniging)
uitdaagrecht-kvk-label = Номер KVK (не обов'язково)
uitdaagrecht-kvk-hint = Номер у Торговій палаті (Kamer van Koophandel). Він має 8 цифр. Група мешканців часто не має номера.
uitdaagrecht-kvk-ongeldig = Номер KVK має 8 цифр. Наприклад: 12345678.
uitdaagrecht-contact-titel = Контактна особа
uitdaagrecht-contact-uitleg = З цією людиною зв'язуватиметься муніципалітет. Ця людина теж має писати пропозицію? Тоді потім додайте її електронну адресу як учасника.
uitdaagrecht-contact-naam-label = Ім'я
uitdaagrecht-contact-naam-leeg = Укажіть ім'я контактної особи.
uitdaagrecht-contact-email-label = Електронна адреса
uitdaagrecht-contact-telefoon-label = Номер телефону (не обов'язково)
uitdaagrecht-contact-telefoon-hint = Наприклад: 06 12345678.
uitdaagrecht-telefoon-ongeldig = Укажіть номер телефону з 10 цифр. Наприклад: 06 12345678.
uitdaagrecht-email-leeg = Укажіть електронну адресу.
uitdaagrecht-email-ongeldig = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
uitdaagrecht-te-lang = Це задовго. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.

uitdaagrecht-initiatief-voorstellen = Пропозиції
uitdaagrecht-initiatief-geen-voorstellen = Ця ініціатива ще не має пропозиції.
uitdaagrecht-initiatief-nieuw-voorstel = Написати пропозицію
uitdaagrecht-initiatief-versturen = Ця пропозиція готова до надсилання.
uitdaagrecht-initiatief-verder-schrijven = Або продовжте її писати
uitdaagrecht-zonder-taak = Пропозиція без назви
uitdaagrecht-referentie = Номер: { $referentie }
uitdaagrecht-gewijzigd-op = Востаннє збережено: { $moment }.
uitdaagrecht-leden-titel = Учасники
uitdaagrecht-leden-uitleg = Усі учасники можуть читати і змінювати пропозиції. Вони також отримують електронні листи від муніципалітету.
uitdaagrecht-lid-label = Електронна адреса нового учасника
uitdaagrecht-lid-hint = Новий учасник отримає електронний лист. Учасник входить із цією електронною адресою.
uitdaagrecht-lid-knop = Додати учасника
uitdaagrecht-lid-al = Ця електронна адреса вже належить учасникові.
uitdaagrecht-lid-vol = Ця ініціатива вже має 50 учасників. Більше не можна.
uitdaagrecht-lid-vandaag-genoeg = За останні 24 години Ви вже додали 20 учасників. Коли мине 24 години, Ви знову зможете додавати учасників.
uitdaagrecht-lid-weg-titel = Прибрати учасника
uitdaagrecht-lid-weg-label = Хто більше не учасник?
uitdaagrecht-lid-weg-hint = Той, хто зареєстрував ініціативу, може прибирати учасників. Кожен інший учасник може прибрати лише себе. Хто більше не учасник, той не може читати чи змінювати пропозиції.
uitdaagrecht-lid-weg-knop = Прибрати учасника
uitdaagrecht-lid-weg-leeg = Виберіть, хто більше не учасник.
uitdaagrecht-lid-weg-laatste = Ініціатива завжди має щонайменше одного учасника.

uitdaagrecht-formulier-titel = Написати пропозицію
uitdaagrecht-formulier-intro = Пропозиція від: { $naam }.
uitdaagrecht-formulier-samen = Усі учасники можуть змінювати цю пропозицію. Те, що Ви зберігаєте, залишається збереженим. Ви надсилаєте її лише після перевірки.
uitdaagrecht-formulier-ouder = Інший учасник зберіг цю пропозицію, поки Ви писали. Вашого тексту ще немає в пропозиції.
uitdaagrecht-formulier-ouder-wat = Ваш текст є у формі нижче. Те, що зберіг інший учасник, Ви прочитаєте в розділі «Що зберіг інший учасник». Перенесіть звідти те, що хочете залишити. Потім знову натисніть кнопку. Так Ви збережете свій текст. Ви вибрали додаток або позначили його для видалення? Тоді зробіть це ще раз.
uitdaagrecht-formulier-ouder-tekst = Що зберіг інший учасник
uitdaagrecht-formulier-taak = Завдання
uitdaagrecht-taak-label = Яке завдання Ви хочете взяти на себе?
uitdaagrecht-taak-hint = Напишіть коротко. Це назва Вашої пропозиції. Наприклад: Допомога в хатніх справах у нашому селі.
uitdaagrecht-taak-leeg = Напишіть, яке завдання Ви хочете взяти на себе.
uitdaagrecht-wat-label = Що Ви робитимете?
uitdaagrecht-wat-hint = Розкажіть, що і як Ви робитимете.
uitdaagrecht-wat-leeg = Напишіть, що Ви робитимете.
uitdaagrecht-voor-wie-label = Для кого Ви це робите?
uitdaagrecht-voor-wie-hint = Наприклад: для літніх людей у районі або для всіх мешканців села.
uitdaagrecht-voor-wie-leeg = Напишіть, для кого Ви це робите.
uitdaagrecht-waarom-titel = Чому це краще
uitdaagrecht-waarom-soort-label = Що Ви можете зробити краще, ніж муніципалітет зараз?
uitdaagrecht-waarom-soort-hint = Виберіть одне або кілька.
uitdaagrecht-waarom-soort-leeg = Виберіть, що Ви можете зробити краще.
uitdaagrecht-waarom-beter = Робота буде кращою
uitdaagrecht-waarom-goedkoper = Це коштує менше грошей
uitdaagrecht-waarom-dichterbij = Це ближче до мешканців
uitdaagrecht-waarom-label = Поясніть чому
uitdaagrecht-waarom-hint = Що стане кращим для мешканців? Звідки Ви це знаєте?
uitdaagrecht-waarom-leeg = Поясніть, чому це краще.
uitdaagrecht-formulier-begroting = Кошторис
uitdaagrecht-begroting-uitleg = У кожному рядку напишіть, на що гроші і скільки. Унизу завжди є порожній рядок. Потрібен ще один рядок? Заповніть порожній рядок і збережіть.
uitdaagrecht-begroting-vol = Кошторис має { $aantal ->
        [one] { $aantal } рядок
        [few] { $aantal } рядки
        [many] { $aantal } рядків
       *[other] { $aantal } рядка
    }. Більше рядків не можна. Об'єднайте рядки, якщо Вам потрібно більше.
uitdaagrecht-post-label = Рядок { $regel }: на що ці гроші?
uitdaagrecht-bedrag-label = Рядок { $regel }: сума в євро на рік
uitdaagrecht-post-leeg = Напишіть, на що гроші з рядка { $regel }.
uitdaagrecht-bedrag-leeg = Укажіть суму в рядку { $regel }.
uitdaagrecht-bedrag-ongeldig = Укажіть суму в рядку { $regel } числом. Наприклад: 1250 або 1.250,50.
uitdaagrecht-begroting-leeg = Заповніть хоча б один рядок кошторису.
uitdaagrecht-begroting-caption = Кошторис на рік
uitdaagrecht-begroting-post = На що
uitdaagrecht-begroting-bedrag = Сума
uitdaagrecht-begroting-totaal = Разом
uitdaagrecht-formulier-wie = Хто бере участь?
uitdaagrecht-betrokkenen-label = Хто бере участь?
uitdaagrecht-betrokkenen-hint = Назвіть людей і організації, які беруть участь. Наприклад, волонтерів, сімейного лікаря або районний центр.
uitdaagrecht-betrokkenen-leeg = Напишіть, хто бере участь.
uitdaagrecht-draagvlak-label = Хто вже підтримує Ваш план?
uitdaagrecht-draagvlak-hint = Наприклад: 120 підписів або вечір із 40 сусідами. Пізніше мешканці також зможуть підтримати Вашу пропозицію тут.
uitdaagrecht-draagvlak-leeg = Напишіть, хто вже підтримує Ваш план.
uitdaagrecht-start-label = Коли Ви хочете почати?
uitdaagrecht-start-leeg = Укажіть дату, коли Ви хочете почати.
uitdaagrecht-start-onvolledig = Укажіть день, місяць і рік.
uitdaagrecht-start-bestaat-niet = Такої дати не існує. Укажіть справжню дату.
uitdaagrecht-start-voorbij = Ця дата минула. Виберіть дату після сьогоднішньої.
uitdaagrecht-formulier-bijlagen = Додатки
uitdaagrecht-bestand-label = Додати додаток (не обов'язково)
uitdaagrecht-bestand-hint = Наприклад, план, кошторис або список підписів. PDF, JPG або PNG.
uitdaagrecht-bijlage-weg-label = Прибрати додатки
uitdaagrecht-bijlage-weg = Прибрати { $naam }
uitdaagrecht-geen-bijlagen = Немає додатків.
uitdaagrecht-formulier-openbaar = Зробити публічним
uitdaagrecht-openbaar-label = Чи може Вашу пропозицію бачити кожен?
uitdaagrecht-openbaar-hint = Тоді вона буде на публічній сторінці. Мешканці зможуть її там підтримати. Ваших електронних адрес і додатків там не буде.
uitdaagrecht-openbaar-ja = Так, її може бачити кожен
uitdaagrecht-openbaar-nee = Ні, лише муніципалітет
uitdaagrecht-openbaar-leeg = Виберіть, чи може Вашу пропозицію бачити кожен.
uitdaagrecht-openbaar-knop = Зберегти вибір
uitdaagrecht-formulier-verder = Далі до перевірки
uitdaagrecht-formulier-opslaan = Зберегти

uitdaagrecht-controleren-titel = Перевірте свою пропозицію
uitdaagrecht-controleren-intro = Усе правильно? Хочете щось змінити? Тоді натисніть «Змінити».
uitdaagrecht-controleren-gewijzigd = Інший учасник змінив пропозицію після того, як Ви відкрили цю сторінку. Ми її ще не надіслали. Нижче пропозиція в її теперішньому вигляді. Перевірте її ще раз.
uitdaagrecht-controleren-totaal = Загалом Ви просите { $bedrag } на рік.
uitdaagrecht-controleren-versturen-titel = Надіслати
uitdaagrecht-controleren-versturen-uitleg = Після надсилання Ви вже не зможете змінити пропозицію. Муніципалітет отримає її одразу. Усі учасники отримають електронний лист.
uitdaagrecht-controleren-knop = Надіслати пропозицію

uitdaagrecht-zaak-nummer = Номер Вашої пропозиції
uitdaagrecht-zaak-wacht = Муніципалітет читає Вашу пропозицію. Після цього він зв'яжеться з Вами.
uitdaagrecht-zaak-verstuurd-op = Надіслано { $datum }.
uitdaagrecht-zaak-gegevens = Пропозиція
uitdaagrecht-zaak-openbaar-ja = Цю пропозицію може бачити кожен.
uitdaagrecht-zaak-openbaar-link = Переглянути публічну сторінку
uitdaagrecht-zaak-openbaar-nee = Цю пропозицію бачать лише муніципалітет і учасники.
uitdaagrecht-gesprek-titel = Повідомлення від муніципалітету
uitdaagrecht-vragen-titel = Запитання від муніципалітету
uitdaagrecht-vraag-nummer = Запитання { $nummer }, від { $datum }
uitdaagrecht-antwoord-label = Ваша відповідь
uitdaagrecht-antwoord-knop = Надіслати відповідь
uitdaagrecht-antwoord-leeg = Напишіть свою відповідь.
uitdaagrecht-antwoord-gegeven = Ваша відповідь від { $datum }
uitdaagrecht-antwoord-gesloten = Муніципалітет ухвалив рішення. Ви вже не можете відповісти на це запитання.
uitdaagrecht-antwoord-te-laat = Ми не змогли зберегти Вашу відповідь. Інший учасник уже відповів на це запитання, або муніципалітет уже ухвалив рішення.
uitdaagrecht-niet-bewaard-tekst = Ось що Ви написали. Скопіюйте це, якщо ще хочете використати.
uitdaagrecht-al-verstuurd = Ми не змогли зберегти Ваші зміни. Хтось уже надіслав пропозицію.
uitdaagrecht-al-verstuurd-tekst = Що Ви написали
uitdaagrecht-log-titel = Хто з муніципалітету переглядав цю пропозицію?
uitdaagrecht-log-leeg = Ще ніхто.
uitdaagrecht-log-bekeken = переглянуто
uitdaagrecht-log-gedownload = відкрито додаток
uitdaagrecht-log-gesprek = розпочато розмову
uitdaagrecht-log-vraag = поставлено запитання
uitdaagrecht-log-besloten = ухвалено рішення
uitdaagrecht-log-opgepakt = взято на розгляд
uitdaagrecht-log-vastgelegd = щось зареєстровано

uitdaagrecht-mail-aanhef = Шановний учаснику / шановна учаснице ініціативи!
uitdaagrecht-mail-knop = Переглянути пропозицію
uitdaagrecht-mail-inloggen = Ви входите з цією електронною адресою.
uitdaagrecht-mail-lid-onderwerp = Ви учасник ініціативи { $naam }
uitdaagrecht-mail-lid-tekst = Учасник додав Вас до ініціативи { $naam }. Тепер Ви можете разом з іншими писати пропозиції до муніципалітету.
uitdaagrecht-mail-lid-adres = Входьте з цією електронною адресою: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = Муніципалітет отримав пропозицію { $referentie }
uitdaagrecht-mail-ingediend-tekst = Ваша ініціатива надіслала до муніципалітету пропозицію «{ $taak }». Номер: { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = Муніципалітет хоче поговорити про пропозицію { $referentie }
uitdaagrecht-mail-gesprek-tekst = Муніципалітет хоче поговорити з Вами про Вашу пропозицію. Він пише:
uitdaagrecht-mail-vraag-onderwerp = Запитання щодо пропозиції { $referentie }
uitdaagrecht-mail-vraag-tekst = Муніципалітет має запитання щодо Вашої пропозиції. Ви прочитаєте запитання і відповісте на нього на порталі.
uitdaagrecht-mail-besluit-onderwerp = Рішення щодо пропозиції { $referentie }
uitdaagrecht-mail-besluit-tekst = Муніципалітет ухвалив рішення щодо Вашої пропозиції:
uitdaagrecht-mail-besluit-uitleg = Чому муніципалітет так вирішив, Ви прочитаєте на порталі.
uitdaagrecht-mail-lid-knop = Переглянути ініціативу
