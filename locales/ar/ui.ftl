## The design system: page layout and components (src/ui/), and the component gallery (/componenten).
## Ids are ui-<component>-<element>.

ui-skip-link = إلى المحتوى
ui-page-title = { $titel } - { $gemeente }
ui-page-title-error = خطأ: { $titel } - { $gemeente }
ui-quick-exit = اخرج بسرعة من هذه الصفحة
ui-back-link = رجوع
ui-paginering-vorige = الصفحة السابقة
ui-paginering-volgende = الصفحة التالية
ui-paginering-pagina = { $nummer ->
       *[other] الصفحة { $nummer }
    }
ui-paginering-van = { $aantal ->
        [zero] الصفحة { $nummer } من { $aantal }
        [one] الصفحة { $nummer } من { $aantal }
        [two] الصفحة { $nummer } من { $aantal }
        [few] الصفحة { $nummer } من { $aantal }
        [many] الصفحة { $nummer } من { $aantal }
       *[other] الصفحة { $nummer } من { $aantal }
    }

ui-header-portal = loket
ui-header-nav-label = القائمة
# The name of this language, in this language: the switch shows it to speakers of other languages.
ui-header-language-name = العربية
ui-header-signed-in-as = مسجّل الدخول باسم { $email }
ui-header-my-loket = بوابتي
ui-header-back-office = قائمة العمل
ui-header-sign-in = تسجيل الدخول
ui-header-sign-out = تسجيل الخروج

ui-footer-nav-label = عن هذا الموقع
ui-footer-accessibility = سهولة الوصول
ui-footer-privacy = الخصوصية
ui-footer-contact = اتصل بنا
ui-footer-gemeente = بلدية { $gemeente }

# Read out before an error message; hidden on screen, where the colour and place show it.
ui-error-message-prefix = خطأ:
ui-error-summary-title = توجد مشكلة
ui-date-input-hint = مثلًا 27 3 2026
ui-date-birth-hint = مثلًا 15 8 1956
ui-date-input-day = اليوم
ui-date-input-month = الشهر
ui-date-input-year = السنة
ui-textarea-limit = يمكنك استخدام { $aantal ->
        [zero] { $aantal } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $aantal } أحرف
        [many] { $aantal } حرفًا
       *[other] { $aantal } حرف
    } على الأكثر.
ui-file-upload-max = يمكن أن يكون حجم الملف { $mb } ميغابايت على الأكثر.
ui-file-upload-meer = يمكنك اختيار { $aantal ->
        [zero] { $aantal } ملف
        [one] ملف واحد
        [two] ملفين
        [few] { $aantal } ملفات
        [many] { $aantal } ملفًا
       *[other] { $aantal } ملف
    } على الأكثر في المرة الواحدة. كل ملف يمكن أن يكون { $mb } ميغابايت على الأكثر. ومعًا { $samen } ميغابايت على الأكثر.
ui-summary-list-change = تغيير
ui-notification-banner-info = مهم
ui-notification-banner-success = تم بنجاح
ui-notification-banner-problem = حدث خطأ
# A form whose answers the portal could not save (a full disk, a database that is away); the form is shown again.
ui-niet-bewaard-tekst = لم نستطع حفظ ما أدخلته. هذا خطؤنا، وليس خطأك.
ui-niet-bewaard-opnieuw = إجاباتك ما زالت في هذه الصفحة. حاول مرة أخرى بعد بضع دقائق.
ui-step-indicator = الخطوة { $stap } من { $totaal }
# Read out before each event of a timeline.
ui-timeline-past = تم:
ui-timeline-current = الآن:
ui-timeline-next = بعد ذلك:

## The component gallery: examples for testers and reviewers.

ui-gallery-title = المكوّنات
ui-gallery-intro = في هذه الصفحة توجد كل أجزاء البوابة. الصفحة مخصصة للمختبرين والمطوّرين.
ui-gallery-intro-forms = الاستمارات في هذه الصفحة لا ترسل شيئًا.
ui-gallery-contents = في هذه الصفحة
ui-gallery-normal = بدون خطأ
ui-gallery-with-error = مع خطأ
ui-gallery-send = إرسال

ui-gallery-text-input = حقل نص
ui-gallery-textarea = مربع نص
ui-gallery-radios = أزرار اختيار
ui-gallery-checkboxes = مربعات اختيار
ui-gallery-date-input = التاريخ
ui-gallery-file-upload = إضافة ملف
ui-gallery-select = قائمة اختيار
ui-gallery-fieldset = مجموعة أسئلة
ui-gallery-buttons = الأزرار
ui-gallery-error-summary = ملخص الأخطاء
ui-gallery-hint-error = الشرح ورسالة الخطأ
ui-gallery-summary-list = ملخص الإجابات
ui-gallery-panel = التأكيد
ui-gallery-banner = إعلان
ui-gallery-step = خطوة في استمارة
ui-gallery-details = نص قابل للفتح
ui-gallery-tags = التسميات
ui-gallery-timeline = الخط الزمني
ui-gallery-page = خيارات الصفحة
ui-gallery-page-text = في أعلى هذه الصفحة يوجد رابط للرجوع. في الزاوية العليا المقابلة يوجد زر للخروج بسرعة.

ui-gallery-name-label = الاسم الكامل
ui-gallery-name-hint = كما هو مكتوب في جواز سفرك.
ui-gallery-email-label = عنوان البريد الإلكتروني
ui-gallery-email-error = أدخل عنوان بريد إلكتروني مثل naam@voorbeeld.nl.
ui-gallery-phone-label = رقم الهاتف
ui-gallery-house-number-label = رقم البيت
ui-gallery-amount-label = المبلغ باليورو
ui-gallery-story-label = ما سؤالك؟
ui-gallery-story-hint = قل بكلماتك الخاصة ما الذي تحتاجه.
ui-gallery-story-error = أدخل سؤالك.
ui-gallery-help-label = هل تحصل الآن على مساعدة؟
ui-gallery-help-yes = نعم
ui-gallery-help-yes-hint = مثلًا من العائلة أو الجيران أو الرعاية المنزلية.
ui-gallery-help-no = لا
ui-gallery-help-error = اختر هل تحصل الآن على مساعدة.
ui-gallery-needs-label = في أي شيء تحتاج إلى مساعدة؟
ui-gallery-needs-hint = اختر كل ما يناسبك.
ui-gallery-needs-household = أعمال البيت
ui-gallery-needs-moving = الحركة داخل البيت وحوله
ui-gallery-needs-transport = التنقل
ui-gallery-needs-error = اختر موضوعًا واحدًا على الأقل.
ui-gallery-start-label = متى بدأت المشكلة؟
ui-gallery-birth-label = ما تاريخ ميلادك؟
ui-gallery-birth-hint = مثلًا 15 8 1956
ui-gallery-birth-error = أدخل تاريخ ميلاد موجودًا.
ui-gallery-file-label = أضف رسالة أو تقريرًا
ui-gallery-file-hint = استخدم ملف pdf أو jpg أو png.
ui-gallery-file-error = الملف كبير جدًا. اختر ملفًا حتى 10 ميغابايت.
ui-gallery-select-label = كيف تريد أن نتواصل معك؟
ui-gallery-select-choose = اختر طريقة
ui-gallery-select-phone = الهاتف
ui-gallery-select-email = البريد الإلكتروني
ui-gallery-select-letter = رسالة بالبريد
ui-gallery-select-error = اختر كيف تريد أن نتواصل معك.
ui-gallery-address-legend = ما عنوانك؟
ui-gallery-address-hint = العنوان الذي تسكن فيه.
ui-gallery-street-label = الشارع ورقم البيت
ui-gallery-postcode-label = الرمز البريدي
ui-gallery-city-label = مكان السكن
ui-gallery-button-secondary = احفظ وتابع لاحقًا
ui-gallery-button-warning = حذف
ui-gallery-button-link = ابدأ الآن
ui-gallery-standalone-hint = هذا شرح. يكون تحت السؤال.
ui-gallery-standalone-error = هذه رسالة خطأ. تقول ما المشكلة.
ui-gallery-summary-address = العنوان
ui-gallery-panel-title = تم استلام السؤال
ui-gallery-panel-body = رقمك هو
ui-gallery-banner-info = يمكنك إرسال خطتك حتى 7 أيام بعد اليوم.
ui-gallery-banner-success = حفظنا بياناتك.
ui-gallery-step-name = وضعك
ui-gallery-details-summary = ما هو الإرشاد؟
ui-gallery-details-text = المرشد يساعدك مجانًا. هو أو هي يقف إلى جانبك، وليس إلى جانب البلدية.
ui-gallery-tag-neutral = لم يبدأ بعد
ui-gallery-tag-info = قيد المعالجة
ui-gallery-tag-success = تمت الموافقة
ui-gallery-tag-warning = ينتظرك
ui-gallery-tag-error = مرفوض
ui-gallery-timeline-received = تم استلام السؤال
ui-gallery-timeline-received-text = استلمنا سؤالك.
ui-gallery-timeline-talk = محادثة
ui-gallery-timeline-talk-text = يناقش معك مستشار ما الذي تحتاجه.
ui-gallery-timeline-decision = القرار
ui-gallery-timeline-decision-text = ستصلك رسالة فيها قرارنا.

# The line on every page while someone acts for another person.
ui-namens-label = لمن تعمل
ui-namens-text = أنت تعمل الآن باسم { $naam }.
ui-namens-switch = تبديل
# Beside a file in a list.
ui-bestand-controle = ما زلنا نفحص هذا الملف بحثًا عن فيروسات
ui-bestand-besmet = كان في هذا الملف فيروس؛ لقد حذفناه
ui-in-het-nederlands = هذا ما كتبته البلدية باللغة الهولندية.
