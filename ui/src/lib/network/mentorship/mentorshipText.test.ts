import { describe, expect, it } from "vitest";
import { makeMentorship } from "../../../test/fakeMentorship";
import { actionLines, cadenceLine, mentorshipMatches } from "./mentorshipText";

describe("mentorship text", () => {
  it("says the cadence and the next meeting", () => {
    const base = makeMentorship({ id: 1, contact_id: 2, contact_name: "Ana Berg", role: "mentor" });
    expect(cadenceLine(base)).toBe("No meeting cadence");
    expect(cadenceLine({ ...base, every_weeks: 4, next_meeting_on: "2026-02-07" })).toBe("Meet every 4 weeks · next by Feb 7, 2026");
    expect(cadenceLine({ ...base, every_weeks: 1, next_meeting_on: "2026-01-17" })).toBe("Meet every week · next by Jan 17, 2026");
  });

  it("reads action items one per line", () => {
    expect(actionLines("Send the draft\n\n  Call the chair  \n")).toEqual(["Send the draft", "Call the chair"]);
  });

  it("finds a mentorship by words of its action items", () => {
    const mentorship = makeMentorship({
      id: 1,
      contact_id: 2,
      contact_name: "Ben Okafor",
      role: "mentee",
      meetings: [{ id: 3, mentorship_id: 1, held_on: "2026-01-05", notes: "", actions: [{ id: 4, text: "Read the personal statement", done: false }] }],
    });
    expect(mentorshipMatches(mentorship, "personal ben")).toBe(true);
    expect(mentorshipMatches(mentorship, "grant")).toBe(false);
  });
});
