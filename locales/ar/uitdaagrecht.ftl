# Het uitdaagrecht: uitleg, openbare voorstellen, steun, initiatieven, voorstellen schrijven en volgen.

uitdaagrecht-uitleg-titel = حق التحدي: تولّي مهمة من مهام البلدية
uitdaagrecht-uitleg-intro = هل تستطيع مع سكان آخرين أن تؤدي مهمة من مهام البلدية بشكل أفضل؟ إذن يمكنك أن تتحدى البلدية. يُسمّى هذا { $begrip }.
uitdaagrecht-uitleg-wet = كان هذا الحق في البداية مذكورًا في { $begrip }. منذ 2025 أصبح مذكورًا في قانون البلديات (Gemeentewet، المادة 150). المجلس البلدي ينظّمه في لائحة. يتعلق الأمر بمهام يمكن أداؤها بشكل أفضل أو أرخص أو أقرب إلى السكان.
uitdaagrecht-uitleg-wie = أنت لا تفعل هذا وحدك. تفعله مع مجموعة. قد تكون مجموعة من السكان، أو تعاونية، أو مؤسسة، أو جمعية. نسمّي هذه المجموعة مبادرة.
uitdaagrecht-uitleg-voorbeeld-titel = مثال
uitdaagrecht-uitleg-voorbeeld = مثال على ذلك قرية America في بلدية Horst aan de Maas. هناك رأى السكان أنهم يستطيعون تنظيم الرعاية والرفاه بأنفسهم بشكل أفضل. مثلًا المساعدة في أعمال البيت. ذهبوا إلى المستشار البلدي (wethouder). والآن ينظّمون ذلك بأنفسهم، في تعاونيتهم الخاصة.
uitdaagrecht-uitleg-stappen-titel = هكذا تسير الأمور
uitdaagrecht-uitleg-stap-aanmelden = تسجّل مبادرتك. بعد ذلك تدعو الأعضاء الآخرين.
uitdaagrecht-uitleg-stap-schrijven = تكتبون الاقتراح معًا. كل الأعضاء يستطيعون تعديله. يبقى محفوظًا حتى ترسله.
uitdaagrecht-uitleg-stap-versturen = تراجع الاقتراح وترسله. تحصل على رقم.
uitdaagrecht-uitleg-stap-gesprek = تقرأ البلدية اقتراحك. وتتحدث معك عنه. ويمكنها أيضًا أن تطرح عليك أسئلة. تجيب عنها هنا.
uitdaagrecht-uitleg-stap-besluit = تقرر البلدية. وتكتب أيضًا السبب. في كل خطوة تصلك رسالة بالبريد الإلكتروني.
uitdaagrecht-uitleg-openbaar = أنت تختار هل يجوز للجميع أن يروا اقتراحك. عندها يستطيع السكان دعم اقتراحك في الصفحة العامة.
uitdaagrecht-uitleg-start = تسجيل مبادرة أو كتابة اقتراح
uitdaagrecht-uitleg-lijst = اطّلع على اقتراحات المبادرات الأخرى

uitdaagrecht-lijst-titel = اقتراحات السكان
uitdaagrecht-lijst-intro = أرسل السكان هذه الخطط إلى البلدية. وهم يريدون أن يستطيع الجميع رؤيتها. ترى أيضًا إلى أين وصلت البلدية.
uitdaagrecht-lijst-leeg = لا توجد اقتراحات عامة بعد.
uitdaagrecht-lijst-paginas = صفحات الاقتراحات
uitdaagrecht-door = من: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] لا يدعم أي مقيم هذا الاقتراح بعد.
    [zero] لا يدعم أي مقيم هذا الاقتراح بعد.
    [one] مقيم واحد يدعم هذا الاقتراح.
    [two] مقيمان يدعمان هذا الاقتراح.
    [few] { $aantal } مقيمين يدعمون هذا الاقتراح.
    [many] { $aantal } مقيمًا يدعمون هذا الاقتراح.
   *[other] { $aantal } مقيم يدعمون هذا الاقتراح.
}

uitdaagrecht-status-label = الحالة:
uitdaagrecht-status-concept = لم يُرسَل بعد
uitdaagrecht-status-ontvangen = تم الاستلام
uitdaagrecht-status-in-gesprek = قيد المحادثة
uitdaagrecht-status-besloten = صدر القرار
uitdaagrecht-stap-ontvangen = تم استلام الاقتراح
uitdaagrecht-stap-gesprek = محادثة مع البلدية
uitdaagrecht-stap-gesprek-overgeslagen = قررت البلدية بدون محادثة.
uitdaagrecht-stap-besluit = قرار البلدية

uitdaagrecht-besluit-titel = رد البلدية
uitdaagrecht-besluit-op = صدر القرار في { $datum }.
uitdaagrecht-uitkomst-overgenomen = تتولى المبادرة المهمة.
uitdaagrecht-uitkomst-deels = تتولى المبادرة جزءًا من المهمة.
uitdaagrecht-uitkomst-afgewezen = البلدية لا تأخذ بالاقتراح.

uitdaagrecht-steun-titel = الدعم
uitdaagrecht-steun-uitleg = هل ترى أن هذا اقتراح جيد؟ أخبر البلدية بذلك. يمكنك أن تدعم مرة واحدة.
uitdaagrecht-steun-knop = أنا أدعم هذا الاقتراح
uitdaagrecht-steun-gegeven = أنت تدعم هذا الاقتراح. شكرًا لك.
uitdaagrecht-steun-intrekken = سحب دعمي
uitdaagrecht-steun-inloggen = سجّل الدخول لدعم هذا الاقتراح
uitdaagrecht-steun-gesloten = قررت البلدية. لم يعد الدعم ممكنًا.

uitdaagrecht-mijn-titel = مبادراتك
uitdaagrecht-mijn-intro = أنت عضو في هذه المبادرات. كعضو تشارك في كتابة اقتراحاتها.
uitdaagrecht-mijn-leeg = لست عضوًا في أي مبادرة بعد. سجّل مبادرتك لاستخدام { $begrip }. هل دعاك عضو آخر؟ سجّل الدخول إذن بعنوان البريد الإلكتروني الذي وصلتك عليه الدعوة.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] لا توجد اقتراحات بعد.
    [zero] لا توجد اقتراحات بعد.
    [one] اقتراح واحد.
    [two] اقتراحان.
    [few] { $aantal } اقتراحات.
    [many] { $aantal } اقتراحًا.
   *[other] { $aantal } اقتراح.
}
uitdaagrecht-mijn-nieuw = تسجيل مبادرة جديدة

uitdaagrecht-aanmelden-titel = تسجيل مبادرة
uitdaagrecht-aanmelden-intro = أخبرنا من أنتم. تصبح أنت نفسك عضوًا في المبادرة. بعد ذلك يمكنك دعوة أعضاء آخرين.
uitdaagrecht-aanmelden-knop = تسجيل المبادرة
uitdaagrecht-gegevens-titel = تغيير بيانات المبادرة
uitdaagrecht-gegevens-intro = هل هناك اسم جديد أو شخص اتصال آخر؟ عدّل ذلك هنا. كل عضو يستطيع أن يفعل ذلك.
uitdaagrecht-gegevens-knop = حفظ البيانات
uitdaagrecht-gegevens-link = تغيير بيانات المبادرة
uitdaagrecht-naam-label = اسم المبادرة
uitdaagrecht-naam-hint = مثلًا: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = أدخل اسم المبادرة.
uitdaagrecht-vorm-label = ما نوع مجموعتكم؟
uitdaagrecht-vorm-leeg = اختر نوع مجموعتكم.
uitdaagrecht-vorm-bewonersgroep = مجموعة من السكان
uitdaagrecht-vorm-cooperatie = تعاونية
uitdaagrecht-vorm-stichting = مؤسسة (stichting)
uitdaagrecht-vorm-vereniging = جمعية (vereniging)
uitdaagrecht-kvk-label = رقم KVK (غير إلزامي)
uitdaagrecht-kvk-hint = الرقم لدى غرفة التجارة (Kamer van Koophandel). يتكون من 8 أرقام. مجموعة السكان غالبًا ليس لها رقم.
uitdaagrecht-kvk-ongeldig = رقم KVK يتكون من 8 أرقام. مثلًا: 12345678.
uitdaagrecht-contact-titel = شخص الاتصال
uitdaagrecht-contact-uitleg = تتواصل البلدية مع هذا الشخص. هل يجب أن يشارك هذا الشخص أيضًا في الكتابة؟ أضف إذن عنوان بريده الإلكتروني كعضو بعد ذلك.
uitdaagrecht-contact-naam-label = الاسم
uitdaagrecht-contact-naam-leeg = أدخل اسم شخص الاتصال.
uitdaagrecht-contact-email-label = عنوان البريد الإلكتروني
uitdaagrecht-contact-telefoon-label = رقم الهاتف (غير إلزامي)
uitdaagrecht-contact-telefoon-hint = مثلًا: 06 12345678.
uitdaagrecht-telefoon-ongeldig = أدخل رقم هاتف من 10 أرقام. مثلًا: 06 12345678.
uitdaagrecht-email-leeg = أدخل عنوان بريد إلكتروني.
uitdaagrecht-email-ongeldig = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
uitdaagrecht-te-lang = هذا طويل جدًا. استخدم { $aantal ->
        [zero] { $aantal } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر.

uitdaagrecht-initiatief-voorstellen = الاقتراحات
uitdaagrecht-initiatief-geen-voorstellen = ليس لهذه المبادرة أي اقتراح بعد.
uitdaagrecht-initiatief-nieuw-voorstel = كتابة اقتراح
uitdaagrecht-initiatief-versturen = هذا الاقتراح جاهز للإرسال.
uitdaagrecht-initiatief-verder-schrijven = أو تابع كتابته
uitdaagrecht-zonder-taak = اقتراح بدون عنوان
uitdaagrecht-referentie = الرقم: { $referentie }
uitdaagrecht-gewijzigd-op = آخر حفظ: { $moment }.
uitdaagrecht-leden-titel = الأعضاء
uitdaagrecht-leden-uitleg = كل الأعضاء يستطيعون قراءة الاقتراحات وتعديلها. وتصلهم أيضًا رسائل البلدية الإلكترونية.
uitdaagrecht-lid-label = عنوان البريد الإلكتروني لعضو جديد
uitdaagrecht-lid-hint = تصل العضو الجديد رسالة بالبريد الإلكتروني. يسجّل العضو الدخول بعنوان البريد الإلكتروني هذا.
uitdaagrecht-lid-knop = إضافة عضو
uitdaagrecht-lid-al = عنوان البريد الإلكتروني هذا عضو بالفعل.
uitdaagrecht-lid-vol = لدى هذه المبادرة 50 عضوًا بالفعل. لا يمكن إضافة أكثر.
uitdaagrecht-lid-vandaag-genoeg = أضفت في آخر 24 ساعة 20 عضوًا بالفعل. بعد مرور هذه الـ 24 ساعة يمكنك إضافة أعضاء مرة أخرى.
uitdaagrecht-lid-weg-titel = إزالة عضو
uitdaagrecht-lid-weg-label = من لم يعد عضوًا؟
uitdaagrecht-lid-weg-hint = من سجّل المبادرة يستطيع إزالة الأعضاء. كل عضو آخر يستطيع أن يزيل نفسه فقط. من لم يعد عضوًا لا يستطيع بعد ذلك قراءة الاقتراحات أو تعديلها.
uitdaagrecht-lid-weg-knop = إزالة العضو
uitdaagrecht-lid-weg-leeg = اختر من لم يعد عضوًا.
uitdaagrecht-lid-weg-laatste = للمبادرة دائمًا عضو واحد على الأقل.

uitdaagrecht-formulier-titel = كتابة اقتراح
uitdaagrecht-formulier-intro = اقتراح من { $naam }.
uitdaagrecht-formulier-samen = كل الأعضاء يستطيعون تعديل هذا الاقتراح. ما تحفظه يبقى محفوظًا. لا ترسله إلا بعد المراجعة.
uitdaagrecht-formulier-ouder = حفظ عضو آخر هذا الاقتراح بينما كنت تكتب. نصّك ليس في الاقتراح بعد.
uitdaagrecht-formulier-ouder-wat = نصّك موجود في الاستمارة أدناه. ما حفظه العضو الآخر تقرؤه تحت «ما حفظه العضو الآخر». انقل منه ما تريد الاحتفاظ به. ثم اضغط على زر مرة أخرى. بهذا تحفظ نصّك. هل كنت قد اخترت مرفقًا أو وضعت علامة لإزالته؟ افعل ذلك مرة أخرى إذن.
uitdaagrecht-formulier-ouder-tekst = ما حفظه العضو الآخر
uitdaagrecht-formulier-taak = المهمة
uitdaagrecht-taak-label = أي مهمة تريد أن تتولاها؟
uitdaagrecht-taak-hint = اكتبها باختصار. هذا هو عنوان اقتراحك. مثلًا: المساعدة في أعمال البيت في قريتنا.
uitdaagrecht-taak-leeg = اكتب المهمة التي تريد أن تتولاها.
uitdaagrecht-wat-label = ماذا ستفعلون؟
uitdaagrecht-wat-hint = قل ماذا تفعلون وكيف.
uitdaagrecht-wat-leeg = اكتب ماذا ستفعلون.
uitdaagrecht-voor-wie-label = لمن تفعلون ذلك؟
uitdaagrecht-voor-wie-hint = مثلًا: كبار السن في الحي، أو كل سكان القرية.
uitdaagrecht-voor-wie-leeg = اكتب لمن تفعلون ذلك.
uitdaagrecht-waarom-titel = لماذا هو أفضل
uitdaagrecht-waarom-soort-label = ما الذي تستطيعون فعله أفضل مما تفعله البلدية الآن؟
uitdaagrecht-waarom-soort-hint = اختر شيئًا واحدًا أو أكثر.
uitdaagrecht-waarom-soort-leeg = اختر ما تستطيعون فعله بشكل أفضل.
uitdaagrecht-waarom-beter = العمل يصبح أفضل
uitdaagrecht-waarom-goedkoper = يكلّف مالًا أقل
uitdaagrecht-waarom-dichterbij = أقرب إلى السكان
uitdaagrecht-waarom-label = اشرح السبب
uitdaagrecht-waarom-hint = ما الذي يتحسن للسكان؟ كيف تعرفون ذلك؟
uitdaagrecht-waarom-leeg = اشرح لماذا هو أفضل.
uitdaagrecht-formulier-begroting = الميزانية
uitdaagrecht-begroting-uitleg = اكتب في كل سطر الغرض من المال وكم هو. يوجد دائمًا سطر فارغ في الأسفل. هل تريد سطرًا آخر؟ املأ السطر الفارغ واحفظ.
uitdaagrecht-begroting-vol = تحتوي الميزانية على { $aantal ->
        [zero] { $aantal } سطر
        [one] سطر واحد
        [two] سطرين
        [few] { $aantal } أسطر
        [many] { $aantal } سطرًا
       *[other] { $aantal } سطر
    }. لا يمكن إضافة أسطر أكثر. اجمع بعض الأسطر معًا إذا كنت تحتاج إلى المزيد.
uitdaagrecht-post-label = السطر { $regel }: ما الغرض من المال؟
uitdaagrecht-bedrag-label = السطر { $regel }: المبلغ باليورو في السنة
uitdaagrecht-post-leeg = اكتب الغرض من المال في السطر { $regel }.
uitdaagrecht-bedrag-leeg = أدخل المبلغ في السطر { $regel }.
uitdaagrecht-bedrag-ongeldig = أدخل المبلغ في السطر { $regel } كرقم. مثلًا: 1250 أو 1.250,50.
uitdaagrecht-begroting-leeg = املأ سطرًا واحدًا على الأقل من الميزانية.
uitdaagrecht-begroting-caption = الميزانية في السنة
uitdaagrecht-begroting-post = الغرض
uitdaagrecht-begroting-bedrag = المبلغ
uitdaagrecht-begroting-totaal = المجموع
uitdaagrecht-formulier-wie = من يشارك؟
uitdaagrecht-betrokkenen-label = من يشارك؟
uitdaagrecht-betrokkenen-hint = اذكر الأشخاص والمنظمات المشاركة. مثلًا متطوعون، أو طبيب عام، أو مركز الحي.
uitdaagrecht-betrokkenen-leeg = اكتب من يشارك.
uitdaagrecht-draagvlak-label = من يدعم خطتكم بالفعل؟
uitdaagrecht-draagvlak-hint = مثلًا: 120 توقيعًا، أو أمسية مع 40 جارًا. يستطيع السكان لاحقًا أيضًا دعم اقتراحكم هنا.
uitdaagrecht-draagvlak-leeg = اكتب من يدعم خطتكم بالفعل.
uitdaagrecht-start-label = متى تريدون البدء؟
uitdaagrecht-start-leeg = أدخل التاريخ الذي تريدون البدء فيه.
uitdaagrecht-start-onvolledig = أدخل اليوم والشهر والسنة.
uitdaagrecht-start-bestaat-niet = هذا التاريخ غير موجود. أدخل تاريخًا حقيقيًا.
uitdaagrecht-start-voorbij = هذا التاريخ قد مضى. اختر تاريخًا بعد اليوم.
uitdaagrecht-formulier-bijlagen = المرفقات
uitdaagrecht-bestand-label = إضافة مرفق (غير إلزامي)
uitdaagrecht-bestand-hint = مثلًا خطة، أو ميزانية، أو قائمة توقيعات. ملف PDF أو JPG أو PNG.
uitdaagrecht-bijlage-weg-label = إزالة المرفقات
uitdaagrecht-bijlage-weg = إزالة { $naam }
uitdaagrecht-geen-bijlagen = لا توجد مرفقات.
uitdaagrecht-formulier-openbaar = النشر للعموم
uitdaagrecht-openbaar-label = هل يجوز للجميع أن يروا اقتراحك؟
uitdaagrecht-openbaar-hint = عندها يظهر في الصفحة العامة. يستطيع السكان دعمه هناك. عناوين بريدكم الإلكتروني ومرفقاتكم لا تظهر هناك.
uitdaagrecht-openbaar-ja = نعم، يجوز للجميع أن يروه
uitdaagrecht-openbaar-nee = لا، البلدية فقط
uitdaagrecht-openbaar-leeg = اختر هل يجوز للجميع أن يروا اقتراحك.
uitdaagrecht-openbaar-knop = حفظ الاختيار
uitdaagrecht-formulier-verder = تابع إلى المراجعة
uitdaagrecht-formulier-opslaan = حفظ

uitdaagrecht-controleren-titel = راجع اقتراحك
uitdaagrecht-controleren-intro = هل كل شيء صحيح؟ هل تريد تغيير شيء؟ اختر إذن «تغيير».
uitdaagrecht-controleren-gewijzigd = غيّر عضو آخر الاقتراح بعد أن فتحت هذه الصفحة. لم نرسله بعد. في الأسفل تجد الاقتراح كما هو الآن. راجعه مرة أخرى.
uitdaagrecht-controleren-totaal = تطلبون في المجموع { $bedrag } في السنة.
uitdaagrecht-controleren-versturen-titel = الإرسال
uitdaagrecht-controleren-versturen-uitleg = بعد الإرسال لا يمكنك تغيير الاقتراح. تستلمه البلدية فورًا. تصل كل الأعضاء رسالة بالبريد الإلكتروني.
uitdaagrecht-controleren-knop = إرسال الاقتراح

uitdaagrecht-zaak-nummer = رقم اقتراحك
uitdaagrecht-zaak-wacht = تقرأ البلدية اقتراحك. بعد ذلك تتواصل معك.
uitdaagrecht-zaak-verstuurd-op = أُرسل في { $datum }.
uitdaagrecht-zaak-gegevens = الاقتراح
uitdaagrecht-zaak-openbaar-ja = يستطيع الجميع رؤية هذا الاقتراح.
uitdaagrecht-zaak-openbaar-link = اطّلع على الصفحة العامة
uitdaagrecht-zaak-openbaar-nee = البلدية والأعضاء فقط يرون هذا الاقتراح.
uitdaagrecht-gesprek-titel = رسالة من البلدية
uitdaagrecht-vragen-titel = أسئلة البلدية
uitdaagrecht-vraag-nummer = السؤال { $nummer }، بتاريخ { $datum }
uitdaagrecht-antwoord-label = إجابتك
uitdaagrecht-antwoord-knop = إرسال الإجابة
uitdaagrecht-antwoord-leeg = اكتب إجابتك.
uitdaagrecht-antwoord-gegeven = إجابتك، بتاريخ { $datum }
uitdaagrecht-antwoord-gesloten = قررت البلدية. لم يعد بإمكانك الإجابة عن هذا السؤال.
uitdaagrecht-antwoord-te-laat = لم نستطع حفظ إجابتك. أجاب عضو آخر عن هذا السؤال من قبل، أو أن البلدية قد قررت.
uitdaagrecht-niet-bewaard-tekst = هذا ما كتبته. انسخه إذا كنت ما زلت تريد استخدامه.
uitdaagrecht-al-verstuurd = لم نستطع حفظ تغييراتك. كان أحدهم قد أرسل الاقتراح من قبل.
uitdaagrecht-al-verstuurd-tekst = ما كتبته
uitdaagrecht-log-titel = من اطّلع من البلدية على هذا الاقتراح؟
uitdaagrecht-log-leeg = لا أحد بعد.
uitdaagrecht-log-bekeken = اطّلع عليه
uitdaagrecht-log-gedownload = فتح مرفقًا
uitdaagrecht-log-gesprek = بدأ محادثة
uitdaagrecht-log-vraag = طرح سؤالًا
uitdaagrecht-log-besloten = قرر
uitdaagrecht-log-opgepakt = بدأ المعالجة
uitdaagrecht-log-vastgelegd = سجّل شيئًا

uitdaagrecht-mail-aanhef = عزيزي عضو المبادرة،
uitdaagrecht-mail-knop = اطّلع على الاقتراح
uitdaagrecht-mail-inloggen = تسجّل الدخول بعنوان البريد الإلكتروني هذا.
uitdaagrecht-mail-lid-onderwerp = أنت عضو في { $naam }
uitdaagrecht-mail-lid-tekst = أضافك عضو إلى المبادرة { $naam }. يمكنك الآن أن تشارك في كتابة الاقتراحات إلى البلدية.
uitdaagrecht-mail-lid-adres = سجّل الدخول بعنوان البريد الإلكتروني هذا: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = استلمت البلدية الاقتراح { $referentie }
uitdaagrecht-mail-ingediend-tekst = أرسلت مبادرتك الاقتراح «{ $taak }» إلى البلدية. الرقم هو { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = البلدية تريد التحدث عن الاقتراح { $referentie }
uitdaagrecht-mail-gesprek-tekst = تريد البلدية أن تتحدث معك عن اقتراحك. وهي تكتب:
uitdaagrecht-mail-vraag-onderwerp = سؤال عن الاقتراح { $referentie }
uitdaagrecht-mail-vraag-tekst = لدى البلدية سؤال عن اقتراحك. تقرأ السؤال وتجيب عنه في البوابة.
uitdaagrecht-mail-besluit-onderwerp = قرار بشأن الاقتراح { $referentie }
uitdaagrecht-mail-besluit-tekst = قررت البلدية بشأن اقتراحك:
uitdaagrecht-mail-besluit-uitleg = تقرأ في البوابة لماذا قررت البلدية ذلك.
uitdaagrecht-mail-lid-knop = اطّلع على المبادرة
