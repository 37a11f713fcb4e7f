## Error pages.

fout-niet-gevonden-titel = هذه الصفحة غير موجودة
fout-niet-gevonden-tekst = لا نستطيع العثور على هذه الصفحة.
fout-niet-gevonden-adres = هل كتبت العنوان بنفسك؟ تحقّق إذن من أنه صحيح.
fout-formulier-titel = لم نستلم الاستمارة
fout-formulier-tekst = أرسل متصفحك الاستمارة بطريقة لا نثق بها.
fout-formulier-opnieuw = ارجع إلى الاستمارة وحاول مرة أخرى.
fout-te-groot-titel = هذا كبير جدًا
fout-te-groot-tekst = الاستمارة أو الملف أكبر مما نستطيع استلامه. ارجع واختر ملفًا أصغر.
fout-te-vaak-titel = حاولت مرات كثيرة جدًا
fout-te-vaak-tekst = انتظر 15 دقيقة. ثم حاول مرة أخرى.
fout-verzoek-titel = حدث خطأ
fout-verzoek-tekst = لا نفهم طلبك. ارجع وحاول مرة أخرى.
fout-server-titel = حدث خطأ من جهتنا
fout-server-tekst = هذا خطؤنا، وليس خطأك.
fout-server-later = حاول مرة أخرى بعد بضع دقائق.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = البوابة قيد التشغيل
fout-opstarten-tekst = نحن نجهّز البوابة الآن. يستغرق ذلك عادةً أقل من دقيقة.
fout-opstarten-later = حاول مرة أخرى بعد دقيقة.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = ما أدخلته
fout-server-invoer-tekst = لم نستطع حفظ هذا. انسخه إذا أردت الاحتفاظ به. عندها لن تحتاج إلى كتابته من جديد لاحقًا.
fout-bel-ons = لم تنجح؟ اتصل ببلدية { $gemeente } على الرقم { $telefoon }.
fout-naar-start = إلى الصفحة الرئيسية
fout-tegelijk-titel = شخص آخر سبقك للتو
fout-tegelijk-tekst = غيّر شخص آخر هذا في اللحظة نفسها. لم يضِع شيء. ارجع وحاول مرة أخرى.
fout-te-veel-berichten-titel = لا نستطيع إرسال رسائل أخرى اليوم
fout-te-veel-berichten-tekst = نرسل في اليوم بضع رسائل فقط باسم شخص واحد، وإلى عنوان واحد. هكذا لا يستطيع أحد استخدام البوابة لإزعاج الآخرين.
fout-te-veel-berichten-morgen = لم نرسل شيئًا. حاول مرة أخرى غدًا.
fout-controle-titel = ما زلنا نفحص هذا الملف
fout-controle-tekst = نفحص هل يوجد فيروس في الملف. يستغرق ذلك عادةً بضع دقائق. بعد ذلك يمكنك فتحه.
fout-controle-later = حاول مرة أخرى لاحقًا.
