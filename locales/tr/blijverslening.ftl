## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = Evde kalma kredisi: evinizi düzenlemek için borç para almak
blijverslening-uitleg-intro = Kendi eviniz mi var? Ve orada yaşamaya devam etmek mi istiyorsunuz? O zaman belki bir { $begrip } alabilirsiniz.
blijverslening-uitleg-svn = Krediyi SVn verir. SVn, Stimuleringsfonds Volkshuisvesting'dir. SVn, krediyi geri ödeyip ödeyemeyeceğinize de bakar. Buna kredi kontrolü (kredietcheck) denir.
blijverslening-uitleg-wie-titel = Kredi kimin için?
blijverslening-uitleg-wie-eigenaar = Evin sahibisiniz. Ve evde kendiniz oturuyorsunuz.
blijverslening-uitleg-wie-samen = Evin birden fazla sahibi mi var? O zaman krediye birlikte başvurursunuz.
blijverslening-uitleg-wie-reden = Evi bakıma ihtiyacınız olduğu için düzenliyorsunuz. Ya da ileride bakıma ihtiyacınız olacağını düşündüğünüz için. Ya da evi yaşlılığınıza uygun hale getiriyorsunuz.
blijverslening-uitleg-wie-vooraf = Krediye iş bitmeden önce başvurun. Bitmiş bir iş için kredi alamazsınız.
blijverslening-uitleg-soorten-titel = Hangi krediler var?
blijverslening-uitleg-consumptief = Kişisel kredi: { $minimum } ile { $maximum } arası. Faiz 10 yıl sabittir. Başvuranlardan en az 1 kişi { $jaren } yaşından küçüktür.
blijverslening-uitleg-hypothecair = Evinizin teminat olduğu kredi: { $minimum } ile { $maximum } arası. Faiz 10 veya 20 yıl sabittir.
blijverslening-uitleg-doen-titel = Ne yapabilirsiniz?
blijverslening-uitleg-check = Önce krediyi alma olasılığınıza bakın. Bunun için giriş yapmanız gerekmez. Hiçbir şey saklamayız.
blijverslening-uitleg-check-knop = Bunu alabilir miyim?
blijverslening-uitleg-aanvragen = Krediye başvurmak mı istiyorsunuz? O zaman giriş yaparsınız. Birinden size yardım etmesini de isteyebilirsiniz.
blijverslening-uitleg-aanvragen-knop = Krediye başvur
blijverslening-budget-over = Bu yıl yeni krediler için hâlâ { $over } var.
blijverslening-bron = Kural: { $bron }

blijverslening-ja = Evet
blijverslening-nee = Hayır

blijverslening-check-titel = Evde kalma kredisi alabilir miyim?
blijverslening-check-intro = Soruları cevaplayın. O zaman { $begrip } alma olasılığınızı görürsünüz. Soruları atlayabilirsiniz.
blijverslening-check-niets-bewaard = Cevaplarınızı saklamayız.
blijverslening-check-eigenaar = Evin sahibi misiniz?
blijverslening-check-bewoner = Evde kendiniz mi oturuyorsunuz?
blijverslening-check-alle = Tüm ev sahipleri krediye birlikte mi başvuruyor?
blijverslening-check-alle-hint = Örneğin ev ikinize aitse, siz ve partneriniz.
blijverslening-check-geboren-legend = Başvuranlar ne zaman doğdu?
blijverslening-check-geboren-hint = Her ev sahibi için doğum tarihini girin.
blijverslening-check-geboren-n = Başvuran { $nummer }
blijverslening-check-klaar = İş bitti mi?
blijverslening-check-klaar-hint = İş başladı ama henüz bitmedi mi? O zaman kredi hâlâ mümkündür. Bitmiş bir iş için kredi alamazsınız.
blijverslening-check-knop = Sonuca bakın
blijverslening-check-nu-titel = Şimdi ne yapabilirsiniz?
blijverslening-check-nu-ja = Krediye başvurabilirsiniz. Belediye o zaman başvurunuza bakar.
blijverslening-check-nu-nee = Krediyi büyük olasılıkla alamazsınız. Sorularınız mı var? O zaman belediyeyle iletişime geçin.

blijverslening-uitkomst-ja = Krediyi büyük olasılıkla alabilirsiniz
blijverslening-uitkomst-nee = Krediyi büyük olasılıkla alamazsınız
blijverslening-uitkomst-open = Henüz kesin bilmiyoruz
blijverslening-oordeel-ja = Uygun
blijverslening-oordeel-nee = Uygun değil
blijverslening-oordeel-open = Henüz bilinmiyor

blijverslening-grond-eigenaar-ja = Evin sahibisiniz.
blijverslening-grond-eigenaar-nee = Ev sahibi değilsiniz. Krediyi sadece ev sahipleri alabilir.
blijverslening-grond-eigenaar-open = Ev sahibi olup olmadığınızı henüz bilmiyoruz.
blijverslening-grond-bewoner-ja = Evde kendiniz oturuyorsunuz.
blijverslening-grond-bewoner-nee = Evde kendiniz oturmuyorsunuz. O zaman krediyi alamazsınız.
blijverslening-grond-bewoner-open = Evde kendiniz oturup oturmadığınızı henüz bilmiyoruz.
blijverslening-grond-alle-ja = Tüm ev sahipleri krediye birlikte başvuruyor.
blijverslening-grond-alle-nee = Tüm ev sahipleri krediye birlikte başvurmalıdır.
blijverslening-grond-alle-open = Tüm ev sahiplerinin katılıp katılmadığını henüz bilmiyoruz.
blijverslening-grond-reden-ja = Evi bakım için veya ileride için düzenliyorsunuz.
blijverslening-grond-reden-open = Evi neden düzenlediğinizi henüz bilmiyoruz.
blijverslening-grond-werk-ja = İş henüz bitmedi.
blijverslening-grond-werk-nee = İş zaten bitti. O zaman kredi alamazsınız.
blijverslening-grond-werk-open = İşin bitip bitmediğini henüz bilmiyoruz.
blijverslening-grond-leeftijd-ja = Başvuranlardan en az 1 kişi { $jaren } yaşından küçük.
blijverslening-grond-leeftijd-nee = Tüm başvuranlar { $jaren } yaşında veya daha büyük. O zaman sadece evinizin teminat olduğu bir kredi alabilirsiniz.
blijverslening-grond-leeftijd-open = Başvuranların yaşını henüz bilmiyoruz.
blijverslening-grond-bedrag-ja = Tutar uygun: { $minimum } ile { $maximum } arasında.
blijverslening-grond-bedrag-laag = Tutar çok düşük. En az { $minimum } borç alabilirsiniz.
blijverslening-grond-bedrag-hoog = Tutar çok yüksek. En fazla { $maximum } borç alabilirsiniz.
blijverslening-grond-bedrag-hoog-consumptief = Tutar kişisel kredi için çok yüksek. Kişisel kredi en fazla { $maximum } olur. Evinizi teminat gösterirseniz belki daha fazla borç alabilirsiniz: { $maximum_hypothecair } tutarına kadar.
blijverslening-grond-bedrag-open = Tutarı henüz bilmiyoruz.
blijverslening-grond-soort-open = Hangi krediyi istediğinizi henüz bilmiyoruz.
blijverslening-grond-kosten-ja = Tutar, masraflardan yüksek değil: { $kosten }.
blijverslening-grond-kosten-nee = { $kosten } tutarındaki masraflardan daha fazla borç almak istiyorsunuz. Bu mümkün değil.
blijverslening-grond-budget-ja = Bu yıl hâlâ yeterli para var: { $over }.
blijverslening-grond-budget-nee = Bu yıl hâlâ { $over } var. Bu, borç almak istediğiniz tutardan az.
blijverslening-grond-budget-op = Bu yılın parası bitti.
blijverslening-grond-budget-open = Bu yıl hâlâ { $over } var.

blijverslening-grond-a = Belediyenin kurallarına uymuyorsunuz.
blijverslening-grond-b = Bu yıl için yeterli para kalmadı.
blijverslening-grond-c = SVn'nin kurallarına uymuyorsunuz.
blijverslening-grond-d = SVn'nin kredi kontrolü olumsuz.
blijverslening-grond-e = Başvurudaki bilgiler doğru değildi.
blijverslening-grond-f = Krediye iş bittikten sonra başvurdunuz.

blijverslening-maandlast-titel = Ayda ne ödersiniz?
blijverslening-maandlast = Ayda yaklaşık { $bedrag }.
blijverslening-maandlast-schatting = Bu bir tahmindir. SVn'nin faiziyle hesaplıyoruz. Gerçek tutarı SVn belirler.
blijverslening-maandlast-aflossing = Kişisel krediyi { $consumptief } yılda geri ödediğinizi varsayarak hesaplıyoruz. Evinizin teminat olduğu krediyi ise { $hypothecair } yılda. Faizin bu süre boyunca aynı kaldığını da varsayıyoruz.
blijverslening-maandlast-later = Bu adımdan sonra ayda yaklaşık ne ödeyeceğinizi görürsünüz.

blijverslening-soort-label = Hangi krediyi istiyorsunuz?
blijverslening-soort-consumptief = Kişisel kredi
blijverslening-soort-consumptief-hint = 2.500 ile 10.000 euro arası. Faiz 10 yıl sabittir.
blijverslening-soort-hypothecair = Evinizin teminat olduğu kredi
blijverslening-soort-hypothecair-hint = 2.500 ile 30.000 euro arası. Faiz 10 veya 20 yıl sabittir.
blijverslening-looptijd-label = Faizin ne kadar süre sabit olmasını istiyorsunuz?
blijverslening-looptijd-hint = SVn faizi 10 veya 20 yıl sabitler. Kişisel kredide bu her zaman 10 yıldır.
blijverslening-looptijd-10 = 10 yıl sabit
blijverslening-looptijd-20 = 20 yıl sabit
blijverslening-jaren = { $jaren } yıl
blijverslening-bedrag-label = Ne kadar borç almak istiyorsunuz?
blijverslening-bedrag-hint = Euro olarak, örneğin 5000.
blijverslening-bedrag-grenzen = Kişisel kredi { $cmin } ile { $cmax } arasıdır. Evinizin teminat olduğu kredi { $hmax } tutarına kadardır.
blijverslening-reden-label = Evi neden düzenliyorsunuz?
blijverslening-reden-zorg-nu = Şu anda bakıma ihtiyacım var. Bu yüzden evin değişmesi gerekiyor.
blijverslening-reden-zorg-later = İleride bakıma ihtiyacım olacağını düşünüyorum.
blijverslening-reden-levensloop = Yaşlandığımda evde kalabilmek istiyorum.

blijverslening-formulier-titel = Evde kalma kredisine başvurun
blijverslening-formulier-intro = Bir { $begrip } için birkaç bölümde başvurursunuz. Durup daha sonra devam edebilirsiniz. Doldurduklarınızı saklarız.
blijverslening-formulier-knop = Kaydet ve devam et
blijverslening-namens = Buna { $naam } için başvuruyorsunuz.
blijverslening-start-nodig-titel = Neye ihtiyacınız var?
blijverslening-start-nodig-adres = Evin adresi.
blijverslening-start-nodig-mede = Diğer ev sahiplerinin adı, doğum tarihi ve e-posta adresi.
blijverslening-start-nodig-kosten = İşin maliyeti. Örneğin müteahhidin fiyat teklifinden.
blijverslening-start-nodig-bewijs = Evin sahibi olduğunuzun ve evde oturduğunuzun kanıtı.
blijverslening-start-check-titel = Kontroldeki cevaplarınız
blijverslening-start-check-tekst = Bu cevapları sizin için şimdiden doldururuz. Onları daha sonra değiştirebilirsiniz.
blijverslening-start-concepten = Henüz göndermediğiniz başvurular
blijverslening-start-concept = { $datum } tarihli başvuru
blijverslening-start-knop = Başvuruya başlayın
blijverslening-start-knop-nieuw = Yeni bir başvuru başlatın
blijverslening-taken-intro = Başvurunuz { $aantal ->
        [one] { $aantal } bölümden
       *[other] { $aantal } bölümden
    } oluşur. Her bölümü doldurun. Doldurduklarınızı saklarız. Durup daha sonra devam edebilirsiniz.
blijverslening-taken-klaar = { $aantal ->
        [one] { $aantal } bölümden
       *[other] { $aantal } bölümden
    } { $klaar } tanesini bitirdiniz.
blijverslening-taken-versturen-titel = Kontrol edin ve gönderin
blijverslening-taken-versturen-klaar = Tüm bölümler hazır. Başvurunuzu kontrol edin ve gönderin.
blijverslening-taken-versturen-nog = Tüm bölümler hazır mı? O zaman başvurunuzu kontrol edin ve gönderin.
blijverslening-taken-nakijken = Başvuruyu kontrol edin
blijverslening-stand-niet-begonnen = Henüz başlanmadı
blijverslening-stand-bezig = Devam ediyor
blijverslening-stand-klaar = Hazır
blijverslening-deel-bewaren = Düğmeye bastığınızda doldurduklarınızı saklarız.
blijverslening-naar-overzicht = Başvurunuza geri dönün
blijverslening-deel-aanvrager = Sizin hakkınızda
blijverslening-deel-eigenaren = Diğer ev sahipleri
blijverslening-naam-label = Adınız
blijverslening-geboren-label = Doğum tarihi
blijverslening-mede-uitleg = Evin birden fazla sahibi mi var? O zaman onları aşağıya yazın. Onlara bir e-posta gelir. E-postada katıldıklarını onaylarlar.
blijverslening-mede-legend = Diğer ev sahibi { $nummer }
blijverslening-mede-hint = Başka ev sahibi yoksa boş bırakın.
blijverslening-mede-naam = Ad
blijverslening-mede-email = E-posta adresi
blijverslening-mede-email-hint = Onay talebini bu adrese göndeririz.
blijverslening-deel-woning = Ev
blijverslening-adres-legend = Evin adresi
blijverslening-adres-hint = Düzenlemek istediğiniz ev.
blijverslening-straat-label = Sokak ve ev numarası
blijverslening-postcode-label = Posta kodu
blijverslening-plaats-label = Yer
blijverslening-adres-label = Evin adresi
blijverslening-adres-onbekend = Sorulmadı
blijverslening-bevestig-eigenaar = Evin sahibiyim.
blijverslening-bevestig-bewoner = Evde kendim oturuyorum.
blijverslening-bevestig-alle = Evin tüm sahiplerini yazdım.
blijverslening-alle-hint = Evin tek sahibi siz misiniz? O zaman da işaret koyun.
blijverslening-bewijs-later = Kanıtı daha sonra gönderirsiniz. Örneğin Kadaster'den (tapu dairesi) bir belge.
blijverslening-deel-kosten = İş ve masraflar
blijverslening-maatregelen-label = Ne yaptırmak istiyorsunuz?
blijverslening-maatregelen-hint = Örneğin: merdiven asansörü, eşiksiz duş veya daha geniş kapılar.
blijverslening-materiaal-label = Malzeme masrafları
blijverslening-arbeid-label = İşçilik masrafları
blijverslening-uren-label = Müteahhidin saat ücretleri
blijverslening-leenkosten-label = Kredi masrafları
blijverslening-subsidies-label = Aldığınız hibeler
blijverslening-subsidies-hint = Bu tutar masraflardan düşülür. Hibe almıyorsanız 0 yazın.
blijverslening-nul-hint = Masraf yoksa 0 yazın.
blijverslening-werkelijk-label = Toplam masraflar eksi hibeler
blijverslening-deel-lening = Kredi
blijverslening-gepland-label = İş ne zaman bitecek?
blijverslening-gepland-hint = İş başlamış olabilir. Ama henüz bitmiş olmamalı. Örneğin 15 3 2027.

blijverslening-fout-naam = Adınızı yazın.
blijverslening-fout-te-lang = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.
blijverslening-fout-geboren = Doğum tarihini yazın.
blijverslening-fout-geboren-toekomst = Doğum tarihi gelecekte. Tarihi kontrol edin.
blijverslening-fout-datum-onvolledig = Bir gün, bir ay ve bir yıl girin.
blijverslening-fout-datum-bestaat-niet = Bu tarih yok. Tarihi kontrol edin.
blijverslening-fout-straat = Sokak ve ev numarasını yazın.
blijverslening-fout-huisnummer = Ev numarasını da yazın, örneğin Dorpsstraat 12.
blijverslening-fout-postcode-leeg = Posta kodunu yazın.
blijverslening-fout-postcode = 2665 AB gibi bir posta kodu yazın.
blijverslening-fout-plaats = Yeri yazın.
blijverslening-fout-mede-naam = Diğer ev sahibinin adını yazın.
blijverslening-fout-mede-email = naam@voorbeeld.nl gibi doğru bir e-posta adresi yazın.
blijverslening-fout-eigenaar = Krediyi sadece ev sahibiyseniz alabilirsiniz. Bu doğruysa işaret koyun.
blijverslening-fout-bewoner = Krediyi sadece evde kendiniz oturuyorsanız alabilirsiniz. Bu doğruysa işaret koyun.
blijverslening-fout-alle-eigenaren = Tüm ev sahipleri krediye birlikte başvurur. Onları yazın ve işaret koyun.
blijverslening-fout-reden = Evi neden düzenlediğinizi seçin.
blijverslening-fout-maatregelen = Ne yaptırmak istediğinizi yazın.
blijverslening-fout-kosten = Malzeme masraflarını yazın.
blijverslening-fout-bedrag-onleesbaar = 2500 veya 2.500,00 gibi, euro olarak bir tutar yazın.
blijverslening-fout-soort = Hangi krediyi istediğinizi seçin.
blijverslening-fout-leeftijd = Kişisel kredi için en az 1 ev sahibi { $jaren } yaşından küçük olmalıdır. Evinizin teminat olduğu bir kredi seçin.
blijverslening-fout-looptijd = Faizin ne kadar süre sabit olacağını seçin.
blijverslening-fout-bedrag = Ne kadar borç almak istediğinizi yazın.
blijverslening-fout-bedrag-grenzen = Bu kredi için { $minimum } ile { $maximum } arası borç alabilirsiniz.
blijverslening-fout-bedrag-kosten = Masraflar eksi hibelerden fazla borç alamazsınız: { $kosten }.
blijverslening-fout-gepland = İşin ne zaman biteceğini yazın.
blijverslening-fout-gepland-voorbij = Bu tarih geçti. Bitmiş bir iş için kredi alamazsınız.
blijverslening-fout-stuk-soort = Bunun nasıl bir kanıt olduğunu seçin.
blijverslening-fout-stuk-mist = Bunu da gönderin: { $stuk }.{ $meer ->
        [0] {""}
        [one] {" "}1 belge daha eksik.
       *[other] {" "}{ $meer } belge daha eksik.
    }
blijverslening-fout-antwoord = Evet veya hayır seçin.
blijverslening-fout-stuk-verwijder = { $naam } dosyasını silmek istiyorsanız işaret koyun.

blijverslening-stukken-titel = Kanıt gönderin
blijverslening-stukken-intro = Bu belgeleri de gönderin. PDF, JPG veya PNG olabilir.
blijverslening-stukken-al = Gönderdiğiniz belgeler
blijverslening-stukken-geen = Henüz belge göndermediniz.
blijverslening-stukken-missen = Bu belgeler hâlâ eksik:
blijverslening-stukken-toevoegen = Belge ekleyin veya silin
blijverslening-stukken-verder = Kontrole geri dönün
blijverslening-stuk-soort-label = Bu nasıl bir belge?
blijverslening-stuk-bestand-label = Bir veya birkaç dosya seçin
blijverslening-stuk-knop = Kaydet
blijverslening-stuk-verwijder-vinkje = Evet, { $naam } dosyasını sil
blijverslening-stuk-verwijder-knop = Sil
blijverslening-stuk-verwijderd = Dosyayı sildik.
blijverslening-stuk-eigendom = Ev sahibi olduğunuzun kanıtı, örneğin Kadaster'den bir belge
blijverslening-stuk-bewoning = Evde oturduğunuzun kanıtı, örneğin adresinizin yazdığı bir mektup
blijverslening-stuk-offerte = Müteahhitten bir fiyat teklifi

blijverslening-controleren-titel = Başvurunuzu kontrol edin
blijverslening-controleren-intro = Her şey doğru mu? Bir şey değiştirmek mi istiyorsunuz? O zaman cevabın yanındaki Değiştir'i seçin.
blijverslening-controleren-niet-begonnen = Bu bölümü henüz doldurmadınız.
blijverslening-controleren-niet-klaar = Bu bölüm henüz hazır değil.
blijverslening-controleren-aanvullen = Bu bölümü doldurun
blijverslening-controleren-aanpassen = Bunu değiştirin
blijverslening-niet-ingevuld = Henüz doldurulmadı
blijverslening-mede-geen = Yok
blijverslening-versturen-titel = Başvuruyu gönder
blijverslening-versturen-mede = Diğer ev sahiplerine bir e-posta gider. Hepsi evet derse, başvuru belediyeye gider.
blijverslening-versturen-knop = Başvuruyu gönder

blijverslening-mede-rij = Diğer ev sahibi
blijverslening-mede-zegt-ja = katılıyor
blijverslening-mede-zegt-nee = katılmıyor
blijverslening-mede-wacht = henüz cevap vermedi

blijverslening-zaak-titel = Evde kalma kredisi başvurunuz
blijverslening-zaak-nummer = Numaranız
blijverslening-zaak-concept = Başvuruyu henüz göndermediniz.
blijverslening-zaak-verder = Başvuruya devam edin
blijverslening-zaak-nakijken = Başvurunuzu kontrol edin
blijverslening-zaak-wacht = Diğer ev sahiplerinin cevabını bekliyoruz. Onlara bir e-posta gitti.
blijverslening-zaak-gestopt = Başka bir ev sahibi katılmıyor. Bu yüzden başvuru duruyor. Tüm ev sahipleri krediye birlikte başvurmalıdır.
blijverslening-zaak-ingediend = Başvurunuz belediyede. Belediye karar verince size haber verilir.
blijverslening-zaak-verder-titel = Sonra ne olacak?
blijverslening-zaak-antwoorden = Cevaplarınız
blijverslening-status-concept = Henüz gönderilmedi
blijverslening-status-wacht = Diğer ev sahipleri bekleniyor
blijverslening-status-ingediend = Belediyede
blijverslening-status-gestopt = Durduruldu
blijverslening-status-toegekend = Kabul edildi
blijverslening-status-geweigerd = Reddedildi
blijverslening-stap-concept = Başvuruyu doldurma
blijverslening-stap-mede = Diğer ev sahiplerinin onayı
blijverslening-stap-ingediend = Belediye başvuruya bakıyor
blijverslening-stap-besloten = Belediye karar veriyor

blijverslening-besluit-titel = Karar
blijverslening-besluit-toegekend = Belediye size { $bedrag } tutarında kredi veriyor. Bu karar { $datum } tarihli.
blijverslening-besluit-svn = Bu karar geçicidir. SVn şimdi kredi kontrolü yapıyor. SVn sizinle iletişime geçecek. Sonra SVn krediyi verir.
blijverslening-besluit-geweigerd = Belediye size krediyi vermiyor. Bu karar { $datum } tarihli.
blijverslening-besluit-waarom = Neden?
blijverslening-bezwaar = Karara katılmıyor musunuz? O zaman { $begrip } edebilirsiniz. Bunu { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } boyunca, { $datum } tarihine kadar (o gün dahil) yapabilirsiniz.

blijverslening-log-titel = Başvurunuza kim baktı?
blijverslening-log-geen = Başvurunuza başka kimse bakmadı.
blijverslening-log-bekeken = { $wie } başvuruya baktı.
blijverslening-log-gedownload = { $wie } bir belge açtı.
blijverslening-log-gewijzigd = { $wie } başvuruyu değiştirdi.
blijverslening-log-vastgelegd = { $wie } dosyanız üzerinde çalıştı.
blijverslening-log-opgepakt = { $wie } başvuruyu işleme aldı.
blijverslening-log-besloten = { $wie } kararı verdi.
blijverslening-log-medewerker = belediye
blijverslening-log-helper = size yardım eden kişi
blijverslening-mijn-loket = Sayfama git

blijverslening-eigenaar-titel = Başvuruya katılıyor musunuz?
blijverslening-eigenaar-intro = Sayın { $naam }, { $aanvrager } eviniz için bir { $begrip } başvurusu yapıyor. Siz de ev sahibisiniz. Bu yüzden katılıp katılmadığınızı soruyoruz.
blijverslening-eigenaar-vraag = Bu başvuruya katılıyor musunuz?
blijverslening-eigenaar-ja = Evet, katılıyorum
blijverslening-eigenaar-nee = Hayır, katılmıyorum
blijverslening-eigenaar-nee-hint = O zaman başvuru durur.
blijverslening-eigenaar-knop = Cevabı gönder
blijverslening-eigenaar-gedaan-ja = Teşekkür ederiz. Başvuruya katılıyorsunuz.
blijverslening-eigenaar-gedaan-nee = Teşekkür ederiz. Katılmıyorsunuz. Başvuru duruyor.

blijverslening-mail-onderwerp = { $referentie } numaralı başvurunuz hakkında yeni bilgi
blijverslening-mail-knop = Başvurunuza bakın
blijverslening-mail-ingediend = Belediye { $begrip } başvurunuzu aldı. Numaranız: { $referentie }.
blijverslening-mail-wacht = Başvuruyu gönderdiniz. Numaranız: { $referentie }. Şimdi diğer ev sahiplerini bekliyoruz.
blijverslening-mail-gestopt = Başka bir ev sahibi katılmıyor. Bu yüzden { $referentie } numaralı başvurunuz duruyor.
blijverslening-mail-besluit = Belediye { $referentie } numaralı başvurunuz hakkında karar verdi.
blijverslening-mail-eigenaar-onderwerp = { $referentie } numaralı başvuruya katılıyor musunuz?
blijverslening-mail-eigenaar-tekst = { $aanvrager } ev için bir { $begrip } başvurusu yapıyor. Siz de ev sahibisiniz.
blijverslening-mail-eigenaar-vraag = Tüm ev sahipleri katılmalıdır. Katılıp katılmadığınızı bize bildirin.
blijverslening-mail-eigenaar-knop = Cevabınızı verin
blijverslening-mail-eigenaar-niet = Bu başvuruyu bilmiyor musunuz? O zaman hayır'ı seçin.

blijverslening-mijn-loket-titel = Evde kalma kredisi
blijverslening-mijn-loket-zaak = Evde kalma kredisi başvurusu
blijverslening-mijn-loket-nummer = Numara: { $nummer }
blijverslening-mijn-loket-bekijk = Başvuruya bakın
blijverslening-verlopen-titel = Bu bağlantı artık çalışmıyor
blijverslening-verlopen-tekst = Bu bağlantıyla 14 gün içinde cevap verebiliyordunuz. Bu süre geçti.
blijverslening-verlopen-wat = Yine de katılmak mı istiyorsunuz? Başvurandan size yeni bir e-posta göndermesini isteyin. Bu, başvurunun sayfasında yapılabilir.
blijverslening-verlopen-start = Ana sayfaya git
blijverslening-opnieuw-uitleg = E-postadaki bağlantı 14 gün çalışır. Başka bir ev sahibine e-posta gitmedi mi? Ya da bağlantı artık çalışmıyor mu? O zaman e-postayı tekrar gönderin. Eski bağlantı bundan sonra çalışmaz.
blijverslening-opnieuw-knop = E-postayı tekrar gönder
blijverslening-opnieuw-gedaan = E-postayı, henüz cevap vermeyen ev sahiplerine tekrar gönderdik.
