## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = Durum acil mi veya evde güvende değil misiniz?
info-spoed-gemeente = Belediyeyi arayın:
info-spoed-tijdelijk = Durum acil mi? O zaman belediye { $uren } saat içinde geçici yardım ayarlar.
info-spoed-veilig-thuis = Veilig Thuis'i arayın:
info-spoed-veilig-thuis-uitleg = Gece gündüz, ücretsiz. Veilig Thuis, evde şiddet ve çocuk istismarı konusunda yardım eder.
info-spoed-112 = Tehlikede misiniz? 112'yi arayın.

info-telefoon = Telefon
info-email = E-posta
info-website = Web sitesi
info-postadres = Posta adresi
info-bezoekadres = Ziyaret adresi
info-openingstijden = Açılış saatleri

info-toegankelijkheid-titel = Erişilebilirlik
info-toegankelijkheid-intro = Bu portalı herkes kullanabilmelidir. İyi göremeseniz, iyi duyamasanız veya fare kullanmasanız da.
info-toegankelijkheid-doel-titel = Amacımız nedir?
info-toegankelijkheid-doel-regels = Devletin, herkesin kullanabileceği web siteleri için kuralları var. Bu kuralların adı WCAG.
info-toegankelijkheid-doel-niveau = WCAG 2.2, AA seviyesine uymak istiyoruz. Yasa, WCAG 2.1, AA seviyesini istiyor.
info-toegankelijkheid-doel-taal = Sade bir Hollandaca ile yazıyoruz. Zor kelimeleri açıklıyoruz.
info-toegankelijkheid-test-titel = Portalı nasıl test ettik?
info-toegankelijkheid-test-automatisch = Tarayıcıdaki bir program sayfaları kontrol eder. Bilgisayarın bulabileceği hataları arar.
info-toegankelijkheid-test-toetsenbord = Sayfaları fare olmadan kullanıyoruz. Her şeyi sadece klavyeyle yapıyoruz.
info-toegankelijkheid-test-scripts = Portal JavaScript kullanmaz. Yani JavaScript kapalıyken de her şey çalışır.
info-toegankelijkheid-test-grenzen = Bir bilgisayar tüm hataları bulamaz. Bir uzman portalı henüz tamamen incelemedi.
info-toegankelijkheid-melden-titel = Bir şey iyi çalışmıyor mu?
info-toegankelijkheid-melden-tekst = Bize bildirin. O zaman sorunu düzeltebiliriz.
info-toegankelijkheid-melden-wat = Hangi sayfada olduğunu anlatın. Neyin iyi gitmediğini de anlatın.
info-toegankelijkheid-melden-hulp = Bir şey olmuyor mu? Belediyeyi arayın. O zaman bir görevli bunu sizinle birlikte halleder.

info-privacy-titel = Gizlilik
info-privacy-intro = Bu portalda kendiniz hakkında bilgi verirsiniz. Bazen sağlığınız hakkında da. Belediyenin bu bilgilerle ne yaptığını burada okursunuz.
info-privacy-verantwoordelijk = Bilgilerinizden { $gemeente } Belediyesi sorumludur.
info-privacy-wat-titel = Hangi bilgileri saklıyoruz ve neden?
info-privacy-wat-nodig = Sadece talebiniz için gerekli olanı soruyoruz. Ve sadece gerekli olduğu anda.
info-privacy-wat-doel = Bilgilerinizi talebinizi işlemek için kullanıyoruz. Başka bir şey için değil.
info-privacy-wat-gezondheid = Sağlığınızla ilgili bilgiler özellikle hassastır. Gizlilik yasası bu bilgileri daha sıkı korur. Bu kural { $begrip } yasasının 9. maddesinde yazılıdır.
info-privacy-wat-toestemming = Bazen sizden izin isteriz. İzni ne zaman verdiğinizi kaydederiz. O sırada hangi metni okuduğunuzu da kaydederiz.
info-privacy-wat-cijfers = Belediye kaç talep olduğunu sayar. Bu sayılarda isim yoktur.
info-privacy-wie-titel = Bilgilerinizi kim görebilir?
info-privacy-wie-uzelf = Siz kendiniz.
info-privacy-wie-gemachtigd = İzin verdiğiniz kişiler. Örneğin ailenizden biri veya bir destek danışmanı.
info-privacy-wie-medewerker = Talebinizle ilgili görevi olan belediye çalışanları.
info-privacy-wie-logboek = Biri bilgilerinize bakıyor mu? O zaman bunun kim olduğunu ve ne zaman olduğunu kaydederiz. Bunu Sayfam bölümünde kendiniz görürsünüz.
info-privacy-ontvangers-titel = Bilgilerinizi başka kim alır?
info-privacy-ontvangers-co = Bir kuruluştan { $begrip } mı istiyorsunuz? O zaman seçtiğiniz kuruluş, ihtiyaç duyduğu bilgileri alır. Şunlar arasından seçersiniz:
info-privacy-ontvangers-svn = Bir { $begrip } mi istiyorsunuz? O zaman SVn başvurunuzu alır. SVn krediyi belediye adına verir.
info-privacy-ontvangers-niet = Başkaları bilgilerinizi almaz. Ancak bir yasa bunu gerektirirse alır.
info-privacy-grondslag-titel = Belediye bunu neden yapabilir?
info-privacy-grondslag-wmo = { $begrip } kapsamındaki yardım için: Belediye bunu yapmak zorundadır. Bu, o yasanın 5.1.1 maddesinde yazılıdır.
info-privacy-grondslag-blijverslening = Bir { $begrip } için: Bu, belediyenin bir görevidir. Bu, gizlilik yasasının (AVG) 6. maddesinde yazılıdır.
info-privacy-grondslag-kindpakket = { $begrip } için: Bu, belediyenin bir görevidir. Bu, gizlilik yasasının (AVG) 6. maddesinde yazılıdır.
info-privacy-grondslag-uitdaagrecht = Bir öneri için ({ $begrip } ile): Bu, belediyenin bir görevidir. Bu, gizlilik yasasının (AVG) 6. maddesinde yazılıdır.
info-privacy-bewaren-titel = Bilgilerinizi ne kadar süre saklıyoruz?
info-privacy-bewaren-tekst = Gerektiğinden uzun saklamayız. Belediye bu konuda arşiv kurallarına uyar.
info-privacy-bewaren-vragen = Tam olarak ne kadar? Bu, istediğiniz yardıma bağlıdır. Bunu belediyeye sorabilirsiniz.
info-privacy-bewaren-concept = { $dagen ->
    [one] Başlayıp göndermediğiniz bir şey: son değişiklikten { $dagen } gün sonra.
   *[other] Başlayıp göndermediğiniz bir şey: son değişiklikten { $dagen } gün sonra.
} { $vooraf ->
    [one] Size { $vooraf } gün önceden bir e-posta gelir.
   *[other] Size { $vooraf } gün önceden bir e-posta gelir.
}
info-privacy-bewaren-wmo = Bir { $begrip } ve sonrasında gelen yardım: dosyanızın kapanmasından { $jaren } yıl sonra.
info-privacy-bewaren-blijverslening = Evde kalma kredisi için başvuru: dosyanızın kapanmasından { $jaren } yıl sonra.
info-privacy-bewaren-kindpakket = Kindpakket için başvuru: dosyanızın kapanmasından { $jaren } yıl sonra.
info-privacy-bewaren-uitdaagrecht = Meydan okuma hakkıyla yapılan bir öneri: dosyanın kapanmasından { $jaren } yıl sonra.
info-privacy-bewaren-mail = { $dagen ->
    [one] Size gönderdiğimiz bir e-posta: { $dagen } gün.
   *[other] Size gönderdiğimiz bir e-posta: { $dagen } gün.
}
info-privacy-bewaren-logboek = Dosyanıza kimin baktığı: { $jaren } yıl.
info-privacy-bewaren-bezwaar = Hâlâ devam eden bir { $begrip } mı var? Ya da mahkemede bir dava mı? O zaman dosyanızı gerektiği kadar saklarız.
info-privacy-bewaren-bronnen = Bu süreler nereden geliyor?
info-privacy-rechten-titel = Haklarınız nelerdir?
info-privacy-recht-inzage = Hakkınızda hangi bilgilere sahip olduğumuzu görebilirsiniz.
info-privacy-recht-correctie = Yanlış bir şey mi var? O zaman düzeltilmesini isteyebilirsiniz.
info-privacy-recht-verwijdering = Bilgilerin silinmesini isteyebilirsiniz. Belediye bilgileri saklamak zorunda mı? O zaman belediye nedenini açıklar.
info-privacy-recht-bezwaar = Bilgilerinizi kullanma şeklimize katılmadığınızı söyleyebilirsiniz.
info-privacy-recht-inzage-link = Bilgilerinize bakın
info-privacy-recht-correctie-link = Düzeltme isteyin
info-privacy-recht-verwijdering-link = Hesabınızı silin
info-privacy-fg = Belediyenin bir veri koruma görevlisi var. Bu kişi, belediyenin bilgilerinizi doğru kullanmasına dikkat eder. E-posta:
info-privacy-fg-algemeen = Belediyenin bir veri koruma görevlisi var. Bu kişi, belediyenin bilgilerinizi doğru kullanmasına dikkat eder. Belediyeye e-posta gönderin veya belediyeyi arayın ve bu kişiyi sorun.
info-privacy-rechten-hoe = Bunu istiyor musunuz? O zaman bir e-posta gönderin veya belediyeyi arayın.
info-privacy-mijn-gegevens = Giriş yaptınız mı? Bilgilerim bölümünde portalın sizin hakkınızda sakladığı her şeyi görür ve indirirsiniz. Bir şeyin düzeltilmesini de orada istersiniz.
info-privacy-mijn-gegevens-link = Bilgilerim bölümüne git
info-privacy-rechten-klacht = Belediyeye katılmıyor musunuz? O zaman Autoriteit Persoonsgegevens'e (Hollanda Veri Koruma Kurumu) şikâyette bulunabilirsiniz.
info-privacy-cookies-titel = Çerezler
info-privacy-cookies-uitleg = Çerez küçük bir dosyadır. Tarayıcınız onu bu web sitesi için saklar.
info-privacy-cookies-twee = Bu portal sadece şu iki çerezi kullanır:
info-privacy-cookie-sessie = Portalın çalışması için gereken bir çerez. Örneğin giriş yaptığınızı hatırlar.
info-privacy-cookie-taal = Hangi dili seçtiğinizi hatırlayan bir çerez.
info-privacy-cookies-niet = Sizi takip etmiyoruz. Web sitesinde ne yaptığınızı ölçmüyoruz. Reklam da göstermiyoruz.

info-contact-titel = İletişim
info-contact-gemeente = { $gemeente } Belediyesi
info-contact-hulp = İnternetten olmuyor mu? Arayın veya gelin. Bir görevli size yardım eder.
info-contact-clientondersteuning-titel = Talebiniz için ücretsiz yardım
info-contact-clientondersteuning-uitleg = Bu kuruluşlar ücretsiz { $begrip } verir. Belediyeye sunduğunuz talepte size yardım ederler. Talebiniz hakkında karar vermezler.
info-contact-clientondersteuning-link = Destek danışmanlığı isteyin
