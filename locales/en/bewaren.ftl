# Retention: the beheerder's page, the hold on a case (staff) and the mail before a draft goes (resident).
bewaren-titel = Keeping and deleting
bewaren-link = Keeping and deleting
bewaren-intro = Every day the portal deletes what was kept longer than allowed. This page shows the periods and how much was deleted. It shows no names.
bewaren-termijnen = Periods
bewaren-geen-termijnen = The municipality's profile has no periods. Only expired sign-in links and sessions are deleted.
bewaren-dagen = { $dagen ->
    [one] { $dagen } day
   *[other] { $dagen } days
}
bewaren-dagen-vooraf = { $dagen ->
    [one] { $dagen } day before
   *[other] { $dagen } days before
}
bewaren-jaren = { $jaren ->
    [one] { $jaren } year
   *[other] { $jaren } years
}
bewaren-bron = Source
bewaren-zaken-caption = Closed cases, from the end of the case
bewaren-kolom-regeling = Scheme
bewaren-kolom-jaren = Years
bewaren-kolom-bron = Source
bewaren-rondes = Last runs
bewaren-rondes-geen = There has been no run yet.
bewaren-rondes-caption = What each run deleted
bewaren-kolom-dag = Day
bewaren-bezig = (running)
bewaren-soort-waarschuwing = E-mail before
bewaren-soort-concept = Drafts
bewaren-soort-inloglink = Sign-in links
bewaren-soort-sessie = Sessions
bewaren-soort-mail = Sent e-mails
bewaren-soort-toegangslog = Access log
bewaren-soort-zaak = Closed cases
bewaren-stop-titel = Hold
bewaren-stop-uit = This case has no hold. The portal deletes the case when its retention period is over.
bewaren-stop-aan = This case has a hold since { $datum }. The portal does not delete the case. The reason:
bewaren-stop-reden-aan = Why must the case stay? For example: an appeal in court.
bewaren-stop-reden-uit = Why may the hold be lifted?
bewaren-stop-reden-hint = The resident reads this reason in the log of the case.
bewaren-stop-knop-aan = Put a hold on
bewaren-stop-knop-uit = Lift the hold
bewaren-stop-fout-leeg = Fill in the reason.
bewaren-stop-fout-lang = { $max ->
    [one] Use no more than { $max } character.
   *[other] Use no more than { $max } characters.
}
bewaren-mail-onderwerp = We will delete your draft in a week
bewaren-mail-wanneer = You began an application or report but did not send it yet. We will delete this draft on { $datum }.
bewaren-mail-houden = Do you want to keep it? Then continue filling it in, in My portal. Or send it.
bewaren-mail-knop = To My portal
bewaren-mail-waarom = We do not keep your data longer than needed. That is why we delete a draft that was not changed for a long time.
