## Cliëntondersteuning: free, independent help for a resident during the whole procedure. The public page, the
## request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = Безкоштовна допомога з Вашим запитом до муніципалітету
clientondersteuning-uitleg-intro = Маєте запитання до муніципалітету щодо допомоги чи догляду? Тоді Ви можете попросити когось допомогти Вам. Це називається { $begrip }.
clientondersteuning-uitleg-gratis = Ця допомога безкоштовна. Ви нічого за неї не платите, навіть пізніше.
clientondersteuning-uitleg-wat-titel = Що робить помічник клієнта?
clientondersteuning-uitleg-wat-naast = Помічник клієнта підтримує Вас. Він або вона допомагає Вам пояснити Ваш запит.
clientondersteuning-uitleg-wat-gesprek = Він або вона може також піти з Вами на розмову з муніципалітетом. І допомогти, якщо Ви не розумієте листа.
clientondersteuning-uitleg-wat-beslist = Помічник клієнта на Вашому боці. Він або вона не ухвалює рішення щодо Вашого запиту. Це робить муніципалітет.
clientondersteuning-uitleg-wie-titel = Хто може попросити про цю допомогу?
clientondersteuning-uitleg-wie-iedereen = Кожен, хто живе в муніципалітеті { $gemeente } і має запит до муніципалітету.
clientondersteuning-uitleg-wie-mantelzorger = Також { $begrip }. Ви можете попросити про неї для себе або для людини, якій Ви допомагаєте.
clientondersteuning-uitleg-wie-melding = Вам не обов'язково спершу подавати { $begrip }. Ви можете попросити про цю допомогу ще до нього.
clientondersteuning-uitleg-wie-moment = Ви можете попросити про неї будь-коли: до, під час і після розмови з муніципалітетом.
clientondersteuning-uitleg-organisaties-titel = Ці організації Вам допоможуть
clientondersteuning-uitleg-aanvragen-titel = Попросити допомоги
clientondersteuning-uitleg-aanvragen-tekst = Ви можете попросити про допомогу тут. Спочатку Ви входите. Потім заповнюєте коротку форму.
clientondersteuning-uitleg-aanvragen-knop = Попросити безкоштовної допомоги
clientondersteuning-uitleg-aanvragen-zelf = Ви також можете самі зателефонувати або написати до організації.

clientondersteuning-telefoon = Телефон
clientondersteuning-email = Електронна пошта
clientondersteuning-website = Вебсайт

clientondersteuning-formulier-titel = Попросити безкоштовної допомоги
clientondersteuning-formulier-intro = За допомогою цієї форми Ви просите про безкоштовну допомогу: { $begrip }. Після цього організація зв'яжеться з Вами.
clientondersteuning-formulier-gratis = Допомога нічого не коштує. Організація не ухвалює рішення щодо Вашого запиту до муніципалітету.
clientondersteuning-formulier-knop = Попросити допомоги

clientondersteuning-voor-wie-label = Для кого Ви просите допомоги?
clientondersteuning-voor-wie-zelf = Для себе
clientondersteuning-voor-wie-ander = Для людини, якій я допомагаю
clientondersteuning-voor-wie-ander-hint = Наприклад, для Вашого партнера, батька, матері чи дитини.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = Про людину, якій Ви допомагаєте
clientondersteuning-ander-hint = Заповнюйте це, лише якщо Ви просите допомоги для іншої людини.
clientondersteuning-ander-naam-label = Ім'я цієї людини
clientondersteuning-ander-relatie-label = Ким Вам доводиться ця людина?
clientondersteuning-ander-relatie-hint = Наприклад: моя мама

clientondersteuning-organisatie-label = Яку організацію Ви хочете?
clientondersteuning-organisatie-hint = Усі організації допомагають Вам безкоштовно. Не знаєте? Тоді нехай вибере муніципалітет.
clientondersteuning-organisatie-gemeente = Нехай вибере муніципалітет

clientondersteuning-contact-legend = Як організація може з Вами зв'язатися?
clientondersteuning-contact-hint = Укажіть номер телефону або електронну адресу. Можна вказати обидва.
clientondersteuning-telefoon-label = Номер телефону
clientondersteuning-telefoon-hint = Наприклад, 06 12345678
clientondersteuning-email-label = Електронна адреса

clientondersteuning-toegankelijkheid-label = Вам потрібна допомога в розмові?
clientondersteuning-toegankelijkheid-geen = Ні
clientondersteuning-toegankelijkheid-tolk = Так, перекладач
clientondersteuning-toegankelijkheid-tolk-hint = Людина, яка говорить Вашою мовою і перекладає.
clientondersteuning-toegankelijkheid-tolk-taal = Так, перекладач з такої мови: { $taal }
clientondersteuning-toegankelijkheid-gebarentaal = Так, перекладач жестової мови
clientondersteuning-tolk-taal-label = Якою мовою Ви розмовляєте?
clientondersteuning-tolk-taal-hint = Заповнюйте це, лише якщо Вам потрібен перекладач.

clientondersteuning-notitie-label = Хочете ще щось розповісти? Це не обов'язково.
clientondersteuning-notitie-hint = Ми надішлемо це організації. Пишіть лише те, що організація має знати.

clientondersteuning-fout-voor-wie = Виберіть, для кого Ви просите допомоги.
clientondersteuning-fout-ander-naam = Укажіть ім'я людини, якій Ви допомагаєте.
clientondersteuning-fout-ander-relatie = Укажіть, ким Вам доводиться ця людина.
clientondersteuning-fout-organisatie = Виберіть організацію. Або нехай вибере муніципалітет.
clientondersteuning-fout-contact = Укажіть номер телефону або електронну адресу.
clientondersteuning-fout-telefoon = Укажіть номер телефону, який має щонайменше 10 цифр. Наприклад, 06 12345678.
clientondersteuning-fout-email = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
clientondersteuning-fout-toegankelijkheid = Виберіть, чи потрібна Вам допомога в розмові.
clientondersteuning-fout-te-lang = Це задовго. Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.

clientondersteuning-bevestiging-titel = Ми отримали Ваш запит
clientondersteuning-bevestiging-nummer = Ваш номер
clientondersteuning-bevestiging-mail = Ми також надішлемо Вам електронний лист із цим номером.
clientondersteuning-bevestiging-nu-titel = Що відбувається тепер?
clientondersteuning-bevestiging-belt = { $organisatie } зв'яжеться з Вами протягом кількох робочих днів.
clientondersteuning-bevestiging-gemeente-kiest = Муніципалітет вибере для Вас організацію. Вона зв'яжеться з Вами протягом кількох робочих днів.
clientondersteuning-status-gekozen = Вам допомагає { $organisatie }. Муніципалітет вибрав для Вас цю організацію. Організація зв'яжеться з Вами протягом кількох робочих днів.
clientondersteuning-bevestiging-gratis = Допомога безкоштовна. Ви нічого не платите.
clientondersteuning-bevestiging-gegevens-titel = Що Ви нам надіслали
clientondersteuning-bevestiging-notitie = Ваше повідомлення
clientondersteuning-bevestiging-mijn-loket = До розділу «Мій кабінет»

clientondersteuning-mail-inwoner-onderwerp = Ваш запит про безкоштовну допомогу: { $referentie }
clientondersteuning-mail-inwoner-tekst = Ми отримали Ваш запит про безкоштовну допомогу. Ваш номер: { $referentie }.
clientondersteuning-mail-inwoner-knop = Переглянути Ваш запит
clientondersteuning-mail-gekozen-onderwerp = Вам допомагає { $organisatie }
clientondersteuning-mail-gekozen-tekst = Ви доручили муніципалітету вибрати, хто допоможе Вам із запитом { $referentie }. Муніципалітет вибрав: { $organisatie }.
clientondersteuning-mail-ondersteuner-onderwerp = Муніципалітет просить Вас допомогти: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = Муніципалітет вибрав Вас помічником клієнта для запиту { $referentie }.
clientondersteuning-mail-ondersteuner-loket = Увійдіть на портал. У розділі «Мої запити» Ви побачите, кому допомагаєте і як зв'язатися з цією людиною.
clientondersteuning-mail-ondersteuner-knop = До Ваших клієнтів
clientondersteuning-mail-organisatie-onderwerp = Запит про підтримку клієнта: { $referentie }
clientondersteuning-mail-organisatie-tekst = Мешканець муніципалітету { $gemeente } просить Вас про безкоштовну підтримку клієнта.
clientondersteuning-mail-organisatie-kies = Мешканець муніципалітету { $gemeente } просить про безкоштовну підтримку клієнта. Він або вона не має переваг щодо організації. Виберіть на порталі, хто допомагатиме: у розділі робочих завдань, у пункті «Підтримка клієнтів».
clientondersteuning-mail-organisatie-bellen = Зв'яжіться з мешканцем протягом кількох робочих днів.
clientondersteuning-mail-nummer = Номер
clientondersteuning-mail-voor-wie = Для кого
clientondersteuning-mail-toegankelijkheid = Допомога в розмові
clientondersteuning-mail-notitie-in-loket = Мешканець додав повідомлення. Це повідомлення є на порталі, у запиті { $referentie }. Увійдіть, щоб його прочитати.
clientondersteuning-mail-organisatie-aanhef = Шановний колего / шановна колего!
clientondersteuning-bij-melding = Цей запит стосується Вашого звернення { $referentie }.
clientondersteuning-mail-melding = Звернення
clientondersteuning-inzage-label = Чи може помічник клієнта бачити Вашу справу?
clientondersteuning-inzage-hint = Це не обов'язково. Тоді помічник клієнта зможе бачити, як просувається Ваше звернення. Він або вона нічого не зможе змінити. Ви завжди можете це припинити.
clientondersteuning-inzage-ja = Так, помічник клієнта може переглядати мою справу
clientondersteuning-bevestiging-opgepakt = Вам допомагає { $naam } з організації { $organisatie }. Він або вона зв'яжеться з Вами.
