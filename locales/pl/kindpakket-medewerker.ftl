# The Kindpakket for staff: list, assessment and figures.

kindpakket-medewerker-titel = Kindpakket: applications
kindpakket-medewerker-intro = Open applications first, oldest at the top. Then the decided ones.
kindpakket-medewerker-leeg = There are no applications.
kindpakket-medewerker-caption = { $aantal ->
        [one] { $aantal } application
       *[other] { $aantal } applications
    }
kindpakket-medewerker-kolom-referentie = Number
kindpakket-medewerker-kolom-status = Status
kindpakket-medewerker-kolom-verstuurd = Sent
kindpakket-medewerker-kolom-kinderen = Children
kindpakket-medewerker-advies-ja = Advice by the rules: likely yes.
kindpakket-medewerker-advies-schrijnend = Advice by the rules: only with a hardship reason.
kindpakket-medewerker-advies-nee = Advice by the rules: no.
kindpakket-medewerker-advies-uitleg = This is advice on the day it was sent. You decide per child and per part.
kindpakket-medewerker-reden = Reason
kindpakket-medewerker-reden-hint = Required for a refusal. The resident reads this reason.
kindpakket-medewerker-knop = Record the decision
kindpakket-medewerker-fout-keuze = Choose grant or refuse.
kindpakket-medewerker-fout-reden = Write the reason for the refusal.

kindpakket-cijfers-titel = Kindpakket in { $jaar }
kindpakket-cijfers-uitleg = Counted per unique child in this year's decisions. A child is unique by applicant, first name and date of birth, across all applications. Counts only, never per person.
kindpakket-cijfers-tabel = Use of the Kindpakket
kindpakket-cijfers-wat = What
kindpakket-cijfers-aantal = Number
kindpakket-cijfers-kinderen = Unique children with a decision
kindpakket-cijfers-kinderen-toegekend = Unique children granted something
kindpakket-cijfers-toekenningen = Grants (child and part)
kindpakket-cijfers-onderdeel = Children granted { $onderdeel }
kindpakket-gebeurtenis-ingediend = The application was sent.
kindpakket-gebeurtenis-besloten = The decision was made.
