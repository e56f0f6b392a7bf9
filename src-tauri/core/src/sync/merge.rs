//! Two edits of one record brought together field by field, against the
//! version both started from (a three-way merge). A field only one side
//! changed takes that side's value; a field both changed to the same value
//! takes it; a field both changed to different values is a conflict for the
//! user, and until they decide the record keeps this computer's value, with
//! the server's kept beside it. Nothing is dropped.

use std::collections::BTreeMap;

/// A record as fields: a name (a vCard or iCalendar property, say "EMAIL")
/// and its values, in the order the record gives them. An absent field and
/// one with no values are the same.
pub type Fields = BTreeMap<String, Vec<String>>;

/// Fields that only record when a record was last changed: each edit
/// changes them, so two edits always differ there. The later value wins,
/// never a conflict (RFC 3339 instants in one format compare as text).
pub const LATEST_WINS: [&str; 2] = ["updated_at", "acted_at"];

/// One field both sides changed, to different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    /// The field's name.
    pub field: String,
    /// Its values on this computer (kept in the record meanwhile).
    pub here: Vec<String>,
    /// Its values on the server.
    pub there: Vec<String>,
}

/// The merged record, and the fields the user must decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// Every field, merged; a conflicting one with this computer's values.
    pub fields: Fields,
    /// The fields both sides changed differently, in name order.
    pub conflicts: Vec<FieldConflict>,
}

/// Merges `here` and `there`, two edits of `base` (empty when both sides
/// made the record on their own).
pub fn merge(base: &Fields, here: &Fields, there: &Fields) -> Merged {
    let none = Vec::new();
    let mut fields = Fields::new();
    let mut conflicts = Vec::new();
    let names = base.keys().chain(here.keys()).chain(there.keys());
    let names: std::collections::BTreeSet<&String> = names.collect();
    for name in names {
        let was = base.get(name).unwrap_or(&none);
        let ours = here.get(name).unwrap_or(&none);
        let theirs = there.get(name).unwrap_or(&none);
        let value = if ours == theirs || theirs == was {
            ours
        } else if ours == was {
            theirs
        } else if LATEST_WINS.contains(&name.as_str()) {
            ours.max(theirs)
        } else {
            conflicts.push(FieldConflict {
                field: name.clone(),
                here: ours.clone(),
                there: theirs.clone(),
            });
            ours
        };
        if !value.is_empty() {
            fields.insert(name.clone(), value.clone());
        }
    }
    Merged { fields, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &[&str])]) -> Fields {
        pairs
            .iter()
            .map(|(name, values)| {
                let values = values.iter().map(|value| value.to_string()).collect();
                (name.to_string(), values)
            })
            .collect()
    }

    #[test]
    fn edits_of_different_fields_both_arrive() {
        let base = fields(&[("FN", &["Dr. Amara Okafor"]), ("TEL", &["+1 555 0100"])]);
        let here = fields(&[("FN", &["Dr. Amara Okafor"]), ("TEL", &["+1 555 0199"])]);
        let there = fields(&[
            ("FN", &["Dr. Amara Okafor"]),
            ("TEL", &["+1 555 0100"]),
            ("EMAIL", &["amara@example.org"]),
        ]);
        let merged = merge(&base, &here, &there);
        assert!(merged.conflicts.is_empty());
        assert_eq!(
            merged.fields,
            fields(&[
                ("EMAIL", &["amara@example.org"]),
                ("FN", &["Dr. Amara Okafor"]),
                ("TEL", &["+1 555 0199"]),
            ])
        );
    }

    #[test]
    fn the_same_field_changed_differently_is_a_conflict_that_loses_neither() {
        let base = fields(&[("TITLE", &["Fellow"])]);
        let here = fields(&[("TITLE", &["Consultant"])]);
        let there = fields(&[("TITLE", &["Attending"])]);
        let merged = merge(&base, &here, &there);
        assert_eq!(merged.fields, here, "this computer's value meanwhile");
        assert_eq!(
            merged.conflicts,
            [FieldConflict {
                field: "TITLE".into(),
                here: vec!["Consultant".into()],
                there: vec!["Attending".into()],
            }]
        );
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let base = fields(&[("TITLE", &["Fellow"])]);
        let both = fields(&[("TITLE", &["Consultant"])]);
        let merged = merge(&base, &both, &both);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.fields, both);
    }

    #[test]
    fn a_field_removed_on_one_side_and_untouched_on_the_other_goes() {
        let base = fields(&[("FN", &["Dr. Chen Wei"]), ("NOTE", &["Met at ESC"])]);
        let here = fields(&[("FN", &["Dr. Chen Wei"])]);
        let merged = merge(&base, &here, &base);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.fields, here);
    }

    #[test]
    fn a_field_removed_on_one_side_and_edited_on_the_other_is_a_conflict() {
        let base = fields(&[("NOTE", &["Met at ESC"])]);
        let here = Fields::new();
        let there = fields(&[("NOTE", &["Met at ESC; wants to collaborate"])]);
        let merged = merge(&base, &here, &there);
        assert_eq!(merged.conflicts.len(), 1);
        assert!(merged.conflicts[0].here.is_empty());
        assert_eq!(
            merged.conflicts[0].there,
            ["Met at ESC; wants to collaborate"]
        );
    }

    #[test]
    fn when_each_side_last_changed_the_record_is_no_conflict() {
        let base = fields(&[
            ("updated_at", &["2026-01-01T00:00:00Z"]),
            ("title", &["Fellow"]),
        ]);
        let here = fields(&[
            ("updated_at", &["2026-03-01T00:00:00Z"]),
            ("title", &["Consultant"]),
        ]);
        let there = fields(&[
            ("updated_at", &["2026-02-01T00:00:00Z"]),
            ("title", &["Fellow"]),
        ]);
        let merged = merge(&base, &here, &there);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.fields, here);
        let merged = merge(&base, &there, &here);
        assert!(
            merged.conflicts.is_empty(),
            "the later instant wins either way"
        );
        assert_eq!(merged.fields["updated_at"], ["2026-03-01T00:00:00Z"]);
    }

    #[test]
    fn a_record_made_on_both_sides_merges_against_nothing() {
        let here = fields(&[("FN", &["Dr. Ana Reyes"]), ("TEL", &["+34 600 000 000"])]);
        let there = fields(&[("FN", &["Dr. Ana Reyes"]), ("EMAIL", &["ana@example.org"])]);
        let merged = merge(&Fields::new(), &here, &there);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.fields.len(), 3);
    }
}
