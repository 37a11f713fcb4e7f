## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = Мої дані
mijn-gegevens-terug = Назад до розділу «Мій кабінет»
mijn-gegevens-intro = Тут Ви бачите, які дані про Вас зберігає портал. Ви можете все завантажити. Щось неправильно? Тоді Ви можете попросити це виправити.
mijn-gegevens-intro-recht = Це Ваше право. Про нього сказано в { $begrip }.
mijn-gegevens-klaar-account = Ми змінили Ваші дані.
mijn-gegevens-klaar-correctie = Ми отримали Ваше прохання. Муніципалітет Вам відповість.

mijn-gegevens-download-titel = Завантажити все
mijn-gegevens-download-uitleg = Ви отримаєте один zip-файл з усіма Вашими даними й документами. У файлі LEESMIJ.txt пояснено, що означає кожна частина.
mijn-gegevens-download-bewaren = Зберігайте файл у безпечному місці. У ньому є дані про Ваше здоров'я і гроші.
mijn-gegevens-download-knop = Завантажити мої дані
mijn-gegevens-download-laatst = Ви завантажили свої дані { $datum }.

mijn-gegevens-account-titel = Ваш обліковий запис
mijn-gegevens-account-email = Електронна адреса
mijn-gegevens-account-naam = Ім'я
mijn-gegevens-account-taal = Мова Ваших електронних листів
mijn-gegevens-account-sinds = Обліковий запис існує з
mijn-gegevens-account-bsn = Номер громадянина (BSN)
mijn-gegevens-bsn-bekend = Відомий: { $bsn }
mijn-gegevens-account-sessies = Зараз у системі
mijn-gegevens-sessies-aantal = { $aantal ->
        [one] На { $aantal } пристрої
        [few] На { $aantal } пристроях
        [many] На { $aantal } пристроях
       *[other] На { $aantal } пристрою
    }
mijn-gegevens-niet-bekend = Невідомо
mijn-gegevens-taal-nl = Нідерландська (Nederlands)
mijn-gegevens-taal-en = Англійська (English)
mijn-gegevens-taal-tr = Турецька (Türkçe)
mijn-gegevens-taal-ar = Арабська (العربية)
mijn-gegevens-taal-pl = Польська (Polski)
mijn-gegevens-taal-uk = Українська
mijn-gegevens-zelf-titel = Змінити самостійно
mijn-gegevens-zelf-naam = Ваше ім'я
mijn-gegevens-zelf-naam-hint = Люди, які Вам допомагають, бачать це ім'я. Ви можете залишити поле порожнім. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ.
        [few] { $aantal } символи.
        [many] { $aantal } символів.
       *[other] { $aantal } символу.
    }
mijn-gegevens-zelf-taal = Якою мовою Ви хочете отримувати електронні листи?
mijn-gegevens-zelf-knop = Зберегти
mijn-gegevens-adres-opgeven = Укажіть електронну адресу. Тоді Ви отримаєте повідомлення, коли щось зміниться.
mijn-gegevens-adres-wijzigen = З цією електронною адресою Ви входите. Хочете іншу адресу? Тоді зателефонуйте до муніципалітету за номером { $telefoon }. Або напишіть на { $email }.

mijn-gegevens-zaken-titel = { $aantal ->
        [1] Ваша справа (1)
        [one] Ваші справи ({ $aantal })
        [few] Ваші справи ({ $aantal })
        [many] Ваші справи ({ $aantal })
       *[other] Ваші справи ({ $aantal })
    }
mijn-gegevens-zaken-geen = У Вас ще немає справ у муніципалітеті.
mijn-gegevens-zaak-stand = Надіслано { $datum }. Зараз: { $fase }. { $aantal ->
        [one] Є { $aantal } крок.
        [few] Є { $aantal } кроки.
        [many] Є { $aantal } кроків.
       *[other] Є { $aantal } кроку.
    }
mijn-gegevens-zaak-plan = Ви також подали власний план.
mijn-gegevens-zaak-bekijken = Переглянути цю справу
mijn-gegevens-zaak-correctie = Попросити щось виправити в цій справі
mijn-gegevens-fase-ontvangen = отримано
mijn-gegevens-fase-gesprek-gepland = розмову заплановано
mijn-gegevens-fase-onderzocht = розмова відбулася
mijn-gegevens-fase-verslag-verstuurd = звіт надіслано
mijn-gegevens-fase-aanvraag-ontvangen = заяву отримано
mijn-gegevens-fase-besloten = рішення ухвалено
mijn-gegevens-fase-gesloten = закрито
mijn-gegevens-regeling-wmo = Звернення
mijn-gegevens-regeling-blijverslening = Кредит на пристосування житла
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = Пропозиція

mijn-gegevens-concepten-titel = Ще не надіслане та інші запити ({ $aantal })
mijn-gegevens-concepten-geen = У Вас більше немає нічого ненадісланого.
mijn-gegevens-concept-melding = Звернення, ще не надіслано. Ви почали { $datum }.
mijn-gegevens-concept-blijverslening = Кредит на пристосування житла, ще не надіслано. Ви почали { $datum }.
mijn-gegevens-concept-kindpakket = Kindpakket, ще не надіслано. Ви почали { $datum }.
mijn-gegevens-clientondersteuning = Запит про підтримку клієнта { $referentie }, від { $datum }

mijn-gegevens-documenten-titel = Документи ({ $aantal })
mijn-gegevens-documenten-geen = Портал не зберігає Ваших документів.
mijn-gegevens-documenten-uitleg = Це найновіші документи. В архіві для завантаження є всі, у тому вигляді, як їх надіслали Ви або муніципалітет.
mijn-gegevens-bewijs = { $naam }, підтвердження до доручення
mijn-gegevens-meer = { $aantal ->
        [one] І ще { $aantal }. Він є в архіві для завантаження.
        [few] І ще { $aantal }. Вони є в архіві для завантаження.
        [many] І ще { $aantal }. Вони є в архіві для завантаження.
       *[other] І ще { $aantal }. Вони є в архіві для завантаження.
    }

mijn-gegevens-machtigingen-titel = Доручення ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [one] Ви дали { $aantal } дозвіл допомагати Вам.
        [few] Ви дали { $aantal } дозволи допомагати Вам.
        [many] Ви дали { $aantal } дозволів допомагати Вам.
       *[other] Ви дали { $aantal } дозволу допомагати Вам.
    }
mijn-gegevens-machtiging-aan = { $naam }, з { $datum }
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [one] Ви отримали { $aantal } дозвіл допомагати іншій людині.
        [few] Ви отримали { $aantal } дозволи допомагати іншим людям.
        [many] Ви отримали { $aantal } дозволів допомагати іншим людям.
       *[other] Ви отримали { $aantal } дозволу допомагати іншим людям.
    }
mijn-gegevens-machtiging-van = { $naam }, з { $datum }
mijn-gegevens-machtigingen-link = Переглянути або змінити Ваші доручення

mijn-gegevens-initiatieven-titel = Ініціативи ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [one] { $aantal } пропозиція
        [few] { $aantal } пропозиції
        [many] { $aantal } пропозицій
       *[other] { $aantal } пропозиції
    }
mijn-gegevens-steun = { $aantal ->
        [one] Ви підтримуєте { $aantal } пропозицію інших мешканців.
        [few] Ви підтримуєте { $aantal } пропозиції інших мешканців.
        [many] Ви підтримуєте { $aantal } пропозицій інших мешканців.
       *[other] Ви підтримуєте { $aantal } пропозиції інших мешканців.
    }

mijn-gegevens-toegang-titel = Хто переглядав Ваші справи ({ $aantal })
mijn-gegevens-toegang-niemand = Ніхто інший не переглядав Ваших справ.
mijn-gegevens-toegang-regel = { $moment }: { $naam }, справа { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = людина, яка Вам допомагає
mijn-gegevens-rol-medewerker = працівник муніципалітету

mijn-gegevens-mails-titel = Електронні листи Вам ({ $aantal })
mijn-gegevens-mails-uitleg = Портал зберігає електронний лист до 7 днів після того, як надіслав його.

mijn-gegevens-verzoeken-titel = Що Ви тут робили ({ $aantal })
mijn-gegevens-verzoeken-geen = Ви ще не завантажували свої дані. Ви також ще не просили щось виправити.
mijn-gegevens-gedownload = { $moment }: Ви завантажили свої дані ({ $kb } кБ).
mijn-gegevens-correctie-zaak = { $datum }: Ви попросили щось виправити у справі { $referentie }.
mijn-gegevens-correctie-account = { $datum }: Ви попросили щось виправити у своєму обліковому записі. Муніципалітет отримав Ваше прохання електронною поштою.

mijn-gegevens-klopt-niet-titel = Щось неправильно?
mijn-gegevens-klopt-niet-uitleg = Своє ім'я і мову електронних листів Ви змінюєте самі вище. Те, що записав муніципалітет, Ви не можете змінити самі. Тоді попросіть муніципалітет це виправити.
mijn-gegevens-klopt-niet-link = Попросити щось виправити

mijn-gegevens-correctie-titel = Попросити щось виправити
mijn-gegevens-correctie-terug = Назад до розділу «Мої дані»
mijn-gegevens-correctie-intro = У Ваших даних щось указано неправильно? Напишіть нам, що саме неправильно. Працівник перевірить це і відповість Вам.
mijn-gegevens-correctie-zelf = Ідеться про запит, який Ви ще не надіслали? Його Ви ще можете змінити самі.
mijn-gegevens-correctie-over = Яких даних це стосується?
mijn-gegevens-correctie-over-account = Мого облікового запису або чогось іншого
mijn-gegevens-correctie-over-account-hint = Наприклад, Вашої електронної адреси. Муніципалітет отримає Ваше прохання електронною поштою.
mijn-gegevens-correctie-wat = Що неправильно?
mijn-gegevens-correctie-wat-hint = Напишіть, що зараз указано і де.
mijn-gegevens-correctie-moet-zijn = Як має бути?
mijn-gegevens-correctie-moet-zijn-hint = Не знаєте? Тоді залиште це поле порожнім.
mijn-gegevens-correctie-knop = Надіслати прохання

mijn-gegevens-fout-naam-te-lang = Ваше ім'я задовге. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ.
        [few] { $aantal } символи.
        [many] { $aantal } символів.
       *[other] { $aantal } символу.
    }
mijn-gegevens-fout-taal = Виберіть мову Ваших електронних листів.
mijn-gegevens-fout-over = Виберіть, яких даних стосується Ваше прохання.
mijn-gegevens-fout-wat = Напишіть, що неправильно.
mijn-gegevens-fout-te-lang = Ваш текст задовгий. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ.
        [few] { $aantal } символи.
        [many] { $aantal } символів.
       *[other] { $aantal } символу.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = Прохання виправити дані (AVG, стаття 16)
mijn-gegevens-mail-gemeente-aanhef = Шановний колего / шановна колего!
mijn-gegevens-mail-gemeente-tekst = Мешканець через портал просить виправити дані. Прохання не стосується жодної справи.
mijn-gegevens-mail-gemeente-adres = Електронна адреса мешканця: { $email }
mijn-gegevens-mail-gemeente-naam = Ім'я мешканця: { $naam }
mijn-gegevens-mail-gemeente-wat = Що неправильно: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = Як має бути: { $tekst }
mijn-gegevens-mail-gemeente-termijn = Дайте мешканцеві відповідь протягом місяця. Так сказано в AVG, стаття 12.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = Ваші дані на порталі муніципалітету { $gemeente }
mijn-gegevens-leesmij-gemaakt = Портал створив цей файл { $moment }.
mijn-gegevens-leesmij-uitleg = Тут є все, що портал зберігає про Вас. Кожна частина міститься в окремому файлі.
mijn-gegevens-leesmij-json = Файли з розширенням .json — це текст. Їх можна відкрити текстовим редактором.
mijn-gegevens-leesmij-bsn = Зберігайте цей файл у надійному місці. У ньому є Ваш номер громадянина (BSN), якщо портал його знає.
mijn-gegevens-leesmij-account = Ваш обліковий запис: електронна адреса, ім'я, мова і коли Ви входили.
mijn-gegevens-leesmij-meldingen = Ваші звернення, також ті, які Ви ще не надіслали.
mijn-gegevens-leesmij-plannen = Ваші власні плани до звернення.
mijn-gegevens-leesmij-clientondersteuning = Ваші запити про безкоштовну підтримку клієнта.
mijn-gegevens-leesmij-zaken = Ваші справи з усіма кроками. Також Ваше заперечення.
mijn-gegevens-leesmij-blijverslening = Ваші заяви на кредит на пристосування житла, з іншими власниками.
mijn-gegevens-leesmij-kindpakket = Ваші заяви на Kindpakket, з дітьми та рішеннями.
mijn-gegevens-leesmij-uitdaagrecht = Ваші ініціативи з їхніми пропозиціями, а також пропозиції, які Ви підтримуєте.
mijn-gegevens-leesmij-machtigingen = Хто може Вам допомагати і кому допомагаєте Ви.
mijn-gegevens-leesmij-toegangslog = Хто переглядав або змінював Ваші справи і коли.
mijn-gegevens-leesmij-documenten = Список Ваших документів, із зазначенням, де лежить кожен файл.
mijn-gegevens-leesmij-mails = Електронні листи, які портал Вам надіслав. Портал зберігає їх до 7 днів після надсилання.
mijn-gegevens-leesmij-log = Коли Ви завантажували свої дані або просили щось виправити.
mijn-gegevens-leesmij-map = Ваші документи в тому вигляді, як їх надіслали Ви або муніципалітет.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [one] { $aantal } документ не вміщується в цей файл. Попросіть муніципалітет надіслати його іншим способом.
        [few] { $aantal } документи не вміщуються в цей файл. Попросіть муніципалітет надіслати їх іншим способом.
        [many] { $aantal } документів не вміщуються в цей файл. Попросіть муніципалітет надіслати їх іншим способом.
       *[other] { $aantal } документа не вміщуються в цей файл. Попросіть муніципалітет надіслати їх іншим способом.
    }
mijn-gegevens-leesmij-vragen = Вам чогось бракує? Або щось неправильно? Тоді зв'яжіться з муніципалітетом.
