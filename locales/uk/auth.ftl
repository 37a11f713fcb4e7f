## Sign-in by e-mail link.

auth-inloggen-titel = Вхід
auth-inloggen-uitleg = Ви входите за допомогою своєї електронної адреси. Ви отримаєте електронний лист із посиланням. За цим посиланням Ви входите.
auth-inloggen-geen-wachtwoord = Пароль Вам не потрібен.
auth-email-label = Ваша електронна адреса
auth-email-hint = Наприклад, naam@voorbeeld.nl
auth-email-leeg = Укажіть свою електронну адресу.
auth-email-ongeldig = Укажіть електронну адресу, наприклад naam@voorbeeld.nl.
auth-inloggen-knop = Надішліть мені посилання
auth-inloggen-digid = Пізніше тут можна буде входити також через DigiD.
auth-verstuurd-titel = Перевірте свою електронну пошту
auth-verstuurd-tekst = Ми надіслали електронний лист на адресу, яку Ви вказали. Натисніть посилання в цьому листі.
auth-verstuurd-geldig = Посилання діє { $minuten ->
        [one] { $minuten } хвилину
        [few] { $minuten } хвилини
        [many] { $minuten } хвилин
       *[other] { $minuten } хвилини
    }. Ви можете використати посилання один раз.
auth-verstuurd-niets = Не отримали листа? Перевірте також папку зі спамом.
auth-verstuurd-opnieuw = Попросити нове посилання
auth-bevestig-titel = Вхід
auth-bevestig-tekst = Натисніть кнопку, щоб увійти.
auth-bevestig-knop = Увійти
auth-verlopen-titel = Це посилання більше не діє
auth-verlopen-tekst = Посилання діє { $minuten ->
        [one] { $minuten } хвилину
        [few] { $minuten } хвилини
        [many] { $minuten } хвилин
       *[other] { $minuten } хвилини
    } і лише один раз. Можливо, Ви вже використали це посилання.
auth-verlopen-opnieuw = Попросити нове посилання
auth-uitloggen-knop = Вийти
auth-uitgelogd-titel = Ви вийшли
auth-uitgelogd-tekst = Закрийте браузер, якщо Ви користуєтеся комп'ютером разом з іншими.
auth-uitgelogd-opnieuw = Увійти знову
auth-uitgelogd-opgeheven = Ми видалили Ваш обліковий запис. Ми стерли з порталу все про Вас.
auth-mail-onderwerp = Вхід на портал муніципалітету { $gemeente }
auth-mail-tekst = Ви хочете увійти на портал муніципалітету { $gemeente }. Натисніть посилання, щоб увійти.
auth-mail-knop = Увійти
auth-mail-geldig = Посилання діє { $minuten ->
        [one] { $minuten } хвилину
        [few] { $minuten } хвилини
        [many] { $minuten } хвилин
       *[other] { $minuten } хвилини
    }. Ви можете використати посилання один раз.
auth-mail-niet-gevraagd = Ви не просили про це самі? Тоді нічого робити не треба. Без цього посилання ніхто не може увійти.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = Ваш обліковий запис муніципалітету
auth-met-aanbieder = Увійти через { $aanbieder }
auth-pagina-vraagt = На цю сторінку Ви входите через { $aanbieders }.
auth-of-email = Або увійдіть за допомогою своєї електронної адреси
auth-voor-medewerkers = Ви працюєте в муніципалітеті?
auth-afgebroken = Ви перервали вхід через { $aanbieder }. Ви не увійшли.
auth-bewaard-tekst = Ви деякий час були неактивні. Тому Ви автоматично вийшли з системи. Те, що Ви ввели, ми зберегли.
auth-bewaard-opnieuw = Увійдіть знову. Потім Ви продовжите з того місця, де зупинилися.
auth-fout-titel = Не вдалося увійти
auth-fout-digid = Сталася помилка у зв'язку з DigiD. Спробуйте ще раз пізніше. Якщо ця помилка не зникає, перегляньте найновішу інформацію на вебсайті https://www.digid.nl.
auth-fout-eherkenning = Щось пішло не так у зв'язку з eHerkenning. Спробуйте ще раз пізніше. Помилка повторюється? Тоді перегляньте найновішу інформацію на вебсайті https://www.eherkenning.nl.
auth-fout-medewerker = Не вдалося увійти з Вашим обліковим записом муніципалітету. Спробуйте ще раз пізніше. Усе ще не виходить? Попросіть допомоги в службі підтримки муніципалітету.
auth-fout-naar-start = На головну сторінку
auth-geen-poging-titel = Не вдалося увійти
auth-geen-poging-tekst = Ми вже не знаємо, що Ви хотіли увійти. Можливо, це тривало задовго або Ви використали старе посилання. Спробуйте ще раз.
auth-adres-titel = Ваша електронна адреса
auth-adres-waarom = Ми надсилаємо Вам електронний лист, коли у Вашій справі щось змінюється. Для цього нам потрібна Ваша електронна адреса.
auth-adres-link = Ви отримаєте електронний лист із посиланням. За цим посиланням Ви підтверджуєте, що адреса належить Вам.
auth-adres-knop = Надішліть мені посилання
auth-adres-overslaan = Не зараз, продовжити без електронної пошти
auth-verder-titel = Продовжте з того місця, де зупинилися
auth-verder-tekst = Ви знову увійшли. Те, що Ви ввели, збережено. Натисніть кнопку, щоб це надіслати.
auth-verder-knop = Далі
auth-bsn = Ви увійшли через DigiD. Ваш BSN: { $bsn }
