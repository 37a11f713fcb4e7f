## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = Ви надішлете свої причини пізніше?
bezwaar-pro-forma-keuze = Так, я надішлю свої причини пізніше
bezwaar-pro-forma-uitleg = Зараз у Вас немає часу все записати? Тоді вже зараз надішліть своє заперечення, щоб не пропустити строк. Після цього муніципалітет дасть Вам час надіслати свої причини.
bezwaar-documenten-titel = Документи до Вашого заперечення
bezwaar-document-weg = Прибрати { $naam }
bezwaar-document-weg-label = Хочете прибрати документ?
bezwaar-bestand-label = Додати документи (за бажанням)
bezwaar-bestand-hint = Наприклад, лист від Вашого лікаря або фото.
bezwaar-verder = Далі
bezwaar-opslaan = Зберегти і продовжити пізніше
bezwaar-klaar-opgeslagen = Ми зберегли Ваше заперечення. Ви його ще не надіслали.
bezwaar-klaar-ingetrokken = Ви відкликали своє заперечення. Ви можете подати заперечення знову, поки триває строк.
bezwaar-opnieuw = Раніше Ви подали заперечення і відкликали його. Ви можете подати заперечення знову.
bezwaar-hierna-titel = Що відбувається потім?
bezwaar-hierna-weken = Муніципалітет ухвалює рішення протягом { $weken ->
        [one] { $weken } тижня
        [few] { $weken } тижнів
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після останнього дня для подання заперечення. Цей строк можна один раз продовжити на 6 тижнів. Тоді Ви заздалегідь отримаєте про це лист.
bezwaar-hierna-gesprek = Зазвичай муніципалітет запрошує Вас на розмову про Ваше заперечення. Там Ви можете пояснити, чому Ви не згодні.
bezwaar-voorlopig-titel = Ви не можете чекати на рішення?
bezwaar-voorlopig-tekst = Щось має статися швидко? Тоді Ви можете попросити суд про тимчасовий захід (voorlopige voorziening). Це швидке рішення на час розгляду Вашого заперечення. Про нього просять у суді Вашого регіону. За це Ви сплачуєте судовий збір (griffierecht). Вам може допомогти адвокат або Juridisch Loket.

bezwaar-gronden-later = Ви надішлете свої причини пізніше.
bezwaar-geen-documenten = Немає документів
bezwaar-rij-besluit = Рішення від
bezwaar-rij-gronden = Чому Ви не згодні
bezwaar-controleren-titel = Перевірте своє заперечення
bezwaar-controleren-intro = Перевірте, чи все правильно. Хочете щось змінити? Тоді натисніть «Змінити».
bezwaar-versturen-titel = Надіслати
bezwaar-versturen-tekst = Коли Ви натиснете кнопку, муніципалітет отримає Ваше заперечення. Ви отримаєте електронний лист про те, що ми його отримали.

bezwaar-titel-verstuurd = Ваше заперечення
bezwaar-klaar-verstuurd = Ми отримали Ваше заперечення.
bezwaar-klaar-mail = Ви також отримаєте про це електронний лист. На цій сторінці Ви бачите, що відбувається з Вашим запереченням.
bezwaar-klaar-aangevuld = Ми отримали Ваше доповнення.
bezwaar-beslist-uiterlijk = Муніципалітет ухвалить рішення не пізніше ніж { $datum }.
bezwaar-beslist-uitleg = Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після { $datum } — останнього дня для подання заперечення.
bezwaar-aanvullen-tot = Надішліть свої причини не пізніше ніж { $datum }.
bezwaar-aanvullen-te-laat = Цей день минув. Усе одно надішліть свої причини якнайшвидше. Тоді муніципалітет уже не зобов'язаний розглядати Ваше заперечення. Але він може це зробити.
bezwaar-aanvullen-zo-snel = Надішліть свої причини якнайшвидше. Муніципалітет повідомить Вам, до якої дати це можна зробити.
bezwaar-aangevuld-na-termijn = Причини надійшли { $datum }, тобто після вказаної дати.
bezwaar-aanvulling-van = Доповнення від { $datum }
bezwaar-stappen-titel = Що сталося з Вашим запереченням
bezwaar-stap-ingediend = Ви подали заперечення.
bezwaar-stap-ingediend-pro-forma = Ви подали заперечення. Причини будуть пізніше.
bezwaar-stap-bevestigd = Муніципалітет підтвердив, що отримав Ваше заперечення.
bezwaar-stap-aanvullen-tot = Муніципалітет попросив Вас надіслати свої причини не пізніше ніж { $datum }.
bezwaar-stap-aangevuld = Ви надіслали додаткові пояснення або документи.
bezwaar-stap-hoorzitting = Муніципалітет запросив Вас на розмову { $datum } о { $tijd }. Місце: { $plaats }.
bezwaar-stap-horen-afgezien = Муніципалітет ухвалить рішення без розмови. Причина: { $reden }
bezwaar-stap-verdaagd = Муніципалітет ухвалить рішення пізніше. Причина: { $reden }
bezwaar-stap-beslist = Муніципалітет ухвалив рішення щодо Вашого заперечення.
bezwaar-stap-ingetrokken = Ви відкликали своє заперечення.
bezwaar-beslissing-titel = Рішення щодо Вашого заперечення
bezwaar-beslissing-waarom = Чому
bezwaar-beslissing-nieuw = Нове рішення
bezwaar-uitkomst-gegrond = Ви маєте рацію. Рішення змінюється.
bezwaar-uitkomst-deels-gegrond = Ви частково маєте рацію. Рішення частково змінюється.
bezwaar-uitkomst-ongegrond = Ви не маєте рації. Рішення залишається таким, як було.
bezwaar-uitkomst-niet-ontvankelijk = Муніципалітет не розглядає Ваше заперечення. Рішення залишається таким, як було.
bezwaar-beroep = Ви не згодні з цим рішенням? Тоді Ви можете оскаржити його в суді. Це можна зробити протягом 6 тижнів після дня, коли муніципалітет надіслав рішення.
bezwaar-aanvullen-titel = Надіслати свої причини
bezwaar-aanvullen-uitleg = Напишіть, чому Ви не згодні з рішенням. Ви також можете додати документи.
bezwaar-aanvullen-label = Чому Ви не згодні з рішенням?
bezwaar-aanvullen-knop = Надіслати причини
bezwaar-aanvullen-leeg = Напишіть, що хочете додати, або виберіть документ.
bezwaar-intrekken-titel = Відкликати заперечення
bezwaar-intrekken-link = Я хочу відкликати своє заперечення
bezwaar-intrekken-uitleg = Ви відкликаєте своє заперечення? Тоді муніципалітет припиняє його розгляд. Рішення залишається таким, як є.
bezwaar-intrekken-opnieuw = Строк для подання заперечення ще триває? Тоді після цього Ви можете знову подати заперечення.
bezwaar-intrekken-knop = Так, відкликати моє заперечення

bezwaar-staf-titel = Заперечення у справі { $referentie }
bezwaar-staf-vastgelegd = Зареєстровано. Мешканець отримає про це електронний лист.
bezwaar-staf-ingetrokken = Мешканець відкликав це заперечення.
bezwaar-staf-gronden = Підстави заперечення
bezwaar-staf-pro-forma = Підстав ще немає: мешканець надішле їх пізніше (заперечення pro forma).
bezwaar-rij-ingediend = Заперечення отримано
bezwaar-rij-termijn = Строк подання заперечення
bezwaar-binnen-termijn = У межах строку
bezwaar-na-termijn = Після строку, який тривав до { $datum } включно. Оцініть, чи могло запізнення мешканця бути виправданим (Awb, стаття 6:11).
bezwaar-rij-beslissen = Ухвалити рішення не пізніше ніж
bezwaar-staf-ontvangst = Підтвердити отримання
bezwaar-staf-ontvangst-uitleg = Мешканець отримає електронний лист про те, що муніципалітет отримав заперечення (Awb, стаття 6:14).
bezwaar-staf-aanvullen = Дати строк для подання підстав
bezwaar-staf-aanvullen-uitleg = Заперечення ще не має підстав. Дайте мешканцеві строк, щоб їх надіслати (Awb, стаття 6:6).
bezwaar-staf-aanvullen-label = Не пізніше ніж
bezwaar-staf-hoorzitting = Запланувати слухання
bezwaar-staf-datum = Дата слухання
bezwaar-staf-tijd = Час
bezwaar-staf-tijd-hint = Наприклад, 14:30
bezwaar-staf-plaats = Місце
bezwaar-staf-commissie-label = Хто заслуховує мешканця?
bezwaar-staf-commissie = Консультативна комісія з розгляду заперечень
bezwaar-staf-horen-afgezien = Відмовитися від слухання
bezwaar-staf-horen-reden = Чому слухання не буде?
bezwaar-staf-horen-hint = Це можна лише у випадках зі статті 7:3 Awb. Наприклад: заперечення очевидно безпідставне, або мешканець відмовляється від розмови.
bezwaar-staf-verdagen = Відкласти рішення
bezwaar-staf-verdagen-uitleg = Це можна зробити один раз, на 6 тижнів, і лише до того, як мине строк для рішення (Awb, стаття 7:10, частина 3).
bezwaar-staf-verdagen-reden = Чому муніципалітет ухвалить рішення пізніше?
bezwaar-staf-beslissen = Ухвалити рішення щодо заперечення
bezwaar-staf-uitkomst = Рішення
bezwaar-staf-motivering = Обґрунтування
bezwaar-staf-nieuw-besluit = Нове рішення
bezwaar-staf-nieuw-besluit-hint = Лише якщо рішення змінюється: що мешканець тепер отримує, з якої дати і на який строк.

bezwaar-fout-datum = Укажіть день, місяць і рік.
bezwaar-fout-datum-bestaat-niet = Такої дати не існує.
bezwaar-fout-datum-na-vandaag = Виберіть дату після сьогоднішньої.
bezwaar-fout-datum-voorbij = Ця дата вже минула.
bezwaar-fout-tijd = Укажіть час, наприклад 14:30.
bezwaar-fout-leeg = Заповніть це поле.
bezwaar-fout-te-lang = Використайте не більше ніж { $aantal ->
        [one] { $aantal } символ
        [few] { $aantal } символи
        [many] { $aantal } символів
       *[other] { $aantal } символу
    }.
bezwaar-fout-uitkomst = Виберіть рішення.

bezwaar-mail-onderwerp = Новини щодо Вашого заперечення ({ $referentie })
bezwaar-mail-ontvangen = Ми отримали Ваше заперечення. Муніципалітет ухвалить рішення не пізніше ніж { $datum }.
bezwaar-mail-redenen-later = Ви надішлете свої причини пізніше. Зробіть це якнайшвидше.
bezwaar-mail-bevestigd = Муніципалітет підтверджує, що отримав Ваше заперечення.
bezwaar-mail-aanvullen = Не пізніше ніж { $datum } надішліть, чому Ви не згодні з рішенням.
bezwaar-mail-aangevuld = Ми отримали Ваше доповнення до заперечення.
bezwaar-mail-hoorzitting = Муніципалітет запрошує Вас на розмову про Ваше заперечення { $datum } о { $tijd }.
bezwaar-mail-geen-hoorzitting = Муніципалітет ухвалить рішення щодо Вашого заперечення без розмови. Чому — Ви прочитаєте на порталі.
bezwaar-mail-verdaagd = Муніципалітет ухвалить рішення щодо Вашого заперечення пізніше, не пізніше ніж { $datum }.
bezwaar-mail-beslist = Муніципалітет ухвалив рішення щодо Вашого заперечення. Рішення Ви прочитаєте на порталі.
bezwaar-mail-ingetrokken = Ви відкликали своє заперечення.
bezwaar-mail-knop = Переглянути Ваше заперечення
bezwaar-mail-privacy = У цьому листі немає нічого про Вашу ситуацію. Про це Ви прочитаєте лише на порталі.
bezwaar-bekijken = Переглянути Ваше заперечення
bezwaar-staf-link-titel = Заперечення
bezwaar-staf-link-ontvangen = Заперечення отримано { $datum }.
bezwaar-staf-link = До заперечення
bezwaar-staf-geen = Ніхто не подав заперечення проти рішення в цій справі.
bezwaar-beslist-uitleg-laat = Це через { $weken ->
        [one] { $weken } тиждень
        [few] { $weken } тижні
        [many] { $weken } тижнів
       *[other] { $weken } тижня
    } після { $datum }. Того дня надійшло Ваше заперечення. Ваше заперечення надійшло після останнього дня для подання заперечень.
bezwaar-staf-eerder = Документи до попереднього заперечення, яке мешканець відкликав
bezwaar-mail-ingebreke = Муніципалітет отримав Ваш лист про те, що він запізнюється. Муніципалітет не ухвалить рішення до { $datum } включно? Тоді він щодня платитиме Вам гроші, доки не ухвалить рішення.
