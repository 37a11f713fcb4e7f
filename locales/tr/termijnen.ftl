## "Termijnen berekenen": a resident or helper enters what happened and when, and sees by when each next step
## is due. Dates are formatted in Rust ("dinsdag 8 december 2026").

termijnen-titel = Süreleri hesaplayın
termijnen-intro = Ne olduğunu ve hangi gün olduğunu girin. O zaman sizin veya belediyenin bir şeyi ne zamana kadar yapması gerektiğini görürsünüz.
termijnen-intro-leeg = Her şeyi doldurmanız gerekmez. Sadece bildiklerinizi doldurun.

termijnen-melding-label = Belediyeden ne zaman yardım istediniz?
termijnen-melding-hint = Bu, belediyenin talebinizi aldığı gündür. Örneğin 15 3 2026
termijnen-melding-hint-gesprek = { $gemeente } Belediyesinde bu, belediyeyle ilk görüşmenizin günüdür. Örneğin 15 3 2026
termijnen-aanvraag-label = Belediye başvurunuzu ne zaman aldı?
termijnen-aanvraag-hint = Örneğin 15 3 2026
termijnen-besluit-label = Belediye size kararı ne zaman gönderdi?
termijnen-besluit-hint = Bu tarih mektupta yazar. Örneğin 15 3 2026
termijnen-knop = Süreleri hesapla
termijnen-datum-onvolledig = Bir gün, bir ay ve bir yıl girin.
termijnen-datum-bestaat-niet = Bu tarih yok. 15 3 2026 gibi bir tarih girin.

termijnen-uitkomst-titel = Süreleriniz şunlar
termijnen-vandaag = Bugünün tarihi: { $datum }.
termijnen-loopt = Devam ediyor
termijnen-voorbij = Geçti
termijnen-verlengd = Önce son gün { $datum } idi. Bu gün hafta sonuna veya resmî tatile denk geliyor. Bu yüzden süre daha uzun.
termijnen-delen = Bunu saklamak veya birine göndermek mi istiyorsunuz? O zaman bu sayfanın adresini kopyalayın. Tarihleriniz adresin içinde yer alır.

termijnen-plan-titel = Kendi planınız
termijnen-plan-tekst = { $datum } tarihine kadar (o gün dahil) bir { $begrip } teslim edebilirsiniz. Bunun için bildiriminizden sonra { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } süreniz var.
termijnen-plan-voorbij = Planınızı yine de belediyeyle yapacağınız görüşmeye götürebilirsiniz.
termijnen-onderzoek-titel = Belediyeyle görüşme
termijnen-onderzoek-tekst = Belediye sizinle durumunuz hakkında konuşmak zorundadır. Buna { $begrip } denir. İnceleme en geç { $datum } tarihinde bitmiş olmalıdır. Bu, bildiriminizden { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
termijnen-onderzoek-te-laat = Görüşme hâlâ bitmedi mi? O zaman belediye geç kalmıştır. Bu durumda yardım için hemen kendiniz başvurabilirsiniz.
termijnen-besluit-titel = Başvurunuzla ilgili karar
termijnen-besluit-tekst = Belediye { $begrip }ını size en geç { $datum } tarihinde göndermelidir. Bu, başvurunuzdan { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
termijnen-besluit-te-laat = Hâlâ karar gelmedi mi? O zaman belediye geç kalmıştır. Bu durumda belediyeye bir mektup gönderin. Buna { $begrip } denir.
termijnen-dwangsom = Belediye mektubunuzu aldıktan { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonra hâlâ karar vermedi mi? O zaman size para ödemek zorundadır. Buna { $begrip } denir. Günde { $eerste } ile başlar. Toplamda en fazla { $maximum } olur.
termijnen-bezwaar-titel = İtiraz etmek
termijnen-bezwaar-tekst = Karara katılmıyor musunuz? O zaman { $datum } tarihine kadar (o gün dahil) { $begrip } edebilirsiniz. Bu, belediyenin kararı gönderdiği günden { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
termijnen-bezwaar-voorbij = Geçerli bir nedenden dolayı mı geç kaldınız? Örneğin hastanede yattığınız için mi? O zaman itirazınızı yine de gönderin. Neden geç kaldığınızı da yazın.
termijnen-beslissing-bezwaar-titel = İtirazınızla ilgili karar
termijnen-beslissing-bezwaar-tekst = Karara { $begrip } ederseniz, belediye en geç { $datum } tarihinde karar vermelidir. Bu, itiraz için son günden { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sonradır.
termijnen-beslissing-bezwaar-commissie = { $gemeente } Belediyesinde her itirazı bir komisyon görüşür. Bu yüzden karar { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sürer.
termijnen-beslissing-bezwaar-zonder = Belediye itirazınızı bir komisyona inceletiyor mu? O zaman karar { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } sürer: { $datum } tarihine kadar (o gün dahil).
termijnen-beslissing-bezwaar-later = Belediye bu tarihi bir kez { $weken ->
        [one] { $weken } hafta
       *[other] { $weken } hafta
    } erteleyebilir. Bunu size bu tarihten önce yazmak zorundadır.

termijnen-regels-titel = Nasıl sayıyoruz?
termijnen-regels-wet = Süreler yasada yazılıdır. Her süre, olayın ertesi günü başlar.
termijnen-regels-vrij = Son gün cumartesi, pazar veya resmî tatil mi? O zaman ondan sonraki ilk iş günü de olur.
termijnen-kan-veranderen = Bu tarih hâlâ değişebilir. { $jaar } yılının tatil günleri henüz kesin değil.
