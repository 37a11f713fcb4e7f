# The right to challenge: explanation, public proposals, support, initiatives, writing and following proposals.

uitdaagrecht-uitleg-titel = Right to challenge (uitdaagrecht): take over a task of the municipality
uitdaagrecht-uitleg-intro = Can you and other residents do a task of the municipality better? Then you can challenge the municipality. This is called the { $begrip }.
uitdaagrecht-uitleg-wet = This right was first in the { $begrip }. Since 2025 it is in the Municipalities Act (Gemeentewet, article 150). The municipal council sets its rules in a by-law. It is about tasks that can be done better, cheaper or closer to the residents.
uitdaagrecht-uitleg-wie = You do not do this alone. You do it with a group. That can be a group of residents, a cooperative (coöperatie), a foundation (stichting) or an association (vereniging). We call that group an initiative.
uitdaagrecht-uitleg-voorbeeld-titel = An example
uitdaagrecht-uitleg-voorbeeld = In the village of America in the municipality of Horst aan de Maas, residents felt they could arrange care and well-being better themselves. For example, help in the household. They went to the alderman (wethouder). Now they arrange this themselves, in their own cooperative.
uitdaagrecht-uitleg-stappen-titel = How it works
uitdaagrecht-uitleg-stap-aanmelden = You register your initiative. Then you invite the other members.
uitdaagrecht-uitleg-stap-schrijven = You write the proposal together. All members can change it. It is kept until you send it.
uitdaagrecht-uitleg-stap-versturen = You check the proposal and send it. You get a number.
uitdaagrecht-uitleg-stap-gesprek = The municipality reads your proposal. It talks with you. It can also ask you questions. You answer them here.
uitdaagrecht-uitleg-stap-besluit = The municipality decides. It also writes why. You get an e-mail at every step.
uitdaagrecht-uitleg-openbaar = You choose whether everyone may see your proposal. Residents can then support your proposal on the public page.
uitdaagrecht-uitleg-start = Register an initiative or write a proposal
uitdaagrecht-uitleg-lijst = See the proposals of other initiatives

uitdaagrecht-lijst-titel = Proposals from residents
uitdaagrecht-lijst-intro = Residents sent these plans to the municipality. They want everyone to be able to see them. You also see how far the municipality has got.
uitdaagrecht-lijst-leeg = There are no public proposals yet.
uitdaagrecht-lijst-paginas = Pages of proposals
uitdaagrecht-door = From: { $naam }
uitdaagrecht-steun-aantal = { $aantal ->
    [0] No residents support this proposal yet.
    [one] 1 resident supports this proposal.
   *[other] { $aantal ->
        [one] { $aantal } resident
       *[other] { $aantal } residents
    } support this proposal.
}

uitdaagrecht-status-label = Status:
uitdaagrecht-status-concept = Not sent yet
uitdaagrecht-status-ontvangen = Received
uitdaagrecht-status-in-gesprek = In talks
uitdaagrecht-status-besloten = Decided
uitdaagrecht-stap-ontvangen = Proposal received
uitdaagrecht-stap-gesprek = Talk with the municipality
uitdaagrecht-stap-gesprek-overgeslagen = The municipality decided without a talk.
uitdaagrecht-stap-besluit = Decision of the municipality

uitdaagrecht-besluit-titel = Answer from the municipality
uitdaagrecht-besluit-op = Decided on { $datum }.
uitdaagrecht-uitkomst-overgenomen = The initiative takes over the task.
uitdaagrecht-uitkomst-deels = The initiative takes over part of the task.
uitdaagrecht-uitkomst-afgewezen = The municipality does not accept the proposal.

uitdaagrecht-steun-titel = Support
uitdaagrecht-steun-uitleg = Do you think this is a good proposal? Let the municipality know. You can support it once.
uitdaagrecht-steun-knop = I support this proposal
uitdaagrecht-steun-gegeven = You support this proposal. Thank you.
uitdaagrecht-steun-intrekken = Withdraw my support
uitdaagrecht-steun-inloggen = Sign in to support this proposal
uitdaagrecht-steun-gesloten = The municipality has decided. You can no longer give support.

uitdaagrecht-mijn-titel = Your initiatives
uitdaagrecht-mijn-intro = You are a member of these initiatives. As a member, you help write their proposals.
uitdaagrecht-mijn-leeg = You are not a member of an initiative yet. Register your initiative to use the { $begrip }. Has another member invited you? Then sign in with the e-mail address where you got the invitation.
uitdaagrecht-mijn-voorstellen = { $aantal ->
    [0] No proposals yet.
    [one] 1 proposal.
   *[other] { $aantal ->
        [one] { $aantal } proposal
       *[other] { $aantal } proposals
    }.
}
uitdaagrecht-mijn-nieuw = Register a new initiative

uitdaagrecht-aanmelden-titel = Register an initiative
uitdaagrecht-aanmelden-intro = Tell us who you are. You become a member of the initiative yourself. Then you can invite other members.
uitdaagrecht-aanmelden-knop = Register initiative
uitdaagrecht-gegevens-titel = Change the details of the initiative
uitdaagrecht-gegevens-intro = Is there a new name or another contact person? Change it here. Every member can do this.
uitdaagrecht-gegevens-knop = Save details
uitdaagrecht-gegevens-link = Change the details of the initiative
uitdaagrecht-naam-label = Name of the initiative
uitdaagrecht-naam-hint = For example: Buurtcoöperatie De Linde.
uitdaagrecht-naam-leeg = Fill in the name of the initiative.
uitdaagrecht-vorm-label = What kind of group are you?
uitdaagrecht-vorm-leeg = Choose what kind of group you are.
uitdaagrecht-vorm-bewonersgroep = A group of residents
uitdaagrecht-vorm-cooperatie = A cooperative (coöperatie)
uitdaagrecht-vorm-stichting = A foundation (stichting)
uitdaagrecht-vorm-vereniging = An association (vereniging)
uitdaagrecht-kvk-label = Chamber of Commerce (KVK) number (optional)
uitdaagrecht-kvk-hint = The number at the Chamber of Commerce (Kamer van Koophandel). It has 8 digits. A group of residents often has no number.
uitdaagrecht-kvk-ongeldig = A KVK number has 8 digits. For example: 12345678.
uitdaagrecht-contact-titel = Contact person
uitdaagrecht-contact-uitleg = The municipality contacts this person. Should this person also help write? Then add the e-mail address as a member afterwards.
uitdaagrecht-contact-naam-label = Name
uitdaagrecht-contact-naam-leeg = Fill in the name of the contact person.
uitdaagrecht-contact-email-label = E-mail address
uitdaagrecht-contact-telefoon-label = Phone number (optional)
uitdaagrecht-contact-telefoon-hint = For example: 06 12345678.
uitdaagrecht-telefoon-ongeldig = Fill in a phone number with 10 digits. For example: 06 12345678.
uitdaagrecht-email-leeg = Fill in an e-mail address.
uitdaagrecht-email-ongeldig = Fill in an e-mail address like name@example.com.
uitdaagrecht-te-lang = This is too long. Use no more than { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }.

uitdaagrecht-initiatief-voorstellen = Proposals
uitdaagrecht-initiatief-geen-voorstellen = This initiative has no proposal yet.
uitdaagrecht-initiatief-nieuw-voorstel = Write a proposal
uitdaagrecht-initiatief-versturen = This proposal is ready to send.
uitdaagrecht-initiatief-verder-schrijven = Or go on writing it
uitdaagrecht-zonder-taak = Proposal without a title
uitdaagrecht-referentie = Number: { $referentie }
uitdaagrecht-gewijzigd-op = Last saved: { $moment }.
uitdaagrecht-leden-titel = Members
uitdaagrecht-leden-uitleg = All members can read and change the proposals. They also get the e-mails from the municipality.
uitdaagrecht-lid-label = E-mail address of a new member
uitdaagrecht-lid-hint = The new member gets an e-mail. The member signs in with this e-mail address.
uitdaagrecht-lid-knop = Add member
uitdaagrecht-lid-al = This e-mail address is already a member.
uitdaagrecht-lid-vol = This initiative already has 50 members. More is not possible.
uitdaagrecht-lid-vandaag-genoeg = You added 20 members in the last 24 hours. After those 24 hours you can add members again.
uitdaagrecht-lid-weg-titel = Remove a member
uitdaagrecht-lid-weg-label = Who is no longer a member?
uitdaagrecht-lid-weg-hint = The person who signed up the initiative can remove members. Every other member can only remove themselves. Someone who is no longer a member can no longer read or change the proposals.
uitdaagrecht-lid-weg-knop = Remove member
uitdaagrecht-lid-weg-leeg = Choose who is no longer a member.
uitdaagrecht-lid-weg-laatste = An initiative always has at least one member.

uitdaagrecht-formulier-titel = Write a proposal
uitdaagrecht-formulier-intro = A proposal from { $naam }.
uitdaagrecht-formulier-samen = All members can change this proposal. What you save is kept. You only send it after the check.
uitdaagrecht-formulier-ouder = Another member saved this proposal while you were writing. Your text has not been saved yet.
uitdaagrecht-formulier-ouder-wat = Your text is in the form below. What the other member saved is under "What the other member saved". Copy from it what you want to keep. Then press a button again. That saves your text. Did you choose an attachment, or tick one to remove? Then do that again.
uitdaagrecht-formulier-ouder-tekst = What the other member saved
uitdaagrecht-formulier-taak = The task
uitdaagrecht-taak-label = Which task do you want to take over?
uitdaagrecht-taak-hint = Keep it short. This is the title of your proposal. For example: Help in the household in our village.
uitdaagrecht-taak-leeg = Write which task you want to take over.
uitdaagrecht-wat-label = What are you going to do?
uitdaagrecht-wat-hint = Tell us what you do and how.
uitdaagrecht-wat-leeg = Write what you are going to do.
uitdaagrecht-voor-wie-label = Who do you do it for?
uitdaagrecht-voor-wie-hint = For example: older people in the neighbourhood, or all residents of the village.
uitdaagrecht-voor-wie-leeg = Write who you do it for.
uitdaagrecht-waarom-titel = Why it is better
uitdaagrecht-waarom-soort-label = What can you do better than the municipality does now?
uitdaagrecht-waarom-soort-hint = Choose one or more.
uitdaagrecht-waarom-soort-leeg = Choose what you can do better.
uitdaagrecht-waarom-beter = The work gets better
uitdaagrecht-waarom-goedkoper = It costs less money
uitdaagrecht-waarom-dichterbij = It is closer to the residents
uitdaagrecht-waarom-label = Explain why
uitdaagrecht-waarom-hint = What gets better for the residents? How do you know?
uitdaagrecht-waarom-leeg = Explain why it is better.
uitdaagrecht-formulier-begroting = Budget
uitdaagrecht-begroting-uitleg = Write on each line what the money is for and how much it is. There is always an empty line at the bottom. Do you want another line? Fill in the empty line and save.
uitdaagrecht-begroting-vol = The budget has { $aantal } lines. More lines are not possible. Combine lines if you need more.
uitdaagrecht-post-label = Line { $regel }: what is the money for?
uitdaagrecht-bedrag-label = Line { $regel }: amount in euros per year
uitdaagrecht-post-leeg = Write what the money on line { $regel } is for.
uitdaagrecht-bedrag-leeg = Fill in the amount on line { $regel }.
uitdaagrecht-bedrag-ongeldig = Fill in the amount on line { $regel } as a number. For example: 1250 or 1.250,50.
uitdaagrecht-begroting-leeg = Fill in at least one line of the budget.
uitdaagrecht-begroting-caption = Budget per year
uitdaagrecht-begroting-post = What for
uitdaagrecht-begroting-bedrag = Amount
uitdaagrecht-begroting-totaal = Total
uitdaagrecht-formulier-wie = Who takes part?
uitdaagrecht-betrokkenen-label = Who takes part?
uitdaagrecht-betrokkenen-hint = Name the people and organisations that take part. For example volunteers, a GP or a community centre.
uitdaagrecht-betrokkenen-leeg = Write who takes part.
uitdaagrecht-draagvlak-label = Who already supports your plan?
uitdaagrecht-draagvlak-hint = For example: 120 signatures, or an evening with 40 neighbours. Residents can also support your proposal here later.
uitdaagrecht-draagvlak-leeg = Write who already supports your plan.
uitdaagrecht-start-label = When do you want to start?
uitdaagrecht-start-leeg = Fill in the date you want to start.
uitdaagrecht-start-onvolledig = Fill in the day, the month and the year.
uitdaagrecht-start-bestaat-niet = This date does not exist. Fill in a real date.
uitdaagrecht-start-voorbij = This date has passed. Choose a date after today.
uitdaagrecht-formulier-bijlagen = Attachments
uitdaagrecht-bestand-label = Add an attachment (optional)
uitdaagrecht-bestand-hint = For example a plan, a budget or a list of signatures. A PDF, JPG or PNG.
uitdaagrecht-bijlage-weg-label = Remove attachments
uitdaagrecht-bijlage-weg = Remove { $naam }
uitdaagrecht-geen-bijlagen = No attachments.
uitdaagrecht-formulier-openbaar = Make public
uitdaagrecht-openbaar-label = May everyone see your proposal?
uitdaagrecht-openbaar-hint = Then it is on the public page. Residents can support it there. Your e-mail addresses and attachments are not on it.
uitdaagrecht-openbaar-ja = Yes, everyone may see it
uitdaagrecht-openbaar-nee = No, only the municipality
uitdaagrecht-openbaar-leeg = Choose whether everyone may see your proposal.
uitdaagrecht-openbaar-knop = Save choice
uitdaagrecht-formulier-verder = Continue to check
uitdaagrecht-formulier-opslaan = Save

uitdaagrecht-controleren-titel = Check your proposal
uitdaagrecht-controleren-intro = Is everything right? Do you want to change something? Then choose Change.
uitdaagrecht-controleren-gewijzigd = Another member changed the proposal after you opened this page. We have not sent it yet. Below is the proposal as it is now. Check it again.
uitdaagrecht-controleren-totaal = In total you ask for { $bedrag } per year.
uitdaagrecht-controleren-versturen-titel = Send
uitdaagrecht-controleren-versturen-uitleg = After you send it, you can no longer change the proposal. The municipality gets it right away. All members get an e-mail.
uitdaagrecht-controleren-knop = Send proposal

uitdaagrecht-zaak-nummer = Number of your proposal
uitdaagrecht-zaak-wacht = The municipality reads your proposal. Then it will contact you.
uitdaagrecht-zaak-verstuurd-op = Sent on { $datum }.
uitdaagrecht-zaak-gegevens = The proposal
uitdaagrecht-zaak-openbaar-ja = Everyone can see this proposal.
uitdaagrecht-zaak-openbaar-link = See the public page
uitdaagrecht-zaak-openbaar-nee = Only the municipality and the members see this proposal.
uitdaagrecht-gesprek-titel = Message from the municipality
uitdaagrecht-vragen-titel = Questions from the municipality
uitdaagrecht-vraag-nummer = Question { $nummer }, from { $datum }
uitdaagrecht-antwoord-label = Your answer
uitdaagrecht-antwoord-knop = Send answer
uitdaagrecht-antwoord-leeg = Write your answer.
uitdaagrecht-antwoord-gegeven = Your answer, from { $datum }
uitdaagrecht-antwoord-gesloten = The municipality has decided. You can no longer answer this question.
uitdaagrecht-antwoord-te-laat = Your answer was not saved. Another member answered this question already, or the municipality has decided.
uitdaagrecht-niet-bewaard-tekst = This is what you wrote. Copy it if you still want to use it.
uitdaagrecht-al-verstuurd = We could not save your changes. The proposal had been sent already.
uitdaagrecht-al-verstuurd-tekst = What you wrote
uitdaagrecht-log-titel = Who at the municipality looked at this proposal?
uitdaagrecht-log-leeg = Nobody yet.
uitdaagrecht-log-bekeken = viewed
uitdaagrecht-log-gedownload = attachment opened
uitdaagrecht-log-gesprek = talk started
uitdaagrecht-log-vraag = question asked
uitdaagrecht-log-besloten = decided
uitdaagrecht-log-opgepakt = taken on
uitdaagrecht-log-vastgelegd = recorded something

uitdaagrecht-mail-aanhef = Dear member of the initiative,
uitdaagrecht-mail-knop = See the proposal
uitdaagrecht-mail-inloggen = You sign in with this e-mail address.
uitdaagrecht-mail-lid-onderwerp = You are a member of { $naam }
uitdaagrecht-mail-lid-tekst = You have been added as a member of the initiative { $naam }. You can now help write the proposals to the municipality.
uitdaagrecht-mail-lid-adres = Sign in with this e-mail address: { $adres }.
uitdaagrecht-mail-ingediend-onderwerp = The municipality has received proposal { $referentie }
uitdaagrecht-mail-ingediend-tekst = The proposal "{ $taak }" has been sent to the municipality. The number is { $referentie }.
uitdaagrecht-mail-gesprek-onderwerp = The municipality wants to talk about proposal { $referentie }
uitdaagrecht-mail-gesprek-tekst = The municipality wants to talk with you about your proposal. It writes:
uitdaagrecht-mail-vraag-onderwerp = A question about proposal { $referentie }
uitdaagrecht-mail-vraag-tekst = The municipality has a question about your proposal. You read and answer the question in the portal.
uitdaagrecht-mail-besluit-onderwerp = Decision on proposal { $referentie }
uitdaagrecht-mail-besluit-tekst = The municipality has decided on your proposal:
uitdaagrecht-mail-besluit-uitleg = Why the municipality decided so, you read in the portal.
uitdaagrecht-mail-lid-knop = View the initiative
