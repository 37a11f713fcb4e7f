## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = Помічник за дорученням
machtigingen-soort-clientondersteuner = Помічник клієнта
machtigingen-soort-curator = Опікун (curator)
machtigingen-soort-mentor = Ментор (mentor)
machtigingen-soort-bewindvoerder = Управитель майна (bewindvoerder)
machtigingen-soort-voogd = Опікун дитини (voogd)
machtigingen-soort-ouder = Батько або мати з батьківськими правами

machtigingen-status-uitgenodigd = Ще не прийнято
machtigingen-status-wacht = Чекає на підтвердження
machtigingen-status-controle = Муніципалітет це перевіряє
machtigingen-status-actief = Діє зараз
machtigingen-status-afgewezen = Не схвалено
machtigingen-status-beeindigd = Припинено

machtigingen-recht-bekijken = Переглядати Вашу справу.
machtigingen-recht-indienen = Подавати за Вас звернення, відповідати на запитання і надсилати документи.
machtigingen-recht-post = Також отримувати електронні листи щодо Ваших справ.
machtigingen-tot = Це діє до { $datum } включно.
machtigingen-tot-geen = Це діє, доки хтось це не припинить.

machtigingen-namens-titel = Для кого Ви працюєте?
machtigingen-namens-intro = Ви можете працювати для себе. Або для людини, яка дала Вам доручення. Виберіть, для кого Ви зараз працюєте.
machtigingen-namens-zelf = Для себе
machtigingen-namens-voor = Від імені: { $naam }
machtigingen-namens-nu = Зараз Ви працюєте для: { $naam }
machtigingen-namens-geen = Ніхто не дав Вам доручення.
machtigingen-namens-clienten = До моїх клієнтів
machtigingen-namens-beheer = До доручень
machtigingen-namens-paginas = Сторінки з людьми, для яких Ви можете працювати
machtigingen-namens-zoek = Пошук за іменем
machtigingen-namens-zoek-hint = Введіть ім'я або його частину.
machtigingen-namens-zoek-knop = Шукати
machtigingen-namens-zoek-geen = Ми не знайшли нікого, у чиєму імені є «{ $zoek }».
machtigingen-namens-zoek-alles = Показати всіх

machtigingen-overzicht-titel = Доручення
machtigingen-overzicht-eigen = Це Ваші власні доручення. Доручень людини { $naam } тут не видно.
machtigingen-overzicht-intro = За дорученням інша людина може допомагати Вам із Вашими справами в муніципалітеті. Ви самі вибираєте, що цій людині можна робити.
machtigingen-overzicht-beslist = Помічник ніколи не ухвалює рішень за Вас. Ви завжди можете одразу припинити доручення.
machtigingen-overzicht-nieuw = Дати комусь доручення
machtigingen-overzicht-gegeven = Хто може Вам допомагати?
machtigingen-overzicht-gegeven-geen = Ви ще нікому не дали доручення.
machtigingen-overzicht-gekregen = Кому допомагаєте Ви?
machtigingen-overzicht-gekregen-geen = Ви ще нікому не допомагаєте.
machtigingen-overzicht-wisselen = Виберіть, для кого Ви працюєте
machtigingen-overzicht-gekregen-paginas = Сторінки з дорученнями, які Ви отримали

machtigingen-nieuw-titel = Дати комусь доручення
machtigingen-nieuw-intro = Ми надішлемо цій людині електронний лист. У ньому буде посилання. Доручення почне діяти, лише коли ця людина прийме запрошення.
machtigingen-nieuw-email = Електронна адреса людини, яка Вам допомагає
machtigingen-nieuw-email-hint = Ця людина має входити з цією адресою.
machtigingen-nieuw-naam = Ім'я цієї людини (не обов'язково)
machtigingen-nieuw-rechten = Що ще може робити ця людина?
machtigingen-nieuw-rechten-hint = Переглядати Вашу справу можна завжди. Виберіть, що ще можна.
machtigingen-nieuw-tot = До якої дати включно діє доручення?
machtigingen-nieuw-tot-hint = Виберіть дату в межах 5 років. Наприклад, 31 12 2027.
machtigingen-nieuw-eigen-naam = Ваше власне ім'я (не обов'язково)
machtigingen-nieuw-eigen-naam-hint = Так помічник знатиме, хто просить. Використайте не більше ніж { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
machtigingen-nieuw-beslist = Помічник ніколи не ухвалює рішень за Вас. Ви завжди можете припинити доручення.
machtigingen-nieuw-knop = Надіслати запрошення
machtigingen-nieuw-fout-email-leeg = Укажіть електронну адресу людини, яка Вам допомагає.
machtigingen-nieuw-fout-email = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
machtigingen-nieuw-fout-eigen-adres = Це Ваша власна електронна адреса. Укажіть адресу людини, яка Вам допомагає.
machtigingen-nieuw-fout-tot-leeg = Укажіть, до якої дати включно діє доручення.
machtigingen-nieuw-fout-tot-onvolledig = Укажіть день, місяць і рік.
machtigingen-nieuw-fout-tot-bestaat-niet = Такої дати не існує. Перевірте день, місяць і рік.
machtigingen-nieuw-fout-tot-bereik = Виберіть дату від сьогодні і в межах 5 років.

machtigingen-detail-titel-helper = Доручення для: { $naam }
machtigingen-detail-titel-inwoner = Ви допомагаєте: { $naam }
machtigingen-detail-verstuurd = Ми надіслали електронний лист: { $naam }. Доручення діятиме, коли ця людина прийме запрошення.
machtigingen-detail-status = Який статус?
machtigingen-detail-soort = Вид
machtigingen-detail-mag = Що може робити помічник?
machtigingen-detail-tot = Як довго?
machtigingen-detail-sinds = Діє з
machtigingen-detail-nog-niet = Ще ні
machtigingen-detail-gestopt = Припинено: { $moment }.
machtigingen-detail-afgewezen = Муніципалітет це не схвалив. Причина: { $reden }
machtigingen-detail-beslist = Помічник ніколи не ухвалює рішень. Рішення ухвалює муніципалітет, а вибір робите Ви.
machtigingen-detail-stop-uitleg = Якщо Ви припините доручення, помічник одразу втратить доступ до Вашої справи.
machtigingen-detail-stop-uitleg-helper = Якщо Ви припините доручення, Ви одразу втратите доступ до справи цієї людини.
machtigingen-detail-stop = Припинити доручення
machtigingen-detail-acties = Що зробив помічник?
machtigingen-detail-acties-geen = Помічник ще нічого не робив у Ваших справах.
machtigingen-detail-naar-melding = До цієї справи

machtigingen-actie-ingediend = Надіслано звернення { $referentie }.
machtigingen-actie-bekeken = Переглянуто: { $wat }, справа { $referentie }.
machtigingen-actie-gewijzigd = Дія у справі { $referentie }: { $wat }.
machtigingen-actie-gedownload = Відкрито документ зі справи { $referentie }.

machtigingen-uitnodiging-titel = { $naam } питає, чи хочете Ви допомагати
machtigingen-uitnodiging-intro = { $naam } хоче, щоб Ви допомагали зі справами в муніципалітеті.
machtigingen-uitnodiging-mag = Тоді Ви зможете робити ось що:
machtigingen-uitnodiging-ja = Так, я допомагатиму
machtigingen-uitnodiging-nee = Ні, краще не треба
machtigingen-uitnodiging-ander-adres = Ви увійшли з іншою електронною адресою. Вийдіть. Потім увійдіть з адресою, на яку прийшло це запрошення.
machtigingen-uitnodiging-weg-titel = Це запрошення більше не діє
machtigingen-uitnodiging-weg-tekst = Хтось уже використав або припинив це запрошення. Або запрошення застаріло. Попросіть цю людину надіслати нове запрошення.

machtigingen-mail-aanhef = Шановний помічнику / шановна помічнице!
machtigingen-mail-uitnodiging-onderwerp = { $naam } питає, чи хочете Ви допомагати
machtigingen-mail-uitnodiging-intro = { $naam } хоче, щоб Ви допомагали зі справами в муніципалітеті. Тоді Ви зможете робити ось що:
machtigingen-mail-uitnodiging-knop = Переглянути запрошення
machtigingen-mail-uitnodiging-onbekend = Ви не знаєте цієї людини? Тоді нічого робити не потрібно.
machtigingen-mail-beeindigd-onderwerp = Доручення припинено
machtigingen-mail-beeindigd-tekst = { $naam } припинив(-ла) доручення.
machtigingen-mail-antwoord-onderwerp = Відповідь на Ваше запрошення
machtigingen-mail-antwoord-ja = { $naam } тепер допомагає Вам. Це видно в розділі «Доручення».
machtigingen-mail-antwoord-nee = { $naam } не хоче допомагати Вам.
machtigingen-mail-antwoord-knop = До доручень

machtigingen-voorstel-titel = Це справа людини: { $naam }
machtigingen-voorstel-tekst = Зараз Ви працюєте не від імені: { $naam }. Хочете переглянути цю справу? Тоді працюйте від імені: { $naam }.
machtigingen-overzicht-vertegenwoordigd = Хто може допомагати людині { $naam }?

machtigingen-stop-zeker = Ви впевнені, що хочете припинити доручення?
machtigingen-stop-ja = Так, припинити доручення
machtigingen-stop-nee = Ні, доручення має діяти далі
machtigingen-stop-fout = Виберіть, чи хочете Ви припинити доручення.
