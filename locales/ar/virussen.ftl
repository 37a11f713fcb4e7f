# The beheerder's list of viruses found in uploads.
virussen-titel = Files with a virus
virussen-link = Files with a virus
virussen-intro = The portal checks every file for viruses. Here you see which files had a virus. The resident was told at once. The file cannot be opened.
virussen-geen = The portal found no virus in the past 90 days.
virussen-caption = { $aantal ->
    [one] 1 file with a virus, newest first
   *[other] { $aantal ->
        [one] { $aantal } file
       *[other] { $aantal } files
    } with a virus, newest first
}
virussen-kolom-wanneer = When
virussen-kolom-bestand = File
virussen-kolom-virus = Virus
virussen-kolom-gedaan = What the portal did
virussen-bron-upload = Not kept. The resident was told when sending it.
virussen-bron-later = Deleted after a later check. The case says that the file had a virus.
