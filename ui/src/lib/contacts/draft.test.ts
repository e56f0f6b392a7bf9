import { describe, expect, it } from "vitest";
import {
  contactFormErrors,
  draftFromFormText,
  draftOf,
  emptyAddress,
  emptyDraft,
  emptyFormText,
  formFieldOf,
  formTextFromDraft,
} from "./draft";
import type { Contact } from "../bindings/Contact";

describe("draft", () => {
  it("splits emails and phones by line, tags by comma, and drops blanks", () => {
    const draft = draftFromFormText({
      ...emptyFormText(),
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
      last_interaction_at: null,
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

  it("sends the profile fields the form shows, and keeps links, addresses and who introduced us", () => {
    const stored: Contact = {
      ...emptyDraft(),
      id: 9,
      display_name: "Amara Okafor",
      name: { prefix: "Dr.", given: "Amara", middle: "", family: "Okafor", suffix: "" },
      links: [{ label: "ORCID", value: "https://orcid.org/0000-0001" }],
      addresses: [
        {
          label: "work",
          po_box: "",
          extended: "",
          street: "Charitéplatz 1",
          locality: "Berlin",
          region: "",
          postal_code: "10117",
          country: "Germany",
        },
      ],
      birthday: null,
      met: { on: null, at: "", introduced_by: 4 },
      uid: null,
      extra: [],
      has_photo: false,
      last_interaction_at: null,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
    };
    const base = draftOf(stored);
    const edited = draftFromFormText(
      {
        ...formTextFromDraft(base),
        pronouns: " she/her ",
        subspecialty: "Electrophysiology",
        field: "",
        title: "Associate Professor",
        department: "Cardiology",
        birthday: { month: "3", day: "29", year: "" },
        time_zone: "Europe/Berlin",
        met_on: "2026-08-30",
        met_at: " ESC 2026, Munich ",
      },
      base,
    );

    expect(edited).toMatchObject({
      pronouns: "she/her",
      subspecialty: "Electrophysiology",
      title: "Associate Professor",
      department: "Cardiology",
      birthday: "--03-29",
      time_zone: "Europe/Berlin",
      met: { on: "2026-08-30", at: "ESC 2026, Munich", introduced_by: 4 },
      links: stored.links,
      addresses: stored.addresses,
      name: stored.name,
    });
  });

  it("shows the stored profile fields in the form", () => {
    const text = formTextFromDraft({
      ...emptyDraft(),
      display_name: "Lee Chen",
      pronouns: "he/him",
      birthday: "1980-03-29",
      time_zone: "Asia/Singapore",
      met: { on: "2025-05-02", at: "ATS 2025", introduced_by: null },
    });

    expect(text).toMatchObject({
      pronouns: "he/him",
      birthday: { month: "3", day: "29", year: "1980" },
      time_zone: "Asia/Singapore",
      met_on: "2025-05-02",
      met_at: "ATS 2025",
    });
  });

  it("drops blank link and address rows and trims the rest", () => {
    const draft = draftFromFormText({
      ...emptyFormText(),
      display_name: "Ben Carter",
      links: [
        { label: " LinkedIn ", value: " https://www.linkedin.com/in/ben " },
        { label: "ORCID", value: "  " },
        { label: "", value: "" },
      ],
      addresses: [
        { ...emptyAddress(), label: "home" },
        { ...emptyAddress(), label: "work", street: " 1 Main St ", locality: "Boston", country: "USA" },
      ],
    });

    expect(draft.links).toEqual([{ label: "LinkedIn", value: "https://www.linkedin.com/in/ben" }]);
    expect(draft.addresses).toEqual([
      { ...emptyAddress(), label: "work", street: "1 Main St", locality: "Boston", country: "USA" },
    ]);
  });

  it("round-trips stored links and addresses, including address parts the form does not show", () => {
    const stored = {
      ...emptyDraft(),
      display_name: "Ben Carter",
      links: [{ label: "Doximity", value: "https://doximity.com/ben" }],
      addresses: [{ ...emptyAddress(), label: "work", po_box: "PO 12", extended: "Suite 4", street: "1 Main St" }],
    };

    const text = formTextFromDraft(stored);
    text.links[0].value = "https://doximity.com/ben-carter";

    expect(stored.links[0].value).toBe("https://doximity.com/ben");
    expect(draftFromFormText(formTextFromDraft(stored), stored)).toEqual(stored);
  });

  it("sets, changes and clears who introduced us", () => {
    const base = { ...emptyDraft(), display_name: "Ben", met: { on: "2026-01-02", at: "ACC", introduced_by: 3 } };

    expect(draftFromFormText({ ...emptyFormText(), display_name: "Ana", introduced_by: 8 }).met).toEqual({
      on: null,
      at: "",
      introduced_by: 8,
    });
    expect(draftFromFormText({ ...formTextFromDraft(base), introduced_by: null }, base).met).toEqual({
      on: "2026-01-02",
      at: "ACC",
      introduced_by: null,
    });
  });

  it("adds no 'how we met' to a new contact when those fields are blank", () => {
    expect(draftFromFormText({ ...emptyFormText(), display_name: "Ana" })).not.toHaveProperty("met");
  });

  it("finds every problem of the form at once, each on its field", () => {
    const errors = contactFormErrors({
      ...emptyFormText(),
      display_name: "  ",
      emails: "ana@example.org\nana at example.org",
      phones: "+49 30 1234\ncall me",
      birthday: { month: "4", day: "31", year: "" },
      met_on: "last spring",
    });

    expect(errors).toEqual({
      display_name: "Name is required",
      emails: '"ana at example.org" is not an email address',
      phones: '"call me" is not a phone number',
      birthday: "April has only 30 days",
      met_on: '"last spring" is not a date like 2026-03-29',
    });
    expect(contactFormErrors({ ...emptyFormText(), display_name: "Ana", emails: "ana@example.org" })).toEqual({});
  });

  it("writes the picked birthday as the core takes it, with or without the year", () => {
    const withYear = draftFromFormText({
      ...emptyFormText(),
      display_name: "Ana",
      birthday: { month: "3", day: "9", year: "1980" },
    });
    const leapDay = draftFromFormText({ ...emptyFormText(), display_name: "Ana", birthday: { month: "2", day: "29", year: "" } });
    const none = draftFromFormText({ ...emptyFormText(), display_name: "Ana" });

    expect(withYear.birthday).toBe("1980-03-09");
    expect(leapDay.birthday).toBe("--02-29");
    expect(none.birthday).toBe("");
  });

  it("names the form's field for each field the core refuses", () => {
    expect(formFieldOf("emails")).toBe("emails");
    expect(formFieldOf("name")).toBe("display_name");
    expect(formFieldOf("met", '"x" is not a date like 2026-03-29')).toBe("met_on");
    expect(formFieldOf("met", "Where you met is too long")).toBe("met_at");
    expect(formFieldOf("nickname")).toBeUndefined();
    expect(formFieldOf("no_such_field")).toBeUndefined();
  });
});
