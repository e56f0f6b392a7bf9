import { describe, expect, it } from "vitest";
import { draftFromFormText, draftOf, emptyDraft, emptyFormText, formTextFromDraft } from "./draft";
import type { Contact } from "./bindings/Contact";

describe("draft", () => {
  it("splits emails and phones by line, tags by comma, and drops blanks", () => {
    const draft = draftFromFormText({
      display_name: "  Jana Müller ",
      credentials: " MD, PhD ",
      specialty: "Cardiology",
      institution: "Charité",
      emails: "jana@example.org\n\n  j.mueller@charite.example  \r\n",
      phones: "+49 30 1234\n \n+49 170 5555",
      tags: "mentor, , cardiology ,berlin,",
      notes: "Met at ESC 2025.\nAsk about the registry.\n",
    });

    expect(draft).toEqual({
      ...emptyDraft(),
      display_name: "Jana Müller",
      credentials: "MD, PhD",
      specialty: "Cardiology",
      institution: "Charité",
      emails: ["jana@example.org", "j.mueller@charite.example"],
      phones: ["+49 30 1234", "+49 170 5555"],
      tags: ["mentor", "cardiology", "berlin"],
      notes: "Met at ESC 2025.\nAsk about the registry.",
    });
  });

  it("gives empty lists for an empty form", () => {
    expect(draftFromFormText(emptyFormText())).toMatchObject({ emails: [], phones: [], tags: [] });
  });

  it("keeps what the form does not show when editing, and drops stale name parts on a rename", () => {
    const stored: Contact = {
      ...emptyDraft(),
      id: 7,
      display_name: "Amara Okafor",
      name: { prefix: "Dr.", given: "Amara", middle: "", family: "Okafor", suffix: "" },
      links: [{ label: "LinkedIn", value: "https://www.linkedin.com/in/amara" }],
      birthday: "--03-29",
      met: { on: "2026-08-30", at: "ESC 2026", introduced_by: null },
      uid: "abc",
      extra: ["X-FOO:bar"],
      has_photo: false,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
    };
    const base = draftOf(stored);
    const edited = draftFromFormText({ ...formTextFromDraft(base), specialty: "Cardiology" }, base);
    expect(edited.links).toEqual(stored.links);
    expect(edited.birthday).toBe("--03-29");
    expect(edited.met).toEqual(stored.met);
    expect(edited.name).toEqual(stored.name);
    expect(edited.specialty).toBe("Cardiology");

    const renamed = draftFromFormText({ ...formTextFromDraft(base), display_name: "Amara Okafor-Hale" }, base);
    expect(renamed.name).toBeUndefined();
    expect(renamed.links).toEqual(stored.links);
  });

  it("turns a draft back into the text the form shows, and round-trips", () => {
    const draft = {
      ...emptyDraft(),
      display_name: "Sam Okafor",
      credentials: "DO",
      specialty: "Emergency medicine",
      institution: "St. Mary's",
      emails: ["sam@example.org", "okafor@stmarys.example"],
      phones: ["555-0100"],
      tags: ["ed", "residency"],
      notes: "Two lines\nof notes",
    };

    const text = formTextFromDraft(draft);

    expect(text.emails).toBe("sam@example.org\nokafor@stmarys.example");
    expect(text.tags).toBe("ed, residency");
    expect(draftFromFormText(text)).toEqual(draft);
  });
});
