//! Every record only Curbside reads (interactions, relationships, credits,
//! settings…) as a journal entry in Curbside's private collection: its uid
//! and the sealed record, nothing else in plain (no kind, no name), so the
//! server learns only how many there are and when they change.

use super::super::seal::PRODID;
use super::lines;

/// The plain part of a private record's resource.
pub(super) fn plain(uid: &str) -> String {
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
    lines::fold_all(&[
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "BEGIN:VJOURNAL".to_owned(),
        format!("UID:{}", lines::escape(uid)),
        format!("DTSTAMP:{stamp}"),
        "SUMMARY:Curbside record".to_owned(),
        "END:VJOURNAL".to_owned(),
        "END:VCALENDAR".to_owned(),
    ])
}
