## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = Yetki verilen yardımcı
machtigingen-soort-clientondersteuner = Destek danışmanı
machtigingen-soort-curator = Kayyum (curator)
machtigingen-soort-mentor = Mentor
machtigingen-soort-bewindvoerder = Mali yönetici (bewindvoerder)
machtigingen-soort-voogd = Vasi (voogd)
machtigingen-soort-ouder = Velayet sahibi ebeveyn

machtigingen-status-uitgenodigd = Henüz kabul edilmedi
machtigingen-status-wacht = Onay bekliyor
machtigingen-status-controle = Belediye bunu kontrol ediyor
machtigingen-status-actief = Şu anda geçerli
machtigingen-status-afgewezen = Onaylanmadı
machtigingen-status-beeindigd = Durduruldu

machtigingen-recht-bekijken = Dosyanıza bakmak.
machtigingen-recht-indienen = Sizin için bildirim yapmak, soruları cevaplamak ve belge göndermek.
machtigingen-recht-post = Dosyalarınızla ilgili e-postaları da almak.
machtigingen-tot = Bu, { $datum } tarihine kadar (o gün dahil) geçerlidir.
machtigingen-tot-geen = Bu, biri durdurana kadar geçerlidir.

machtigingen-namens-titel = Kimin için çalışıyorsunuz?
machtigingen-namens-intro = Kendiniz için çalışabilirsiniz. Ya da size yetki vermiş biri için. Şimdi kimin için çalıştığınızı seçin.
machtigingen-namens-zelf = Kendim için
machtigingen-namens-voor = { $naam } adına
machtigingen-namens-nu = Şu anda çalıştığınız kişi: { $naam }
machtigingen-namens-geen = Size kimse yetki vermedi.
machtigingen-namens-clienten = Danışanlarıma git
machtigingen-namens-beheer = Yetkilere git
machtigingen-namens-paginas = Adına çalışabileceğiniz kişilerin sayfaları
machtigingen-namens-zoek = Ada göre ara
machtigingen-namens-zoek-hint = Adı veya adın bir kısmını yazın.
machtigingen-namens-zoek-knop = Ara
machtigingen-namens-zoek-geen = Adında "{ $zoek }" geçen kimseyi bulamadık.
machtigingen-namens-zoek-alles = Herkesi göster

machtigingen-overzicht-titel = Yetkiler
machtigingen-overzicht-eigen = Bunlar sizin kendi yetkileriniz. { $naam } adlı kişinin yetkilerini burada görmezsiniz.
machtigingen-overzicht-intro = Yetkiyle başka biri, belediyedeki işlerinizde size yardım edebilir. O kişinin neler yapabileceğini kendiniz seçersiniz.
machtigingen-overzicht-beslist = Bir yardımcı asla sizin yerinize karar vermez. Bir yetkiyi her zaman hemen durdurabilirsiniz.
machtigingen-overzicht-nieuw = Birine yetki verin
machtigingen-overzicht-gegeven = Size kim yardım edebilir?
machtigingen-overzicht-gegeven-geen = Henüz kimseye yetki vermediniz.
machtigingen-overzicht-gekregen = Siz kime yardım ediyorsunuz?
machtigingen-overzicht-gekregen-geen = Henüz kimseye yardım etmiyorsunuz.
machtigingen-overzicht-wisselen = Kimin için çalıştığınızı seçin
machtigingen-overzicht-gekregen-paginas = Aldığınız yetkilerin sayfaları

machtigingen-nieuw-titel = Birine yetki verin
machtigingen-nieuw-intro = Bu kişiye bir e-posta göndeririz. E-postada bir bağlantı var. Yetki, ancak bu kişi daveti kabul edince geçerli olur.
machtigingen-nieuw-email = Size yardım eden kişinin e-posta adresi
machtigingen-nieuw-email-hint = Bu kişi bu adresle giriş yapmalıdır.
machtigingen-nieuw-naam = Bu kişinin adı (zorunlu değil)
machtigingen-nieuw-rechten = Bu kişi başka neler yapabilir?
machtigingen-nieuw-rechten-hint = Dosyanıza bakmak her zaman mümkündür. Buna ek olarak nelere izin verdiğinizi seçin.
machtigingen-nieuw-tot = Yetki hangi tarihe kadar (o gün dahil) geçerli olsun?
machtigingen-nieuw-tot-hint = 5 yıl içinde bir tarih seçin. Örneğin 31 12 2027.
machtigingen-nieuw-eigen-naam = Kendi adınız (zorunlu değil)
machtigingen-nieuw-eigen-naam-hint = Böylece yardımcı, bunu kimin istediğini bilir. En fazla { $max ->
        [one] { $max } karakter
       *[other] { $max } karakter
    } kullanın.
machtigingen-nieuw-beslist = Bir yardımcı asla sizin yerinize karar vermez. Yetkiyi her zaman durdurabilirsiniz.
machtigingen-nieuw-knop = Davet gönder
machtigingen-nieuw-fout-email-leeg = Size yardım eden kişinin e-posta adresini yazın.
machtigingen-nieuw-fout-email = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
machtigingen-nieuw-fout-eigen-adres = Bu sizin kendi e-posta adresiniz. Size yardım eden kişinin adresini yazın.
machtigingen-nieuw-fout-tot-leeg = Yetkinin hangi tarihe kadar (o gün dahil) geçerli olduğunu yazın.
machtigingen-nieuw-fout-tot-onvolledig = Günü, ayı ve yılı girin.
machtigingen-nieuw-fout-tot-bestaat-niet = Bu tarih yok. Günü, ayı ve yılı kontrol edin.
machtigingen-nieuw-fout-tot-bereik = Bugünden başlayarak 5 yıl içinde bir tarih seçin.

machtigingen-detail-titel-helper = { $naam } için yetki
machtigingen-detail-titel-inwoner = { $naam } adlı kişiye yardım ediyorsunuz
machtigingen-detail-verstuurd = { $naam } adlı kişiye bir e-posta gönderdik. Bu kişi daveti kabul edince yetki geçerli olur.
machtigingen-detail-status = Durum nedir?
machtigingen-detail-soort = Tür
machtigingen-detail-mag = Yardımcı neler yapabilir?
machtigingen-detail-tot = Ne kadar süre?
machtigingen-detail-sinds = Başlangıç
machtigingen-detail-nog-niet = Henüz değil
machtigingen-detail-gestopt = Durdurulma zamanı: { $moment }.
machtigingen-detail-afgewezen = Belediye bunu onaylamadı. Nedeni: { $reden }
machtigingen-detail-beslist = Bir yardımcı asla karar vermez. Belediye karar verir ve siz kendiniz seçersiniz.
machtigingen-detail-stop-uitleg = Yetkiyi durdurursanız, yardımcı dosyanıza hemen erişemez.
machtigingen-detail-stop-uitleg-helper = Yetkiyi durdurursanız, bu kişinin dosyasına hemen erişemezsiniz.
machtigingen-detail-stop = Yetkiyi durdur
machtigingen-detail-acties = Yardımcı neler yaptı?
machtigingen-detail-acties-geen = Yardımcı, dosyalarınızda henüz hiçbir şey yapmadı.
machtigingen-detail-naar-melding = Bu dosyaya git

machtigingen-actie-ingediend = { $referentie } numaralı bildirimi gönderdi.
machtigingen-actie-bekeken = { $referentie } numaralı dosyada şuna baktı: { $wat }.
machtigingen-actie-gewijzigd = { $referentie } numaralı dosyada bir işlem yaptı: { $wat }.
machtigingen-actie-gedownload = { $referentie } numaralı dosyadan bir belge açtı.

machtigingen-uitnodiging-titel = { $naam } sizden yardım istiyor
machtigingen-uitnodiging-intro = { $naam }, belediyedeki işlerinde yardım etmenizi istiyor.
machtigingen-uitnodiging-mag = O zaman şunları yapabilirsiniz:
machtigingen-uitnodiging-ja = Evet, yardım ediyorum
machtigingen-uitnodiging-nee = Hayır, yardım etmek istemiyorum
machtigingen-uitnodiging-ander-adres = Başka bir e-posta adresiyle giriş yaptınız. Çıkış yapın. Sonra bu davetin gönderildiği adresle giriş yapın.
machtigingen-uitnodiging-weg-titel = Bu davet artık çalışmıyor
machtigingen-uitnodiging-weg-tekst = Biri bu daveti zaten kullandı veya durdurdu. Ya da davet çok eski. Kişiden yeni bir davet isteyin.

machtigingen-mail-aanhef = Değerli yardımcı,
machtigingen-mail-uitnodiging-onderwerp = { $naam } sizden yardım istiyor
machtigingen-mail-uitnodiging-intro = { $naam }, belediyedeki işlerinde yardım etmenizi istiyor. O zaman şunları yapabilirsiniz:
machtigingen-mail-uitnodiging-knop = Davete bakın
machtigingen-mail-uitnodiging-onbekend = Bu kişiyi tanımıyor musunuz? O zaman bir şey yapmanız gerekmez.
machtigingen-mail-beeindigd-onderwerp = Bir yetki durduruldu
machtigingen-mail-beeindigd-tekst = { $naam } yetkiyi durdurdu.
machtigingen-mail-antwoord-onderwerp = Davetinize cevap
machtigingen-mail-antwoord-ja = { $naam } artık size yardım ediyor. Bunu Yetkiler bölümünde görürsünüz.
machtigingen-mail-antwoord-nee = { $naam } size yardım etmemeyi tercih ediyor.
machtigingen-mail-antwoord-knop = Yetkilere git

machtigingen-voorstel-titel = Bu, { $naam } adlı kişinin dosyası
machtigingen-voorstel-tekst = Şu anda { $naam } adına çalışmıyorsunuz. Bu dosyaya bakmak mı istiyorsunuz? O zaman { $naam } adına çalışın.
machtigingen-overzicht-vertegenwoordigd = { $naam } adlı kişiye kim yardım edebilir?

machtigingen-stop-zeker = Yetkiyi durdurmak istediğinizden emin misiniz?
machtigingen-stop-ja = Evet, yetkiyi durdur
machtigingen-stop-nee = Hayır, yetki devam etsin
machtigingen-stop-fout = Yetkiyi durdurmak isteyip istemediğinizi seçin.
