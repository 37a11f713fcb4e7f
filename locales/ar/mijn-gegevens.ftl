## Mijn gegevens: everything the portal holds about the signed-in person, the archive to download, what they
## change themselves, and the request to correct the rest (AVG art. 15 and 16).

mijn-gegevens-titel = بياناتي
mijn-gegevens-terug = الرجوع إلى «بوابتي»
mijn-gegevens-intro = هنا ترى البيانات التي تحفظها البوابة عنك. يمكنك تنزيل كل شيء. هل هناك شيء غير صحيح؟ إذن يمكنك أن تطلب تصحيحه.
mijn-gegevens-intro-recht = هذا حقك. وهو مكتوب في { $begrip }.
mijn-gegevens-klaar-account = عدّلنا بياناتك.
mijn-gegevens-klaar-correctie = استلمنا طلبك. سيصلك رد من البلدية.

mijn-gegevens-download-titel = تنزيل كل شيء
mijn-gegevens-download-uitleg = تحصل على ملف zip واحد فيه كل بياناتك ومستنداتك. في الملف LEESMIJ.txt مكتوب ما هو كل جزء.
mijn-gegevens-download-bewaren = احفظ الملف في مكان آمن. فيه بيانات عن صحتك وأموالك.
mijn-gegevens-download-knop = تنزيل بياناتي
mijn-gegevens-download-laatst = نزّلت بياناتك في { $datum }.

mijn-gegevens-account-titel = حسابك
mijn-gegevens-account-email = عنوان البريد الإلكتروني
mijn-gegevens-account-naam = الاسم
mijn-gegevens-account-taal = لغة رسائلك الإلكترونية
mijn-gegevens-account-sinds = الحساب موجود منذ
mijn-gegevens-account-bsn = رقم خدمة المواطن (BSN)
mijn-gegevens-bsn-bekend = معروف: { $bsn }
mijn-gegevens-account-sessies = مسجّل الدخول الآن
mijn-gegevens-sessies-aantal = { $aantal ->
        [zero] على { $aantal } جهاز
        [one] على جهاز واحد
        [two] على جهازين
        [few] على { $aantal } أجهزة
        [many] على { $aantal } جهازًا
       *[other] على { $aantal } جهاز
    }
mijn-gegevens-niet-bekend = غير معروف
mijn-gegevens-taal-nl = الهولندية (Nederlands)
mijn-gegevens-taal-en = الإنجليزية (English)
mijn-gegevens-taal-tr = التركية (Türkçe)
mijn-gegevens-taal-ar = العربية
mijn-gegevens-taal-pl = البولندية (Polski)
mijn-gegevens-taal-uk = الأوكرانية (Українська)
mijn-gegevens-zelf-titel = التعديل بنفسك
mijn-gegevens-zelf-naam = اسمك
mijn-gegevens-zelf-naam-hint = الأشخاص الذين يساعدونك يرون هذا الاسم. يجوز لك أن تترك الحقل فارغًا. استخدم { $aantal ->
        [zero] { $aantal } حرف على الأكثر.
        [one] حرفًا واحدًا على الأكثر.
        [two] حرفين على الأكثر.
        [few] { $aantal } أحرف على الأكثر.
        [many] { $aantal } حرفًا على الأكثر.
       *[other] { $aantal } حرف على الأكثر.
    }
mijn-gegevens-zelf-taal = بأي لغة تريد أن تصلك الرسائل الإلكترونية؟
mijn-gegevens-zelf-knop = حفظ
mijn-gegevens-adres-opgeven = أدخل عنوان بريد إلكتروني. عندها تصلك رسالة إذا تغيّر شيء.
mijn-gegevens-adres-wijzigen = بعنوان البريد الإلكتروني هذا تسجّل الدخول. هل تريد عنوانًا آخر؟ اتصل إذن بالبلدية على الرقم { $telefoon }. أو راسل { $email }.

mijn-gegevens-zaken-titel = { $aantal ->
        [zero] معاملاتك ({ $aantal })
        [one] معاملتك (1)
        [two] معاملتاك ({ $aantal })
        [few] معاملاتك ({ $aantal })
        [many] معاملاتك ({ $aantal })
       *[other] معاملاتك ({ $aantal })
    }
mijn-gegevens-zaken-geen = ليس لديك أي معاملة لدى البلدية بعد.
mijn-gegevens-zaak-stand = أُرسلت في { $datum }. الآن: { $fase }. { $aantal ->
        [zero] عدد الخطوات: { $aantal }.
        [one] توجد خطوة واحدة.
        [two] توجد خطوتان.
        [few] توجد { $aantal } خطوات.
        [many] توجد { $aantal } خطوةً.
       *[other] توجد { $aantal } خطوة.
    }
mijn-gegevens-zaak-plan = سلّمت أيضًا خطة خاصة.
mijn-gegevens-zaak-bekijken = اطّلع على هذه المعاملة
mijn-gegevens-zaak-correctie = اطلب تصحيح شيء في هذه المعاملة
mijn-gegevens-fase-ontvangen = تم الاستلام
mijn-gegevens-fase-gesprek-gepland = تم تحديد موعد المحادثة
mijn-gegevens-fase-onderzocht = تمت المحادثة
mijn-gegevens-fase-verslag-verstuurd = تم إرسال التقرير
mijn-gegevens-fase-aanvraag-ontvangen = تم استلام الطلب
mijn-gegevens-fase-besloten = صدر القرار
mijn-gegevens-fase-gesloten = مغلقة
mijn-gegevens-regeling-wmo = بلاغ
mijn-gegevens-regeling-blijverslening = قرض البقاء في المنزل
mijn-gegevens-regeling-kindpakket = Kindpakket
mijn-gegevens-regeling-uitdaagrecht = اقتراح

mijn-gegevens-concepten-titel = لم يُرسَل بعد وطلبات أخرى ({ $aantal })
mijn-gegevens-concepten-geen = لم يعد لديك شيء لم ترسله بعد.
mijn-gegevens-concept-melding = بلاغ، لم يُرسَل بعد. بدأت في { $datum }.
mijn-gegevens-concept-blijverslening = قرض البقاء في المنزل، لم يُرسَل بعد. بدأت في { $datum }.
mijn-gegevens-concept-kindpakket = Kindpakket، لم يُرسَل بعد. بدأت في { $datum }.
mijn-gegevens-clientondersteuning = طلب إرشاد { $referentie }، بتاريخ { $datum }

mijn-gegevens-documenten-titel = المستندات ({ $aantal })
mijn-gegevens-documenten-geen = البوابة لا تحفظ أي مستندات لك.
mijn-gegevens-documenten-uitleg = هذه هي الأحدث. في التنزيل تجدها كلها، كما أرسلتها أنت أو البلدية.
mijn-gegevens-bewijs = { $naam }، الإثبات المرفق بتفويض
mijn-gegevens-meer = { $aantal ->
        [zero] و{ $aantal } مستند آخر. تجده في التنزيل.
        [one] ومستند واحد آخر. تجده في التنزيل.
        [two] ومستندان آخران. تجدهما في التنزيل.
        [few] و{ $aantal } مستندات أخرى. تجدها في التنزيل.
        [many] و{ $aantal } مستندًا آخر. تجدها في التنزيل.
       *[other] و{ $aantal } مستند آخر. تجدها في التنزيل.
    }

mijn-gegevens-machtigingen-titel = التفويضات ({ $aantal })
mijn-gegevens-machtigingen-gegeven = { $aantal ->
        [zero] أعطيت { $aantal } إذن لمساعدتك.
        [one] أعطيت إذنًا واحدًا لمساعدتك.
        [two] أعطيت إذنين لمساعدتك.
        [few] أعطيت { $aantal } أذونات لمساعدتك.
        [many] أعطيت { $aantal } إذنًا لمساعدتك.
       *[other] أعطيت { $aantal } إذن لمساعدتك.
    }
mijn-gegevens-machtiging-aan = { $naam }، منذ { $datum }
mijn-gegevens-machtigingen-gekregen = { $aantal ->
        [zero] حصلت على { $aantal } إذن لمساعدة شخص آخر.
        [one] حصلت على إذن واحد لمساعدة شخص آخر.
        [two] حصلت على إذنين لمساعدة أشخاص آخرين.
        [few] حصلت على { $aantal } أذونات لمساعدة أشخاص آخرين.
        [many] حصلت على { $aantal } إذنًا لمساعدة أشخاص آخرين.
       *[other] حصلت على { $aantal } إذن لمساعدة أشخاص آخرين.
    }
mijn-gegevens-machtiging-van = { $naam }، منذ { $datum }
mijn-gegevens-machtigingen-link = اطّلع على تفويضاتك أو غيّرها

mijn-gegevens-initiatieven-titel = المبادرات ({ $aantal })
mijn-gegevens-voorstellen = { $aantal ->
        [zero] { $aantal } اقتراح
        [one] اقتراح واحد
        [two] اقتراحان
        [few] { $aantal } اقتراحات
        [many] { $aantal } اقتراحًا
       *[other] { $aantal } اقتراح
    }
mijn-gegevens-steun = { $aantal ->
        [zero] أنت تدعم { $aantal } اقتراح من اقتراحات سكان آخرين.
        [one] أنت تدعم اقتراحًا واحدًا من سكان آخرين.
        [two] أنت تدعم اقتراحين من سكان آخرين.
        [few] أنت تدعم { $aantal } اقتراحات من سكان آخرين.
        [many] أنت تدعم { $aantal } اقتراحًا من سكان آخرين.
       *[other] أنت تدعم { $aantal } اقتراح من سكان آخرين.
    }

mijn-gegevens-toegang-titel = من اطّلع على معاملاتك ({ $aantal })
mijn-gegevens-toegang-niemand = لم يطّلع أحد غيرك على معاملاتك.
mijn-gegevens-toegang-regel = { $moment }: { $naam }، المعاملة { $referentie }
mijn-gegevens-toegang-regel-kort = { $moment }: { $naam }
mijn-gegevens-rol-helper = شخص يساعدك
mijn-gegevens-rol-medewerker = موظف في البلدية

mijn-gegevens-mails-titel = الرسائل الإلكترونية المُرسلة إليك ({ $aantal })
mijn-gegevens-mails-uitleg = تحفظ البوابة الرسالة الإلكترونية حتى 7 أيام بعد إرسالها.

mijn-gegevens-verzoeken-titel = ما فعلته هنا ({ $aantal })
mijn-gegevens-verzoeken-geen = لم تنزّل بياناتك بعد. ولم تطلب تصحيح أي شيء بعد.
mijn-gegevens-gedownload = { $moment }: نزّلت بياناتك ({ $kb } كيلوبايت).
mijn-gegevens-correctie-zaak = { $datum }: طلبت تصحيح شيء في المعاملة { $referentie }.
mijn-gegevens-correctie-account = { $datum }: طلبت تصحيح شيء في حسابك. وصل طلبك إلى البلدية بالبريد الإلكتروني.

mijn-gegevens-klopt-niet-titel = هل هناك شيء غير صحيح؟
mijn-gegevens-klopt-niet-uitleg = اسمك ولغة رسائلك تعدّلهما بنفسك في الأعلى. ما سجّلته البلدية لا يمكنك تغييره بنفسك. اطلب إذن من البلدية أن تصحّحه.
mijn-gegevens-klopt-niet-link = اطلب تصحيح شيء

mijn-gegevens-correctie-titel = اطلب تصحيح شيء
mijn-gegevens-correctie-terug = الرجوع إلى «بياناتي»
mijn-gegevens-correctie-intro = هل هناك شيء غير صحيح في بياناتك؟ أخبرنا بما هو غير صحيح. سينظر فيه موظف ويرد عليك.
mijn-gegevens-correctie-zelf = هل يتعلق الأمر بطلب لم ترسله بعد؟ يمكنك أن تغيّره بنفسك.
mijn-gegevens-correctie-over = بأي بيانات يتعلق الأمر؟
mijn-gegevens-correctie-over-account = حسابي أو شيء آخر
mijn-gegevens-correctie-over-account-hint = مثلًا عنوان بريدك الإلكتروني. يصل طلبك إلى البلدية بالبريد الإلكتروني.
mijn-gegevens-correctie-wat = ما غير الصحيح؟
mijn-gegevens-correctie-wat-hint = اكتب ما هو مكتوب الآن وأين.
mijn-gegevens-correctie-moet-zijn = ماذا يجب أن يكون مكتوبًا؟
mijn-gegevens-correctie-moet-zijn-hint = لا تعرف؟ اترك هذا الحقل فارغًا إذن.
mijn-gegevens-correctie-knop = إرسال الطلب

mijn-gegevens-fout-naam-te-lang = اسمك طويل جدًا. استخدم { $aantal ->
        [zero] { $aantal } حرف على الأكثر.
        [one] حرفًا واحدًا على الأكثر.
        [two] حرفين على الأكثر.
        [few] { $aantal } أحرف على الأكثر.
        [many] { $aantal } حرفًا على الأكثر.
       *[other] { $aantal } حرف على الأكثر.
    }
mijn-gegevens-fout-taal = اختر لغة رسائلك الإلكترونية.
mijn-gegevens-fout-over = اختر البيانات التي يتعلق بها طلبك.
mijn-gegevens-fout-wat = اكتب ما هو غير صحيح.
mijn-gegevens-fout-te-lang = نصّك طويل جدًا. استخدم { $aantal ->
        [zero] { $aantal } حرف على الأكثر.
        [one] حرفًا واحدًا على الأكثر.
        [two] حرفين على الأكثر.
        [few] { $aantal } أحرف على الأكثر.
        [many] { $aantal } حرفًا على الأكثر.
       *[other] { $aantal } حرف على الأكثر.
    }

# The mail about a request outside a case, to the municipality's address (always in Dutch).
mijn-gegevens-mail-gemeente-onderwerp = طلب تصحيح بيانات (AVG المادة 16)
mijn-gegevens-mail-gemeente-aanhef = الزميل العزيز، الزميلة العزيزة،
mijn-gegevens-mail-gemeente-tekst = أحد السكان يطلب عبر البوابة تصحيح بيانات. الطلب لا يتعلق بمعاملة.
mijn-gegevens-mail-gemeente-adres = عنوان البريد الإلكتروني للمقيم: { $email }
mijn-gegevens-mail-gemeente-naam = اسم المقيم: { $naam }
mijn-gegevens-mail-gemeente-wat = ما غير الصحيح: { $tekst }
mijn-gegevens-mail-gemeente-moet-zijn = ماذا يجب أن يكون مكتوبًا: { $tekst }
mijn-gegevens-mail-gemeente-termijn = أعطِ المقيم ردًا خلال شهر. هذا مكتوب في AVG، المادة 12.

# LEESMIJ.txt in the archive: in Dutch, then in English.
mijn-gegevens-leesmij-titel = بياناتك في بوابة بلدية { $gemeente }
mijn-gegevens-leesmij-gemaakt = أنشأت البوابة هذا الملف في { $moment }.
mijn-gegevens-leesmij-uitleg = هنا كل ما تحفظه البوابة عنك. كل جزء موجود في ملف خاص به.
mijn-gegevens-leesmij-json = الملفات التي تنتهي بـ .json هي نصوص. تفتحها ببرنامج لتحرير النصوص.
mijn-gegevens-leesmij-bsn = احفظ هذا الملف جيدًا. فيه رقم خدمة المواطن الخاص بك إذا كانت البوابة تعرفه.
mijn-gegevens-leesmij-account = حسابك: عنوان البريد الإلكتروني والاسم واللغة ومتى سجّلت الدخول.
mijn-gegevens-leesmij-meldingen = بلاغاتك، ومنها التي لم ترسلها بعد.
mijn-gegevens-leesmij-plannen = خططك الخاصة المرفقة ببلاغ.
mijn-gegevens-leesmij-clientondersteuning = طلباتك للإرشاد المجاني.
mijn-gegevens-leesmij-zaken = معاملاتك مع كل الخطوات. ومنها اعتراضك أيضًا.
mijn-gegevens-leesmij-blijverslening = طلباتك لقرض البقاء في المنزل، مع المالكين الآخرين.
mijn-gegevens-leesmij-kindpakket = طلباتك لـ Kindpakket، مع الأطفال والقرارات.
mijn-gegevens-leesmij-uitdaagrecht = مبادراتك مع اقتراحاتها، والاقتراحات التي تدعمها.
mijn-gegevens-leesmij-machtigingen = من يجوز له أن يساعدك، ومن تساعده أنت.
mijn-gegevens-leesmij-toegangslog = من اطّلع على معاملاتك أو غيّرها، ومتى.
mijn-gegevens-leesmij-documenten = قائمة بمستنداتك، مع مكان كل ملف.
mijn-gegevens-leesmij-mails = الرسائل الإلكترونية التي أرسلتها إليك البوابة. تحفظها البوابة حتى 7 أيام بعد الإرسال.
mijn-gegevens-leesmij-log = متى نزّلت بياناتك أو طلبت تصحيح شيء.
mijn-gegevens-leesmij-map = مستنداتك، كما أرسلتها أنت أو البلدية.
mijn-gegevens-leesmij-te-groot = { $aantal ->
        [zero] { $aantal } مستند لا يتسع له هذا الملف. اطلب من البلدية أن ترسلها بطريقة أخرى.
        [one] مستند واحد لا يتسع له هذا الملف. اطلب من البلدية أن ترسله بطريقة أخرى.
        [two] مستندان لا يتسع لهما هذا الملف. اطلب من البلدية أن ترسلهما بطريقة أخرى.
        [few] { $aantal } مستندات لا يتسع لها هذا الملف. اطلب من البلدية أن ترسلها بطريقة أخرى.
        [many] { $aantal } مستندًا لا يتسع لها هذا الملف. اطلب من البلدية أن ترسلها بطريقة أخرى.
       *[other] { $aantal } مستند لا يتسع لها هذا الملف. اطلب من البلدية أن ترسلها بطريقة أخرى.
    }
mijn-gegevens-leesmij-vragen = هل ينقصك شيء؟ أو هل هناك شيء غير صحيح؟ تواصل إذن مع البلدية.
