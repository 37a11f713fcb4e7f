# Het Kindpakket: uitleg, check, pagina voor kinderen, aanvraag en zaakpagina.

kindpakket-bron = المصدر: { $bron }
kindpakket-maximum = { $bedrag } على الأكثر في السنة لكل طفل.
kindpakket-maximum-kind = تحصل على { $bedrag } على الأكثر في السنة.

kindpakket-uitleg-titel = Kindpakket
kindpakket-uitleg-intro = { $begrip } يساعد الأطفال في العائلات ذات الدخل القليل. هكذا يستطيعون المشاركة في المدرسة وخارجها.
kindpakket-uitleg-onbekend = كثير من الآباء والأمهات لا يعرفون بعد أن Kindpakket موجود. انظر هل يمكن لطفلك أن يحصل عليه.
kindpakket-uitleg-wat-titel = ماذا يشمل؟
kindpakket-uitleg-wie-titel = من يمكنه الحصول عليه؟
kindpakket-uitleg-wie-kinderen = الأطفال دون سن { $leeftijd } الذين يسكنون معك.
kindpakket-uitleg-wie-inkomen = لدى أسرتك دخل منخفض. صافي الدخل ليس أعلى من { $procent } % من المساعدة الاجتماعية (bijstand) لأسرتك.
kindpakket-uitleg-wie-schrijnend = هل الدخل أعلى؟ أحيانًا يكون ذلك ممكنًا مع ذلك، حتى { $procent } %. مثلًا إذا كنت تعمل ويبقى لك القليل. عندها تكتب السبب.
kindpakket-uitleg-wie-schrijnend-onderdelen = هذا ممكن فقط في: { $onderdelen }.
kindpakket-uitleg-doen-titel = ماذا يمكنك أن تفعل؟
kindpakket-link-check = انظر هل يمكنك الحصول على Kindpakket
kindpakket-link-aanvragen = طلب Kindpakket
kindpakket-link-kinderen = شرح للأطفال والآباء

kindpakket-kinderen-titel = Kindpakket: شرح للأطفال
kindpakket-kinderen-intro = { $begrip } للأطفال. به يمكنك أن تمارس الرياضة، أو تعزف الموسيقى، أو تحصل على أغراض للمدرسة.
kindpakket-kinderen-waarom = أحيانًا يكون المال في البيت قليلًا. عندها يمكن للبلدية أن تساعد. هكذا يمكنك أنت أيضًا أن تشارك.
kindpakket-kinderen-wat-titel = ماذا يمكنك أن تحصل عليه؟
kindpakket-kinderen-hoe-titel = كيف تطلبه؟
kindpakket-kinderen-hoe-ouder = أبوك أو أمك أو من يعتني بك يطلبه. يمكن ذلك على هذا الموقع.
kindpakket-kinderen-hoe-samen = اختاروا معًا ما تريده. مثلًا نادٍ رياضي، أو دروس موسيقى، أو دراجة للمدرسة.
kindpakket-kinderen-hoe-geen-schaamte = كثير من الأطفال يحصلون على Kindpakket. لا أحد في المدرسة يحتاج إلى أن يعرف ذلك.

kindpakket-check-titel = هل يمكنني الحصول على Kindpakket؟
kindpakket-check-intro = أجب عن بعض الأسئلة. عندها ترى هل يمكنك على الأرجح الحصول على { $begrip }.
kindpakket-check-niets-bewaard = لا تحتاج إلى تسجيل الدخول. نحن لا نحفظ إجاباتك.
kindpakket-check-knop = اطّلع على النتيجة
kindpakket-samenstelling-label = كيف تتكوّن أسرتك؟
kindpakket-samenstelling-alleen = أسكن وحدي مع أطفالي
kindpakket-samenstelling-samen = أسكن مع شريك
kindpakket-aow-label = هل وصلت إلى سن التقاعد الحكومي (AOW)؟
kindpakket-aow-hint = إذا كنتما زوجين: هل وصلت أنت وشريكك كلاكما إلى سن AOW؟
kindpakket-aow-nee = لا، ليس بعد
kindpakket-aow-ja = نعم
kindpakket-inkomen-label = صافي دخل أسرتك في الشهر
kindpakket-inkomen-hint = اجمع كل ما تحصلون عليه معًا في الشهر. مثلًا الراتب أو الإعانة أو البدلات (toeslagen). اكتب المبلغ باليورو، مثل 1450,00.
kindpakket-inkomen-grenzen = يمكن الحصول على Kindpakket بدخل حتى { $alleen } في الشهر إذا كنت وحدك. ومع شريك حتى { $samen }.
kindpakket-aantal-label = كم طفلًا يسكن معك؟
kindpakket-leeftijden-label = كم عمر أطفالك؟
kindpakket-leeftijden-hint = اكتب عمر كل طفل. ضع فاصلة بين الأعمار، مثل 4, 9, 15.

kindpakket-uitslag-tag = النتيجة
kindpakket-uitslag-ja = يمكنك على الأرجح الحصول على Kindpakket
kindpakket-uitslag-schrijnend = يمكنك الحصول على Kindpakket فقط بسبب وجيه
kindpakket-uitslag-nee = على الأرجح لا يمكنك الحصول على Kindpakket
kindpakket-uitslag-grens = الحد لأسرتك هو { $grens } صافيًا في الشهر. مع سبب وجيه يكون الحد { $grens_schrijnend }.
kindpakket-uitslag-per-onderdeel = لكل جزء حد خاص به. هذا ما يمكنك الحصول عليه بدخلك:
kindpakket-onderdeel-ja = { $onderdeel }: على الأرجح نعم. الحد هو { $grens } في الشهر.
kindpakket-onderdeel-schrijnend = { $onderdeel }: فقط بسبب وجيه. الحد عندها هو { $grens } في الشهر.
kindpakket-onderdeel-nee = { $onderdeel }: على الأرجح لا. الحد هو { $grens } في الشهر.
kindpakket-onderdeel-grens = { $onderdeel } (الحد { $grens } في الشهر)
kindpakket-normen-oud = انتبه: المساعدة الاجتماعية تتغير كل نصف سنة. ما زلنا نحسب بمبالغ المساعدة الاجتماعية بتاريخ { $datum }. ربما يكون الحد الآن أعلى قليلًا. هل أنت متردد؟ اطلب Kindpakket إذن مع ذلك.
kindpakket-medewerker-normen-oud = معايير المساعدة الاجتماعية في ملف التعريف بتاريخ { $datum }. هذا قبل أكثر من سبعة أشهر. قد تكون الحدود أدناه منخفضة جدًا. اطلب من مسؤول إدارة النظام أن يضيف المعايير الجديدة.
kindpakket-uitslag-waarom = لماذا؟
kindpakket-uitslag-volgende = ماذا يمكنك أن تفعل الآن؟
kindpakket-uitslag-ja-doen = اطلب Kindpakket. أبقِ إثباتًا لدخلك في متناول يدك.
kindpakket-uitslag-schrijnend-doen = اطلب Kindpakket. اكتب في الطلب لماذا الوضع صعب عليك. عندها تنظر البلدية في وضعك.
kindpakket-uitslag-nee-doen = هل لديك مع ذلك أسئلة عن المال أو الديون؟ اتصل بالبلدية أو راسلها. سيفكرون معك في حلول.
kindpakket-uitslag-schatting = هذا فحص أولي. البلدية لا تقرر إلا عندما تقدّم الطلب.
kindpakket-reden-kinderen = { $aantal ->
        [zero] يسكن معك { $aantal } طفل دون سن { $leeftijd }.
        [one] يسكن معك طفل واحد دون سن { $leeftijd }.
        [two] يسكن معك طفلان دون سن { $leeftijd }.
        [few] يسكن معك { $aantal } أطفال دون سن { $leeftijd }.
        [many] يسكن معك { $aantal } طفلًا دون سن { $leeftijd }.
       *[other] يسكن معك { $aantal } طفل دون سن { $leeftijd }.
    }
kindpakket-reden-geen-kinderen = لا يسكن معك أطفال دون سن { $leeftijd }. Kindpakket مخصص للأطفال فقط.
kindpakket-reden-inkomen-binnen = دخلك ليس أعلى من { $grens } في الشهر.
kindpakket-reden-inkomen-schrijnend = دخلك أعلى من { $grens }. لكنه ليس أعلى من { $grens_schrijnend }.
kindpakket-reden-inkomen-boven = دخلك أعلى من { $grens_schrijnend } في الشهر. وهذا أيضًا فوق الحد المخصص للحالات الصعبة.
kindpakket-reden-norm = المساعدة الاجتماعية لأسرتك هي { $norm } في الشهر. الحدود محسوبة على أساس هذا المبلغ.

kindpakket-start-titel = طلب Kindpakket
kindpakket-start-intro = تطلب { $begrip } لكل أطفالك في وقت واحد.
kindpakket-start-nodig-titel = ماذا تحتاج؟
kindpakket-start-nodig-inkomen = صافي دخل أسرتك في الشهر.
kindpakket-start-nodig-kinderen = الاسم الأول وتاريخ الميلاد لكل طفل.
kindpakket-start-nodig-bewijs = إثبات لدخلك. مثلًا قسيمة راتب أو رسالة عن إعانتك.
kindpakket-start-opslaan = نحفظ ما تدخله. يمكنك المتابعة لاحقًا.
kindpakket-start-check-titel = إجاباتك من الفحص
kindpakket-start-check-tekst = نملأ هذه الإجابات لك مسبقًا. يمكنك تغييرها لاحقًا.
kindpakket-start-concepten = بدأته من قبل
kindpakket-concept-van = طلب بدأ في { $datum }
kindpakket-start-knop = ابدأ الطلب

kindpakket-formulier-titel = طلبك للحصول على Kindpakket
kindpakket-formulier-intro = أجب عن أسئلة { $begrip }، لأسرتك ولكل طفل. مع كل زر نحفظ ما أدخلته.
kindpakket-formulier-huishouden = أسرتك
kindpakket-schrijnend-label = لماذا تحتاج إلى Kindpakket؟
kindpakket-schrijnend-hint = ضروري فقط إذا كان دخلك أعلى من الحد العادي. اكتب ما يجعل الوضع صعبًا.
kindpakket-formulier-kinderen = أطفالك
kindpakket-formulier-kinderen-uitleg = املأ خانة لكل طفل. اختر لكل طفل ما يريده.
kindpakket-kind-titel = الطفل { $nummer }
kindpakket-kind-voornaam = الاسم الأول
kindpakket-kind-geboren = تاريخ الميلاد
kindpakket-kind-geboren-hint = مثلًا 27 3 2015
kindpakket-kind-onderdelen = ماذا يريد هذا الطفل؟
kindpakket-kind-onderdelen-hint = اختر شيئًا واحدًا أو أكثر.
kindpakket-kind-weg = نعم، احذف الطفل { $nummer }
kindpakket-kind-erbij = أضف طفلًا آخر
kindpakket-formulier-bewijs = إثبات دخلك
kindpakket-bestand-label = أضف ملفًا
kindpakket-bestand-hint = ملف PDF أو JPG أو PNG. هل لديك ملفات أكثر؟ أضفها واحدًا بعد الآخر بزر «حفظ».
kindpakket-bestand-verwijder-vinkje = نعم، احذف { $naam }
kindpakket-bestand-verwijder-knop = حذف
kindpakket-bestand-verwijderd = حذفنا الملف.
kindpakket-formulier-verder = تابع إلى المراجعة
kindpakket-formulier-opslaan = حفظ
kindpakket-formulier-controleren-link = اطّلع على ما أدخلته حتى الآن

kindpakket-fout-samenstelling = اختر كيف تتكوّن أسرتك.
kindpakket-fout-aow = اختر هل وصلت إلى سن AOW.
kindpakket-fout-inkomen-leeg = أدخل صافي الدخل في الشهر.
kindpakket-fout-inkomen = اكتب الدخل كمبلغ باليورو، مثل 1450,00.
kindpakket-fout-inkomen-te-hoog = دخلك أعلى من { $grens } في الشهر. لذلك لا يمكنك الحصول على Kindpakket.
kindpakket-fout-schrijnend = دخلك أعلى من { $grens }. اكتب لماذا تحتاج إلى Kindpakket مع ذلك.
kindpakket-fout-onderdeel-inkomen = بهذا الدخل لا يمكنك الحصول على: { $onderdelen }. أزل علامة الاختيار هناك.
kindpakket-fout-bestand-verwijder = ضع علامة اختيار إذا كنت تريد حذف { $naam }.
kindpakket-fout-aantal = أدخل عدد الأطفال كرقم. من 0 حتى { $max }.
kindpakket-fout-leeftijden = اكتب الأعمار كأرقام، مع فاصلة بينها.
kindpakket-fout-leeftijden-aantal = أدخل عمرًا لكل طفل.
kindpakket-fout-te-lang = لا تستخدم أكثر من { $aantal ->
        [zero] { $aantal } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    }.
kindpakket-fout-geen-kind = أضف طفلًا واحدًا على الأقل.
kindpakket-fout-voornaam = أدخل الاسم الأول للطفل { $nummer }.
kindpakket-fout-geboren-leeg = أدخل تاريخ ميلاد الطفل { $nummer }.
kindpakket-fout-geboren-onvolledig = أدخل اليوم والشهر والسنة.
kindpakket-fout-geboren-bestaat-niet = هذا التاريخ غير موجود. راجع اليوم والشهر والسنة.
kindpakket-fout-geboren-toekomst = هذا التاريخ في المستقبل.
kindpakket-fout-te-oud = عمر هذا الطفل { $leeftijd } أو أكثر. Kindpakket مخصص للأطفال الأصغر سنًا.
kindpakket-fout-onderdelen = اختر ما يريده هذا الطفل.
kindpakket-fout-bewijs = أضف إثباتًا لدخلك.
kindpakket-fout-geen-regels = لا نستطيع مراجعة هذا الآن. تواصل مع البلدية.

kindpakket-controleren-titel = راجع طلبك
kindpakket-controleren-intro = تحقّق من أن كل شيء صحيح. هل هناك شيء غير صحيح؟ اختر إذن «تغيير».
kindpakket-controleren-schrijnend = دخلك أعلى من الحد العادي. تقرأ البلدية السبب الذي كتبته ثم تقرر.
kindpakket-controleren-waar = بالضغط على «إرسال» تقول إن كل شيء صحيح.
kindpakket-controleren-knop = إرسال

kindpakket-status-concept = لم يُرسَل بعد
kindpakket-status-ingediend = أُرسل
kindpakket-status-besloten = صدر القرار
kindpakket-stap-verstuurd = أُرسل الطلب
kindpakket-stap-besluit = قرار البلدية
kindpakket-stap-besluit-uiterlijk = تقرر البلدية في موعد أقصاه { $datum }. أي بعد { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } من طلبك.
kindpakket-zaak-titel = Kindpakket { $referentie }
kindpakket-zaak-nummer = رقمك
kindpakket-zaak-status = الوضع الحالي:
kindpakket-zaak-verstuurd-op = أُرسل في { $datum }.
kindpakket-zaak-besluit-titel = القرار
kindpakket-zaak-wacht = البلدية تنظر في طلبك. تصلك رسالة بالبريد الإلكتروني عندما يصدر قرار.
kindpakket-zaak-besloten-op = قررت البلدية في { $datum }.
kindpakket-besluit-ja = نعم، تمت الموافقة
kindpakket-besluit-nee = لا
kindpakket-besluit-open = لم يُتخذ قرار بعد
kindpakket-zaak-nu-titel = ماذا يحدث الآن؟
kindpakket-zaak-nu-organisatie = لكل ما تحصل عليه، تتواصل معك المنظمة المعنية. وهي: { $organisaties }.
kindpakket-zaak-nu-niets = لا تحصل على شيء من Kindpakket. اقرأ السبب في الأعلى.
kindpakket-zaak-bezwaar = هل لا توافق على القرار؟ إذن يمكنك تقديم { $begrip }. يمكنك ذلك خلال { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    }، حتى { $datum } ضمنًا.
kindpakket-zaak-gegevens-titel = ما أرسلته
kindpakket-zaak-log-titel = من اطّلع على طلبك؟
kindpakket-zaak-log-leeg = لا أحد غيرك بعد.
kindpakket-log-bekeken = { $moment }: { $naam } ({ $wie }) اطّلع على الطلب.
kindpakket-log-gedownload = { $moment }: { $naam } ({ $wie }) فتح ملفًا.
kindpakket-log-gewijzigd = { $moment }: { $naam } ({ $wie }) أضاف إلى الطلب.
kindpakket-log-vastgelegd = { $moment }: { $naam } ({ $wie }) عمل على معاملتك.
kindpakket-log-opgepakt = { $moment }: { $naam } ({ $wie }) بدأ معالجة الطلب.
kindpakket-log-ingediend = { $moment }: { $naam } ({ $wie }) أرسل الطلب.
kindpakket-log-besloten = { $moment }: { $naam } ({ $wie }) اتخذ القرار.
kindpakket-log-medewerker = موظف في البلدية
kindpakket-log-helper = مساعد
kindpakket-zaak-mijn-loket = إلى «بوابتي»

kindpakket-mijn-loket-titel = Kindpakket
kindpakket-mijn-loket-concept = طلب Kindpakket
kindpakket-mijn-loket-versturen = راجع الطلب وأرسله
kindpakket-mijn-loket-verder = تابع الطلب
kindpakket-mijn-loket-kinderen = { $aantal ->
        [zero] لـ { $aantal } طفل.
        [one] لطفل واحد.
        [two] لطفلين.
        [few] لـ { $aantal } أطفال.
        [many] لـ { $aantal } طفلًا.
       *[other] لـ { $aantal } طفل.
    }
kindpakket-mijn-loket-bekijk = اطّلع على الطلب

kindpakket-mail-onderwerp = أخبار عن طلبك { $referentie }
kindpakket-mail-tekst = توجد أخبار عن طلبك للحصول على Kindpakket رقم { $referentie }.
kindpakket-mail-inloggen = سجّل الدخول لقراءة القرار.
kindpakket-mail-knop = اطّلع على طلبك
kindpakket-mail-ontvangen-onderwerp = تم استلام طلبك { $referentie }
kindpakket-mail-ontvangen-tekst = استلمنا طلبك للحصول على Kindpakket. رقمك هو { $referentie }.
kindpakket-kind-weg-label = هل تريد حذف هذا الطفل؟
kindpakket-weg-hint = يحدث هذا عندما تضغط على أحد الأزرار أدناه.
