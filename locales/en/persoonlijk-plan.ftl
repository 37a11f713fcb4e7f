## The persoonlijk plan of a melding: the overview with the deadline, the three questions and the upload.
## Dates and sizes are formatted in Rust. { $begrip } becomes a link to the word's explanation.

persoonlijk-plan-titel = Your own plan
persoonlijk-plan-intro = You may make a { $begrip }. In it you write what you want to achieve. And what help you think you need for it.
persoonlijk-plan-hoeft-niet = You do not have to make a plan. But it helps in the talk with the municipality.

persoonlijk-plan-termijn-titel = Until when can you hand in your plan?
persoonlijk-plan-termijn = Hand in your plan on { $datum } or earlier.
persoonlijk-plan-termijn-uitleg = You have { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after your { $begrip }. The municipality received your report on { $ontvangen }.
persoonlijk-plan-termijn-verlengd = At first the last day was { $datum }. That day is in the weekend or on a public holiday. So you have more time.
persoonlijk-plan-termijn-onbekend = Hand in your plan within { $dagen ->
        [one] { $dagen } day
       *[other] { $dagen } days
    } after your { $begrip }.
persoonlijk-plan-te-laat = That day has passed. So you are late. But you may still hand in your plan.

persoonlijk-plan-huidig-titel = Your plan now
persoonlijk-plan-status-label = Status
persoonlijk-plan-status-concept = Not handed in yet
persoonlijk-plan-status-ingeleverd = Handed in
persoonlijk-plan-ingeleverd-op = Handed in on
persoonlijk-plan-bestand-label = File
persoonlijk-plan-bestand-download = Download { $naam } ({ $soort }, { $grootte })
persoonlijk-plan-concept-uitleg = You have saved your plan. The municipality only sees it when you hand it in.
persoonlijk-plan-geen-plan = You have not handed in a plan.

persoonlijk-plan-keuze-titel = How do you want to make your plan?
persoonlijk-plan-keuze-schrijven = Write your plan here
persoonlijk-plan-keuze-schrijven-uitleg = We ask you three questions. You can save in between and continue later.
persoonlijk-plan-keuze-uploaden = Send a file
persoonlijk-plan-keuze-uploaden-uitleg = Is your plan already on paper or on your computer? Then send a PDF, a photo or a scan.
persoonlijk-plan-vervangen = You have already handed in a plan. A new version takes the place of the previous one.

persoonlijk-plan-klaar-opgeslagen = You have saved your plan. You can continue later.
persoonlijk-plan-klaar-ingeleverd = You have handed in your plan. The municipality reads it before your talk.
persoonlijk-plan-vast = The municipality already has a date for your first talk. So you can no longer change your plan. Do you want to add something? Then tell it in the talk.

persoonlijk-plan-terug = Back to your plan
persoonlijk-plan-schrijven-titel = Write your plan
persoonlijk-plan-schrijven-intro = Answer the questions in your own words. Only the first question is needed.
persoonlijk-plan-schrijven-opslaan-uitleg = With Save you keep your plan. The municipality does not see it yet. With Hand in you send it to the municipality.
persoonlijk-plan-schrijven-nieuwe-versie = You have already handed in your plan. Do you want to change something? Then hand it in again. The new version takes the place of the old one.
persoonlijk-plan-doelen-label = What do you want to achieve?
persoonlijk-plan-doelen-hint = For example: doing your own shopping, or going to the club again.
persoonlijk-plan-zelf-label = What can you do yourself? And what do the people around you do?
persoonlijk-plan-zelf-hint = Think of your partner, family, neighbours or friends.
persoonlijk-plan-ondersteuning-label = What help do you think you need? And why?
persoonlijk-plan-ondersteuning-hint = Write down what you miss. Then the municipality understands why you need that help.
persoonlijk-plan-opslaan = Save
persoonlijk-plan-inleveren = Hand in
persoonlijk-plan-doelen-leeg = Write down what you want to achieve. Then you can hand in your plan.
persoonlijk-plan-te-lang = Use at most { $aantal ->
        [one] { $aantal } character
       *[other] { $aantal } characters
    }. You now have { $teveel } too many.

persoonlijk-plan-uploaden-titel = Send your plan as a file
persoonlijk-plan-uploaden-intro = Send a PDF, or a photo as JPG or PNG. A photo of your plan on paper is fine too.
persoonlijk-plan-uploaden-vervangen = Have you already handed in a plan? Then this file takes its place.
persoonlijk-plan-bestand-kies = Choose your file
persoonlijk-plan-uploaden-knop = Hand in file
persoonlijk-plan-bestand-geen = Choose a file.
persoonlijk-plan-bestand-leeg = This file is empty. Choose another file.
persoonlijk-plan-bestand-te-groot = This file is too large. It may be at most { $mb } MB. Try a smaller photo or scan.
persoonlijk-plan-bestand-soort = We cannot open this file. Send a PDF, JPG or PNG.
persoonlijk-plan-bestand-virus = The file { $naam } contains a virus ({ $virus }). We did not keep it. Check your computer or phone with a virus scanner. Then send another file.
persoonlijk-plan-bestand-vol-keer = We did not keep { $naam }. You can send { $aantal ->
        [one] { $aantal } file
       *[other] { $aantal } files
    } at once. Send this file separately afterwards.
persoonlijk-plan-bestand-vol-aantal = We did not keep { $naam }. One application or report can hold { $aantal ->
        [one] { $aantal } file
       *[other] { $aantal } files
    }. It has that many already. Do you want to send more? Call the municipality.
persoonlijk-plan-bestand-vol-zaak = We did not keep { $naam }. The files of one application or report are { $mb } MB at most together. Send a smaller file, or call the municipality.
persoonlijk-plan-bestand-vol-dag = We did not keep { $naam }. You can send { $mb } MB of files a day in total. Please try again tomorrow.
