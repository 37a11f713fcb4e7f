## Cliëntondersteuners: their dashboard with clients and open requests, the mail to a resident when one takes a
## request, and the beheerder's pages for their accounts.

clientondersteuners-dashboard-titel = عملاؤك
clientondersteuners-dashboard-onderdelen = أقسام صفحة عملائك
clientondersteuners-dashboard-intro = أنت مرشد لدى { $organisatie }.
clientondersteuners-dashboard-uitleg = هنا تجد الأشخاص الذين أعطوك { $begrip }.
clientondersteuners-dashboard-beslist = أنت تساعد هؤلاء الأشخاص. أنت لا تقرر بشأن طلبهم. البلدية هي التي تقرر.
clientondersteuners-dashboard-clienten-titel = الأشخاص الذين تساعدهم
clientondersteuners-dashboard-clienten-paginas = صفحات الأشخاص الذين تساعدهم
clientondersteuners-dashboard-mijn-paginas = صفحات طلباتي
clientondersteuners-dashboard-verzoeken-paginas = صفحات الطلبات المفتوحة
clientondersteuners-dashboard-geen-clienten = أنت لا تساعد أحدًا بتفويض بعد.
clientondersteuners-dashboard-geen-melding = لم يُرسَل أي بلاغ بعد.
clientondersteuners-dashboard-werk-namens = اعمل باسم { $naam }
clientondersteuners-dashboard-dossier = اطّلع على الملف { $referentie }
clientondersteuners-dashboard-kolom-melding = البلاغ
clientondersteuners-dashboard-kolom-fase = أين وصل؟
clientondersteuners-dashboard-kolom-volgende = ماذا يأتي الآن؟
clientondersteuners-dashboard-kolom-actie = الملف
clientondersteuners-dashboard-caption = معاملات { $naam }
clientondersteuners-dashboard-niets = لا يوجد تاريخ الآن.
clientondersteuners-dashboard-mijn-titel = طلباتي
clientondersteuners-dashboard-mijn-geen = لم تتولَّ أي طلب بعد.
clientondersteuners-dashboard-mijn-status = الحالة
clientondersteuners-dashboard-mijn-opgepakt = توليت هذا الطلب في { $datum }. تواصل مع الشخص.
clientondersteuners-dashboard-mijn-gekozen = اختارتك البلدية في { $datum }. تواصل مع الشخص.
clientondersteuners-dashboard-mijn-helpt = أنت تساعد هذا الشخص.
clientondersteuners-dashboard-mijn-dossier-ja = يجوز لك الاطلاع على الملف. تجد الشخص تحت «الأشخاص الذين تساعدهم».
clientondersteuners-dashboard-verzoeken-titel = طلبات المساعدة
clientondersteuners-dashboard-verzoeken-intro = هؤلاء الأشخاص يطلبون المساعدة من { $organisatie }. تولَّ الطلب إذا كنت ستساعد الشخص.
clientondersteuners-dashboard-geen-verzoeken = لا توجد طلبات مفتوحة.
clientondersteuners-dashboard-verzoek-titel = الطلب { $referentie }
clientondersteuners-dashboard-verzoek-datum = تاريخ الإرسال
clientondersteuners-dashboard-verzoek-voor = لمن
clientondersteuners-dashboard-verzoek-zelf = الشخص نفسه
clientondersteuners-dashboard-verzoek-telefoon = الهاتف
clientondersteuners-dashboard-verzoek-email = البريد الإلكتروني
clientondersteuners-dashboard-verzoek-dossier = الملف
clientondersteuners-dashboard-verzoek-dossier-ja = يجوز لك الاطلاع على الملف إذا توليت الطلب.
clientondersteuners-dashboard-verzoek-dossier-nee = لا يجوز لك الاطلاع على الملف.
clientondersteuners-dashboard-oppakken = تولَّ الطلب
clientondersteuners-dashboard-oppakken-welke = الطلب { $referentie }
clientondersteuners-dashboard-opgepakt = أنت تساعد هذا الشخص الآن. أرسلنا إلى الشخص رسالة بالبريد الإلكتروني.
clientondersteuners-dashboard-al-opgepakt = زميل لك تولّى هذا الطلب من قبل.

clientondersteuners-mail-onderwerp = { $naam } يساعدك
clientondersteuners-mail-helpt = { $naam } من { $organisatie } يساعدك في طلبك { $referentie }.
clientondersteuners-mail-contact = سيتواصل معك { $naam }.
clientondersteuners-mail-dossier = أعطيت الإذن بالاطلاع على ملفك. لا يستطيع { $naam } تغيير أي شيء.
clientondersteuners-mail-machtigingen = ترى هذا في البوابة تحت «التفويضات». هناك يمكنك أيضًا أن توقفه.
clientondersteuners-mail-knop = إلى «التفويضات»

clientondersteuners-beheer-titel = المرشدون
clientondersteuners-beheer-link = حسابات المرشدين
clientondersteuners-beheer-intro = هنا تنشئ حسابات للمرشدين. هم يسجّلون الدخول برابط يصلهم بالبريد الإلكتروني.
clientondersteuners-beheer-geen = ليس لدى هذه المنظمة أي حسابات بعد.
clientondersteuners-beheer-andere = منظمة لم تعد في ملف التعريف: { $organisatie }
clientondersteuners-beheer-kolom-naam = الاسم
clientondersteuners-beheer-kolom-email = عنوان البريد الإلكتروني
clientondersteuners-beheer-kolom-actie = الإجراء
clientondersteuners-beheer-caption = حسابات { $organisatie }
clientondersteuners-beheer-beeindigen = إنهاء حساب { $naam }
clientondersteuners-beheer-toevoegen-titel = إضافة حساب
clientondersteuners-beheer-email-label = عنوان البريد الإلكتروني
clientondersteuners-beheer-email-hint = يسجّل المرشد الدخول بهذا العنوان.
clientondersteuners-beheer-naam-label = الاسم
clientondersteuners-beheer-naam-hint = السكان يرون هذا الاسم.
clientondersteuners-beheer-organisatie-label = المنظمة
clientondersteuners-beheer-knop = إضافة حساب
clientondersteuners-beheer-geen-organisaties = ملف تعريف البلدية لا يحتوي على منظمات للإرشاد.
clientondersteuners-beheer-toegevoegd = الحساب جاهز. يستطيع المرشد الآن تسجيل الدخول.
clientondersteuners-beheer-beeindigd = أنهيت الحساب. تفويضات هذا الحساب لم تعد سارية.

clientondersteuners-beeindigen-titel = إنهاء حساب { $naam }؟
clientondersteuners-beeindigen-gevolg = عندها لا يستطيع { $naam } تسجيل الدخول كمرشد بعد الآن.
clientondersteuners-beeindigen-machtigingen = كل التفويضات التي لدى { $naam } كمرشد تتوقف فورًا.
clientondersteuners-beeindigen-vraag = هل أنت متأكد؟
clientondersteuners-beeindigen-ja = نعم، أنهِ الحساب
clientondersteuners-beeindigen-nee = لا، اترك الحساب كما هو
clientondersteuners-beeindigen-knop = متابعة

clientondersteuners-fout-email = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
clientondersteuners-fout-staf = هذا العنوان يخص موظفًا في البلدية. اختر عنوانًا آخر.
clientondersteuners-fout-naam = أدخل الاسم.
clientondersteuners-fout-te-lang = هذا طويل جدًا. لا تستخدم أكثر من { $aantal ->
        [zero] { $aantal } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    }.
clientondersteuners-fout-organisatie = اختر منظمة.
clientondersteuners-fout-zeker = اختر نعم أو لا.
clientondersteuners-dashboard-verzoek-notitie = رسالة من المقيم
