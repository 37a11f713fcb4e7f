## The melding journey: a resident, or someone who helps them, tells the municipality what help they need.

melding-gratis-hulp = هل تريد مساعدة في ملء الاستمارة أو في المحادثة؟ يمكنك دائمًا الحصول على { $begrip } مجانًا.
melding-verder = متابعة
melding-later = احفظ وتابع لاحقًا

melding-start-titel = طلب المساعدة في السكن أو الرعاية أو المشاركة
melding-start-intro = أخبر البلدية بالمساعدة التي تحتاجها. يُسمّى هذا { $begrip }.
melding-start-voor-ander = يمكنك أيضًا أن تفعل ذلك لشخص تساعده.
melding-start-duur = يستغرق ملء الاستمارة حوالي 10 دقائق.
melding-start-bewaard = يمكنك التوقف في أثناء ذلك. تبقى إجاباتك محفوظة.
melding-start-niet-alles = لا تحتاج إلى معرفة كل شيء الآن. البلدية تتحدث معك بعد ذلك.
melding-start-knop = ابدأ
melding-start-hervatten = تابع طلبًا بدأته من قبل
melding-start-inloggen-tekst = سجّل الدخول أولًا. عندها نستطيع حفظ إجاباتك.
melding-start-inloggen = تسجيل الدخول

melding-hervatten-titel = تابع طلبك
melding-hervatten-tekst = هل حفظت طلبًا من قبل؟ أدخل إذن الرمز الذي حصلت عليه.
melding-hervatten-label = رمزك
melding-hervatten-hint = مثلًا K7P2-QX9M
melding-hervatten-knop = متابعة
melding-hervatten-fout-leeg = أدخل رمزك.
melding-hervatten-fout-onbekend = لا نجد طلبًا بهذا الرمز. تحقّق من أنك نقلت الرمز بشكل صحيح.

melding-naam-voor-wie = لمن
melding-naam-de-ander = الشخص الذي تساعده
melding-naam-spoed = حالة عاجلة
melding-naam-hulpvraag = طلبك
melding-naam-gebieden = المواضيع
melding-naam-huishouden = من يسكن في البيت
melding-naam-gesprek = في المحادثة
melding-naam-co = مساعدة مجانية في طلبك
melding-naam-gegevens = عمّن يتحدث الطلب
melding-naam-contact = التواصل
melding-naam-toestemming = الموافقة

melding-voor-wie-titel = لمن تطلب المساعدة؟
melding-voor-wie-vraag = اختر ما يناسب
melding-keuze-voor-wie-zelf = لنفسي
melding-keuze-voor-wie-ander = لشخص أساعده
melding-keuze-voor-wie-namens = لـ { $naam }

melding-de-ander-titel = عن الشخص الذي تساعده
melding-de-ander-uitleg = أنت تطلب المساعدة لشخص آخر. أخبرنا من هو.
melding-de-ander-naam = ما اسم هذا الشخص؟
melding-de-ander-relatie = ما صلة هذا الشخص بك؟
melding-keuze-relatie-partner = شريكي أو شريكتي
melding-keuze-relatie-ouder = أبي أو أمي
melding-keuze-relatie-kind = طفلي
melding-keuze-relatie-familie = شخص آخر من عائلتي
melding-keuze-relatie-vriend-buur = صديق أو صديقة أو جار
melding-keuze-relatie-clientondersteuner = أنا مرشده أو مرشدها
melding-keuze-relatie-anders = شيء آخر
melding-de-ander-toestemming = هل يعرف هذا الشخص بذلك؟
melding-de-ander-toestemming-hint = يجوز لك أن تطلب المساعدة فقط لشخص يوافق على ذلك.
melding-de-ander-toestemming-ja = هذا الشخص يعرف أنني أطلب المساعدة ويوافق على ذلك.

melding-spoed-titel = هل الوضع الآن غير آمن أو عاجل جدًا؟
melding-spoed-112 = هل يوجد الآن خطر مباشر؟ اتصل إذن فورًا بالرقم 112.
melding-spoed-gevaar = هل أحد في البيت في خطر؟
melding-spoed-gevaar-hint = مثلًا بسبب العنف أو التهديد أو الإهمال.
melding-spoed-zorg = هل لم يعد ممكنًا اليوم أو غدًا الاستمرار في البيت بدون مساعدة؟
melding-spoed-zorg-hint = مثلًا لأن الشخص الذي يقدّم الرعاية مرض فجأة.
melding-keuze-ja = نعم
melding-keuze-nee = لا

melding-spoedroute-titel = تواصل معنا الآن
melding-spoedroute-tekst = تقول إن الأمر عاجل. لذلك تواصل معنا الآن. لا تنتظر حتى نهاية هذه الاستمارة.
melding-spoedroute-daarna-titel = بعد ذلك
melding-spoedroute-daarna = هل اتصلت؟ إذن يمكنك هنا إكمال طلبك. يجوز ذلك أيضًا لاحقًا.
melding-spoedroute-verder = تابع طلبك

melding-hulpvraag-titel = في أي شيء تريد المساعدة؟
melding-hulpvraag-vraag = طلبك
melding-hulpvraag-hint = قل بكلماتك الخاصة ما الذي لا تنجح فيه جيدًا. وما الذي تتمناه.

melding-gebieden-titel = بماذا يتعلق طلبك؟
melding-gebieden-vraag = المواضيع
melding-gebieden-hint = اختر كل ما يناسب.
melding-keuze-gebied-verzorging = العناية بنفسك وأعمال البيت
melding-keuze-gebied-lichaam = جسمك وصحتك
melding-keuze-gebied-gevoel = مشاعرك وأفكارك
melding-keuze-gebied-wonen = بيتك والحي
melding-keuze-gebied-geld = المال والأوراق
melding-keuze-gebied-contact = التواصل مع الناس الآخرين
melding-keuze-gebied-dag = ما تفعله خلال النهار
melding-keuze-gebied-thuis = أحوال الناس في البيت
melding-keuze-gebied-kinderen = تربية الأطفال
melding-keuze-gebied-verslaving = الإدمان، مثلًا على الكحول أو القمار
melding-keuze-gebied-mantelzorg = مساعدة للشخص الذي يعتني بك

melding-huishouden-titel = من يسكن في البيت؟
melding-huishouden-waarom = أحيانًا يقوم من يسكنون معك بجزء من أعمال البيت. لذلك تسأل البلدية عن هذا.
melding-huishouden-vraag = اختر ما يناسب
melding-keuze-huishouden-alleen = أسكن وحدي
melding-keuze-huishouden-alleen-namens = { $naam } يسكن وحده
melding-keuze-huishouden-partner = مع شريك
melding-keuze-huishouden-partner-kinderen = مع شريك وأطفال
melding-keuze-huishouden-kinderen = مع أطفال، بدون شريك
melding-keuze-huishouden-anderen = مع أشخاص آخرين
melding-huisgenoten = من يسكن أيضًا في البيت؟
melding-huisgenoten-hint = اكتب عمر كل شخص. مثلًا: زوجي (80)، ابني (45). هذا ليس إلزاميًا.

melding-gesprek-titel = من تريد أن يحضر المحادثة معك؟
melding-gesprek-uitleg = تتحدث البلدية معك عن طلبك. غالبًا يكون ذلك في بيتك. تُسمّى هذه المحادثة { $begrip }.
melding-gesprek-vraag = من سيحضر؟
melding-gesprek-hint = يجوز لك أن تُحضر شخصًا معك. اختر كل ما يناسب.
melding-keuze-erbij-mantelzorger = شخص يعتني بي
melding-keuze-erbij-familie = شخص من عائلتي
melding-keuze-erbij-mantelzorger-namens = شخص يعتني بـ { $naam }
melding-keuze-erbij-familie-namens = شخص من عائلة { $naam }
melding-keuze-erbij-clientondersteuner = مرشد
melding-keuze-erbij-iemand = شخص آخر
melding-keuze-erbij-niemand = لا أحد
melding-gesprek-naam = من هو؟
melding-gesprek-naam-hint = مثلًا اسم ورقم هاتف. هذا ليس إلزاميًا.

melding-co-titel = هل تريد مساعدة مجانية في طلبك؟
melding-co-wat = المرشد يساعدك في طلبك إلى البلدية. ويمكنه أو يمكنها أيضًا أن يرافقك إلى المحادثة.
melding-co-gratis = هذه المساعدة مجانية. لن تدفع مقابلها أبدًا.
melding-co-beslist-niet = المرشد يقف إلى جانبك. هو أو هي لا يقرر بشأن طلبك.
melding-co-vraag = هل تريد مرشدًا؟
melding-keuze-wens-ja = نعم، من فضلك
melding-keuze-wens-nee = لا، ليس الآن
melding-keuze-wens-weet-niet = لا أعرف بعد
melding-co-organisatie = من يجوز له أن يساعدك؟
melding-co-organisatie-hint = فقط إذا اخترت «نعم، من فضلك». عندها نطلب المساعدة لك عندما ترسل البلاغ.
melding-co-organisatie-gemeente = اترك البلدية تختار

melding-contact-titel = كيف تريد أن تتواصل معك البلدية؟
melding-contact-namens = تتواصل البلدية مع { $naam }. لذلك أدخل رقم هاتف { $naam } وعنوان بريده الإلكتروني.
melding-contact-vraag = كيف تريد التواصل؟
melding-keuze-contact-telefoon = بالهاتف
melding-keuze-contact-email = بالبريد الإلكتروني
melding-keuze-contact-brief = برسالة بالبريد
melding-contact-telefoon = رقم الهاتف
melding-contact-telefoon-hint = أدخل هذا إذا كان يجوز لنا أن نتصل بك.
melding-contact-telefoon-hint-namens = أدخل هذا إذا كان يجوز للبلدية أن تتصل بـ { $naam }.
melding-contact-email = عنوان البريد الإلكتروني
melding-contact-email-hint = إلى هذا العنوان نرسل أيضًا التأكيد.
melding-contact-email-hint-namens = على هذا العنوان تتواصل البلدية مع { $naam }.
melding-contact-tijden = متى يناسبك أكثر أن نتصل بك؟
melding-contact-tijden-hint = مثلًا: يوم الثلاثاء صباحًا. هذا ليس إلزاميًا.
melding-contact-tolk = هل تحتاج إلى مساعدة في المحادثة؟
melding-keuze-tolk-geen = لا
melding-keuze-tolk-tolk = نعم، مترجم
melding-keuze-tolk-gebarentaal = نعم، مترجم للغة الإشارة
melding-contact-tolk-taal = ما اللغة التي تتكلمها؟
melding-contact-tolk-taal-hint = أدخل هذا إذا كنت تريد مترجمًا.
melding-contact-postadres = هل يجب إرسال الرسائل إلى عنوان آخر؟
melding-contact-postadres-hint = أدخل هذا فقط إذا كنت تريد الرسائل على عنوان غير عنوان سكنك. مثلًا عنوان مدير أموالك (bewindvoerder).
melding-gegevens-titel = عمّن يتحدث البلاغ؟
melding-gegevens-waarom = يجب أن تعرف البلدية من تساعد. لذلك نسأل عن الاسم وتاريخ الميلاد والعنوان.
melding-gegevens-naam = الاسم
melding-gegevens-geboren = تاريخ الميلاد
melding-gegevens-geboren-op = وُلد في { $datum }
melding-gegevens-adres = عنوان السكن
melding-adres-straat = الشارع ورقم البيت
melding-adres-postcode = الرمز البريدي
melding-adres-postcode-hint = مثلًا 2665 AB
melding-adres-plaats = مكان السكن

melding-toestemming-titel = هل يجوز للبلدية أن تستخدم بياناتك؟
melding-toestemming-nodig = تحتاج البلدية إلى بياناتك لمعالجة طلبك.
melding-toestemming-gezondheid = يتعلق الأمر أيضًا ببيانات عن صحتك. وهذه حساسة بشكل خاص.
melding-toestemming-alleen = تستخدم البلدية بياناتك لهذا الطلب فقط.
melding-toestemming-wie = فقط الموظفون الذين يعملون على طلبك يجوز لهم أن يروها.
melding-toestemming-privacy = اقرأ المزيد عن خصوصيتك
melding-toestemming-vraag = الموافقة
melding-toestemming-ja = أوافق على أن تستخدم البلدية بياناتي لهذا الطلب.
melding-toestemming-ja-namens = أوافق على أن تستخدم البلدية بيانات { $naam } لهذا الطلب.

melding-later-titel = حفظنا إجاباتك
melding-later-code = رمزك
melding-later-schrijf-op = لا تحتاج إلى الرمز لذلك. تحتاج إلى الرمز فقط إذا اتصلت بالبلدية بشأن طلبك.
melding-later-hoe = سجّل الدخول مرة أخرى لاحقًا. يمكنك ذلك على هذا الهاتف أو الحاسوب، أو على جهاز آخر. ثم اختر طلبك في «بوابتي».
melding-later-bellen = اكتب الرمز إذن. واذكر الرمز في المكالمة. عندها تجد البلدية إجاباتك.
melding-later-mijn-loket = طلبك موجود في «بوابتي». هناك تتابع لاحقًا.
melding-later-nu-verder = تابع الآن
melding-later-naar-mijn-loket = إلى «بوابتي»

melding-controleren-titel = راجع إجاباتك
melding-controleren-tekst = هل كل شيء صحيح؟ بزر «تغيير» تعدّل الإجابة.
melding-controleren-leeg = لم يُملأ بعد
melding-controleren-fout-open = أجب عن هذا السؤال أيضًا.
melding-controleren-versturen-titel = الإرسال
melding-controleren-versturen-tekst = هل تضغط على الزر؟ عندها يصل { $begrip } الخاص بك إلى البلدية.
melding-controleren-knop = إرسال

melding-datum-plan = يحق لك أن تسلّم { $begrip } حتى { $datum } ضمنًا. هذا ليس إلزاميًا.
melding-datum-onderzoek = تتحدث البلدية معك في موعد أقصاه { $datum }. تُسمّى هذه المحادثة { $begrip }.
melding-datum-na-gesprek = تبدأ المُهَل بمحادثتك الأولى مع البلدية. بعد ذلك ترى التواريخ في «بوابتي».

melding-bevestiging-titel = استلمت البلدية طلبك
melding-bevestiging-paneel = تم بنجاح
melding-bevestiging-nummer = رقمك هو
melding-bevestiging-ontvangen = وصل طلبك إلى البلدية في { $datum }.
melding-bevestiging-mail = ستصلك أيضًا رسالة بالبريد الإلكتروني فيها هذه البيانات.
melding-bevestiging-nu-titel = ماذا يحدث الآن؟
melding-bevestiging-co = تريد مساعدة مجانية من مرشد.
melding-bevestiging-co-link = اطلب هذه المساعدة الآن
melding-bevestiging-co-gevraagd = طلبت أيضًا مساعدة مجانية من مرشد. طلبنا هذه المساعدة لك. الرقم هو { $referentie }.
melding-bevestiging-co-bekijk = اطّلع على طلبك للمساعدة
melding-bevestiging-bewijs = اطّلع على إجاباتك أو اطبعها
melding-bevestiging-mijn-loket = إلى «بوابتي»

melding-bewijs-titel = إجاباتك
melding-bewijs-ontvangen = تاريخ الاستلام
melding-bewijs-printen = هل تريد هذا على الورق؟ استخدم إذن زر الطباعة في متصفحك.

melding-mail-onderwerp = استلمت البلدية طلبك { $referentie }
melding-mail-ontvangen = طلبت المساعدة من بلدية { $gemeente }. رقمك هو { $referentie }.
melding-mail-contact = ستتواصل البلدية معك. وتحددان معًا موعدًا للمحادثة.
melding-mail-knop = اطّلع على طلبك

melding-fout-voor-wie = اختر لمن تطلب المساعدة.
melding-fout-ander-naam = أدخل اسم الشخص الذي تساعده.
melding-fout-ander-relatie = اختر صلة هذا الشخص بك.
melding-fout-ander-toestemming = اسأل أولًا هل يوافق هذا الشخص. ثم ضع علامة الاختيار.
melding-fout-spoed = اختر نعم أو لا.
melding-fout-hulpvraag = قل في أي شيء تريد المساعدة.
melding-fout-levensgebieden = اختر موضوعًا واحدًا على الأقل.
melding-fout-huishouden = اختر مع من تسكن.
melding-fout-gesprek = اختر من سيحضر. أو اختر «لا أحد».
melding-fout-gesprek-niemand = اخترت «لا أحد» واخترت أيضًا شخصًا آخر. اختر واحدًا من الاثنين.
melding-fout-clientondersteuning = اختر هل تريد مرشدًا.
melding-fout-co-organisatie = اختر من يجوز له أن يساعدك. يمكنك أيضًا أن تترك البلدية تختار.
melding-fout-naam = أدخل الاسم.
melding-fout-geboren-leeg = أدخل تاريخ الميلاد.
melding-fout-geboren = أدخل تاريخ ميلاد موجودًا. مثلًا 15 8 1956.
melding-fout-geboren-toekomst = لا يمكن أن يكون تاريخ الميلاد بعد اليوم.
melding-fout-straat = أدخل الشارع ورقم البيت.
melding-fout-postcode-leeg = أدخل الرمز البريدي.
melding-fout-postcode = أدخل رمزًا بريديًا مثل 2665 AB: أربعة أرقام وحرفان.
melding-fout-plaats = أدخل مكان السكن.
melding-fout-contact-manier = اختر كيف تريد التواصل.
melding-fout-telefoon = أدخل رقم هاتف مثل 06 1234 5678.
melding-fout-telefoon-leeg = أدخل رقم هاتفك. أو اختر طريقة أخرى للتواصل.
melding-fout-email = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
melding-fout-email-leeg = أدخل عنوان بريدك الإلكتروني. أو اختر طريقة أخرى للتواصل.
melding-fout-tolk = اختر هل تحتاج إلى مساعدة في المحادثة.
melding-fout-tolk-taal = أدخل اللغة التي تتكلمها.
melding-fout-toestemming = بدون موافقتك لا تستطيع البلدية معالجة طلبك. ضع علامة الاختيار إذا كنت توافق.
melding-fout-te-lang = هذا طويل جدًا. استخدم { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
melding-spoed-route-link = قلت إن الأمر عاجل. اقرأ ما يمكنك أن تفعله الآن.
melding-bevestiging-plan = اكتب خطتك الخاصة أو أرسلها
melding-mail-gratis-hulp = هل تريد مساعدة في المحادثة؟ يمكنك دائمًا الحصول على { $begrip } مجانًا.
melding-namens = هذه الأسئلة تتعلق بـ { $naam }. عندما نقول «أنت» نقصد { $naam }.
melding-namens-toestemming = أنت تعطي الموافقة على بيانات { $naam }. افعل ذلك فقط إذا كان { $naam } يوافق.
melding-start-wachttijd-weken = في الأشهر الماضية كان الأمر يستغرق غالبًا { $weken ->
        [zero] { $weken } أسبوع
        [one] أسبوعًا واحدًا
        [two] أسبوعين
        [few] { $weken } أسابيع
        [many] { $weken } أسبوعًا
       *[other] { $weken } أسبوع
    } حتى يصدر قرار.
melding-start-wachttijd-dagen = في الأشهر الماضية كان الأمر يستغرق غالبًا { $dagen ->
        [zero] { $dagen } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $dagen } أيام
        [many] { $dagen } يومًا
       *[other] { $dagen } يوم
    } حتى يصدر قرار.
melding-start-wachttijd-kort = في الأشهر الماضية كان القرار يصدر غالبًا خلال أسبوع.
melding-start-wachttijd-bijgewerkt = هذا الرقم بتاريخ { $moment }.
