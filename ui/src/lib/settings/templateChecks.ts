/**
 * A message template checked before it is saved, as the core checks it: a
 * subject of one line, neither part empty, and only placeholders Curbside
 * fills. Every problem is found at once, by field (`subject`, `body`, the
 * core's names too, so its refusal lands at the same field).
 */
import { t } from "../locale/i18n.svelte";
import { PLACEHOLDERS } from "../messages/templates";
import type { FieldErrors } from "../widgets/fieldErrors";

/** The first `{name}` in `text` that Curbside does not fill, said as a problem; null when all are known. */
function unknownPlaceholder(text: string): string | null {
  const known = PLACEHOLDERS.map((placeholder) => placeholder.name);
  const unknown = [...text.matchAll(/\{(\w+)\}/g)].find(([whole]) => !known.includes(whole));
  return unknown ? t("settings.templates.unknownPlaceholder", { name: unknown[0], known: known.join(", ") }) : null;
}

/** Every problem of a template's subject and message. */
export function templateFormErrors(subject: string, body: string): FieldErrors {
  const errors: FieldErrors = {};
  if (subject === "") errors.subject = t("settings.templates.subjectMissing");
  else if (/[\r\n]/.test(subject)) errors.subject = t("settings.templates.subjectOneLine");
  else {
    const unknown = unknownPlaceholder(subject);
    if (unknown) errors.subject = unknown;
  }
  if (body === "") errors.body = t("settings.templates.bodyMissing");
  else {
    const unknown = unknownPlaceholder(body);
    if (unknown) errors.body = unknown;
  }
  return errors;
}
