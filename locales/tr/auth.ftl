## Sign-in by e-mail link.

auth-inloggen-titel = Giriş yap
auth-inloggen-uitleg = E-posta adresinizle giriş yaparsınız. Size bağlantı içeren bir e-posta gelir. Bu bağlantıyla giriş yaparsınız.
auth-inloggen-geen-wachtwoord = Şifreye ihtiyacınız yok.
auth-email-label = E-posta adresiniz
auth-email-hint = Örneğin naam@voorbeeld.nl
auth-email-leeg = E-posta adresinizi yazın.
auth-email-ongeldig = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
auth-inloggen-knop = Bana bağlantı gönder
auth-inloggen-digid = İleride burada DigiD ile de giriş yapabileceksiniz.
auth-verstuurd-titel = E-postanıza bakın
auth-verstuurd-tekst = Yazdığınız adrese bir e-posta gönderdik. Bu e-postadaki bağlantıya tıklayın.
auth-verstuurd-geldig = Bağlantı { $minuten ->
        [one] { $minuten } dakika
       *[other] { $minuten } dakika
    } geçerlidir. Bağlantıyı bir kez kullanabilirsiniz.
auth-verstuurd-niets = E-posta gelmedi mi? İstenmeyen e-posta (spam) klasörüne de bakın.
auth-verstuurd-opnieuw = Yeni bir bağlantı isteyin
auth-bevestig-titel = Giriş yap
auth-bevestig-tekst = Giriş yapmak için düğmeye tıklayın.
auth-bevestig-knop = Giriş yap
auth-verlopen-titel = Bu bağlantı artık çalışmıyor
auth-verlopen-tekst = Bir bağlantı { $minuten ->
        [one] { $minuten } dakika
       *[other] { $minuten } dakika
    } ve sadece bir kez çalışır. Belki bağlantıyı zaten kullandınız.
auth-verlopen-opnieuw = Yeni bir bağlantı isteyin
auth-uitloggen-knop = Çıkış yap
auth-uitgelogd-titel = Çıkış yaptınız
auth-uitgelogd-tekst = Bilgisayarı başkalarıyla paylaşıyorsanız tarayıcıyı kapatın.
auth-uitgelogd-opnieuw = Tekrar giriş yap
auth-uitgelogd-opgeheven = Hesabınızı sildik. Sizinle ilgili her şeyi portaldan sildik.
auth-mail-onderwerp = { $gemeente } Belediyesine giriş
auth-mail-tekst = { $gemeente } Belediyesinin portalına giriş yapmak istiyorsunuz. Giriş yapmak için bağlantıya tıklayın.
auth-mail-knop = Giriş yap
auth-mail-geldig = Bağlantı { $minuten ->
        [one] { $minuten } dakika
       *[other] { $minuten } dakika
    } geçerlidir. Bağlantıyı bir kez kullanabilirsiniz.
auth-mail-niet-gevraagd = Bunu siz istemediniz mi? O zaman bir şey yapmanız gerekmez. Bu bağlantı olmadan kimse giriş yapamaz.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = belediye hesabınız
auth-met-aanbieder = { $aanbieder } ile giriş yap
auth-pagina-vraagt = Bu sayfa için { $aanbieders } ile giriş yaparsınız.
auth-of-email = Veya e-posta adresinizle giriş yapın
auth-voor-medewerkers = Belediyede mi çalışıyorsunuz?
auth-afgebroken = { $aanbieder } ile girişi yarıda bıraktınız. Giriş yapılmadı.
auth-bewaard-tekst = Bir süre işlem yapmadınız. Bu yüzden oturumunuz kapatıldı. Doldurduklarınızı kaydettik.
auth-bewaard-opnieuw = Tekrar giriş yapın. Sonra kaldığınız yerden devam edersiniz.
auth-fout-titel = Giriş yapılamadı
auth-fout-digid = DigiD ile iletişimde bir hata oluştu. Lütfen daha sonra tekrar deneyin. Bu hata devam ederse, en son bilgiler için https://www.digid.nl sitesine bakın.
auth-fout-eherkenning = eHerkenning ile iletişimde bir sorun oldu. Daha sonra tekrar deneyin. Bu hata tekrar mı ediyor? O zaman en son bilgiler için https://www.eherkenning.nl sitesine bakın.
auth-fout-medewerker = Belediye hesabınızla giriş yapılamadı. Daha sonra tekrar deneyin. Yine olmuyor mu? Belediyenin yardım masasından yardım isteyin.
auth-fout-naar-start = Ana sayfaya git
auth-geen-poging-titel = Giriş yapılamadı
auth-geen-poging-tekst = Giriş denemenizi artık bulamıyoruz. Belki çok uzun sürdü veya eski bir bağlantı kullandınız. Tekrar deneyin.
auth-adres-titel = E-posta adresiniz
auth-adres-waarom = Dosyanızda bir şey değişirse size e-posta göndeririz. Bunun için e-posta adresinize ihtiyacımız var.
auth-adres-link = Size bağlantı içeren bir e-posta gelir. Bu bağlantıyla adresin size ait olduğunu onaylarsınız.
auth-adres-knop = Bana bağlantıyı gönder
auth-adres-overslaan = Şimdi değil, e-posta olmadan devam et
auth-verder-titel = Kaldığınız yerden devam edin
auth-verder-tekst = Tekrar giriş yaptınız. Doldurduklarınız kaydedildi. Göndermek için düğmeye tıklayın.
auth-verder-knop = Devam
auth-bsn = DigiD ile giriş yaptınız. BSN numaranız: { $bsn }
