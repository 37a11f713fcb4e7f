# The beheerder's overview of the portal's outgoing mail.
verzending-titel = Mail from the portal
verzending-link = Mail from the portal: what is waiting and what did not arrive
verzending-intro = The portal sends mail to residents and helpers. Here you see whether the mail server accepts that mail.
verzending-wacht = Waiting to be sent
verzending-langst = Waiting longest
verzending-langst-geen = Nothing is waiting.
verzending-minuten = { $minuten ->
    [one] 1 minute
   *[other] { $minuten ->
        [one] { $minuten } minute
       *[other] { $minuten } minutes
    }
}
verzending-achter = Mail is running late. The oldest message has waited { $minuten ->
        [one] { $minuten } minute
       *[other] { $minuten } minutes
    } or longer. Check whether the mail server works.
verzending-niet-bezorgd = Not delivered
verzending-niet-bezorgd-geen = All messages reached the mail server.
verzending-niet-bezorgd-uitleg = These messages did not arrive. The portal no longer tries. Contact the person another way if needed, for example by phone.
verzending-caption = { $aantal ->
    [one] 1 message did not arrive, newest first
   *[other] { $aantal ->
        [one] { $aantal } message
       *[other] { $aantal } messages
    } did not arrive, newest first
}
verzending-kolom-aan = To
verzending-kolom-onderwerp = Subject
verzending-kolom-gemaakt = Created
verzending-kolom-gestopt = Stopped
verzending-kolom-reden = Reason
verzending-reden-geweigerd = The mail server refused the message.
verzending-reden-verlopen = The link in the message no longer worked. So the portal did not send it.
verzending-reden-opgegeven = It failed for four days.
