//! Resources as a real server stores them (issue 17): Radicale re-writes
//! what it is sent (properties sorted, names upper-cased, lines refolded),
//! and that is no edit. The fixtures' README says how they were made.

use curbside_core::sync::cards;
use curbside_core::sync::records::Kind;
use curbside_core::sync::remote::Collection;
use curbside_core::sync::seal::SyncKey;

use super::cards::fixture;

/// The key the fixtures were sealed with (a test key, used for nothing else).
const FIXTURE_KEY: &str = "PMEC-EGUX-7PCD-RB7B-HLXV-JDWK-AUPN-G6WC-AWQU-WXQM-X3ZS-JGEY-V27Q";

fn stored(file: &str) -> String {
    std::fs::read_to_string(fixture(&format!("sync/radicale/{file}"))).unwrap()
}

#[test]
fn what_radicale_stores_reads_back_unedited() {
    let key = SyncKey::from_text(FIXTURE_KEY).unwrap();
    for (collection, file, kind, uid) in [
        (Collection::Contacts, "contact.vcf", Kind::Contact, "c-ana"),
        (Collection::Calendar, "series.ics", Kind::Event, "e-rounds"),
        (Collection::Calendar, "all-day.ics", Kind::Event, "e-esc"),
        (Collection::Private, "journal.ics", Kind::Interaction, "i-1"),
    ] {
        let text = stored(file);
        let incoming = cards::read(collection, file, &text, &key).unwrap();
        assert!(incoming.sealed.is_some(), "{file}");
        assert_eq!(
            (incoming.kind, incoming.uid.as_str()),
            (kind, uid),
            "{file}"
        );
        assert!(
            !incoming.plain_edited,
            "{file}: Radicale's reformatting taken for an edit"
        );
    }
}

#[test]
fn an_edit_of_what_radicale_stores_is_still_an_edit() {
    let key = SyncKey::from_text(FIXTURE_KEY).unwrap();
    let text = stored("contact.vcf").replace("a@b.org", "ana@clinic.example");
    let incoming = cards::read(Collection::Contacts, "contact.vcf", &text, &key).unwrap();
    assert!(incoming.plain_edited);
    let text = stored("series.ics").replace(
        "SUMMARY:Grand rounds (guest)",
        "SUMMARY:Grand rounds (Prof. Weber)",
    );
    let incoming = cards::read(Collection::Calendar, "series.ics", &text, &key).unwrap();
    assert!(incoming.plain_edited);
}
