## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = Nedenlerinizi daha sonra mı göndereceksiniz?
bezwaar-pro-forma-keuze = Evet, nedenlerimi daha sonra göndereceğim
bezwaar-pro-forma-uitleg = Şu anda her şeyi yazmaya vaktiniz yok mu? O zaman itirazınızı şimdiden gönderin, böylece zamanında olursunuz. Belediye size daha sonra nedenlerinizi göndermeniz için süre verir.
bezwaar-documenten-titel = İtirazınıza ait belgeler
bezwaar-document-weg = { $naam } belgesini kaldır
bezwaar-document-weg-label = Bir belgeyi kaldırmak istiyor musunuz?
bezwaar-bestand-label = Belge ekleyin (isterseniz)
bezwaar-bestand-hint = Örneğin doktorunuzdan bir mektup veya bir fotoğraf.
bezwaar-verder = Devam
bezwaar-opslaan = Kaydet ve sonra devam et
bezwaar-klaar-opgeslagen = İtirazınızı kaydettik. Henüz göndermediniz.
bezwaar-klaar-ingetrokken = İtirazınızı geri çektiniz. Süre devam ettiği sürece tekrar itiraz edebilirsiniz.
bezwaar-opnieuw = Daha önce itiraz ettiniz ve itirazınızı geri çektiniz. Tekrar itiraz edebilirsiniz.
bezwaar-hierna-titel = Sonra ne olacak?
bezwaar-hierna-weken = Belediye, itiraz için son günden sonraki { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } içinde karar verir. Bu süre bir kez 6 hafta uzatılabilir. O zaman bunun için önceden bir mektup alırsınız.
bezwaar-hierna-gesprek = Belediye sizi çoğu zaman itirazınız hakkında bir görüşmeye davet eder. Orada neden katılmadığınızı açıklayabilirsiniz.
bezwaar-voorlopig-titel = Kararı bekleyemiyor musunuz?
bezwaar-voorlopig-tekst = Hızlı bir şey yapılması mı gerekiyor? O zaman hâkimden geçici tedbir isteyebilirsiniz. Bu, itirazınız sürdüğü sürece geçerli olan hızlı bir karardır. Bunu bölgenizdeki mahkemeden istersiniz. Bunun için mahkeme harcı ödersiniz. Bir avukat veya Juridisch Loket size yardım edebilir.

bezwaar-gronden-later = Nedenlerinizi daha sonra göndereceksiniz.
bezwaar-geen-documenten = Belge yok
bezwaar-rij-besluit = Kararın tarihi
bezwaar-rij-gronden = Neden katılmıyorsunuz
bezwaar-controleren-titel = İtirazınızı kontrol edin
bezwaar-controleren-intro = Her şeyin doğru olup olmadığına bakın. Bir şey değiştirmek mi istiyorsunuz? O zaman Değiştir'i seçin.
bezwaar-versturen-titel = Gönder
bezwaar-versturen-tekst = Düğmeye bastığınızda itirazınız belediyeye ulaşır. İtirazınızı aldığımızı bildiren bir e-posta alırsınız.

bezwaar-titel-verstuurd = İtirazınız
bezwaar-klaar-verstuurd = İtirazınızı aldık.
bezwaar-klaar-mail = Bununla ilgili bir e-posta da alacaksınız. Bu sayfada itirazınıza ne olduğunu görürsünüz.
bezwaar-klaar-aangevuld = Eklediklerinizi aldık.
bezwaar-beslist-uiterlijk = Belediye en geç { $datum } tarihinde karar verir.
bezwaar-beslist-uitleg = Bu, itiraz için son gün olan { $datum } tarihinden { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
bezwaar-aanvullen-tot = Nedenlerinizi en geç { $datum } tarihinde gönderin.
bezwaar-aanvullen-te-laat = Bu gün geçti. Nedenlerinizi yine de en kısa zamanda gönderin. Belediyenin itirazınızı incelemesi artık zorunlu değil. Ama yine de inceleyebilir.
bezwaar-aanvullen-zo-snel = Nedenlerinizi en kısa zamanda gönderin. Belediye size bunun ne zamana kadar mümkün olduğunu bildirir.
bezwaar-aangevuld-na-termijn = Nedenler, istenen tarihten sonra geldi: { $datum } tarihinde.
bezwaar-aanvulling-van = { $datum } tarihli ek
bezwaar-stappen-titel = İtirazınıza neler oldu
bezwaar-stap-ingediend = İtiraz ettiniz.
bezwaar-stap-ingediend-pro-forma = İtiraz ettiniz. Nedenler daha sonra gelecek.
bezwaar-stap-bevestigd = Belediye itirazınızı aldığını onayladı.
bezwaar-stap-aanvullen-tot = Belediye sizden nedenlerinizi en geç { $datum } tarihinde göndermenizi istedi.
bezwaar-stap-aangevuld = Daha fazla açıklama veya belge gönderdiniz.
bezwaar-stap-hoorzitting = Belediye sizi bir görüşmeye davet etti. Tarih: { $datum }, saat: { $tijd }. Yer: { $plaats }.
bezwaar-stap-horen-afgezien = Belediye görüşme yapmadan karar veriyor. Nedeni: { $reden }
bezwaar-stap-verdaagd = Belediye daha sonra karar verecek. Nedeni: { $reden }
bezwaar-stap-beslist = Belediye itirazınız hakkında karar verdi.
bezwaar-stap-ingetrokken = İtirazınızı geri çektiniz.
bezwaar-beslissing-titel = İtirazınızla ilgili karar
bezwaar-beslissing-waarom = Neden
bezwaar-beslissing-nieuw = Yeni karar
bezwaar-uitkomst-gegrond = Haklı bulundunuz. Karar değişiyor.
bezwaar-uitkomst-deels-gegrond = Kısmen haklı bulundunuz. Kararın bir kısmı değişiyor.
bezwaar-uitkomst-ongegrond = Haklı bulunmadınız. Karar olduğu gibi kalıyor.
bezwaar-uitkomst-niet-ontvankelijk = Belediye itirazınızı incelemiyor. Karar olduğu gibi kalıyor.
bezwaar-beroep = Bu karara katılmıyor musunuz? O zaman mahkemede dava açabilirsiniz. Bunu, belediyenin kararı gönderdiği günden sonraki 6 hafta içinde yapabilirsiniz.
bezwaar-aanvullen-titel = Nedenlerinizi gönderin
bezwaar-aanvullen-uitleg = Karara neden katılmadığınızı yazın. Belge de ekleyebilirsiniz.
bezwaar-aanvullen-label = Karara neden katılmıyorsunuz?
bezwaar-aanvullen-knop = Nedenleri gönder
bezwaar-aanvullen-leeg = Eklemek istediğinizi yazın veya bir belge seçin.
bezwaar-intrekken-titel = İtirazı geri çek
bezwaar-intrekken-link = İtirazımı geri çekmek istiyorum
bezwaar-intrekken-uitleg = İtirazınızı geri mi çekiyorsunuz? O zaman belediye itirazınızla ilgili işi durdurur. Karar olduğu gibi kalır.
bezwaar-intrekken-opnieuw = İtiraz süresi hâlâ devam ediyor mu? O zaman sonra tekrar itiraz edebilirsiniz.
bezwaar-intrekken-knop = Evet, itirazımı geri çek

bezwaar-staf-titel = { $referentie } dosyasına itiraz
bezwaar-staf-vastgelegd = Kaydedildi. Sakin bununla ilgili bir e-posta alır.
bezwaar-staf-ingetrokken = Sakin bu itirazı geri çekti.
bezwaar-staf-gronden = İtirazın gerekçeleri
bezwaar-staf-pro-forma = Henüz gerekçe yok: Sakin gerekçeleri daha sonra gönderecek (pro forma itiraz).
bezwaar-rij-ingediend = İtirazın alındığı tarih
bezwaar-rij-termijn = İtiraz süresi
bezwaar-binnen-termijn = Süre içinde
bezwaar-na-termijn = Süreden sonra. Süre { $datum } tarihinde (o gün dahil) bitti. Sakinin geç kalmasının kabul edilip edilemeyeceğini değerlendirin (Awb madde 6:11).
bezwaar-rij-beslissen = En geç karar tarihi
bezwaar-staf-ontvangst = Alındığını onayla
bezwaar-staf-ontvangst-uitleg = Sakin, belediyenin itirazı aldığını bildiren bir e-posta alır (Awb madde 6:14).
bezwaar-staf-aanvullen = Gerekçeler için süre ver
bezwaar-staf-aanvullen-uitleg = İtirazın henüz gerekçesi yok. Sakine, gerekçeleri göndermesi için bir süre verin (Awb madde 6:6).
bezwaar-staf-aanvullen-label = En geç
bezwaar-staf-hoorzitting = Dinleme oturumu planla
bezwaar-staf-datum = Dinleme oturumunun tarihi
bezwaar-staf-tijd = Saat
bezwaar-staf-tijd-hint = Örneğin 14:30
bezwaar-staf-plaats = Yer
bezwaar-staf-commissie-label = Sakini kim dinleyecek?
bezwaar-staf-commissie = İtirazlar için danışma komisyonu
bezwaar-staf-horen-afgezien = Dinlemeden vazgeç
bezwaar-staf-horen-reden = Neden dinleme oturumu yok?
bezwaar-staf-horen-hint = Bu sadece Awb madde 7:3'teki durumlarda olabilir. Örneğin: itiraz açıkça yersizdir veya sakin görüşmeden vazgeçer.
bezwaar-staf-verdagen = Kararı ertele
bezwaar-staf-verdagen-uitleg = Bu bir kez, 6 hafta için ve sadece karar süresi bitmeden yapılabilir (Awb madde 7:10 fıkra 3).
bezwaar-staf-verdagen-reden = Belediye neden daha sonra karar veriyor?
bezwaar-staf-beslissen = İtiraz hakkında karar ver
bezwaar-staf-uitkomst = Karar
bezwaar-staf-motivering = Gerekçe
bezwaar-staf-nieuw-besluit = Yeni karar
bezwaar-staf-nieuw-besluit-hint = Sadece karar değişirse: Sakinin şimdi ne aldığı, ne zamandan itibaren ve ne kadar süreyle.

bezwaar-fout-datum = Bir gün, bir ay ve bir yıl girin.
bezwaar-fout-datum-bestaat-niet = Bu tarih yok.
bezwaar-fout-datum-na-vandaag = Bugünden sonraki bir tarih seçin.
bezwaar-fout-datum-voorbij = Bu tarih geçti.
bezwaar-fout-tijd = 14:30 gibi bir saat girin.
bezwaar-fout-leeg = Burayı doldurun.
bezwaar-fout-te-lang = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın.
bezwaar-fout-uitkomst = Kararı seçin.

bezwaar-mail-onderwerp = İtirazınız hakkında yeni bilgi ({ $referentie })
bezwaar-mail-ontvangen = İtirazınızı aldık. Belediye en geç { $datum } tarihinde karar verir.
bezwaar-mail-redenen-later = Nedenlerinizi daha sonra göndereceksiniz. Bunu en kısa zamanda yapın.
bezwaar-mail-bevestigd = Belediye itirazınızı aldığını onaylıyor.
bezwaar-mail-aanvullen = Karara neden katılmadığınızı en geç { $datum } tarihinde gönderin.
bezwaar-mail-aangevuld = İtirazınıza yaptığınız eki aldık.
bezwaar-mail-hoorzitting = Belediye sizi itirazınız hakkında bir görüşmeye davet ediyor. Tarih: { $datum }, saat: { $tijd }.
bezwaar-mail-geen-hoorzitting = Belediye itirazınız hakkında görüşme yapmadan karar veriyor. Nedenini portalda okursunuz.
bezwaar-mail-verdaagd = Belediye itirazınız hakkında daha sonra karar verecek, en geç { $datum } tarihinde.
bezwaar-mail-beslist = Belediye itirazınız hakkında karar verdi. Kararı portalda okursunuz.
bezwaar-mail-ingetrokken = İtirazınızı geri çektiniz.
bezwaar-mail-knop = İtirazınıza bakın
bezwaar-mail-privacy = Bu e-postada durumunuz hakkında hiçbir şey yazmıyor. Bunu sadece portalda okursunuz.
bezwaar-bekijken = İtirazınıza bakın
bezwaar-staf-link-titel = İtiraz
bezwaar-staf-link-ontvangen = İtiraz { $datum } tarihinde alındı.
bezwaar-staf-link = İtiraza git
bezwaar-staf-geen = Bu dosyadaki karara kimse itiraz etmedi.
bezwaar-beslist-uitleg-laat = Bu, itirazınızın geldiği gün olan { $datum } tarihinden { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır. İtirazınız, itiraz için son günden sonra geldi.
bezwaar-staf-eerder = Sakinin geri çektiği önceki bir itiraza ait belgeler
bezwaar-mail-ingebreke = Belediye, geç kaldığını söyleyen mektubunuzu aldı. Belediye en geç { $datum } tarihinde karar vermezse, karar verene kadar size her gün para öder.
