/**
 * The patient-data guard in the UI: before a form saves text the user wrote
 * (a note, a referral's note, a draft), it asks `clearOfPatientData`. When a
 * text looks like it identifies a patient (the core's `patient_data::scan`),
 * the user sees what was found and chooses to edit it or to save anyway.
 */
import { mount, unmount } from "svelte";
import type { Api } from "../api";
import type { Finding } from "../bindings/Finding";
import PatientDataDialog from "./PatientDataDialog.svelte";

/**
 * Whether to go on saving `texts`: true when none looks like patient data or
 * the user chose "Save anyway"; false when the user chose to edit (then the
 * field holding the first finding gets the focus, with the finding selected).
 */
export async function clearOfPatientData(api: Api, texts: string[]): Promise<boolean> {
  const written = texts.filter((text) => text.trim() !== "");
  if (written.length === 0) return true;
  const scanned = await api.patientDataScan(written);
  const found = written
    .map((text, i) => ({ text, findings: scanned[i] ?? [] }))
    .filter((item) => item.findings.length > 0);
  if (found.length === 0) return true;
  const saveAnyway = await ask(found);
  if (!saveAnyway) focusFinding(found[0].text, found[0].findings[0]);
  return saveAnyway;
}

function ask(found: { text: string; findings: Finding[] }[]): Promise<boolean> {
  return new Promise((resolve) => {
    const target = document.createElement("div");
    document.body.appendChild(target);
    const dialog = mount(PatientDataDialog, {
      target,
      props: {
        found,
        onChoose: (saveAnyway: boolean) => {
          void Promise.resolve(unmount(dialog)).then(() => target.remove());
          resolve(saveAnyway);
        },
      },
    });
  });
}

/** Focuses the text field holding `text` (as typed, or trimmed), selecting the finding. */
function focusFinding(text: string, finding: Finding) {
  setTimeout(() => {
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("textarea, input[type=text], input:not([type])")];
    const field = fields.find((f) => f.value === text) ?? fields.find((f) => f.value.includes(text.trim()));
    if (!field) return;
    field.focus();
    const offset = field.value.indexOf(text);
    const at = offset < 0 ? field.value.indexOf(text.trim()) : offset;
    if (at >= 0) field.setSelectionRange(at + finding.start, at + finding.end);
  }, 0);
}
