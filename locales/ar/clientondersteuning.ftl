## Cliëntondersteuning: free, independent help for a resident during the whole procedure. The public page, the
## request form, the confirmation, and the two mails a request sends.

clientondersteuning-uitleg-titel = مساعدة مجانية في طلبك إلى البلدية
clientondersteuning-uitleg-intro = هل لديك سؤال للبلدية عن المساعدة أو الرعاية؟ إذن يحق لك أن تطلب من شخص أن يساعدك. يُسمّى هذا { $begrip }.
clientondersteuning-uitleg-gratis = هذه المساعدة مجانية. لا تدفع مقابلها شيئًا، ولا لاحقًا أيضًا.
clientondersteuning-uitleg-wat-titel = ماذا يفعل المرشد؟
clientondersteuning-uitleg-wat-naast = المرشد يقف إلى جانبك. هو أو هي يساعدك على شرح طلبك.
clientondersteuning-uitleg-wat-gesprek = يمكنه أو يمكنها أيضًا أن يرافقك إلى المحادثة مع البلدية. ويساعدك إذا لم تفهم رسالة.
clientondersteuning-uitleg-wat-beslist = المرشد يقف في صفّك. هو أو هي لا يقرر بشأن طلبك. البلدية هي التي تقرر.
clientondersteuning-uitleg-wie-titel = من يحق له أن يطلب هذه المساعدة؟
clientondersteuning-uitleg-wie-iedereen = كل من يسكن في { $gemeente } ولديه سؤال للبلدية.
clientondersteuning-uitleg-wie-mantelzorger = وأيضًا { $begrip }. يحق لك أن تطلبها لنفسك أو للشخص الذي تساعده.
clientondersteuning-uitleg-wie-melding = لا تحتاج إلى تقديم { $begrip } أولًا. يحق لك أن تطلب المساعدة قبل ذلك.
clientondersteuning-uitleg-wie-moment = يحق لك أن تطلبها دائمًا: قبل المحادثة مع البلدية، وفي أثنائها، وبعدها.
clientondersteuning-uitleg-organisaties-titel = هذه المنظمات تساعدك
clientondersteuning-uitleg-aanvragen-titel = طلب المساعدة
clientondersteuning-uitleg-aanvragen-tekst = يمكنك أن تطلب المساعدة هنا. تسجّل الدخول أولًا. بعد ذلك تملأ استمارة قصيرة.
clientondersteuning-uitleg-aanvragen-knop = اطلب مساعدة مجانية
clientondersteuning-uitleg-aanvragen-zelf = يحق لك أيضًا أن تتصل بالمنظمة بنفسك أو ترسل إليها بريدًا إلكترونيًا.

clientondersteuning-telefoon = الهاتف
clientondersteuning-email = البريد الإلكتروني
clientondersteuning-website = الموقع الإلكتروني

clientondersteuning-formulier-titel = طلب مساعدة مجانية
clientondersteuning-formulier-intro = بهذه الاستمارة تطلب { $begrip } مجانًا. بعد ذلك تتواصل معك منظمة.
clientondersteuning-formulier-gratis = المساعدة لا تكلّف شيئًا. المنظمة لا تقرر بشأن طلبك إلى البلدية.
clientondersteuning-formulier-knop = اطلب المساعدة

clientondersteuning-voor-wie-label = لمن تطلب المساعدة؟
clientondersteuning-voor-wie-zelf = لنفسي
clientondersteuning-voor-wie-ander = لشخص أساعده
clientondersteuning-voor-wie-ander-hint = مثلًا شريكك أو أحد والديك أو طفلك.
clientondersteuning-voor-wie-ander-wie = { $naam } ({ $relatie })

clientondersteuning-ander-legend = عن الشخص الذي تساعده
clientondersteuning-ander-hint = املأ هذا فقط إذا كنت تطلب المساعدة لشخص آخر.
clientondersteuning-ander-naam-label = اسم هذا الشخص
clientondersteuning-ander-relatie-label = ما صلة هذا الشخص بك؟
clientondersteuning-ander-relatie-hint = مثلًا: أمي

clientondersteuning-organisatie-label = أي منظمة تريد؟
clientondersteuning-organisatie-hint = كل المنظمات تساعدك مجانًا. لا تعرف؟ اترك البلدية تختار إذن.
clientondersteuning-organisatie-gemeente = اترك البلدية تختار

clientondersteuning-contact-legend = كيف يمكن للمنظمة أن تصل إليك؟
clientondersteuning-contact-hint = أدخل رقم هاتف أو عنوان بريد إلكتروني. يجوز أيضًا إدخال الاثنين.
clientondersteuning-telefoon-label = رقم الهاتف
clientondersteuning-telefoon-hint = مثلًا 06 12345678
clientondersteuning-email-label = عنوان البريد الإلكتروني

clientondersteuning-toegankelijkheid-label = هل تحتاج إلى مساعدة في الكلام؟
clientondersteuning-toegankelijkheid-geen = لا
clientondersteuning-toegankelijkheid-tolk = نعم، مترجم
clientondersteuning-toegankelijkheid-tolk-hint = شخص يتكلم لغتك ويترجم.
clientondersteuning-toegankelijkheid-tolk-taal = نعم، مترجم للغة { $taal }
clientondersteuning-toegankelijkheid-gebarentaal = نعم، مترجم للغة الإشارة
clientondersteuning-tolk-taal-label = ما اللغة التي تتكلمها؟
clientondersteuning-tolk-taal-hint = املأ هذا فقط إذا كنت تريد مترجمًا.

clientondersteuning-notitie-label = هل تريد أن تقول شيئًا آخر؟ هذا ليس ضروريًا.
clientondersteuning-notitie-hint = نرسل هذا إلى المنظمة. اكتب فقط ما يجب أن تعرفه المنظمة.

clientondersteuning-fout-voor-wie = اختر لمن تطلب المساعدة.
clientondersteuning-fout-ander-naam = أدخل اسم الشخص الذي تساعده.
clientondersteuning-fout-ander-relatie = أدخل صلة هذا الشخص بك.
clientondersteuning-fout-organisatie = اختر منظمة. أو اترك البلدية تختار.
clientondersteuning-fout-contact = أدخل رقم هاتف أو عنوان بريد إلكتروني.
clientondersteuning-fout-telefoon = أدخل رقم هاتف من 10 أرقام على الأقل. مثلًا 06 12345678.
clientondersteuning-fout-email = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
clientondersteuning-fout-toegankelijkheid = اختر هل تحتاج إلى مساعدة في الكلام.
clientondersteuning-fout-te-lang = هذا طويل جدًا. لا تستخدم أكثر من { $aantal ->
        [zero] { $aantal } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    }.

clientondersteuning-bevestiging-titel = وصلنا طلبك
clientondersteuning-bevestiging-nummer = رقمك
clientondersteuning-bevestiging-mail = نرسل إليك أيضًا رسالة بريد إلكتروني فيها هذا الرقم.
clientondersteuning-bevestiging-nu-titel = ماذا يحدث الآن؟
clientondersteuning-bevestiging-belt = ستتواصل معك { $organisatie } خلال بضعة أيام عمل.
clientondersteuning-bevestiging-gemeente-kiest = البلدية تختار لك منظمة. ستتواصل معك هذه المنظمة خلال بضعة أيام عمل.
clientondersteuning-status-gekozen = { $organisatie } تساعدك. البلدية اختارت لك هذه المنظمة. ستتواصل معك المنظمة خلال بضعة أيام عمل.
clientondersteuning-bevestiging-gratis = المساعدة مجانية. لا تدفع شيئًا.
clientondersteuning-bevestiging-gegevens-titel = ما أرسلته إلينا
clientondersteuning-bevestiging-notitie = رسالتك
clientondersteuning-bevestiging-mijn-loket = إلى «بوابتي»

clientondersteuning-mail-inwoner-onderwerp = طلبك للمساعدة المجانية: { $referentie }
clientondersteuning-mail-inwoner-tekst = وصلنا طلبك للمساعدة المجانية. رقمك هو { $referentie }.
clientondersteuning-mail-inwoner-knop = اطّلع على طلبك
clientondersteuning-mail-gekozen-onderwerp = { $organisatie } تساعدك
clientondersteuning-mail-gekozen-tekst = تركت البلدية تختار من يساعدك في طلبك { $referentie }. البلدية اختارت { $organisatie }.
clientondersteuning-mail-ondersteuner-onderwerp = البلدية تطلب منك المساعدة: { $referentie }
clientondersteuning-mail-ondersteuner-tekst = البلدية اختارتك مرشدًا في الطلب { $referentie }.
clientondersteuning-mail-ondersteuner-loket = سجّل الدخول إلى البوابة. تحت «طلباتي» ترى من تساعد وكيف تصل إلى هذا الشخص.
clientondersteuning-mail-ondersteuner-knop = إلى عملائك
clientondersteuning-mail-organisatie-onderwerp = طلب إرشاد: { $referentie }
clientondersteuning-mail-organisatie-tekst = أحد سكان { $gemeente } يطلب منكم إرشادًا مجانيًا.
clientondersteuning-mail-organisatie-kies = أحد سكان { $gemeente } يطلب إرشادًا مجانيًا. ليس لديه أو لديها تفضيل. اختاروا في البوابة من يساعد: في «قائمة العمل»، تحت «الإرشاد».
clientondersteuning-mail-organisatie-bellen = تواصلوا مع المقيم خلال بضعة أيام عمل.
clientondersteuning-mail-nummer = الرقم
clientondersteuning-mail-voor-wie = لمن
clientondersteuning-mail-toegankelijkheid = المساعدة في الكلام
clientondersteuning-mail-notitie-in-loket = كتب المقيم رسالة مع الطلب. هذه الرسالة موجودة في البوابة، عند الطلب { $referentie }. سجّلوا الدخول لقراءتها.
clientondersteuning-mail-organisatie-aanhef = الزميل العزيز، الزميلة العزيزة،
clientondersteuning-bij-melding = هذا الطلب يتعلق ببلاغك { $referentie }.
clientondersteuning-mail-melding = البلاغ
clientondersteuning-inzage-label = هل يجوز للمرشد أن يرى ملفك؟
clientondersteuning-inzage-hint = هذا ليس ضروريًا. عندها يستطيع المرشد أن يرى كيف يسير بلاغك. هو أو هي لا يستطيع تغيير أي شيء. يمكنك دائمًا إيقاف ذلك.
clientondersteuning-inzage-ja = نعم، يجوز للمرشد أن يطّلع على ملفي
clientondersteuning-bevestiging-opgepakt = { $naam } من { $organisatie } يساعدك. هو أو هي سيتواصل معك.
