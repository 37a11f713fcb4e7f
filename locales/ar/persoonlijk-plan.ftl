## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = خطتك الخاصة
persoonlijk-plan-intro = يحق لك أن تكتب { $begrip }. تكتب فيها ما تريد أن تحققه. والمساعدة التي تظن أنك تحتاجها لذلك.
persoonlijk-plan-hoeft-niet = كتابة الخطة ليست واجبة. لكنها تساعد في المحادثة مع البلدية.

persoonlijk-plan-termijn-titel = حتى متى يمكنك تسليم خطتك؟
persoonlijk-plan-termijn = سلّم خطتك في { $datum } أو قبل ذلك.
persoonlijk-plan-termijn-uitleg = لديك { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } بعد { $begrip } الخاص بك. وصل طلبك إلى البلدية في { $ontvangen }.
persoonlijk-plan-termijn-verlengd = في البداية كان آخر يوم هو { $datum }. هذا اليوم يقع في عطلة نهاية الأسبوع أو في يوم عطلة رسمية. لذلك لديك وقت أطول.
persoonlijk-plan-termijn-onbekend = سلّم خطتك خلال { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } بعد { $begrip } الخاص بك.
persoonlijk-plan-te-laat = هذا اليوم انتهى. إذن أنت متأخر. لكن ما زال يحق لك أن تسلّم خطتك.

persoonlijk-plan-huidig-titel = خطتك الآن
persoonlijk-plan-status-label = الحالة
persoonlijk-plan-status-concept = لم تُسلَّم بعد
persoonlijk-plan-status-ingeleverd = سُلِّمت
persoonlijk-plan-ingeleverd-op = تاريخ التسليم
persoonlijk-plan-bestand-label = الملف
persoonlijk-plan-bestand-download = تنزيل { $naam } ({ $soort }، { $grootte })
persoonlijk-plan-concept-uitleg = حفظت خطتك. لن تراها البلدية إلا عندما تسلّمها.
persoonlijk-plan-geen-plan = لم تسلّم أي خطة.

persoonlijk-plan-keuze-titel = كيف تريد أن تكتب خطتك؟
persoonlijk-plan-keuze-schrijven = اكتب خطتك هنا
persoonlijk-plan-keuze-schrijven-uitleg = نطرح عليك ثلاثة أسئلة. يمكنك الحفظ في أثناء ذلك والمتابعة لاحقًا.
persoonlijk-plan-keuze-uploaden = أرسل ملفًا
persoonlijk-plan-keuze-uploaden-uitleg = هل خطتك جاهزة على الورق أو على الحاسوب؟ أرسل إذن ملف PDF أو صورة أو نسخة ممسوحة ضوئيًا.
persoonlijk-plan-vervangen = لقد سلّمت خطة من قبل. النسخة الجديدة تحل محل النسخة السابقة.

persoonlijk-plan-klaar-opgeslagen = حفظت خطتك. يمكنك المتابعة لاحقًا.
persoonlijk-plan-klaar-ingeleverd = سلّمت خطتك. ستقرؤها البلدية قبل محادثتك.
persoonlijk-plan-vast = لدى البلدية موعد محدد لمحادثتك الأولى. لذلك لم يعد بإمكانك تغيير خطتك. هل تريد إضافة شيء؟ قله إذن في المحادثة.

persoonlijk-plan-terug = الرجوع إلى خطتك
persoonlijk-plan-schrijven-titel = اكتب خطتك
persoonlijk-plan-schrijven-intro = أجب عن الأسئلة بكلماتك الخاصة. السؤال الأول فقط ضروري.
persoonlijk-plan-schrijven-opslaan-uitleg = بزر «حفظ» تحفظ خطتك. عندها لا تراها البلدية بعد. بزر «تسليم» ترسلها إلى البلدية.
persoonlijk-plan-schrijven-nieuwe-versie = لقد سلّمت خطتك من قبل. هل تريد تغيير شيء؟ سلّمها إذن مرة أخرى. النسخة الجديدة تحل محل القديمة.
persoonlijk-plan-doelen-label = ماذا تريد أن تحقق؟
persoonlijk-plan-doelen-hint = مثلًا: أن تتسوّق بنفسك، أو أن تعود إلى النادي.
persoonlijk-plan-zelf-label = ماذا تستطيع أن تفعل بنفسك؟ وماذا يفعل الناس من حولك؟
persoonlijk-plan-zelf-hint = فكّر في شريكك أو عائلتك أو جيرانك أو أصدقائك.
persoonlijk-plan-ondersteuning-label = ما المساعدة التي تظن أنك تحتاجها؟ ولماذا؟
persoonlijk-plan-ondersteuning-hint = اكتب ما ينقصك. عندها تفهم البلدية لماذا تحتاج إلى هذه المساعدة.
persoonlijk-plan-opslaan = حفظ
persoonlijk-plan-inleveren = تسليم
persoonlijk-plan-doelen-leeg = اكتب ما تريد أن تحققه. عندها يمكنك تسليم خطتك.
persoonlijk-plan-te-lang = استخدم { $aantal ->
        [zero] { $aantal } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر. عدد الأحرف الزائدة الآن: { $teveel }.

persoonlijk-plan-uploaden-titel = أرسل خطتك كملف
persoonlijk-plan-uploaden-intro = أرسل ملف PDF، أو صورة بصيغة JPG أو PNG. يجوز أيضًا إرسال صورة لخطتك المكتوبة على الورق.
persoonlijk-plan-uploaden-vervangen = هل سلّمت خطة من قبل؟ إذن يحل هذا الملف محلها.
persoonlijk-plan-bestand-kies = اختر ملفك
persoonlijk-plan-uploaden-knop = تسليم الملف
persoonlijk-plan-bestand-geen = اختر ملفًا.
persoonlijk-plan-bestand-leeg = هذا الملف فارغ. اختر ملفًا آخر.
persoonlijk-plan-bestand-te-groot = هذا الملف كبير جدًا. يجب ألا يزيد عن { $mb } ميغابايت. جرّب صورة أو نسخة ممسوحة أصغر.
persoonlijk-plan-bestand-soort = لا نستطيع فتح هذا الملف. أرسل ملف PDF أو JPG أو PNG.
persoonlijk-plan-bestand-virus = في الملف { $naam } يوجد فيروس ({ $virus }). لم نحفظه. افحص حاسوبك أو هاتفك ببرنامج مكافحة الفيروسات. بعد ذلك أرسل ملفًا آخر.
persoonlijk-plan-bestand-vol-keer = لم نحفظ { $naam }. يمكنك أن ترسل { $aantal ->
        [zero] { $aantal } ملف
        [one] ملفًا واحدًا
        [two] ملفين
        [few] { $aantal } ملفات
        [many] { $aantal } ملفًا
       *[other] { $aantal } ملف
    } في المرة الواحدة. بعد ذلك أرسل هذا الملف وحده.
persoonlijk-plan-bestand-vol-aantal = لم نحفظ { $naam }. { $aantal ->
        [zero] الطلب الواحد أو البلاغ الواحد يتسع لـ { $aantal } ملف. وهذا العدد موجود بالفعل.
        [one] الطلب الواحد أو البلاغ الواحد يتسع لملف واحد. وهذا الملف موجود بالفعل.
        [two] الطلب الواحد أو البلاغ الواحد يتسع لملفين. وهما موجودان بالفعل.
        [few] الطلب الواحد أو البلاغ الواحد يتسع لـ { $aantal } ملفات. وهي موجودة بالفعل.
        [many] الطلب الواحد أو البلاغ الواحد يتسع لـ { $aantal } ملفًا. وهي موجودة بالفعل.
       *[other] الطلب الواحد أو البلاغ الواحد يتسع لـ { $aantal } ملف. وهي موجودة بالفعل.
    } هل تريد مع ذلك أن ترسل أكثر؟ اتصل بالبلدية.
persoonlijk-plan-bestand-vol-zaak = لم نحفظ { $naam }. مجموع حجم الملفات في الطلب الواحد أو البلاغ الواحد لا يزيد عن { $mb } ميغابايت. أرسل ملفًا أصغر، أو اتصل بالبلدية.
persoonlijk-plan-bestand-vol-dag = لم نحفظ { $naam }. يمكنك أن ترسل في اليوم ملفات مجموع حجمها { $mb } ميغابايت. حاول مرة أخرى غدًا.
