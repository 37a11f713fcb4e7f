## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = Kendi planınız
persoonlijk-plan-intro = Bir { $begrip } hazırlayabilirsiniz. Planınıza neye ulaşmak istediğinizi yazarsınız. Bunun için hangi yardıma ihtiyacınız olduğunu düşündüğünüzü de yazarsınız.
persoonlijk-plan-hoeft-niet = Plan hazırlamak zorunlu değildir. Ama belediyeyle görüşmede işinize yarar.

persoonlijk-plan-termijn-titel = Planınızı ne zamana kadar teslim edebilirsiniz?
persoonlijk-plan-termijn = Planınızı en geç { $datum } tarihinde teslim edin.
persoonlijk-plan-termijn-uitleg = Bunun için { $begrip }inizden sonra { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } süreniz var. Belediye talebinizi { $ontvangen } tarihinde aldı.
persoonlijk-plan-termijn-verlengd = Önce son gün { $datum } idi. Bu gün hafta sonuna veya resmî tatile denk geliyor. Bu yüzden daha uzun süreniz var.
persoonlijk-plan-termijn-onbekend = Planınızı { $begrip }inizden sonraki { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } içinde teslim edin.
persoonlijk-plan-te-laat = Bu gün geçti. Yani geç kaldınız. Ama planınızı yine de teslim edebilirsiniz.

persoonlijk-plan-huidig-titel = Planınızın durumu
persoonlijk-plan-status-label = Durum
persoonlijk-plan-status-concept = Henüz teslim edilmedi
persoonlijk-plan-status-ingeleverd = Teslim edildi
persoonlijk-plan-ingeleverd-op = Teslim tarihi
persoonlijk-plan-bestand-label = Dosya
persoonlijk-plan-bestand-download = { $naam } dosyasını indirin ({ $soort }, { $grootte })
persoonlijk-plan-concept-uitleg = Planınızı kaydettiniz. Belediye planı ancak siz teslim edince görür.
persoonlijk-plan-geen-plan = Plan teslim etmediniz.

persoonlijk-plan-keuze-titel = Planınızı nasıl hazırlamak istiyorsunuz?
persoonlijk-plan-keuze-schrijven = Planınızı burada yazın
persoonlijk-plan-keuze-schrijven-uitleg = Size üç soru soruyoruz. Arada kaydedip daha sonra devam edebilirsiniz.
persoonlijk-plan-keuze-uploaden = Bir dosya gönderin
persoonlijk-plan-keuze-uploaden-uitleg = Planınız kâğıtta veya bilgisayarda hazır mı? O zaman bir PDF, fotoğraf veya tarama gönderin.
persoonlijk-plan-vervangen = Zaten bir plan teslim ettiniz. Yeni sürüm, öncekinin yerine geçer.

persoonlijk-plan-klaar-opgeslagen = Planınızı kaydettiniz. Daha sonra devam edebilirsiniz.
persoonlijk-plan-klaar-ingeleverd = Planınızı teslim ettiniz. Belediye planı görüşmenizden önce okur.
persoonlijk-plan-vast = Belediye ilk görüşmeniz için bir tarih belirledi. Bu yüzden planınızı artık değiştiremezsiniz. Bir şey eklemek mi istiyorsunuz? O zaman bunu görüşmede anlatın.

persoonlijk-plan-terug = Planınıza geri dönün
persoonlijk-plan-schrijven-titel = Planınızı yazın
persoonlijk-plan-schrijven-intro = Soruları kendi kelimelerinizle cevaplayın. Sadece ilk soru zorunludur.
persoonlijk-plan-schrijven-opslaan-uitleg = Kaydet ile planınızı saklarsınız. Belediye onu o zaman henüz görmez. Teslim et ile planı belediyeye gönderirsiniz.
persoonlijk-plan-schrijven-nieuwe-versie = Planınızı zaten teslim ettiniz. Bir şey değiştirmek mi istiyorsunuz? O zaman planı tekrar teslim edin. Yeni sürüm eskisinin yerine geçer.
persoonlijk-plan-doelen-label = Neye ulaşmak istiyorsunuz?
persoonlijk-plan-doelen-hint = Örneğin: alışverişi kendiniz yapmak veya tekrar kulübe gitmek.
persoonlijk-plan-zelf-label = Kendiniz neler yapabilirsiniz? Çevrenizdeki insanlar neler yapıyor?
persoonlijk-plan-zelf-hint = Partnerinizi, ailenizi, komşularınızı veya arkadaşlarınızı düşünün.
persoonlijk-plan-ondersteuning-label = Sizce hangi yardıma ihtiyacınız var? Neden?
persoonlijk-plan-ondersteuning-hint = Neyin eksik olduğunu yazın. O zaman belediye bu yardıma neden ihtiyacınız olduğunu anlar.
persoonlijk-plan-opslaan = Kaydet
persoonlijk-plan-inleveren = Teslim et
persoonlijk-plan-doelen-leeg = Neye ulaşmak istediğinizi yazın. O zaman planınızı teslim edebilirsiniz.
persoonlijk-plan-te-lang = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanın. Şu anda { $teveel } karakter fazla yazdınız.

persoonlijk-plan-uploaden-titel = Planınızı dosya olarak gönderin
persoonlijk-plan-uploaden-intro = Bir PDF veya bir fotoğraf gönderin. Fotoğraf JPG ya da PNG olmalıdır. Kâğıttaki planınızın fotoğrafı da olur.
persoonlijk-plan-uploaden-vervangen = Zaten bir plan teslim ettiniz mi? O zaman bu dosya onun yerine geçer.
persoonlijk-plan-bestand-kies = Dosyanızı seçin
persoonlijk-plan-uploaden-knop = Dosyayı teslim et
persoonlijk-plan-bestand-geen = Bir dosya seçin.
persoonlijk-plan-bestand-leeg = Bu dosya boş. Başka bir dosya seçin.
persoonlijk-plan-bestand-te-groot = Bu dosya çok büyük. En fazla { $mb } MB olabilir. Daha küçük bir fotoğraf veya tarama deneyin.
persoonlijk-plan-bestand-soort = Bu dosyayı açamıyoruz. Bir PDF, JPG veya PNG gönderin.
persoonlijk-plan-bestand-virus = { $naam } dosyasında virüs var ({ $virus }). Dosyayı kaydetmedik. Bilgisayarınızı veya telefonunuzu bir virüs programıyla kontrol edin. Sonra başka bir dosya gönderin.
persoonlijk-plan-bestand-vol-keer = { $naam } dosyasını kaydetmedik. Aynı anda { $aantal ->
        [one] { $aantal } dosya
       *[other] { $aantal } dosya
    } gönderebilirsiniz. Bu dosyayı daha sonra ayrıca gönderin.
persoonlijk-plan-bestand-vol-aantal = { $naam } dosyasını kaydetmedik. { $aantal ->
        [one] Bir başvuruya veya bildirime { $aantal } dosya eklenebilir. Bu dosya zaten var.
       *[other] Bir başvuruya veya bildirime { $aantal } dosya eklenebilir. Bu dosyalar zaten var.
    } Yine de daha fazla göndermek mi istiyorsunuz? Belediyeyi arayın.
persoonlijk-plan-bestand-vol-zaak = { $naam } dosyasını kaydetmedik. Bir başvuru veya bildirimdeki dosyalar toplam { $mb } MB'tan büyük olamaz. Daha küçük bir dosya gönderin veya belediyeyi arayın.
persoonlijk-plan-bestand-vol-dag = { $naam } dosyasını kaydetmedik. Günde toplam { $mb } MB dosya gönderebilirsiniz. Yarın tekrar deneyin.
