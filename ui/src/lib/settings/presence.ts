/**
 * Settings → You, checked before it is saved: the links have the shape the
 * core takes (a web address, an ORCID iD), and a milestone says what happened
 * and when. Every problem is found at once, by the form's field; the core
 * checks the same rules again and its refusal names the field too.
 */
import type { Presence } from "../bindings/Presence";
import { t } from "../locale/i18n.svelte";
import type { FieldErrors } from "../widgets/fieldErrors";

/** The profile links, in the order the form shows them. */
export const PRESENCE_LINKS = ["doximity", "linkedin", "orcid", "website"] as const;
export type PresenceLink = (typeof PRESENCE_LINKS)[number];

/** A link's name as the form labels it. */
export function linkLabel(link: PresenceLink): string {
  if (link === "doximity") return "Doximity";
  if (link === "linkedin") return "LinkedIn";
  if (link === "orcid") return "ORCID";
  return t("settings.presence.website");
}

/** `https://host…` or `http://host…` with a dotted host and no spaces, as the core takes it. */
export function isWebLink(value: string): boolean {
  const match = /^(https?):\/\/([^/?#]*)/i.exec(value);
  if (!match) return false;
  const host = match[2];
  return host.includes(".") && !host.startsWith(".") && !/\s/.test(value);
}

/** An ORCID iD (`0000-0002-1825-0097`, the last character may be X) or its orcid.org link. */
export function isOrcid(value: string): boolean {
  const id = value.replace(/^https?:\/\/orcid\.org\//i, "");
  return /^\d{4}-\d{4}-\d{4}-\d{3}[\dXx]$/.test(id);
}

/** Every problem of the profile form, by field (the `Presence` key). */
export function presenceFormErrors(me: Presence): FieldErrors {
  const errors: FieldErrors = {};
  for (const link of PRESENCE_LINKS) {
    const value = me[link].trim();
    if (value === "") continue;
    if (link === "orcid" ? !isOrcid(value) : !isWebLink(value)) {
      errors[link] =
        link === "orcid"
          ? t("settings.presence.orcidWrong", { value })
          : t("settings.presence.linkWrong", { name: linkLabel(link), value });
    }
  }
  return errors;
}

/** The form's field for a field the core names (`my_name` is the form's `name`). */
export function presenceFieldOf(backendField: string): string | undefined {
  if (backendField === "my_name") return "name";
  return ["credentials", "bio", "pitch", "cv_path", ...PRESENCE_LINKS].includes(backendField) ? backendField : undefined;
}

/** A milestone being added, as typed. */
export interface MilestoneFormText {
  title: string;
  happenedOn: string;
}

/** Every problem of the milestone form, by field. */
export function milestoneFormErrors(form: MilestoneFormText): FieldErrors {
  const errors: FieldErrors = {};
  if (form.title.trim() === "") errors.title = t("settings.presence.milestoneTitleMissing");
  if (form.happenedOn === "") errors.happenedOn = t("settings.presence.milestoneWhenMissing");
  return errors;
}
