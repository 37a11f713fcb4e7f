## Sign-in by e-mail link.

auth-inloggen-titel = تسجيل الدخول
auth-inloggen-uitleg = تسجّل الدخول بعنوان بريدك الإلكتروني. عندها تصلك رسالة فيها رابط. بهذا الرابط تسجّل الدخول.
auth-inloggen-geen-wachtwoord = لا تحتاج إلى كلمة مرور.
auth-email-label = عنوان بريدك الإلكتروني
auth-email-hint = مثلًا naam@voorbeeld.nl
auth-email-leeg = أدخل عنوان بريدك الإلكتروني.
auth-email-ongeldig = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
auth-inloggen-knop = أرسل لي رابطًا
auth-inloggen-digid = لاحقًا ستتمكن هنا أيضًا من تسجيل الدخول باستخدام DigiD.
auth-verstuurd-titel = انظر في بريدك الإلكتروني
auth-verstuurd-tekst = أرسلنا رسالة إلى العنوان الذي أدخلته. اضغط على الرابط في تلك الرسالة.
auth-verstuurd-geldig = يعمل الرابط لمدة { $minuten ->
        [zero] { $minuten } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minuten } دقائق
        [many] { $minuten } دقيقةً
       *[other] { $minuten } دقيقة
    }. يمكنك استخدام الرابط مرة واحدة.
auth-verstuurd-niets = لم تصلك رسالة؟ انظر أيضًا في مجلد البريد غير المرغوب فيه.
auth-verstuurd-opnieuw = اطلب رابطًا جديدًا
auth-bevestig-titel = تسجيل الدخول
auth-bevestig-tekst = اضغط على الزر لتسجيل الدخول.
auth-bevestig-knop = تسجيل الدخول
auth-verlopen-titel = هذا الرابط لم يعد يعمل
auth-verlopen-tekst = يعمل الرابط لمدة { $minuten ->
        [zero] { $minuten } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minuten } دقائق
        [many] { $minuten } دقيقةً
       *[other] { $minuten } دقيقة
    } ومرة واحدة فقط. ربما استخدمت الرابط من قبل.
auth-verlopen-opnieuw = اطلب رابطًا جديدًا
auth-uitloggen-knop = تسجيل الخروج
auth-uitgelogd-titel = لقد سجّلت الخروج
auth-uitgelogd-tekst = أغلق المتصفح إذا كنت تشارك الحاسوب مع آخرين.
auth-uitgelogd-opnieuw = سجّل الدخول مرة أخرى
auth-uitgelogd-opgeheven = أغلقنا حسابك. ومسحنا كل ما يخصك من البوابة.
auth-mail-onderwerp = تسجيل الدخول لدى بلدية { $gemeente }
auth-mail-tekst = تريد تسجيل الدخول إلى بوابة بلدية { $gemeente }. اضغط على الرابط لتسجيل الدخول.
auth-mail-knop = تسجيل الدخول
auth-mail-geldig = يعمل الرابط لمدة { $minuten ->
        [zero] { $minuten } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minuten } دقائق
        [many] { $minuten } دقيقةً
       *[other] { $minuten } دقيقة
    }. يمكنك استخدام الرابط مرة واحدة.
auth-mail-niet-gevraagd = ألم تطلب هذا بنفسك؟ إذن لا تحتاج إلى فعل أي شيء. لا أحد يستطيع تسجيل الدخول بدون هذا الرابط.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = حسابك لدى البلدية
auth-met-aanbieder = تسجيل الدخول باستخدام { $aanbieder }
auth-pagina-vraagt = لهذه الصفحة تسجّل الدخول باستخدام { $aanbieders }.
auth-of-email = أو سجّل الدخول بعنوان بريدك الإلكتروني
auth-voor-medewerkers = هل تعمل في البلدية؟
auth-afgebroken = أوقفت تسجيل الدخول باستخدام { $aanbieder }. أنت غير مسجّل الدخول.
auth-bewaard-tekst = لم تكن نشطًا لبعض الوقت. لذلك سُجّل خروجك. حفظنا ما كنت قد أدخلته.
auth-bewaard-opnieuw = سجّل الدخول مرة أخرى. بعد ذلك تتابع من حيث توقفت.
auth-fout-titel = لم ينجح تسجيل الدخول
auth-fout-digid = حدث خطأ في الاتصال مع DigiD. يُرجى المحاولة مرة أخرى لاحقًا. إذا استمر هذا الخطأ، فانظر في الموقع https://www.digid.nl لأحدث المعلومات.
auth-fout-eherkenning = حدث خطأ في الاتصال مع eHerkenning. حاول مرة أخرى لاحقًا. هل يتكرر هذا الخطأ؟ انظر إذن في الموقع https://www.eherkenning.nl لأحدث المعلومات.
auth-fout-medewerker = لم ينجح تسجيل الدخول بحسابك لدى البلدية. حاول مرة أخرى لاحقًا. هل ما زال لا ينجح؟ اطلب المساعدة من مكتب الخدمة (servicedesk) في البلدية.
auth-fout-naar-start = إلى الصفحة الرئيسية
auth-geen-poging-titel = لم ينجح تسجيل الدخول
auth-geen-poging-tekst = لم نعد نعرف أنك أردت تسجيل الدخول. ربما استغرق الأمر وقتًا طويلًا جدًا، أو استخدمت رابطًا قديمًا. حاول مرة أخرى.
auth-adres-titel = عنوان بريدك الإلكتروني
auth-adres-waarom = نرسل إليك رسالة إذا تغيّر شيء في معاملتك. لهذا نحتاج إلى عنوان بريدك الإلكتروني.
auth-adres-link = ستصلك رسالة فيها رابط. بهذا الرابط تؤكد أن العنوان لك.
auth-adres-knop = أرسل لي الرابط
auth-adres-overslaan = ليس الآن، تابع بدون بريد إلكتروني
auth-verder-titel = تابع من حيث توقفت
auth-verder-tekst = أنت مسجّل الدخول مرة أخرى. ما أدخلته محفوظ. اضغط على الزر لإرساله.
auth-verder-knop = متابعة
auth-bsn = أنت مسجّل الدخول باستخدام DigiD. رقم BSN الخاص بك: { $bsn }
