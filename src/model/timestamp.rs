//! RFC 3339 timestamps as the two migration histories hold them, read two
//! ways with the `time` crate (the one refinery reads `applied_on` with):
//!
//! - [`strict`]: as refinery's reader reads them, and unwraps, so that a
//!   row it cannot parse panics any refinery-based tool. `time` takes a
//!   leap second only where one can be, 23:59:60 UTC on the last day of a
//!   month.
//! - [`Timestamp::parse`]: as written, a leap second (`:60`) in any
//!   minute, so that a row `strict` refuses can still be shown, and said
//!   to be a misplaced leap second rather than no time at all.

use std::fmt::Write;

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// `text` as refinery's history reader parses `applied_on`.
pub fn strict(text: &str) -> Result<OffsetDateTime, time::error::Parse> {
    OffsetDateTime::parse(text, &Rfc3339)
}

/// An RFC 3339 time as written, a leap second included wherever it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    /// The time, at `:59` (with its fraction) when it is a leap second.
    at: OffsetDateTime,
    /// The seconds were `60`.
    leap: bool,
}

impl Timestamp {
    /// RFC 3339 as [`strict`] reads it, but with seconds up to 60 in any
    /// minute.
    pub fn parse(text: &str) -> Result<Timestamp, time::error::Parse> {
        // `time` takes :60 only where a leap second can be: read it as :59
        // and remember it.
        let leap = text.get(17..19) == Some("60");
        let at = if leap {
            let mut text = text.to_string();
            text.replace_range(17..19, "59");
            strict(&text)?
        } else {
            strict(text)?
        };
        Ok(Timestamp { at, leap })
    }

    /// In a table: UTC to the millisecond, always the same width
    /// (`2026-11-26 13:14:51.490`, a leap second as `23:59:60.000`).
    pub fn table_text(&self) -> String {
        let utc = self.at.to_offset(UtcOffset::UTC);
        let mut text = String::with_capacity(23);
        let _ = write!(
            text,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:03}",
            utc.year(),
            u8::from(utc.month()),
            utc.day(),
            utc.hour(),
            utc.minute(),
            utc.second() + u8::from(self.leap),
            utc.millisecond()
        );
        text
    }

    /// RFC 3339 with the offset as given (`+00:00`, never `Z`) and the
    /// fraction to 0, 3, 6 or 9 digits, whichever keeps it whole: the form
    /// adopted history rows have always been written in.
    pub fn rfc3339(&self) -> String {
        let at = self.at;
        let mut text = String::with_capacity(35);
        let _ = write!(
            text,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            at.year(),
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute(),
            at.second() + u8::from(self.leap)
        );
        let nanos = at.nanosecond();
        let _ = match nanos {
            0 => Ok(()),
            n if n % 1_000_000 == 0 => write!(text, ".{:03}", n / 1_000_000),
            n if n % 1_000 == 0 => write!(text, ".{:06}", n / 1_000),
            n => write!(text, ".{n:09}"),
        };
        let offset = at.offset().whole_minutes();
        let sign = if offset < 0 { '-' } else { '+' };
        let offset = offset.unsigned_abs();
        let _ = write!(text, "{sign}{:02}:{:02}", offset / 60, offset % 60);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::{Timestamp, strict};

    #[test]
    fn a_leap_second_is_read_anywhere_but_strictly_only_at_a_months_end() {
        let anywhere = "2023-08-06T23:59:60Z";
        assert!(strict(anywhere).is_err());
        let read = Timestamp::parse(anywhere).expect("read as written");
        assert_eq!(read.table_text(), "2023-08-06 23:59:60.000");
        assert_eq!(read.rfc3339(), "2023-08-06T23:59:60+00:00");

        let month_end = "2016-12-31T23:59:60Z";
        assert!(strict(month_end).is_ok());
        assert_eq!(
            Timestamp::parse(month_end).unwrap().table_text(),
            "2016-12-31 23:59:60.000"
        );
        // Shifted to UTC, it is still the leap second.
        let offset = Timestamp::parse("2023-08-07T01:59:60.5+02:00").unwrap();
        assert_eq!(offset.table_text(), "2023-08-06 23:59:60.500");
        assert_eq!(offset.rfc3339(), "2023-08-07T01:59:60.500+02:00");
    }

    #[test]
    fn rfc3339_keeps_the_offset_and_a_whole_fraction() {
        for (given, written) in [
            ("2023-08-21T10:00:00.121Z", "2023-08-21T10:00:00.121+00:00"),
            ("2023-08-21T10:00:00Z", "2023-08-21T10:00:00+00:00"),
            (
                "2023-08-21T10:00:00.1234z",
                "2023-08-21T10:00:00.123400+00:00",
            ),
            (
                "2023-08-21t10:00:00.123456789-05:30",
                "2023-08-21T10:00:00.123456789-05:30",
            ),
            (
                "2023-08-21 10:00:00.5-00:00",
                "2023-08-21T10:00:00.500+00:00",
            ),
        ] {
            assert_eq!(
                Timestamp::parse(given).unwrap().rfc3339(),
                written,
                "{given}"
            );
        }
    }

    #[test]
    fn what_is_not_rfc3339_is_refused() {
        for text in [
            "yesterday",
            "",
            "2023-08-21",
            "2023-08-21T10:00:61Z",
            "2023-02-30T10:00:00Z",
            "2023-08-21T10:00:00",
            "2023-08-21T10:00:00Z trailing",
            "2023-08-21T10:00:00+24:00",
        ] {
            assert!(Timestamp::parse(text).is_err(), "{text}");
        }
    }
}
