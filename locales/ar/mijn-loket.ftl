## Mijn loket: the signed-in resident's own page.

mijn-loket-titel = بوابتي
mijn-loket-ingelogd-als = أنت مسجّل الدخول باسم { $email }.
mijn-loket-mijn-gegevens = بياناتي: الاطلاع عليها أو تنزيلها أو طلب تصحيحها
mijn-loket-zaken-titel = معاملاتك
mijn-loket-zaken-titel-namens = معاملات { $naam }
mijn-loket-geen-zaken = ليس لديك أي معاملة لدينا بعد. تبدأ المعاملة عندما تطلب شيئًا أو تقدّم بلاغًا.
mijn-loket-geen-zaken-namens = ليس لدى { $naam } أي معاملة لدينا بعد.
mijn-loket-starten-titel = ماذا تريد أن تفعل؟
mijn-loket-start-melding = طلب المساعدة في السكن أو الرعاية أو المشاركة
mijn-loket-start-melding-uitleg = يُسمّى هذا { $begrip }. بعد ذلك تتحدث البلدية معك عمّا تحتاجه.
mijn-loket-start-clientondersteuning = طلب مساعدة مجانية من مرشد
mijn-loket-start-clientondersteuning-uitleg = المرشد يساعدك مجانًا. هو أو هي لا يقرر بشأن طلبك.
mijn-loket-start-blijverslening = اقتراض مال لتعديل بيتك
mijn-loket-start-blijverslening-uitleg = يُسمّى هذا { $begrip }. به يمكنك أن تبقى ساكنًا في بيتك.
mijn-loket-start-kindpakket = طلب Kindpakket
mijn-loket-start-kindpakket-uitleg = للرياضة والثقافة والمدرسة للأطفال في العائلات ذات الدخل القليل.
mijn-loket-start-uitdaagrecht = تولّي مهمة من مهام البلدية
mijn-loket-start-uitdaagrecht-uitleg = من خلال { $begrip } تقدّم مع سكان آخرين اقتراحًا إلى البلدية.
mijn-loket-start-termijnen = حساب الموعد الذي يجب أن ترد فيه البلدية
mijn-loket-start-termijnen-uitleg = هكذا تعرف حتى متى يجب أن تنتظر.
mijn-loket-start-vertegenwoordiger = أنا ممثل قانوني
mijn-loket-start-vertegenwoordiger-uitleg = هل أنت قيّم (curator)، أو وصي شخصي (mentor)، أو مدير أموال (bewindvoerder)، أو وصي (voogd)، أو والد له السلطة الأبوية؟ أرسل إذن الإثبات.

mijn-loket-melding-concept-titel = طلب مساعدة
mijn-loket-concept = لم يُرسَل بعد
mijn-loket-concept-begonnen = بدأت في { $datum }.
mijn-loket-concept-code = رمزك للمتابعة: { $code }
mijn-loket-concept-verder = تابع هذا الطلب
mijn-loket-melding-titel = طلب مساعدة { $referentie }
mijn-loket-ontvangen = تم الاستلام
mijn-loket-ontvangen-op = وصل هذا الطلب إلى البلدية في { $datum }.
mijn-loket-volgende-plan = يمكنك تسليم خطتك الخاصة حتى { $datum } ضمنًا.
mijn-loket-volgende-gesprek = تتحدث البلدية معك في موعد أقصاه { $datum }.
mijn-loket-volgende-plan-namens = يمكن لـ { $naam } تسليم خطة خاصة حتى { $datum } ضمنًا.
mijn-loket-volgende-gesprek-namens = تتحدث البلدية مع { $naam } في موعد أقصاه { $datum }.
mijn-loket-melding-bekijk = اطّلع على هذا الطلب
mijn-loket-concept-versturen = راجع إجاباتك وأرسلها
mijn-loket-concept-later = كيف تتابع لاحقًا؟
mijn-loket-melding-plan = اكتب خطتك الخاصة أو أرسلها
mijn-loket-melding-plan-bekijk = اطّلع على خطتك الخاصة
mijn-loket-melding-plan-namens = اكتب الخطة الخاصة لـ { $naam } أو أرسلها
mijn-loket-melding-plan-bekijk-namens = اطّلع على الخطة الخاصة لـ { $naam }
mijn-loket-co-titel = مساعدة مجانية من مرشد { $referentie }
mijn-loket-co-verstuurd = طلبت هذه المساعدة في { $datum }.
mijn-loket-co-organisatie = ستتواصل معك { $organisatie }.
mijn-loket-co-gemeente-kiest = البلدية تختار من يساعدك. بعد ذلك يتواصل معك هذا الشخص.
mijn-loket-co-bekijk = اطّلع على هذا الطلب
mijn-loket-titel-namens = بوابة { $naam }
mijn-loket-namens-uitleg = أنت تعمل باسم { $naam }. ترى هنا معاملات { $naam }.
mijn-loket-hulp-titel = مساعدة من الآخرين
mijn-loket-hulp-uitleg = يجوز لشخص آخر أن يساعدك إذا أعطيته { $begrip }. أنت تختار ما يجوز لهذا الشخص أن يفعله.
mijn-loket-hulp-machtigingen = الاطلاع على التفويضات أو تفويض شخص ما
mijn-loket-hulp-namens = العمل باسم شخص تساعده
mijn-loket-hulp-terug-zelf = الرجوع إلى بوابتك الخاصة
mijn-loket-account-titel = حسابك
mijn-loket-account-link = إلغاء حسابك
mijn-loket-account-wissen-titel = إلغاء حسابك
mijn-loket-account-geen-zaken = ليس لديك أي معاملة لدى البلدية.
mijn-loket-account-wissen-uitleg = هل تلغي حسابك؟ إذن نمسح كل ما يخصك من البوابة. ويشمل ذلك مسوداتك ورسائلك الإلكترونية. لا يمكننا التراجع عن ذلك.
mijn-loket-account-wissen-vraag = هل تريد إلغاء حسابك؟
mijn-loket-account-sluiten-titel = إغلاق حسابك
mijn-loket-account-zaken = { $aantal ->
    [zero] لديك { $aantal } معاملة لدى البلدية.
    [one] لديك معاملة واحدة لدى البلدية.
    [two] لديك معاملتان لدى البلدية.
    [few] لديك { $aantal } معاملات لدى البلدية.
    [many] لديك { $aantal } معاملةً لدى البلدية.
   *[other] لديك { $aantal } معاملة لدى البلدية.
}
mijn-loket-account-bewaren = يجب على البلدية أن تحفظ معاملاتك لبعض الوقت. هذا ما يقوله القانون. لذلك لا يمكننا مسح حسابك الآن.
mijn-loket-account-termijnen = اقرأ كم من الوقت تحفظ البلدية معاملاتك
mijn-loket-account-sluiten-uitleg = لكن يمكنك إغلاق حسابك. عندها لا يمكنك طلب شيء جديد. لكن يمكنك أن تطّلع على معاملاتك. ويمكنك أن تفتح حسابك مرة أخرى لاحقًا.
mijn-loket-account-sluiten-vraag = هل تريد إغلاق حسابك؟
mijn-loket-account-gesloten-sinds = أغلقت حسابك في { $datum }. لا يمكنك طلب شيء جديد.
mijn-loket-account-openen-titel = فتح حسابك مرة أخرى
mijn-loket-account-openen-uitleg = هل تفتح حسابك مرة أخرى؟ إذن يمكنك أن تطلب شيئًا من جديد.
mijn-loket-account-openen-vraag = هل تريد فتح حسابك مرة أخرى؟
mijn-loket-account-openen-link = فتح حسابك مرة أخرى
mijn-loket-account-ja = نعم
mijn-loket-account-nee = لا
mijn-loket-account-knop = متابعة
mijn-loket-account-fout-kies = اختر نعم أو لا.
mijn-loket-adres-opgeven = أدخل عنوان بريدك الإلكتروني. عندها تصلك رسالة إذا تغيّر شيء.
