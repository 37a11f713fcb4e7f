# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = الحفظ والحذف
bewaren-link = الحفظ والحذف
bewaren-intro = تحذف البوابة كل يوم ما لم يعد مسموحًا لها بحفظه. هنا تجد المُدد. وكم حذفت البوابة. لا توجد أسماء هنا.
bewaren-termijnen = المُدد
bewaren-geen-termijnen = ملف تعريف البلدية لا يحتوي على مُدد. عندها تحذف البوابة فقط روابط الدخول والجلسات المنتهية.
bewaren-dagen = { $dagen ->
    [zero] { $dagen } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $dagen } أيام
    [many] { $dagen } يومًا
   *[other] { $dagen } يوم
}
bewaren-dagen-vooraf = { $dagen ->
    [zero] قبل { $dagen } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $dagen } أيام
    [many] قبل { $dagen } يومًا
   *[other] قبل { $dagen } يوم
}
bewaren-jaren = { $jaren ->
    [zero] { $jaren } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $jaren } سنوات
    [many] { $jaren } سنةً
   *[other] { $jaren } سنة
}
bewaren-bron = المصدر
bewaren-zaken-caption = المعاملات المغلقة، من تاريخ انتهاء المعاملة
bewaren-kolom-regeling = البرنامج
bewaren-kolom-jaren = السنوات
bewaren-kolom-bron = المصدر
bewaren-rondes = آخر الجولات
bewaren-rondes-geen = لم تحدث أي جولة بعد.
bewaren-rondes-caption = ما حذفته كل جولة
bewaren-kolom-dag = اليوم
bewaren-bezig = (جارية)
bewaren-soort-waarschuwing = بريد إلكتروني مسبق
bewaren-soort-concept = المسودات
bewaren-soort-inloglink = روابط الدخول
bewaren-soort-sessie = الجلسات
bewaren-soort-mail = الرسائل الإلكترونية المُرسلة
bewaren-soort-toegangslog = سجل الاطلاع
bewaren-soort-zaak = المعاملات المغلقة
bewaren-stop-titel = إيقاف الحذف
bewaren-stop-uit = هذه المعاملة ليس عليها إيقاف حذف. تحذف البوابة المعاملة عندما تنتهي مدة الحفظ.
bewaren-stop-aan = هذه المعاملة عليها إيقاف حذف منذ { $datum }. البوابة لا تحذف المعاملة. السبب:
bewaren-stop-reden-aan = لماذا يجب أن تبقى المعاملة؟ مثلًا: طعن أمام القاضي.
bewaren-stop-reden-uit = لماذا يمكن رفع إيقاف الحذف؟
bewaren-stop-reden-hint = يقرأ المقيم هذا السبب في سجل المعاملة.
bewaren-stop-knop-aan = تشغيل إيقاف الحذف
bewaren-stop-knop-uit = رفع إيقاف الحذف
bewaren-stop-fout-leeg = أدخل السبب.
bewaren-stop-fout-lang = { $max ->
    [zero] لا تستخدم أكثر من { $max } حرف.
    [one] لا تستخدم أكثر من حرف واحد.
    [two] لا تستخدم أكثر من حرفين.
    [few] لا تستخدم أكثر من { $max } أحرف.
    [many] لا تستخدم أكثر من { $max } حرفًا.
   *[other] لا تستخدم أكثر من { $max } حرف.
}
bewaren-mail-onderwerp = سنحذف مسودتك بعد أسبوع
bewaren-mail-wanneer = بدأت طلبًا أو بلاغًا. لم ترسله بعد إلى البلدية. سنحذف هذه المسودة في { $datum }.
bewaren-mail-houden = هل تريد الاحتفاظ بها؟ تابع إذن ملء البيانات في «بوابتي». أو أرسلها.
bewaren-mail-knop = إلى «بوابتي»
bewaren-mail-waarom = لا نحفظ بياناتك أطول من اللازم. لهذا نحذف المسودة التي لم تغيّرها منذ وقت طويل.
