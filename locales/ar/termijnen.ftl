## "Termijnen berekenen": a resident or helper enters what happened and when, and sees by when each next step
## is due. Dates are formatted in Rust ("dinsdag 8 december 2026").

termijnen-titel = حساب المُهَل
termijnen-intro = أدخل ما حدث وفي أي يوم. عندها ترى حتى متى يجب عليك أو على البلدية أن تفعل شيئًا.
termijnen-intro-leeg = لا تحتاج إلى إدخال كل شيء. أدخل فقط ما تعرفه.

termijnen-melding-label = متى طلبت المساعدة من البلدية؟
termijnen-melding-hint = هذا هو اليوم الذي وصل فيه طلبك إلى البلدية. مثلًا 15 3 2026
termijnen-melding-hint-gesprek = في { $gemeente } هذا هو يوم محادثتك الأولى مع البلدية. مثلًا 15 3 2026
termijnen-aanvraag-label = متى وصل طلبك إلى البلدية؟
termijnen-aanvraag-hint = مثلًا 15 3 2026
termijnen-besluit-label = متى أرسلت إليك البلدية القرار؟
termijnen-besluit-hint = هذا التاريخ مكتوب على الرسالة. مثلًا 15 3 2026
termijnen-knop = احسب المُهَل
termijnen-datum-onvolledig = أدخل اليوم والشهر والسنة.
termijnen-datum-bestaat-niet = هذا التاريخ غير موجود. أدخل تاريخًا مثل 15 3 2026.

termijnen-uitkomst-titel = هذه هي مُهَلك
termijnen-vandaag = اليوم هو { $datum }.
termijnen-loopt = ما زالت سارية
termijnen-voorbij = انتهت
termijnen-verlengd = في البداية كان آخر يوم هو { $datum }. هذا اليوم يقع في عطلة نهاية الأسبوع أو في يوم عطلة رسمية. لذلك تصبح المهلة أطول.
termijnen-delen = هل تريد حفظ هذا أو إرساله إلى شخص ما؟ انسخ إذن عنوان هذه الصفحة. تواريخك موجودة فيه.

termijnen-plan-titel = خطتك الخاصة
termijnen-plan-tekst = يحق لك أن تسلّم { $begrip } حتى { $datum } ضمنًا. لديك لذلك { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } بعد بلاغك.
termijnen-plan-voorbij = ومع ذلك يمكنك أن تأخذ خطتك معك إلى المحادثة مع البلدية.
termijnen-onderzoek-titel = المحادثة مع البلدية
termijnen-onderzoek-tekst = يجب على البلدية أن تتحدث معك عن وضعك. يُسمّى هذا { $begrip }. يجب أن ينتهي في موعد أقصاه { $datum }. أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من بلاغك.
termijnen-onderzoek-te-laat = هل لم تنتهِ المحادثة بعد؟ إذن البلدية متأخرة. يحق لك عندها أن تطلب المساعدة بنفسك فورًا.
termijnen-besluit-titel = القرار بشأن طلبك
termijnen-besluit-tekst = يجب على البلدية أن ترسل إليك { $begrip } في { $datum } أو قبل ذلك. أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من طلبك.
termijnen-besluit-te-laat = هل لم يصلك قرار بعد؟ إذن البلدية متأخرة. أرسل إذن رسالة إلى البلدية. يُسمّى هذا { $begrip }.
termijnen-dwangsom = هل ما زالت البلدية لم تقرر بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من وصول رسالتك إليها؟ إذن يجب عليها أن تدفع لك مالًا. يُسمّى هذا { $begrip }. يبدأ بمبلغ { $eerste } في اليوم. والمجموع { $maximum } على الأكثر.
termijnen-bezwaar-titel = تقديم اعتراض
termijnen-bezwaar-tekst = هل لا توافق على القرار؟ إذن يمكنك تقديم { $begrip } حتى { $datum } ضمنًا. أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من اليوم الذي أرسلت فيه البلدية القرار.
termijnen-bezwaar-voorbij = هل تأخرت لسبب وجيه؟ مثلًا لأنك كنت في المستشفى؟ أرسل اعتراضك مع ذلك. واكتب معه لماذا تأخرت.
termijnen-beslissing-bezwaar-titel = القرار بشأن اعتراضك
termijnen-beslissing-bezwaar-tekst = هل تقدّم { $begrip }؟ إذن يجب على البلدية أن تقرر في موعد أقصاه { $datum }. أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من آخر يوم لتقديم الاعتراض.
termijnen-beslissing-bezwaar-commissie = في { $gemeente } تناقش لجنة كل اعتراض. لذلك يستغرق الأمر { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }.
termijnen-beslissing-bezwaar-zonder = هل تجعل البلدية لجنةً تنظر في اعتراضك؟ إذن يستغرق الأمر { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }: حتى { $datum } ضمنًا.
termijnen-beslissing-bezwaar-later = يحق للبلدية أن تؤجل هذا التاريخ مرة واحدة { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }. يجب عليها عندها أن تكتب لك ذلك قبل هذا التاريخ.

termijnen-regels-titel = كيف نحسب؟
termijnen-regels-wet = المُهَل مذكورة في القانون. كل مهلة تبدأ في اليوم التالي لما حدث.
termijnen-regels-vrij = هل آخر يوم هو يوم سبت أو أحد أو عطلة رسمية؟ إذن يجوز ذلك أيضًا في أول يوم عمل بعده.
termijnen-kan-veranderen = قد يتغير هذا التاريخ. أيام العطل في سنة { $jaar } لم تُحدَّد بعد.
