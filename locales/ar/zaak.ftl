## A case after the melding: the e-mails that tell the resident a step was taken. They never say what was
## discussed or decided: the resident reads that in the dossier.

zaak-mail-onderwerp = أخبار عن بلاغك { $referentie }
zaak-mail-knop = اطّلع على ملفك
zaak-mail-privacy = لا توجد في هذه الرسالة بيانات شخصية. تقرأ كل شيء في ملفك على الموقع.
zaak-mail-gesprek-gepland = يوجد موعد لمحادثة معك. المحادثة في { $datum } الساعة { $tijd }.
zaak-mail-tijdelijk = تحصل على مساعدة مؤقتة. تستمر هذه المساعدة حتى يصدر قرار.
zaak-mail-onderzoek = أجريت المحادثة مع البلدية. بعد ذلك يصلك تقرير عن المحادثة.
zaak-mail-verslag = تقرير محادثتك جاهز. اقرأه جيدًا. يمكنك أيضًا أن ترد عليه.
zaak-mail-vraag = لدى البلدية سؤال لك. أجب قبل { $datum }.
zaak-mail-aanvraag = استلمت البلدية طلبك. يصلك قرار في موعد أقصاه { $datum }.
zaak-mail-verdaagd = القرار يأتي متأخرًا عن الموعد المخطط له. يصلك في موعد أقصاه { $datum }.
zaak-mail-besluit = صدر قرار بشأن طلبك. هل لا توافق عليه؟ إذن يمكنك تقديم اعتراض حتى { $datum } ضمنًا.
zaak-mail-gesloten = أغلقت البلدية بلاغك.
# A request to correct data on a case (AVG art. 16): on the resident's case page, the staff case page, and
# the mail that tells the resident there is an answer (never what it says).
zaak-correctie-titel = طلباتك لتصحيح شيء
zaak-correctie-geen = هل هناك شيء غير صحيح في هذه المعاملة؟ إذن يمكنك أن تطلب تصحيحه.
zaak-correctie-gevraagd = طلبت في { $datum } تصحيح ما يلي:
zaak-correctie-antwoord-op = ردّت البلدية في { $datum }:
zaak-correctie-gecorrigeerd = صحّحت البلدية بياناتك.
zaak-correctie-niet-gecorrigeerd = لم تغيّر البلدية بياناتك.
zaak-correctie-wacht = البلدية تنظر في طلبك. تصلك رسالة بالبريد الإلكتروني عندما يكون هناك رد.
zaak-correctie-vragen-link = اطلب تصحيح شيء
zaak-correctie-mail-onderwerp = رد على سؤالك عن بياناتك { $referentie }
zaak-correctie-mail-tekst = طلبت من البلدية أن تصحّح شيئًا في بياناتك. ردّت البلدية على طلبك.
zaak-correctie-wat = ما غير الصحيح؟
zaak-correctie-moet-zijn = ماذا يجب أن يكون مكتوبًا؟
zaak-correctie-onbekend = المقيم لا يعرف ذلك.
zaak-correctie-staf-titel = { $aantal ->
        [zero] طلبات تصحيح ({ $aantal })
        [one] طلب تصحيح
        [two] طلبا تصحيح ({ $aantal })
        [few] طلبات تصحيح ({ $aantal })
        [many] طلبات تصحيح ({ $aantal })
       *[other] طلبات تصحيح ({ $aantal })
    }
zaak-correctie-staf-verzoek = طلب المقيم، { $datum }
zaak-correctie-staf-beantwoord = رد بتاريخ { $datum }، من { $naam }:
zaak-correctie-staf-antwoord = ردّك على المقيم
zaak-correctie-staf-antwoord-hint = يقرأ المقيم هذا في البوابة. اكتب بلغة بسيطة.
zaak-correctie-staf-gecorrigeerd = هل صحّحت البيانات؟
zaak-correctie-staf-ja = نعم، صحّحت البيانات
zaak-correctie-staf-nee = لا، تبقى البيانات كما هي
zaak-correctie-staf-knop = إرسال الرد
zaak-correctie-staf-pagina = الرد على طلب التصحيح: { $referentie }
zaak-correctie-fout-antwoord = اكتب ردّك على المقيم.
zaak-correctie-fout-te-lang = نصّك طويل جدًا. استخدم { $aantal ->
        [zero] { $aantal } حرف على الأكثر.
        [one] حرفًا واحدًا على الأكثر.
        [two] حرفين على الأكثر.
        [few] { $aantal } أحرف على الأكثر.
        [many] { $aantal } حرفًا على الأكثر.
       *[other] { $aantal } حرف على الأكثر.
    }
zaak-correctie-fout-keuze = اختر هل صحّحت البيانات.
# On the case page of the blijverslening and the Kindpakket, while the application waits for a decision.
zaak-besluit-uiterlijk = تقرر البلدية في موعد أقصاه { $datum }.
zaak-besluit-uitleg = أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من اكتمال طلبك. هكذا هو مكتوب في القانون الإداري العام (Algemene wet bestuursrecht)، المادة 4:13.
zaak-besluit-te-laat = هذا اليوم انتهى ولم يصدر قرار بعد.
# The besluit as a printable letter, for every scheme.
zaak-beschikking-link = اطبع القرار أو احفظه بصيغة pdf
zaak-beschikking-titel = القرار
zaak-beschikking-afdrukken = هل تريد هذا القرار على الورق؟ استخدم زر الطباعة في متصفحك. هناك يمكنك أيضًا أن تختار الحفظ بصيغة pdf.
zaak-beschikking-gemeente = بلدية { $gemeente }
zaak-beschikking-datum = التاريخ
zaak-beschikking-aan = إلى
zaak-beschikking-kenmerk = الرقم المرجعي
zaak-beschikking-besloten = ماذا قررت البلدية؟
zaak-beschikking-uitkomst = القرار
zaak-beschikking-toegekend = تحصل عليه
zaak-beschikking-gedeeltelijk = تحصل على جزء منه
zaak-beschikking-afgewezen = لا تحصل عليه
zaak-beschikking-vanaf = من
zaak-beschikking-tot = حتى (ضمنًا)
zaak-beschikking-geen-einde = بدون تاريخ انتهاء
zaak-beschikking-bedrag = المبلغ
zaak-beschikking-waarom = لماذا
zaak-beschikking-grondslag = القاعدة: { $bron }.
zaak-beschikking-redenen = لماذا قررت البلدية هذا؟
zaak-beschikking-door-titel = من قرر؟
zaak-beschikking-door = { $naam }، باسم مجلس رئيس البلدية والمستشارين البلديين في { $gemeente }.
zaak-beschikking-medewerker = موظف في البلدية
zaak-beschikking-bezwaar-titel = هل لا توافق على هذا القرار؟
zaak-beschikking-bezwaar-tot = إذن يمكنك تقديم { $begrip } حتى { $datum } ضمنًا.
zaak-beschikking-bezwaar-termijn = لديك لذلك { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }. تبدأ هذه المدة في اليوم التالي لإرسال البلدية القرار: بعد { $verzonden }. هكذا هو مكتوب في القانون الإداري العام (Algemene wet bestuursrecht)، المادتان 6:7 و6:8.
zaak-beschikking-bezwaar-brief = اكتب رسالة. اكتب فيها اسمك وعنوانك والتاريخ والرقم المرجعي لهذا القرار. اكتب لماذا لا توافق عليه. ووقّع تحتها.
zaak-beschikking-bezwaar-adres = أرسل الرسالة إلى مجلس رئيس البلدية والمستشارين البلديين (college van burgemeester en wethouders) في { $gemeente }:
zaak-beschikking-bezwaar-portaal = يمكنك أيضًا أن تفعل ذلك على هذا الموقع.
zaak-beschikking-bezwaar-link = قدّم اعتراضًا على الموقع
zaak-beschikking-bezwaar-nederlands = النص الهولندي عن الاعتراض
# Throwing a draft away, for every scheme.
zaak-concept-verwijder-link = احذف هذه المسودة
zaak-concept-verwijder-titel = حذف المسودة
zaak-concept-verwijder-vraag = هل أنت متأكد أنك تريد حذف هذه المسودة؟
zaak-concept-verwijder-wat = هذه المسودة تخص: { $begrip }.
zaak-concept-verwijder-begonnen = بدأت بها في { $datum }.
zaak-concept-verwijder-gevolg = عندها تختفي إجاباتك وملفاتك. لا يمكنك استرجاعها بعد ذلك.
zaak-concept-verwijder-ja = نعم، احذف المسودة
zaak-concept-verwijder-nee = لا، احتفظ بالمسودة
zaak-concept-verwijder-knop = متابعة
zaak-concept-verwijder-kies = اختر نعم أو لا.
zaak-concept-verwijderd = حذفت المسودة.
zaak-agenda-titel = محادثة مع بلدية { $gemeente }
zaak-agenda-thuis = في بيتك
zaak-agenda-gemeentehuis = في مبنى البلدية
zaak-agenda-telefoon = عبر الهاتف. البلدية تتصل بك.
zaak-agenda-beeldbellen = عبر مكالمة فيديو
zaak-log-laatste = { $aantal ->
    [zero] هنا ترى آخر { $aantal } مرة فقط.
    [one] هنا ترى آخر مرة فقط.
    [two] هنا ترى آخر مرتين فقط.
    [few] هنا ترى آخر { $aantal } مرات فقط.
    [many] هنا ترى آخر { $aantal } مرةً فقط.
   *[other] هنا ترى آخر { $aantal } مرة فقط.
}
zaak-log-alles = كل شيء موجود تحت «بياناتي».
