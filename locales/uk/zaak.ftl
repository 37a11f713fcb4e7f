## A case after the melding: the e-mails that tell the resident a step was taken. They never say what was
## discussed or decided: the resident reads that in the dossier.

zaak-mail-onderwerp = Новини щодо Вашого звернення { $referentie }
zaak-mail-knop = Переглянути Вашу справу
zaak-mail-privacy = У цьому листі немає особистих даних. Усе Ви можете прочитати у своїй справі на вебсайті.
zaak-mail-gesprek-gepland = Для Вас призначено розмову. Розмова відбудеться { $datum } о { $tijd }.
zaak-mail-tijdelijk = Ви отримуєте тимчасову допомогу. Ця допомога триває, доки не буде ухвалено рішення.
zaak-mail-onderzoek = У Вас була розмова з муніципалітетом. Далі Ви отримаєте звіт про цю розмову.
zaak-mail-verslag = Звіт про Вашу розмову готовий. Уважно прочитайте його. Ви також можете на нього відповісти.
zaak-mail-vraag = Муніципалітет має до Вас запитання. Дайте відповідь раніше ніж { $datum }.
zaak-mail-aanvraag = Муніципалітет отримав Вашу заяву. Ви отримаєте рішення не пізніше ніж { $datum }.
zaak-mail-verdaagd = Рішення буде пізніше, ніж планувалося. Ви отримаєте його не пізніше ніж { $datum }.
zaak-mail-besluit = Ухвалено рішення щодо Вашої заяви. Ви з ним не згодні? Тоді Ви можете подати заперечення до { $datum } включно.
zaak-mail-gesloten = Муніципалітет закрив Ваше звернення.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = Ваші прохання щось виправити
zaak-correctie-geen = У цій справі щось неправильно? Тоді Ви можете попросити це виправити.
zaak-correctie-gevraagd = { $datum } Ви попросили виправити ось що:
zaak-correctie-antwoord-op = { $datum } муніципалітет відповів:
zaak-correctie-gecorrigeerd = Муніципалітет виправив Ваші дані.
zaak-correctie-niet-gecorrigeerd = Муніципалітет не змінив Ваші дані.
zaak-correctie-wacht = Муніципалітет розглядає Ваше прохання. Ви отримаєте електронний лист, коли буде відповідь.
zaak-correctie-vragen-link = Попросити щось виправити
zaak-correctie-mail-onderwerp = Відповідь на Ваше прохання щодо Ваших даних { $referentie }
zaak-correctie-mail-tekst = Ви попросили муніципалітет виправити щось у Ваших даних. Муніципалітет відповів на Ваше прохання.
zaak-correctie-wat = Що неправильно?
zaak-correctie-moet-zijn = Як має бути?
zaak-correctie-onbekend = Мешканець цього не знає.
zaak-correctie-staf-titel = { $aantal ->
        [1] Запит на виправлення
        [one] Запити на виправлення ({ $aantal })
        [few] Запити на виправлення ({ $aantal })
        [many] Запити на виправлення ({ $aantal })
       *[other] Запити на виправлення ({ $aantal })
    }
zaak-correctie-staf-verzoek = Запит мешканця, { $datum }
zaak-correctie-staf-beantwoord = Відповідь від { $datum }, автор: { $naam }:
zaak-correctie-staf-antwoord = Ваша відповідь мешканцеві
zaak-correctie-staf-antwoord-hint = Мешканець прочитає це на порталі. Пишіть простою мовою.
zaak-correctie-staf-gecorrigeerd = Ви виправили дані?
zaak-correctie-staf-ja = Так, я виправив(-ла) дані
zaak-correctie-staf-nee = Ні, дані залишаються без змін
zaak-correctie-staf-knop = Надіслати відповідь
zaak-correctie-staf-pagina = Відповісти на запит на виправлення: { $referentie }
zaak-correctie-fout-antwoord = Напишіть свою відповідь мешканцеві.
zaak-correctie-fout-te-lang = Ваш текст задовгий. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ.
        [few] { $aantal } символи.
        [many] { $aantal } символів.
       *[other] { $aantal } символу.
    }
zaak-correctie-fout-keuze = Виберіть, чи виправили Ви дані.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = Муніципалітет ухвалить рішення не пізніше ніж { $datum }.
zaak-besluit-uitleg = Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після того, як Ваша заява стала повною. Так сказано в Загальному законі про адміністративне право (Algemene wet bestuursrecht), стаття 4:13.
zaak-besluit-te-laat = Цей день минув, а рішення ще немає.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = Надрукувати рішення або зберегти як PDF
zaak-beschikking-titel = Рішення
zaak-beschikking-afdrukken = Хочете мати це рішення на папері? Скористайтеся кнопкою друку у браузері. Там можна також вибрати збереження як PDF.
zaak-beschikking-gemeente = Муніципалітет { $gemeente }
zaak-beschikking-datum = Дата
zaak-beschikking-aan = Кому
zaak-beschikking-kenmerk = Номер справи
zaak-beschikking-besloten = Що вирішив муніципалітет?
zaak-beschikking-uitkomst = Рішення
zaak-beschikking-toegekend = Ви це отримуєте
zaak-beschikking-gedeeltelijk = Ви отримуєте частину
zaak-beschikking-afgewezen = Ви цього не отримуєте
zaak-beschikking-vanaf = З
zaak-beschikking-tot = До (включно)
zaak-beschikking-geen-einde = Без кінцевої дати
zaak-beschikking-bedrag = Сума
zaak-beschikking-waarom = Чому
zaak-beschikking-grondslag = Правило: { $bron }.
zaak-beschikking-redenen = Чому муніципалітет так вирішив?
zaak-beschikking-door-titel = Хто ухвалив рішення?
zaak-beschikking-door = { $naam }, від імені колегії бургомістра і радників (college van burgemeester en wethouders) муніципалітету { $gemeente }.
zaak-beschikking-medewerker = Працівник муніципалітету
zaak-beschikking-bezwaar-titel = Ви не згодні з цим рішенням?
zaak-beschikking-bezwaar-tot = Тоді Ви можете подати { $begrip } до { $datum } включно.
zaak-beschikking-bezwaar-termijn = Для цього у Вас є { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    }. Цей строк починається наступного дня після того, як муніципалітет надіслав рішення: після { $verzonden }. Так сказано в Загальному законі про адміністративне право, статті 6:7 і 6:8.
zaak-beschikking-bezwaar-brief = Напишіть лист. Укажіть у ньому своє ім'я, адресу, дату та номер цього рішення. Напишіть, чому Ви з ним не згодні. Поставте під листом свій підпис.
zaak-beschikking-bezwaar-adres = Надішліть лист колегії бургомістра і радників (college van burgemeester en wethouders) муніципалітету { $gemeente }:
zaak-beschikking-bezwaar-portaal = Ви також можете зробити це на цьому вебсайті.
zaak-beschikking-bezwaar-link = Подати заперечення на вебсайті
zaak-beschikking-bezwaar-nederlands = Текст нідерландською про заперечення
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = Видалити цю чернетку
zaak-concept-verwijder-titel = Видалення чернетки
zaak-concept-verwijder-vraag = Ви впевнені, що хочете видалити цю чернетку?
zaak-concept-verwijder-wat = Ця чернетка стосується такого: { $begrip }.
zaak-concept-verwijder-begonnen = Ви почали її { $datum }.
zaak-concept-verwijder-gevolg = Тоді Ваші відповіді й файли зникнуть. Ви не зможете їх повернути.
zaak-concept-verwijder-ja = Так, видалити чернетку
zaak-concept-verwijder-nee = Ні, зберегти чернетку
zaak-concept-verwijder-knop = Далі
zaak-concept-verwijder-kies = Виберіть «Так» або «Ні».
zaak-concept-verwijderd = Ви видалили чернетку.
zaak-agenda-titel = Розмова з муніципалітетом { $gemeente }
zaak-agenda-thuis = У Вас удома
zaak-agenda-gemeentehuis = У будівлі муніципалітету
zaak-agenda-telefoon = По телефону. Муніципалітет зателефонує Вам.
zaak-agenda-beeldbellen = Відеодзвінком
zaak-log-laatste = { $aantal ->
    [1] Тут Ви бачите лише останній раз.
    [one] Тут Ви бачите лише останній { $aantal } раз.
    [few] Тут Ви бачите лише останні { $aantal } рази.
    [many] Тут Ви бачите лише останні { $aantal } разів.
   *[other] Тут Ви бачите лише останні { $aantal } раза.
}
zaak-log-alles = Усе є в розділі «Мої дані».
