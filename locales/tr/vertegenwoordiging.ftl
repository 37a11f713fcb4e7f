## Vertegenwoordiging: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof. Plain language: B1, one idea per sentence.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = Yardım etme izni
vertegenwoordiging-aanbod-tekst = Bunu { $naam } için yaptınız. { $naam } adlı kişinin, yardım etmenize izin verdiğini henüz onaylaması gerekiyor.
vertegenwoordiging-aanbod-link = { $naam } adlı kişiden, yardım etmenize izin verdiğini onaylamasını isteyin

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = { $naam } adlı kişiden henüz izin istemediniz.
vertegenwoordiging-staat-mail = { $datum } tarihinde { $naam } adlı kişiye bir e-posta gönderdik. Adres: { $email }.
vertegenwoordiging-staat-geldig = Bağlantı ve kod { $datum } tarihine kadar çalışır.
vertegenwoordiging-staat-code-link = { $naam } size kodu verdi mi? Kodu girin
vertegenwoordiging-staat-opnieuw = Tekrar izin isteyin
vertegenwoordiging-staat-controle = İmzalı bir form gönderdiniz. Bir görevli formun doğru olup olmadığına bakıyor. Sonra bir e-posta alacaksınız.
vertegenwoordiging-staat-afgewezen = Bir görevli formu onaylamadı.
vertegenwoordiging-staat-gestopt = { $naam } izin vermedi. Ya da talep artık geçerli değil.
vertegenwoordiging-reden = Neden

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = { $naam } için bildiriminiz
vertegenwoordiging-dossier-alleen = { $naam } adlı kişinin önce yardım etmenize izin vermesi gerekiyor. O zamana kadar sadece kendi doldurduklarınızı görürsünüz.
vertegenwoordiging-dossier-nummer = Numara:
vertegenwoordiging-dossier-antwoorden = Gönderdikleriniz
vertegenwoordiging-dossier-bewijs = Gönderdiğinizin kanıtına bakın veya yazdırın
vertegenwoordiging-mijn-loket = Sayfama git

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = { $naam } adlı kişiden, yardım etmenize izin verdiğini onaylamasını isteyin
vertegenwoordiging-vragen-intro = { $naam } için bir bildirim yaptınız. Belediye, { $naam } adlı kişinin bunu kabul edip etmediğini bilmek istiyor.
vertegenwoordiging-vragen-twee = Bu iki şekilde olabilir. Size en uygun yolu seçin.
vertegenwoordiging-vragen-mail-titel = E-postayla
vertegenwoordiging-vragen-mail-tekst = { $naam } adlı kişiye bağlantı ve kod içeren bir e-posta göndeririz. { $naam } bağlantıya tıklar. Ya da { $naam } size kodu okur, örneğin telefonda.
vertegenwoordiging-email-label = { $naam } adlı kişinin e-posta adresi
vertegenwoordiging-rechten-label = Neleri yapabilmek istiyorsunuz?
vertegenwoordiging-rechten-hint = Bildirime ve mektuplara her zaman bakabilirsiniz. Başka neler yapmak istediğinizi seçin.
vertegenwoordiging-recht-indienen-keuze = Cevap ve belge gibi şeyler de göndermek
vertegenwoordiging-recht-post-keuze = Belediyenin e-postalarını da almak
vertegenwoordiging-einde-label = Ne zamana kadar yardım etmek istiyorsunuz?
vertegenwoordiging-einde-hint = Bir tarih seçin. Bugünden itibaren en fazla 5 yıl olabilir. Örneğin 31 12 2027.
vertegenwoordiging-vragen-mail-knop = E-postayı gönder
vertegenwoordiging-vragen-formulier-titel = İmzalı bir formla
vertegenwoordiging-vragen-formulier-tekst = { $naam } adlı kişinin e-postası yok mu? O zaman ona bir form imzalatın. Formda yardım edebileceğiniz yazar. Formun fotoğrafını çekin veya taramasını yapın.
vertegenwoordiging-afdrukken-link = İmzalanacak formu yazdırın
vertegenwoordiging-afdrukken-titel = Form: yardım etme izni
vertegenwoordiging-afdrukken-print = Bu formu tarayıcınızın yazdır düğmesiyle yazdırın.
vertegenwoordiging-afdrukken-intro = Bu formla, birine { $gemeente } Belediyesindeki işlerinizde size yardım etme izni verirsiniz. Formu kalemle doldurun.
vertegenwoordiging-afdrukken-ik = İzni kim veriyor?
vertegenwoordiging-afdrukken-helper = Kim yardım edebilir?
vertegenwoordiging-afdrukken-naam = Ad ve soyad
vertegenwoordiging-afdrukken-geboren = Doğum tarihi
vertegenwoordiging-afdrukken-adres = Sokak ve ev numarası
vertegenwoordiging-afdrukken-postcode = Posta kodu ve yaşadığı yer
vertegenwoordiging-afdrukken-email = E-posta adresi
vertegenwoordiging-afdrukken-waarvoor = Ne için?
vertegenwoordiging-afdrukken-melding = { $referentie } numaralı { $begrip } için.
vertegenwoordiging-afdrukken-kruis = Yardımcının yapabileceği şeylerin yanına çarpı koyun.
vertegenwoordiging-afdrukken-wanneer = Hangi tarihten hangi tarihe kadar?
vertegenwoordiging-afdrukken-vanaf = Başlangıç
vertegenwoordiging-afdrukken-tot = Son gün
vertegenwoordiging-afdrukken-tot-uitleg = Tarih yazmazsanız izin bir yıl geçerli olur.
vertegenwoordiging-afdrukken-tekenen = İmzalar
vertegenwoordiging-afdrukken-verklaring = Ben, { $naam }, bu kişiye yukarıda yazdığı gibi bana yardım etme izni veriyorum. Bu izni her zaman durdurabilirim.
vertegenwoordiging-afdrukken-plaats-datum = Yer ve tarih
vertegenwoordiging-afdrukken-handtekening = { $naam } adlı kişinin imzası
vertegenwoordiging-afdrukken-handtekening-helper = Yardımcının imzası
vertegenwoordiging-afdrukken-daarna = Sonra ne yaparsınız?
vertegenwoordiging-afdrukken-stap-foto = İmzalı formun fotoğrafını çekin veya taramasını yapın.
vertegenwoordiging-afdrukken-stap-sturen = Fotoğrafı veya taramayı, bu formu bulduğunuz sayfadan gönderin.
vertegenwoordiging-afdrukken-terug = Formu gönderme sayfasına geri dönün
vertegenwoordiging-vragen-formulier-controle = Belediyeden bir görevli formun doğru olup olmadığına bakar. Form o zaman bir yıl geçerli olur.
vertegenwoordiging-formulier-bestand-label = İmzalı form
vertegenwoordiging-bestand-hint = PDF, JPG veya PNG.
vertegenwoordiging-formulier-email-label = { $naam } adlı kişinin e-posta adresi
vertegenwoordiging-optioneel = Zorunlu değil. Adresi biliyor musunuz? O zaman { $naam } daha sonra kendisi de giriş yapabilir.
vertegenwoordiging-vragen-formulier-knop = Formu gönder

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = Yardım talebine ne olduğunu görmek.
vertegenwoordiging-recht-indienen = Cevap ve belge gibi şeyler göndermek.
vertegenwoordiging-recht-post = Belediyenin e-postalarını da almak.
vertegenwoordiging-tot = { $datum } tarihine kadar (o gün dahil).
vertegenwoordiging-tot-geen = Durdurulana kadar.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = { $naam } size izin verdi
vertegenwoordiging-bevestigd-paneel = Başarılı
vertegenwoordiging-bevestigd-tekst = Artık { $naam } adlı kişiye yardım edebilirsiniz.
vertegenwoordiging-bevestigd-verder = Sayfam bölümünde { $naam } adına iş yapmayı seçin. O zaman her şeyi yeniden görürsünüz.

## The code.
vertegenwoordiging-code-titel = { $naam } adlı kişinin kodunu girin
vertegenwoordiging-code-intro = { $naam } kod içeren bir e-posta aldı. { $naam } adlı kişiden kodu size okumasını isteyin.
vertegenwoordiging-code-zeker = Kodu sadece { $naam } size kendisi verdiyse girin.
vertegenwoordiging-code-label = Kod
vertegenwoordiging-code-hint = 8 harf ve rakam. Örneğin ABCD 2345.
vertegenwoordiging-code-knop = Kodu kontrol et

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = { $helper } size yardım edebilir mi?
vertegenwoordiging-bevestigen-intro = { $helper }, sizin için belediyeye bir { $begrip } yaptı.
vertegenwoordiging-bevestigen-vraag = { $helper } bu konuda size yardım etmek istiyor. Bunu kabul ediyor musunuz?
vertegenwoordiging-bevestigen-wie = Kim soruyor
vertegenwoordiging-bevestigen-wat = Bu kişi o zaman neler yapabilir
vertegenwoordiging-bevestigen-tot = Ne zamana kadar
vertegenwoordiging-bevestigen-stoppen = Evet mi diyorsunuz? O zaman bildirim sizin olur. İzni daha sonra her zaman durdurabilirsiniz.
vertegenwoordiging-bevestigen-onbekend = Bu kişiyi tanımıyor musunuz? O zaman Hayır'ı seçin.
vertegenwoordiging-bevestigen-ja = Evet, bu doğru
vertegenwoordiging-bevestigen-nee = Hayır

vertegenwoordiging-link-titel = Bu bağlantı artık çalışmıyor
vertegenwoordiging-link-tekst = Bağlantıyı zaten kullandınız. Ya da bağlantı çok eski.
vertegenwoordiging-link-niets = Bir şey yapmanız gerekmez.
vertegenwoordiging-link-start = Ana sayfaya git

vertegenwoordiging-beantwoord-ja-titel = Cevabınız için teşekkürler
vertegenwoordiging-beantwoord-ja-tekst = İzin verdiniz. Size yardım eden kişiye bunu bildiririz.
vertegenwoordiging-beantwoord-ja-stoppen = İzni durdurmak mı istiyorsunuz? O zaman e-posta adresinizle giriş yapın. Ya da belediyeyi arayın.
vertegenwoordiging-beantwoord-inloggen = Giriş yap
vertegenwoordiging-beantwoord-nee-titel = Hayır dediniz
vertegenwoordiging-beantwoord-nee-tekst = Bu kişi size yardım edemez. Bunu ona bildiririz.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = Yasal temsilciyim
vertegenwoordiging-wettelijk-intro = Hâkim sizi birine yardım etmek için mi atadı? Ya da velayet sahibi ebeveyn misiniz? O zaman o kişi için işleri halledebilirsiniz.
vertegenwoordiging-wettelijk-controle = Bize kanıtı gönderin. Örneğin hâkimin mektubu. Bir görevli bunun doğru olup olmadığına bakar.
vertegenwoordiging-wettelijk-eerder = Daha önce gönderdikleriniz
vertegenwoordiging-wettelijk-nieuw = Yeni bir şey gönderin
vertegenwoordiging-soort-label = Göreviniz nedir?
vertegenwoordiging-soort-gemachtigde = İzinli yardımcı
vertegenwoordiging-soort-gemachtigde-uitleg = Kişinin kendi izniyle yardım ediyorsunuz.
vertegenwoordiging-soort-curator = Kayyum (curator)
vertegenwoordiging-soort-curator-uitleg = Kişinin her şeyini siz düzenlersiniz: parasını ve bakımını.
vertegenwoordiging-soort-mentor = Mentor
vertegenwoordiging-soort-mentor-uitleg = Kişinin bakımını siz düzenlersiniz. Parasını değil.
vertegenwoordiging-soort-bewindvoerder = Mali yönetici (bewindvoerder)
vertegenwoordiging-soort-bewindvoerder-uitleg = Kişinin parasını siz düzenlersiniz. Bakımını değil.
vertegenwoordiging-soort-voogd = Vasi (voogd)
vertegenwoordiging-soort-voogd-uitleg = Velayet sahibi ebeveyni olmayan bir çocuğa bakıyorsunuz.
vertegenwoordiging-soort-ouder = Velayet sahibi ebeveyn
vertegenwoordiging-soort-ouder-uitleg = 18 yaşından küçük bir çocuğun ebeveynisiniz ve velayet sizde.
vertegenwoordiging-naam-label = Yardım ettiğiniz kişinin adı
vertegenwoordiging-geboren-label = Bu kişinin doğum tarihi
vertegenwoordiging-wettelijk-email-label = Bu kişinin e-posta adresi
vertegenwoordiging-wettelijk-email-hint = Zorunlu değil. Kişinin e-postası yok mu? O zaman boş bırakın.
vertegenwoordiging-wettelijk-einde-label = Hâkimin mektubundaki bitiş tarihi
vertegenwoordiging-wettelijk-einde-hint = Zorunlu değil. Mektupta bitiş tarihi yok mu? O zaman boş bırakın.
vertegenwoordiging-wettelijk-bestand-label = Kanıt
vertegenwoordiging-wettelijk-knop = Belediyeye gönder

vertegenwoordiging-klaar-titel = Temsilci olarak kanıtınız
vertegenwoordiging-klaar-paneel = Kanıtı aldık
vertegenwoordiging-klaar-ontvangen = { $naam } adlı kişiye yardım edebileceğinizin kanıtını gönderdiniz.
vertegenwoordiging-klaar-nu-titel = Şimdi ne olacak?
vertegenwoordiging-klaar-controle = Belediyeden bir görevli kanıtın doğru olup olmadığına bakar.
vertegenwoordiging-klaar-mail = Sonra bir e-posta alırsınız.
vertegenwoordiging-klaar-dan = Kanıt doğru mu? O zaman Sayfam bölümünde { $naam } adına iş yapmayı seçersiniz.
vertegenwoordiging-klaar-mag = O zaman neler yapabilirsiniz?
vertegenwoordiging-status-label = Durum nedir
vertegenwoordiging-status-wacht = Cevap bekleniyor
vertegenwoordiging-status-controle = Kontrol bekleniyor
vertegenwoordiging-status-actief = Onaylandı
vertegenwoordiging-status-afgewezen = Onaylanmadı
vertegenwoordiging-status-gestopt = Durduruldu

## Field errors.
vertegenwoordiging-fout-email-leeg = E-posta adresini yazın.
vertegenwoordiging-fout-email = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
vertegenwoordiging-fout-eigen-email = Bu sizin kendi e-posta adresiniz. Yardım ettiğiniz kişinin adresini yazın.
vertegenwoordiging-fout-einde-leeg = Ne zamana kadar yardım etmek istediğinizi, tarih olarak yazın.
vertegenwoordiging-fout-einde-bereik = Bugünden başlayan bir tarih seçin. Tarih en fazla 5 yıl sonrası olabilir.
vertegenwoordiging-fout-einde-verleden = Bu tarih geçti. Bugünden başlayan bir tarih seçin.
vertegenwoordiging-fout-datum-onvolledig = Günü, ayı ve yılı girin.
vertegenwoordiging-fout-datum-bestaat-niet = Bu tarih yok. Gerçek bir tarih girin.
vertegenwoordiging-fout-code-leeg = Kodu girin.
vertegenwoordiging-fout-code = Kod doğru değil. { $aantal } kez daha deneyebilirsiniz.
vertegenwoordiging-fout-code-op = Kod doğru değil. Çok fazla denediniz. Tekrar izin isteyin.
vertegenwoordiging-fout-soort = Görevinizi seçin.
vertegenwoordiging-fout-naam = Adı yazın.
vertegenwoordiging-fout-te-lang = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.
vertegenwoordiging-fout-geboren-leeg = Doğum tarihini yazın.
vertegenwoordiging-fout-geboren-toekomst = Doğum tarihi geçmişte olmalıdır.
vertegenwoordiging-fout-geen-kind = Bu kişi 18 yaşında veya daha büyük. Kayyum (curator), mentor veya mali yönetici (bewindvoerder) seçin.
vertegenwoordiging-fout-reden = Neden reddettiğinizi yazın.

## E-mails.
vertegenwoordiging-mail-aanhef = Sayın { $naam },
vertegenwoordiging-mail-vraag-onderwerp = { $helper } yardım isteyip istemediğinizi soruyor
vertegenwoordiging-mail-vraag-wie = { $helper } ({ $email }) sizin için belediyeden yardım istedi.
vertegenwoordiging-mail-vraag-wie-adres = { $helper } sizin için belediyeden yardım istedi.
vertegenwoordiging-mail-vraag-wat = { $helper } bu talepte size yardım etmek istiyor. Bunu kabul ediyor musunuz? O zaman { $helper } şunları yapabilir:
vertegenwoordiging-mail-vraag-knop = Evet veya hayır deyin
vertegenwoordiging-mail-vraag-code = Bu kodu { $helper } adlı kişiye de verebilirsiniz: { $code }. Bunu sadece gerçekten { $helper } ile konuştuğunuzdan eminseniz yapın.
vertegenwoordiging-mail-vraag-onbekend = Bu kişiyi tanımıyor musunuz? O zaman Hayır'ı seçin. Ya da hiçbir şey yapmayın.
vertegenwoordiging-mail-vraag-geldig = Bağlantı ve kod { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } geçerlidir.
vertegenwoordiging-mail-ja-onderwerp = { $naam } size izin verdi
vertegenwoordiging-mail-ja-tekst = { $naam }, yardım etmenizi kabul ediyor.
vertegenwoordiging-mail-nee-onderwerp = { $naam } izin vermedi
vertegenwoordiging-mail-nee-tekst = { $naam } hayır dedi. Bu talepte { $naam } adlı kişiye yardım edemezsiniz.
vertegenwoordiging-mail-melding-knop = Gönderdiklerinize bakın
vertegenwoordiging-mail-code-onderwerp = { $helper } adlı kişiye izin verdiniz
vertegenwoordiging-mail-code-tekst = { $helper } adlı kişiye kodu verdiniz. Artık { $helper }, belediyeye sunduğunuz talepte size yardım edebilir.
vertegenwoordiging-mail-code-niet = Kodu siz vermediniz mi? O zaman hemen belediyeyi arayın.
vertegenwoordiging-mail-goed-onderwerp = { $naam } adlı kişiye yardım edebilirsiniz
vertegenwoordiging-mail-goed-tekst = Bir görevli kanıtınıza baktı. Kanıt doğru. Artık { $naam } adlı kişiye yardım edebilirsiniz.
vertegenwoordiging-mail-af-onderwerp = { $naam } için gönderdiğiniz kanıt doğru değil
vertegenwoordiging-mail-af-tekst = Bir görevli { $naam } için gönderdiğiniz kanıta baktı. Kanıt doğru değil.
vertegenwoordiging-mail-af-opnieuw = Kanıtı tekrar gönderebilirsiniz. Bir sorunuz mu var? O zaman belediyeyi arayın.
vertegenwoordiging-mail-af-knop = Başvurunuza bakın

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = Bildirim { $naam } için. { $naam } yardımcıya henüz izin vermedi. Yardımcı sadece kendi cevaplarını görür.
vertegenwoordiging-staf-controleer = İmzalı formu kontrol edin
vertegenwoordiging-grond-formulier = imzalı form
vertegenwoordiging-grond-rechter = yasal kanıt
vertegenwoordiging-controle-lijst-titel = Yetkileri kontrol et
vertegenwoordiging-controle-lijst-intro = İmzalı formlar ve yasal temsilcilerin kanıtları. En eskisi en üstte.
vertegenwoordiging-controle-lijst-leeg = Kontrol edilecek bir şey yok.
vertegenwoordiging-controle-lijst-caption = Kontrol edilecek: { $aantal }
vertegenwoordiging-controle-klaar-goed = Yetkiyi onayladınız. Başvuru sahibi bir e-posta alır.
vertegenwoordiging-controle-klaar-af = Yetkiyi reddettiniz. Başvuru sahibi, nedeni içeren bir e-posta alır.
vertegenwoordiging-kolom-voor = Kimin için
vertegenwoordiging-kolom-soort = Tür
vertegenwoordiging-kolom-door = Başvuran
vertegenwoordiging-kolom-op = Alınma tarihi
vertegenwoordiging-controle-titel = { $naam } için yetki
vertegenwoordiging-controle-terug = Listeye geri dön
vertegenwoordiging-controle-email = Sakinin e-posta adresi
vertegenwoordiging-controle-rechten = Haklar
vertegenwoordiging-controle-melding = Bildirim
vertegenwoordiging-controle-melding-link = Dosyayı aç
vertegenwoordiging-controle-bewijs = Kanıt
vertegenwoordiging-controle-download = İndir
vertegenwoordiging-controle-besluit = Karar
vertegenwoordiging-controle-goed-uitleg = Onaylamak yetkiyi etkinleştirir. İmzalı formda bildirim sakine geçer.
vertegenwoordiging-controle-goed-knop = Onayla
vertegenwoordiging-controle-reden-label = Ret nedeni
vertegenwoordiging-controle-reden-hint = Sadece reddederseniz gerekli. Başvuru sahibi bu nedeni e-postada okur.
vertegenwoordiging-controle-af-knop = Reddet
vertegenwoordiging-controle-bestaand = Bu e-posta adresinin zaten bir hesabı var: { $naam }. Onaydan sonra bu kişi bir e-posta alır. E-postada, artık kimin onun adına işlem yapabileceği yazar.
vertegenwoordiging-mail-inwoner-onderwerp = Artık biri sizin adınıza işlerinizi halledebilir
vertegenwoordiging-mail-inwoner-tekst = { $wie } artık portalda sizin adınıza işlerinizi halledebilir. Belediyeden bir görevli kanıta baktı.
vertegenwoordiging-mail-inwoner-klopt-niet = Bu doğru değil mi? O zaman en kısa zamanda belediyeyle iletişime geçin.
vertegenwoordiging-mail-inwoner-knop = Sizin adınıza kimin işlem yapabileceğine bakın
