//! The word lists made-up people are drawn from. Kept out of rustfmt's way
//! so that each list stays a compact paragraph.

/// Given names, some accented; the first ones are drawn more often.
pub const GIVEN: &[&str] = &[
    "Anna", "Michael", "Sarah", "David", "Maria", "Thomas", "Jana", "Laura", "Mohammed", "Julia",
    "Daniel", "Sofia", "Peter", "Elena", "Marco", "Amara", "José", "Priya", "Wei", "Fatima",
    "Lukas", "Zoë", "Søren", "Jürgen", "Ana", "Chidi", "Mei", "Ahmed", "Élodie", "Mateo", "Ingrid",
    "Kenji", "Olga", "Tomasz", "Aisha", "Björn", "Camille", "Dmitri", "Emeka", "François",
    "Gabriela", "Hiroshi", "Inês", "Jakub", "Karin", "Leila", "Marta", "Nikolai", "Oluwaseun",
    "Pilar", "Rafael", "Sinéad", "Tobias", "Ursula", "Valentina", "Yasmin", "Zainab", "Ömer",
    "Ángel", "Agnieszka", "Kwame", "Nour", "Rania", "Siddharth", "Hana", "Mustafa", "Eoin", "Ngozi",
    "Lars", "Chloé",
];

/// Family names, some accented; the first ones are drawn more often.
pub const FAMILY: &[&str] = &[
    "Müller", "Schmidt", "Smith", "García", "Nguyen", "Patel", "Kim", "Rossi", "Okafor", "Dubois",
    "Jansen", "O'Brien", "Kowalski", "Fernández", "Silva", "Andersson", "Novák", "Nováková",
    "Muñoz", "Østergaard", "Yılmaz", "Papadopoulos", "Mukherjee", "Murphy", "Okonkwo", "Okoye",
    "Oksanen", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch",
    "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann", "Lange",
    "Martin", "Bernard", "Lefèvre", "Moreau", "Laurent", "González", "Rodríguez", "López",
    "Sánchez", "Pérez", "Martínez", "Ricci", "Esposito", "Bianchi", "Romano", "Colombo", "Ivanov",
    "Petrova", "Wiśniewski", "Wójcik", "Horváth", "Nagy", "Johansson", "Lindqvist", "Nielsen",
    "Hansen", "Virtanen", "Korhonen", "Chen", "Wang", "Li", "Zhang", "Liu", "Tanaka", "Suzuki",
    "Takahashi", "Sato", "Park", "Choi", "Lee", "Singh", "Sharma", "Gupta", "Iyer", "Adeyemi",
    "Mensah", "Abubakar", "Haddad", "Khalil", "Cohen", "Levi", "Brown", "Wilson", "Taylor",
    "Johnson", "Williams", "Jones", "Davies", "Evans",
];

pub const CREDENTIALS: &[&str] = &[
    "MD", "MD", "MD, PhD", "MBBS", "MBBS, FRCP", "DO", "Dr. med.", "MD, MPH", "", "",
];

/// Specialties, each with subspecialties ("" for none).
pub const SPECIALTIES: &[(&str, &[&str])] = &[
    ("Cardiology", &["Electrophysiology", "Heart Failure", "Interventional Cardiology", ""]),
    ("Cardiothoracic Surgery", &["Valve Surgery", "Transplant", ""]),
    ("Nephrology", &["Transplant Nephrology", "Dialysis", ""]),
    ("Oncology", &["Breast Oncology", "Thoracic Oncology", "Hematologic Malignancies", ""]),
    ("Radiation Oncology", &[""]),
    ("Neurology", &["Stroke", "Epilepsy", "Movement Disorders", ""]),
    ("Neurosurgery", &["Spine", ""]),
    ("Pediatrics", &["Neonatology", "Pediatric Cardiology", ""]),
    ("Family Medicine", &[""]),
    ("Internal Medicine", &["Hospital Medicine", ""]),
    ("Emergency Medicine", &["Toxicology", ""]),
    ("Anesthesiology", &["Pain Medicine", "Critical Care", ""]),
    ("Dermatology", &[""]),
    ("Endocrinology", &["Diabetes", ""]),
    ("Gastroenterology", &["Hepatology", "Endoscopy", ""]),
    ("Hematology", &[""]),
    ("Infectious Disease", &[""]),
    ("Obstetrics and Gynecology", &["Maternal-Fetal Medicine", ""]),
    ("Ophthalmology", &["Retina", ""]),
    ("Orthopedic Surgery", &["Sports Medicine", "Hand Surgery", ""]),
    ("Otolaryngology", &[""]),
    ("Pathology", &[""]),
    ("Psychiatry", &["Child Psychiatry", "Addiction", ""]),
    ("Pulmonology", &["Critical Care", "Sleep Medicine", ""]),
    ("Radiology", &["Interventional Radiology", "Neuroradiology", ""]),
    ("Rheumatology", &[""]),
    ("Urology", &[""]),
    ("General Surgery", &["Colorectal Surgery", "Trauma Surgery", ""]),
    ("Geriatrics", &[""]),
    ("Vascular Surgery", &[""]),
];

/// Institutions with their email domains.
pub const INSTITUTIONS: &[(&str, &str)] = &[
    ("Charité – Universitätsmedizin Berlin", "charite.de"), ("Mayo Clinic", "mayo.edu"),
    ("Karolinska Institutet", "ki.se"), ("Hôpital Pitié-Salpêtrière", "aphp.fr"),
    ("Massachusetts General Hospital", "mgh.harvard.edu"), ("Johns Hopkins Hospital", "jhmi.edu"),
    ("Lagos University Teaching Hospital", "luth.gov.ng"), ("AIIMS New Delhi", "aiims.edu"),
    ("Universitätsspital Zürich", "usz.ch"), ("Klinikum rechts der Isar", "mri.tum.de"),
    ("Rigshospitalet", "regionh.dk"), ("Hospital Clínic de Barcelona", "clinic.cat"),
    ("Toronto General Hospital", "uhn.ca"), ("St Thomas' Hospital", "gstt.nhs.uk"),
    ("Cleveland Clinic", "ccf.org"), ("UCSF Medical Center", "ucsf.edu"),
    ("Royal Melbourne Hospital", "mh.org.au"), ("Seoul National University Hospital", "snuh.org"),
    ("University of Tokyo Hospital", "h.u-tokyo.ac.jp"), ("Sheba Medical Center", "sheba.co.il"),
    ("Universitätsklinikum Heidelberg", "med.uni-heidelberg.de"),
    ("Städtisches Klinikum München", "klinikum-muenchen.de"),
    ("Akademiska sjukhuset", "akademiska.se"),
    ("Hospital Universitario La Paz", "salud.madrid.org"),
    ("Policlinico Gemelli", "policlinicogemelli.it"),
    ("Groote Schuur Hospital", "westerncape.gov.za"), ("Aga Khan University Hospital", "aku.edu"),
    ("Hospital Israelita Albert Einstein", "einstein.br"), ("Private practice", "praxis.example"),
    ("Medizinisches Versorgungszentrum Nord", "mvz-nord.example"),
];

pub const DEPARTMENTS: &[&str] = &[
    "Department of Medicine", "Heart Center", "Surgical Clinic", "Cancer Center",
    "Children's Hospital", "Emergency Department", "Institute of Radiology", "", "", "",
];

pub const TITLES: &[&str] = &[
    "Attending Physician", "Associate Professor", "Professor", "Resident", "Fellow", "Consultant",
    "Head of Department", "Chief Medical Officer", "Oberarzt", "Chefärztin", "Registrar", "",
];

pub const TAGS: &[&str] = &[
    "mentor", "ESC 2026", "AHA 2025", "referral partner", "co-resident", "collaborator",
    "journal club", "alumni", "grant", "friend", "board", "speaker", "trial site",
];

/// What a contact's own notes say they care about (never a rare topic).
pub const INTERESTS: &[&str] = &[
    "heart failure", "AI in radiology", "sepsis bundles", "transplant outcomes",
    "medical education", "global health", "quality improvement", "wearables", "immunotherapy",
    "health policy", "palliative care", "point-of-care ultrasound", "antibiotic stewardship",
    "burnout",
];

pub const EVENTS: &[&str] = &[
    "ESC Congress", "AHA Scientific Sessions", "ASCO", "DGIM Jahrestagung", "grand rounds",
    "the alumni dinner", "a journal club", "the residency reunion", "TCT", "EuroPCR",
    "the hospital board meeting", "a webinar", "the summer school in Lausanne",
];

/// What interaction notes are about.
pub const TOPICS: &[&str] = &[
    "TAVI outcomes", "SGLT2 inhibitors", "atrial fibrillation ablation", "CAR-T therapy",
    "a shared fellow", "the multicentre registry", "grant deadlines", "a joint paper",
    "the guideline update", "a second opinion", "telemedicine follow-up", "sepsis protocols",
    "the transplant waiting list", "statin intolerance", "lipoprotein(a)",
    "stroke thrombectomy times", "pediatric asthma", "biologics for psoriasis", "hip fracture care",
    "the new cath lab", "their sabbatical", "a teaching award", "the ethics committee",
    "residency applications", "the on-call rota", "point-of-care ultrasound", "long COVID clinic",
    "an upcoming talk", "peer review", "journal editorship", "hospital merger",
];

/// Niche subjects, each in a few hundred contacts' interaction notes only:
/// the "what did we talk about" search.
pub const RARE_TOPICS: &[&str] = &[
    "renal denervation", "baroreflex activation", "left atrial appendage closure", "Impella support",
    "proton therapy", "fecal microbiota transplant", "deep brain stimulation", "islet transplantation",
    "ECMO retrieval", "fetal surgery", "Whipple procedure", "hyperbaric oxygen",
];

pub const CONDITIONS: &[&str] = &[
    "resistant hypertension", "cardiomyopathy", "lupus nephritis", "glioblastoma",
    "type 1 diabetes", "Crohn's disease", "sickle cell disease", "multiple sclerosis",
    "aortic stenosis", "sarcoidosis",
];

pub const JOURNALS: &[&str] = &[
    "NEJM", "Lancet", "JAMA", "BMJ", "Circulation", "Nature Medicine",
];
