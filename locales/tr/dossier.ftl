## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = Dosyanız
dossier-titel-namens = { $naam } adlı kişinin dosyası
dossier-nummer = Bildiriminizin numarası: { $referentie }.
dossier-intro = Yardım talebinize ne olduğunu burada görürsünüz. Bundan sonra ne olacağını da görürsünüz.
dossier-terug = Dosyanıza geri dönün
dossier-te-lang = Bu çok uzun. En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın. { $teveel } karakter fazla yazdınız.

dossier-klaar-antwoord = Belediye cevabınızı aldı.
dossier-klaar-reactie = Belediye yorumunuzu aldı. Yorumunuz artık raporun altında duruyor.
dossier-klaar-document = Belediye belgenizi aldı.
dossier-klaar-bezwaar = Belediye itirazınızı aldı. Belediye sizinle iletişime geçecek.
dossier-klaar-ingebrekestelling = Belediye gecikme ihtarınızı aldı.

# The next date, on the dossier and in Mijn loket.
dossier-volgende-gesprek = Belediyeyle görüşmeniz { $datum } tarihinde.
dossier-volgende-vraag = Belediyenin size bir sorusu var. Cevabınızı { $datum } tarihinden önce gönderin.
dossier-volgende-bezwaar = Karara katılmıyor musunuz? { $datum } tarihine kadar (o gün dahil) { $begrip } edebilirsiniz.
dossier-volgende-onderzoek = Belediye { $begrip }yi en geç { $datum } tarihinde yapar.
dossier-volgende-verslag = En geç { $datum } tarihinde { $begrip }u alırsınız.
dossier-volgende-besluit = En geç { $datum } tarihinde bir { $begrip } alırsınız.
dossier-volgende-beslissing-bezwaar = Belediye { $begrip }ınız hakkında en geç { $datum } tarihinde karar verir.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = { $naam } adlı kişinin belediyeyle görüşmesi { $datum } tarihinde.
dossier-volgende-namens-vraag = Belediyenin { $naam } adlı kişiye bir sorusu var. Cevabı { $datum } tarihinden önce gönderin.
dossier-volgende-namens-bezwaar = { $naam } karara katılmıyor mu? { $naam }, { $datum } tarihine kadar (o gün dahil) { $begrip } edebilir.
dossier-volgende-namens-onderzoek = Belediye { $naam } ile { $begrip }yi en geç { $datum } tarihinde yapar.
dossier-volgende-namens-verslag = { $naam }, en geç { $datum } tarihinde { $begrip }u alır.
dossier-volgende-namens-besluit = { $naam }, en geç { $datum } tarihinde bir { $begrip } alır.
dossier-volgende-namens-beslissing-bezwaar = Belediye, { $naam } adlı kişinin { $begrip }ı hakkında en geç { $datum } tarihinde karar verir.
dossier-mijn-loket-link = Dosyanıza bakın
dossier-mijn-loket-link-namens = { $naam } adlı kişinin dosyasına bakın

dossier-te-laat = Belediye, başvurunuzla ilgili kararda geç kaldı.
dossier-te-laat-link = Belediye geç kalırsa ne yapabilirsiniz?

dossier-vragen-titel = Belediyenin soruları
dossier-vraag-voor = Cevabınızı { $datum } tarihinden önce gönderin.
dossier-vraag-beantwoorden = Bu soruyu cevaplayın

# The timeline. The state is said in words before each step.
dossier-stappen-titel = Neler oluyor
dossier-uiterlijk = En geç { $datum } tarihinde
dossier-fase-ontvangen = Bildirim alındı
dossier-fase-gesprek-gepland = Görüşme randevusu
dossier-fase-onderzocht = Görüşme ve inceleme
dossier-fase-verslag = Görüşmenin raporu
dossier-fase-aanvraag = Başvuru
dossier-fase-besloten = Karar
dossier-fase-gesloten = Kapatıldı
dossier-stap-ontvangen = Belediye { $begrip }inizi aldı.
dossier-stap-ontvangen-nu = Belediye sizinle iletişime geçecek. O zaman birlikte bir görüşme randevusu ayarlarsınız.
dossier-stap-gesprek = Görüşmenin tarihi: { $datum }, saati: { $tijd }.
dossier-stap-gesprek-was = Görüşme { $datum } tarihinde yapıldı.
dossier-stap-gesprek-hierna = Belediye sizinle bir görüşme randevusu ayarlar.
dossier-plaats-thuis = Görüşme evinizde.
dossier-plaats-gemeentehuis = Görüşme belediye binasında.
dossier-plaats-telefoon = Görüşme telefonla. Belediye sizi arar.
dossier-plaats-beeldbellen = Görüşme görüntülü aramayla.
dossier-stap-onderzocht = Belediyeyle görüşmenizi yaptınız. Belediye { $begrip }yi bu görüşmeyle yaptı.
dossier-stap-onderzoek-hierna = Görüşmede belediye neye ihtiyacınız olduğuna bakar. Buna { $begrip } denir. Yasaya göre bu, bildiriminizden sonra en fazla { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sürer.
dossier-stap-onderzoek-hierna-gesprek = Görüşmede belediye neye ihtiyacınız olduğuna bakar. Buna { $begrip } denir. Yasaya göre bu, ilk görüşmeden sonra en fazla { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sürer.
dossier-stap-verslag = Belediye görüşmenin { $begrip }unu size gönderdi.
dossier-stap-verslag-link = Raporu okuyun ve yorum yazın
dossier-stap-verslag-hierna = Görüşmeden sonra belediye konuştuklarınızı yazar. Bu { $begrip }u { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } içinde alırsınız.
dossier-stap-aanvraag = Belediye { $begrip }unuzu aldı.
dossier-stap-aanvraag-hierna = Rapordan sonra yardım için başvurursunuz. Buna { $begrip } denir.
dossier-stap-besluit = Belediye bir { $begrip } verdi.
dossier-stap-besluit-link = Belediyenin kararını okuyun
dossier-stap-besluit-hierna = Belediye başvurunuz hakkında karar verir. Bir { $begrip } alırsınız. Yasaya göre bu, başvurunuzdan sonraki { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } içinde olur.
dossier-stap-verdaagd = Belediyenin daha fazla zamana ihtiyacı var. Nedeni: { $reden }
dossier-stap-bezwaar = { $datum } tarihinde { $begrip } ettiniz.
dossier-stap-gesloten = Belediye { $begrip }inizi kapattı.
dossier-stap-gesloten-hierna = Her şey bitince belediye { $begrip }inizi kapatır.

dossier-dwangsom-titel = Gecikme ihtarınız
dossier-dwangsom-ontvangen = Belediye { $begrip }nızı { $datum } tarihinde aldı.
dossier-dwangsom-wachten = Belediye { $datum } tarihine kadar (o gün dahil) hâlâ karar verebilir. O zaman size hiçbir şey ödemesi gerekmez.
dossier-dwangsom-loopt = Belediye o tarihe kadar karar vermedi. Bu yüzden size { $begrip } öder. Bu ceza { $datum } tarihinden beri işliyor.
dossier-dwangsom-bedrag = Şimdiye kadarki tutar: { $bedrag }. Bu, { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } için.

dossier-documenten-titel = Belgeler
dossier-documenten-geen = Henüz belge yok.
dossier-document-over = ({ $soort }, { $datum })
dossier-document-verslag = rapor
dossier-document-besluit = kararı içeren mektup
dossier-document-inwoner = sizden
dossier-document-gemeente = belediyeden
dossier-uploaden-link = Belediyeye bir belge gönderin

dossier-meer-titel = Bildiriminiz hakkında daha fazla bilgi
dossier-inzage-link = Dosyanıza kim baktı?
dossier-bewijs-link = Belediyeye gönderdiklerinize bakın
dossier-plan-link = Kendi planınız

dossier-vraag-titel = Belediyenin sorusu
dossier-vraag-wacht = Siz cevap vermediğiniz sürece, { $begrip } için süre işlemez.
dossier-antwoord-label = Cevabınız
dossier-antwoord-hint = Bir dosya da gönderebilirsiniz. Ya da ikisini birden.
dossier-antwoord-bestand = Dosya (isterseniz)
dossier-antwoord-knop = Cevabınızı gönderin
dossier-antwoord-leeg = Cevabınızı yazın. Ya da bir dosya seçin.

dossier-verslag-titel = Görüşmenin raporu
dossier-verslag-intro = Bunu belediye sizinle görüşmeden sonra yazdı. Bu { $begrip }u { $datum } tarihinde aldınız. Yanlış bir şey mi var? Ya da eksik bir şey mi var? Aşağıya yazın.
dossier-verslag-tekst = Belediyenin yazdıkları
dossier-verslag-pdf = Raporu indirin (PDF)
dossier-reacties-titel = Yorumlarınız
dossier-reactie-op = { $datum } tarihli yorumunuz
dossier-reactie-titel = Rapora yorum yazın
dossier-reactie-label = Yorumunuz
dossier-reactie-hint = Yorumunuz raporun altına eklenir. Raporun kendisi olduğu gibi kalır.
dossier-reactie-knop = Yorumunuzu gönderin
dossier-reactie-leeg = Yorumunuzu yazın.

dossier-uploaden-titel = Bir belge gönderin
dossier-uploaden-intro = Belediyeye { $begrip }inizle ilgili bir şey mi göndermek istiyorsunuz? Örneğin doktorunuzdan bir mektup mu? Bunu burada yapabilirsiniz.
dossier-uploaden-kies = Dosyayı seçin
dossier-uploaden-knop = Belgeyi gönderin

dossier-besluit-titel = Belediyenin kararı
dossier-besluit-intro = Belediye { $begrip }ı size { $datum } tarihinde gönderdi. İçinde ne yazdığını burada okursunuz.
dossier-besluit-brief = Kararı içeren mektubu indirin
dossier-besluit-motivering = Belediyenin açıklaması
dossier-besluit-bezwaar-titel = Karara katılmıyor musunuz?
dossier-uitkomst-toegekend = Bu yardımı alıyorsunuz
dossier-uitkomst-gedeeltelijk = Bu yardımın bir kısmını alıyorsunuz
dossier-uitkomst-afgewezen = Bu yardımı almıyorsunuz
dossier-regel-wat = Ne alıyorsunuz
dossier-regel-vanaf = Başlangıç
dossier-regel-tot = Son gün
dossier-regel-geen-einde = Bitiş tarihi yok.
dossier-regel-hoe = Yardımı nasıl alıyorsunuz
dossier-regel-zin = Şekli: { $begrip }. Yardımı belediye sizin için düzenler.
dossier-regel-pgb = Şekli: { $begrip }. Para alırsınız ve yardımı kendiniz düzenlersiniz.
dossier-regel-budget = Ne kadar para alıyorsunuz
dossier-regel-wie = Yardımı kim veriyor
dossier-regel-betalen = Kendiniz ne ödüyorsunuz
dossier-regel-eigen-bijdrage = Ayda { $bedrag } tutarında bir { $begrip } ödersiniz.
dossier-regel-niets = Bu yardım için hiçbir şey ödemezsiniz.
dossier-regel-waarom = Neden

dossier-bezwaar-titel = İtiraz etmek
dossier-bezwaar-intro = Bu { $begrip }a katılmıyor musunuz? O zaman nedenini buraya yazın.
dossier-bezwaar-tot = { $datum } tarihine kadar (o gün dahil) { $begrip } edebilirsiniz.
dossier-bezwaar-uitleg = Bunun için { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } süreniz var. Bu süre, belediyenin kararı gönderdiği günün ertesi günü başlar. Kararın gönderildiği gün: { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [one] { $weken } haftalık süre aslında { $datum } tarihinde bitiyor.
       *[other] { $weken } haftalık süre aslında { $datum } tarihinde bitiyor.
    } Bu gün cumartesi, pazar veya resmî tatil. Bu yüzden birkaç gün daha süreniz var.
dossier-bezwaar-te-laat = Bu gün geçti. Yani geç kaldınız.
dossier-bezwaar-te-laat-toch = İtirazınızı yine de gönderebilirsiniz. O zaman neden geç kaldığınızı da yazın. Belediye, itirazınıza yine de bakıp bakmayacağına karar verir.
dossier-bezwaar-label = Karara neden katılmıyorsunuz?
dossier-bezwaar-hint = Size göre neyin yanlış olduğunu yazın. Ne beklediğinizi de yazın.
dossier-bezwaar-hint-te-laat = Size göre neyin yanlış olduğunu yazın. Neden geç kaldığınızı da yazın.
dossier-bezwaar-knop = İtirazınızı gönderin
dossier-bezwaar-leeg = Karara neden katılmadığınızı yazın.
dossier-bezwaar-link = İtiraz edin
dossier-bezwaar-hierna = Belediye itirazınızla ilgili sizinle iletişime geçecek.
dossier-bezwaar-uw-tekst = Yazdıklarınız

dossier-ingebreke-titel = Belediye geç kaldı
dossier-ingebreke-te-laat = Belediye en geç { $datum } tarihinde { $begrip }unuz hakkında karar vermeliydi. Bunu başaramadı.
dossier-ingebreke-wat = O zaman belediyeye bir { $begrip } gönderebilirsiniz.
dossier-ingebreke-betekent = Bununla belediyeye şunu söylersiniz: Başvurum hakkında şimdi karar verin.
dossier-ingebreke-dwangsom = Belediye bundan sonraki { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } içinde karar vermezse, size para öder. Buna { $begrip } denir.
dossier-ingebreke-hoeveel = Ne kadar para alırsınız?
dossier-ingebreke-eerste = İlk { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } için günde { $bedrag } alırsınız.
dossier-ingebreke-tweede = Sonraki { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } için günde { $bedrag } alırsınız.
dossier-ingebreke-derde = Ondan sonra günde { $bedrag } alırsınız.
dossier-ingebreke-maximum = Bu parayı en fazla { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } boyunca alırsınız. Toplam tutar en fazla { $bedrag } olur. Belediye bundan sonra da karar vermek zorundadır.
dossier-ingebreke-knop-titel = Düğmeye bastığınızda ne olur?
dossier-ingebreke-vandaag = Belediye gecikme ihtarınızı bugün alır: { $datum }.
dossier-ingebreke-vanaf = Belediye o zaman { $datum } tarihine kadar (o gün dahil) hâlâ karar verebilir. Ondan sonra her gün sayılır.
dossier-ingebreke-knop = Gecikme ihtarını gönder

dossier-inzage-titel = Dosyanıza kim baktı?
dossier-inzage-intro = Hangi görevlilerin dosyanızı açtığını veya bir şey değiştirdiğini burada görürsünüz. En yeniler en üstte.
dossier-inzage-niemand = Belediyeden henüz kimse dosyanızı açmadı.
dossier-inzage-paginas = Kayıt defterinin sayfaları
dossier-inzage-wie = { $naam }, { $rol }
dossier-inzage-onbekend = Bir görevli
dossier-inzage-reden = Nedeni: { $reden }
dossier-inzage-bekeken = Dosyanıza baktı.
dossier-inzage-gedownload = Bir belge açtı.
dossier-inzage-gewijzigd = Dosyanızda bir şey değiştirdi.
dossier-inzage-stap = Dosyanıza yeni bir adım yazdı: { $stap }.
dossier-rol-medewerker = belediye görevlisi
dossier-rol-beheerder = belediyede sistem yöneticisi
dossier-rol-helper = size yardım eden biri
dossier-door-helper = Size yardım eden biri bunu sizin adınıza yaptı.
dossier-gemeente-te-laat = Belediye geç kaldı
