## The resident's dossier: one page per melding with the steps, the documents, the questions of the municipality,
## the verslag, the besluit in plain words, bezwaar, ingebrekestelling and who looked at the case.

dossier-titel = ملفك
dossier-titel-namens = ملف { $naam }
dossier-nummer = رقم بلاغك هو { $referentie }.
dossier-intro = هنا ترى ماذا يحدث لطلب المساعدة الذي قدّمته. وماذا يأتي بعد ذلك.
dossier-terug = الرجوع إلى ملفك
dossier-te-lang = هذا طويل جدًا. استخدم { $aantal ->
        [zero] { $aantal } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر. عدد الأحرف الزائدة: { $teveel }.

dossier-klaar-antwoord = استلمت البلدية إجابتك.
dossier-klaar-reactie = استلمت البلدية ردّك. ردّك موجود الآن تحت التقرير.
dossier-klaar-document = استلمت البلدية مستندك.
dossier-klaar-bezwaar = استلمت البلدية اعتراضك. ستتواصل البلدية معك.
dossier-klaar-ingebrekestelling = استلمت البلدية إنذارك بالتأخير.

# The next date, on the dossier and in Mijn loket.
dossier-volgende-gesprek = محادثتك مع البلدية في { $datum }.
dossier-volgende-vraag = لدى البلدية سؤال لك. أرسل إجابتك قبل { $datum }.
dossier-volgende-bezwaar = هل لا توافق على القرار؟ يمكنك تقديم { $begrip } حتى { $datum } ضمنًا.
dossier-volgende-onderzoek = تُجري البلدية { $begrip } في موعد أقصاه { $datum }.
dossier-volgende-verslag = يصلك { $begrip } في موعد أقصاه { $datum }.
dossier-volgende-besluit = يصلك { $begrip } في موعد أقصاه { $datum }.
dossier-volgende-beslissing-bezwaar = تقرر البلدية في موعد أقصاه { $datum } بشأن { $begrip } الخاص بك.
# The same, about the resident by name: for someone acting for them, and on a cliëntondersteuner's dashboard.
dossier-volgende-namens-gesprek = محادثة { $naam } مع البلدية في { $datum }.
dossier-volgende-namens-vraag = لدى البلدية سؤال لـ { $naam }. أرسل الإجابة قبل { $datum }.
dossier-volgende-namens-bezwaar = هل لا يوافق { $naam } على القرار؟ يمكن لـ { $naam } تقديم { $begrip } حتى { $datum } ضمنًا.
dossier-volgende-namens-onderzoek = تُجري البلدية { $begrip } مع { $naam } في موعد أقصاه { $datum }.
dossier-volgende-namens-verslag = يصل { $begrip } إلى { $naam } في موعد أقصاه { $datum }.
dossier-volgende-namens-besluit = يصل { $begrip } إلى { $naam } في موعد أقصاه { $datum }.
dossier-volgende-namens-beslissing-bezwaar = تقرر البلدية في موعد أقصاه { $datum } بشأن { $begrip } المقدَّم من { $naam }.
dossier-mijn-loket-link = اطّلع على ملفك
dossier-mijn-loket-link-namens = اطّلع على ملف { $naam }

dossier-te-laat = البلدية متأخرة في القرار بشأن طلبك.
dossier-te-laat-link = ماذا يمكنك أن تفعل إذا تأخرت البلدية؟

dossier-vragen-titel = أسئلة البلدية
dossier-vraag-voor = أرسل إجابتك قبل { $datum }.
dossier-vraag-beantwoorden = أجب عن هذا السؤال

# The timeline. The state is said in words before each step.
dossier-stappen-titel = ما يحدث
dossier-uiterlijk = في موعد أقصاه { $datum }
dossier-fase-ontvangen = تم استلام البلاغ
dossier-fase-gesprek-gepland = موعد المحادثة
dossier-fase-onderzocht = المحادثة وتقييم الوضع
dossier-fase-verslag = تقرير المحادثة
dossier-fase-aanvraag = الطلب
dossier-fase-besloten = القرار
dossier-fase-gesloten = مغلق
dossier-stap-ontvangen = استلمت البلدية { $begrip } الخاص بك.
dossier-stap-ontvangen-nu = ستتواصل البلدية معك. عندها تحددان معًا موعدًا للمحادثة.
dossier-stap-gesprek = المحادثة في { $datum } الساعة { $tijd }.
dossier-stap-gesprek-was = كانت المحادثة في { $datum }.
dossier-stap-gesprek-hierna = تحدد البلدية معك موعدًا للمحادثة.
dossier-plaats-thuis = المحادثة في بيتك.
dossier-plaats-gemeentehuis = المحادثة في مبنى البلدية.
dossier-plaats-telefoon = المحادثة عبر الهاتف. البلدية تتصل بك.
dossier-plaats-beeldbellen = المحادثة عبر مكالمة فيديو.
dossier-stap-onderzocht = أجريت المحادثة مع البلدية. بهذا أجرت البلدية { $begrip }.
dossier-stap-onderzoek-hierna = في المحادثة تنظر البلدية فيما تحتاجه. هذا هو { $begrip }. يقول القانون: يستغرق ذلك { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } على الأكثر بعد بلاغك.
dossier-stap-onderzoek-hierna-gesprek = في المحادثة تنظر البلدية فيما تحتاجه. هذا هو { $begrip }. يقول القانون: يستغرق ذلك { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } على الأكثر بعد المحادثة الأولى.
dossier-stap-verslag = أرسلت إليك البلدية { $begrip } عن المحادثة.
dossier-stap-verslag-link = اقرأ التقرير وردّ عليه
dossier-stap-verslag-hierna = بعد المحادثة تكتب البلدية ما ناقشتموه. يصلك { $begrip } خلال { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    }.
dossier-stap-aanvraag = استلمت البلدية { $begrip } الخاص بك.
dossier-stap-aanvraag-hierna = بعد التقرير تطلب المساعدة. هذا هو { $begrip } الخاص بك.
dossier-stap-besluit = اتخذت البلدية { $begrip }.
dossier-stap-besluit-link = اقرأ ما قررته البلدية
dossier-stap-besluit-hierna = تقرر البلدية بشأن طلبك. يصلك { $begrip }. يقول القانون: يحدث ذلك خلال { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } بعد طلبك.
dossier-stap-verdaagd = تحتاج البلدية إلى وقت أطول. السبب: { $reden }
dossier-stap-bezwaar = قدّمت { $begrip } في { $datum }.
dossier-stap-gesloten = أغلقت البلدية { $begrip } الخاص بك.
dossier-stap-gesloten-hierna = عندما ينتهي كل شيء، تغلق البلدية { $begrip } الخاص بك.

dossier-dwangsom-titel = إنذارك بالتأخير
dossier-dwangsom-ontvangen = استلمت البلدية { $begrip } الخاص بك في { $datum }.
dossier-dwangsom-wachten = ما زال يجوز للبلدية أن تقرر حتى { $datum } ضمنًا. عندها لا يلزمها أن تدفع لك شيئًا.
dossier-dwangsom-loopt = لم تكن البلدية قد قررت حتى ذلك الوقت. لذلك تدفع لك { $begrip }. تُحسب منذ { $datum }.
dossier-dwangsom-bedrag = حتى الآن يبلغ ذلك { $bedrag }. وهذا عن { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    }.

dossier-documenten-titel = المستندات
dossier-documenten-geen = لا توجد مستندات بعد.
dossier-document-over = ({ $soort }، { $datum })
dossier-document-verslag = تقرير
dossier-document-besluit = رسالة القرار
dossier-document-inwoner = منك
dossier-document-gemeente = من البلدية
dossier-uploaden-link = أرسل مستندًا إلى البلدية

dossier-meer-titel = المزيد عن بلاغك
dossier-inzage-link = من اطّلع على ملفك؟
dossier-bewijs-link = اطّلع على ما أرسلته إلى البلدية
dossier-plan-link = خطتك الخاصة

dossier-vraag-titel = سؤال من البلدية
dossier-vraag-wacht = ما دمت لم تجب، تتوقف مهلة { $begrip } عن العدّ.
dossier-antwoord-label = إجابتك
dossier-antwoord-hint = يمكنك أيضًا إرسال ملف. أو الاثنين معًا.
dossier-antwoord-bestand = ملف (إذا أردت)
dossier-antwoord-knop = أرسل إجابتك
dossier-antwoord-leeg = اكتب إجابتك. أو اختر ملفًا.

dossier-verslag-titel = تقرير المحادثة
dossier-verslag-intro = هذا ما كتبته البلدية بعد المحادثة معك. وصلك هذا { $begrip } في { $datum }. هل هناك شيء غير صحيح؟ أو هل ينقصك شيء؟ اكتبه في الأسفل.
dossier-verslag-tekst = ما كتبته البلدية
dossier-verslag-pdf = تنزيل التقرير (PDF)
dossier-reacties-titel = ردودك
dossier-reactie-op = ردّك بتاريخ { $datum }
dossier-reactie-titel = ردّ على التقرير
dossier-reactie-label = ردّك
dossier-reactie-hint = يظهر ردّك تحت التقرير. التقرير نفسه يبقى كما هو.
dossier-reactie-knop = أرسل ردّك
dossier-reactie-leeg = اكتب ردّك.

dossier-uploaden-titel = أرسل مستندًا
dossier-uploaden-intro = هل تريد أن ترسل إلى البلدية شيئًا عن { $begrip } الخاص بك؟ مثلًا رسالة من طبيبك؟ يمكنك ذلك هنا.
dossier-uploaden-kies = اختر الملف
dossier-uploaden-knop = أرسل المستند

dossier-besluit-titel = ما قررته البلدية
dossier-besluit-intro = أرسلت إليك البلدية { $begrip } في { $datum }. هنا تقرأ ما فيه.
dossier-besluit-brief = تنزيل رسالة القرار
dossier-besluit-motivering = شرح البلدية
dossier-besluit-bezwaar-titel = هل لا توافق عليه؟
dossier-uitkomst-toegekend = تحصل على هذه المساعدة
dossier-uitkomst-gedeeltelijk = تحصل على جزء من هذه المساعدة
dossier-uitkomst-afgewezen = لا تحصل على هذه المساعدة
dossier-regel-wat = ما تحصل عليه
dossier-regel-vanaf = من
dossier-regel-tot = حتى (ضمنًا)
dossier-regel-geen-einde = لا يوجد تاريخ انتهاء.
dossier-regel-hoe = كيف تحصل على المساعدة
dossier-regel-zin = على شكل { $begrip }. البلدية ترتّب لك المساعدة.
dossier-regel-pgb = على شكل { $begrip }. تحصل على مال وترتّب المساعدة بنفسك.
dossier-regel-budget = كم من المال تحصل عليه
dossier-regel-wie = من يقدّم المساعدة
dossier-regel-betalen = ما تدفعه بنفسك
dossier-regel-eigen-bijdrage = تدفع { $begrip } بمقدار { $bedrag } في الشهر.
dossier-regel-niets = لا تدفع شيئًا مقابل هذه المساعدة.
dossier-regel-waarom = لماذا

dossier-bezwaar-titel = تقديم اعتراض
dossier-bezwaar-intro = هل لا توافق على { $begrip }؟ اكتب هنا إذن لماذا لا توافق.
dossier-bezwaar-tot = يمكنك تقديم { $begrip } حتى { $datum } ضمنًا.
dossier-bezwaar-uitleg = لديك لذلك { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }. تبدأ هذه المدة في اليوم التالي لإرسال البلدية القرار. كان ذلك في { $verzonden }.
dossier-bezwaar-verlengd = { $weken ->
        [zero] مهلة { $weken } أسبوع تنتهي في الأصل في { $datum }.
        [one] مهلة الأسبوع الواحد تنتهي في الأصل في { $datum }.
        [two] مهلة الأسبوعين تنتهي في الأصل في { $datum }.
        [few] مهلة { $weken } أسابيع تنتهي في الأصل في { $datum }.
        [many] مهلة { $weken } أسبوعًا تنتهي في الأصل في { $datum }.
       *[other] مهلة { $weken } أسبوع تنتهي في الأصل في { $datum }.
    } هذا يوم سبت أو أحد أو عطلة رسمية. لذلك لديك بضعة أيام إضافية.
dossier-bezwaar-te-laat = هذا اليوم انتهى. إذن أنت متأخر.
dossier-bezwaar-te-laat-toch = ما زال يجوز لك أن ترسل اعتراضك. اكتب معه إذن لماذا تأخرت. البلدية تقرر هل ستنظر في اعتراضك.
dossier-bezwaar-label = لماذا لا توافق على القرار؟
dossier-bezwaar-hint = اكتب ما تراه غير صحيح. وما كنت تتوقعه.
dossier-bezwaar-hint-te-laat = اكتب ما تراه غير صحيح. واكتب أيضًا لماذا تأخرت.
dossier-bezwaar-knop = أرسل اعتراضك
dossier-bezwaar-leeg = اكتب لماذا لا توافق على القرار.
dossier-bezwaar-link = قدّم اعتراضًا
dossier-bezwaar-hierna = ستتواصل البلدية معك بشأن اعتراضك.
dossier-bezwaar-uw-tekst = ما كتبته

dossier-ingebreke-titel = البلدية متأخرة
dossier-ingebreke-te-laat = كان على البلدية أن تقرر بشأن { $begrip } الخاص بك في موعد أقصاه { $datum }. لكنها لم تفعل ذلك.
dossier-ingebreke-wat = عندها يمكنك أن ترسل إلى البلدية { $begrip }.
dossier-ingebreke-betekent = بهذا تقول للبلدية: قرّروا الآن بشأن طلبي.
dossier-ingebreke-dwangsom = هل لا تقرر البلدية خلال { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } بعد ذلك؟ إذن تدفع لك البلدية مالًا. يُسمّى هذا { $begrip }.
dossier-ingebreke-hoeveel = كم من المال تحصل عليه؟
dossier-ingebreke-eerste = في { $dagen ->
        [zero] أول { $dagen } يوم
        [one] اليوم الأول
        [two] أول يومين
        [few] أول { $dagen } أيام
        [many] أول { $dagen } يومًا
       *[other] أول { $dagen } يوم
    } تحصل على { $bedrag } عن كل يوم.
dossier-ingebreke-tweede = بعد ذلك، لمدة { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    }، تحصل على { $bedrag } عن كل يوم.
dossier-ingebreke-derde = بعد ذلك تحصل على { $bedrag } عن كل يوم.
dossier-ingebreke-maximum = تحصل على هذا المال لمدة { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } على الأكثر. والمجموع { $bedrag } على الأكثر. بعد ذلك ما زال يجب على البلدية أن تقرر.
dossier-ingebreke-knop-titel = ماذا يحدث عندما تضغط على الزر؟
dossier-ingebreke-vandaag = تستلم البلدية إنذارك بالتأخير اليوم، في { $datum }.
dossier-ingebreke-vanaf = عندها ما زال يجوز للبلدية أن تقرر حتى { $datum } ضمنًا. بعد ذلك يُحسب كل يوم.
dossier-ingebreke-knop = أرسل الإنذار بالتأخير

dossier-inzage-titel = من اطّلع على ملفك؟
dossier-inzage-intro = هنا ترى أي موظفين فتحوا ملفك أو غيّروا فيه شيئًا. الأحدث في الأعلى.
dossier-inzage-niemand = لم يفتح أحد من البلدية ملفك بعد.
dossier-inzage-paginas = صفحات السجل
dossier-inzage-wie = { $naam }، { $rol }
dossier-inzage-onbekend = موظف
dossier-inzage-reden = السبب: { $reden }
dossier-inzage-bekeken = اطّلع على ملفك.
dossier-inzage-gedownload = فتح مستندًا.
dossier-inzage-gewijzigd = غيّر شيئًا في ملفك.
dossier-inzage-stap = كتب خطوة جديدة في ملفك: { $stap }.
dossier-rol-medewerker = موظف في البلدية
dossier-rol-beheerder = مسؤول إدارة النظام في البلدية
dossier-rol-helper = شخص يساعدك
dossier-door-helper = قام به نيابة عنك شخص يساعدك.
dossier-gemeente-te-laat = البلدية متأخرة
