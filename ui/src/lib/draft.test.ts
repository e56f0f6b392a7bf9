import { describe, expect, it } from "vitest";
import { draftFromFormText, emptyFormText, formTextFromDraft } from "./draft";

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

  it("turns a draft back into the text the form shows, and round-trips", () => {
    const draft = {
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
