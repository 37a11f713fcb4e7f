## Sign-in by e-mail link.

auth-inloggen-titel = Sign in
auth-inloggen-uitleg = You sign in with your e-mail address. You then get an e-mail with a link. You sign in with that link.
auth-inloggen-geen-wachtwoord = You do not need a password.
auth-email-label = Your e-mail address
auth-email-hint = For example name@example.com
auth-email-leeg = Enter your e-mail address.
auth-email-ongeldig = Enter an e-mail address like name@example.com.
auth-inloggen-knop = Send me a link
auth-inloggen-digid = Later you will also be able to sign in with DigiD here.
auth-verstuurd-titel = Check your e-mail
auth-verstuurd-tekst = We have sent an e-mail to the address you entered. Click the link in that e-mail.
auth-verstuurd-geldig = The link works for { $minuten ->
        [one] { $minuten } minute
       *[other] { $minuten } minutes
    }. You can use the link once.
auth-verstuurd-niets = No e-mail? Also look in your spam folder.
auth-verstuurd-opnieuw = Ask for a new link
auth-bevestig-titel = Sign in
auth-bevestig-tekst = Click the button to sign in.
auth-bevestig-knop = Sign in
auth-verlopen-titel = This link no longer works
auth-verlopen-tekst = A link works for { $minuten ->
        [one] { $minuten } minute
       *[other] { $minuten } minutes
    } and only once. Maybe you have already used the link.
auth-verlopen-opnieuw = Ask for a new link
auth-uitloggen-knop = Sign out
auth-uitgelogd-titel = You are signed out
auth-uitgelogd-tekst = Close the browser if you share a computer with others.
auth-uitgelogd-opnieuw = Sign in again
auth-uitgelogd-opgeheven = We removed your account. We deleted everything about you from the portal.
auth-mail-onderwerp = Sign in to the municipality of { $gemeente }
auth-mail-tekst = You want to sign in to the portal of the municipality of { $gemeente }. Click the link to sign in.
auth-mail-knop = Sign in
auth-mail-geldig = The link works for { $minuten ->
        [one] { $minuten } minute
       *[other] { $minuten } minutes
    }. You can use the link once.
auth-mail-niet-gevraagd = Did you not ask for this yourself? Then you do not need to do anything. Nobody can sign in without this link.
auth-naam-digid = DigiD
auth-naam-eherkenning = eHerkenning
auth-naam-medewerker = your municipal account
auth-met-aanbieder = Sign in with { $aanbieder }
auth-pagina-vraagt = For this page you sign in with { $aanbieders }.
auth-of-email = Or sign in with your e-mail address
auth-voor-medewerkers = Do you work for the municipality?
auth-afgebroken = You cancelled signing in with { $aanbieder }. You are not signed in.
auth-bewaard-tekst = You were inactive for a while. So you were signed out. We kept what you had filled in.
auth-bewaard-opnieuw = Sign in again. Then you carry on where you were.
auth-fout-titel = Signing in did not work
auth-fout-digid = Something went wrong in the communication with DigiD. Please try again later. If this error persists, see the website https://www.digid.nl for the latest information.
auth-fout-eherkenning = Something went wrong in the communication with eHerkenning. Please try again later. If this error persists, see the website https://www.eherkenning.nl for the latest information.
auth-fout-medewerker = Signing in with your municipal account did not work. Please try again later. If it still does not work, ask the municipality's service desk for help.
auth-fout-naar-start = To the start page
auth-geen-poging-titel = Signing in did not work
auth-geen-poging-tekst = We no longer know that you wanted to sign in. Perhaps it took too long, or you used an old link. Please try again.
auth-adres-titel = Your e-mail address
auth-adres-waarom = We send you an e-mail when something changes in your case. For that we need your e-mail address.
auth-adres-link = You will get an e-mail with a link. With that link you confirm that the address is yours.
auth-adres-knop = Send me the link
auth-adres-overslaan = Not now, continue without e-mail
auth-verder-titel = Carry on where you were
auth-verder-tekst = You are signed in again. What you had filled in was kept. Press the button to send it.
auth-verder-knop = Continue
auth-bsn = You are signed in with DigiD. Your BSN: { $bsn }
