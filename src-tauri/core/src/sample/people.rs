//! Who is in the sample book: twelve colleagues of the kind a doctor meets
//! (mentors, referral partners, people met at congresses), spread over
//! specialties and cities so that search, filters, the trip radar and the
//! calendar all have something to show. Every one is made up.

use crate::contacts::ContactDraft;
use crate::values::Address;

/// One sample person: name, credentials, specialty, institution, city,
/// region, country, email, birthday (`--MM-DD` or empty), tags and a note.
struct Person {
    name: &'static str,
    credentials: &'static str,
    specialty: &'static str,
    institution: &'static str,
    city: &'static str,
    region: &'static str,
    country: &'static str,
    email: &'static str,
    birthday: &'static str,
    tags: &'static [&'static str],
    notes: &'static str,
}

const PEOPLE: [Person; 12] = [
    Person {
        name: "Dr Amara Okafor",
        credentials: "MD, FACC",
        specialty: "Interventional cardiology",
        institution: "Massachusetts General Hospital",
        city: "Boston",
        region: "MA",
        country: "USA",
        email: "amara.okafor@example.org",
        birthday: "--04-12",
        tags: &["mentor"],
        notes: "Ran the structural heart fellowship; happy to read abstracts.",
    },
    Person {
        name: "Dr Kenji Tanaka",
        credentials: "MD, PhD",
        specialty: "Nephrology",
        institution: "Brigham and Women's Hospital",
        city: "Boston",
        region: "MA",
        country: "USA",
        email: "k.tanaka@example.org",
        birthday: "",
        tags: &["research"],
        notes: "Cardiorenal trials; met at Kidney Week.",
    },
    Person {
        name: "Dr Lucía Fernández",
        credentials: "MD",
        specialty: "Medical oncology",
        institution: "Hospital Clínic de Barcelona",
        city: "Barcelona",
        region: "",
        country: "Spain",
        email: "lucia.fernandez@example.org",
        birthday: "--09-03",
        tags: &["ESMO"],
        notes: "Cardio-oncology clinic; speaks at ESMO most years.",
    },
    Person {
        name: "Dr Priya Raman",
        credentials: "MD",
        specialty: "Endocrinology",
        institution: "Johns Hopkins Hospital",
        city: "Baltimore",
        region: "MD",
        country: "USA",
        email: "priya.raman@example.org",
        birthday: "",
        tags: &["referral partner"],
        notes: "Takes complex diabetes referrals; quick to answer.",
    },
    Person {
        name: "Dr Samuel Adeyemi",
        credentials: "MBBS, FWACS",
        specialty: "Emergency medicine",
        institution: "Lagos University Teaching Hospital",
        city: "Lagos",
        region: "",
        country: "Nigeria",
        email: "s.adeyemi@example.org",
        birthday: "--01-22",
        tags: &["global health"],
        notes: "Co-author on the triage paper.",
    },
    Person {
        name: "Dr Hannah Becker",
        credentials: "Dr. med.",
        specialty: "Cardiology",
        institution: "Charité – Universitätsmedizin Berlin",
        city: "Berlin",
        region: "",
        country: "Germany",
        email: "hannah.becker@example.org",
        birthday: "",
        tags: &["ESC"],
        notes: "Heart failure; on the ESC young community board.",
    },
    Person {
        name: "Dr Marcus Lee",
        credentials: "MD",
        specialty: "Family medicine",
        institution: "Lakeview Community Clinic",
        city: "Chicago",
        region: "IL",
        country: "USA",
        email: "marcus.lee@example.org",
        birthday: "--11-30",
        tags: &["referral partner"],
        notes: "Sends most of the new heart failure patients.",
    },
    Person {
        name: "Dr Sofia Rossi",
        credentials: "MD, PhD",
        specialty: "Neurology",
        institution: "Policlinico Gemelli",
        city: "Rome",
        region: "",
        country: "Italy",
        email: "sofia.rossi@example.org",
        birthday: "",
        tags: &["research"],
        notes: "Stroke after TAVR: possible collaboration.",
    },
    Person {
        name: "Dr Omar Haddad",
        credentials: "MD, FACS",
        specialty: "General surgery",
        institution: "Cleveland Clinic",
        city: "Cleveland",
        region: "OH",
        country: "USA",
        email: "omar.haddad@example.org",
        birthday: "",
        tags: &["residency"],
        notes: "Co-resident; now on the surgical education committee.",
    },
    Person {
        name: "Dr Grace Liu",
        credentials: "MD",
        specialty: "Pediatric cardiology",
        institution: "Stanford Children's Health",
        city: "Palo Alto",
        region: "CA",
        country: "USA",
        email: "grace.liu@example.org",
        birthday: "--06-17",
        tags: &["residency"],
        notes: "",
    },
    Person {
        name: "Elena Petrova",
        credentials: "",
        specialty: "",
        institution: "American College of Cardiology",
        city: "Washington",
        region: "DC",
        country: "USA",
        email: "elena.petrova@example.org",
        birthday: "",
        tags: &["society"],
        notes: "Program coordinator for the annual scientific session.",
    },
    Person {
        name: "Dr Daniel Kim",
        credentials: "MD",
        specialty: "Radiology",
        institution: "UCSF Medical Center",
        city: "San Francisco",
        region: "CA",
        country: "USA",
        email: "daniel.kim@example.org",
        birthday: "",
        tags: &["mentee"],
        notes: "Resident interested in cardiac imaging.",
    },
];

/// The tag every sample contact carries, so that the list shows what is
/// sample data at a glance.
pub const SAMPLE_TAG: &str = "Sample";

/// The sample people as contact drafts, in a fixed order.
pub(super) fn drafts() -> Vec<ContactDraft> {
    PEOPLE
        .iter()
        .map(|person| ContactDraft {
            display_name: person.name.into(),
            credentials: person.credentials.into(),
            specialty: person.specialty.into(),
            institution: person.institution.into(),
            emails: vec![person.email.into()],
            addresses: vec![Address {
                label: "work".into(),
                locality: person.city.into(),
                region: person.region.into(),
                country: person.country.into(),
                ..Default::default()
            }],
            birthday: person.birthday.into(),
            tags: std::iter::once(SAMPLE_TAG)
                .chain(person.tags.iter().copied())
                .map(String::from)
                .collect(),
            notes: person.notes.into(),
            ..Default::default()
        })
        .collect()
}
