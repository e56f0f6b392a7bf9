//! Searching the networking workflows by their own text: every kind of row
//! is found by what was written in it and by the people it involves, the
//! index follows edits, deletes, renames and merges whoever makes them, and
//! a book from before the index is filled when it is opened.

use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db::{self, MIGRATIONS};
use curbside_core::operations;
use curbside_core::referrals::{self, ReferralDirection, ReferralDraft, ReferralReason};
use curbside_core::search::network::{NetworkHit, NetworkHitKind, SnippetPart};
use curbside_core::search::{self, network};
use rusqlite::Connection;

use crate::support::{at, db, person};

/// The kind, row id and title of each hit, best first.
fn found(conn: &Connection, query: &str) -> Vec<(NetworkHitKind, i64, String)> {
    network(conn, query, 50)
        .unwrap()
        .into_iter()
        .map(|hit| (hit.kind, hit.row_id, hit.title))
        .collect()
}

fn kinds(conn: &Connection, query: &str) -> Vec<NetworkHitKind> {
    found(conn, query)
        .into_iter()
        .map(|(kind, ..)| kind)
        .collect()
}

fn refer(conn: &mut Connection, contact: i64, note: &str) -> i64 {
    referrals::add(
        conn,
        &ReferralDraft {
            contact_id: contact,
            direction: ReferralDirection::Received,
            on: "2026-03-04".parse().unwrap(),
            specialty: "Cardiology".into(),
            reason: ReferralReason::SecondOpinion,
            note: note.into(),
        },
        at("2026-03-04T10:00:00Z"),
    )
    .unwrap()
    .id
}

/// One row of every workflow, written as any writer (sync, an import)
/// would: straight into the tables, so only the triggers index them.
fn every_kind(conn: &Connection, ana: i64, bo: i64) {
    conn.execute_batch(&format!(
        "INSERT INTO introductions (id, from_contact_id, to_contact_id, reason, status, created_at)
         VALUES (1, {ana}, {bo}, 'Both run heart failure clinics', 'proposed', '2026-01-01T00:00:00Z');
         INSERT INTO mentorships (id, contact_id, role, started_on, notes, created_at)
         VALUES (1, {bo}, 'mentee', '2026-01-01', 'Wants a research year', '2026-01-01T00:00:00Z');
         INSERT INTO mentorship_goals (id, mentorship_id, text) VALUES (1, 1, 'Submit the abstract to Eurorad');
         INSERT INTO mentorship_meetings (id, mentorship_id, number, held_on, notes)
         VALUES (1, 1, 1, '2026-02-01', 'Talked through fellowship interviews');
         INSERT INTO mentorship_actions (id, mentorship_id, meeting_number, text)
         VALUES (1, 1, 1, 'Send the biostatistics course link');
         INSERT INTO letter_requests (id, contact_id, writer, program, program_name, deadline, status, notes, created_at)
         VALUES (1, {ana}, 'them', 'fellowship', 'Karolinska Electrophysiology', '2026-09-01', 'asked', 'Mention the ablation audit', '2026-01-01T00:00:00Z');
         INSERT INTO opportunities (id, title, kind, status, link, notes, created_at, updated_at)
         VALUES (1, 'Clinical lead, Nordwest Heart Centre', 'job', 'heard', 'https://jobs.example.org/nordwest', 'Starts in autumn', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO opportunity_people (opportunity_id, contact_id, role) VALUES (1, {bo}, 'referrer');
         INSERT INTO memberships (id, society, member_number, status, notes, created_at, updated_at)
         VALUES (1, 'Société Européenne de Cardiologie', 'ESC-48213', 'active', 'Dues through the department', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO membership_roles (membership_id, position, committee, role) VALUES (1, 0, 'Guidelines task force', 'secretary');
         INSERT INTO own_milestones (id, kind, title, happened_on, note, created_at)
         VALUES (1, 'paper', 'Paper in Circulation', '2026-02-02', 'Wearable monitoring trial', '2026-01-01T00:00:00Z');"
    ))
    .unwrap();
}

#[test]
fn every_workflow_is_found_by_its_own_text_and_opens_its_row() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    let referral = refer(&mut conn, ana, "Tricuspid clip candidate");
    every_kind(&conn, ana, bo);

    let cases: [(&str, NetworkHitKind, i64, &str); 11] = [
        (
            "tricuspid",
            NetworkHitKind::Referral,
            referral,
            "Referral from Ana Ruiz · 2026-03-04",
        ),
        (
            "failure clinics",
            NetworkHitKind::Introduction,
            1,
            "Introduction: Ana Ruiz → Bo Lindqvist",
        ),
        (
            "research year",
            NetworkHitKind::Mentorship,
            1,
            "Mentorship with mentee Bo Lindqvist",
        ),
        (
            "eurorad",
            NetworkHitKind::MentorshipGoal,
            1,
            "Goal with mentee Bo Lindqvist",
        ),
        (
            "interviews",
            NetworkHitKind::MentorshipMeeting,
            1,
            "Meeting with mentee Bo Lindqvist · 2026-02-01",
        ),
        (
            "biostatistics",
            NetworkHitKind::MentorshipAction,
            1,
            "Action item from meeting 1 with mentee Bo Lindqvist",
        ),
        (
            "ablation",
            NetworkHitKind::LetterRequest,
            1,
            "Letter from Ana Ruiz · Karolinska Electrophysiology",
        ),
        (
            "jobs.example",
            NetworkHitKind::Opportunity,
            1,
            "Clinical lead, Nordwest Heart Centre",
        ),
        (
            "esc 48213",
            NetworkHitKind::Membership,
            1,
            "Société Européenne de Cardiologie",
        ),
        (
            "task force secretary",
            NetworkHitKind::CommitteeRole,
            1,
            "Committee roles · Société Européenne de Cardiologie",
        ),
        (
            "wearable",
            NetworkHitKind::Milestone,
            1,
            "Paper in Circulation",
        ),
    ];
    for (query, kind, row, title) in cases {
        assert_eq!(
            found(&conn, query),
            vec![(kind, row, title.to_owned())],
            "{query}"
        );
    }
}

#[test]
fn a_hit_quotes_its_match_and_names_the_people_involved() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    refer(&mut conn, ana, "Tricuspid clip candidate, seen twice");
    every_kind(&conn, ana, bo);

    let hits: Vec<NetworkHit> = network(&conn, "clip", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].contact_ids, vec![ana]);
    assert!(
        hits[0].snippet.contains(&SnippetPart {
            text: "clip".into(),
            matched: true
        }),
        "{:?}",
        hits[0].snippet
    );
    let text: String = hits[0].snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(text.contains("Tricuspid clip candidate"), "{text}");

    let intro = network(&conn, "failure", 10).unwrap();
    assert_eq!(intro[0].contact_ids, vec![ana, bo]);
}

#[test]
fn case_and_accents_do_not_matter_and_words_match_as_prefixes() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    every_kind(&conn, ana, bo);

    for query in ["societe europeenne", "SOCIÉTÉ", "europ card", "Dues"] {
        assert!(
            kinds(&conn, query).contains(&NetworkHitKind::Membership),
            "{query}"
        );
    }
    assert!(
        found(&conn, "société zebra").is_empty(),
        "every word must match"
    );
    assert!(
        found(&conn, "ociete").is_empty(),
        "a word's middle is no match"
    );
    assert!(found(&conn, "  \"*() ").is_empty());
    assert!(network(&conn, "dues", 0).unwrap().is_empty());
}

#[test]
fn the_people_involved_are_found_by_name_even_after_a_rename() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    let referral = refer(&mut conn, ana, "Tricuspid clip candidate");
    every_kind(&conn, ana, bo);

    let ruiz = kinds(&conn, "ruiz");
    for kind in [
        NetworkHitKind::Referral,
        NetworkHitKind::Introduction,
        NetworkHitKind::LetterRequest,
    ] {
        assert!(ruiz.contains(&kind), "{kind:?} in {ruiz:?}");
    }
    assert_eq!(
        found(&conn, "ruiz tricuspid"),
        vec![(
            NetworkHitKind::Referral,
            referral,
            "Referral from Ana Ruiz · 2026-03-04".to_owned()
        )],
        "a name and a word of the text together"
    );
    assert!(kinds(&conn, "lindqvist nordwest").contains(&NetworkHitKind::Opportunity));

    contacts::update(
        &mut conn,
        ana,
        &ContactDraft {
            display_name: "Ana Okafor".into(),
            ..Default::default()
        },
        at("2026-04-01T00:00:00Z"),
    )
    .unwrap();
    assert!(
        found(&conn, "ruiz").is_empty(),
        "{:?}",
        found(&conn, "ruiz")
    );
    let okafor = found(&conn, "okafor tricuspid");
    assert_eq!(okafor[0].2, "Referral from Ana Okafor · 2026-03-04");
    assert_eq!(kinds(&conn, "okafor").len(), 3);

    contacts::update(
        &mut conn,
        bo,
        &ContactDraft {
            display_name: "Bo Berg".into(),
            ..Default::default()
        },
        at("2026-04-01T00:00:00Z"),
    )
    .unwrap();
    let berg = kinds(&conn, "berg");
    assert!(berg.contains(&NetworkHitKind::Opportunity), "{berg:?}");
    assert!(berg.contains(&NetworkHitKind::MentorshipGoal), "{berg:?}");
    assert!(found(&conn, "lindqvist").is_empty());
}

#[test]
fn edits_are_found_under_the_new_text_and_deletes_leave_nothing() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    let referral = refer(&mut conn, ana, "Tricuspid clip candidate");
    every_kind(&conn, ana, bo);

    referrals::update(
        &mut conn,
        referral,
        &ReferralDraft {
            contact_id: ana,
            direction: ReferralDirection::Sent,
            on: "2026-03-05".parse().unwrap(),
            specialty: "Cardiology".into(),
            reason: ReferralReason::Imaging,
            note: "Needs cardiac MRI".into(),
        },
    )
    .unwrap();
    assert!(found(&conn, "tricuspid").is_empty());
    assert_eq!(
        found(&conn, "mri"),
        vec![(
            NetworkHitKind::Referral,
            referral,
            "Referral to Ana Ruiz · 2026-03-05".to_owned()
        )]
    );
    conn.execute_batch(
        "UPDATE memberships SET society = 'European Heart Rhythm Association' WHERE id = 1;
         UPDATE membership_roles SET role = 'chair' WHERE membership_id = 1;",
    )
    .unwrap();
    assert_eq!(
        found(&conn, "rhythm chair"),
        vec![(
            NetworkHitKind::CommitteeRole,
            1,
            "Committee roles · European Heart Rhythm Association".to_owned()
        )]
    );

    referrals::delete(&conn, referral).unwrap();
    assert!(found(&conn, "mri").is_empty());
    conn.execute_batch(
        "DELETE FROM mentorships WHERE id = 1;
         DELETE FROM membership_roles;
         DELETE FROM opportunity_people;",
    )
    .unwrap();
    for query in [
        "research",
        "eurorad",
        "interviews",
        "biostatistics",
        "chair",
    ] {
        assert!(
            found(&conn, query).is_empty(),
            "{query}: {:?}",
            found(&conn, query)
        );
    }
    assert!(
        found(&conn, "lindqvist nordwest").is_empty(),
        "no longer involved"
    );
    assert_eq!(kinds(&conn, "nordwest"), vec![NetworkHitKind::Opportunity]);

    contacts::delete(&mut conn, ana).unwrap();
    assert!(
        found(&conn, "ablation").is_empty(),
        "deleted with the contact"
    );
    assert!(found(&conn, "failure").is_empty());
    let left: i64 = conn
        .query_row("SELECT count(*) FROM network_search", [], |row| row.get(0))
        .unwrap();
    assert_eq!(left, 3, "the opportunity, the membership, the milestone");
}

#[test]
fn a_merge_moves_the_rows_to_the_person_kept_under_their_name() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let other = person(&mut conn, "A. Ruiz Moreno");
    refer(&mut conn, other, "Tricuspid clip candidate");

    operations::merge(&mut conn, ana, other, at("2026-04-01T00:00:00Z")).unwrap();

    let hits = network(&conn, "tricuspid", 10).unwrap();
    assert_eq!(hits[0].title, "Referral from Ana Ruiz · 2026-03-04");
    assert_eq!(hits[0].contact_ids, vec![ana]);
    assert!(found(&conn, "moreno").is_empty());
}

#[test]
fn a_book_from_before_the_index_is_searchable_once_opened() {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 19).unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (id, display_name, created_at, updated_at)
         VALUES (1, 'Ana Ruiz', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                (2, 'Bo Lindqvist', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO referrals (id, contact_id, direction, on_date, specialty, reason, note, created_at)
         VALUES (7, 1, 'received', '2026-03-04', 'Cardiology', 'consult', 'Tricuspid clip candidate', '2026-03-04T10:00:00Z');",
    )
    .unwrap();
    every_kind(&conn, 1, 2);

    db::migrate(&mut conn).unwrap();

    assert_eq!(
        found(&conn, "ruiz tricuspid"),
        vec![(
            NetworkHitKind::Referral,
            7,
            "Referral from Ana Ruiz · 2026-03-04".to_owned()
        )]
    );
    for query in [
        "failure",
        "research",
        "eurorad",
        "interviews",
        "biostatistics",
        "ablation",
        "nordwest",
        "48213",
        "secretary",
        "wearable",
    ] {
        assert_eq!(found(&conn, query).len(), 1, "{query}");
    }
}

#[test]
fn a_rebuilt_index_finds_what_the_triggers_indexed() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    let bo = person(&mut conn, "Bo Lindqvist");
    refer(&mut conn, ana, "Tricuspid clip candidate");
    every_kind(&conn, ana, bo);
    let queries = ["ruiz", "lindqvist", "cardiology", "secretary", "heart"];
    let before = queries.map(|q| found(&conn, q));

    conn.execute_batch("DELETE FROM network_search").unwrap();
    assert!(found(&conn, "ruiz").is_empty());
    search::rebuild_index(&conn).unwrap();

    assert_eq!(queries.map(|q| found(&conn, q)), before);
    assert!(!before[0].is_empty());
}

#[test]
fn the_best_match_comes_first_and_the_limit_is_kept() {
    let mut conn = db();
    let ana = person(&mut conn, "Ana Ruiz");
    for n in 0..5 {
        refer(
            &mut conn,
            ana,
            &format!("Follow-up number {n} of a long and winding story about a valve"),
        );
    }
    let best = refer(&mut conn, ana, "Valve valve valve");
    assert_eq!(network(&conn, "valve", 3).unwrap().len(), 3);
    assert_eq!(network(&conn, "valve", 3).unwrap()[0].row_id, best);
}
