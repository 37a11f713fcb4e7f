## The ingebrekestelling and the dwangsom on the decision of a blijverslening or Kindpakket application and on a
## bezwaar of any scheme (Awb artikel 4:17): what the resident reads, and the staff page that records a letter.

ingebreke-niet-gelukt = كان على البلدية أن تقرر في موعد أقصاه { $datum }. لكنها لم تفعل ذلك.
ingebreke-beslis-aanvraag = بهذا تقول للبلدية: قرّروا الآن بشأن طلبي.
ingebreke-beslis-bezwaar = بهذا تقول للبلدية: قرّروا الآن، لأنكم تأخرتم.
ingebreke-hoe = أرسل إذن رسالة أو بريدًا إلكترونيًا إلى البلدية: { $email }. اكتب فيها أن البلدية تأخرت. واكتب فيها أيضًا الرقم { $referentie }.
ingebreke-gebeurtenis = وصلت إلى البلدية رسالتك التي تقول إنها تأخرت.
ingebreke-fout-datum = أدخل التاريخ الذي وصلت فيه الرسالة.
ingebreke-fout-datum-bestaat-niet = هذا التاريخ غير موجود. انظر مرة أخرى إلى اليوم والشهر.
ingebreke-fout-toekomst = هذا التاريخ لم يأتِ بعد.
ingebreke-fout-te-vroeg = وصلت الرسالة مبكرًا جدًا. كان لدى البلدية وقت حتى { $datum } (ضمنًا). الإنذار بالتأخير لا يُحسب إلا بعد ذلك (المادة 4:17 من قانون Awb). يمكن للمقيم أن يرسل رسالة جديدة.
ingebreke-staf-titel = إنذار بالتأخير { $referentie }
ingebreke-staf-einde = كان على البلدية أن تقرر في موعد أقصاه { $datum }.
ingebreke-staf-uitleg = هل كتب المقيم أن البلدية تأخرت؟ كل رسالة تُحسب، حتى الرسالة بالبريد أو بالبريد الإلكتروني (المادة 4:17 من قانون Awb). أدخل متى وصلت. بعد أسبوعين من ذلك تبدأ غرامة التأخير.
ingebreke-staf-ontvangen = متى وصلت الرسالة أو البريد الإلكتروني؟
ingebreke-staf-knop = تسجيل الإنذار بالتأخير
ingebreke-staf-geen = البلدية قررت بالفعل، أو الطلب لا ينتظر قرارًا بعد. لا يمكن الآن تسجيل إنذار بالتأخير.
ingebreke-staf-link = الإنذار بالتأخير وغرامة التأخير
ingebreke-mail-onderwerp = أخبار عن طلبك { $referentie }
ingebreke-mail-knop = اطّلع على طلبك
