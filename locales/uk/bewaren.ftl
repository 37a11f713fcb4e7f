# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = Зберігання і видалення
bewaren-link = Зберігання і видалення
bewaren-intro = Щодня портал видаляє те, що більше не можна зберігати. Тут указано строки. А також скільки портал видалив. Імен тут немає.
bewaren-termijnen = Строки
bewaren-geen-termijnen = У профілі муніципалітету немає строків. Тоді портал видаляє лише прострочені посилання для входу та сесії.
bewaren-dagen = { $dagen ->
    [one] { $dagen } день
    [few] { $dagen } дні
    [many] { $dagen } днів
   *[other] { $dagen } дня
}
bewaren-dagen-vooraf = { $dagen ->
    [one] за { $dagen } день
    [few] за { $dagen } дні
    [many] за { $dagen } днів
   *[other] за { $dagen } дня
}
bewaren-jaren = { $jaren ->
    [one] { $jaren } рік
    [few] { $jaren } роки
    [many] { $jaren } років
   *[other] { $jaren } року
}
bewaren-bron = Джерело
bewaren-zaken-caption = Закриті справи, від дати закриття справи
bewaren-kolom-regeling = Програма
bewaren-kolom-jaren = Роки
bewaren-kolom-bron = Джерело
bewaren-rondes = Останні цикли
bewaren-rondes-geen = Ще не було жодного циклу.
bewaren-rondes-caption = Що видалив кожен цикл
bewaren-kolom-dag = День
bewaren-bezig = (триває)
bewaren-soort-waarschuwing = Попереджувальний електронний лист
bewaren-soort-concept = Чернетки
bewaren-soort-inloglink = Посилання для входу
bewaren-soort-sessie = Сесії
bewaren-soort-mail = Надіслані електронні листи
bewaren-soort-toegangslog = Журнал переглядів
bewaren-soort-zaak = Закриті справи
bewaren-stop-titel = Заборона видалення
bewaren-stop-uit = Для цієї справи немає заборони видалення. Портал видалить справу, коли мине строк зберігання.
bewaren-stop-aan = Для цієї справи діє заборона видалення з { $datum }. Портал не видаляє справу. Причина:
bewaren-stop-reden-aan = Чому справу треба зберегти? Наприклад: оскарження в суді.
bewaren-stop-reden-uit = Чому можна зняти заборону видалення?
bewaren-stop-reden-hint = Мешканець побачить цю причину в журналі справи.
bewaren-stop-knop-aan = Увімкнути заборону видалення
bewaren-stop-knop-uit = Зняти заборону видалення
bewaren-stop-fout-leeg = Укажіть причину.
bewaren-stop-fout-lang = { $max ->
    [one] Використайте не більше ніж { $max } символ.
    [few] Використайте не більше ніж { $max } символи.
    [many] Використайте не більше ніж { $max } символів.
   *[other] Використайте не більше ніж { $max } символу.
}
bewaren-mail-onderwerp = Ми видалимо Вашу чернетку через тиждень
bewaren-mail-wanneer = Ви почали заяву або звернення. Ви ще не надіслали це до муніципалітету. Ми видалимо цю чернетку { $datum }.
bewaren-mail-houden = Хочете її зберегти? Тоді продовжте заповнення в розділі «Мій кабінет». Або надішліть її.
bewaren-mail-knop = До розділу «Мій кабінет»
bewaren-mail-waarom = Ми не зберігаємо Ваші дані довше, ніж потрібно. Тому ми видаляємо чернетку, яку Ви довго не змінювали.
