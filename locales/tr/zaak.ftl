## A case after the melding: the e-mails that tell the resident a step was taken. They never say what was
## discussed or decided: the resident reads that in the dossier.

zaak-mail-onderwerp = { $referentie } numaralı bildiriminiz hakkında yeni bilgi
zaak-mail-knop = Dosyanıza bakın
zaak-mail-privacy = Bu e-postada kişisel bilgi yok. Her şeyi web sitesindeki dosyanızda okursunuz.
zaak-mail-gesprek-gepland = Sizinle bir görüşme randevusu var. Görüşmenin tarihi: { $datum }, saati: { $tijd }.
zaak-mail-tijdelijk = Geçici olarak yardım alıyorsunuz. Bu yardım, karar çıkana kadar devam eder.
zaak-mail-onderzoek = Belediyeyle görüşmenizi yaptınız. Bundan sonra görüşmenin raporunu alacaksınız.
zaak-mail-verslag = Görüşmenizin raporu hazır. Raporu dikkatle okuyun. Rapora cevap da verebilirsiniz.
zaak-mail-vraag = Belediyenin size bir sorusu var. { $datum } tarihinden önce cevap verin.
zaak-mail-aanvraag = Belediye başvurunuzu aldı. En geç { $datum } tarihinde bir karar alacaksınız.
zaak-mail-verdaagd = Karar planlanandan daha geç gelecek. Kararı en geç { $datum } tarihinde alacaksınız.
zaak-mail-besluit = Başvurunuzla ilgili bir karar var. Karara katılmıyor musunuz? O zaman { $datum } tarihine kadar (o gün dahil) itiraz edebilirsiniz.
zaak-mail-gesloten = Belediye, bildiriminizle ilgili dosyayı kapattı.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = Düzeltme talepleriniz
zaak-correctie-geen = Bu dosyada yanlış bir şey mi var? O zaman düzeltilmesini isteyebilirsiniz.
zaak-correctie-gevraagd = { $datum } tarihinde şunun düzeltilmesini istediniz:
zaak-correctie-antwoord-op = Belediye { $datum } tarihinde cevap verdi:
zaak-correctie-gecorrigeerd = Belediye bilgilerinizi düzeltti.
zaak-correctie-niet-gecorrigeerd = Belediye bilgilerinizi değiştirmedi.
zaak-correctie-wacht = Belediye talebinize bakıyor. Cevap olunca size e-posta gelir.
zaak-correctie-vragen-link = Bir şeyin düzeltilmesini isteyin
zaak-correctie-mail-onderwerp = Bilgilerinizle ilgili talebinize cevap { $referentie }
zaak-correctie-mail-tekst = Belediyeden bilgilerinizde bir şeyi düzeltmesini istediniz. Belediye talebinize cevap verdi.
zaak-correctie-wat = Ne yanlış?
zaak-correctie-moet-zijn = Doğrusu ne olmalı?
zaak-correctie-onbekend = Sakin bunu bilmiyor.
zaak-correctie-staf-titel = { $aantal ->
        [one] Düzeltme talebi
       *[other] Düzeltme talepleri ({ $aantal })
    }
zaak-correctie-staf-verzoek = Sakinin talebi, { $datum }
zaak-correctie-staf-beantwoord = Cevap tarihi { $datum }, cevaplayan { $naam }:
zaak-correctie-staf-antwoord = Sakine cevabınız
zaak-correctie-staf-antwoord-hint = Sakin bunu portalda okur. Sade bir dille yazın.
zaak-correctie-staf-gecorrigeerd = Bilgileri düzelttiniz mi?
zaak-correctie-staf-ja = Evet, bilgileri düzelttim
zaak-correctie-staf-nee = Hayır, bilgiler olduğu gibi kalıyor
zaak-correctie-staf-knop = Cevabı gönder
zaak-correctie-staf-pagina = Düzeltme talebine cevap verin: { $referentie }
zaak-correctie-fout-antwoord = Sakine cevabınızı yazın.
zaak-correctie-fout-te-lang = Metniniz çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter kullanın.
       *[other] { $aantal } karakter kullanın.
    }
zaak-correctie-fout-keuze = Bilgileri düzeltip düzeltmediğinizi seçin.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = Belediye en geç { $datum } tarihinde karar verir.
zaak-besluit-uitleg = Bu, başvurunuz tamamlandıktan { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır. Bu kural Algemene wet bestuursrecht, madde 4:13'te yazılıdır.
zaak-besluit-te-laat = Bu gün geçti ve hâlâ karar yok.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = Kararı yazdırın veya pdf olarak kaydedin
zaak-beschikking-titel = Karar
zaak-beschikking-afdrukken = Bu kararı kâğıt üzerinde mi istiyorsunuz? Tarayıcınızın yazdır düğmesini kullanın. Orada pdf olarak kaydetmeyi de seçebilirsiniz.
zaak-beschikking-gemeente = { $gemeente } Belediyesi
zaak-beschikking-datum = Tarih
zaak-beschikking-aan = Alıcı
zaak-beschikking-kenmerk = Referans numarası
zaak-beschikking-besloten = Belediye ne karar verdi?
zaak-beschikking-uitkomst = Karar
zaak-beschikking-toegekend = Bunu alıyorsunuz
zaak-beschikking-gedeeltelijk = Bir kısmını alıyorsunuz
zaak-beschikking-afgewezen = Bunu almıyorsunuz
zaak-beschikking-vanaf = Başlangıç
zaak-beschikking-tot = Son gün
zaak-beschikking-geen-einde = Bitiş tarihi yok
zaak-beschikking-bedrag = Tutar
zaak-beschikking-waarom = Neden
zaak-beschikking-grondslag = Kural: { $bron }.
zaak-beschikking-redenen = Belediye neden bu kararı verdi?
zaak-beschikking-door-titel = Kararı kim verdi?
zaak-beschikking-door = { $naam }, { $gemeente } Belediye Başkanı ve Başkan Yardımcıları Kurulu adına.
zaak-beschikking-medewerker = Belediyeden bir görevli
zaak-beschikking-bezwaar-titel = Bu karara katılmıyor musunuz?
zaak-beschikking-bezwaar-tot = O zaman { $datum } tarihine kadar (o gün dahil) { $begrip } edebilirsiniz.
zaak-beschikking-bezwaar-termijn = Bunun için { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } süreniz var. Bu süre, belediyenin kararı gönderdiği günün ertesi günü başlar: { $verzonden } tarihinden sonra. Bu kural Algemene wet bestuursrecht, madde 6:7 ve 6:8'de yazılıdır.
zaak-beschikking-bezwaar-brief = Bir mektup yazın. Mektuba adınızı, adresinizi, tarihi ve bu kararın referans numarasını yazın. Karara neden katılmadığınızı yazın. Mektubu imzalayın.
zaak-beschikking-bezwaar-adres = Mektubu { $gemeente } Belediye Başkanı ve Başkan Yardımcıları Kuruluna (college van burgemeester en wethouders) gönderin:
zaak-beschikking-bezwaar-portaal = Bunu bu web sitesinde de yapabilirsiniz.
zaak-beschikking-bezwaar-link = Web sitesinde itiraz edin
zaak-beschikking-bezwaar-nederlands = İtiraz hakkında Hollandaca metin
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = Bu taslağı silin
zaak-concept-verwijder-titel = Taslağı sil
zaak-concept-verwijder-vraag = Bu taslağı silmek istediğinizden emin misiniz?
zaak-concept-verwijder-wat = Bu taslak şuna ait: { $begrip }.
zaak-concept-verwijder-begonnen = Taslağa { $datum } tarihinde başladınız.
zaak-concept-verwijder-gevolg = O zaman cevaplarınız ve dosyalarınız silinir. Onları geri alamazsınız.
zaak-concept-verwijder-ja = Evet, taslağı sil
zaak-concept-verwijder-nee = Hayır, taslağı sakla
zaak-concept-verwijder-knop = Devam
zaak-concept-verwijder-kies = Evet veya Hayır seçin.
zaak-concept-verwijderd = Taslağı sildiniz.
zaak-agenda-titel = { $gemeente } Belediyesiyle görüşme
zaak-agenda-thuis = Evinizde
zaak-agenda-gemeentehuis = Belediye binasında
zaak-agenda-telefoon = Telefonda. Belediye sizi arar.
zaak-agenda-beeldbellen = Görüntülü görüşmeyle
zaak-log-laatste = { $aantal ->
    [one] Burada sadece son seferi görürsünüz.
   *[other] Burada sadece son { $aantal } seferi görürsünüz.
}
zaak-log-alles = Hepsini Bilgilerim bölümünde görebilirsiniz.
