## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = هل الأمر عاجل أو أنت غير آمن في البيت؟
info-spoed-gemeente = اتصل بالبلدية:
info-spoed-tijdelijk = هل الأمر عاجل؟ إذن ترتّب البلدية مساعدة مؤقتة خلال { $uren ->
        [zero] { $uren } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $uren } ساعات
        [many] { $uren } ساعةً
       *[other] { $uren } ساعة
    }.
info-spoed-veilig-thuis = اتصل بـ Veilig Thuis:
info-spoed-veilig-thuis-uitleg = ليلًا ونهارًا، ومجانًا. تساعد Veilig Thuis في حالات العنف في البيت وإساءة معاملة الأطفال.
info-spoed-112 = هل أنت في خطر؟ اتصل بالرقم 112.

info-telefoon = الهاتف
info-email = البريد الإلكتروني
info-website = الموقع الإلكتروني
info-postadres = العنوان البريدي
info-bezoekadres = عنوان الزيارة
info-openingstijden = أوقات العمل

info-toegankelijkheid-titel = سهولة الوصول
info-toegankelijkheid-intro = يجب أن يستطيع الجميع استخدام هذه البوابة. أيضًا إذا كان نظرك أو سمعك ضعيفًا، أو إذا كنت لا تستخدم الفأرة.
info-toegankelijkheid-doel-titel = ما هدفنا؟
info-toegankelijkheid-doel-regels = لدى الحكومة قواعد لمواقع إلكترونية يستطيع الجميع استخدامها. تُسمّى هذه القواعد WCAG.
info-toegankelijkheid-doel-niveau = نريد أن نلتزم بمعيار WCAG 2.2، المستوى AA. القانون يطلب WCAG 2.1، المستوى AA.
info-toegankelijkheid-doel-taal = نكتب بلغة هولندية بسيطة. ونشرح الكلمات الصعبة.
info-toegankelijkheid-test-titel = كيف اختبرنا البوابة؟
info-toegankelijkheid-test-automatisch = برنامج في المتصفح يفحص الصفحات. يبحث عن الأخطاء التي يستطيع الحاسوب أن يجدها.
info-toegankelijkheid-test-toetsenbord = نستخدم الصفحات بدون فأرة. نفعل كل شيء بلوحة المفاتيح فقط.
info-toegankelijkheid-test-scripts = البوابة لا تستخدم JavaScript. لذلك يعمل كل شيء أيضًا عندما يكون JavaScript متوقفًا.
info-toegankelijkheid-test-grenzen = الحاسوب لا يجد كل الأخطاء. لم يفحص خبير البوابة بالكامل بعد.
info-toegankelijkheid-melden-titel = هل هناك شيء لا يعمل جيدًا؟
info-toegankelijkheid-melden-tekst = أخبرنا بذلك. عندها نستطيع تحسينه.
info-toegankelijkheid-melden-wat = قل في أي صفحة كان ذلك. وما الذي لم يعمل جيدًا.
info-toegankelijkheid-melden-hulp = هل هناك شيء لا تنجح فيه؟ اتصل بالبلدية. عندها يرتّب موظف الأمر معك.

info-privacy-titel = الخصوصية
info-privacy-intro = في هذه البوابة تعطي بيانات عن نفسك. وأحيانًا أيضًا عن صحتك. هنا تقرأ ماذا تفعل البلدية بها.
info-privacy-verantwoordelijk = بلدية { $gemeente } مسؤولة عن بياناتك.
info-privacy-wat-titel = ما البيانات التي نحفظها ولماذا؟
info-privacy-wat-nodig = نطلب فقط ما هو ضروري لطلبك. وفقط في الوقت الذي يكون فيه ضروريًا.
info-privacy-wat-doel = نستخدم بياناتك لمعالجة طلبك. وليس لأي شيء آخر.
info-privacy-wat-gezondheid = البيانات عن صحتك حساسة بشكل خاص. قانون الخصوصية يحميها حماية إضافية. هذا مكتوب في المادة 9 من { $begrip }.
info-privacy-wat-toestemming = أحيانًا نطلب موافقتك. نحفظ متى أعطيتها. والنص الذي قرأته حينها.
info-privacy-wat-cijfers = تحسب البلدية عدد الطلبات. لا توجد أسماء في هذه الأرقام.
info-privacy-wie-titel = من يستطيع أن يرى بياناتك؟
info-privacy-wie-uzelf = أنت نفسك.
info-privacy-wie-gemachtigd = الأشخاص الذين تعطيهم الإذن. مثلًا شخص من عائلتك أو مرشد.
info-privacy-wie-medewerker = موظفو البلدية الذين لهم مهمة في طلبك.
info-privacy-wie-logboek = هل يطّلع أحد على بياناتك؟ إذن نكتب من كان ومتى. في «بوابتي» ترى ذلك بنفسك.
info-privacy-ontvangers-titel = من يحصل أيضًا على بياناتك؟
info-privacy-ontvangers-co = هل تطلب { $begrip }؟ إذن تحصل المنظمة التي تختارها على البيانات التي تحتاجها. تختار من بين:
info-privacy-ontvangers-svn = هل تطلب { $begrip }؟ إذن تحصل SVn على طلبك. SVn تعطي القرض باسم البلدية.
info-privacy-ontvangers-niet = الآخرون لا يحصلون على بياناتك. إلا إذا قال القانون ذلك.
info-privacy-grondslag-titel = لماذا يحق للبلدية أن تفعل هذا؟
info-privacy-grondslag-wmo = للمساعدة بموجب { $begrip }: يجب على البلدية أن تفعل ذلك. هذا مكتوب في المادة 5.1.1 من هذا القانون.
info-privacy-grondslag-blijverslening = من أجل { $begrip }: هذه مهمة من مهام البلدية. هذا مكتوب في المادة 6 من قانون الخصوصية (AVG).
info-privacy-grondslag-kindpakket = من أجل { $begrip }: هذه مهمة من مهام البلدية. هذا مكتوب في المادة 6 من قانون الخصوصية (AVG).
info-privacy-grondslag-uitdaagrecht = من أجل اقتراح بموجب { $begrip }: هذه مهمة من مهام البلدية. هذا مكتوب في المادة 6 من قانون الخصوصية (AVG).
info-privacy-bewaren-titel = كم من الوقت نحفظ بياناتك؟
info-privacy-bewaren-tekst = ليس أطول من اللازم. تتبع البلدية في ذلك قواعد الأرشيف.
info-privacy-bewaren-vragen = كم بالضبط؟ هذا يعتمد على المساعدة التي طلبتها. يمكنك أن تسأل البلدية عن ذلك.
info-privacy-bewaren-concept = { $dagen ->
    [zero] شيء بدأته ولم ترسله: { $dagen } يوم بعد آخر تغيير.
    [one] شيء بدأته ولم ترسله: يوم واحد بعد آخر تغيير.
    [two] شيء بدأته ولم ترسله: يومان بعد آخر تغيير.
    [few] شيء بدأته ولم ترسله: { $dagen } أيام بعد آخر تغيير.
    [many] شيء بدأته ولم ترسله: { $dagen } يومًا بعد آخر تغيير.
   *[other] شيء بدأته ولم ترسله: { $dagen } يوم بعد آخر تغيير.
} { $vooraf ->
    [zero] تصلك رسالة بالبريد الإلكتروني قبل ذلك بـ { $vooraf } يوم.
    [one] تصلك رسالة بالبريد الإلكتروني قبل ذلك بيوم واحد.
    [two] تصلك رسالة بالبريد الإلكتروني قبل ذلك بيومين.
    [few] تصلك رسالة بالبريد الإلكتروني قبل ذلك بـ { $vooraf } أيام.
    [many] تصلك رسالة بالبريد الإلكتروني قبل ذلك بـ { $vooraf } يومًا.
   *[other] تصلك رسالة بالبريد الإلكتروني قبل ذلك بـ { $vooraf } يوم.
}
info-privacy-bewaren-wmo = { $begrip } والمساعدة التي تليه: { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    } بعد انتهاء معاملتك.
info-privacy-bewaren-blijverslening = طلب قرض البقاء في المنزل: { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    } بعد انتهاء معاملتك.
info-privacy-bewaren-kindpakket = طلب Kindpakket: { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    } بعد انتهاء معاملتك.
info-privacy-bewaren-uitdaagrecht = اقتراح بموجب حق التحدي: { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    } بعد انتهاء المعاملة.
info-privacy-bewaren-mail = { $dagen ->
    [zero] رسالة بريد إلكتروني أرسلناها إليك: { $dagen } يوم.
    [one] رسالة بريد إلكتروني أرسلناها إليك: يوم واحد.
    [two] رسالة بريد إلكتروني أرسلناها إليك: يومان.
    [few] رسالة بريد إلكتروني أرسلناها إليك: { $dagen } أيام.
    [many] رسالة بريد إلكتروني أرسلناها إليك: { $dagen } يومًا.
   *[other] رسالة بريد إلكتروني أرسلناها إليك: { $dagen } يوم.
}
info-privacy-bewaren-logboek = من اطّلع على معاملتك: { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    }.
info-privacy-bewaren-bezwaar = هل ما زال هناك { $begrip } قيد النظر؟ أو قضية أمام القاضي؟ إذن نحفظ معاملتك ما دام ذلك ضروريًا.
info-privacy-bewaren-bronnen = من أين تأتي هذه المُدد؟
info-privacy-rechten-titel = ما حقوقك؟
info-privacy-recht-inzage = يحق لك أن ترى البيانات التي لدينا عنك.
info-privacy-recht-correctie = هل هناك شيء غير صحيح؟ إذن يحق لك أن تطلب تصحيحه.
info-privacy-recht-verwijdering = يحق لك أن تطلب مسح البيانات. هل يجب على البلدية أن تحفظها؟ إذن تشرح لك السبب.
info-privacy-recht-bezwaar = يحق لك أن تقول إنك لا توافق على طريقة استخدامنا لبياناتك.
info-privacy-recht-inzage-link = اطّلع على بياناتك
info-privacy-recht-correctie-link = اطلب تصحيحًا
info-privacy-recht-verwijdering-link = ألغِ حسابك
info-privacy-fg = لدى البلدية مسؤول حماية البيانات. هذا الشخص يراقب أن تتعامل البلدية مع بياناتك بشكل صحيح. البريد الإلكتروني:
info-privacy-fg-algemeen = لدى البلدية مسؤول حماية البيانات. هذا الشخص يراقب أن تتعامل البلدية مع بياناتك بشكل صحيح. راسل البلدية أو اتصل بها واسأل عن هذا الشخص.
info-privacy-rechten-hoe = هل تريد هذا؟ أرسل إذن رسالة بالبريد الإلكتروني أو اتصل بالبلدية.
info-privacy-mijn-gegevens = هل أنت مسجّل الدخول؟ تحت «بياناتي» ترى كل ما تحفظه البوابة عنك وتنزّله. وهناك تطلب أيضًا تصحيح شيء.
info-privacy-mijn-gegevens-link = إلى «بياناتي»
info-privacy-rechten-klacht = هل لا توافق على ما تفعله البلدية؟ إذن يمكنك تقديم شكوى إلى هيئة حماية البيانات الشخصية (Autoriteit Persoonsgegevens).
info-privacy-cookies-titel = ملفات تعريف الارتباط (cookies)
info-privacy-cookies-uitleg = ملف تعريف الارتباط هو ملف صغير. يحفظه متصفحك لهذا الموقع.
info-privacy-cookies-twee = هذه البوابة تستخدم فقط ملفي تعريف الارتباط هذين:
info-privacy-cookie-sessie = ملف تحتاجه البوابة لكي تعمل. مثلًا يتذكر أنك مسجّل الدخول.
info-privacy-cookie-taal = ملف يتذكر اللغة التي تختارها.
info-privacy-cookies-niet = نحن لا نتتبعك. لا نقيس ما تفعله على الموقع. ولا نعرض إعلانات.

info-contact-titel = اتصل بنا
info-contact-gemeente = بلدية { $gemeente }
info-contact-hulp = لا تستطيع استخدام الإنترنت؟ اتصل بنا أو تعال إلينا. سيساعدك موظف.
info-contact-clientondersteuning-titel = مساعدة مجانية في طلبك
info-contact-clientondersteuning-uitleg = هذه المنظمات تقدّم { $begrip } مجانًا. هي تساعدك في طلبك إلى البلدية. هي لا تقرر بشأن طلبك.
info-contact-clientondersteuning-link = اطلب الإرشاد
