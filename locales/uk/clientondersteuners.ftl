## Cliëntondersteuners: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the beheerder's pages for their accounts.

clientondersteuners-dashboard-titel = Ваші клієнти
clientondersteuners-dashboard-onderdelen = Розділи сторінки ваших клієнтів
clientondersteuners-dashboard-intro = Ви помічник клієнтів в організації { $organisatie }.
clientondersteuners-dashboard-uitleg = Тут указано людей, які дали Вам { $begrip }.
clientondersteuners-dashboard-beslist = Ви допомагаєте цим людям. Ви не ухвалюєте рішення щодо їхніх запитів. Це робить муніципалітет.
clientondersteuners-dashboard-clienten-titel = Люди, яким Ви допомагаєте
clientondersteuners-dashboard-clienten-paginas = Сторінки з людьми, яким Ви допомагаєте
clientondersteuners-dashboard-mijn-paginas = Сторінки з моїми запитами
clientondersteuners-dashboard-verzoeken-paginas = Сторінки з відкритими запитами
clientondersteuners-dashboard-geen-clienten = Ви ще нікому не допомагаєте за дорученням.
clientondersteuners-dashboard-geen-melding = Звернення ще не надіслано.
clientondersteuners-dashboard-werk-namens = Діяти від імені: { $naam }
clientondersteuners-dashboard-dossier = Переглянути справу { $referentie }
clientondersteuners-dashboard-kolom-melding = Звернення
clientondersteuners-dashboard-kolom-fase = На якому етапі?
clientondersteuners-dashboard-kolom-volgende = Що далі?
clientondersteuners-dashboard-kolom-actie = Справа
clientondersteuners-dashboard-caption = Справи: { $naam }
clientondersteuners-dashboard-niets = Зараз немає дати.
clientondersteuners-dashboard-mijn-titel = Мої запити
clientondersteuners-dashboard-mijn-geen = Ви ще не взяли жодного запиту.
clientondersteuners-dashboard-mijn-status = Статус
clientondersteuners-dashboard-mijn-opgepakt = Ви взяли цей запит { $datum }. Зв'яжіться з цією людиною.
clientondersteuners-dashboard-mijn-gekozen = Муніципалітет вибрав Вас { $datum }. Зв'яжіться з цією людиною.
clientondersteuners-dashboard-mijn-helpt = Ви допомагаєте цій людині.
clientondersteuners-dashboard-mijn-dossier-ja = Ви можете переглядати справу. Цю людину Ви знайдете в розділі «Люди, яким Ви допомагаєте».
clientondersteuners-dashboard-verzoeken-titel = Прохання про допомогу
clientondersteuners-dashboard-verzoeken-intro = Ці люди просять допомоги в організації { $organisatie }. Візьміть запит, якщо Ви будете допомагати цій людині.
clientondersteuners-dashboard-geen-verzoeken = Відкритих запитів немає.
clientondersteuners-dashboard-verzoek-titel = Запит { $referentie }
clientondersteuners-dashboard-verzoek-datum = Дата надсилання
clientondersteuners-dashboard-verzoek-voor = Для кого
clientondersteuners-dashboard-verzoek-zelf = Для самої людини
clientondersteuners-dashboard-verzoek-telefoon = Телефон
clientondersteuners-dashboard-verzoek-email = Електронна пошта
clientondersteuners-dashboard-verzoek-dossier = Справа
clientondersteuners-dashboard-verzoek-dossier-ja = Ви можете переглядати справу, якщо візьмете цей запит.
clientondersteuners-dashboard-verzoek-dossier-nee = Ви не можете переглядати справу.
clientondersteuners-dashboard-oppakken = Взяти
clientondersteuners-dashboard-oppakken-welke = запит { $referentie }
clientondersteuners-dashboard-opgepakt = Тепер Ви допомагаєте цій людині. Ми надіслали їй електронний лист.
clientondersteuners-dashboard-al-opgepakt = Колега вже взяв цей запит.

clientondersteuners-mail-onderwerp = Вам допомагає { $naam }
clientondersteuners-mail-helpt = { $naam } з організації { $organisatie } допомагає Вам із запитом { $referentie }.
clientondersteuners-mail-contact = { $naam } зв'яжеться з Вами.
clientondersteuners-mail-dossier = Ви дозволили переглядати Вашу справу. { $naam } не може нічого змінити.
clientondersteuners-mail-machtigingen = Це видно на порталі в розділі «Доручення». Там Ви також можете це припинити.
clientondersteuners-mail-knop = До розділу «Доручення»

clientondersteuners-beheer-titel = Помічники клієнтів
clientondersteuners-beheer-link = Облікові записи помічників клієнтів
clientondersteuners-beheer-intro = Тут Ви створюєте облікові записи для помічників клієнтів. Вони входять за посиланням з електронного листа.
clientondersteuners-beheer-geen = Ця організація ще не має облікових записів.
clientondersteuners-beheer-andere = Організації більше немає в профілі: { $organisatie }
clientondersteuners-beheer-kolom-naam = Ім'я
clientondersteuners-beheer-kolom-email = Електронна адреса
clientondersteuners-beheer-kolom-actie = Дія
clientondersteuners-beheer-caption = Облікові записи організації { $organisatie }
clientondersteuners-beheer-beeindigen = Закрити обліковий запис: { $naam }
clientondersteuners-beheer-toevoegen-titel = Додати обліковий запис
clientondersteuners-beheer-email-label = Електронна адреса
clientondersteuners-beheer-email-hint = Помічник клієнта входить із цією адресою.
clientondersteuners-beheer-naam-label = Ім'я
clientondersteuners-beheer-naam-hint = Мешканці бачать це ім'я.
clientondersteuners-beheer-organisatie-label = Організація
clientondersteuners-beheer-knop = Додати обліковий запис
clientondersteuners-beheer-geen-organisaties = У профілі муніципалітету немає організацій для підтримки клієнтів.
clientondersteuners-beheer-toegevoegd = Обліковий запис готовий. Тепер помічник клієнта може входити.
clientondersteuners-beheer-beeindigd = Ви закрили обліковий запис. Доручення цього облікового запису більше не діють.

clientondersteuners-beeindigen-titel = Закрити обліковий запис: { $naam }?
clientondersteuners-beeindigen-gevolg = Тоді { $naam } більше не зможе входити як помічник клієнта.
clientondersteuners-beeindigen-machtigingen = Усі доручення, які { $naam } має як помічник клієнта, одразу припиняться.
clientondersteuners-beeindigen-vraag = Ви впевнені?
clientondersteuners-beeindigen-ja = Так, закрити обліковий запис
clientondersteuners-beeindigen-nee = Ні, залишити обліковий запис
clientondersteuners-beeindigen-knop = Продовжити

clientondersteuners-fout-email = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
clientondersteuners-fout-staf = Ця адреса належить працівникові муніципалітету. Виберіть іншу адресу.
clientondersteuners-fout-naam = Укажіть ім'я.
clientondersteuners-fout-te-lang = Це задовго. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
clientondersteuners-fout-organisatie = Виберіть організацію.
clientondersteuners-fout-zeker = Виберіть «так» або «ні».
clientondersteuners-dashboard-verzoek-notitie = Повідомлення від мешканця
