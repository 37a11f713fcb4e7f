# Het Kindpakket: uitleg, check, pagina voor kinderen, aanvraag en zaakpagina.

kindpakket-bron = Kaynak: { $bron }
kindpakket-maximum = Çocuk başına yılda en fazla { $bedrag }.
kindpakket-maximum-kind = Yılda en fazla { $bedrag } alırsın.

kindpakket-uitleg-titel = Kindpakket
kindpakket-uitleg-intro = { $begrip }, geliri düşük ailelerdeki çocuklara yardım eder. Böylece çocuklar okulda ve okul dışında her şeye katılabilir.
kindpakket-uitleg-onbekend = Birçok anne baba Kindpakket'in var olduğunu henüz bilmiyor. Çocuğunuzun bunu alıp alamayacağına bakın.
kindpakket-uitleg-wat-titel = İçinde neler var?
kindpakket-uitleg-wie-titel = Kimler alabilir?
kindpakket-uitleg-wie-kinderen = Sizinle birlikte yaşayan, { $leeftijd } yaşından küçük çocuklar.
kindpakket-uitleg-wie-inkomen = Hanenizin geliri düşüktür. Net gelir, haneniz için geçerli sosyal yardım (bijstand) tutarının yüzde { $procent } oranını geçmez.
kindpakket-uitleg-wie-schrijnend = Geliriniz daha mı yüksek? O zaman bazen yine de mümkündür, yüzde { $procent } oranına kadar. Örneğin çalışıyorsanız ama elinize yine de az para kalıyorsa. O zaman nedenini yazarsınız.
kindpakket-uitleg-wie-schrijnend-onderdelen = Bu sadece şunlar için mümkündür: { $onderdelen }.
kindpakket-uitleg-doen-titel = Ne yapabilirsiniz?
kindpakket-link-check = Kindpakket alıp alamayacağınıza bakın
kindpakket-link-aanvragen = Kindpakket için başvurun
kindpakket-link-kinderen = Çocuklar ve anne babalar için açıklama

kindpakket-kinderen-titel = Kindpakket: çocuklar için açıklama
kindpakket-kinderen-intro = { $begrip } çocuklar içindir. Bununla spor yapabilir, müzik yapabilir veya okul için eşya alabilirsin.
kindpakket-kinderen-waarom = Bazen evde az para olur. O zaman belediye yardım edebilir. Böylece sen de her şeye katılabilirsin.
kindpakket-kinderen-wat-titel = Neler alabilirsin?
kindpakket-kinderen-hoe-titel = Nasıl başvurulur?
kindpakket-kinderen-hoe-ouder = Baban, annen veya sana bakan kişi başvurur. Bunu bu web sitesinden yapabilir.
kindpakket-kinderen-hoe-samen = Ne istediğini onlarla birlikte seç. Örneğin bir spor kulübü, müzik dersi veya okul için bir bisiklet.
kindpakket-kinderen-hoe-geen-schaamte = Birçok çocuk Kindpakket alıyor. Okulda kimsenin bunu bilmesi gerekmez.

kindpakket-check-titel = Kindpakket alabilir miyim?
kindpakket-check-intro = Birkaç soruyu cevaplayın. O zaman { $begrip } alma olasılığınızı görürsünüz.
kindpakket-check-niets-bewaard = Giriş yapmanız gerekmez. Cevaplarınızı saklamayız.
kindpakket-check-knop = Sonuca bakın
kindpakket-samenstelling-label = Haneniz kimlerden oluşuyor?
kindpakket-samenstelling-alleen = Sadece çocuklarımla yaşıyorum
kindpakket-samenstelling-samen = Bir partnerle birlikte yaşıyorum
kindpakket-aow-label = AOW yaşına (emeklilik yaşı) ulaştınız mı?
kindpakket-aow-hint = Çiftler için: Siz ve partneriniz, ikiniz de AOW yaşına ulaştınız mı?
kindpakket-aow-nee = Hayır, henüz değil
kindpakket-aow-ja = Evet
kindpakket-inkomen-label = Hanenizin aylık net geliri
kindpakket-inkomen-hint = Birlikte her ay aldığınız her şeyi toplayın. Örneğin maaş, ödenek veya ek ödemeler (toeslagen). Tutarı euro olarak yazın, örneğin 1450,00.
kindpakket-inkomen-grenzen = Tek başınaysanız Kindpakket aylık { $alleen } tutarına kadar mümkündür. Partnerle birlikte { $samen } tutarına kadar.
kindpakket-aantal-label = Sizinle kaç çocuk yaşıyor?
kindpakket-leeftijden-label = Çocuklarınız kaç yaşında?
kindpakket-leeftijden-hint = Her çocuğun yaşını yazın. Aralarına virgül koyun, örneğin 4, 9, 15.

kindpakket-uitslag-tag = Sonuç
kindpakket-uitslag-ja = Kindpakket'i büyük olasılıkla alabilirsiniz
kindpakket-uitslag-schrijnend = Kindpakket'i sadece geçerli bir nedenle alabilirsiniz
kindpakket-uitslag-nee = Kindpakket'i büyük olasılıkla alamazsınız
kindpakket-uitslag-grens = Haneniz için sınır aylık net { $grens }. Geçerli bir nedenle sınır { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = Her bölümün kendi sınırı var. Gelirinizle şunları alabilirsiniz:
kindpakket-onderdeel-ja = { $onderdeel }: büyük olasılıkla evet. Sınır aylık { $grens }.
kindpakket-onderdeel-schrijnend = { $onderdeel }: sadece geçerli bir nedenle. Sınır o zaman aylık { $grens }.
kindpakket-onderdeel-nee = { $onderdeel }: büyük olasılıkla hayır. Sınır aylık { $grens }.
kindpakket-onderdeel-grens = { $onderdeel } (sınır aylık { $grens })
kindpakket-normen-oud = Dikkat: Sosyal yardım tutarı her altı ayda bir değişir. Hâlâ { $datum } tarihli sosyal yardım tutarıyla hesaplıyoruz. Sınır şimdi belki biraz daha yüksektir. Emin değil misiniz? O zaman Kindpakket için yine de başvurun.
kindpakket-medewerker-normen-oud = Profildeki sosyal yardım normları { $datum } tarihli. Bu tarih yedi aydan daha eski. Aşağıdaki sınırlar çok düşük olabilir. Yöneticiden yeni normları eklemesini isteyin.
kindpakket-uitslag-waarom = Neden?
kindpakket-uitslag-volgende = Şimdi ne yapabilirsiniz?
kindpakket-uitslag-ja-doen = Kindpakket için başvurun. Gelirinizin kanıtını hazır bulundurun.
kindpakket-uitslag-schrijnend-doen = Kindpakket için başvurun. Başvuruya, durumun sizin için neden zor olduğunu yazın. Belediye o zaman durumunuza bakar.
kindpakket-uitslag-nee-doen = Yine de para veya borçlarla ilgili sorularınız mı var? Belediyeyi arayın veya e-posta gönderin. Belediye sizinle birlikte çözüm arar.
kindpakket-uitslag-schatting = Bu ilk bir kontroldür. Belediye ancak siz başvurunca karar verir.
kindpakket-reden-kinderen = { $aantal ->
        [one] Sizinle { $leeftijd } yaşından küçük { $aantal } çocuk yaşıyor.
       *[other] Sizinle { $leeftijd } yaşından küçük { $aantal } çocuk yaşıyor.
    }
kindpakket-reden-geen-kinderen = Sizinle { $leeftijd } yaşından küçük çocuk yaşamıyor. Kindpakket sadece çocuklar içindir.
kindpakket-reden-inkomen-binnen = Geliriniz aylık { $grens } tutarından yüksek değil.
kindpakket-reden-inkomen-schrijnend = Geliriniz { $grens } tutarından yüksek. Ama { $grens_schrijnend } tutarından yüksek değil.
kindpakket-reden-inkomen-boven = Geliriniz aylık { $grens_schrijnend } tutarından yüksek. Bu, zor durumlar için olan sınırın da üstünde.
kindpakket-reden-norm = Haneniz için sosyal yardım tutarı aylık { $norm }. Sınırlar bu tutara göre belirlenir.

kindpakket-start-titel = Kindpakket için başvurun
kindpakket-start-intro = { $begrip } için tüm çocuklarınız adına aynı anda başvurursunuz.
kindpakket-start-nodig-titel = Neye ihtiyacınız var?
kindpakket-start-nodig-inkomen = Hanenizin aylık net geliri.
kindpakket-start-nodig-kinderen = Her çocuğun adı ve doğum tarihi.
kindpakket-start-nodig-bewijs = Gelirinizin kanıtı. Örneğin bir maaş bordrosu veya ödeneğinizle ilgili bir mektup.
kindpakket-start-opslaan = Doldurduklarınızı saklarız. Daha sonra devam edebilirsiniz.
kindpakket-start-check-titel = Kontroldeki cevaplarınız
kindpakket-start-check-tekst = Bu cevapları sizin için şimdiden doldururuz. Onları daha sonra değiştirebilirsiniz.
kindpakket-start-concepten = Daha önce başladıklarınız
kindpakket-concept-van = { $datum } tarihinde başlanan başvuru
kindpakket-start-knop = Başvuruya başlayın

kindpakket-formulier-titel = Kindpakket başvurunuz
kindpakket-formulier-intro = { $begrip } sorularını haneniz ve her çocuk için doldurun. Her düğmeyle doldurduklarınızı saklarız.
kindpakket-formulier-huishouden = Haneniz
kindpakket-schrijnend-label = Kindpakket'e neden ihtiyacınız var?
kindpakket-schrijnend-hint = Sadece geliriniz normal sınırdan yüksekse gereklidir. Durumu neyin zorlaştırdığını yazın.
kindpakket-formulier-kinderen = Çocuklarınız
kindpakket-formulier-kinderen-uitleg = Her çocuk için bir bölüm doldurun. Her çocuk için ne istediğini seçin.
kindpakket-kind-titel = Çocuk { $nummer }
kindpakket-kind-voornaam = Adı
kindpakket-kind-geboren = Doğum tarihi
kindpakket-kind-geboren-hint = Örneğin 27 3 2015
kindpakket-kind-onderdelen = Bu çocuk ne istiyor?
kindpakket-kind-onderdelen-hint = Bir veya birkaç tane seçin.
kindpakket-kind-weg = Evet, Çocuk { $nummer } kaldırılsın
kindpakket-kind-erbij = Bir çocuk daha ekle
kindpakket-formulier-bewijs = Gelirinizin kanıtı
kindpakket-bestand-label = Bir dosya ekleyin
kindpakket-bestand-hint = PDF, JPG veya PNG. Birden fazla dosyanız mı var? Onları Kaydet ile tek tek ekleyin.
kindpakket-bestand-verwijder-vinkje = Evet, { $naam } dosyasını sil
kindpakket-bestand-verwijder-knop = Sil
kindpakket-bestand-verwijderd = Dosyayı sildik.
kindpakket-formulier-verder = Kontrole geç
kindpakket-formulier-opslaan = Kaydet
kindpakket-formulier-controleren-link = Şimdiye kadar doldurduklarınıza bakın

kindpakket-fout-samenstelling = Hanenizin kimlerden oluştuğunu seçin.
kindpakket-fout-aow = AOW yaşına ulaşıp ulaşmadığınızı seçin.
kindpakket-fout-inkomen-leeg = Aylık net geliri yazın.
kindpakket-fout-inkomen = Geliri euro olarak bir tutar şeklinde yazın, örneğin 1450,00.
kindpakket-fout-inkomen-te-hoog = Geliriniz aylık { $grens } tutarından yüksek. O zaman Kindpakket alamazsınız.
kindpakket-fout-schrijnend = Geliriniz { $grens } tutarından yüksek. Kindpakket'e neden yine de ihtiyacınız olduğunu yazın.
kindpakket-fout-onderdeel-inkomen = Bu gelirle şunları alamazsınız: { $onderdelen }. Oradaki işareti kaldırın.
kindpakket-fout-bestand-verwijder = { $naam } dosyasını silmek istiyorsanız işaret koyun.
kindpakket-fout-aantal = Çocuk sayısını rakamla yazın. Sayı 0 ile { $max } arasında olmalıdır.
kindpakket-fout-leeftijden = Yaşları rakamla yazın, aralarına virgül koyun.
kindpakket-fout-leeftijden-aantal = Her çocuk için bir yaş yazın.
kindpakket-fout-te-lang = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.
kindpakket-fout-geen-kind = En az bir çocuk ekleyin.
kindpakket-fout-voornaam = Çocuk { $nummer } için adı yazın.
kindpakket-fout-geboren-leeg = Çocuk { $nummer } için doğum tarihini yazın.
kindpakket-fout-geboren-onvolledig = Günü, ayı ve yılı girin.
kindpakket-fout-geboren-bestaat-niet = Bu tarih yok. Günü, ayı ve yılı kontrol edin.
kindpakket-fout-geboren-toekomst = Bu tarih gelecekte.
kindpakket-fout-te-oud = Bu çocuk { $leeftijd } yaşında veya daha büyük. Kindpakket daha küçük çocuklar içindir.
kindpakket-fout-onderdelen = Bu çocuğun ne istediğini seçin.
kindpakket-fout-bewijs = Gelirinizin kanıtını ekleyin.
kindpakket-fout-geen-regels = Bunu şu anda kontrol edemiyoruz. Belediyeyle iletişime geçin.

kindpakket-controleren-titel = Başvurunuzu kontrol edin
kindpakket-controleren-intro = Her şeyin doğru olup olmadığına bakın. Yanlış bir şey mi var? O zaman Değiştir'i seçin.
kindpakket-controleren-schrijnend = Geliriniz normal sınırdan yüksek. Belediye nedeninizi okur ve sonra karar verir.
kindpakket-controleren-waar = Gönder ile her şeyin doğru olduğunu söylersiniz.
kindpakket-controleren-knop = Gönder

kindpakket-status-concept = Henüz gönderilmedi
kindpakket-status-ingediend = Gönderildi
kindpakket-status-besloten = Karar verildi
kindpakket-stap-verstuurd = Başvuru gönderildi
kindpakket-stap-besluit = Belediyenin kararı
kindpakket-stap-besluit-uiterlijk = Belediye en geç { $datum } tarihinde karar verir. Bu, başvurunuzdan { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = Numaranız
kindpakket-zaak-status = Durum:
kindpakket-zaak-verstuurd-op = Gönderilme tarihi: { $datum }.
kindpakket-zaak-besluit-titel = Karar
kindpakket-zaak-wacht = Belediye başvurunuza bakıyor. Karar verilince size e-posta gelir.
kindpakket-zaak-besloten-op = Belediye { $datum } tarihinde karar verdi.
kindpakket-besluit-ja = Evet, kabul edildi
kindpakket-besluit-nee = Hayır
kindpakket-besluit-open = Henüz karar verilmedi
kindpakket-zaak-nu-titel = Şimdi ne olacak?
kindpakket-zaak-nu-organisatie = Aldığınız her şey için ilgili kuruluş sizinle iletişime geçer. Bu kuruluşlar: { $organisaties }.
kindpakket-zaak-nu-niets = Kindpakket'ten hiçbir şey almıyorsunuz. Nedenini yukarıda okuyun.
kindpakket-zaak-bezwaar = Karara katılmıyor musunuz? O zaman { $begrip } edebilirsiniz. Bunu { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } içinde, { $datum } tarihine kadar (o gün dahil) yapabilirsiniz.
kindpakket-zaak-gegevens-titel = Gönderdikleriniz
kindpakket-zaak-log-titel = Başvurunuza kim baktı?
kindpakket-zaak-log-leeg = Sizden başka henüz kimse.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) başvuruya baktı.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) bir dosya açtı.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) başvuruya ekleme yaptı.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) dosyanız üzerinde çalıştı.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) başvuruyu işleme aldı.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) başvuruyu gönderdi.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) kararı verdi.
kindpakket-log-medewerker = belediye görevlisi
kindpakket-log-helper = yardımcı
kindpakket-zaak-mijn-loket = Sayfama git

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = Kindpakket başvurusu
kindpakket-mijn-loket-versturen = Başvuruyu kontrol edin ve gönderin
kindpakket-mijn-loket-verder = Başvuruya devam edin
kindpakket-mijn-loket-kinderen = { $aantal ->
        [one] { $aantal } çocuk için.
       *[other] { $aantal } çocuk için.
    }
kindpakket-mijn-loket-bekijk = Başvuruya bakın

kindpakket-mail-onderwerp = { $referentie } numaralı başvurunuz hakkında yeni bilgi
kindpakket-mail-tekst = { $referentie } numaralı Kindpakket başvurunuz hakkında yeni bilgi var.
kindpakket-mail-inloggen = Kararı okumak için giriş yapın.
kindpakket-mail-knop = Başvurunuza bakın
kindpakket-mail-ontvangen-onderwerp = { $referentie } numaralı başvurunuz alındı
kindpakket-mail-ontvangen-tekst = Kindpakket başvurunuzu aldık. Numaranız: { $referentie }.
kindpakket-kind-weg-label = Bu çocuğu kaldırmak istiyor musunuz?
kindpakket-weg-hint = Bu, aşağıdaki düğmelerden birine bastığınızda olur.
