# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = Saklama ve silme
bewaren-link = Saklama ve silme
bewaren-intro = Portal, artık saklayamayacağı verileri her gün siler. Süreler burada yazıyor. Portalın ne kadar sildiği de burada. Burada isim yok.
bewaren-termijnen = Süreler
bewaren-geen-termijnen = Belediyenin profilinde süre yok. Portal o zaman sadece süresi geçmiş giriş bağlantılarını ve oturumları siler.
bewaren-dagen = { $dagen ->
    [one] { $dagen } gün
   *[other] { $dagen } gün
}
bewaren-dagen-vooraf = { $dagen ->
    [one] { $dagen } gün önceden
   *[other] { $dagen } gün önceden
}
bewaren-jaren = { $jaren ->
    [one] { $jaren } yıl
   *[other] { $jaren } yıl
}
bewaren-bron = Kaynak
bewaren-zaken-caption = Kapanmış dosyalar, dosyanın kapandığı günden itibaren
bewaren-kolom-regeling = Program
bewaren-kolom-jaren = Yıl
bewaren-kolom-bron = Kaynak
bewaren-rondes = Son turlar
bewaren-rondes-geen = Henüz hiç tur olmadı.
bewaren-rondes-caption = Her turda silinenler
bewaren-kolom-dag = Gün
bewaren-bezig = (devam ediyor)
bewaren-soort-waarschuwing = Önceden gönderilen e-posta
bewaren-soort-concept = Taslaklar
bewaren-soort-inloglink = Giriş bağlantıları
bewaren-soort-sessie = Oturumlar
bewaren-soort-mail = Gönderilen e-postalar
bewaren-soort-toegangslog = Görüntüleme kaydı
bewaren-soort-zaak = Kapanmış dosyalar
bewaren-stop-titel = Silme kilidi
bewaren-stop-uit = Bu dosyada silme kilidi yok. Saklama süresi bitince portal dosyayı siler.
bewaren-stop-aan = Bu dosyada { $datum } tarihinden beri silme kilidi var. Portal dosyayı silmez. Nedeni:
bewaren-stop-reden-aan = Dosya neden kalmalı? Örneğin: mahkemede bir dava var.
bewaren-stop-reden-uit = Silme kilidi neden kaldırılabilir?
bewaren-stop-reden-hint = Sakin bu nedeni dosyanın işlem kaydında okur.
bewaren-stop-knop-aan = Silme kilidini etkinleştir
bewaren-stop-knop-uit = Silme kilidini kaldır
bewaren-stop-fout-leeg = Nedeni yazın.
bewaren-stop-fout-lang = { $max ->
    [one] En fazla { $max } karakter kullanın.
   *[other] En fazla { $max } karakter kullanın.
}
bewaren-mail-onderwerp = Taslağınızı bir hafta sonra sileceğiz
bewaren-mail-wanneer = Bir başvuru veya bildirim yazmaya başladınız. Bunu henüz belediyeye göndermediniz. Bu taslağı { $datum } tarihinde sileceğiz.
bewaren-mail-houden = Taslağı saklamak istiyor musunuz? O zaman Sayfam bölümünde doldurmaya devam edin. Veya taslağı gönderin.
bewaren-mail-knop = Sayfama git
bewaren-mail-waarom = Verilerinizi gerektiğinden uzun saklamayız. Bu yüzden uzun süre değiştirmediğiniz bir taslağı sileriz.
