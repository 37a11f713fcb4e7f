# Het uitdaagrecht: uitleg, openbare voorstellen, steun, initiatieven, voorstellen schrijven en volgen.

uitdaagrecht-uitleg-titel = Meydan okuma hakkı: belediyenin bir görevini üstlenmek
uitdaagrecht-uitleg-intro = Diğer sakinlerle birlikte belediyenin bir görevini daha iyi yapabilir misiniz? O zaman belediyeye meydan okuyabilirsiniz. Buna { $begrip } denir.
uitdaagrecht-uitleg-wet = Bu hak önce { $begrip } yasasında yazılıydı. 2025'ten beri Gemeentewet'te (Belediye Yasası, madde 150) yazılıdır. Belediye meclisi bunu bir yönetmelikle düzenler. Konu, daha iyi, daha ucuz veya sakinlere daha yakın yapılabilecek görevlerdir.
uitdaagrecht-uitleg-wie = Bunu tek başınıza yapmazsınız. Bir grupla yaparsınız. Bu bir sakinler grubu, kooperatif, vakıf veya dernek olabilir. Bu gruba girişim diyoruz.
uitdaagrecht-uitleg-voorbeeld-titel = Bir örnek
uitdaagrecht-uitleg-voorbeeld = Bir örnek, Horst aan de Maas belediyesindeki America köyüdür. Orada sakinler, bakım ve refah işlerini kendilerinin daha iyi düzenleyebileceğini düşündü. Örneğin ev işlerinde yardım. Belediye başkan yardımcısına gittiler. Şimdi bunu kendi kooperatiflerinde kendileri düzenliyorlar.
uitdaagrecht-uitleg-stappen-titel = Süreç böyle işler
uitdaagrecht-uitleg-stap-aanmelden = Girişiminizi kaydedersiniz. Sonra diğer üyeleri davet edersiniz.
uitdaagrecht-uitleg-stap-schrijven = Öneriyi birlikte yazarsınız. Tüm üyeler öneriyi değiştirebilir. Öneri, siz gönderene kadar kayıtlı kalır.
uitdaagrecht-uitleg-stap-versturen = Öneriyi kontrol eder ve gönderirsiniz. Bir numara alırsınız.
uitdaagrecht-uitleg-stap-gesprek = Belediye önerinizi okur. Sizinle görüşür. Size sorular da sorabilir. Bu soruları burada cevaplarsınız.
uitdaagrecht-uitleg-stap-besluit = Belediye karar verir. Nedenini de yazar. Her adımda bir e-posta alırsınız.
uitdaagrecht-uitleg-openbaar = Önerinizi herkesin görüp göremeyeceğini kendiniz seçersiniz. Herkes görebiliyorsa, sakinler herkese açık sayfada önerinizi destekleyebilir.
uitdaagrecht-uitleg-start = Girişim kaydedin veya öneri yazın
uitdaagrecht-uitleg-lijst = Diğer girişimlerin önerilerine bakın

uitdaagrecht-lijst-titel = Sakinlerin önerileri
uitdaagrecht-lijst-intro = Sakinler bu planları belediyeye gönderdi. Herkesin bunları görebilmesini istiyorlar. Belediyenin ne aşamada olduğunu da görürsünüz.
uitdaagrecht-lijst-leeg = Henüz herkese açık öneri yok.
uitdaagrecht-lijst-paginas = Öneri sayfaları
uitdaagrecht-door = Gönderen: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] Henüz hiçbir sakin bu öneriyi desteklemiyor.
    [one] 1 sakin bu öneriyi destekliyor.
   *[other] { $aantal ->
        [one] { $aantal } sakin
       *[other] { $aantal } sakin
    } bu öneriyi destekliyor.
}

uitdaagrecht-status-label = Durum:
uitdaagrecht-status-concept = Henüz gönderilmedi
uitdaagrecht-status-ontvangen = Alındı
uitdaagrecht-status-in-gesprek = Görüşülüyor
uitdaagrecht-status-besloten = Karar verildi
uitdaagrecht-stap-ontvangen = Öneri alındı
uitdaagrecht-stap-gesprek = Belediyeyle görüşme
uitdaagrecht-stap-gesprek-overgeslagen = Belediye görüşme yapmadan karar verdi.
uitdaagrecht-stap-besluit = Belediyenin kararı

uitdaagrecht-besluit-titel = Belediyenin cevabı
uitdaagrecht-besluit-op = Karar tarihi: { $datum }.
uitdaagrecht-uitkomst-overgenomen = Girişim görevi üstleniyor.
uitdaagrecht-uitkomst-deels = Girişim görevin bir kısmını üstleniyor.
uitdaagrecht-uitkomst-afgewezen = Belediye öneriyi kabul etmiyor.

uitdaagrecht-steun-titel = Destek
uitdaagrecht-steun-uitleg = Bunun iyi bir öneri olduğunu mu düşünüyorsunuz? Bunu belediyeye bildirin. Sadece bir kez destek verebilirsiniz.
uitdaagrecht-steun-knop = Bu öneriyi destekliyorum
uitdaagrecht-steun-gegeven = Bu öneriyi destekliyorsunuz. Teşekkür ederiz.
uitdaagrecht-steun-intrekken = Desteğimi geri çek
uitdaagrecht-steun-inloggen = Bu öneriyi desteklemek için giriş yapın
uitdaagrecht-steun-gesloten = Belediye karar verdi. Artık destek verilemez.

uitdaagrecht-mijn-titel = Girişimleriniz
uitdaagrecht-mijn-intro = Bu girişimlerin üyesisiniz. Üye olarak önerilerin yazılmasına katılırsınız.
uitdaagrecht-mijn-leeg = Henüz hiçbir girişimin üyesi değilsiniz. { $begrip }nı kullanmak için girişiminizi kaydedin. Başka bir üye sizi davet mi etti? O zaman daveti aldığınız e-posta adresiyle giriş yapın.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] Henüz öneri yok.
    [one] 1 öneri.
   *[other] { $aantal ->
        [one] { $aantal } öneri
       *[other] { $aantal } öneri
    }.
}
uitdaagrecht-mijn-nieuw = Yeni bir girişim kaydedin

uitdaagrecht-aanmelden-titel = Girişim kaydet
uitdaagrecht-aanmelden-intro = Kim olduğunuzu anlatın. Siz de girişimin üyesi olursunuz. Sonra başka üyeleri davet edebilirsiniz.
uitdaagrecht-aanmelden-knop = Girişimi kaydet
uitdaagrecht-gegevens-titel = Girişimin bilgilerini değiştir
uitdaagrecht-gegevens-intro = Yeni bir ad veya başka bir iletişim kişisi mi var? Bunu burada değiştirin. Her üye bunu yapabilir.
uitdaagrecht-gegevens-knop = Bilgileri kaydet
uitdaagrecht-gegevens-link = Girişimin bilgilerini değiştir
uitdaagrecht-naam-label = Girişimin adı
uitdaagrecht-naam-hint = Örneğin: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = Girişimin adını yazın.
uitdaagrecht-vorm-label = Nasıl bir grupsunuz?
uitdaagrecht-vorm-leeg = Nasıl bir grup olduğunuzu seçin.
uitdaagrecht-vorm-bewonersgroep = Bir sakinler grubu
uitdaagrecht-vorm-cooperatie = Bir kooperatif
uitdaagrecht-vorm-stichting = Bir vakıf
uitdaagrecht-vorm-vereniging = Bir dernek
uitdaagrecht-kvk-label = KVK numarası (zorunlu değil)
uitdaagrecht-kvk-hint = Ticaret Odası'ndaki (Kamer van Koophandel) numara. 8 rakamlıdır. Sakinlerden oluşan grupların çoğu zaman numarası yoktur.
uitdaagrecht-kvk-ongeldig = KVK numarası 8 rakamlıdır. Örneğin: 12345678.
uitdaagrecht-contact-titel = İletişim kişisi
uitdaagrecht-contact-uitleg = Belediye bu kişiyle iletişime geçer. Bu kişi de yazmaya katılacak mı? O zaman e-posta adresini daha sonra üye olarak ekleyin.
uitdaagrecht-contact-naam-label = Ad
uitdaagrecht-contact-naam-leeg = İletişim kişisinin adını yazın.
uitdaagrecht-contact-email-label = E-posta adresi
uitdaagrecht-contact-telefoon-label = Telefon numarası (zorunlu değil)
uitdaagrecht-contact-telefoon-hint = Örneğin: 06 12345678.
uitdaagrecht-telefoon-ongeldig = 10 rakamlı bir telefon numarası yazın. Örneğin: 06 12345678.
uitdaagrecht-email-leeg = Bir e-posta adresi yazın.
uitdaagrecht-email-ongeldig = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
uitdaagrecht-te-lang = Bu çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.

uitdaagrecht-initiatief-voorstellen = Öneriler
uitdaagrecht-initiatief-geen-voorstellen = Bu girişimin henüz önerisi yok.
uitdaagrecht-initiatief-nieuw-voorstel = Bir öneri yazın
uitdaagrecht-initiatief-versturen = Bu öneri gönderilmeye hazır.
uitdaagrecht-initiatief-verder-schrijven = Ya da yazmaya devam edin
uitdaagrecht-zonder-taak = Başlıksız öneri
uitdaagrecht-referentie = Numara: { $referentie }
uitdaagrecht-gewijzigd-op = Son kayıt: { $moment }.
uitdaagrecht-leden-titel = Üyeler
uitdaagrecht-leden-uitleg = Tüm üyeler önerileri okuyabilir ve değiştirebilir. Belediyenin e-postalarını da alırlar.
uitdaagrecht-lid-label = Yeni bir üyenin e-posta adresi
uitdaagrecht-lid-hint = Yeni üye bir e-posta alır. Üye bu e-posta adresiyle giriş yapar.
uitdaagrecht-lid-knop = Üye ekle
uitdaagrecht-lid-al = Bu e-posta adresi zaten üye.
uitdaagrecht-lid-vol = Bu girişimin zaten 50 üyesi var. Daha fazlası olamaz.
uitdaagrecht-lid-vandaag-genoeg = Son 24 saatte zaten 20 üye eklediniz. Bu 24 saat dolunca tekrar üye ekleyebilirsiniz.
uitdaagrecht-lid-weg-titel = Bir üyeyi çıkar
uitdaagrecht-lid-weg-label = Kim artık üye değil?
uitdaagrecht-lid-weg-hint = Girişimi kaydeden kişi üyeleri çıkarabilir. Diğer her üye sadece kendini çıkarabilir. Artık üye olmayan biri önerileri okuyamaz ve değiştiremez.
uitdaagrecht-lid-weg-knop = Üyeyi çıkar
uitdaagrecht-lid-weg-leeg = Kimin artık üye olmadığını seçin.
uitdaagrecht-lid-weg-laatste = Bir girişimin her zaman en az bir üyesi vardır.

uitdaagrecht-formulier-titel = Öneri yazın
uitdaagrecht-formulier-intro = Öneriyi yapan: { $naam }.
uitdaagrecht-formulier-samen = Tüm üyeler bu öneriyi değiştirebilir. Kaydettikleriniz saklanır. Öneriyi ancak kontrolden sonra gönderirsiniz.
uitdaagrecht-formulier-ouder = Siz yazarken başka bir üye bu öneriyi kaydetti. Metniniz henüz öneride değil.
uitdaagrecht-formulier-ouder-wat = Metniniz aşağıdaki formda. Diğer üyenin kaydettiklerini "Diğer üyenin kaydettikleri" bölümünde okursunuz. Oradan saklamak istediklerinizi alın. Sonra tekrar bir düğmeye basın. O zaman metninizi kaydedersiniz. Bir ek seçmiş veya çıkarmak için işaretlemiş miydiniz? O zaman bunu tekrar yapın.
uitdaagrecht-formulier-ouder-tekst = Diğer üyenin kaydettikleri
uitdaagrecht-formulier-taak = Görev
uitdaagrecht-taak-label = Hangi görevi üstlenmek istiyorsunuz?
uitdaagrecht-taak-hint = Kısa yazın. Bu, önerinizin başlığıdır. Örneğin: Köyümüzde ev işlerine yardım.
uitdaagrecht-taak-leeg = Hangi görevi üstlenmek istediğinizi yazın.
uitdaagrecht-wat-label = Ne yapacaksınız?
uitdaagrecht-wat-hint = Ne yapacağınızı ve nasıl yapacağınızı anlatın.
uitdaagrecht-wat-leeg = Ne yapacağınızı yazın.
uitdaagrecht-voor-wie-label = Bunu kimin için yapıyorsunuz?
uitdaagrecht-voor-wie-hint = Örneğin: mahalledeki yaşlılar veya köydeki tüm sakinler.
uitdaagrecht-voor-wie-leeg = Bunu kimin için yaptığınızı yazın.
uitdaagrecht-waarom-titel = Neden daha iyi
uitdaagrecht-waarom-soort-label = Neyi belediyeden daha iyi yapabilirsiniz?
uitdaagrecht-waarom-soort-hint = Bir veya birkaç tane seçin.
uitdaagrecht-waarom-soort-leeg = Neyi daha iyi yapabileceğinizi seçin.
uitdaagrecht-waarom-beter = İş daha iyi olur
uitdaagrecht-waarom-goedkoper = Daha az para tutar
uitdaagrecht-waarom-dichterbij = Sakinlere daha yakındır
uitdaagrecht-waarom-label = Nedenini açıklayın
uitdaagrecht-waarom-hint = Sakinler için ne daha iyi olacak? Bunu nereden biliyorsunuz?
uitdaagrecht-waarom-leeg = Neden daha iyi olduğunu açıklayın.
uitdaagrecht-formulier-begroting = Bütçe
uitdaagrecht-begroting-uitleg = Her satıra paranın ne için olduğunu ve ne kadar olduğunu yazın. Altta her zaman boş bir satır vardır. Bir satır daha mı istiyorsunuz? Boş satırı doldurun ve kaydedin.
uitdaagrecht-begroting-vol = Bütçede { $aantal ->
        [one] { $aantal } satır
       *[other] { $aantal } satır
    } var. Daha fazla satır olamaz. Daha fazlasına ihtiyacınız varsa satırları birleştirin.
uitdaagrecht-post-label = Satır { $regel }: Para ne için?
uitdaagrecht-bedrag-label = Satır { $regel }: yıllık tutar (euro)
uitdaagrecht-post-leeg = Satır { $regel } için paranın ne için olduğunu yazın.
uitdaagrecht-bedrag-leeg = Satır { $regel } için tutarı yazın.
uitdaagrecht-bedrag-ongeldig = Satır { $regel } için tutarı rakamla yazın. Örneğin: 1250 veya 1.250,50.
uitdaagrecht-begroting-leeg = Bütçenin en az bir satırını doldurun.
uitdaagrecht-begroting-caption = Yıllık bütçe
uitdaagrecht-begroting-post = Ne için
uitdaagrecht-begroting-bedrag = Tutar
uitdaagrecht-begroting-totaal = Toplam
uitdaagrecht-formulier-wie = Kimler katılıyor?
uitdaagrecht-betrokkenen-label = Kimler katılıyor?
uitdaagrecht-betrokkenen-hint = Katılan kişileri ve kuruluşları yazın. Örneğin gönüllüler, bir aile hekimi veya bir mahalle evi.
uitdaagrecht-betrokkenen-leeg = Kimlerin katıldığını yazın.
uitdaagrecht-draagvlak-label = Planınızı şimdiden kimler destekliyor?
uitdaagrecht-draagvlak-hint = Örneğin: 120 imza veya 40 komşunun katıldığı bir akşam. Sakinler önerinizi daha sonra burada da destekleyebilir.
uitdaagrecht-draagvlak-leeg = Planınızı şimdiden kimlerin desteklediğini yazın.
uitdaagrecht-start-label = Ne zaman başlamak istiyorsunuz?
uitdaagrecht-start-leeg = Başlamak istediğiniz tarihi yazın.
uitdaagrecht-start-onvolledig = Günü, ayı ve yılı girin.
uitdaagrecht-start-bestaat-niet = Bu tarih yok. Gerçek bir tarih girin.
uitdaagrecht-start-voorbij = Bu tarih geçti. Bugünden sonraki bir tarih seçin.
uitdaagrecht-formulier-bijlagen = Ekler
uitdaagrecht-bestand-label = Ek ekleyin (zorunlu değil)
uitdaagrecht-bestand-hint = Örneğin bir plan, bütçe veya imza listesi. PDF, JPG veya PNG.
uitdaagrecht-bijlage-weg-label = Ekleri kaldır
uitdaagrecht-bijlage-weg = { $naam } dosyasını kaldır
uitdaagrecht-geen-bijlagen = Ek yok.
uitdaagrecht-formulier-openbaar = Herkese açık yap
uitdaagrecht-openbaar-label = Önerinizi herkes görebilir mi?
uitdaagrecht-openbaar-hint = O zaman öneri herkese açık sayfada yer alır. Sakinler öneriyi orada destekleyebilir. E-posta adresleriniz ve ekleriniz orada yer almaz.
uitdaagrecht-openbaar-ja = Evet, herkes görebilir
uitdaagrecht-openbaar-nee = Hayır, sadece belediye
uitdaagrecht-openbaar-leeg = Önerinizi herkesin görüp göremeyeceğini seçin.
uitdaagrecht-openbaar-knop = Seçimi kaydet
uitdaagrecht-formulier-verder = Kontrole geç
uitdaagrecht-formulier-opslaan = Kaydet

uitdaagrecht-controleren-titel = Önerinizi kontrol edin
uitdaagrecht-controleren-intro = Her şey doğru mu? Bir şey değiştirmek mi istiyorsunuz? O zaman Değiştir'i seçin.
uitdaagrecht-controleren-gewijzigd = Siz bu sayfayı açtıktan sonra başka bir üye öneriyi değiştirdi. Öneriyi henüz göndermedik. Aşağıda önerinin şu anki hali var. Öneriyi tekrar kontrol edin.
uitdaagrecht-controleren-totaal = Toplamda yılda { $bedrag } istiyorsunuz.
uitdaagrecht-controleren-versturen-titel = Gönder
uitdaagrecht-controleren-versturen-uitleg = Gönderdikten sonra öneriyi artık değiştiremezsiniz. Belediye öneriyi hemen alır. Tüm üyeler bir e-posta alır.
uitdaagrecht-controleren-knop = Öneriyi gönder

uitdaagrecht-zaak-nummer = Önerinizin numarası
uitdaagrecht-zaak-wacht = Belediye önerinizi okuyor. Sonra sizinle iletişime geçecek.
uitdaagrecht-zaak-verstuurd-op = Gönderilme tarihi: { $datum }.
uitdaagrecht-zaak-gegevens = Öneri
uitdaagrecht-zaak-openbaar-ja = Bu öneriyi herkes görebilir.
uitdaagrecht-zaak-openbaar-link = Herkese açık sayfaya bakın
uitdaagrecht-zaak-openbaar-nee = Bu öneriyi sadece belediye ve üyeler görür.
uitdaagrecht-gesprek-titel = Belediyeden mesaj
uitdaagrecht-vragen-titel = Belediyenin soruları
uitdaagrecht-vraag-nummer = Soru { $nummer }, tarih: { $datum }
uitdaagrecht-antwoord-label = Cevabınız
uitdaagrecht-antwoord-knop = Cevabı gönder
uitdaagrecht-antwoord-leeg = Cevabınızı yazın.
uitdaagrecht-antwoord-gegeven = Cevabınız, tarih: { $datum }
uitdaagrecht-antwoord-gesloten = Belediye karar verdi. Bu soruyu artık cevaplayamazsınız.
uitdaagrecht-antwoord-te-laat = Cevabınızı kaydedemedik. Başka bir üye bu soruyu zaten cevapladı veya belediye zaten karar verdi.
uitdaagrecht-niet-bewaard-tekst = Yazdığınız metin bu. Hâlâ kullanmak istiyorsanız kopyalayın.
uitdaagrecht-al-verstuurd = Değişikliklerinizi kaydedemedik. Biri öneriyi zaten göndermişti.
uitdaagrecht-al-verstuurd-tekst = Yazdıklarınız
uitdaagrecht-log-titel = Belediyeden kim bu öneriye baktı?
uitdaagrecht-log-leeg = Henüz kimse.
uitdaagrecht-log-bekeken = baktı
uitdaagrecht-log-gedownload = eki açtı
uitdaagrecht-log-gesprek = görüşme başlattı
uitdaagrecht-log-vraag = soru sordu
uitdaagrecht-log-besloten = karar verdi
uitdaagrecht-log-opgepakt = işleme aldı
uitdaagrecht-log-vastgelegd = bir şey kaydetti

uitdaagrecht-mail-aanhef = Girişimin değerli üyesi,
uitdaagrecht-mail-knop = Öneriye bakın
uitdaagrecht-mail-inloggen = Bu e-posta adresiyle giriş yaparsınız.
uitdaagrecht-mail-lid-onderwerp = Artık { $naam } girişiminin üyesisiniz
uitdaagrecht-mail-lid-tekst = Bir üye sizi { $naam } girişimine ekledi. Artık belediyeye sunulacak önerilerin yazılmasına katılabilirsiniz.
uitdaagrecht-mail-lid-adres = Bu e-posta adresiyle giriş yapın: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = Belediye { $referentie } numaralı öneriyi aldı
uitdaagrecht-mail-ingediend-tekst = Girişiminiz "{ $taak }" önerisini belediyeye gönderdi. Numarası: { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = Belediye { $referentie } numaralı öneri hakkında konuşmak istiyor
uitdaagrecht-mail-gesprek-tekst = Belediye önerinizle ilgili sizinle görüşmek istiyor. Belediye şunu yazıyor:
uitdaagrecht-mail-vraag-onderwerp = { $referentie } numaralı öneri hakkında bir soru
uitdaagrecht-mail-vraag-tekst = Belediyenin önerinizle ilgili bir sorusu var. Soruyu portalda okur ve cevaplarsınız.
uitdaagrecht-mail-besluit-onderwerp = { $referentie } numaralı öneri hakkında karar
uitdaagrecht-mail-besluit-tekst = Belediye önerinizle ilgili karar verdi:
uitdaagrecht-mail-besluit-uitleg = Belediyenin neden böyle karar verdiğini portalda okursunuz.
uitdaagrecht-mail-lid-knop = Girişime bakın
