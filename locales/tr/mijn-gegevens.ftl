## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = Bilgilerim
mijn-gegevens-terug = Sayfama geri dön
mijn-gegevens-intro = Portalın sizin hakkınızda hangi bilgileri sakladığını burada görürsünüz. Her şeyi indirebilirsiniz. Yanlış bir şey mi var? O zaman düzeltilmesini isteyebilirsiniz.
mijn-gegevens-intro-recht = Bu sizin hakkınızdır. Bu hak { $begrip } yasasında yazılıdır.
mijn-gegevens-klaar-account = Bilgilerinizi değiştirdik.
mijn-gegevens-klaar-correctie = Talebinizi aldık. Belediye size cevap verecek.

mijn-gegevens-download-titel = Her şeyi indirin
mijn-gegevens-download-uitleg = Tüm bilgilerinizi ve belgelerinizi içeren tek bir zip dosyası alırsınız. Her bölümün ne olduğu LEESMIJ.txt dosyasında yazar.
mijn-gegevens-download-bewaren = Dosyayı güvenli bir yerde saklayın. İçinde sağlığınız ve paranızla ilgili bilgiler var.
mijn-gegevens-download-knop = Bilgilerimi indir
mijn-gegevens-download-laatst = Bilgilerinizi { $datum } tarihinde indirdiniz.

mijn-gegevens-account-titel = Hesabınız
mijn-gegevens-account-email = E-posta adresi
mijn-gegevens-account-naam = Ad
mijn-gegevens-account-taal = E-postalarınızın dili
mijn-gegevens-account-sinds = Hesabın açıldığı tarih
mijn-gegevens-account-bsn = BSN numarası (burgerservicenummer)
mijn-gegevens-bsn-bekend = Kayıtlı: { $bsn }
mijn-gegevens-account-sessies = Şu anda giriş yapılmış
mijn-gegevens-sessies-aantal = { $aantal ->
        [one] { $aantal } cihazda
       *[other] { $aantal } cihazda
    }
mijn-gegevens-niet-bekend = Bilinmiyor
mijn-gegevens-taal-nl = Hollandaca (Nederlands)
mijn-gegevens-taal-en = İngilizce (English)
mijn-gegevens-taal-tr = Türkçe
mijn-gegevens-taal-ar = Arapça (العربية)
mijn-gegevens-taal-pl = Lehçe (Polski)
mijn-gegevens-taal-uk = Ukraynaca (Українська)
mijn-gegevens-zelf-titel = Kendiniz değiştirin
mijn-gegevens-zelf-naam = Adınız
mijn-gegevens-zelf-naam-hint = Size yardım eden kişiler bu adı görür. Bu alanı boş bırakabilirsiniz. En fazla { $aantal ->
        [one] { $aantal } karakter kullanın.
       *[other] { $aantal } karakter kullanın.
    }
mijn-gegevens-zelf-taal = E-postaları hangi dilde almak istiyorsunuz?
mijn-gegevens-zelf-knop = Kaydet
mijn-gegevens-adres-opgeven = Bir e-posta adresi verin. O zaman bir şey değişirse size haber veririz.
mijn-gegevens-adres-wijzigen = Bu e-posta adresiyle giriş yaparsınız. Başka bir adres mi istiyorsunuz? O zaman belediyeyi { $telefoon } numarasından arayın. Veya { $email } adresine e-posta gönderin.

mijn-gegevens-zaken-titel = { $aantal ->
        [one] Dosyanız (1)
       *[other] Dosyalarınız ({ $aantal })
    }
mijn-gegevens-zaken-geen = Belediyede henüz hiç dosyanız yok.
mijn-gegevens-zaak-stand = Gönderilme tarihi: { $datum }. Şu anki durum: { $fase }. { $aantal ->
        [one] { $aantal } adım var.
       *[other] { $aantal } adım var.
    }
mijn-gegevens-zaak-plan = Kendi planınızı da teslim ettiniz.
mijn-gegevens-zaak-bekijken = Bu dosyaya bakın
mijn-gegevens-zaak-correctie = Bu dosyada bir şeyin düzeltilmesini isteyin
mijn-gegevens-fase-ontvangen = alındı
mijn-gegevens-fase-gesprek-gepland = görüşme planlandı
mijn-gegevens-fase-onderzocht = görüşme yapıldı
mijn-gegevens-fase-verslag-verstuurd = rapor gönderildi
mijn-gegevens-fase-aanvraag-ontvangen = başvuru alındı
mijn-gegevens-fase-besloten = karar verildi
mijn-gegevens-fase-gesloten = kapatıldı
mijn-gegevens-regeling-wmo = Bildirim
mijn-gegevens-regeling-blijverslening = Evde kalma kredisi
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = Öneri

mijn-gegevens-concepten-titel = Henüz gönderilmeyenler ve diğer talepler ({ $aantal })
mijn-gegevens-concepten-geen = Henüz göndermediğiniz hiçbir şey kalmadı.
mijn-gegevens-concept-melding = Bildirim, henüz gönderilmedi. { $datum } tarihinde başladınız.
mijn-gegevens-concept-blijverslening = Evde kalma kredisi, henüz gönderilmedi. { $datum } tarihinde başladınız.
mijn-gegevens-concept-kindpakket = Kindpakket, henüz gönderilmedi. { $datum } tarihinde başladınız.
mijn-gegevens-clientondersteuning = Destek danışmanlığı talebi { $referentie }, tarihi: { $datum }

mijn-gegevens-documenten-titel = Belgeler ({ $aantal })
mijn-gegevens-documenten-geen = Portal sizden hiçbir belge saklamıyor.
mijn-gegevens-documenten-uitleg = Bunlar en yenileri. İndirdiğiniz dosyada hepsi var, sizin veya belediyenin gönderdiği şekliyle.
mijn-gegevens-bewijs = { $naam }, bir yetkiye ait kanıt
mijn-gegevens-meer = { $aantal ->
        [one] Ve { $aantal } belge daha. Bu belge indirdiğiniz dosyada var.
       *[other] Ve { $aantal } belge daha. Bu belgeler indirdiğiniz dosyada var.
    }

mijn-gegevens-machtigingen-titel = Yetkiler ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [one] Size yardım edilmesi için { $aantal } kez izin verdiniz.
       *[other] Size yardım edilmesi için { $aantal } kez izin verdiniz.
    }
mijn-gegevens-machtiging-aan = { $naam }, { $datum } tarihinden beri
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [one] Başka birine yardım etmeniz için size { $aantal } kez izin verildi.
       *[other] Başka birine yardım etmeniz için size { $aantal } kez izin verildi.
    }
mijn-gegevens-machtiging-van = { $naam }, { $datum } tarihinden beri
mijn-gegevens-machtigingen-link = Yetkilerinize bakın veya değiştirin

mijn-gegevens-initiatieven-titel = Girişimler ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [one] { $aantal } öneri
       *[other] { $aantal } öneri
    }
mijn-gegevens-steun = { $aantal ->
        [one] Diğer sakinlerin { $aantal } önerisini destekliyorsunuz.
       *[other] Diğer sakinlerin { $aantal } önerisini destekliyorsunuz.
    }

mijn-gegevens-toegang-titel = Dosyalarınıza kim baktı ({ $aantal })
mijn-gegevens-toegang-niemand = Dosyalarınıza başka kimse bakmadı.
mijn-gegevens-toegang-regel = { $moment }: { $naam }, dosya { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = size yardım eden biri
mijn-gegevens-rol-medewerker = bir belediye görevlisi

mijn-gegevens-mails-titel = Size gönderilen e-postalar ({ $aantal })
mijn-gegevens-mails-uitleg = Portal bir e-postayı, gönderdikten sonra 7 güne kadar saklar.

mijn-gegevens-verzoeken-titel = Burada yaptıklarınız ({ $aantal })
mijn-gegevens-verzoeken-geen = Bilgilerinizi henüz indirmediniz. Bir şeyin düzeltilmesini de henüz istemediniz.
mijn-gegevens-gedownload = { $moment }: Bilgilerinizi indirdiniz ({ $kb } kB).
mijn-gegevens-correctie-zaak = { $datum }: { $referentie } numaralı dosyada bir şeyin düzeltilmesini istediniz.
mijn-gegevens-correctie-account = { $datum }: Hesabınızda bir şeyin düzeltilmesini istediniz. Belediye talebinizi e-postayla aldı.

mijn-gegevens-klopt-niet-titel = Yanlış bir şey mi var?
mijn-gegevens-klopt-niet-uitleg = Adınızı ve e-postalarınızın dilini yukarıda kendiniz değiştirirsiniz. Belediyenin kaydettiklerini kendiniz değiştiremezsiniz. O zaman belediyeden bunları düzeltmesini isteyin.
mijn-gegevens-klopt-niet-link = Bir şeyin düzeltilmesini isteyin

mijn-gegevens-correctie-titel = Bir şeyin düzeltilmesini isteyin
mijn-gegevens-correctie-terug = Bilgilerim sayfasına geri dönün
mijn-gegevens-correctie-intro = Bilgilerinizde yanlış bir şey mi var? Neyin yanlış olduğunu bize anlatın. Bir görevli buna bakar ve size cevap verir.
mijn-gegevens-correctie-zelf = Henüz göndermediğiniz bir talep mi söz konusu? Onu hâlâ kendiniz değiştirebilirsiniz.
mijn-gegevens-correctie-over = Hangi bilgilerle ilgili?
mijn-gegevens-correctie-over-account = Hesabım veya başka bir şey
mijn-gegevens-correctie-over-account-hint = Örneğin e-posta adresiniz. Belediye talebinizi e-postayla alır.
mijn-gegevens-correctie-wat = Ne yanlış?
mijn-gegevens-correctie-wat-hint = Şu anda ne yazdığını ve nerede yazdığını belirtin.
mijn-gegevens-correctie-moet-zijn = Doğrusu ne olmalı?
mijn-gegevens-correctie-moet-zijn-hint = Bilmiyor musunuz? O zaman bu alanı boş bırakın.
mijn-gegevens-correctie-knop = Talebi gönder

mijn-gegevens-fout-naam-te-lang = Adınız çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter kullanın.
       *[other] { $aantal } karakter kullanın.
    }
mijn-gegevens-fout-taal = E-postalarınızın dilini seçin.
mijn-gegevens-fout-over = Talebinizin hangi bilgilerle ilgili olduğunu seçin.
mijn-gegevens-fout-wat = Neyin yanlış olduğunu yazın.
mijn-gegevens-fout-te-lang = Metniniz çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter kullanın.
       *[other] { $aantal } karakter kullanın.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = Bilgilerin düzeltilmesi talebi (AVG madde 16)
mijn-gegevens-mail-gemeente-aanhef = Değerli meslektaşımız,
mijn-gegevens-mail-gemeente-tekst = Bir sakin, portal üzerinden bilgilerinin düzeltilmesini istiyor. Talep bir dosyayla ilgili değil.
mijn-gegevens-mail-gemeente-adres = Sakinin e-posta adresi: { $email }
mijn-gegevens-mail-gemeente-naam = Sakinin adı: { $naam }
mijn-gegevens-mail-gemeente-wat = Yanlış olan: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = Doğrusu: { $tekst }
mijn-gegevens-mail-gemeente-termijn = Sakine bir ay içinde cevap verin. Bu, AVG madde 12'de yazılıdır.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = { $gemeente } Belediyesi portalındaki bilgileriniz
mijn-gegevens-leesmij-gemaakt = Portal bu dosyayı { $moment } tarihinde hazırladı.
mijn-gegevens-leesmij-uitleg = Bu dosyada portalın sizin hakkınızda sakladığı her şey var. Her bölüm ayrı bir dosyadadır.
mijn-gegevens-leesmij-json = .json uzantılı dosyalar metindir. Onları bir metin düzenleyiciyle açarsınız.
mijn-gegevens-leesmij-bsn = Bu dosyayı iyi saklayın. Portal BSN numaranızı (burgerservicenummer) biliyorsa, bu numara dosyada yer alır.
mijn-gegevens-leesmij-account = hesabınız: e-posta adresi, ad, dil ve ne zaman giriş yaptığınız.
mijn-gegevens-leesmij-meldingen = bildirimleriniz, henüz göndermedikleriniz de.
mijn-gegevens-leesmij-plannen = bildirimlere ait kişisel planlarınız.
mijn-gegevens-leesmij-clientondersteuning = ücretsiz destek danışmanlığı talepleriniz.
mijn-gegevens-leesmij-zaken = tüm adımlarıyla dosyalarınız. İtirazınız da.
mijn-gegevens-leesmij-blijverslening = evde kalma kredisi başvurularınız, diğer ev sahipleriyle birlikte.
mijn-gegevens-leesmij-kindpakket = Kindpakket başvurularınız, çocuklar ve kararlarla birlikte.
mijn-gegevens-leesmij-uitdaagrecht = girişimleriniz ve bunların önerileri, ayrıca desteklediğiniz öneriler.
mijn-gegevens-leesmij-machtigingen = size kimin yardım edebileceği ve sizin kime yardım ettiğiniz.
mijn-gegevens-leesmij-toegangslog = dosyalarınıza kimin baktığı veya kimin bir şey değiştirdiği ve ne zaman.
mijn-gegevens-leesmij-documenten = belgelerinizin bir listesi ve her dosyanın nerede olduğu.
mijn-gegevens-leesmij-mails = portalın size gönderdiği e-postalar. Portal bunları gönderdikten sonra 7 güne kadar saklar.
mijn-gegevens-leesmij-log = bilgilerinizi ne zaman indirdiğiniz veya bir şeyin düzeltilmesini ne zaman istediğiniz.
mijn-gegevens-leesmij-map = sizin veya belediyenin gönderdiği şekliyle belgeleriniz.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [one] { $aantal } belge bu dosyaya sığmıyor. Belediyeden bu belgeyi başka bir yolla göndermesini isteyin.
       *[other] { $aantal } belge bu dosyaya sığmıyor. Belediyeden bu belgeleri başka bir yolla göndermesini isteyin.
    }
mijn-gegevens-leesmij-vragen = Eksik bir şey mi var? Ya da yanlış bir şey mi var? O zaman belediyeyle iletişime geçin.
