//! Search over the networking workflows' own text: a referral's note, an
//! introduction's reason, a mentoring meeting's notes, an opportunity's
//! link, a society's member number… and the names of the people involved.
//! The index is `network_search` (migration 020), kept fresh by SQL
//! triggers on every workflow table and on a contact's rename, so whatever
//! writes a row (the app, the CLI, sync, a merge, an import) leaves it
//! findable. Like contact search, every word of the query must start a
//! word of the row, and case and accents do not matter.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::ContactError;
use crate::values::{folded_words, ContactId};

/// Which workflow a hit comes from: what the app opens for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NetworkHitKind {
    /// A referral (its specialty, reason or note).
    Referral,
    /// An introduction (its reason).
    Introduction,
    /// A mentorship (its notes).
    Mentorship,
    /// One of a mentorship's goals.
    MentorshipGoal,
    /// One of a mentorship's meetings (its notes).
    MentorshipMeeting,
    /// An action item from a mentoring meeting.
    MentorshipAction,
    /// A letter of recommendation asked or asked for.
    LetterRequest,
    /// An opportunity (its title, notes or link).
    Opportunity,
    /// A society membership (its society, member number or notes).
    Membership,
    /// A membership's committee roles.
    CommitteeRole,
    /// One of the user's own milestones.
    Milestone,
}

impl NetworkHitKind {
    /// The kind as the index stores it.
    fn from_stored(kind: &str) -> Option<Self> {
        Some(match kind {
            "referral" => Self::Referral,
            "introduction" => Self::Introduction,
            "mentorship" => Self::Mentorship,
            "mentorship_goal" => Self::MentorshipGoal,
            "mentorship_meeting" => Self::MentorshipMeeting,
            "mentorship_action" => Self::MentorshipAction,
            "letter_request" => Self::LetterRequest,
            "opportunity" => Self::Opportunity,
            "membership" => Self::Membership,
            "committee_role" => Self::CommitteeRole,
            "milestone" => Self::Milestone,
            _ => return None,
        })
    }

    /// A short label a person reads beside the title ("Referral", "Goal").
    pub fn label(self) -> &'static str {
        match self {
            Self::Referral => "Referral",
            Self::Introduction => "Introduction",
            Self::Mentorship => "Mentorship",
            Self::MentorshipGoal => "Goal",
            Self::MentorshipMeeting => "Meeting",
            Self::MentorshipAction => "Action item",
            Self::LetterRequest => "Letter",
            Self::Opportunity => "Opportunity",
            Self::Membership => "Membership",
            Self::CommitteeRole => "Committee role",
            Self::Milestone => "Milestone",
        }
    }
}

/// A piece of a hit's snippet: the match itself, or the text around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SnippetPart {
    /// The text, as written.
    pub text: String,
    /// Whether this piece is a word the query matched.
    pub matched: bool,
}

impl SnippetPart {
    /// A snippet as plain text with the matched words in `[brackets]`, as
    /// the CLI's tables show it.
    pub fn bracketed(snippet: &[SnippetPart]) -> String {
        snippet
            .iter()
            .map(|part| {
                if part.matched {
                    format!("[{}]", part.text)
                } else {
                    part.text.clone()
                }
            })
            .collect()
    }
}

/// One workflow row the query matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NetworkHit {
    /// The workflow it comes from.
    pub kind: NetworkHitKind,
    /// The kind as a person reads it ("Referral", "Goal", "Committee role").
    pub label: String,
    /// The row the app opens: the referral, introduction, letter request,
    /// opportunity, membership or milestone itself; a goal's, meeting's or
    /// action item's mentorship; committee roles' membership.
    #[ts(type = "number")]
    pub row_id: i64,
    /// What a person recognises it by ("Referral from Ana Ruiz ·
    /// 2026-03-04", an opportunity's title, a society).
    pub title: String,
    /// Where the match is, a few words around it, the matched words marked.
    pub snippet: Vec<SnippetPart>,
    /// The contacts involved, as they are now.
    #[ts(type = "Array<number>")]
    pub contact_ids: Vec<ContactId>,
}

/// The most hits one query returns, whatever the caller asks.
pub const MAX_HITS: u32 = 200;

/// Where snippet() puts a match: control characters nobody types.
const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// The workflow rows matching `query`, best first (bm25), at most `limit`
/// (and at most [`MAX_HITS`]). Every word of the query must start a word of
/// the row's text or of the name of someone it involves; a query without a
/// letter or digit finds nothing.
pub fn network(
    conn: &Connection,
    query: &str,
    limit: u32,
) -> Result<Vec<NetworkHit>, ContactError> {
    let words = folded_words(query);
    if words.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    // Words hold letters and digits only, so quoting them is safe.
    let expression = words
        .iter()
        .map(|word| format!("\"{word}\"*"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut statement = conn.prepare_cached(
        "SELECT kind, row_id, title, contact_ids,
                snippet(network_search, -1, char(2), char(3), '…', 16)
         FROM network_search WHERE network_search MATCH ?1
         ORDER BY bm25(network_search, 0.0, 0.0, 0.0, 0.0, 2.0, 1.0), rowid DESC
         LIMIT ?2",
    )?;
    let rows = statement.query_map(rusqlite::params![expression, limit.min(MAX_HITS)], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (kind, row_id, title, contact_ids, snippet) = row?;
        // A kind this build does not know (a newer one wrote the index) is
        // left out rather than failing the whole search.
        let Some(kind) = NetworkHitKind::from_stored(&kind) else {
            continue;
        };
        hits.push(NetworkHit {
            kind,
            label: kind.label().to_owned(),
            row_id,
            title,
            snippet: snippet_parts(&snippet),
            contact_ids: contact_ids
                .split_whitespace()
                .filter_map(|id| id.parse().ok())
                .collect(),
        });
    }
    Ok(hits)
}

/// The views of migration 020 saying what each kind indexes.
const SOURCES: [&str; 11] = [
    "network_text_referrals",
    "network_text_introductions",
    "network_text_mentorships",
    "network_text_mentorship_goals",
    "network_text_mentorship_meetings",
    "network_text_mentorship_actions",
    "network_text_letter_requests",
    "network_text_opportunities",
    "network_text_memberships",
    "network_text_committee_roles",
    "network_text_milestones",
];

/// Rebuilds the workflows' index from their tables, as the triggers keep
/// it: for the migration that creates it and for a salvaged book (whose
/// rows are copied with the triggers off). Run it inside the caller's
/// transaction to make the swap atomic.
pub fn rebuild(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM network_search", [])?;
    for source in SOURCES {
        conn.execute(
            &format!(
                "INSERT INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
                 SELECT entry, kind, row_id, title, contact_ids, text, people FROM {source}"
            ),
            [],
        )?;
    }
    Ok(())
}

/// Cuts snippet()'s text at its markers into plain and matched pieces;
/// neighbouring pieces of one sort are joined, empty ones dropped.
fn snippet_parts(snippet: &str) -> Vec<SnippetPart> {
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut matched = false;
    let mut text = String::new();
    let flush = |text: &mut String, matched: bool, parts: &mut Vec<SnippetPart>| {
        if text.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.matched == matched => last.text.push_str(text),
            _ => parts.push(SnippetPart {
                text: text.clone(),
                matched,
            }),
        }
        text.clear();
    };
    for c in snippet.chars() {
        match c {
            OPEN | CLOSE => {
                flush(&mut text, matched, &mut parts);
                matched = c == OPEN;
            }
            _ => text.push(c),
        }
    }
    flush(&mut text, matched, &mut parts);
    parts
}

#[cfg(test)]
mod tests {
    use super::{snippet_parts, SnippetPart};

    fn part(text: &str, matched: bool) -> SnippetPart {
        SnippetPart {
            text: text.into(),
            matched,
        }
    }

    #[test]
    fn a_snippet_is_cut_at_its_markers() {
        assert_eq!(
            snippet_parts("…asked about \u{2}echo\u{3} and \u{2}ECG\u{3}"),
            vec![
                part("…asked about ", false),
                part("echo", true),
                part(" and ", false),
                part("ECG", true),
            ]
        );
        assert_eq!(snippet_parts(""), vec![]);
        assert_eq!(
            snippet_parts("\u{2}a\u{3}\u{2}b\u{3}"),
            vec![part("ab", true)]
        );
    }
}
