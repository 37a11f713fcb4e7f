## The blijverslening: the public page, the check, the application, the case page and the co-owner's answer.

blijverslening-uitleg-titel = قرض البقاء في المنزل: اقتراض مال لتعديل بيتك
blijverslening-uitleg-intro = هل تملك بيتك؟ وهل تريد أن تبقى ساكنًا فيه؟ إذن ربما يمكنك الحصول على { $begrip }.
blijverslening-uitleg-svn = SVn هي التي تعطي القرض. SVn هو Stimuleringsfonds Volkshuisvesting. تتحقق SVn أيضًا هل تستطيع سداد القرض. يُسمّى هذا فحص الائتمان.
blijverslening-uitleg-wie-titel = لمن القرض؟
blijverslening-uitleg-wie-eigenaar = أنت مالك البيت. وتسكن فيه بنفسك.
blijverslening-uitleg-wie-samen = هل للبيت مالكون آخرون؟ إذن تطلبون القرض معًا.
blijverslening-uitleg-wie-reden = تعدّل البيت لأنك تحتاج إلى رعاية. أو لأنك تتوقع ذلك لاحقًا. أو تجعل البيت مناسبًا لك عندما تكبر في السن.
blijverslening-uitleg-wie-vooraf = اطلب القرض قبل انتهاء العمل. لا تحصل على قرض لعمل انتهى بالفعل.
blijverslening-uitleg-soorten-titel = ما أنواع القروض؟
blijverslening-uitleg-consumptief = قرض شخصي: من { $minimum } إلى { $maximum }. الفائدة ثابتة لمدة 10 سنوات. عمر مقدّم طلب واحد على الأقل دون { $jaren }.
blijverslening-uitleg-hypothecair = قرض بضمان بيتك: من { $minimum } إلى { $maximum }. الفائدة ثابتة لمدة 10 أو 20 سنة.
blijverslening-uitleg-doen-titel = ماذا يمكنك أن تفعل؟
blijverslening-uitleg-check = انظر أولًا هل يمكنك على الأرجح الحصول على القرض. لا تحتاج لذلك إلى تسجيل الدخول. نحن لا نحفظ شيئًا.
blijverslening-uitleg-check-knop = هل يمكنني الحصول على هذا؟
blijverslening-uitleg-aanvragen = هل تريد طلب القرض؟ إذن تسجّل الدخول. يمكنك أيضًا أن تطلب من شخص أن يساعدك.
blijverslening-uitleg-aanvragen-knop = طلب القرض
blijverslening-budget-over = ما زال هذه السنة { $over } متبقيًا للقروض الجديدة.
blijverslening-bron = القاعدة: { $bron }

blijverslening-ja = نعم
blijverslening-nee = لا

blijverslening-check-titel = هل يمكنني الحصول على قرض البقاء في المنزل؟
blijverslening-check-intro = أجب عن الأسئلة. عندها ترى هل يمكنك على الأرجح الحصول على { $begrip }. يجوز لك تخطي أسئلة.
blijverslening-check-niets-bewaard = نحن لا نحفظ إجاباتك.
blijverslening-check-eigenaar = هل أنت مالك البيت؟
blijverslening-check-bewoner = هل تسكن في البيت بنفسك؟
blijverslening-check-alle = هل يطلب كل المالكين القرض معًا؟
blijverslening-check-alle-hint = مثلًا أنت وشريكك، إذا كان البيت ملككما معًا.
blijverslening-check-geboren-legend = متى وُلد مقدّمو الطلب؟
blijverslening-check-geboren-hint = أدخل تاريخ الميلاد لكل مالك.
blijverslening-check-geboren-n = مقدّم الطلب { $nummer }
blijverslening-check-klaar = هل انتهى العمل بالفعل؟
blijverslening-check-klaar-hint = هل بدأ العمل ولم ينتهِ بعد؟ إذن ما زال القرض ممكنًا. لا تحصل على قرض لعمل انتهى بالفعل.
blijverslening-check-knop = اطّلع على النتيجة
blijverslening-check-nu-titel = ماذا يمكنك أن تفعل الآن؟
blijverslening-check-nu-ja = يمكنك طلب القرض. عندها تنظر البلدية في طلبك.
blijverslening-check-nu-nee = على الأرجح لا يمكنك الحصول على القرض. هل لديك أسئلة؟ تواصل إذن مع البلدية.

blijverslening-uitkomst-ja = يمكنك على الأرجح الحصول على القرض
blijverslening-uitkomst-nee = على الأرجح لا يمكنك الحصول على القرض
blijverslening-uitkomst-open = لا نعرف ذلك بالتأكيد بعد
blijverslening-oordeel-ja = جيد
blijverslening-oordeel-nee = غير جيد
blijverslening-oordeel-open = غير معروف بعد

blijverslening-grond-eigenaar-ja = أنت مالك البيت.
blijverslening-grond-eigenaar-nee = أنت لست المالك. المالكون فقط يمكنهم الحصول على القرض.
blijverslening-grond-eigenaar-open = لا نعرف بعد هل أنت المالك.
blijverslening-grond-bewoner-ja = أنت تسكن في البيت بنفسك.
blijverslening-grond-bewoner-nee = أنت لا تسكن في البيت بنفسك. لذلك لا تحصل على القرض.
blijverslening-grond-bewoner-open = لا نعرف بعد هل تسكن في البيت بنفسك.
blijverslening-grond-alle-ja = كل المالكين يطلبون القرض معًا.
blijverslening-grond-alle-nee = يجب أن يطلب كل المالكين القرض معًا.
blijverslening-grond-alle-open = لا نعرف بعد هل يشارك كل المالكين.
blijverslening-grond-reden-ja = تعدّل البيت من أجل الرعاية، أو من أجل المستقبل.
blijverslening-grond-reden-open = لا نعرف بعد لماذا تعدّل البيت.
blijverslening-grond-werk-ja = العمل لم ينتهِ بعد.
blijverslening-grond-werk-nee = العمل انتهى بالفعل. لذلك لا تحصل على قرض.
blijverslening-grond-werk-open = لا نعرف بعد هل انتهى العمل.
blijverslening-grond-leeftijd-ja = عمر مقدّم طلب واحد على الأقل دون { $jaren }.
blijverslening-grond-leeftijd-nee = عمر كل مقدّمي الطلب { $jaren } أو أكثر. لذلك يمكنك فقط الحصول على قرض بضمان بيتك.
blijverslening-grond-leeftijd-open = لا نعرف بعد عمر مقدّمي الطلب.
blijverslening-grond-bedrag-ja = المبلغ مناسب: بين { $minimum } و{ $maximum }.
blijverslening-grond-bedrag-laag = المبلغ منخفض جدًا. يمكنك أن تقترض { $minimum } على الأقل.
blijverslening-grond-bedrag-hoog = المبلغ مرتفع جدًا. يمكنك أن تقترض { $maximum } على الأكثر.
blijverslening-grond-bedrag-hoog-consumptief = المبلغ مرتفع جدًا لقرض شخصي. حده الأقصى { $maximum }. بضمان بيتك ربما يمكنك أن تقترض أكثر: حتى { $maximum_hypothecair }.
blijverslening-grond-bedrag-open = لا نعرف المبلغ بعد.
blijverslening-grond-soort-open = لا نعرف بعد أي قرض تريد.
blijverslening-grond-kosten-ja = المبلغ ليس أعلى من التكاليف: { $kosten }.
blijverslening-grond-kosten-nee = تقترض أكثر من التكاليف البالغة { $kosten }. هذا غير ممكن.
blijverslening-grond-budget-ja = ما زال هناك مال كافٍ هذه السنة: { $over }.
blijverslening-grond-budget-nee = ما زال هذه السنة { $over } متبقيًا. هذا أقل من المبلغ الذي تريد اقتراضه.
blijverslening-grond-budget-op = نفد المال المخصص لهذه السنة.
blijverslening-grond-budget-open = ما زال هذه السنة { $over } متبقيًا.

blijverslening-grond-a = أنت لا تستوفي قواعد البلدية.
blijverslening-grond-b = لم يعد هناك مال كافٍ لهذه السنة.
blijverslening-grond-c = أنت لا تستوفي قواعد SVn.
blijverslening-grond-d = نتيجة فحص الائتمان لدى SVn سلبية.
blijverslening-grond-e = البيانات في الطلب لم تكن صحيحة.
blijverslening-grond-f = طلبت القرض بعد انتهاء العمل.

blijverslening-maandlast-titel = كم تدفع في الشهر؟
blijverslening-maandlast = حوالي { $bedrag } في الشهر.
blijverslening-maandlast-schatting = هذا تقدير. نحسب بفائدة SVn. SVn تحدد المبلغ الحقيقي.
blijverslening-maandlast-aflossing = نحسب كأنك تسدد القرض الشخصي خلال { $consumptief ->
        [zero] { $consumptief } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $consumptief } سنوات
        [many] { $consumptief } سنةً
       *[other] { $consumptief } سنة
    }. والقرض بضمان بيتك خلال { $hypothecair ->
        [zero] { $hypothecair } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $hypothecair } سنوات
        [many] { $hypothecair } سنةً
       *[other] { $hypothecair } سنة
    }. وكأن الفائدة تبقى كما هي طوال هذه المدة.
blijverslening-maandlast-later = بعد هذه الخطوة ترى كم تدفع تقريبًا في الشهر.

blijverslening-soort-label = أي قرض تريد؟
blijverslening-soort-consumptief = قرض شخصي
blijverslening-soort-consumptief-hint = من 2500 إلى 10000 يورو. الفائدة ثابتة لمدة 10 سنوات.
blijverslening-soort-hypothecair = قرض بضمان بيتك
blijverslening-soort-hypothecair-hint = من 2500 إلى 30000 يورو. الفائدة ثابتة لمدة 10 أو 20 سنة.
blijverslening-looptijd-label = كم من الوقت تريد فائدة ثابتة؟
blijverslening-looptijd-hint = تثبّت SVn الفائدة لمدة 10 أو 20 سنة. في القرض الشخصي تكون دائمًا 10 سنوات.
blijverslening-looptijd-10 = ثابتة 10 سنوات
blijverslening-looptijd-20 = ثابتة 20 سنة
blijverslening-jaren = { $jaren ->
        [zero] { $jaren } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $jaren } سنوات
        [many] { $jaren } سنةً
       *[other] { $jaren } سنة
    }
blijverslening-bedrag-label = كم تريد أن تقترض؟
blijverslening-bedrag-hint = باليورو، مثلًا 5000.
blijverslening-bedrag-grenzen = القرض الشخصي من { $cmin } إلى { $cmax }. القرض بضمان بيتك حتى { $hmax }.
blijverslening-reden-label = لماذا تعدّل البيت؟
blijverslening-reden-zorg-nu = أحتاج الآن إلى رعاية. لذلك يجب تغيير البيت.
blijverslening-reden-zorg-later = أتوقع أن أحتاج إلى رعاية لاحقًا.
blijverslening-reden-levensloop = أريد أن أستطيع البقاء في البيت عندما أكبر في السن.

blijverslening-formulier-titel = طلب قرض البقاء في المنزل
blijverslening-formulier-intro = تطلب { $begrip } على عدة أجزاء. يمكنك التوقف والمتابعة لاحقًا. نحفظ ما تدخله.
blijverslening-formulier-knop = احفظ وتابع
blijverslening-namens = أنت تطلب هذا من أجل { $naam }.
blijverslening-start-nodig-titel = ماذا تحتاج؟
blijverslening-start-nodig-adres = عنوان البيت.
blijverslening-start-nodig-mede = اسم المالكين الآخرين وتاريخ ميلادهم وعنوان بريدهم الإلكتروني.
blijverslening-start-nodig-kosten = تكلفة العمل. مثلًا من عرض سعر المقاول.
blijverslening-start-nodig-bewijs = إثبات أنك المالك وأنك تسكن في البيت.
blijverslening-start-check-titel = إجاباتك من الفحص
blijverslening-start-check-tekst = نملأ هذه الإجابات لك مسبقًا. يمكنك تغييرها لاحقًا.
blijverslening-start-concepten = طلبات لم ترسلها بعد
blijverslening-start-concept = طلب بتاريخ { $datum }
blijverslening-start-knop = ابدأ الطلب
blijverslening-start-knop-nieuw = ابدأ طلبًا جديدًا
blijverslening-taken-intro = يتكون طلبك من { $aantal ->
        [zero] { $aantal } جزء
        [one] جزء واحد
        [two] جزأين
        [few] { $aantal } أجزاء
        [many] { $aantal } جزءًا
       *[other] { $aantal } جزء
    }. املأ كل جزء. نحفظ ما تدخله. يمكنك التوقف والمتابعة لاحقًا.
blijverslening-taken-klaar = أنهيت { $klaar } من { $aantal ->
        [zero] { $aantal } جزء
        [one] جزء واحد
        [two] جزأين
        [few] { $aantal } أجزاء
        [many] { $aantal } جزءًا
       *[other] { $aantal } جزء
    }.
blijverslening-taken-versturen-titel = المراجعة والإرسال
blijverslening-taken-versturen-klaar = كل الأجزاء جاهزة. راجع طلبك وأرسله.
blijverslening-taken-versturen-nog = هل كل الأجزاء جاهزة؟ راجع إذن طلبك وأرسله.
blijverslening-taken-nakijken = مراجعة الطلب
blijverslening-stand-niet-begonnen = لم يبدأ بعد
blijverslening-stand-bezig = قيد العمل
blijverslening-stand-klaar = جاهز
blijverslening-deel-bewaren = نحفظ ما تدخله عندما تضغط على الزر.
blijverslening-naar-overzicht = الرجوع إلى طلبك
blijverslening-deel-aanvrager = عنك
blijverslening-deel-eigenaren = المالكون الآخرون
blijverslening-naam-label = اسمك
blijverslening-geboren-label = تاريخ الميلاد
blijverslening-mede-uitleg = هل للبيت مالكون آخرون؟ أدخلهم إذن في الأسفل. تصلهم رسالة بالبريد الإلكتروني. فيها يؤكدون أنهم يشاركون.
blijverslening-mede-legend = المالك الآخر { $nummer }
blijverslening-mede-hint = اتركه فارغًا إذا لم يكن هناك مالك آخر.
blijverslening-mede-naam = الاسم
blijverslening-mede-email = عنوان البريد الإلكتروني
blijverslening-mede-email-hint = إلى هذا العنوان نرسل طلب التأكيد.
blijverslening-deel-woning = البيت
blijverslening-adres-legend = عنوان البيت
blijverslening-adres-hint = البيت الذي تريد تعديله.
blijverslening-straat-label = الشارع ورقم البيت
blijverslening-postcode-label = الرمز البريدي
blijverslening-plaats-label = المدينة أو القرية
blijverslening-adres-label = عنوان البيت
blijverslening-adres-onbekend = لم يُطلب
blijverslening-bevestig-eigenaar = أنا مالك البيت.
blijverslening-bevestig-bewoner = أنا أسكن في البيت بنفسي.
blijverslening-bevestig-alle = أدخلت كل مالكي البيت.
blijverslening-alle-hint = هل أنت المالك الوحيد؟ ضع إذن علامة الاختيار أيضًا.
blijverslening-bewijs-later = سترسل الإثبات لاحقًا. مثلًا مستخرج من السجل العقاري (Kadaster).
blijverslening-deel-kosten = العمل والتكاليف
blijverslening-maatregelen-label = ماذا تريد أن يُعمل؟
blijverslening-maatregelen-hint = مثلًا: كرسي كهربائي للدرج، أو دُش بدون عتبة، أو أبواب أعرض.
blijverslening-materiaal-label = تكاليف المواد
blijverslening-arbeid-label = تكاليف العمل
blijverslening-uren-label = تكاليف ساعات عمل المقاول
blijverslening-leenkosten-label = تكاليف القرض
blijverslening-subsidies-label = الإعانات المالية التي تحصل عليها
blijverslening-subsidies-hint = يُخصم هذا المبلغ من التكاليف. أدخل 0 إذا لم تحصل على إعانة.
blijverslening-nul-hint = أدخل 0 إذا لم تكن هناك تكاليف.
blijverslening-werkelijk-label = مجموع التكاليف ناقص الإعانات
blijverslening-deel-lening = القرض
blijverslening-gepland-label = متى ينتهي العمل؟
blijverslening-gepland-hint = يجوز أن يكون العمل قد بدأ. لكن يجب ألا يكون قد انتهى. مثلًا 15 3 2027.

blijverslening-fout-naam = أدخل اسمك.
blijverslening-fout-te-lang = استخدم { $aantal ->
        [zero] { $aantal } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر.
blijverslening-fout-geboren = أدخل تاريخ الميلاد.
blijverslening-fout-geboren-toekomst = تاريخ الميلاد في المستقبل. راجع التاريخ.
blijverslening-fout-datum-onvolledig = أدخل اليوم والشهر والسنة.
blijverslening-fout-datum-bestaat-niet = هذا التاريخ غير موجود. راجع التاريخ.
blijverslening-fout-straat = أدخل الشارع ورقم البيت.
blijverslening-fout-huisnummer = أدخل أيضًا رقم البيت، مثل Dorpsstraat 12.
blijverslening-fout-postcode-leeg = أدخل الرمز البريدي.
blijverslening-fout-postcode = أدخل رمزًا بريديًا مثل 2665 AB.
blijverslening-fout-plaats = أدخل المدينة أو القرية.
blijverslening-fout-mede-naam = أدخل اسم المالك الآخر.
blijverslening-fout-mede-email = أدخل عنوان بريد إلكتروني صحيحًا، مثل naam@voorbeeld.nl.
blijverslening-fout-eigenaar = يمكنك الحصول على القرض فقط إذا كنت المالك. ضع علامة الاختيار إذا كان هذا صحيحًا.
blijverslening-fout-bewoner = يمكنك الحصول على القرض فقط إذا كنت تسكن في البيت بنفسك. ضع علامة الاختيار إذا كان هذا صحيحًا.
blijverslening-fout-alle-eigenaren = كل المالكين يطلبون القرض معًا. أدخلهم وضع علامة الاختيار.
blijverslening-fout-reden = اختر لماذا تعدّل البيت.
blijverslening-fout-maatregelen = اكتب ماذا تريد أن يُعمل.
blijverslening-fout-kosten = أدخل تكاليف المواد.
blijverslening-fout-bedrag-onleesbaar = أدخل مبلغًا باليورو، مثل 2500 أو 2.500,00.
blijverslening-fout-soort = اختر أي قرض تريد.
blijverslening-fout-leeftijd = للقرض الشخصي يجب أن يكون عمر مالك واحد على الأقل دون { $jaren }. اختر قرضًا بضمان بيتك.
blijverslening-fout-looptijd = اختر كم من الوقت تبقى الفائدة ثابتة.
blijverslening-fout-bedrag = أدخل كم تريد أن تقترض.
blijverslening-fout-bedrag-grenzen = لهذا القرض يمكنك أن تقترض من { $minimum } إلى { $maximum }.
blijverslening-fout-bedrag-kosten = لا يمكنك أن تقترض أكثر من التكاليف ناقص الإعانات: { $kosten }.
blijverslening-fout-gepland = أدخل متى ينتهي العمل.
blijverslening-fout-gepland-voorbij = هذا التاريخ قد مضى. لا تحصل على قرض لعمل انتهى بالفعل.
blijverslening-fout-stuk-soort = اختر نوع هذا الإثبات.
blijverslening-fout-stuk-mist = أرسل هذا أيضًا: { $stuk }.{ $meer ->
        [0] {""}
        [zero] {""}
        [one] {" "}ما زال ينقص مستند آخر واحد.
        [two] {" "}ما زال ينقص مستندان آخران.
        [few] {" "}ما زالت تنقص { $meer } مستندات أخرى.
        [many] {" "}ما زال ينقص { $meer } مستندًا آخر.
       *[other] {" "}ما زال ينقص { $meer } مستند آخر.
    }
blijverslening-fout-antwoord = اختر نعم أو لا.
blijverslening-fout-stuk-verwijder = ضع علامة اختيار إذا كنت تريد حذف { $naam }.

blijverslening-stukken-titel = إرسال الإثبات
blijverslening-stukken-intro = أرسل هذه المستندات. يمكن ذلك بصيغة PDF أو JPG أو PNG.
blijverslening-stukken-al = المستندات التي أرسلتها
blijverslening-stukken-geen = لم ترسل أي مستندات بعد.
blijverslening-stukken-missen = هذه المستندات ما زالت ناقصة:
blijverslening-stukken-toevoegen = إضافة مستندات أو حذفها
blijverslening-stukken-verder = الرجوع إلى المراجعة
blijverslening-stuk-soort-label = ما نوع هذا المستند؟
blijverslening-stuk-bestand-label = اختر ملفًا واحدًا أو أكثر
blijverslening-stuk-knop = حفظ
blijverslening-stuk-verwijder-vinkje = نعم، احذف { $naam }
blijverslening-stuk-verwijder-knop = حذف
blijverslening-stuk-verwijderd = حذفنا الملف.
blijverslening-stuk-eigendom = إثبات أنك المالك، مثل مستخرج من السجل العقاري (Kadaster)
blijverslening-stuk-bewoning = إثبات أنك تسكن هناك، مثل رسالة عليها عنوانك
blijverslening-stuk-offerte = عرض سعر من المقاول

blijverslening-controleren-titel = راجع طلبك
blijverslening-controleren-intro = هل كل شيء صحيح؟ هل تريد تغيير شيء؟ اختر إذن «تغيير» عند الإجابة.
blijverslening-controleren-niet-begonnen = لم تملأ هذا الجزء بعد.
blijverslening-controleren-niet-klaar = هذا الجزء ليس جاهزًا بعد.
blijverslening-controleren-aanvullen = املأ هذا الجزء
blijverslening-controleren-aanpassen = عدّل هذا
blijverslening-niet-ingevuld = لم يُملأ بعد
blijverslening-mede-geen = لا يوجد
blijverslening-versturen-titel = إرسال الطلب
blijverslening-versturen-mede = تصل المالكين الآخرين رسالة بالبريد الإلكتروني. إذا قالوا كلهم نعم، يذهب الطلب إلى البلدية.
blijverslening-versturen-knop = إرسال الطلب

blijverslening-mede-rij = مالك آخر
blijverslening-mede-zegt-ja = يشارك
blijverslening-mede-zegt-nee = لا يشارك
blijverslening-mede-wacht = لم يُجب بعد

blijverslening-zaak-titel = طلبك للحصول على قرض البقاء في المنزل
blijverslening-zaak-nummer = رقمك
blijverslening-zaak-concept = لم ترسل الطلب بعد.
blijverslening-zaak-verder = تابع الطلب
blijverslening-zaak-nakijken = راجع طلبك
blijverslening-zaak-wacht = ننتظر رد المالكين الآخرين. وصلتهم رسالة بالبريد الإلكتروني.
blijverslening-zaak-gestopt = مالك آخر لا يشارك. لذلك يتوقف الطلب. يجب أن يطلب كل المالكين القرض معًا.
blijverslening-zaak-ingediend = طلبك لدى البلدية. ستصلك رسالة عندما تقرر البلدية.
blijverslening-zaak-verder-titel = ماذا يحدث بعد ذلك؟
blijverslening-zaak-antwoorden = إجاباتك
blijverslening-status-concept = لم يُرسَل بعد
blijverslening-status-wacht = بانتظار المالكين الآخرين
blijverslening-status-ingediend = لدى البلدية
blijverslening-status-gestopt = متوقف
blijverslening-status-toegekend = تمت الموافقة
blijverslening-status-geweigerd = مرفوض
blijverslening-stap-concept = ملء الطلب
blijverslening-stap-mede = تأكيد المالكين الآخرين
blijverslening-stap-ingediend = البلدية تنظر في الطلب
blijverslening-stap-besloten = البلدية تقرر

blijverslening-besluit-titel = القرار
blijverslening-besluit-toegekend = تعطيك البلدية قرضًا بمبلغ { $bedrag }. هذا القرار بتاريخ { $datum }.
blijverslening-besluit-svn = هذا القرار مؤقت. تُجري SVn الآن فحص الائتمان. ستتواصل معك SVn. بعد ذلك تعطيك SVn القرض.
blijverslening-besluit-geweigerd = البلدية لا تعطيك القرض. هذا القرار بتاريخ { $datum }.
blijverslening-besluit-waarom = لماذا؟
blijverslening-bezwaar = هل لا توافق على القرار؟ إذن يمكنك تقديم { $begrip }. يمكنك ذلك خلال { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }، حتى { $datum } ضمنًا.

blijverslening-log-titel = من اطّلع على طلبك؟
blijverslening-log-geen = لم يطّلع أحد غيرك على طلبك.
blijverslening-log-bekeken = { $wie } اطّلع على الطلب.
blijverslening-log-gedownload = { $wie } فتح مستندًا.
blijverslening-log-gewijzigd = { $wie } غيّر الطلب.
blijverslening-log-vastgelegd = { $wie } عمل على معاملتك.
blijverslening-log-opgepakt = { $wie } بدأ معالجة الطلب.
blijverslening-log-besloten = { $wie } اتخذ القرار.
blijverslening-log-medewerker = البلدية
blijverslening-log-helper = يساعدك
blijverslening-mijn-loket = إلى «بوابتي»

blijverslening-eigenaar-titel = هل تشارك في الطلب؟
blijverslening-eigenaar-intro = عزيزي { $naam }، { $aanvrager } يطلب { $begrip } لبيتك. أنت أيضًا مالك. لذلك نسألك هل تشارك.
blijverslening-eigenaar-vraag = هل تشارك في هذا الطلب؟
blijverslening-eigenaar-ja = نعم، أشارك
blijverslening-eigenaar-nee = لا، لا أشارك
blijverslening-eigenaar-nee-hint = عندها يتوقف الطلب.
blijverslening-eigenaar-knop = إرسال الإجابة
blijverslening-eigenaar-gedaan-ja = شكرًا لك. أنت تشارك في الطلب.
blijverslening-eigenaar-gedaan-nee = شكرًا لك. أنت لا تشارك. يتوقف الطلب.

blijverslening-mail-onderwerp = أخبار عن طلبك { $referentie }
blijverslening-mail-knop = اطّلع على طلبك
blijverslening-mail-ingediend = استلمت البلدية طلبك للحصول على { $begrip }. رقمك هو { $referentie }.
blijverslening-mail-wacht = أرسلت الطلب. رقمك هو { $referentie }. ننتظر الآن المالكين الآخرين.
blijverslening-mail-gestopt = مالك آخر لا يشارك. لذلك يتوقف طلبك { $referentie }.
blijverslening-mail-besluit = قررت البلدية بشأن طلبك { $referentie }.
blijverslening-mail-eigenaar-onderwerp = هل تشارك في الطلب { $referentie }؟
blijverslening-mail-eigenaar-tekst = { $aanvrager } يطلب { $begrip } للبيت. أنت أيضًا مالك.
blijverslening-mail-eigenaar-vraag = يجب أن يشارك كل المالكين. أخبرنا هل تشارك.
blijverslening-mail-eigenaar-knop = أعطِ إجابتك
blijverslening-mail-eigenaar-niet = ألا تعرف هذا الطلب؟ اختر إذن «لا».

blijverslening-mijn-loket-titel = قرض البقاء في المنزل
blijverslening-mijn-loket-zaak = طلب قرض البقاء في المنزل
blijverslening-mijn-loket-nummer = الرقم: { $nummer }
blijverslening-mijn-loket-bekijk = اطّلع على الطلب
blijverslening-verlopen-titel = هذا الرابط لم يعد يعمل
blijverslening-verlopen-tekst = كان يمكنك الرد بهذا الرابط خلال 14 يومًا. هذه المدة انتهت.
blijverslening-verlopen-wat = هل تريد المشاركة مع ذلك؟ اطلب من مقدّم الطلب أن يرسل إليك رسالة جديدة. يمكنه ذلك في صفحة الطلب.
blijverslening-verlopen-start = إلى الصفحة الرئيسية
blijverslening-opnieuw-uitleg = الرابط في الرسالة يعمل 14 يومًا. ألم تصل مالكًا آخر رسالة؟ أو الرابط لم يعد يعمل؟ أرسل الرسالة إذن مرة أخرى. بعد ذلك لا يعمل الرابط القديم.
blijverslening-opnieuw-knop = أرسل الرسالة مرة أخرى
blijverslening-opnieuw-gedaan = أرسلنا الرسالة مرة أخرى إلى المالكين الذين لم يردوا بعد.
