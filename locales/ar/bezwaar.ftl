## Bezwaar against a decision, on every scheme: the resident's pages, the staff page, the mails.

bezwaar-pro-forma-label = هل سترسل أسبابك لاحقًا؟
bezwaar-pro-forma-keuze = نعم، سأرسل أسبابي لاحقًا
bezwaar-pro-forma-uitleg = ليس لديك الآن وقت لكتابة كل شيء؟ أرسل اعتراضك الآن، لكي لا تتأخر. بعد ذلك تعطيك البلدية وقتًا لإرسال أسبابك.
bezwaar-documenten-titel = المستندات المرفقة باعتراضك
bezwaar-document-weg = إزالة { $naam }
bezwaar-document-weg-label = هل تريد إزالة مستند؟
bezwaar-bestand-label = إضافة مستندات (إذا أردت)
bezwaar-bestand-hint = مثلًا رسالة من طبيبك أو صورة.
bezwaar-verder = متابعة
bezwaar-opslaan = احفظ وتابع لاحقًا
bezwaar-klaar-opgeslagen = حفظنا اعتراضك. لم ترسله بعد.
bezwaar-klaar-ingetrokken = سحبت اعتراضك. يمكنك تقديم اعتراض جديد ما دامت المهلة سارية.
bezwaar-opnieuw = قدّمت اعتراضًا من قبل ثم سحبته. يمكنك تقديم اعتراض مرة أخرى.
bezwaar-hierna-titel = ماذا يحدث بعد ذلك؟
bezwaar-hierna-weken = تقرر البلدية خلال { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } بعد آخر يوم لتقديم الاعتراض. يجوز تأجيل ذلك مرة واحدة 6 أسابيع. عندها تصلك رسالة بذلك مسبقًا.
bezwaar-hierna-gesprek = في الغالب تدعوك البلدية إلى محادثة عن اعتراضك. هناك يمكنك أن تشرح لماذا لا توافق.
bezwaar-voorlopig-titel = لا تستطيع انتظار القرار؟
bezwaar-voorlopig-tekst = هل يجب أن يحدث شيء بسرعة؟ إذن يمكنك أن تطلب من القاضي إجراءً مؤقتًا. هذا قرار سريع يسري ما دام اعتراضك قيد النظر. تطلبه من المحكمة في منطقتك. تدفع مقابل ذلك رسوم المحكمة. يمكن أن يساعدك محامٍ أو Juridisch Loket.

bezwaar-gronden-later = سترسل أسبابك لاحقًا.
bezwaar-geen-documenten = لا توجد مستندات
bezwaar-rij-besluit = قرار بتاريخ
bezwaar-rij-gronden = لماذا لا توافق
bezwaar-controleren-titel = راجع اعتراضك
bezwaar-controleren-intro = تحقّق من أن كل شيء صحيح. هل تريد تغيير شيء؟ اختر إذن «تغيير».
bezwaar-versturen-titel = الإرسال
bezwaar-versturen-tekst = عندما تضغط على الزر، يصل اعتراضك إلى البلدية. ستصلك رسالة بالبريد الإلكتروني بأننا استلمناه.

bezwaar-titel-verstuurd = اعتراضك
bezwaar-klaar-verstuurd = استلمنا اعتراضك.
bezwaar-klaar-mail = ستصلك أيضًا رسالة بالبريد الإلكتروني عن ذلك. في هذه الصفحة ترى ماذا يحدث لاعتراضك.
bezwaar-klaar-aangevuld = استلمنا إضافتك.
bezwaar-beslist-uiterlijk = تقرر البلدية في موعد أقصاه { $datum }.
bezwaar-beslist-uitleg = أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من { $datum }، وهو آخر يوم لتقديم الاعتراض.
bezwaar-aanvullen-tot = أرسل أسبابك في موعد أقصاه { $datum }.
bezwaar-aanvullen-te-laat = هذا اليوم انتهى. أرسل أسبابك مع ذلك بأسرع ما يمكن. عندها لم تعد البلدية ملزمة بالنظر في اعتراضك. لكن يجوز لها ذلك.
bezwaar-aanvullen-zo-snel = أرسل أسبابك بأسرع ما يمكن. ستخبرك البلدية حتى متى يمكنك ذلك.
bezwaar-aangevuld-na-termijn = وصلت الأسباب في { $datum }، بعد التاريخ المطلوب.
bezwaar-aanvulling-van = إضافة بتاريخ { $datum }
bezwaar-stappen-titel = ما حدث لاعتراضك
bezwaar-stap-ingediend = قدّمت اعتراضًا.
bezwaar-stap-ingediend-pro-forma = قدّمت اعتراضًا. الأسباب تأتي لاحقًا.
bezwaar-stap-bevestigd = أكّدت البلدية أنها استلمت اعتراضك.
bezwaar-stap-aanvullen-tot = طلبت منك البلدية أن ترسل أسبابك، في موعد أقصاه { $datum }.
bezwaar-stap-aangevuld = أرسلت شرحًا إضافيًا أو مستندات.
bezwaar-stap-hoorzitting = دعتك البلدية إلى محادثة في { $datum } الساعة { $tijd }. المكان: { $plaats }.
bezwaar-stap-horen-afgezien = تقرر البلدية بدون محادثة. السبب: { $reden }
bezwaar-stap-verdaagd = تقرر البلدية لاحقًا. السبب: { $reden }
bezwaar-stap-beslist = قررت البلدية بشأن اعتراضك.
bezwaar-stap-ingetrokken = سحبت اعتراضك.
bezwaar-beslissing-titel = القرار بشأن اعتراضك
bezwaar-beslissing-waarom = لماذا
bezwaar-beslissing-nieuw = القرار الجديد
bezwaar-uitkomst-gegrond = الحق معك. القرار يتغير.
bezwaar-uitkomst-deels-gegrond = الحق معك في جزء منه. القرار يتغير جزئيًا.
bezwaar-uitkomst-ongegrond = الحق ليس معك. يبقى القرار كما كان.
bezwaar-uitkomst-niet-ontvankelijk = البلدية لا تنظر في اعتراضك. يبقى القرار كما كان.
bezwaar-beroep = هل لا توافق على هذا القرار؟ إذن يمكنك الطعن فيه أمام المحكمة. يمكنك ذلك خلال 6 أسابيع من يوم إرسال البلدية القرار.
bezwaar-aanvullen-titel = إرسال أسبابك
bezwaar-aanvullen-uitleg = اكتب لماذا لا توافق على القرار. يمكنك أيضًا إضافة مستندات.
bezwaar-aanvullen-label = لماذا لا توافق على القرار؟
bezwaar-aanvullen-knop = إرسال الأسباب
bezwaar-aanvullen-leeg = اكتب ما تريد إضافته، أو اختر مستندًا.
bezwaar-intrekken-titel = سحب الاعتراض
bezwaar-intrekken-link = أريد سحب اعتراضي
bezwaar-intrekken-uitleg = هل تسحب اعتراضك؟ إذن تتوقف البلدية عن النظر فيه. يبقى القرار كما هو.
bezwaar-intrekken-opnieuw = هل ما زالت مهلة تقديم الاعتراض سارية؟ إذن يمكنك بعد ذلك تقديم اعتراض جديد.
bezwaar-intrekken-knop = نعم، اسحب اعتراضي

bezwaar-staf-titel = اعتراض على { $referentie }
bezwaar-staf-vastgelegd = تم التسجيل. ستصل المقيمَ رسالة بالبريد الإلكتروني عن ذلك.
bezwaar-staf-ingetrokken = سحب المقيم هذا الاعتراض.
bezwaar-staf-gronden = أسباب الاعتراض
bezwaar-staf-pro-forma = لا توجد أسباب بعد: المقيم سيرسلها لاحقًا (اعتراض شكلي، pro forma).
bezwaar-rij-ingediend = تاريخ استلام الاعتراض
bezwaar-rij-termijn = مهلة الاعتراض
bezwaar-binnen-termijn = ضمن المهلة
bezwaar-na-termijn = بعد المهلة، التي استمرت حتى { $datum } ضمنًا. قيّم هل كان يجوز للمقيم أن يتأخر (المادة 6:11 من قانون Awb).
bezwaar-rij-beslissen = القرار في موعد أقصاه
bezwaar-staf-ontvangst = تأكيد الاستلام
bezwaar-staf-ontvangst-uitleg = تصل المقيمَ رسالة بالبريد الإلكتروني بأن البلدية استلمت الاعتراض (المادة 6:14 من قانون Awb).
bezwaar-staf-aanvullen = تحديد مهلة لإرسال الأسباب
bezwaar-staf-aanvullen-uitleg = الاعتراض ليس فيه أسباب بعد. أعطِ المقيم مهلة لإرسالها (المادة 6:6 من قانون Awb).
bezwaar-staf-aanvullen-label = في موعد أقصاه
bezwaar-staf-hoorzitting = تحديد موعد جلسة الاستماع
bezwaar-staf-datum = تاريخ جلسة الاستماع
bezwaar-staf-tijd = الوقت
bezwaar-staf-tijd-hint = مثلًا 14:30
bezwaar-staf-plaats = المكان
bezwaar-staf-commissie-label = من يستمع إلى المقيم؟
bezwaar-staf-commissie = اللجنة الاستشارية للاعتراضات
bezwaar-staf-horen-afgezien = الاستغناء عن الاستماع
bezwaar-staf-horen-reden = لماذا لا توجد جلسة استماع؟
bezwaar-staf-horen-hint = هذا مسموح فقط في الحالات المذكورة في المادة 7:3 من قانون Awb. مثلًا: الاعتراض واضح أنه غير مقبول، أو المقيم يتنازل عن المحادثة.
bezwaar-staf-verdagen = تأجيل القرار
bezwaar-staf-verdagen-uitleg = هذا ممكن مرة واحدة، لمدة 6 أسابيع، وفقط قبل انتهاء مهلة القرار (المادة 7:10 الفقرة 3 من قانون Awb).
bezwaar-staf-verdagen-reden = لماذا تقرر البلدية لاحقًا؟
bezwaar-staf-beslissen = القرار بشأن الاعتراض
bezwaar-staf-uitkomst = القرار
bezwaar-staf-motivering = التعليل
bezwaar-staf-nieuw-besluit = القرار الجديد
bezwaar-staf-nieuw-besluit-hint = فقط إذا تغيّر القرار: ما الذي يحصل عليه المقيم الآن، ومن متى، ولأي مدة.

bezwaar-fout-datum = أدخل اليوم والشهر والسنة.
bezwaar-fout-datum-bestaat-niet = هذا التاريخ غير موجود.
bezwaar-fout-datum-na-vandaag = اختر تاريخًا بعد اليوم.
bezwaar-fout-datum-voorbij = هذا التاريخ قد مضى.
bezwaar-fout-tijd = أدخل وقتًا مثل 14:30.
bezwaar-fout-leeg = املأ هذا الحقل.
bezwaar-fout-te-lang = لا تستخدم أكثر من { $aantal ->
        [zero] { $aantal } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    }.
bezwaar-fout-uitkomst = اختر القرار.

bezwaar-mail-onderwerp = أخبار عن اعتراضك ({ $referentie })
bezwaar-mail-ontvangen = استلمنا اعتراضك. تقرر البلدية في موعد أقصاه { $datum }.
bezwaar-mail-redenen-later = سترسل أسبابك لاحقًا. افعل ذلك بأسرع ما يمكن.
bezwaar-mail-bevestigd = تؤكد البلدية أنها استلمت اعتراضك.
bezwaar-mail-aanvullen = أرسل في موعد أقصاه { $datum } لماذا لا توافق على القرار.
bezwaar-mail-aangevuld = استلمنا إضافتك إلى اعتراضك.
bezwaar-mail-hoorzitting = تدعوك البلدية إلى محادثة عن اعتراضك، في { $datum } الساعة { $tijd }.
bezwaar-mail-geen-hoorzitting = تقرر البلدية بشأن اعتراضك بدون محادثة. في البوابة تقرأ السبب.
bezwaar-mail-verdaagd = تقرر البلدية بشأن اعتراضك لاحقًا، في موعد أقصاه { $datum }.
bezwaar-mail-beslist = قررت البلدية بشأن اعتراضك. تقرأ القرار في البوابة.
bezwaar-mail-ingetrokken = سحبت اعتراضك.
bezwaar-mail-knop = اطّلع على اعتراضك
bezwaar-mail-privacy = لا يوجد في هذه الرسالة شيء عن وضعك. تقرأ ذلك في البوابة فقط.
bezwaar-bekijken = اطّلع على اعتراضك
bezwaar-staf-link-titel = الاعتراض
bezwaar-staf-link-ontvangen = استُلم الاعتراض في { $datum }.
bezwaar-staf-link = إلى الاعتراض
bezwaar-staf-geen = لم يقدّم أحد اعتراضًا على القرار في هذه المعاملة.
bezwaar-beslist-uitleg-laat = أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من { $datum }، وهو يوم وصول اعتراضك. وصل اعتراضك بعد آخر يوم لتقديم الاعتراض.
bezwaar-staf-eerder = مستندات اعتراض سابق سحبه المقيم
bezwaar-mail-ingebreke = وصلت البلدية رسالتك التي تقول إنها تأخرت. هل لا تقرر البلدية في موعد أقصاه { $datum }؟ إذن تدفع لك مالًا عن كل يوم، حتى تقرر.
