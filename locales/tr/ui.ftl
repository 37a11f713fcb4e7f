## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = İçeriğe git
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = Hata: { $titel } - { $gemeente }
ui-quick-exit = Bu sayfadan hızla çık
ui-back-link = Geri
ui-paginering-vorige = Önceki sayfa
ui-paginering-volgende = Sonraki sayfa
ui-paginering-pagina = { $nummer ->
       *[other] Sayfa { $nummer }
    }
ui-paginering-van = { $aantal ->
        [one] Sayfa { $nummer } / { $aantal }
       *[other] Sayfa { $nummer } / { $aantal }
    }

ui-header-portal = loket
ui-header-nav-label = Menü
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = Türkçe
ui-header-signed-in-as = Giriş yapan: { $email }
ui-header-my-loket = Sayfam
ui-header-back-office = İş listesi
ui-header-sign-in = Giriş yap
ui-header-sign-out = Çıkış yap

ui-footer-nav-label = Bu web sitesi hakkında
ui-footer-accessibility = Erişilebilirlik
ui-footer-privacy = Gizlilik
ui-footer-contact = İletişim
ui-footer-gemeente = { $gemeente } Belediyesi

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = Hata:
ui-error-summary-title = Bir sorun var
ui-date-input-hint = Örneğin 27 3 2026
ui-date-birth-hint = Örneğin 15 8 1956
ui-date-input-day = Gün
ui-date-input-month = Ay
ui-date-input-year = Yıl
ui-textarea-limit = En fazla { $aantal ->
        [one] { $aantal } karakter
       *[other] { $aantal } karakter
    } kullanabilirsiniz.
ui-file-upload-max = Dosya en fazla { $mb } MB olabilir.
ui-file-upload-meer = Aynı anda en fazla { $aantal ->
        [one] { $aantal } dosya
       *[other] { $aantal } dosya
    } seçebilirsiniz. Her dosya en fazla { $mb } MB olabilir. Hepsi birlikte en fazla { $samen } MB olabilir.
ui-summary-list-change = Değiştir
ui-notification-banner-info = Önemli
ui-notification-banner-success = Başarılı
ui-notification-banner-problem = Bir sorun oldu
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = Doldurduklarınızı kaydedemedik. Bu bizim hatamız, sizin değil.
ui-niet-bewaard-opnieuw = Cevaplarınız hâlâ bu sayfada. Birkaç dakika sonra tekrar deneyin.
ui-step-indicator = Adım { $stap } / { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = Yapıldı:
ui-timeline-current = Şimdi:
ui-timeline-next = Sonra:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = Bileşenler
ui-gallery-intro = Bu sayfada portalın tüm parçaları var. Sayfa, test edenler ve geliştiriciler içindir.
ui-gallery-intro-forms = Bu sayfadaki formlar hiçbir şey göndermez.
ui-gallery-contents = Bu sayfada
ui-gallery-normal = Hatasız
ui-gallery-with-error = Hatalı
ui-gallery-send = Gönder

ui-gallery-text-input = Metin alanı
ui-gallery-textarea = Metin kutusu
ui-gallery-radios = Seçenek düğmeleri
ui-gallery-checkboxes = Onay kutuları
ui-gallery-date-input = Tarih
ui-gallery-file-upload = Dosya ekle
ui-gallery-select = Seçim listesi
ui-gallery-fieldset = Soru grubu
ui-gallery-buttons = Düğmeler
ui-gallery-error-summary = Hata özeti
ui-gallery-hint-error = Açıklama ve hata mesajı
ui-gallery-summary-list = Cevap özeti
ui-gallery-panel = Onay
ui-gallery-banner = Duyuru
ui-gallery-step = Formda bir adım
ui-gallery-details = Açılır metin
ui-gallery-tags = Etiketler
ui-gallery-timeline = Zaman çizelgesi
ui-gallery-page = Sayfa seçenekleri
ui-gallery-page-text = Bu sayfanın üstünde geri dönmek için bir bağlantı var. Sağ üstte hızla çıkmak için bir düğme var.

ui-gallery-name-label = Ad soyad
ui-gallery-name-hint = Pasaportunuzda yazdığı gibi.
ui-gallery-email-label = E-posta adresi
ui-gallery-email-error = naam@voorbeeld.nl gibi bir e-posta adresi yazın.
ui-gallery-phone-label = Telefon numarası
ui-gallery-house-number-label = Ev numarası
ui-gallery-amount-label = Euro olarak tutar
ui-gallery-story-label = Sorunuz nedir?
ui-gallery-story-hint = Neye ihtiyacınız olduğunu kendi kelimelerinizle anlatın.
ui-gallery-story-error = Sorunuzu yazın.
ui-gallery-help-label = Şu anda yardım alıyor musunuz?
ui-gallery-help-yes = Evet
ui-gallery-help-yes-hint = Örneğin ailenizden, komşularınızdan veya evde bakım hizmetinden.
ui-gallery-help-no = Hayır
ui-gallery-help-error = Şu anda yardım alıp almadığınızı seçin.
ui-gallery-needs-label = Ne için yardıma ihtiyacınız var?
ui-gallery-needs-hint = Size uyan her şeyi seçin.
ui-gallery-needs-household = Ev işleri
ui-gallery-needs-moving = Evin içinde ve çevresinde hareket etmek
ui-gallery-needs-transport = Ulaşım
ui-gallery-needs-error = En az bir konu seçin.
ui-gallery-start-label = Sorun ne zaman başladı?
ui-gallery-birth-label = Doğum tarihiniz nedir?
ui-gallery-birth-hint = Örneğin 15 8 1956
ui-gallery-birth-error = Geçerli bir doğum tarihi girin.
ui-gallery-file-label = Bir mektup veya rapor ekleyin
ui-gallery-file-hint = pdf, jpg veya png kullanın.
ui-gallery-file-error = Dosya çok büyük. En fazla 10 MB olan bir dosya seçin.
ui-gallery-select-label = Nasıl iletişim kurmak istersiniz?
ui-gallery-select-choose = Bir yol seçin
ui-gallery-select-phone = Telefon
ui-gallery-select-email = E-posta
ui-gallery-select-letter = Mektup
ui-gallery-select-error = Nasıl iletişim kurmak istediğinizi seçin.
ui-gallery-address-legend = Adresiniz nedir?
ui-gallery-address-hint = Oturduğunuz adres.
ui-gallery-street-label = Sokak ve ev numarası
ui-gallery-postcode-label = Posta kodu
ui-gallery-city-label = Yaşadığınız yer
ui-gallery-button-secondary = Kaydet ve sonra devam et
ui-gallery-button-warning = Sil
ui-gallery-button-link = Şimdi başla
ui-gallery-standalone-hint = Bu bir açıklamadır. Bir sorunun altında yer alır.
ui-gallery-standalone-error = Bu bir hata mesajıdır. Neyin yanlış olduğunu söyler.
ui-gallery-summary-address = Adres
ui-gallery-panel-title = Talep alındı
ui-gallery-panel-body = Numaranız
ui-gallery-banner-info = Planınızı bugünden itibaren 7 gün içinde gönderebilirsiniz.
ui-gallery-banner-success = Bilgilerinizi kaydettik.
ui-gallery-step-name = Durumunuz
ui-gallery-details-summary = Destek danışmanlığı nedir?
ui-gallery-details-text = Destek danışmanı size ücretsiz yardım eder. Belediyenin değil, sizin tarafınızdadır.
ui-gallery-tag-neutral = Henüz başlamadı
ui-gallery-tag-info = İşlemde
ui-gallery-tag-success = Onaylandı
ui-gallery-tag-warning = Sizi bekliyor
ui-gallery-tag-error = Reddedildi
ui-gallery-timeline-received = Talep alındı
ui-gallery-timeline-received-text = Talebinizi aldık.
ui-gallery-timeline-talk = Görüşme
ui-gallery-timeline-talk-text = Bir belediye görevlisi sizinle neye ihtiyacınız olduğunu konuşur.
ui-gallery-timeline-decision = Karar
ui-gallery-timeline-decision-text = Kararımızı bildiren bir mektup alırsınız.

# The line on every page while someone acts for another person.
ui-namens-label = Kimin adına çalışıyorsunuz
ui-namens-text = Şu anda { $naam } adına çalışıyorsunuz.
ui-namens-switch = Değiştir
# Beside a file in a list.
ui-bestand-controle = bu dosyayı hâlâ virüslere karşı kontrol ediyoruz
ui-bestand-besmet = bu dosyada virüs vardı; dosyayı sildik
ui-in-het-nederlands = Belediye bunu Hollandaca yazdı.
