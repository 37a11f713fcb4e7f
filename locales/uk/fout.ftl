## Error pages.

fout-niet-gevonden-titel = Такої сторінки не існує
fout-niet-gevonden-tekst = Ми не можемо знайти цю сторінку.
fout-niet-gevonden-adres = Ви самі ввели адресу? Тоді перевірте, чи вона правильна.
fout-formulier-titel = Ми не отримали Вашу форму
fout-formulier-tekst = Ваш браузер надіслав форму способом, якому ми не довіряємо.
fout-formulier-opnieuw = Поверніться до форми і спробуйте ще раз.
fout-te-groot-titel = Це завелике
fout-te-groot-tekst = Форма або файл більші, ніж ми можемо прийняти. Поверніться і виберіть менший файл.
fout-te-vaak-titel = Ви пробували надто багато разів
fout-te-vaak-tekst = Зачекайте 15 хвилин. Потім спробуйте ще раз.
fout-verzoek-titel = Щось пішло не так
fout-verzoek-tekst = Ми не розуміємо Ваш запит. Поверніться і спробуйте ще раз.
fout-server-titel = У нас щось пішло не так
fout-server-tekst = Це наша помилка, а не Ваша.
fout-server-later = Спробуйте ще раз за кілька хвилин.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = Портал запускається
fout-opstarten-tekst = Ми зараз готуємо портал до роботи. Зазвичай це триває менше хвилини.
fout-opstarten-later = Спробуйте ще раз за хвилину.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = Що Ви ввели
fout-server-invoer-tekst = Ми не змогли це зберегти. Скопіюйте текст, якщо хочете його залишити. Тоді Вам не доведеться вводити його знову.
fout-bel-ons = Не виходить? Зателефонуйте до муніципалітету { $gemeente } за номером { $telefoon }.
fout-naar-start = На головну сторінку
fout-tegelijk-titel = Хтось інший Вас випередив
fout-tegelijk-tekst = Хтось інший змінив це в той самий момент. Нічого не втрачено. Поверніться і спробуйте ще раз.
fout-te-veel-berichten-titel = Сьогодні ми більше не можемо надсилати повідомлення
fout-te-veel-berichten-tekst = За день ми надсилаємо лише кілька повідомлень від імені однієї людини й на одну адресу. Так ніхто не може використати портал, щоб докучати іншим.
fout-te-veel-berichten-morgen = Ми нічого не надіслали. Спробуйте ще раз завтра.
fout-controle-titel = Ми ще перевіряємо цей файл
fout-controle-tekst = Ми перевіряємо, чи немає у файлі вірусу. Зазвичай це триває кілька хвилин. Після цього Ви зможете його відкрити.
fout-controle-later = Спробуйте пізніше.
