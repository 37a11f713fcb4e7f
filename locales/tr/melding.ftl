## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = Formu doldururken veya görüşmede yardım ister misiniz? Her zaman ücretsiz { $begrip } alabilirsiniz.
melding-verder = Devam
melding-later = Kaydet ve sonra devam et

melding-start-titel = Evde yaşam, bakım veya topluma katılım için yardım isteyin
melding-start-intro = Belediyeye hangi yardıma ihtiyacınız olduğunu anlatın. Buna { $begrip } denir.
melding-start-voor-ander = Bunu yardım ettiğiniz biri için de yapabilirsiniz.
melding-start-duur = Formu doldurmak yaklaşık 10 dakika sürer.
melding-start-bewaard = Arada durabilirsiniz. Cevaplarınız kaydedilmiş olarak kalır.
melding-start-niet-alles = Henüz her şeyi bilmeniz gerekmez. Belediye sonra sizinle konuşur.
melding-start-knop = Başla
melding-start-hervatten = Başladığınız bir talebe devam edin
melding-start-inloggen-tekst = Önce giriş yapın. O zaman cevaplarınızı kaydedebiliriz.
melding-start-inloggen = Giriş yap

melding-hervatten-titel = Talebinize devam edin
melding-hervatten-tekst = Daha önce bir talebi kaydettiniz mi? O zaman aldığınız kodu girin.
melding-hervatten-label = Kodunuz
melding-hervatten-hint = Örneğin K7P2-QX9M
melding-hervatten-knop = Devam
melding-hervatten-fout-leeg = Kodunuzu girin.
melding-hervatten-fout-onbekend = Bu kodla bir talep bulamıyoruz. Kodu doğru yazıp yazmadığınızı kontrol edin.

melding-naam-voor-wie = Kimin için
melding-naam-de-ander = Yardım ettiğiniz kişi
melding-naam-spoed = Acil durum
melding-naam-hulpvraag = Talebiniz
melding-naam-gebieden = Konular
melding-naam-huishouden = Evde kimler yaşıyor
melding-naam-gesprek = Görüşmede
melding-naam-co = Talebiniz için ücretsiz yardım
melding-naam-gegevens = Kiminle ilgili
melding-naam-contact = İletişim
melding-naam-toestemming = İzin

melding-voor-wie-titel = Kimin için yardım istiyorsunuz?
melding-voor-wie-vraag = Size uyanı seçin
melding-keuze-voor-wie-zelf = Kendim için
melding-keuze-voor-wie-ander = Yardım ettiğim biri için
melding-keuze-voor-wie-namens = { $naam } için

melding-de-ander-titel = Yardım ettiğiniz kişi hakkında
melding-de-ander-uitleg = Başka biri için yardım istiyorsunuz. Bu kişinin kim olduğunu anlatın.
melding-de-ander-naam = Bu kişinin adı nedir?
melding-de-ander-relatie = Bu kişi sizin neyiniz?
melding-keuze-relatie-partner = Partnerim
melding-keuze-relatie-ouder = Babam veya annem
melding-keuze-relatie-kind = Çocuğum
melding-keuze-relatie-familie = Ailemden başka biri
melding-keuze-relatie-vriend-buur = Bir arkadaş veya komşu
melding-keuze-relatie-clientondersteuner = Bu kişinin destek danışmanıyım
melding-keuze-relatie-anders = Başka bir şey
melding-de-ander-toestemming = Bu kişinin bundan haberi var mı?
melding-de-ander-toestemming-hint = Sadece bunu kabul eden biri için yardım isteyebilirsiniz.
melding-de-ander-toestemming-ja = Bu kişi yardım istediğimi biliyor ve bunu kabul ediyor.

melding-spoed-titel = Şu anda güvensiz veya çok acil bir durum mu var?
melding-spoed-112 = Şu anda doğrudan bir tehlike mi var? O zaman hemen 112'yi arayın.
melding-spoed-gevaar = Evde biri tehlikede mi?
melding-spoed-gevaar-hint = Örneğin şiddet, tehdit veya ihmal yüzünden.
melding-spoed-zorg = Evde bugün veya yarın yardım olmadan artık idare edilemiyor mu?
melding-spoed-zorg-hint = Örneğin bakım veren biri birden hastalandığı için.
melding-keuze-ja = Evet
melding-keuze-nee = Hayır

melding-spoedroute-titel = Şimdi iletişime geçin
melding-spoedroute-tekst = Durumun acil olduğunu söylüyorsunuz. Bu yüzden şimdi iletişime geçin. Bu formun sonunu beklemeyin.
melding-spoedroute-daarna-titel = Sonra
melding-spoedroute-daarna = Aradınız mı? O zaman talebinizi burada tamamlayabilirsiniz. Bunu daha sonra da yapabilirsiniz.
melding-spoedroute-verder = Talebinize devam edin

melding-hulpvraag-titel = Ne için yardım istiyorsunuz?
melding-hulpvraag-vraag = Talebiniz
melding-hulpvraag-hint = Neyin iyi gitmediğini kendi kelimelerinizle anlatın. Ne istediğinizi de anlatın.

melding-gebieden-titel = Talebiniz ne hakkında?
melding-gebieden-vraag = Konular
melding-gebieden-hint = Size uyan her şeyi seçin.
melding-keuze-gebied-verzorging = Kendinize bakmak ve ev işleri
melding-keuze-gebied-lichaam = Vücudunuz ve sağlığınız
melding-keuze-gebied-gevoel = Nasıl hissettiğiniz ve ne düşündüğünüz
melding-keuze-gebied-wonen = Eviniz ve mahalleniz
melding-keuze-gebied-geld = Para ve evrak işleri
melding-keuze-gebied-contact = Başka insanlarla iletişim
melding-keuze-gebied-dag = Gün içinde ne yaptığınız
melding-keuze-gebied-thuis = Evdeki insanların durumu
melding-keuze-gebied-kinderen = Çocuk yetiştirmek
melding-keuze-gebied-verslaving = Bağımlılık, örneğin alkol veya kumar bağımlılığı
melding-keuze-gebied-mantelzorg = Size bakım veren biri için yardım

melding-huishouden-titel = Evde kimler yaşıyor?
melding-huishouden-waarom = Evde yaşayan diğer kişiler bazen ev işlerinin bir kısmını yapar. Bu yüzden belediye bunu soruyor.
melding-huishouden-vraag = Size uyanı seçin
melding-keuze-huishouden-alleen = Yalnız yaşıyorum
melding-keuze-huishouden-alleen-namens = { $naam } yalnız yaşıyor
melding-keuze-huishouden-partner = Bir partnerle
melding-keuze-huishouden-partner-kinderen = Bir partner ve çocuklarla
melding-keuze-huishouden-kinderen = Çocuklarla, partner olmadan
melding-keuze-huishouden-anderen = Başka insanlarla
melding-huisgenoten = Evde başka kimler yaşıyor?
melding-huisgenoten-hint = Herkesin yaşını yazın. Örneğin: eşim (80), oğlum (45). Bu zorunlu değil.

melding-gesprek-titel = Görüşmede yanınızda kimin olmasını istersiniz?
melding-gesprek-uitleg = Belediye sizinle talebiniz hakkında konuşur. Bu görüşme çoğu zaman evinizde olur. Bu görüşmeye { $begrip } denir.
melding-gesprek-vraag = Kim gelecek?
melding-gesprek-hint = Yanınıza birini alabilirsiniz. Size uyan her şeyi seçin.
melding-keuze-erbij-mantelzorger = Bana bakım veren biri
melding-keuze-erbij-familie = Ailemden biri
melding-keuze-erbij-mantelzorger-namens = { $naam } adlı kişiye bakım veren biri
melding-keuze-erbij-familie-namens = { $naam } adlı kişinin ailesinden biri
melding-keuze-erbij-clientondersteuner = Bir destek danışmanı
melding-keuze-erbij-iemand = Başka biri
melding-keuze-erbij-niemand = Kimse
melding-gesprek-naam = Bu kişi kim?
melding-gesprek-naam-hint = Örneğin bir ad ve bir telefon numarası. Bu zorunlu değil.

melding-co-titel = Talebiniz için ücretsiz yardım ister misiniz?
melding-co-wat = Destek danışmanı, belediyeye sunduğunuz talepte size yardım eder. Görüşmeye de sizinle gelebilir.
melding-co-gratis = Bu yardım ücretsizdir. Bunun için hiçbir zaman para ödemezsiniz.
melding-co-beslist-niet = Destek danışmanı sizin yanınızdadır. Talebiniz hakkında karar vermez.
melding-co-vraag = Destek danışmanı ister misiniz?
melding-keuze-wens-ja = Evet, lütfen
melding-keuze-wens-nee = Hayır, şimdi değil
melding-keuze-wens-weet-niet = Henüz bilmiyorum
melding-co-organisatie = Size kim yardım edebilir?
melding-co-organisatie-hint = Sadece "Evet, lütfen" seçerseniz. O zaman bildirimi gönderdiğinizde bu yardımı sizin için isteriz.
melding-co-organisatie-gemeente = Belediye seçsin

melding-contact-titel = Belediyenin sizinle nasıl iletişime geçmesini istersiniz?
melding-contact-namens = Belediye { $naam } ile iletişime geçer. Bu yüzden { $naam } adlı kişinin telefon numarasını ve e-posta adresini yazın.
melding-contact-vraag = Nasıl iletişim istersiniz?
melding-keuze-contact-telefoon = Telefonla
melding-keuze-contact-email = E-posta
melding-keuze-contact-brief = Mektupla
melding-contact-telefoon = Telefon numarası
melding-contact-telefoon-hint = Sizi arayabilirsek bunu doldurun.
melding-contact-telefoon-hint-namens = Belediye { $naam } adlı kişiyi arayabilirse bunu doldurun.
melding-contact-email = E-posta adresi
melding-contact-email-hint = Onay mesajını da bu adrese göndeririz.
melding-contact-email-hint-namens = Belediye { $naam } ile bu adresten iletişime geçer.
melding-contact-tijden = Sizi en iyi ne zaman arayabiliriz?
melding-contact-tijden-hint = Örneğin: salı sabahları. Bu zorunlu değil.
melding-contact-tolk = Görüşmede yardıma ihtiyacınız var mı?
melding-keuze-tolk-geen = Hayır
melding-keuze-tolk-tolk = Evet, bir tercüman
melding-keuze-tolk-gebarentaal = Evet, bir işaret dili tercümanı
melding-contact-tolk-taal = Hangi dili konuşuyorsunuz?
melding-contact-tolk-taal-hint = Tercüman istiyorsanız bunu doldurun.
melding-contact-postadres = Mektuplar başka bir adrese mi gitmeli?
melding-contact-postadres-hint = Bunu sadece mektupların, oturduğunuz adresten başka bir adrese gelmesini istiyorsanız doldurun. Örneğin mali yöneticinizin (bewindvoerder) adresi.
melding-gegevens-titel = Bildirim kiminle ilgili?
melding-gegevens-waarom = Belediyenin kime yardım ettiğini bilmesi gerekir. Bu yüzden adı, doğum tarihini ve adresi soruyoruz.
melding-gegevens-naam = Ad
melding-gegevens-geboren = Doğum tarihi
melding-gegevens-geboren-op = Doğum tarihi: { $datum }
melding-gegevens-adres = Oturduğunuz adres
melding-adres-straat = Sokak ve ev numarası
melding-adres-postcode = Posta kodu
melding-adres-postcode-hint = Örneğin 2665 AB
melding-adres-plaats = Yaşadığınız yer

melding-toestemming-titel = Belediye bilgilerinizi kullanabilir mi?
melding-toestemming-nodig = Belediyenin talebinizi işlemek için bilgilerinize ihtiyacı var.
melding-toestemming-gezondheid = Bunlara sağlığınızla ilgili bilgiler de dahildir. Bu bilgiler özellikle hassastır.
melding-toestemming-alleen = Belediye bilgilerinizi sadece bu talep için kullanır.
melding-toestemming-wie = Bilgileri sadece talebiniz üzerinde çalışan görevliler görebilir.
melding-toestemming-privacy = Gizliliğiniz hakkında daha fazla okuyun
melding-toestemming-vraag = İzin
melding-toestemming-ja = Belediyeye, bilgilerimi bu talep için kullanma izni veriyorum.
melding-toestemming-ja-namens = Belediyeye, { $naam } adlı kişinin bilgilerini bu talep için kullanma izni veriyorum.

melding-later-titel = Cevaplarınızı kaydettik
melding-later-code = Kodunuz
melding-later-schrijf-op = Bunun için koda ihtiyacınız yok. Kodu sadece talebinizle ilgili belediyeyi ararsanız kullanırsınız.
melding-later-hoe = Daha sonra tekrar giriş yapın. Bunu bu telefonda, bu bilgisayarda veya başka bir cihazda yapabilirsiniz. Sonra Sayfam bölümünde talebinizi seçin.
melding-later-bellen = O zaman kodu bir yere yazın. Telefonda kodu söyleyin. O zaman belediye cevaplarınızı bulur.
melding-later-mijn-loket = Talebiniz Sayfam bölümünde duruyor. Daha sonra orada devam edersiniz.
melding-later-nu-verder = Şimdi devam et
melding-later-naar-mijn-loket = Sayfama git

melding-controleren-titel = Cevaplarınızı kontrol edin
melding-controleren-tekst = Her şey doğru mu? "Değiştir" ile bir cevabı düzeltebilirsiniz.
melding-controleren-leeg = Henüz doldurulmadı
melding-controleren-fout-open = Bu soruyu da doldurun.
melding-controleren-versturen-titel = Gönder
melding-controleren-versturen-tekst = Düğmeye basarsanız, belediye { $begrip }inizi alır.
melding-controleren-knop = Gönder

melding-datum-plan = { $datum } tarihine kadar (o gün dahil) bir { $begrip } teslim edebilirsiniz. Bu zorunlu değil.
melding-datum-onderzoek = Belediye en geç { $datum } tarihinde sizinle konuşur. Bu görüşmeye { $begrip } denir.
melding-datum-na-gesprek = Süreler, belediyeyle ilk görüşmenizde başlar. Sonra tarihleri Sayfam bölümünde görürsünüz.

melding-bevestiging-titel = Belediye talebinizi aldı
melding-bevestiging-paneel = Başarılı
melding-bevestiging-nummer = Numaranız
melding-bevestiging-ontvangen = Belediye talebinizi { $datum } tarihinde aldı.
melding-bevestiging-mail = Bu bilgileri içeren bir e-posta da alacaksınız.
melding-bevestiging-nu-titel = Şimdi ne olacak?
melding-bevestiging-co = Bir destek danışmanından ücretsiz yardım istiyorsunuz.
melding-bevestiging-co-link = Bu yardımı şimdi isteyin
melding-bevestiging-co-gevraagd = Bir destek danışmanından ücretsiz yardım da istediniz. Bu yardımı sizin için istedik. Numarası: { $referentie }.
melding-bevestiging-co-bekijk = Yardım talebinize bakın
melding-bevestiging-bewijs = Cevaplarınıza bakın veya yazdırın
melding-bevestiging-mijn-loket = Sayfama git

melding-bewijs-titel = Cevaplarınız
melding-bewijs-ontvangen = Alınma tarihi
melding-bewijs-printen = Bunu kâğıt üzerinde mi istiyorsunuz? O zaman tarayıcınızın yazdır düğmesini kullanın.

melding-mail-onderwerp = Belediye { $referentie } numaralı talebinizi aldı
melding-mail-ontvangen = { $gemeente } Belediyesinden yardım istediniz. Numaranız: { $referentie }.
melding-mail-contact = Belediye sizinle iletişime geçecek. Birlikte bir görüşme randevusu ayarlarsınız.
melding-mail-knop = Talebinize bakın

melding-fout-voor-wie = Kimin için yardım istediğinizi seçin.
melding-fout-ander-naam = Yardım ettiğiniz kişinin adını yazın.
melding-fout-ander-relatie = Bu kişinin sizin neyiniz olduğunu seçin.
melding-fout-ander-toestemming = Önce bu kişiye kabul edip etmediğini sorun. Sonra işaret koyun.
melding-fout-spoed = Evet veya hayır seçin.
melding-fout-hulpvraag = Ne için yardım istediğinizi anlatın.
melding-fout-levensgebieden = En az bir konu seçin.
melding-fout-huishouden = Kiminle yaşadığınızı seçin.
melding-fout-gesprek = Kimin geleceğini seçin. Ya da "Kimse" seçin.
melding-fout-gesprek-niemand = "Kimse" ve başka birini birlikte seçtiniz. İkisinden birini seçin.
melding-fout-clientondersteuning = Destek danışmanı isteyip istemediğinizi seçin.
melding-fout-co-organisatie = Size kimin yardım edebileceğini seçin. Belediyenin seçmesini de isteyebilirsiniz.
melding-fout-naam = Adı yazın.
melding-fout-geboren-leeg = Doğum tarihini yazın.
melding-fout-geboren = Geçerli bir doğum tarihi yazın. Örneğin 15 8 1956.
melding-fout-geboren-toekomst = Doğum tarihi bugünden sonra olamaz.
melding-fout-straat = Sokak ve ev numarasını yazın.
melding-fout-postcode-leeg = Posta kodunu yazın.
melding-fout-postcode = 2665 AB gibi bir posta kodu yazın: dört rakam ve iki harf.
melding-fout-plaats = Yaşadığınız yeri yazın.
melding-fout-contact-manier = Nasıl iletişim istediğinizi seçin.
melding-fout-telefoon = 06 1234 5678 gibi bir telefon numarası yazın.
melding-fout-telefoon-leeg = Telefon numaranızı yazın. Ya da başka bir iletişim yolu seçin.
melding-fout-email = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
melding-fout-email-leeg = E-posta adresinizi yazın. Ya da başka bir iletişim yolu seçin.
melding-fout-tolk = Görüşmede yardıma ihtiyacınız olup olmadığını seçin.
melding-fout-tolk-taal = Hangi dili konuştuğunuzu yazın.
melding-fout-toestemming = İzniniz olmadan belediye talebinizi işleyemez. Kabul ediyorsanız işaret koyun.
melding-fout-te-lang = Bu çok uzun. En fazla { $max ->
        [one] { $max } karakter
       *[other] { $max } karakter
    } kullanın.
melding-spoed-route-link = Durumun acil olduğunu söylediniz. Şimdi ne yapabileceğinizi okuyun.
melding-bevestiging-plan = Kendi planınızı yazın veya gönderin
melding-mail-gratis-hulp = Görüşmede yardım ister misiniz? Her zaman ücretsiz { $begrip } alabilirsiniz.
melding-namens = Bu sorular { $naam } hakkındadır. "Siz" dediğimizde { $naam } adlı kişiyi kastediyoruz.
melding-namens-toestemming = { $naam } adlı kişinin bilgileri için izin veriyorsunuz. Bunu sadece { $naam } kabul ediyorsa yapın.
melding-start-wachttijd-weken = Son aylarda karar çıkması genellikle { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sürdü.
melding-start-wachttijd-dagen = Son aylarda karar çıkması genellikle { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } sürdü.
melding-start-wachttijd-kort = Son aylarda karar genellikle bir hafta içinde çıktı.
melding-start-wachttijd-bijgewerkt = Bu sayı { $moment } tarihli.
