## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = Муніципалітет мав ухвалити рішення не пізніше ніж { $datum }. Цього не сталося.
ingebreke-beslis-aanvraag = Так Ви кажете муніципалітету: ухваліть рішення щодо моєї заяви зараз.
ingebreke-beslis-bezwaar = Так Ви кажете муніципалітету: ухваліть рішення зараз, бо Ви запізнюєтеся.
ingebreke-hoe = Тоді надішліть муніципалітету лист або електронний лист: { $email }. Напишіть у ньому, що муніципалітет запізнюється. Також укажіть номер { $referentie }.
ingebreke-gebeurtenis = Муніципалітет отримав Ваш лист про те, що він запізнюється.
ingebreke-fout-datum = Укажіть дату, коли надійшов лист.
ingebreke-fout-datum-bestaat-niet = Такої дати не існує. Ще раз перевірте день і місяць.
ingebreke-fout-toekomst = Ця дата ще не настала.
ingebreke-fout-te-vroeg = Лист надійшов зарано. Муніципалітет мав час до { $datum } включно. Повідомлення про прострочення діє лише після цієї дати (Awb, стаття 4:17). Мешканець може надіслати новий лист.
ingebreke-staf-titel = Повідомлення про прострочення { $referentie }
ingebreke-staf-einde = Муніципалітет мав ухвалити рішення не пізніше ніж { $datum }.
ingebreke-staf-uitleg = Мешканець написав, що муніципалітет запізнюється? Враховується кожен лист, також лист поштою або електронний лист (Awb, стаття 4:17). Укажіть, коли він надійшов. Через два тижні після цього починається штраф за затримку.
ingebreke-staf-ontvangen = Коли надійшов лист або електронний лист?
ingebreke-staf-knop = Зареєструвати повідомлення про прострочення
ingebreke-staf-geen = Муніципалітет уже ухвалив рішення, або заява ще не чекає на рішення. Зараз не можна зареєструвати повідомлення про прострочення.
ingebreke-staf-link = Повідомлення про прострочення і штраф за затримку
ingebreke-mail-onderwerp = Новини щодо Вашої заяви { $referentie }
ingebreke-mail-knop = Переглянути Вашу заяву
