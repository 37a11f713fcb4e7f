## Cliëntondersteuners: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the beheerder's pages for their accounts.

clientondersteuners-dashboard-titel = Danışanlarınız
clientondersteuners-dashboard-onderdelen = Danışanlarınızın bölümleri
clientondersteuners-dashboard-intro = { $organisatie } kuruluşunda destek danışmanısınız.
clientondersteuners-dashboard-uitleg = Burada size { $begrip } veren kişiler var.
clientondersteuners-dashboard-beslist = Bu kişilere yardım ediyorsunuz. Talepleri hakkında siz karar vermezsiniz. Kararı belediye verir.
clientondersteuners-dashboard-clienten-titel = Yardım ettiğiniz kişiler
clientondersteuners-dashboard-clienten-paginas = Yardım ettiğiniz kişilerin sayfaları
clientondersteuners-dashboard-mijn-paginas = Taleplerimin sayfaları
clientondersteuners-dashboard-verzoeken-paginas = Açık taleplerin sayfaları
clientondersteuners-dashboard-geen-clienten = Henüz yetkiyle kimseye yardım etmiyorsunuz.
clientondersteuners-dashboard-geen-melding = Henüz bildirim gönderilmedi.
clientondersteuners-dashboard-werk-namens = { $naam } adına çalışın
clientondersteuners-dashboard-dossier = { $referentie } numaralı dosyaya bakın
clientondersteuners-dashboard-kolom-melding = Bildirim
clientondersteuners-dashboard-kolom-fase = Ne durumda?
clientondersteuners-dashboard-kolom-volgende = Sırada ne var?
clientondersteuners-dashboard-kolom-actie = Dosya
clientondersteuners-dashboard-caption = { $naam } adlı kişinin dosyaları
clientondersteuners-dashboard-niets = Şu anda bir tarih yok.
clientondersteuners-dashboard-mijn-titel = Taleplerim
clientondersteuners-dashboard-mijn-geen = Henüz hiçbir talebi üstlenmediniz.
clientondersteuners-dashboard-mijn-status = Durum
clientondersteuners-dashboard-mijn-opgepakt = Bu talebi { $datum } tarihinde üstlendiniz. Kişiyle iletişime geçin.
clientondersteuners-dashboard-mijn-gekozen = Belediye sizi { $datum } tarihinde seçti. Kişiyle iletişime geçin.
clientondersteuners-dashboard-mijn-helpt = Bu kişiye yardım ediyorsunuz.
clientondersteuners-dashboard-mijn-dossier-ja = Dosyaya bakabilirsiniz. Kişiyi "Yardım ettiğiniz kişiler" bölümünde bulursunuz.
clientondersteuners-dashboard-verzoeken-titel = Yardım talepleri
clientondersteuners-dashboard-verzoeken-intro = Bu kişiler { $organisatie } kuruluşundan yardım istiyor. Kişiye yardım edecekseniz talebi üstlenin.
clientondersteuners-dashboard-geen-verzoeken = Açık talep yok.
clientondersteuners-dashboard-verzoek-titel = Talep { $referentie }
clientondersteuners-dashboard-verzoek-datum = Gönderilme tarihi
clientondersteuners-dashboard-verzoek-voor = Kimin için
clientondersteuners-dashboard-verzoek-zelf = Kişinin kendisi
clientondersteuners-dashboard-verzoek-telefoon = Telefon
clientondersteuners-dashboard-verzoek-email = E-posta
clientondersteuners-dashboard-verzoek-dossier = Dosya
clientondersteuners-dashboard-verzoek-dossier-ja = Talebi üstlenirseniz dosyaya bakabilirsiniz.
clientondersteuners-dashboard-verzoek-dossier-nee = Dosyaya bakamazsınız.
clientondersteuners-dashboard-oppakken = Üstlen
clientondersteuners-dashboard-oppakken-welke = talep { $referentie }
clientondersteuners-dashboard-opgepakt = Artık bu kişiye yardım ediyorsunuz. Kişiye bir e-posta gönderdik.
clientondersteuners-dashboard-al-opgepakt = Bir iş arkadaşınız bu talebi zaten üstlendi.

clientondersteuners-mail-onderwerp = { $naam } size yardım ediyor
clientondersteuners-mail-helpt = { $organisatie } kuruluşundan { $naam }, { $referentie } numaralı talebinizde size yardım ediyor.
clientondersteuners-mail-contact = { $naam } sizinle iletişime geçecek.
clientondersteuners-mail-dossier = Dosyanıza bakılmasına izin verdiniz. { $naam } hiçbir şeyi değiştiremez.
clientondersteuners-mail-machtigingen = Bunu portalda Yetkiler bölümünde görürsünüz. Orada bu izni durdurabilirsiniz de.
clientondersteuners-mail-knop = Yetkiler bölümüne git

clientondersteuners-beheer-titel = Destek danışmanları
clientondersteuners-beheer-link = Destek danışmanlarının hesapları
clientondersteuners-beheer-intro = Burada destek danışmanları için hesap açarsınız. Danışmanlar, e-postayla gelen bir bağlantıyla giriş yapar.
clientondersteuners-beheer-geen = Bu kuruluşun henüz hesabı yok.
clientondersteuners-beheer-andere = Artık profilde olmayan kuruluş: { $organisatie }
clientondersteuners-beheer-kolom-naam = Ad
clientondersteuners-beheer-kolom-email = E-posta adresi
clientondersteuners-beheer-kolom-actie = İşlem
clientondersteuners-beheer-caption = Hesaplar: { $organisatie }
clientondersteuners-beheer-beeindigen = Hesabı sonlandır: { $naam }
clientondersteuners-beheer-toevoegen-titel = Hesap ekle
clientondersteuners-beheer-email-label = E-posta adresi
clientondersteuners-beheer-email-hint = Destek danışmanı bu adresle giriş yapar.
clientondersteuners-beheer-naam-label = Ad
clientondersteuners-beheer-naam-hint = Sakinler bu adı görür.
clientondersteuners-beheer-organisatie-label = Kuruluş
clientondersteuners-beheer-knop = Hesap ekle
clientondersteuners-beheer-geen-organisaties = Belediyenin profilinde destek danışmanlığı kuruluşu yok.
clientondersteuners-beheer-toegevoegd = Hesap hazır. Destek danışmanı artık giriş yapabilir.
clientondersteuners-beheer-beeindigd = Hesabı sonlandırdınız. Bu hesabın yetkileri artık geçerli değil.

clientondersteuners-beeindigen-titel = Hesap sonlandırılsın mı: { $naam }?
clientondersteuners-beeindigen-gevolg = { $naam } o zaman destek danışmanı olarak artık giriş yapamaz.
clientondersteuners-beeindigen-machtigingen = { $naam } adlı kişinin destek danışmanı olarak sahip olduğu tüm yetkiler hemen sona erer.
clientondersteuners-beeindigen-vraag = Emin misiniz?
clientondersteuners-beeindigen-ja = Evet, hesabı sonlandır
clientondersteuners-beeindigen-nee = Hayır, hesap kalsın
clientondersteuners-beeindigen-knop = Devam

clientondersteuners-fout-email = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
clientondersteuners-fout-staf = Bu adres bir belediye görevlisine ait. Başka bir adres seçin.
clientondersteuners-fout-naam = Adı yazın.
clientondersteuners-fout-te-lang = Bu çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.
clientondersteuners-fout-organisatie = Bir kuruluş seçin.
clientondersteuners-fout-zeker = Evet veya hayır seçin.
clientondersteuners-dashboard-verzoek-notitie = Sakinin mesajı
