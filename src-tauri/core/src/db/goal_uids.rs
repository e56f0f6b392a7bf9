//! Migration 021's hook: the goals of a mentorship that was already synced
//! get uids made from the mentorship's sync uid and the goal (its text,
//! target date, and its place among the mentorship's goals that have the
//! same text and date), so two computers that synced the same goals before
//! updating name them alike, and their next sync finds nothing to merge.
//! The other goals keep the random uid the migration gave them.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

/// Gives the goals of every synced mentorship their derived uid.
pub(super) fn derive(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let goals: Vec<(i64, String, String, Option<String>)> = tx
        .prepare(
            "SELECT g.id, u.uid, g.text, g.target_on FROM mentorship_goals g
             JOIN sync_uids u ON u.kind = 'mentorship' AND u.local_id = g.mentorship_id
             ORDER BY g.id",
        )?
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut seen: HashMap<(String, String, Option<String>), u32> = HashMap::new();
    let mut update = tx.prepare("UPDATE mentorship_goals SET uid = ?2 WHERE id = ?1")?;
    for (id, mentorship, text, target_on) in goals {
        let nth = seen
            .entry((mentorship.clone(), text.clone(), target_on.clone()))
            .or_insert(0);
        *nth += 1;
        let key = format!(
            "curbside goal\u{0}{mentorship}\u{0}{text}\u{0}{}\u{0}{nth}",
            target_on.as_deref().unwrap_or("")
        );
        update.execute(params![id, derived_uid(key.as_bytes())])?;
    }
    Ok(())
}

/// A UUID (version 8, "made by the application") from `key`: FNV-1a's
/// 128-bit hash, which is the same on every computer and build.
fn derived_uid(key: &[u8]) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut hash = OFFSET;
    for byte in key {
        hash ^= u128::from(*byte);
        hash = hash.wrapping_mul(PRIME);
    }
    let bytes = hash.to_be_bytes();
    crate::values::uuid_text(bytes, 8)
}

#[cfg(test)]
mod tests {
    use super::derived_uid;

    #[test]
    fn a_derived_uid_is_a_uuid_that_depends_on_every_byte_of_its_key() {
        let one = derived_uid(b"curbside goal\x00m-1\x00Publish\x00\x001");
        assert_eq!(
            one,
            derived_uid(b"curbside goal\x00m-1\x00Publish\x00\x001")
        );
        assert_ne!(
            one,
            derived_uid(b"curbside goal\x00m-1\x00Publish\x00\x002")
        );
        assert_ne!(
            one,
            derived_uid(b"curbside goal\x00m-2\x00Publish\x00\x001")
        );
        assert_eq!(one.len(), 36);
        assert_eq!(&one[14..15], "8", "version 8: {one}");
        assert!("89ab".contains(&one[19..20]), "RFC 4122 variant: {one}");
    }
}
