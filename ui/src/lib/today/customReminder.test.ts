import { describe, expect, it } from "vitest";
import { customDraft, emptyCustomForm, ruleOf } from "./customReminder";

const NOW = new Date("2026-03-04T13:30:00Z");

describe("a reminder of the user's own", () => {
  it("starts tomorrow at 09:00 on the user's clock, about whoever it was opened for", () => {
    const form = emptyCustomForm(NOW, "Europe/Berlin", { id: 5, name: "Dr. Okafor" });
    expect(form).toMatchObject({ day: "2026-03-05", time: "09:00", repeat: "none", contact: { id: 5 } });
  });

  it("becomes a draft at that wall-clock time wherever the user is, with its repeat as an RRULE", () => {
    const form = {
      ...emptyCustomForm(NOW, "Europe/Berlin", { id: 5, name: "Dr. Okafor" }),
      title: "  Send the renal denervation paper ",
      note: "She asked at ESC",
      repeat: "monthly" as const,
    };

    expect(customDraft(form)).toEqual({
      ok: true,
      draft: {
        title: "Send the renal denervation paper",
        note: "She asked at ESC",
        contact_id: 5,
        event_id: null,
        at: "2026-03-05T09:00:00",
        time_zone: "",
        recurrence: "FREQ=MONTHLY",
      },
    });
  });

  it("writes one simple rule per repeat, and none for once", () => {
    expect(["none", "daily", "weekly", "monthly", "yearly"].map((r) => ruleOf(r as never))).toEqual([
      "",
      "FREQ=DAILY",
      "FREQ=WEEKLY",
      "FREQ=MONTHLY",
      "FREQ=YEARLY",
    ]);
  });

  it("says what to fix: a title, a day, a time", () => {
    const form = { ...emptyCustomForm(NOW, "UTC"), title: "Call back" };
    expect(customDraft({ ...form, title: " " })).toMatchObject({ ok: false, field: "title" });
    expect(customDraft({ ...form, day: "" })).toMatchObject({ ok: false, field: "day" });
    expect(customDraft({ ...form, time: "" })).toMatchObject({ ok: false, field: "time" });
  });
});
