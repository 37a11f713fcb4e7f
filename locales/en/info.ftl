## Information pages: accessibility statement, privacy statement, contact; and the box for urgent or unsafe
## situations that the start page shows too.

info-spoed-titel = Is it urgent, or are you not safe at home?
info-spoed-gemeente = Call the municipality:
info-spoed-tijdelijk = Is it urgent? Then the municipality arranges temporary help within { $uren ->
        [one] { $uren } hour
       *[other] { $uren } hours
    }.
info-spoed-veilig-thuis = Call Veilig Thuis:
info-spoed-veilig-thuis-uitleg = Day and night, free of charge. Veilig Thuis helps with violence at home and with child abuse.
info-spoed-112 = Are you in danger? Call 112.

info-telefoon = Phone
info-email = E-mail
info-website = Website
info-postadres = Postal address
info-bezoekadres = Visiting address
info-openingstijden = Opening hours

info-toegankelijkheid-titel = Accessibility
info-toegankelijkheid-intro = Everyone must be able to use this portal. Also if you do not see or hear well, or do not use a mouse.
info-toegankelijkheid-doel-titel = What is our aim?
info-toegankelijkheid-doel-regels = The government has rules for websites that everyone can use. These rules are called WCAG.
info-toegankelijkheid-doel-niveau = We aim to meet WCAG 2.2, level AA. The law asks for WCAG 2.1, level AA.
info-toegankelijkheid-doel-taal = We write in plain language. We explain difficult words.
info-toegankelijkheid-test-titel = How did we test the portal?
info-toegankelijkheid-test-automatisch = A program in the browser checks the pages. It looks for errors that a computer can find.
info-toegankelijkheid-test-toetsenbord = We use the pages without a mouse. We do everything with the keyboard only.
info-toegankelijkheid-test-scripts = The portal uses no JavaScript. So everything also works when JavaScript is turned off.
info-toegankelijkheid-test-grenzen = A computer does not find all errors. An expert has not yet fully assessed the portal.
info-toegankelijkheid-melden-titel = Is something not working well?
info-toegankelijkheid-melden-tekst = Let us know. Then we can improve it.
info-toegankelijkheid-melden-wat = Tell us on which page it was. And what went wrong.
info-toegankelijkheid-melden-hulp = Can you not do something? Call the municipality. Someone will arrange it with you.

info-privacy-titel = Privacy
info-privacy-intro = In this portal you give information about yourself. Sometimes also about your health. Here you read what the municipality does with it.
info-privacy-verantwoordelijk = The municipality of { $gemeente } is responsible for your data.
info-privacy-wat-titel = What data do we keep, and why?
info-privacy-wat-nodig = We only ask what is needed for your request. And only at the moment it is needed.
info-privacy-wat-doel = We use your data to handle your request. Not for anything else.
info-privacy-wat-gezondheid = Data about your health is extra sensitive. The privacy law protects it extra. This is in article 9 of the { $begrip }.
info-privacy-wat-toestemming = Sometimes we ask for your consent. We keep when you gave it. And which text you read then.
info-privacy-wat-cijfers = The municipality counts how many requests there are. These figures contain no names.
info-privacy-wie-titel = Who can see your data?
info-privacy-wie-uzelf = You.
info-privacy-wie-gemachtigd = People you give permission. For example someone in your family or a client supporter.
info-privacy-wie-medewerker = Staff of the municipality who have a task in your request.
info-privacy-wie-logboek = Does someone look at your data? Then we write down who it was and when. You can see this yourself in My loket.
info-privacy-ontvangers-titel = Who else gets your data?
info-privacy-ontvangers-co = Do you ask for { $begrip }? Then the organisation you choose gets the data it needs. You choose from:
info-privacy-ontvangers-svn = Do you ask for a { $begrip }? Then SVn gets your application. SVn gives the loan on behalf of the municipality.
info-privacy-ontvangers-niet = Nobody else gets your data. Unless a law says so.
info-privacy-grondslag-titel = Why may the municipality do this?
info-privacy-grondslag-wmo = For help under the { $begrip }: the municipality must do this. Article 5.1.1 of that law says so.
info-privacy-grondslag-blijverslening = For a { $begrip }: it is a task of the municipality. Article 6 of the privacy law (GDPR) says so.
info-privacy-grondslag-kindpakket = For the { $begrip }: it is a task of the municipality. Article 6 of the privacy law (GDPR) says so.
info-privacy-grondslag-uitdaagrecht = For a proposal under the { $begrip }: it is a task of the municipality. Article 6 of the privacy law (GDPR) says so.
info-privacy-bewaren-titel = How long do we keep your data?
info-privacy-bewaren-tekst = No longer than needed. The municipality follows the rules for archives.
info-privacy-bewaren-vragen = How long exactly? That depends on the help you asked for. You can ask the municipality.
info-privacy-bewaren-concept = { $dagen ->
    [one] Something you began but did not send: { $dagen } day after the last change.
   *[other] Something you began but did not send: { $dagen } days after the last change.
} { $vooraf ->
    [one] You get an e-mail { $vooraf } day before.
   *[other] You get an e-mail { $vooraf } days before.
}
info-privacy-bewaren-wmo = { $jaren ->
    [one] A { $begrip } and the help that follows: { $jaren } year after the end of your case.
   *[other] A { $begrip } and the help that follows: { $jaren } years after the end of your case.
}
info-privacy-bewaren-blijverslening = { $jaren ->
    [one] An application for the blijverslening: { $jaren } year after the end of your case.
   *[other] An application for the blijverslening: { $jaren } years after the end of your case.
}
info-privacy-bewaren-kindpakket = { $jaren ->
    [one] An application for the Kindpakket: { $jaren } year after the end of your case.
   *[other] An application for the Kindpakket: { $jaren } years after the end of your case.
}
info-privacy-bewaren-uitdaagrecht = { $jaren ->
    [one] A proposal under the right to challenge: { $jaren } year after the end of the case.
   *[other] A proposal under the right to challenge: { $jaren } years after the end of the case.
}
info-privacy-bewaren-mail = { $dagen ->
    [one] An e-mail we sent you: { $dagen } day.
   *[other] An e-mail we sent you: { $dagen } days.
}
info-privacy-bewaren-logboek = { $jaren ->
    [one] Who looked at your case: { $jaren } year.
   *[other] Who looked at your case: { $jaren } years.
}
info-privacy-bewaren-bezwaar = Is there still an { $begrip }? Or a court case? Then we keep your case as long as needed.
info-privacy-bewaren-bronnen = Where do these periods come from?
info-privacy-rechten-titel = What are your rights?
info-privacy-recht-inzage = You may see what data we have about you.
info-privacy-recht-correctie = Is something wrong? Then you may ask us to correct it.
info-privacy-recht-verwijdering = You may ask us to delete data. Must the municipality keep it? Then it explains why.
info-privacy-recht-bezwaar = You may tell us that you disagree with how we use your data.
info-privacy-recht-inzage-link = See your data
info-privacy-recht-correctie-link = Ask for a correction
info-privacy-recht-verwijdering-link = Remove your account
info-privacy-fg = The municipality has a data protection officer. This person checks that the municipality handles your data well. E-mail:
info-privacy-fg-algemeen = The municipality has a data protection officer. This person checks that the municipality handles your data well. E-mail or call the municipality and ask for this person.
info-privacy-rechten-hoe = Do you want this? Then send an e-mail or call the municipality.
info-privacy-mijn-gegevens = Are you signed in? Under My details you see and download everything the portal keeps about you. There you also ask us to correct something.
info-privacy-mijn-gegevens-link = Go to My details
info-privacy-rechten-klacht = Do you disagree with the municipality? Then you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).
info-privacy-cookies-titel = Cookies
info-privacy-cookies-uitleg = A cookie is a small file. Your browser keeps it for this website.
info-privacy-cookies-twee = This portal only uses these two cookies:
info-privacy-cookie-sessie = A cookie the portal needs to work. For example, it remembers that you are signed in.
info-privacy-cookie-taal = A cookie that remembers which language you choose.
info-privacy-cookies-niet = We do not track you. We do not measure what you do on the website. And we show no advertising.

info-contact-titel = Contact
info-contact-gemeente = Municipality of { $gemeente }
info-contact-hulp = Is the internet not working for you? Call or visit us. Someone will help you.
info-contact-clientondersteuning-titel = Free help with your request
info-contact-clientondersteuning-uitleg = These organisations give free { $begrip }. They help you with your request to the municipality. They do not decide on your request.
info-contact-clientondersteuning-link = Ask for client support
