## Vertegenwoordiging: a helper asks the person they filed for to confirm (link, code or signed form), a legal
## representative sends proof, and staff check the proof. Plain language: B1, one idea per sentence.

## The offer on the confirmation page of a melding for someone else.
vertegenwoordiging-aanbod-titel = الإذن بالمساعدة
vertegenwoordiging-aanbod-tekst = فعلت هذا من أجل { $naam }. ما زال يجب على { $naam } أن يقول إنه يجوز لك المساعدة.
vertegenwoordiging-aanbod-link = اطلب من { $naam } أن يؤكد أنه يجوز لك المساعدة

## Where the confirmation stands.
vertegenwoordiging-staat-nog-niet = لم تطلب الإذن من { $naam } بعد.
vertegenwoordiging-staat-mail = أرسلنا إلى { $naam } رسالة بالبريد الإلكتروني في { $datum }. العنوان هو { $email }.
vertegenwoordiging-staat-geldig = الرابط والرمز يعملان حتى { $datum }.
vertegenwoordiging-staat-code-link = هل أعطاك { $naam } الرمز؟ أدخل الرمز
vertegenwoordiging-staat-opnieuw = اطلب الإذن مرة أخرى
vertegenwoordiging-staat-controle = أرسلت استمارة موقّعة. موظف يتحقق هل هي صحيحة. بعد ذلك تصلك رسالة بالبريد الإلكتروني.
vertegenwoordiging-staat-afgewezen = لم يوافق موظف على الاستمارة.
vertegenwoordiging-staat-gestopt = لم يعطِ { $naam } الإذن. أو أن الطلب لم يعد ساريًا.
vertegenwoordiging-reden = السبب

## The dossier while the person has not confirmed.
vertegenwoordiging-dossier-titel = بلاغك من أجل { $naam }
vertegenwoordiging-dossier-alleen = يجب على { $naam } أولًا أن يقول إنه يجوز لك المساعدة. حتى ذلك الحين ترى فقط ما أدخلته بنفسك.
vertegenwoordiging-dossier-nummer = الرقم:
vertegenwoordiging-dossier-antwoorden = ما أرسلته
vertegenwoordiging-dossier-bewijs = اطّلع على إثبات الإرسال أو اطبعه
vertegenwoordiging-mijn-loket = إلى «بوابتي»

## The page with the two ways to ask.
vertegenwoordiging-vragen-titel = اطلب من { $naam } أن يؤكد أنه يجوز لك المساعدة
vertegenwoordiging-vragen-intro = قدّمت بلاغًا من أجل { $naam }. البلدية تريد أن تعرف هل يوافق { $naam } على ذلك.
vertegenwoordiging-vragen-twee = يمكن ذلك بطريقتين. اختر الطريقة الأنسب.
vertegenwoordiging-vragen-mail-titel = برسالة بالبريد الإلكتروني
vertegenwoordiging-vragen-mail-tekst = نرسل إلى { $naam } رسالة فيها رابط ورمز. يضغط { $naam } على الرابط. أو يقرأ لك { $naam } الرمز، مثلًا عبر الهاتف.
vertegenwoordiging-email-label = عنوان البريد الإلكتروني لـ { $naam }
vertegenwoordiging-rechten-label = ماذا تريد أن يُسمح لك بفعله؟
vertegenwoordiging-rechten-hint = يجوز لك دائمًا أن تطّلع على البلاغ والرسائل. اختر ماذا تريد أن تفعل أيضًا.
vertegenwoordiging-recht-indienen-keuze = إرسال أشياء أيضًا، مثل الإجابات والأوراق
vertegenwoordiging-recht-post-keuze = تلقي رسائل البلدية الإلكترونية أيضًا
vertegenwoordiging-einde-label = حتى متى تريد أن تساعد؟
vertegenwoordiging-einde-hint = اختر تاريخًا. يجوز حتى 5 سنوات من اليوم. مثلًا 31 12 2027.
vertegenwoordiging-vragen-mail-knop = أرسل الرسالة
vertegenwoordiging-vragen-formulier-titel = باستمارة موقّعة
vertegenwoordiging-vragen-formulier-tekst = ليس لدى { $naam } بريد إلكتروني؟ اطلب إذن من { $naam } أن يوقّع استمارة. فيها مكتوب أنه يجوز لك المساعدة. التقط لها صورة أو امسحها ضوئيًا.
vertegenwoordiging-afdrukken-link = اطبع الاستمارة للتوقيع
vertegenwoordiging-afdrukken-titel = استمارة: الإذن بالمساعدة
vertegenwoordiging-afdrukken-print = اطبع هذه الاستمارة بزر الطباعة في متصفحك.
vertegenwoordiging-afdrukken-intro = بهذه الاستمارة تعطي شخصًا الإذن بأن يساعدك لدى بلدية { $gemeente }. املأها بقلم.
vertegenwoordiging-afdrukken-ik = من يعطي الإذن؟
vertegenwoordiging-afdrukken-helper = من يجوز له أن يساعد؟
vertegenwoordiging-afdrukken-naam = الاسم الأول واسم العائلة
vertegenwoordiging-afdrukken-geboren = تاريخ الميلاد
vertegenwoordiging-afdrukken-adres = الشارع ورقم البيت
vertegenwoordiging-afdrukken-postcode = الرمز البريدي ومكان السكن
vertegenwoordiging-afdrukken-email = عنوان البريد الإلكتروني
vertegenwoordiging-afdrukken-waarvoor = لأي غرض؟
vertegenwoordiging-afdrukken-melding = من أجل { $begrip } رقم { $referentie }.
vertegenwoordiging-afdrukken-kruis = ضع علامة × عند ما يجوز للمساعد أن يفعله.
vertegenwoordiging-afdrukken-wanneer = من متى إلى متى؟
vertegenwoordiging-afdrukken-vanaf = من
vertegenwoordiging-afdrukken-tot = حتى (ضمنًا)
vertegenwoordiging-afdrukken-tot-uitleg = ألا تكتب تاريخًا؟ إذن يسري لمدة سنة.
vertegenwoordiging-afdrukken-tekenen = التوقيعات
vertegenwoordiging-afdrukken-verklaring = أنا، { $naam }، أعطي هذا الشخص الإذن بأن يساعدني كما هو مكتوب أعلاه. أستطيع أن أوقف ذلك في أي وقت.
vertegenwoordiging-afdrukken-plaats-datum = المكان والتاريخ
vertegenwoordiging-afdrukken-handtekening = توقيع { $naam }
vertegenwoordiging-afdrukken-handtekening-helper = توقيع المساعد
vertegenwoordiging-afdrukken-daarna = ماذا تفعل بعد ذلك؟
vertegenwoordiging-afdrukken-stap-foto = التقط صورة للاستمارة الموقّعة أو امسحها ضوئيًا.
vertegenwoordiging-afdrukken-stap-sturen = أرسل الصورة أو النسخة الممسوحة من الصفحة التي وجدت فيها هذه الاستمارة.
vertegenwoordiging-afdrukken-terug = الرجوع إلى صفحة إرسال الاستمارة
vertegenwoordiging-vragen-formulier-controle = موظف في البلدية يتحقق هل الاستمارة صحيحة. بعدها تسري لمدة سنة.
vertegenwoordiging-formulier-bestand-label = الاستمارة الموقّعة
vertegenwoordiging-bestand-hint = ملف PDF أو JPG أو PNG.
vertegenwoordiging-formulier-email-label = عنوان البريد الإلكتروني لـ { $naam }
vertegenwoordiging-optioneel = غير إلزامي. هل تعرف العنوان؟ عندها يستطيع { $naam } لاحقًا أن يسجّل الدخول بنفسه أيضًا.
vertegenwoordiging-vragen-formulier-knop = أرسل الاستمارة

## What one may do, and until when.
vertegenwoordiging-recht-bekijken = الاطلاع على ما يحدث لطلب المساعدة.
vertegenwoordiging-recht-indienen = إرسال أشياء، مثل الإجابات والأوراق.
vertegenwoordiging-recht-post = تلقي رسائل البلدية الإلكترونية أيضًا.
vertegenwoordiging-tot = حتى { $datum } ضمنًا.
vertegenwoordiging-tot-geen = حتى يتوقف.

## After the person confirmed.
vertegenwoordiging-bevestigd-titel = أعطاك { $naam } الإذن
vertegenwoordiging-bevestigd-paneel = تم بنجاح
vertegenwoordiging-bevestigd-tekst = يجوز لك الآن أن تساعد { $naam }.
vertegenwoordiging-bevestigd-verder = في «بوابتي» تختار أنك تفعل شيئًا من أجل { $naam }. عندها ترى كل شيء مرة أخرى.

## The code.
vertegenwoordiging-code-titel = أدخل رمز { $naam }
vertegenwoordiging-code-intro = وصلت { $naam } رسالة فيها رمز. اطلب من { $naam } أن يقرأ لك الرمز.
vertegenwoordiging-code-zeker = أدخل الرمز فقط إذا أعطاك إياه { $naam } بنفسه.
vertegenwoordiging-code-label = الرمز
vertegenwoordiging-code-hint = 8 حروف وأرقام. مثلًا ABCD 2345.
vertegenwoordiging-code-knop = تحقّق من الرمز

## The page of the link in the e-mail.
vertegenwoordiging-bevestigen-titel = هل يجوز لـ { $helper } أن يساعدك؟
vertegenwoordiging-bevestigen-intro = قدّم { $helper } من أجلك { $begrip } لدى البلدية.
vertegenwoordiging-bevestigen-vraag = يريد { $helper } أن يساعدك في ذلك. هل توافق؟
vertegenwoordiging-bevestigen-wie = من يطلب ذلك
vertegenwoordiging-bevestigen-wat = ماذا يجوز لهذا الشخص عندها
vertegenwoordiging-bevestigen-tot = حتى متى
vertegenwoordiging-bevestigen-stoppen = هل تقول نعم؟ عندها يصبح البلاغ باسمك. يمكنك دائمًا أن توقف الإذن لاحقًا.
vertegenwoordiging-bevestigen-onbekend = ألا تعرف هذا الشخص؟ اختر إذن «لا».
vertegenwoordiging-bevestigen-ja = نعم، هذا صحيح
vertegenwoordiging-bevestigen-nee = لا

vertegenwoordiging-link-titel = هذا الرابط لم يعد يعمل
vertegenwoordiging-link-tekst = استخدمت الرابط من قبل. أو أن الرابط قديم جدًا.
vertegenwoordiging-link-niets = لا تحتاج إلى فعل أي شيء.
vertegenwoordiging-link-start = إلى الصفحة الرئيسية

vertegenwoordiging-beantwoord-ja-titel = شكرًا على إجابتك
vertegenwoordiging-beantwoord-ja-tekst = أعطيت الإذن. سنخبر الشخص الذي يساعدك بذلك.
vertegenwoordiging-beantwoord-ja-stoppen = هل تريد إيقافه؟ سجّل الدخول إذن بعنوان بريدك الإلكتروني. أو اتصل بالبلدية.
vertegenwoordiging-beantwoord-inloggen = تسجيل الدخول
vertegenwoordiging-beantwoord-nee-titel = قلت لا
vertegenwoordiging-beantwoord-nee-tekst = لا يجوز لهذا الشخص أن يساعدك. سنخبره بذلك.

## The request of a legal representative.
vertegenwoordiging-wettelijk-titel = أنا ممثل قانوني
vertegenwoordiging-wettelijk-intro = هل عيّنك القاضي لمساعدة شخص ما؟ أو هل أنت والد له السلطة الأبوية؟ إذن يجوز لك أن ترتّب أمورًا لهذا الشخص.
vertegenwoordiging-wettelijk-controle = أرسل إلينا الإثبات. مثلًا رسالة القاضي. موظف يتحقق هل هو صحيح.
vertegenwoordiging-wettelijk-eerder = ما أرسلته من قبل
vertegenwoordiging-wettelijk-nieuw = إرسال شيء جديد
vertegenwoordiging-soort-label = ما صفتك؟
vertegenwoordiging-soort-gemachtigde = مساعد لديه إذن
vertegenwoordiging-soort-gemachtigde-uitleg = أنت تساعد بإذن من الشخص نفسه.
vertegenwoordiging-soort-curator = قيّم (curator)
vertegenwoordiging-soort-curator-uitleg = ترتّب كل شيء للشخص: المال والرعاية.
vertegenwoordiging-soort-mentor = وصي شخصي (mentor)
vertegenwoordiging-soort-mentor-uitleg = ترتّب الرعاية للشخص. وليس المال.
vertegenwoordiging-soort-bewindvoerder = مدير أموال (bewindvoerder)
vertegenwoordiging-soort-bewindvoerder-uitleg = ترتّب أموال الشخص. وليس الرعاية.
vertegenwoordiging-soort-voogd = وصي (voogd)
vertegenwoordiging-soort-voogd-uitleg = تعتني بطفل ليس له والد له السلطة الأبوية.
vertegenwoordiging-soort-ouder = والد له السلطة الأبوية
vertegenwoordiging-soort-ouder-uitleg = أنت والد أو والدة طفل دون سن 18، ولك السلطة الأبوية.
vertegenwoordiging-naam-label = اسم الشخص الذي تساعده
vertegenwoordiging-geboren-label = تاريخ ميلاد هذا الشخص
vertegenwoordiging-wettelijk-email-label = عنوان البريد الإلكتروني لهذا الشخص
vertegenwoordiging-wettelijk-email-hint = غير إلزامي. ليس لدى الشخص بريد إلكتروني؟ اتركه فارغًا إذن.
vertegenwoordiging-wettelijk-einde-label = تاريخ الانتهاء في رسالة القاضي
vertegenwoordiging-wettelijk-einde-hint = غير إلزامي. لا يوجد فيها تاريخ انتهاء؟ اتركه فارغًا إذن.
vertegenwoordiging-wettelijk-bestand-label = الإثبات
vertegenwoordiging-wettelijk-knop = أرسل إلى البلدية

vertegenwoordiging-klaar-titel = إثباتك كممثل
vertegenwoordiging-klaar-paneel = استلمناه
vertegenwoordiging-klaar-ontvangen = أرسلت الإثبات على أنه يجوز لك أن تساعد { $naam }.
vertegenwoordiging-klaar-nu-titel = ماذا يحدث الآن؟
vertegenwoordiging-klaar-controle = موظف في البلدية يتحقق هل الإثبات صحيح.
vertegenwoordiging-klaar-mail = بعد ذلك تصلك رسالة بالبريد الإلكتروني.
vertegenwoordiging-klaar-dan = هل هو صحيح؟ عندها تختار في «بوابتي» أنك تفعل شيئًا من أجل { $naam }.
vertegenwoordiging-klaar-mag = ماذا يجوز لك عندها؟
vertegenwoordiging-status-label = ما الوضع
vertegenwoordiging-status-wacht = بانتظار الرد
vertegenwoordiging-status-controle = بانتظار التحقق
vertegenwoordiging-status-actief = تمت الموافقة
vertegenwoordiging-status-afgewezen = لم تتم الموافقة
vertegenwoordiging-status-gestopt = متوقف

## Field errors.
vertegenwoordiging-fout-email-leeg = أدخل عنوان البريد الإلكتروني.
vertegenwoordiging-fout-email = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
vertegenwoordiging-fout-eigen-email = هذا عنوان بريدك الإلكتروني أنت. أدخل عنوان الشخص الذي تساعده.
vertegenwoordiging-fout-einde-leeg = أدخل التاريخ الذي تريد أن تساعد حتى يومه.
vertegenwoordiging-fout-einde-bereik = اختر تاريخًا من اليوم. وبحد أقصى 5 سنوات من الآن.
vertegenwoordiging-fout-einde-verleden = هذا التاريخ قد مضى. اختر تاريخًا من اليوم.
vertegenwoordiging-fout-datum-onvolledig = أدخل اليوم والشهر والسنة.
vertegenwoordiging-fout-datum-bestaat-niet = هذا التاريخ غير موجود. أدخل تاريخًا حقيقيًا.
vertegenwoordiging-fout-code-leeg = أدخل الرمز.
vertegenwoordiging-fout-code = الرمز غير صحيح. يمكنك المحاولة { $aantal ->
        [zero] { $aantal } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $aantal } مرات
        [many] { $aantal } مرةً
       *[other] { $aantal } مرة
    } أخرى.
vertegenwoordiging-fout-code-op = الرمز غير صحيح. حاولت مرات كثيرة جدًا. اطلب الإذن مرة أخرى.
vertegenwoordiging-fout-soort = اختر صفتك.
vertegenwoordiging-fout-naam = أدخل الاسم.
vertegenwoordiging-fout-te-lang = استخدم { $aantal ->
        [zero] { $aantal } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر.
vertegenwoordiging-fout-geboren-leeg = أدخل تاريخ الميلاد.
vertegenwoordiging-fout-geboren-toekomst = يجب أن يكون تاريخ الميلاد في الماضي.
vertegenwoordiging-fout-geen-kind = عمر هذا الشخص 18 سنة أو أكثر. اختر قيّم أو وصي شخصي أو مدير أموال.
vertegenwoordiging-fout-reden = اكتب لماذا ترفض.

## E-mails.
vertegenwoordiging-mail-aanhef = عزيزي { $naam }،
vertegenwoordiging-mail-vraag-onderwerp = { $helper } يسأل هل تريد المساعدة
vertegenwoordiging-mail-vraag-wie = طلب { $helper } ({ $email }) من البلدية مساعدة من أجلك.
vertegenwoordiging-mail-vraag-wie-adres = طلب { $helper } من البلدية مساعدة من أجلك.
vertegenwoordiging-mail-vraag-wat = يريد { $helper } أن يساعدك في هذا الطلب. هل توافق؟ عندها يجوز لـ { $helper } أن يفعل ما يلي:
vertegenwoordiging-mail-vraag-knop = قل نعم أو لا
vertegenwoordiging-mail-vraag-code = يمكنك أيضًا أن تعطي هذا الرمز لـ { $helper }: { $code }. افعل ذلك فقط إذا كنت متأكدًا أنك تتحدث مع { $helper }.
vertegenwoordiging-mail-vraag-onbekend = ألا تعرف هذا الشخص؟ اختر إذن «لا». أو لا تفعل شيئًا.
vertegenwoordiging-mail-vraag-geldig = الرابط والرمز يعملان لمدة { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    }.
vertegenwoordiging-mail-ja-onderwerp = أعطاك { $naam } الإذن
vertegenwoordiging-mail-ja-tekst = يوافق { $naam } على أن تساعد.
vertegenwoordiging-mail-nee-onderwerp = لم يعطِك { $naam } الإذن
vertegenwoordiging-mail-nee-tekst = قال { $naam } لا. لا يجوز لك أن تساعد { $naam } في هذا الطلب.
vertegenwoordiging-mail-melding-knop = اطّلع على ما أرسلته
vertegenwoordiging-mail-code-onderwerp = أعطيت { $helper } الإذن
vertegenwoordiging-mail-code-tekst = أعطيت { $helper } الرمز. الآن يجوز لـ { $helper } أن يساعدك في طلبك إلى البلدية.
vertegenwoordiging-mail-code-niet = ألم تعطِ الرمز؟ اتصل إذن بالبلدية فورًا.
vertegenwoordiging-mail-goed-onderwerp = يجوز لك أن تساعد { $naam }
vertegenwoordiging-mail-goed-tekst = نظر موظف في إثباتك. إنه صحيح. يجوز لك الآن أن تساعد { $naam }.
vertegenwoordiging-mail-af-onderwerp = إثباتك لـ { $naam } غير صحيح
vertegenwoordiging-mail-af-tekst = نظر موظف في إثباتك لـ { $naam }. إنه غير صحيح.
vertegenwoordiging-mail-af-opnieuw = يمكنك أن ترسله مرة أخرى. هل لديك سؤال؟ اتصل إذن بالبلدية.
vertegenwoordiging-mail-af-knop = اطّلع على طلبك

## Staff: the case page and the queue of proof to check.
vertegenwoordiging-staf-onbevestigd = البلاغ من أجل { $naam }. لم يعطِ { $naam } المساعدَ الإذن بعد. يرى المساعد إجاباته فقط.
vertegenwoordiging-staf-controleer = تحقّق من الاستمارة الموقّعة
vertegenwoordiging-grond-formulier = استمارة موقّعة
vertegenwoordiging-grond-rechter = إثبات قانوني
vertegenwoordiging-controle-lijst-titel = التحقق من التفويضات
vertegenwoordiging-controle-lijst-intro = استمارات موقّعة وإثباتات من ممثلين قانونيين. الأقدم في الأعلى.
vertegenwoordiging-controle-lijst-leeg = لا يوجد شيء للتحقق منه.
vertegenwoordiging-controle-lijst-caption = للتحقق: { $aantal }
vertegenwoordiging-controle-klaar-goed = وافقت على التفويض. تصل مقدّمَ الطلب رسالة بالبريد الإلكتروني.
vertegenwoordiging-controle-klaar-af = رفضت التفويض. تصل مقدّمَ الطلب رسالة بالبريد الإلكتروني فيها السبب.
vertegenwoordiging-kolom-voor = لمن
vertegenwoordiging-kolom-soort = النوع
vertegenwoordiging-kolom-door = مقدّم الطلب
vertegenwoordiging-kolom-op = تاريخ الاستلام
vertegenwoordiging-controle-titel = تفويض لـ { $naam }
vertegenwoordiging-controle-terug = الرجوع إلى القائمة
vertegenwoordiging-controle-email = عنوان البريد الإلكتروني للمقيم
vertegenwoordiging-controle-rechten = الصلاحيات
vertegenwoordiging-controle-melding = البلاغ
vertegenwoordiging-controle-melding-link = افتح المعاملة
vertegenwoordiging-controle-bewijs = الإثبات
vertegenwoordiging-controle-download = تنزيل
vertegenwoordiging-controle-besluit = القرار
vertegenwoordiging-controle-goed-uitleg = الموافقة تجعل التفويض ساريًا. في حالة الاستمارة الموقّعة ينتقل البلاغ إلى المقيم.
vertegenwoordiging-controle-goed-knop = موافقة
vertegenwoordiging-controle-reden-label = سبب الرفض
vertegenwoordiging-controle-reden-hint = ضروري فقط إذا رفضت. يقرأ مقدّم الطلب هذا السبب في الرسالة الإلكترونية.
vertegenwoordiging-controle-af-knop = رفض
vertegenwoordiging-controle-bestaand = لعنوان البريد الإلكتروني هذا حساب بالفعل: { $naam }. بعد الموافقة تصل هذا الشخص رسالة عمّن يجوز له الآن التصرف باسمه.
vertegenwoordiging-mail-inwoner-onderwerp = يجوز لشخص ما الآن أن يرتّب أمورك باسمك
vertegenwoordiging-mail-inwoner-tekst = يجوز لـ { $wie } الآن أن يرتّب أمورك باسمك في البوابة. نظر موظف في البلدية في الإثبات.
vertegenwoordiging-mail-inwoner-klopt-niet = هل هذا غير صحيح؟ تواصل إذن مع البلدية بأسرع ما يمكن.
vertegenwoordiging-mail-inwoner-knop = اطّلع على من يجوز له التصرف باسمك
