//! The `contacts` and `search` commands as clap parses them (docs/CLI.md).

use clap::{Args, Subcommand};
use curbside_core::contacts::ContactSort;
use curbside_core::organizations::AffiliationKind;
use curbside_core::relationships::RelationshipKind;

use crate::shared::choice_arg::choice;
use crate::shared::patient_data::PatientDataArg;

/// `search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; every word must match the start of a word.
    pub query: String,
    /// At most this many results.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
    /// Search the networking workflows' text instead (referrals,
    /// introductions, mentorship, letters, opportunities, memberships, your
    /// milestones) and the names of the people involved.
    #[arg(long)]
    pub network: bool,
}

/// `contacts …`
#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    /// Add a contact.
    #[command(
        after_help = "Example:\n  curbside-cli contacts add --name \"Amara Okafor\" --credentials \"MD, PhD\" \\\n    --specialty Cardiology --org \"St Mary's Hospital\" --email amara@example.org --tag mentor"
    )]
    Add(AddArgs),
    /// List contacts in name order (or by family or given name with --sort).
    #[command(
        after_help = "Example:\n  curbside-cli contacts list --tag mentor --limit 20 --json\n  curbside-cli contacts list --sort family"
    )]
    List(ListArgs),
    /// Show one contact, whole.
    #[command(after_help = "Example:\n  curbside-cli contacts show 12 --json")]
    Show(IdArg),
    /// Change a contact: each flag given replaces that field.
    #[command(
        after_help = "Example:\n  curbside-cli contacts edit 12 --org \"Royal Free Hospital\" --tag mentor --tag ESC"
    )]
    Edit(EditArgs),
    /// Delete a contact.
    #[command(after_help = "Example:\n  curbside-cli contacts delete 12")]
    Delete(IdArg),
    /// Merge the second contact into the first, keeping every detail of both.
    #[command(after_help = "Example:\n  curbside-cli contacts merge 12 31")]
    Merge(MergeArgs),
    /// List the pairs of contacts that look like one person, and why.
    #[command(
        after_help = "Example:\n  curbside-cli contacts duplicates --limit 20\n  curbside-cli contacts merge 12 31   (a pair's KEEP and OTHER)"
    )]
    Duplicates(DuplicatesArgs),
    /// Add training or a job to a contact's history.
    #[command(
        after_help = "Example:\n  curbside-cli contacts affiliate 12 --org \"Johns Hopkins Hospital\" --kind residency \\\n    --role \"Internal medicine resident\" --from 2015-07-01 --to 2018-06-30"
    )]
    Affiliate(AffiliateArgs),
    /// Record a relationship: the contact is the KIND of another contact, or of you.
    #[command(
        after_help = "Example:\n  curbside-cli contacts relate 12 --me --kind mentor\n  curbside-cli contacts relate 12 --to 31 --kind collaborator --label \"Registry study\""
    )]
    Relate(RelateArgs),
    /// The values the list's filters can take: every tag, specialty, institution and city.
    #[command(after_help = "Example:\n  curbside-cli contacts facets --json")]
    Facets,
}

/// `contacts merge`
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The contact to keep.
    pub keep: i64,
    /// The contact merged into it (deleted afterwards).
    pub other: i64,
}

/// `contacts duplicates`
#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// At most this many pairs, strongest evidence first.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `contacts affiliate`
#[derive(Debug, Args)]
pub struct AffiliateArgs {
    /// The contact.
    pub id: i64,
    /// The organisation (filed if new).
    #[arg(long = "org", value_name = "O")]
    pub organization: String,
    /// What it was.
    #[arg(long, value_parser = choice::<AffiliationKind>(), default_value = "job")]
    pub kind: AffiliationKind,
    /// Role or title there.
    #[arg(long, value_name = "ROLE", default_value = "")]
    pub role: String,
    /// Start date.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// End date.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `contacts relate`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("whom").required(true).args(["to", "me"])))]
pub struct RelateArgs {
    /// The contact who holds the role.
    pub id: i64,
    /// The other contact.
    #[arg(long, value_name = "ID")]
    pub to: Option<i64>,
    /// The relationship is with you.
    #[arg(long)]
    pub me: bool,
    /// What the contact is to the other (or to you).
    #[arg(long, value_parser = choice::<RelationshipKind>())]
    pub kind: RelationshipKind,
    /// A free label.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub label: String,
}

/// The fields of a contact other than its name.
#[derive(Debug, Args)]
pub struct ContactFields {
    /// An email address (repeat for more).
    #[arg(long = "email", value_name = "E")]
    pub emails: Vec<String>,
    /// A phone number (repeat for more).
    #[arg(long = "phone", value_name = "P")]
    pub phones: Vec<String>,
    /// Degrees and post-nominals, e.g. "MD, PhD".
    #[arg(long, value_name = "C")]
    pub credentials: Option<String>,
    /// Specialty, or field outside medicine.
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Hospital, university, practice or company.
    #[arg(long = "org", value_name = "O")]
    pub institution: Option<String>,
    /// Job title, e.g. "Associate Professor".
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Subspecialty.
    #[arg(long, value_name = "S")]
    pub subspecialty: Option<String>,
    /// Pronouns, e.g. "she/her".
    #[arg(long, value_name = "P")]
    pub pronouns: Option<String>,
    /// Birthday: YYYY-MM-DD, or --MM-DD without the year.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// The person's own time zone, e.g. Europe/Berlin.
    #[arg(long = "tz", value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// When you met, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub met_on: Option<String>,
    /// Where or at which event you met.
    #[arg(long, value_name = "TEXT")]
    pub met_at: Option<String>,
    /// The contact who introduced you.
    #[arg(long, value_name = "ID")]
    pub introduced_by: Option<i64>,
    /// A tag (repeat for more).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// Free notes.
    #[arg(long = "note", value_name = "TEXT")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub patient_data: PatientDataArg,
}

/// `contacts add`
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The name shown everywhere.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub fields: ContactFields,
}

/// `contacts edit`
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The contact's id.
    pub id: i64,
    /// A new name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ContactFields,
}

/// `contacts list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only contacts with this tag.
    #[arg(long, value_name = "T")]
    pub tag: Option<String>,
    /// Only this specialty or subspecialty.
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Only people at this organisation.
    #[arg(long = "org", value_name = "O")]
    pub institution: Option<String>,
    /// Only people with an address in this city.
    #[arg(long, value_name = "CITY")]
    pub city: Option<String>,
    /// Only people with this relationship to you or anyone.
    #[arg(long, value_name = "REL", value_parser = choice::<RelationshipKind>())]
    pub relationship: Option<RelationshipKind>,
    /// Only people last contacted before this date (or never).
    #[arg(long, value_name = "DATE")]
    pub contacted_before: Option<String>,
    /// Only people last contacted after this date.
    #[arg(long, value_name = "DATE")]
    pub contacted_after: Option<String>,
    /// At most this many.
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// The order: by the name shown (the default), family name or given name.
    #[arg(long, value_name = "ORDER", value_parser = choice::<ContactSort>())]
    pub sort: Option<ContactSort>,
}

/// A contact id.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The contact's id.
    pub id: i64,
}
