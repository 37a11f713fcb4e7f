## Parts that every e-mail shares.

mail-aanhef = Değerli sakinimiz,
mail-afzender = Saygılarımızla, { $gemeente } Belediyesi
mail-niet-beantwoorden = Bu otomatik bir mesajdır. Bu mesajı yanıtlayamazsınız.
mail-vraag-bellen = Bir sorunuz mu var? O zaman { $telefoon } numarasını arayın.
mail-link-werkt-niet = Düğme çalışmıyor mu? O zaman bu adresi tarayıcınıza kopyalayın:
mail-door-iemand = Bu e-postayı alıyorsunuz, çünkü biri e-posta adresinizi belediyenin portalına yazdı. Bu e-postadaki adı o kişi kendisi yazdı. Belediye bu adı kontrol etmedi.
