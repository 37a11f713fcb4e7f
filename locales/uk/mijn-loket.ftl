## Mijn loket: the signed-in resident's own page.

mijn-loket-titel = Мій кабінет
mijn-loket-ingelogd-als = Ви увійшли як { $email }.
mijn-loket-mijn-gegevens = Мої дані: переглянути, завантажити або попросити виправити
mijn-loket-zaken-titel = Ваші справи
mijn-loket-zaken-titel-namens = Справи людини: { $naam }
mijn-loket-geen-zaken = У Вас ще немає справ у нас. Справа починається, коли Ви щось подаєте або повідомляєте.
mijn-loket-geen-zaken-namens = { $naam } ще не має справ у нас.
mijn-loket-starten-titel = Що Ви хочете зробити?
mijn-loket-start-melding = Попросити допомоги з житлом, доглядом або участю в житті громади
mijn-loket-start-melding-uitleg = Це називається { $begrip }. Після цього муніципалітет поговорить з Вами про те, що Вам потрібно.
mijn-loket-start-clientondersteuning = Попросити безкоштовної допомоги в помічника клієнта
mijn-loket-start-clientondersteuning-uitleg = Помічник клієнта допомагає Вам безкоштовно. Він або вона не ухвалює рішення щодо Вашого запиту.
mijn-loket-start-blijverslening = Позичити гроші, щоб пристосувати своє житло
mijn-loket-start-blijverslening-uitleg = Це називається { $begrip }. Тоді Ви зможете і далі жити у своєму житлі.
mijn-loket-start-kindpakket = Подати заяву на Kindpakket
mijn-loket-start-kindpakket-uitleg = На спорт, культуру і школу для дітей із сімей з малими статками.
mijn-loket-start-uitdaagrecht = Взяти на себе завдання муніципалітету
mijn-loket-start-uitdaagrecht-uitleg = Через { $begrip } Ви разом з іншими мешканцями подаєте муніципалітету пропозицію.
mijn-loket-start-termijnen = Розрахувати, коли муніципалітет має відповісти
mijn-loket-start-termijnen-uitleg = Так Ви знатимете, до якої дати треба чекати.
mijn-loket-start-vertegenwoordiger = Я законний представник
mijn-loket-start-vertegenwoordiger-uitleg = Ви опікун (curator), ментор (mentor), управитель майна (bewindvoerder), опікун дитини (voogd) або батько чи мати з батьківськими правами? Тоді надішліть підтвердження.

mijn-loket-melding-concept-titel = Прохання про допомогу
mijn-loket-concept = Ще не надіслано
mijn-loket-concept-begonnen = Ви почали { $datum }.
mijn-loket-concept-code = Ваш код, щоб продовжити: { $code }
mijn-loket-concept-verder = Продовжити цей запит
mijn-loket-melding-titel = Прохання про допомогу { $referentie }
mijn-loket-ontvangen = Отримано
mijn-loket-ontvangen-op = Муніципалітет отримав цей запит { $datum }.
mijn-loket-volgende-plan = Ви можете подати власний план до { $datum } включно.
mijn-loket-volgende-gesprek = Муніципалітет поговорить з Вами не пізніше ніж { $datum }.
mijn-loket-volgende-plan-namens = { $naam } може подати власний план до { $datum } включно.
mijn-loket-volgende-gesprek-namens = Муніципалітет поговорить з людиною { $naam } не пізніше ніж { $datum }.
mijn-loket-melding-bekijk = Переглянути цей запит
mijn-loket-concept-versturen = Перевірте свої відповіді й надішліть
mijn-loket-concept-later = Як продовжити пізніше?
mijn-loket-melding-plan = Написати або надіслати власний план
mijn-loket-melding-plan-bekijk = Переглянути Ваш власний план
mijn-loket-melding-plan-namens = Написати або надіслати власний план людини: { $naam }
mijn-loket-melding-plan-bekijk-namens = Переглянути власний план людини: { $naam }
mijn-loket-co-titel = Безкоштовна допомога помічника клієнта { $referentie }
mijn-loket-co-verstuurd = Ви попросили про цю допомогу { $datum }.
mijn-loket-co-organisatie = { $organisatie } зв'яжеться з Вами.
mijn-loket-co-gemeente-kiest = Муніципалітет вибере, хто Вам допомагатиме. Після цього ця людина зв'яжеться з Вами.
mijn-loket-co-bekijk = Переглянути цей запит
mijn-loket-titel-namens = Кабінет людини: { $naam }
mijn-loket-namens-uitleg = Ви дієте від імені людини: { $naam }. Тут Ви бачите справи цієї людини.
mijn-loket-hulp-titel = Допомога інших людей
mijn-loket-hulp-uitleg = Інша людина може Вам допомагати, якщо Ви дасте їй { $begrip }. Ви самі вибираєте, що цій людині можна робити.
mijn-loket-hulp-machtigingen = Переглянути доручення або дати комусь доручення
mijn-loket-hulp-namens = Діяти від імені людини, якій Ви допомагаєте
mijn-loket-hulp-terug-zelf = Назад до Вашого власного кабінету
mijn-loket-account-titel = Ваш обліковий запис
mijn-loket-account-link = Видалити Ваш обліковий запис
mijn-loket-account-wissen-titel = Видалити Ваш обліковий запис
mijn-loket-account-geen-zaken = У Вас немає справ у муніципалітеті.
mijn-loket-account-wissen-uitleg = Ви видаляєте свій обліковий запис? Тоді ми зітремо з порталу все про Вас. Також Ваші чернетки й Ваші електронні листи. Ми не зможемо цього скасувати.
mijn-loket-account-wissen-vraag = Ви хочете видалити свій обліковий запис?
mijn-loket-account-sluiten-titel = Закрити Ваш обліковий запис
mijn-loket-account-zaken = { $aantal ->
    [one] У Вас { $aantal } справа в муніципалітеті.
    [few] У Вас { $aantal } справи в муніципалітеті.
    [many] У Вас { $aantal } справ у муніципалітеті.
   *[other] У Вас { $aantal } справи в муніципалітеті.
}
mijn-loket-account-bewaren = Муніципалітет має ще деякий час зберігати Ваші справи. Так вимагає закон. Тому зараз ми не можемо стерти Ваш обліковий запис.
mijn-loket-account-termijnen = Дізнайтеся, як довго муніципалітет зберігає Ваші справи
mijn-loket-account-sluiten-uitleg = Але Ви можете закрити свій обліковий запис. Тоді Ви не зможете подавати нові заяви. Ваші справи Ви все одно зможете переглядати. І пізніше Ви зможете знову відкрити обліковий запис.
mijn-loket-account-sluiten-vraag = Ви хочете закрити свій обліковий запис?
mijn-loket-account-gesloten-sinds = Ви закрили свій обліковий запис { $datum }. Ви не можете подавати нові заяви.
mijn-loket-account-openen-titel = Знову відкрити Ваш обліковий запис
mijn-loket-account-openen-uitleg = Ви знову відкриваєте свій обліковий запис? Тоді Ви знову зможете щось подавати.
mijn-loket-account-openen-vraag = Ви хочете знову відкрити свій обліковий запис?
mijn-loket-account-openen-link = Знову відкрити Ваш обліковий запис
mijn-loket-account-ja = Так
mijn-loket-account-nee = Ні
mijn-loket-account-knop = Далі
mijn-loket-account-fout-kies = Виберіть «Так» або «Ні».
mijn-loket-adres-opgeven = Укажіть свою електронну адресу. Тоді Ви отримаєте повідомлення, коли щось зміниться.
