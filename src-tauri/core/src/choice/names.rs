//! The names of the enums whose own modules state them only to serde: the
//! same snake_case, stated once more for [`Choice`](super::Choice) so the
//! CLI reads them as the core does. A test checks both agree.

use crate::cme::{CreditType, CycleKind};
use crate::events::{DeadlineKind, EventKind, EventStatus};
use crate::export::ExportFormat;
use crate::import::ImportFormat;
use crate::interactions::InteractionKind;
use crate::messages::TemplateKind;

crate::choices!(InteractionKind, "kind of interaction", [
    Meeting = "meeting": "Met in person",
    Call = "call": "A phone or video call",
    Message = "message": "A text or chat message",
    Email = "email": "An email",
    Event = "event": "Saw each other at an event",
    Article = "article": "Shared an article or paper",
    Referral = "referral": "A referral, either way",
    Introduction = "introduction": "An introduction, made or received",
    Other = "other": "Anything else",
]);

crate::choices!(EventKind, "kind of event", [
    Conference = "conference": "A congress or conference",
    Cme = "cme": "A CME course",
    Seminar = "seminar": "A seminar",
    Workshop = "workshop": "A workshop or hands-on course",
    Webinar = "webinar": "A webinar",
    Rounds = "rounds": "Grand rounds",
    Meeting = "meeting": "An association meeting",
    Personal = "personal": "Anything in your own calendar",
]);

crate::choices!(EventStatus, "event status", [
    Considering = "considering": "Thinking about it",
    Registered = "registered": "Registered",
    Attending = "attending": "Going",
    Attended = "attended": "Went",
    Skipped = "skipped": "Decided not to go, or did not go",
]);

crate::choices!(DeadlineKind, "kind of key date", [
    Abstract = "abstract": "Abstract submission",
    LateBreakingAbstract = "late_breaking_abstract": "Late-breaking abstracts",
    Notification = "notification": "Notification of acceptance",
    EarlyBird = "early_bird": "Early-bird registration",
    Registration = "registration": "Registration",
    HotelBlock = "hotel_block": "Hotel block release",
    Other = "other": "Anything else; the label says what",
]);

crate::choices!(CreditType, choice_only, "credit type", [
    AmaPra1 = "ama_pra_1": "AMA PRA Category 1 Credit™",
    AmaPra2 = "ama_pra_2": "AMA PRA Category 2 Credit™",
    Aoa1a = "aoa_1a": "AOA Category 1-A",
    Aoa1b = "aoa_1b": "AOA Category 1-B",
    Aoa2a = "aoa_2a": "AOA Category 2-A",
    Aoa2b = "aoa_2b": "AOA Category 2-B",
    Other = "other": "Anything else: say what with --type-label",
]);

crate::choices!(CycleKind, "kind of cycle", [
    License = "license": "A medical license (a state or a country)",
    Board = "board": "A board certification",
]);

crate::choices!(ExportFormat, "contact format", [
    Vcard = "vcard": "vCard 3.0",
    Vcard4 = "vcard4": "vCard 4.0",
    Csv = "csv": "CSV",
    Json = "json": "Everything stored, as JSON",
]);

crate::choices!(ImportFormat, "contact file format", [
    Vcard = "vcard": "vCard 2.1, 3.0 or 4.0",
    Linkedin = "linkedin": "LinkedIn Connections.csv",
    Google = "google": "Google Contacts CSV",
    Outlook = "outlook": "Outlook's CSV export (English, German, French or Spanish headers)",
]);

crate::choices!(TemplateKind, "kind of template", [
    FollowUp = "follow_up": "After a meeting, a call or an event",
    Congratulations = "congratulations": "A new job, a promotion, a paper, a work anniversary",
    Birthday = "birthday": "Birthday wishes",
    ReferralThanks = "referral_thanks": "Thanks for referring a patient",
    Introduction = "introduction": "Introducing someone (or oneself)",
    Article = "article": "Sharing an article or a paper",
]);

#[cfg(test)]
mod tests {
    use super::super::{parse, Choice};
    use super::*;
    use crate::organizations::{AffiliationKind, OrganizationKind};
    use crate::relationships::RelationshipKind;

    fn agrees_with_serde<
        T: Choice + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    >() {
        for &value in T::ALL {
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                value.name(),
                "{value:?}"
            );
            assert_eq!(
                serde_json::from_value::<T>(value.name().into()).unwrap(),
                value
            );
            assert_eq!(parse::<T>(&value.flag_name()).unwrap(), value);
        }
    }

    #[test]
    fn every_enum_is_named_as_serde_names_it_and_read_in_both_spellings() {
        agrees_with_serde::<InteractionKind>();
        agrees_with_serde::<EventKind>();
        agrees_with_serde::<EventStatus>();
        agrees_with_serde::<DeadlineKind>();
        agrees_with_serde::<CreditType>();
        agrees_with_serde::<CycleKind>();
        agrees_with_serde::<ExportFormat>();
        agrees_with_serde::<ImportFormat>();
        agrees_with_serde::<TemplateKind>();
        agrees_with_serde::<RelationshipKind>();
        agrees_with_serde::<AffiliationKind>();
        agrees_with_serde::<OrganizationKind>();
    }

    #[test]
    fn an_unknown_value_is_refused_with_the_values_that_would_do() {
        let error = parse::<RelationshipKind>("bogus").unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"bogus\" is not a relationship Curbside knows: use one of mentor, mentee, collaborator, \
             referral-partner, co-resident, friend, family, other"
        );
        assert_eq!(
            parse::<RelationshipKind>(" Referral_Partner "),
            Ok(RelationshipKind::ReferralPartner)
        );
    }

    #[test]
    fn the_contact_list_filter_from_the_app_reads_a_relationship_as_the_cli_does() {
        use crate::contacts::ContactFilter;
        let read = |kind: &str| {
            serde_json::from_value::<ContactFilter>(serde_json::json!({ "relationship": kind }))
        };
        for spelling in ["referral_partner", "referral-partner"] {
            assert_eq!(
                read(spelling).unwrap().relationship,
                Some(RelationshipKind::ReferralPartner)
            );
        }
        let error = read("bogus").unwrap_err().to_string();
        assert!(
            error.starts_with("\"bogus\" is not a relationship Curbside knows: use one of mentor"),
            "{error}"
        );
    }
}
