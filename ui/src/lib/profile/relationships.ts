/** How a relationship reads on a profile, always saying what the profile's person is. */
import type { Relationship } from "../bindings/Relationship";
import type { RelationshipKind } from "../bindings/RelationshipKind";
import { t, type StringKey } from "../locale/i18n.svelte";

/** Every kind, in the order the form offers them, with the catalogue key of it as a noun ("the mentor of…"). */
export const RELATIONSHIP_KINDS: ReadonlyArray<{ kind: RelationshipKind; word: StringKey }> = [
  { kind: "mentor", word: "profile.relationshipWords.mentor" },
  { kind: "mentee", word: "profile.relationshipWords.mentee" },
  { kind: "collaborator", word: "profile.relationshipWords.collaborator" },
  { kind: "referral_partner", word: "profile.relationshipWords.referral_partner" },
  { kind: "co_resident", word: "profile.relationshipWords.co_resident" },
  { kind: "friend", word: "profile.relationshipWords.friend" },
  { kind: "family", word: "profile.relationshipWords.family" },
  { kind: "other", word: "profile.relationshipWords.other" },
];

/** What the other side is when `contact` is the `kind` of them; null when it cannot be said. */
const INVERSE: Record<RelationshipKind, RelationshipKind | null> = {
  mentor: "mentee",
  mentee: "mentor",
  collaborator: "collaborator",
  referral_partner: "referral_partner",
  co_resident: "co_resident",
  friend: "friend",
  family: "family",
  other: null,
};

function wordFor(kind: RelationshipKind): string {
  const known = RELATIONSHIP_KINDS.find((entry) => entry.kind === kind);
  return known ? t(known.word) : kind;
}

/** A line with the relationship's free label after it, in brackets. */
function labelled(line: string, label: string): string {
  return t("profile.relationships.labelled", { line, label });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A relationship as seen on the profile of `profileId`, describing that person:
 * "Your mentor", "Collaborator of Ben Carter", and for a relationship stored
 * the other way round ("Ben is the mentor of this person") "Ben Carter's mentee".
 * A free label follows in brackets; for kind "other" it stands in for the kind.
 */
export function relationshipLine(relationship: Relationship, profileId: number): string {
  const { kind, label } = relationship;
  if (relationship.contact_id === profileId) {
    const role = kind === "other" ? label : wordFor(kind);
    const other = relationship.other_name;
    if (role === "") {
      return other === null ? t("profile.relationships.connectedToYou") : t("profile.relationships.connectedTo", { name: other });
    }
    const line =
      other === null
        ? t("profile.relationships.yours", { role })
        : t("profile.relationships.ofOther", { role: capitalised(role), name: other });
    return kind !== "other" && label ? labelled(line, label) : line;
  }
  // This person is the "other": turn the relationship round.
  const them = relationship.contact_name;
  const inverse = INVERSE[kind];
  if (inverse === null) {
    return label ? t("profile.relationships.isTheir", { name: them, label }) : t("profile.relationships.connectedTo", { name: them });
  }
  const line = t("profile.relationships.theirs", { name: them, role: wordFor(inverse) });
  return label ? labelled(line, label) : line;
}
