## Parts that every e-mail shares.

mail-aanhef = عزيزي المقيم،
mail-afzender = مع أطيب التحيات، بلدية { $gemeente }
mail-niet-beantwoorden = هذه رسالة آلية. لا يمكنك الرد عليها.
mail-vraag-bellen = هل لديك سؤال؟ اتصل إذن بالرقم { $telefoon }.
mail-link-werkt-niet = هل الزر لا يعمل؟ انسخ إذن هذا العنوان في متصفحك:
mail-door-iemand = تصلك هذه الرسالة لأن شخصًا ما كتب عنوان بريدك الإلكتروني في بوابة البلدية. هذا الشخص كتب الاسم الموجود في هذه الرسالة بنفسه. البلدية لم تتحقق من هذا الاسم.
