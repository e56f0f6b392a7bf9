/** How a relationship reads on a profile, always saying what the profile's person is. */
import type { Relationship } from "../bindings/Relationship";
import type { RelationshipKind } from "../bindings/RelationshipKind";

/** Every kind, in the order the form offers them, as a noun ("the mentor of…"). */
export const RELATIONSHIP_KINDS: ReadonlyArray<{ kind: RelationshipKind; word: string }> = [
  { kind: "mentor", word: "mentor" },
  { kind: "mentee", word: "mentee" },
  { kind: "collaborator", word: "collaborator" },
  { kind: "referral_partner", word: "referral partner" },
  { kind: "co_resident", word: "co-resident" },
  { kind: "friend", word: "friend" },
  { kind: "family", word: "family member" },
  { kind: "other", word: "other" },
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
  return RELATIONSHIP_KINDS.find((entry) => entry.kind === kind)?.word ?? kind;
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
    const extra = kind !== "other" && label ? ` (${label})` : "";
    const other = relationship.other_name;
    if (role === "") return other === null ? "Connected to you" : `Connected to ${other}`;
    return other === null ? `Your ${role}${extra}` : `${capitalised(role)} of ${other}${extra}`;
  }
  // This person is the "other": turn the relationship round.
  const them = relationship.contact_name;
  const inverse = INVERSE[kind];
  if (inverse === null) return label ? `${them} is their ${label}` : `Connected to ${them}`;
  return `${them}'s ${wordFor(inverse)}${label ? ` (${label})` : ""}`;
}
