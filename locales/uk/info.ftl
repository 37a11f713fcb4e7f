## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = Справа термінова або Ви не в безпеці вдома?
info-spoed-gemeente = Зателефонуйте до муніципалітету:
info-spoed-tijdelijk = Справа термінова? Тоді муніципалітет організує тимчасову допомогу протягом { $uren ->
        [one] { $uren } години
        [few] { $uren } годин
        [many] { $uren } годин
       *[other] { $uren } години
    }.
info-spoed-veilig-thuis = Зателефонуйте до Veilig Thuis:
info-spoed-veilig-thuis-uitleg = Удень і вночі, безкоштовно. Veilig Thuis допомагає при домашньому насильстві та жорстокому поводженні з дітьми.
info-spoed-112 = Ви в небезпеці? Телефонуйте 112.

info-telefoon = Телефон
info-email = Електронна пошта
info-website = Вебсайт
info-postadres = Поштова адреса
info-bezoekadres = Адреса для відвідування
info-openingstijden = Години роботи

info-toegankelijkheid-titel = Доступність
info-toegankelijkheid-intro = Кожен має могти користуватися цим порталом. Також якщо Ви погано бачите, погано чуєте або не користуєтеся мишею.
info-toegankelijkheid-doel-titel = Яка наша мета?
info-toegankelijkheid-doel-regels = Держава має правила для вебсайтів, якими може користуватися кожен. Ці правила називаються WCAG.
info-toegankelijkheid-doel-niveau = Ми хочемо відповідати WCAG 2.2, рівень AA. Закон вимагає WCAG 2.1, рівень AA.
info-toegankelijkheid-doel-taal = Ми пишемо простою мовою. Складні слова ми пояснюємо.
info-toegankelijkheid-test-titel = Як ми перевірили портал?
info-toegankelijkheid-test-automatisch = Програма в браузері перевіряє сторінки. Вона шукає помилки, які може знайти комп'ютер.
info-toegankelijkheid-test-toetsenbord = Ми користуємося сторінками без миші. Ми робимо все лише за допомогою клавіатури.
info-toegankelijkheid-test-scripts = Портал не використовує JavaScript. Отже, усе працює також тоді, коли JavaScript вимкнено.
info-toegankelijkheid-test-grenzen = Комп'ютер знаходить не всі помилки. Експерт ще не перевірив портал повністю.
info-toegankelijkheid-melden-titel = Щось працює не так?
info-toegankelijkheid-melden-tekst = Повідомте нас. Тоді ми зможемо це виправити.
info-toegankelijkheid-melden-wat = Напишіть, на якій сторінці це було. І що пішло не так.
info-toegankelijkheid-melden-hulp = Щось не виходить? Зателефонуйте до муніципалітету. Працівник вирішить це разом з Вами.

info-privacy-titel = Конфіденційність
info-privacy-intro = На цьому порталі Ви надаєте дані про себе. Іноді також про своє здоров'я. Тут Ви дізнаєтеся, що муніципалітет робить із цими даними.
info-privacy-verantwoordelijk = За Ваші дані відповідає муніципалітет { $gemeente }.
info-privacy-wat-titel = Які дані ми зберігаємо і чому?
info-privacy-wat-nodig = Ми питаємо лише те, що потрібно для Вашого запиту. І лише тоді, коли це потрібно.
info-privacy-wat-doel = Ми використовуємо Ваші дані, щоб розглянути Ваш запит. Ні для чого іншого.
info-privacy-wat-gezondheid = Дані про Ваше здоров'я особливо чутливі. Закон про захист даних захищає їх особливо. Про це сказано в статті 9 { $begrip }.
info-privacy-wat-toestemming = Іноді ми просимо Вашу згоду. Ми зберігаємо, коли Ви її дали. І який текст Ви тоді прочитали.
info-privacy-wat-cijfers = Муніципалітет рахує, скільки є запитів. У цих цифрах немає імен.
info-privacy-wie-titel = Хто може бачити Ваші дані?
info-privacy-wie-uzelf = Ви самі.
info-privacy-wie-gemachtigd = Люди, яким Ви даєте дозвіл. Наприклад, хтось із Вашої родини або помічник клієнта.
info-privacy-wie-medewerker = Працівники муніципалітету, які мають завдання щодо Вашого запиту.
info-privacy-wie-logboek = Хтось переглядає Ваші дані? Тоді ми записуємо, хто це був і коли. У розділі «Мій кабінет» Ви бачите це самі.
info-privacy-ontvangers-titel = Хто ще отримує Ваші дані?
info-privacy-ontvangers-co = Вам потрібна { $begrip }? Тоді вибрана Вами організація отримає потрібні їй дані. Ви вибираєте з таких організацій:
info-privacy-ontvangers-svn = Ви подаєте заяву на { $begrip }? Тоді SVn отримає Вашу заяву. SVn надає кредит від імені муніципалітету.
info-privacy-ontvangers-niet = Інші не отримують Ваших даних. Хіба що цього вимагає закон.
info-privacy-grondslag-titel = Чому муніципалітет має на це право?
info-privacy-grondslag-wmo = Допомога згідно з { $begrip }: муніципалітет зобов'язаний це робити. Про це сказано в статті 5.1.1 цього закону.
info-privacy-grondslag-blijverslening = Програма «{ $begrip }»: це завдання муніципалітету. Про це сказано в статті 6 закону про захист даних (AVG).
info-privacy-grondslag-kindpakket = Програма «{ $begrip }»: це завдання муніципалітету. Про це сказано в статті 6 закону про захист даних (AVG).
info-privacy-grondslag-uitdaagrecht = Пропозиція, яку подають через { $begrip }: це завдання муніципалітету. Про це сказано в статті 6 закону про захист даних (AVG).
info-privacy-bewaren-titel = Як довго ми зберігаємо Ваші дані?
info-privacy-bewaren-tekst = Не довше, ніж потрібно. Муніципалітет дотримується правил для архівів.
info-privacy-bewaren-vragen = Як довго саме? Це залежить від допомоги, про яку Ви просили. Ви можете запитати про це в муніципалітеті.
info-privacy-bewaren-concept = { $dagen ->
    [one] Те, що Ви почали, але не надіслали: { $dagen } день після останньої зміни.
    [few] Те, що Ви почали, але не надіслали: { $dagen } дні після останньої зміни.
    [many] Те, що Ви почали, але не надіслали: { $dagen } днів після останньої зміни.
   *[other] Те, що Ви почали, але не надіслали: { $dagen } дня після останньої зміни.
} { $vooraf ->
    [one] За { $vooraf } день до цього Ви отримаєте електронний лист.
    [few] За { $vooraf } дні до цього Ви отримаєте електронний лист.
    [many] За { $vooraf } днів до цього Ви отримаєте електронний лист.
   *[other] За { $vooraf } дня до цього Ви отримаєте електронний лист.
}
info-privacy-bewaren-wmo = Ваше { $begrip } і допомога після нього: { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
} після закриття Вашої справи.
info-privacy-bewaren-blijverslening = Заява на кредит на пристосування житла: { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
} після закриття Вашої справи.
info-privacy-bewaren-kindpakket = Заява на Kindpakket: { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
} після закриття Вашої справи.
info-privacy-bewaren-uitdaagrecht = Пропозиція в межах права виклику: { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
} після закриття справи.
info-privacy-bewaren-mail = { $dagen ->
    [one] Електронний лист, який ми Вам надіслали: { $dagen } день.
    [few] Електронний лист, який ми Вам надіслали: { $dagen } дні.
    [many] Електронний лист, який ми Вам надіслали: { $dagen } днів.
   *[other] Електронний лист, який ми Вам надіслали: { $dagen } дня.
}
info-privacy-bewaren-logboek = Хто переглядав Вашу справу: { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
}.
info-privacy-bewaren-bezwaar = Ваше { $begrip } ще розглядається? Або справа в суді? Тоді ми зберігаємо Вашу справу стільки, скільки потрібно.
info-privacy-bewaren-bronnen = Звідки ці строки?
info-privacy-rechten-titel = Які у Вас права?
info-privacy-recht-inzage = Ви можете побачити, які дані про Вас у нас є.
info-privacy-recht-correctie = Щось неправильно? Тоді Ви можете попросити це виправити.
info-privacy-recht-verwijdering = Ви можете попросити видалити дані. Муніципалітет мусить їх зберігати? Тоді він пояснить чому.
info-privacy-recht-bezwaar = Ви можете сказати, що не згодні з тим, як ми використовуємо Ваші дані.
info-privacy-recht-inzage-link = Переглянути Ваші дані
info-privacy-recht-correctie-link = Попросити виправлення
info-privacy-recht-verwijdering-link = Видалити Ваш обліковий запис
info-privacy-fg = У муніципалітеті є уповноважений із захисту даних. Він стежить, щоб муніципалітет правильно поводився з Вашими даними. Електронна пошта:
info-privacy-fg-algemeen = У муніципалітеті є уповноважений із захисту даних. Він стежить, щоб муніципалітет правильно поводився з Вашими даними. Напишіть або зателефонуйте до муніципалітету і попросіть цю людину.
info-privacy-rechten-hoe = Ви цього хочете? Тоді надішліть електронний лист або зателефонуйте до муніципалітету.
info-privacy-mijn-gegevens = Ви увійшли? Тоді в розділі «Мої дані» Ви бачите і завантажуєте все, що портал зберігає про Вас. Там Ви також можете попросити щось виправити.
info-privacy-mijn-gegevens-link = До розділу «Мої дані»
info-privacy-rechten-klacht = Ви не згодні з муніципалітетом? Тоді Ви можете подати скаргу до Autoriteit Persoonsgegevens (Органу із захисту персональних даних).
info-privacy-cookies-titel = Файли cookie
info-privacy-cookies-uitleg = Cookie — це невеликий файл. Ваш браузер зберігає його для цього вебсайту.
info-privacy-cookies-twee = Цей портал використовує лише ці два файли cookie:
info-privacy-cookie-sessie = Cookie, потрібний порталу для роботи. Він, наприклад, пам'ятає, що Ви увійшли.
info-privacy-cookie-taal = Cookie, який пам'ятає, яку мову Ви вибрали.
info-privacy-cookies-niet = Ми не стежимо за Вами. Ми не вимірюємо, що Ви робите на вебсайті. І ми не показуємо реклами.

info-contact-titel = Контакти
info-contact-gemeente = Муніципалітет { $gemeente }
info-contact-hulp = Не виходить через інтернет? Зателефонуйте або прийдіть особисто. Працівник Вам допоможе.
info-contact-clientondersteuning-titel = Безкоштовна допомога з Вашим запитом
info-contact-clientondersteuning-uitleg = Ці організації безкоштовно надають таку допомогу: { $begrip }. Вони допомагають Вам із запитом до муніципалітету. Вони не ухвалюють рішення щодо Вашого запиту.
info-contact-clientondersteuning-link = Попросити підтримку клієнта
