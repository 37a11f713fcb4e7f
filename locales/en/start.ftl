## Start page: what the portal is for, what residents can do here, and how to get help another way.

start-titel = Help with living at home and taking part
start-intro-vraag = Do you need help to keep living at home? Or to take part with other people?
start-intro-loket = Then you can ask the municipality of { $gemeente } for help here.
start-intro-wet = This help is set out in the Social Support Act. That law is also called the { $begrip }.

start-doen-titel = What can you do here?
start-doen-melding = Tell us what help you need
start-doen-melding-uitleg = This is called a report (melding). After that, the municipality talks with you about your situation.
start-doen-plan = Hand in your own plan
start-doen-plan-uitleg = After your report, you can write down yourself what help you want. You do this in My loket.
start-doen-clientondersteuning = Ask for free help from a client supporter
start-doen-clientondersteuning-uitleg = A client supporter helps you with your request to the municipality. It costs nothing.
start-doen-termijnen = See how long each step takes
start-doen-termijnen-uitleg = The municipality must respond on time. Here you can read how much time it has.
start-doen-blijverslening = Apply for a home adaptation loan (blijverslening)
start-doen-blijverslening-uitleg = Do you own your home? With this loan you adapt the home. So you can keep living there.
start-doen-kindpakket = Apply for the Kindpakket
start-doen-kindpakket-uitleg = For children in families with little money. For example for sport, music or things for school.
start-doen-uitdaagrecht = Take over a task of the municipality
start-doen-uitdaagrecht-uitleg = Can you and other residents do something better or cheaper than the municipality? Then make a proposal. You can also read and support the proposals of others.
start-doen-volgen = Follow your request
start-doen-volgen-uitleg = In My loket you see what happens with your request. And when you will hear from us.

start-hulp-titel = Free help with your request
start-hulp-gratis = A client supporter helps you for free. You never pay for it.
start-hulp-onafhankelijk = The client supporter is on your side. He or she does not decide on your request.
start-hulp-wanneer = You can always ask for this help. Also before your report, or if you care for someone else.
start-hulp-link = Ask for a client supporter

start-plan-titel = You may write your own plan
start-plan-tekst = In your plan you write what you want to achieve. And what help you think you need.
start-plan-termijn = You can hand in your plan up to { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after your report.
start-plan-gesprek = The municipality talks with you about your plan. You do not have to write a plan.


start-inloggen-titel = Sign in
start-inloggen-tekst = Do you want to ask for help or follow your request? Then sign in first.
start-inloggen-link = Sign in
start-ingelogd-tekst = You are signed in.
start-ingelogd-link = Go to My loket

start-anders-titel = Rather call, write or visit?
start-anders-tekst = Is the internet not working for you? Then the municipality helps you in another way.
start-anders-bellen = Call the municipality:
start-anders-iemand = You may also ask someone to help you. For example someone in your family or a client supporter.
start-anders-contact = All contact details
