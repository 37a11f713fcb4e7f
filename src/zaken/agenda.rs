//! The calendar file sent with the mail about a planned talk (iCalendar, RFC 5545): the day, the hour and the
//! place, and nothing of the case. A phone puts it in the resident's agenda with one tap.

use time::{Date, Duration, OffsetDateTime, Time};

/// How long the talk is put in the agenda.
const DUUR_MINUTEN: i64 = 60;

/// The moment in UTC of a day and time on the clock in the Netherlands.
pub fn in_utc(datum: Date, tijd: Time) -> OffsetDateTime {
    let lokaal = datum.with_time(tijd).assume_utc();
    // Winter time first (UTC+1); summer time (UTC+2) when that is what the clock in Amsterdam shows then.
    [1, 2]
        .into_iter()
        .map(|uren| lokaal - Duration::hours(uren))
        .find(|utc| crate::clock::amsterdam(*utc).time() == tijd)
        .unwrap_or(lokaal - Duration::hours(1))
}

fn stempel(moment: OffsetDateTime) -> String {
    let m = moment.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        m.year(),
        u8::from(m.month()),
        m.day(),
        m.hour(),
        m.minute(),
        m.second()
    )
}

/// Text as an iCalendar value: backslash, semicolon, comma and newline escaped.
fn waarde(tekst: &str) -> String {
    tekst
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// A content line folded at 75 octets (RFC 5545, 3.1): the rest goes on lines that start with a space, never
/// splitting a character.
fn vouw(regel: &str) -> String {
    let mut uit = String::with_capacity(regel.len() + 8);
    let mut lengte = 0;
    for c in regel.chars() {
        if lengte + c.len_utf8() > 75 {
            uit.push_str("\r\n ");
            lengte = 1;
        }
        uit.push(c);
        lengte += c.len_utf8();
    }
    uit
}

/// The calendar file of a talk: `uid` names this appointment, and a later file with a higher sequence (the
/// moment it was made) replaces it in the agenda when the talk is planned again; `titel` and `plaats` are the
/// words the resident reads; `nu` is when the file was made.
pub fn gesprek(
    uid: &str,
    begin: OffsetDateTime,
    titel: &str,
    plaats: &str,
    nu: OffsetDateTime,
) -> String {
    let regels = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//loket//gesprek//NL".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("SEQUENCE:{}", (nu.unix_timestamp() / 60).max(0)),
        format!("DTSTAMP:{}", stempel(nu)),
        format!("DTSTART:{}", stempel(begin)),
        format!("DTEND:{}", stempel(begin + Duration::minutes(DUUR_MINUTEN))),
        format!("SUMMARY:{}", waarde(titel)),
        format!("LOCATION:{}", waarde(plaats)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    // Lines end in CRLF and fold at 75 octets (RFC 5545, 3.1).
    regels
        .iter()
        .map(|r| vouw(r))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime, time};

    use super::*;

    #[test]
    fn a_time_on_the_dutch_clock_in_winter_and_in_summer() {
        assert_eq!(
            in_utc(date!(2026 - 12 - 10), time!(10:30)),
            datetime!(2026-12-10 09:30 UTC)
        );
        assert_eq!(
            in_utc(date!(2027 - 06 - 10), time!(10:30)),
            datetime!(2027-06-10 08:30 UTC)
        );
    }

    #[test]
    fn the_file_holds_the_hour_and_the_place_and_nothing_else() {
        let ics = gesprek(
            "gesprek-abc@loket.example",
            datetime!(2026-12-10 09:30 UTC),
            "Gesprek met de gemeente Lansingerland",
            "Bij u thuis, of aan de telefoon; zie de e-mail",
            datetime!(2026-11-23 08:00 UTC),
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261210T093000Z\r\nDTEND:20261210T103000Z\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Gesprek met de gemeente Lansingerland\r\n"));
        assert!(ics.contains("LOCATION:Bij u thuis\\, of aan de telefoon\\; zie de e-mail\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.contains("DESCRIPTION"), "nothing of the case");
        assert!(ics.contains("\r\nSEQUENCE:"), "a new plan replaces the old");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let lang = format!("LOCATION:{}", "é".repeat(60));
        let gevouwen = vouw(&lang);
        for regel in gevouwen.split("\r\n") {
            assert!(regel.len() <= 75, "{regel}");
        }
        assert_eq!(gevouwen.replace("\r\n ", ""), lang);
        assert_eq!(vouw("KORT:1"), "KORT:1");
    }
}
