## Machtigingen: who may help a resident, and for whom a helper acts (src/machtigingen/).

machtigingen-soort-gemachtigde = مساعد لديه تفويض
machtigingen-soort-clientondersteuner = مرشد
machtigingen-soort-curator = قيّم (curator)
machtigingen-soort-mentor = وصي شخصي (mentor)
machtigingen-soort-bewindvoerder = مدير أموال (bewindvoerder)
machtigingen-soort-voogd = وصي (voogd)
machtigingen-soort-ouder = والد له السلطة الأبوية

machtigingen-status-uitgenodigd = لم يُقبَل بعد
machtigingen-status-wacht = بانتظار التأكيد
machtigingen-status-controle = البلدية تتحقق من هذا
machtigingen-status-actief = سارٍ الآن
machtigingen-status-afgewezen = لم تتم الموافقة عليه
machtigingen-status-beeindigd = متوقف

machtigingen-recht-bekijken = الاطلاع على ملفك.
machtigingen-recht-indienen = تقديم البلاغات نيابة عنك، والإجابة عن الأسئلة، وإرسال المستندات.
machtigingen-recht-post = تلقي الرسائل الإلكترونية عن معاملاتك أيضًا.
machtigingen-tot = هذا سارٍ حتى { $datum } ضمنًا.
machtigingen-tot-geen = هذا سارٍ حتى يوقفه أحد.

machtigingen-namens-titel = لمن تعمل؟
machtigingen-namens-intro = يمكنك أن تعمل لنفسك. أو لشخص فوّضك. اختر لمن تعمل الآن.
machtigingen-namens-zelf = لنفسي
machtigingen-namens-voor = باسم { $naam }
machtigingen-namens-nu = أنت تعمل الآن: { $naam }
machtigingen-namens-geen = لم يفوّضك أحد.
machtigingen-namens-clienten = إلى عملائي
machtigingen-namens-beheer = إلى التفويضات
machtigingen-namens-paginas = صفحات الأشخاص الذين يمكنك أن تعمل لهم
machtigingen-namens-zoek = ابحث بالاسم
machtigingen-namens-zoek-hint = اكتب الاسم أو جزءًا منه.
machtigingen-namens-zoek-knop = بحث
machtigingen-namens-zoek-geen = لا نجد أحدًا في اسمه { $zoek }.
machtigingen-namens-zoek-alles = اعرض الجميع

machtigingen-overzicht-titel = التفويضات
machtigingen-overzicht-eigen = هذه هي تفويضاتك الخاصة. لا ترى هنا تفويضات { $naam }.
machtigingen-overzicht-intro = بالتفويض يجوز لشخص آخر أن يساعدك في معاملاتك لدى البلدية. أنت تختار ما يجوز لهذا الشخص.
machtigingen-overzicht-beslist = المساعد لا يقرر أبدًا بدلًا منك. يمكنك دائمًا أن توقف التفويض فورًا.
machtigingen-overzicht-nieuw = تفويض شخص ما
machtigingen-overzicht-gegeven = من يجوز له أن يساعدك؟
machtigingen-overzicht-gegeven-geen = لم تفوّض أحدًا بعد.
machtigingen-overzicht-gekregen = من تساعد أنت؟
machtigingen-overzicht-gekregen-geen = أنت لا تساعد أحدًا بعد.
machtigingen-overzicht-wisselen = اختر لمن تعمل
machtigingen-overzicht-gekregen-paginas = صفحات التفويضات التي حصلت عليها

machtigingen-nieuw-titel = تفويض شخص ما
machtigingen-nieuw-intro = نرسل إلى هذا الشخص رسالة بالبريد الإلكتروني. فيها رابط. لا يسري التفويض إلا عندما يقبل هذا الشخص الدعوة.
machtigingen-nieuw-email = عنوان البريد الإلكتروني للشخص الذي يساعدك
machtigingen-nieuw-email-hint = يجب أن يسجّل هذا الشخص الدخول بهذا العنوان.
machtigingen-nieuw-naam = اسم هذا الشخص (غير إلزامي)
machtigingen-nieuw-rechten = ماذا يجوز لهذا الشخص أيضًا؟
machtigingen-nieuw-rechten-hint = الاطلاع على ملفك مسموح دائمًا. اختر ما يُسمح به إضافةً إلى ذلك.
machtigingen-nieuw-tot = حتى متى يسري التفويض؟
machtigingen-nieuw-tot-hint = اختر تاريخًا خلال 5 سنوات. مثلًا 31 12 2027.
machtigingen-nieuw-eigen-naam = اسمك أنت (غير إلزامي)
machtigingen-nieuw-eigen-naam-hint = هكذا يعرف المساعد من يطلب ذلك. استخدم { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
machtigingen-nieuw-beslist = المساعد لا يقرر أبدًا بدلًا منك. يمكنك دائمًا أن توقف التفويض.
machtigingen-nieuw-knop = إرسال الدعوة
machtigingen-nieuw-fout-email-leeg = أدخل عنوان البريد الإلكتروني للشخص الذي يساعدك.
machtigingen-nieuw-fout-email = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
machtigingen-nieuw-fout-eigen-adres = هذا عنوان بريدك الإلكتروني أنت. أدخل عنوان الشخص الذي يساعدك.
machtigingen-nieuw-fout-tot-leeg = أدخل حتى متى يسري التفويض.
machtigingen-nieuw-fout-tot-onvolledig = أدخل اليوم والشهر والسنة.
machtigingen-nieuw-fout-tot-bestaat-niet = هذا التاريخ غير موجود. راجع اليوم والشهر والسنة.
machtigingen-nieuw-fout-tot-bereik = اختر تاريخًا من اليوم وخلال 5 سنوات.

machtigingen-detail-titel-helper = تفويض لـ { $naam }
machtigingen-detail-titel-inwoner = أنت تساعد { $naam }
machtigingen-detail-verstuurd = أرسلنا إلى { $naam } رسالة بالبريد الإلكتروني. يسري التفويض عندما يقبل هذا الشخص الدعوة.
machtigingen-detail-status = ما الوضع؟
machtigingen-detail-soort = النوع
machtigingen-detail-mag = ماذا يجوز للمساعد؟
machtigingen-detail-tot = إلى متى؟
machtigingen-detail-sinds = سارٍ منذ
machtigingen-detail-nog-niet = ليس بعد
machtigingen-detail-gestopt = توقف في { $moment }.
machtigingen-detail-afgewezen = لم توافق البلدية على هذا. السبب: { $reden }
machtigingen-detail-beslist = المساعد لا يقرر أبدًا. البلدية تقرر، وأنت تختار بنفسك.
machtigingen-detail-stop-uitleg = إذا أوقفته، فلن يستطيع المساعد فورًا الدخول إلى ملفك.
machtigingen-detail-stop-uitleg-helper = إذا أوقفته، فلن تستطيع فورًا الدخول إلى ملف هذا الشخص.
machtigingen-detail-stop = إيقاف التفويض
machtigingen-detail-acties = ماذا فعل المساعد؟
machtigingen-detail-acties-geen = لم يفعل المساعد شيئًا في معاملاتك بعد.
machtigingen-detail-naar-melding = إلى هذه المعاملة

machtigingen-actie-ingediend = أرسل البلاغ { $referentie }.
machtigingen-actie-bekeken = اطّلع على { $wat } من المعاملة { $referentie }.
machtigingen-actie-gewijzigd = فعل شيئًا في المعاملة { $referentie }: { $wat }.
machtigingen-actie-gedownload = فتح مستندًا من المعاملة { $referentie }.

machtigingen-uitnodiging-titel = { $naam } يسأل هل تريد أن تساعد
machtigingen-uitnodiging-intro = { $naam } يريد أن تساعده في معاملاته لدى البلدية.
machtigingen-uitnodiging-mag = عندها يجوز لك أن تفعل ما يلي:
machtigingen-uitnodiging-ja = نعم، سأساعد
machtigingen-uitnodiging-nee = لا، أفضّل ألا أساعد
machtigingen-uitnodiging-ander-adres = أنت مسجّل الدخول بعنوان بريد إلكتروني آخر. سجّل الخروج. ثم سجّل الدخول بالعنوان الذي أُرسلت إليه هذه الدعوة.
machtigingen-uitnodiging-weg-titel = هذه الدعوة لم تعد تعمل
machtigingen-uitnodiging-weg-tekst = استخدم أحدٌ الدعوة أو أوقفها من قبل. أو أن الدعوة قديمة جدًا. اطلب من الشخص دعوة جديدة.

machtigingen-mail-aanhef = عزيزي المساعد،
machtigingen-mail-uitnodiging-onderwerp = { $naam } يسأل هل تريد أن تساعد
machtigingen-mail-uitnodiging-intro = { $naam } يريد أن تساعده في معاملاته لدى البلدية. عندها يجوز لك أن تفعل ما يلي:
machtigingen-mail-uitnodiging-knop = اطّلع على الدعوة
machtigingen-mail-uitnodiging-onbekend = ألا تعرف هذا الشخص؟ إذن لا تحتاج إلى فعل أي شيء.
machtigingen-mail-beeindigd-onderwerp = توقف تفويض
machtigingen-mail-beeindigd-tekst = أوقف { $naam } التفويض.
machtigingen-mail-antwoord-onderwerp = رد على دعوتك
machtigingen-mail-antwoord-ja = { $naam } يساعدك الآن. ترى ذلك تحت «التفويضات».
machtigingen-mail-antwoord-nee = { $naam } يفضّل ألا يساعدك.
machtigingen-mail-antwoord-knop = إلى التفويضات

machtigingen-voorstel-titel = هذه معاملة تخص { $naam }
machtigingen-voorstel-tekst = أنت لا تعمل الآن باسم { $naam }. هل تريد الاطلاع على هذه المعاملة؟ اعمل إذن باسم { $naam }.
machtigingen-overzicht-vertegenwoordigd = من يجوز له أن يساعد { $naam }؟

machtigingen-stop-zeker = هل أنت متأكد أنك تريد إيقاف التفويض؟
machtigingen-stop-ja = نعم، أوقف التفويض
machtigingen-stop-nee = لا، دع التفويض مستمرًا
machtigingen-stop-fout = اختر هل تريد إيقاف التفويض.
