## Cliëntondersteuning: free, independent help for a resident during the whole procedure. The public page, the
## request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = Belediyeye sunduğunuz talep için ücretsiz yardım
clientondersteuning-uitleg-intro = Belediyeye yardım veya bakım hakkında bir sorunuz mu var? O zaman birinden size yardım etmesini isteyebilirsiniz. Buna { $begrip } denir.
clientondersteuning-uitleg-gratis = Bu yardım ücretsizdir. Bunun için şimdi de, daha sonra da para ödemezsiniz.
clientondersteuning-uitleg-wat-titel = Destek danışmanı ne yapar?
clientondersteuning-uitleg-wat-naast = Destek danışmanı sizin yanınızdadır. Talebinizi anlatmanıza yardım eder.
clientondersteuning-uitleg-wat-gesprek = Belediyeyle görüşmeye de sizinle gelebilir. Bir mektubu anlamadığınızda da size yardım eder.
clientondersteuning-uitleg-wat-beslist = Destek danışmanı sizin tarafınızdadır. Talebiniz hakkında karar vermez. Kararı belediye verir.
clientondersteuning-uitleg-wie-titel = Bu yardımı kim isteyebilir?
clientondersteuning-uitleg-wie-iedereen = { $gemeente } Belediyesi bölgesinde yaşayan ve belediyeye bir talebi olan herkes.
clientondersteuning-uitleg-wie-mantelzorger = Bir { $begrip } da bu yardımı isteyebilir. Kendiniz için veya yardım ettiğiniz kişi için isteyebilirsiniz.
clientondersteuning-uitleg-wie-melding = Henüz { $begrip } yapmış olmanız gerekmez. Bu yardımı önce de isteyebilirsiniz.
clientondersteuning-uitleg-wie-moment = Bu yardımı her zaman isteyebilirsiniz: belediyeyle görüşmeden önce, görüşme sırasında ve görüşmeden sonra.
clientondersteuning-uitleg-organisaties-titel = Bu kuruluşlar size yardım eder
clientondersteuning-uitleg-aanvragen-titel = Yardım isteyin
clientondersteuning-uitleg-aanvragen-tekst = Yardımı burada isteyebilirsiniz. Önce giriş yaparsınız. Sonra kısa bir form doldurursunuz.
clientondersteuning-uitleg-aanvragen-knop = Ücretsiz yardım isteyin
clientondersteuning-uitleg-aanvragen-zelf = Kuruluşu kendiniz de arayabilir veya ona e-posta gönderebilirsiniz.

clientondersteuning-telefoon = Telefon
clientondersteuning-email = E-posta
clientondersteuning-website = Web sitesi

clientondersteuning-formulier-titel = Ücretsiz yardım isteyin
clientondersteuning-formulier-intro = Bu formla ücretsiz { $begrip } istersiniz. Sonra bir kuruluş sizinle iletişime geçer.
clientondersteuning-formulier-gratis = Yardım ücretsizdir. Kuruluş, belediyeye sunduğunuz talep hakkında karar vermez.
clientondersteuning-formulier-knop = Yardımı isteyin

clientondersteuning-voor-wie-label = Yardımı kimin için istiyorsunuz?
clientondersteuning-voor-wie-zelf = Kendim için
clientondersteuning-voor-wie-ander = Yardım ettiğim biri için
clientondersteuning-voor-wie-ander-hint = Örneğin partneriniz, anneniz, babanız veya çocuğunuz.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = Yardım ettiğiniz kişi hakkında
clientondersteuning-ander-hint = Bunu sadece yardımı başka biri için istiyorsanız doldurun.
clientondersteuning-ander-naam-label = Bu kişinin adı
clientondersteuning-ander-relatie-label = Bu kişi sizin neyiniz?
clientondersteuning-ander-relatie-hint = Örneğin: annem

clientondersteuning-organisatie-label = Hangi kuruluşu istiyorsunuz?
clientondersteuning-organisatie-hint = Tüm kuruluşlar size ücretsiz yardım eder. Bilmiyor musunuz? O zaman belediye seçsin.
clientondersteuning-organisatie-gemeente = Belediye seçsin

clientondersteuning-contact-legend = Kuruluş size nasıl ulaşabilir?
clientondersteuning-contact-hint = Bir telefon numarası veya e-posta adresi yazın. İkisini birden de yazabilirsiniz.
clientondersteuning-telefoon-label = Telefon numarası
clientondersteuning-telefoon-hint = Örneğin 06 12345678
clientondersteuning-email-label = E-posta adresi

clientondersteuning-toegankelijkheid-label = Konuşurken yardıma ihtiyacınız var mı?
clientondersteuning-toegankelijkheid-geen = Hayır
clientondersteuning-toegankelijkheid-tolk = Evet, bir tercüman
clientondersteuning-toegankelijkheid-tolk-hint = Sizin dilinizi konuşan ve çeviri yapan biri.
clientondersteuning-toegankelijkheid-tolk-taal = Evet, { $taal } dili için bir tercüman
clientondersteuning-toegankelijkheid-gebarentaal = Evet, bir işaret dili tercümanı
clientondersteuning-tolk-taal-label = Hangi dili konuşuyorsunuz?
clientondersteuning-tolk-taal-hint = Bunu sadece tercüman istiyorsanız doldurun.

clientondersteuning-notitie-label = Anlatmak istediğiniz başka bir şey var mı? Bu zorunlu değil.
clientondersteuning-notitie-hint = Bunu kuruluşa göndeririz. Sadece kuruluşun bilmesi gerekenleri yazın.

clientondersteuning-fout-voor-wie = Yardımı kimin için istediğinizi seçin.
clientondersteuning-fout-ander-naam = Yardım ettiğiniz kişinin adını yazın.
clientondersteuning-fout-ander-relatie = Bu kişinin sizin neyiniz olduğunu yazın.
clientondersteuning-fout-organisatie = Bir kuruluş seçin. Veya belediyenin seçmesini isteyin.
clientondersteuning-fout-contact = Bir telefon numarası veya e-posta adresi yazın.
clientondersteuning-fout-telefoon = En az 10 rakamlı bir telefon numarası yazın. Örneğin 06 12345678.
clientondersteuning-fout-email = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
clientondersteuning-fout-toegankelijkheid = Konuşurken yardıma ihtiyacınız olup olmadığını seçin.
clientondersteuning-fout-te-lang = Bu çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.

clientondersteuning-bevestiging-titel = Talebinizi aldık
clientondersteuning-bevestiging-nummer = Numaranız
clientondersteuning-bevestiging-mail = Size bu numarayı içeren bir e-posta da göndeririz.
clientondersteuning-bevestiging-nu-titel = Şimdi ne olacak?
clientondersteuning-bevestiging-belt = { $organisatie } birkaç iş günü içinde sizinle iletişime geçecek.
clientondersteuning-bevestiging-gemeente-kiest = Belediye sizin için bir kuruluş seçer. Bu kuruluş birkaç iş günü içinde sizinle iletişime geçer.
clientondersteuning-status-gekozen = { $organisatie } size yardım ediyor. Bu kuruluşu belediye sizin için seçti. Kuruluş birkaç iş günü içinde sizinle iletişime geçecek.
clientondersteuning-bevestiging-gratis = Yardım ücretsizdir. Hiçbir şey ödemezsiniz.
clientondersteuning-bevestiging-gegevens-titel = Bize gönderdikleriniz
clientondersteuning-bevestiging-notitie = Mesajınız
clientondersteuning-bevestiging-mijn-loket = Sayfama git

clientondersteuning-mail-inwoner-onderwerp = Ücretsiz yardım talebiniz: { $referentie }
clientondersteuning-mail-inwoner-tekst = Ücretsiz yardım talebinizi aldık. Numaranız: { $referentie }.
clientondersteuning-mail-inwoner-knop = Talebinize bakın
clientondersteuning-mail-gekozen-onderwerp = { $organisatie } size yardım ediyor
clientondersteuning-mail-gekozen-tekst = { $referentie } numaralı talebinizde size kimin yardım edeceğini belediyenin seçmesini istediniz. Belediye { $organisatie } kuruluşunu seçti.
clientondersteuning-mail-ondersteuner-onderwerp = Belediye sizden yardım etmenizi istiyor: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = Belediye sizi { $referentie } numaralı talep için destek danışmanı olarak seçti.
clientondersteuning-mail-ondersteuner-loket = Portala giriş yapın. Taleplerim bölümünde kime yardım ettiğinizi ve bu kişiye nasıl ulaşacağınızı görürsünüz.
clientondersteuning-mail-ondersteuner-knop = Danışanlarınıza gidin
clientondersteuning-mail-organisatie-onderwerp = Destek danışmanlığı talebi: { $referentie }
clientondersteuning-mail-organisatie-tekst = { $gemeente } sakinlerinden biri sizden ücretsiz destek danışmanlığı istiyor.
clientondersteuning-mail-organisatie-kies = { $gemeente } sakinlerinden biri ücretsiz destek danışmanlığı istiyor. Bu kişinin bir tercihi yok. Kimin yardım edeceğini portalda seçin: İş listesinde, Destek danışmanlığı bölümünde.
clientondersteuning-mail-organisatie-bellen = Birkaç iş günü içinde sakinle iletişime geçin.
clientondersteuning-mail-nummer = Numara
clientondersteuning-mail-voor-wie = Kimin için
clientondersteuning-mail-toegankelijkheid = Konuşurken yardım
clientondersteuning-mail-notitie-in-loket = Sakin bir mesaj da yazdı. Bu mesaj portalda, { $referentie } numaralı talepte duruyor. Okumak için giriş yapın.
clientondersteuning-mail-organisatie-aanhef = Değerli meslektaşımız,
clientondersteuning-bij-melding = Bu talep, { $referentie } numaralı bildiriminizle ilgilidir.
clientondersteuning-mail-melding = Bildirim
clientondersteuning-inzage-label = Destek danışmanı dosyanızı görebilir mi?
clientondersteuning-inzage-hint = Buna izin vermek zorunlu değildir. İzin verirseniz, destek danışmanı bildiriminizin ne durumda olduğunu görebilir. Hiçbir şeyi değiştiremez. Bu izni her zaman durdurabilirsiniz.
clientondersteuning-inzage-ja = Evet, destek danışmanı dosyama bakabilir
clientondersteuning-bevestiging-opgepakt = { $organisatie } kuruluşundan { $naam } size yardım ediyor. Sizinle iletişime geçecek.
