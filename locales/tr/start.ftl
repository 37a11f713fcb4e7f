## Start page: what the portal is for, what residents can do here, and how to get help another way.

start-titel = Evde yaşam ve topluma katılım için yardım
start-intro-vraag = Evinizde yaşamaya devam etmek için yardıma mı ihtiyacınız var? Ya da başkalarıyla birlikte topluma katılmak için?
start-intro-loket = O zaman burada { $gemeente } Belediyesinden yardım isteyebilirsiniz.
start-intro-wet = Bu yardım, Wet maatschappelijke ondersteuning (Toplumsal Destek Yasası) adlı yasada yazılıdır. Bu yasaya kısaca { $begrip } da denir.

start-doen-titel = Burada neler yapabilirsiniz?
start-doen-melding = Hangi yardıma ihtiyacınız olduğunu anlatmak
start-doen-melding-uitleg = Buna bildirim denir. Sonra belediye sizinle durumunuz hakkında konuşur.
start-doen-plan = Kendi planınızı teslim etmek
start-doen-plan-uitleg = Bildiriminizden sonra hangi yardımı istediğinizi kendiniz yazabilirsiniz. Bunu Sayfam bölümünde yaparsınız.
start-doen-clientondersteuning = Bir destek danışmanından ücretsiz yardım istemek
start-doen-clientondersteuning-uitleg = Destek danışmanı, belediyeye sunduğunuz talepte size yardım eder. Bunun için para ödemezsiniz.
start-doen-termijnen = Her adımın ne kadar sürdüğünü görmek
start-doen-termijnen-uitleg = Belediye zamanında cevap vermek zorundadır. Belediyenin ne kadar süresi olduğunu burada okursunuz.
start-doen-blijverslening = Evde kalma kredisine başvurmak
start-doen-blijverslening-uitleg = Kendi eviniz mi var? Bu krediyle evinizi ihtiyacınıza göre düzenlersiniz. Böylece evinizde yaşamaya devam edebilirsiniz.
start-doen-kindpakket = Kindpakket için başvurmak
start-doen-kindpakket-uitleg = Geliri düşük ailelerdeki çocuklar için. Örneğin spor, müzik veya okul eşyaları için.
start-doen-uitdaagrecht = Belediyenin bir görevini üstlenmek
start-doen-uitdaagrecht-uitleg = Diğer sakinlerle birlikte bir işi belediyeden daha iyi veya daha ucuza yapabilir misiniz? O zaman bir öneri sunun. Başkalarının önerilerini de okuyabilir ve destekleyebilirsiniz.
start-doen-volgen = Talebinizi takip etmek
start-doen-volgen-uitleg = Sayfam bölümünde talebinize ne olduğunu görürsünüz. Ne zaman haber alacağınızı da görürsünüz.

start-hulp-titel = Talebiniz için ücretsiz yardım
start-hulp-gratis = Destek danışmanı size ücretsiz yardım eder. Bunun için hiçbir zaman para ödemezsiniz.
start-hulp-onafhankelijk = Destek danışmanı sizin yanınızdadır. Talebiniz hakkında karar vermez.
start-hulp-wanneer = Bu yardımı her zaman isteyebilirsiniz. Bildiriminiz için de, başka birine bakım veriyorsanız da.
start-hulp-link = Destek danışmanı isteyin

start-plan-titel = Kendiniz bir plan yazabilirsiniz
start-plan-tekst = Planınızda neye ulaşmak istediğinizi yazarsınız. Hangi yardıma ihtiyacınız olduğunu düşündüğünüzü de yazarsınız.
start-plan-termijn = Planınızı bildiriminizden sonraki { $dagen ->
        [one] { $dagen } gün
       *[other] { $dagen } gün
    } içinde teslim edebilirsiniz.
start-plan-gesprek = Belediye sizinle planınız hakkında konuşur. Plan yazmak zorunlu değildir.


start-inloggen-titel = Giriş yap
start-inloggen-tekst = Yardım istemek veya talebinizi takip etmek mi istiyorsunuz? O zaman önce giriş yapın.
start-inloggen-link = Giriş yap
start-ingelogd-tekst = Giriş yaptınız.
start-ingelogd-link = Sayfama git

start-anders-titel = Telefon etmeyi, yazmayı veya gelmeyi mi tercih edersiniz?
start-anders-tekst = İnternetten olmuyor mu? O zaman belediye size başka bir yoldan yardım eder.
start-anders-bellen = Belediyeyi arayın:
start-anders-iemand = Birinden yardım istemeniz de mümkündür. Örneğin ailenizden biri veya bir destek danışmanı.
start-anders-contact = Tüm iletişim bilgileri
