## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = До основного вмісту
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = Помилка: { $titel } - { $gemeente }
ui-quick-exit = Швидко піти з цієї сторінки
ui-back-link = Назад
ui-paginering-vorige = Попередня сторінка
ui-paginering-volgende = Наступна сторінка
ui-paginering-pagina = { $nummer ->
       *[other] Сторінка { $nummer }
    }
ui-paginering-van = { $aantal ->
        [one] Сторінка { $nummer } з { $aantal }
        [few] Сторінка { $nummer } з { $aantal }
        [many] Сторінка { $nummer } з { $aantal }
       *[other] Сторінка { $nummer } з { $aantal }
    }

ui-header-portal = портал
ui-header-nav-label = Меню
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = Українська
ui-header-signed-in-as = Ви увійшли як { $email }
ui-header-my-loket = Мій кабінет
ui-header-back-office = Робочі завдання
ui-header-sign-in = Увійти
ui-header-sign-out = Вийти

ui-footer-nav-label = Про цей вебсайт
ui-footer-accessibility = Доступність
ui-footer-privacy = Конфіденційність
ui-footer-contact = Контакти
ui-footer-gemeente = Муніципалітет { $gemeente }

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = Помилка:
ui-error-summary-title = Виникла проблема
ui-date-input-hint = Наприклад, 27 3 2026
ui-date-birth-hint = Наприклад, 15 8 1956
ui-date-input-day = День
ui-date-input-month = Місяць
ui-date-input-year = Рік
ui-textarea-limit = Ви можете використати не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
ui-file-upload-max = Розмір файлу — не більше ніж { $mb } МБ.
ui-file-upload-meer = Ви можете вибрати до { $aantal ->
        [one] { $aantal } файлу
        [few] { $aantal } файлів
        [many] { $aantal } файлів
       *[other] { $aantal } файлу
    } одночасно. Кожен файл — не більше ніж { $mb } МБ, разом — не більше ніж { $samen } МБ.
ui-summary-list-change = Змінити
ui-notification-banner-info = Важливо
ui-notification-banner-success = Успішно
ui-notification-banner-problem = Щось пішло не так
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = Ми не змогли зберегти те, що Ви ввели. Це наша помилка, а не Ваша.
ui-niet-bewaard-opnieuw = Ваші відповіді ще є на цій сторінці. Спробуйте ще раз за кілька хвилин.
ui-step-indicator = Крок { $stap } з { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = Виконано:
ui-timeline-current = Зараз:
ui-timeline-next = Далі:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = Компоненти
ui-gallery-intro = На цій сторінці показано всі елементи порталу. Сторінка призначена для тестувальників і розробників.
ui-gallery-intro-forms = Форми на цій сторінці нічого не надсилають.
ui-gallery-contents = На цій сторінці
ui-gallery-normal = Без помилки
ui-gallery-with-error = З помилкою
ui-gallery-send = Надіслати

ui-gallery-text-input = Текстове поле
ui-gallery-textarea = Текстова область
ui-gallery-radios = Перемикачі
ui-gallery-checkboxes = Прапорці
ui-gallery-date-input = Дата
ui-gallery-file-upload = Додати файл
ui-gallery-select = Список вибору
ui-gallery-fieldset = Група запитань
ui-gallery-buttons = Кнопки
ui-gallery-error-summary = Огляд помилок
ui-gallery-hint-error = Пояснення і повідомлення про помилку
ui-gallery-summary-list = Огляд відповідей
ui-gallery-panel = Підтвердження
ui-gallery-banner = Оголошення
ui-gallery-step = Крок у формі
ui-gallery-details = Розгортуваний текст
ui-gallery-tags = Мітки
ui-gallery-timeline = Хронологія
ui-gallery-page = Параметри сторінки
ui-gallery-page-text = Угорі цієї сторінки є посилання назад. Праворуч угорі є кнопка, щоб швидко піти.

ui-gallery-name-label = Повне ім'я
ui-gallery-name-hint = Так, як у Вашому паспорті.
ui-gallery-email-label = Електронна адреса
ui-gallery-email-error = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
ui-gallery-phone-label = Номер телефону
ui-gallery-house-number-label = Номер будинку
ui-gallery-amount-label = Сума в євро
ui-gallery-story-label = Яке у Вас запитання?
ui-gallery-story-hint = Розкажіть своїми словами, що Вам потрібно.
ui-gallery-story-error = Напишіть своє запитання.
ui-gallery-help-label = Ви вже отримуєте допомогу?
ui-gallery-help-yes = Так
ui-gallery-help-yes-hint = Наприклад, від родини, сусідів або служби догляду вдома.
ui-gallery-help-no = Ні
ui-gallery-help-error = Виберіть, чи отримуєте Ви вже допомогу.
ui-gallery-needs-label = З чим Вам потрібна допомога?
ui-gallery-needs-hint = Виберіть усе, що Вам підходить.
ui-gallery-needs-household = Хатні справи
ui-gallery-needs-moving = Пересування в домі й біля нього
ui-gallery-needs-transport = Транспорт
ui-gallery-needs-error = Виберіть хоча б одну тему.
ui-gallery-start-label = Коли почалася проблема?
ui-gallery-birth-label = Яка Ваша дата народження?
ui-gallery-birth-hint = Наприклад, 15 8 1956
ui-gallery-birth-error = Укажіть дату народження, яка існує.
ui-gallery-file-label = Додайте лист або звіт
ui-gallery-file-hint = Використовуйте pdf, jpg або png.
ui-gallery-file-error = Файл завеликий. Виберіть файл до 10 МБ.
ui-gallery-select-label = Як з Вами зв'язатися?
ui-gallery-select-choose = Виберіть спосіб
ui-gallery-select-phone = Телефон
ui-gallery-select-email = Електронна пошта
ui-gallery-select-letter = Лист
ui-gallery-select-error = Виберіть, як з Вами зв'язатися.
ui-gallery-address-legend = Яка Ваша адреса?
ui-gallery-address-hint = Адреса, де Ви живете.
ui-gallery-street-label = Вулиця і номер будинку
ui-gallery-postcode-label = Поштовий індекс
ui-gallery-city-label = Населений пункт
ui-gallery-button-secondary = Зберегти і продовжити пізніше
ui-gallery-button-warning = Видалити
ui-gallery-button-link = Почати зараз
ui-gallery-standalone-hint = Це пояснення. Воно стоїть під запитанням.
ui-gallery-standalone-error = Це повідомлення про помилку. Воно каже, що не так.
ui-gallery-summary-address = Адреса
ui-gallery-panel-title = Запит отримано
ui-gallery-panel-body = Ваш номер
ui-gallery-banner-info = Ви можете надіслати свій план протягом 7 днів від сьогодні.
ui-gallery-banner-success = Ми зберегли Ваші дані.
ui-gallery-step-name = Ваша ситуація
ui-gallery-details-summary = Що таке підтримка клієнта?
ui-gallery-details-text = Помічник клієнта допомагає Вам безкоштовно. Він або вона на Вашому боці, а не на боці муніципалітету.
ui-gallery-tag-neutral = Ще не розпочато
ui-gallery-tag-info = Розглядається
ui-gallery-tag-success = Надано
ui-gallery-tag-warning = Чекає на Вас
ui-gallery-tag-error = Відмовлено
ui-gallery-timeline-received = Запит отримано
ui-gallery-timeline-received-text = Ми отримали Ваш запит.
ui-gallery-timeline-talk = Розмова
ui-gallery-timeline-talk-text = Консультант обговорює з Вами, що Вам потрібно.
ui-gallery-timeline-decision = Рішення
ui-gallery-timeline-decision-text = Ви отримаєте лист із нашим рішенням.

# The line on every page while someone acts for another person.
ui-namens-label = Для кого Ви працюєте
ui-namens-text = Зараз Ви дієте від імені людини: { $naam }.
ui-namens-switch = Змінити
# Beside a file in a list.
ui-bestand-controle = ми ще перевіряємо цей файл на віруси
ui-bestand-besmet = у ньому був вірус; ми його видалили
ui-in-het-nederlands = Це муніципалітет написав нідерландською мовою.
