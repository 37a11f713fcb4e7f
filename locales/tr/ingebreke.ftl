## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = Belediye en geç { $datum } tarihinde karar vermeliydi. Bunu başaramadı.
ingebreke-beslis-aanvraag = Bununla belediyeye şunu söylersiniz: Başvurum hakkında şimdi karar verin.
ingebreke-beslis-bezwaar = Bununla belediyeye şunu söylersiniz: Şimdi karar verin, çünkü geç kaldınız.
ingebreke-hoe = O zaman belediyeye bir mektup veya e-posta gönderin: { $email }. Belediyenin geç kaldığını yazın. { $referentie } numarasını da yazın.
ingebreke-gebeurtenis = Belediye, geç kaldığını söyleyen mektubunuzu aldı.
ingebreke-fout-datum = Mektubun geldiği tarihi girin.
ingebreke-fout-datum-bestaat-niet = Bu tarih yok. Günü ve ayı bir daha kontrol edin.
ingebreke-fout-toekomst = Bu tarih henüz gelmedi.
ingebreke-fout-te-vroeg = Mektup çok erken geldi. Belediyenin { $datum } tarihine kadar (o gün dahil) süresi vardı. Gecikme ihtarı ancak bundan sonra geçerlidir (Awb madde 4:17). Sakin yeni bir mektup gönderebilir.
ingebreke-staf-titel = Gecikme ihtarı { $referentie }
ingebreke-staf-einde = Belediye en geç { $datum } tarihinde karar vermeliydi.
ingebreke-staf-uitleg = Sakin, belediyenin geç kaldığını yazdı mı? Her mektup geçerlidir, postayla gelen mektup ve e-posta da (Awb madde 4:17). Mektubun ne zaman geldiğini girin. İki hafta sonra gecikme cezası başlar.
ingebreke-staf-ontvangen = Mektup veya e-posta ne zaman geldi?
ingebreke-staf-knop = Gecikme ihtarını kaydet
ingebreke-staf-geen = Belediye zaten karar verdi veya başvuru henüz karar beklemiyor. Şu anda gecikme ihtarı kaydedilemez.
ingebreke-staf-link = Gecikme ihtarı ve gecikme cezası
ingebreke-mail-onderwerp = { $referentie } numaralı başvurunuz hakkında yeni bilgi
ingebreke-mail-knop = Başvurunuza bakın
