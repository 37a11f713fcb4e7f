## Start page: what the portal is for, what residents can do here, and how to get help another way.

start-titel = المساعدة في السكن والمشاركة
start-intro-vraag = هل تحتاج إلى مساعدة لتبقى ساكنًا في بيتك؟ أو لتشارك مع الآخرين؟
start-intro-loket = إذن يمكنك هنا أن تطلب المساعدة من بلدية { $gemeente }.
start-intro-wet = هذه المساعدة مذكورة في قانون الدعم الاجتماعي (Wet maatschappelijke ondersteuning). يُسمّى هذا القانون أيضًا { $begrip }.

start-doen-titel = ماذا يمكنك أن تفعل هنا؟
start-doen-melding = أن تخبرنا بالمساعدة التي تحتاجها
start-doen-melding-uitleg = يُسمّى هذا بلاغًا. بعد ذلك تتحدث البلدية معك عن وضعك.
start-doen-plan = أن تسلّم خطتك الخاصة
start-doen-plan-uitleg = بعد بلاغك يمكنك أن تكتب بنفسك المساعدة التي تريدها. تفعل ذلك في «بوابتي».
start-doen-clientondersteuning = أن تطلب مساعدة مجانية من مرشد
start-doen-clientondersteuning-uitleg = المرشد يساعدك في طلبك إلى البلدية. هذا لا يكلّف شيئًا.
start-doen-termijnen = أن ترى كم تستغرق كل خطوة
start-doen-termijnen-uitleg = يجب على البلدية أن ترد في الوقت المحدد. هنا تقرأ كم من الوقت لديها.
start-doen-blijverslening = أن تطلب قرض البقاء في المنزل
start-doen-blijverslening-uitleg = هل تملك بيتك؟ بهذا القرض تعدّل البيت. هكذا يمكنك أن تبقى ساكنًا فيه.
start-doen-kindpakket = أن تطلب Kindpakket
start-doen-kindpakket-uitleg = للأطفال في العائلات ذات الدخل القليل. مثلًا للرياضة أو الموسيقى أو أغراض المدرسة.
start-doen-uitdaagrecht = أن تتولى مهمة من مهام البلدية
start-doen-uitdaagrecht-uitleg = هل تستطيع مع سكان آخرين أن تفعل شيئًا أفضل أو أرخص من البلدية؟ قدّم إذن اقتراحًا. ويمكنك أيضًا أن تقرأ اقتراحات الآخرين وتدعمها.
start-doen-volgen = أن تتابع طلبك
start-doen-volgen-uitleg = في «بوابتي» ترى ماذا يحدث لطلبك. ومتى ستسمع منا.

start-hulp-titel = مساعدة مجانية في طلبك
start-hulp-gratis = المرشد يساعدك مجانًا. لن تدفع مقابل ذلك أبدًا.
start-hulp-onafhankelijk = المرشد يقف إلى جانبك. هو أو هي لا يقرر بشأن طلبك.
start-hulp-wanneer = يمكنك دائمًا أن تطلب هذه المساعدة. أيضًا قبل بلاغك، أو إذا كنت تعتني بشخص آخر.
start-hulp-link = اطلب مرشدًا

start-plan-titel = يحق لك أن تكتب خطة بنفسك
start-plan-tekst = في خطتك تكتب ما تريد أن تحققه. والمساعدة التي تظن أنك تحتاجها.
start-plan-termijn = يمكنك تسليم خطتك حتى مرور { $dagen ->
        [zero] { $dagen } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } على بلاغك.
start-plan-gesprek = تتحدث البلدية معك عن خطتك. كتابة الخطة ليست واجبة.


start-inloggen-titel = تسجيل الدخول
start-inloggen-tekst = هل تريد أن تطلب مساعدة أو أن تتابع طلبك؟ سجّل الدخول أولًا.
start-inloggen-link = تسجيل الدخول
start-ingelogd-tekst = أنت مسجّل الدخول.
start-ingelogd-link = إلى «بوابتي»

start-anders-titel = تفضّل الاتصال أو الكتابة أو الزيارة؟
start-anders-tekst = لا تستطيع استخدام الإنترنت؟ إذن تساعدك البلدية بطريقة أخرى.
start-anders-bellen = اتصل بالبلدية:
start-anders-iemand = يمكنك أيضًا أن تطلب من شخص أن يساعدك. مثلًا شخص من عائلتك أو مرشد.
start-anders-contact = كل بيانات الاتصال
