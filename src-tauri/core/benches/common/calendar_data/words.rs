//! The word lists made-up events and credits are drawn from. Kept out of
//! rustfmt's way so that each list stays a compact paragraph.

/// Venues with their zones: Europe most often, then the Americas, Asia and
/// the Pacific (half-hour and 45-minute offsets included).
pub const VENUES: &[(&str, &str)] = &[
    ("Europe/Berlin", "Messe Berlin"),
    ("Europe/Berlin", "ICM München"),
    ("Europe/Paris", "Palais des Congrès, Paris"),
    ("Europe/Amsterdam", "RAI Amsterdam"),
    ("Europe/London", "ExCeL London"),
    ("Europe/Madrid", "IFEMA Madrid"),
    ("Europe/Vienna", "Austria Center Vienna"),
    ("Europe/Stockholm", "Stockholmsmässan"),
    ("Europe/Rome", "MiCo Milano"),
    ("Europe/Zurich", "Congress Center Basel"),
    ("Europe/Lisbon", "FIL Lisbon"),
    ("Europe/Athens", "Megaron Athens"),
    ("Europe/Prague", "Prague Congress Centre"),
    ("Europe/Copenhagen", "Bella Center Copenhagen"),
    ("America/New_York", "Javits Center, New York"),
    ("America/New_York", "Walter E. Washington Convention Center"),
    ("America/Chicago", "McCormick Place, Chicago"),
    ("America/Los_Angeles", "Moscone Center, San Francisco"),
    ("America/Denver", "Colorado Convention Center"),
    ("America/Toronto", "Metro Toronto Convention Centre"),
    ("America/Sao_Paulo", "Transamerica Expo Center, São Paulo"),
    ("Asia/Tokyo", "Tokyo International Forum"),
    ("Asia/Singapore", "Suntec Singapore"),
    ("Asia/Kolkata", "Bangalore International Exhibition Centre"),
    ("Asia/Kathmandu", "Hotel Yak & Yeti, Kathmandu"),
    ("Asia/Dubai", "Dubai World Trade Centre"),
    ("Australia/Sydney", "ICC Sydney"),
    ("Australia/Adelaide", "Adelaide Convention Centre"),
    ("Pacific/Auckland", "Aotea Centre, Auckland"),
    ("Africa/Johannesburg", "Sandton Convention Centre"),
];

/// Societies: the short name titles use, the name the organiser record gets.
pub const SOCIETIES: &[(&str, &str)] = &[
    ("ESC", "European Society of Cardiology"),
    ("ACC", "American College of Cardiology"),
    ("AHA", "American Heart Association"),
    ("EuroPCR", "PCR"),
    ("TCT", "Cardiovascular Research Foundation"),
    ("ASCO", "American Society of Clinical Oncology"),
    ("ESMO", "European Society for Medical Oncology"),
    ("DDW", "Digestive Disease Week"),
    ("UEG", "United European Gastroenterology"),
    ("ERS", "European Respiratory Society"),
    ("ATS", "American Thoracic Society"),
    ("EAN", "European Academy of Neurology"),
    ("AAN", "American Academy of Neurology"),
    ("ADA", "American Diabetes Association"),
    ("EASD", "European Association for the Study of Diabetes"),
    ("ASN", "American Society of Nephrology"),
    ("ERA", "European Renal Association"),
    ("ASH", "American Society of Hematology"),
    ("EHA", "European Hematology Association"),
    (
        "EULAR",
        "European Alliance of Associations for Rheumatology",
    ),
    ("RSNA", "Radiological Society of North America"),
    ("ECR", "European Society of Radiology"),
    ("ESICM", "European Society of Intensive Care Medicine"),
    ("IDWeek", "Infectious Diseases Society of America"),
    ("ESCMID", "European Society of Clinical Microbiology"),
    ("DGIM", "Deutsche Gesellschaft für Innere Medizin"),
    ("JCS", "Japanese Circulation Society"),
    ("CSANZ", "Cardiac Society of Australia and New Zealand"),
];

/// Courses, webinars, workshops and the credits earned at them.
pub const COURSES: &[&str] = &[
    "Echocardiography update",
    "Advanced cardiac life support",
    "Point-of-care ultrasound",
    "Heart failure masterclass",
    "Antimicrobial stewardship",
    "Clinical trial methodology",
    "Pain management and opioid prescribing",
    "Medical ethics in practice",
    "Implicit bias in clinical care",
    "Sleep medicine review",
    "Diabetes technology",
    "Stroke thrombectomy hands-on",
    "Lipid clinic essentials",
    "Cardio-oncology",
    "Interventional pulmonology",
    "Hypertension guidelines",
    "Atrial fibrillation ablation",
    "Geriatric prescribing",
    "Palliative care communication",
    "Sepsis bundles",
    "Inflammatory bowel disease",
    "Chronic kidney disease",
    "Anticoagulation in practice",
    "Board review: internal medicine",
    "Cardiac MRI basics",
    "Statistics for clinicians",
    "Leadership in medicine",
    "Addiction medicine",
];

/// Why someone is on the list to meet.
pub const MEETING_GOALS: &[&str] = &[
    "Registry collaboration",
    "Ask about the fellowship",
    "Discuss the joint paper",
    "Invite as a speaker",
];

/// What was talked about.
pub const MET_NOTES: &[&str] = &[
    "Agreed to share the protocol",
    "Will send the slides",
    "Interested in the trial",
    "Coffee at the poster session",
];
