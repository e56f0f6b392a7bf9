import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { about, makeReminder } from "../../test/fakeReminders";
import { lineOf, renderToday } from "../../test/renderMain";
import { at, atNoon, okafor } from "../../test/todayFixtures";
import { sectionOf, subjectOf } from "./sections";
import { mainAction, targetOf } from "./targets";

atNoon();

const thanks = makeReminder({
  id: "referral_thanks:12:2026-03-04",
  kind: "referral_thanks",
  title: "Thank Dr. Amara Okafor for the referral",
  reason: "Thank Dr. Amara Okafor for the referral: due Wed 4 Mar 2026",
  context: "Cardiology, chest pain work-up",
  contact_name: "Dr. Amara Okafor",
  due_at: at(-3),
  subject: about({ contact_id: 5, source_id: 12 }),
});
const review = makeReminder({
  id: "weekly_review:2026-W10",
  kind: "weekly_review",
  title: "Weekly review",
  reason: "Your week in review (Wed 4 Mar 2026): contacts made, follow-ups done and missed",
  due_at: at(-1),
});
const renewal = makeReminder({
  id: "membership_renewal:2:2026-04-01",
  kind: "membership_renewal",
  title: "Renew your ESC membership",
  reason: "Renew your ESC membership: renewal Wed 1 Apr 2026",
  due_at: at(30),
  subject: about({ source_id: 2 }),
});

describe("the networking reminders on Today", () => {
  it("shows a referral's thank-you with whom to thank, the note, and Draft thanks", async () => {
    const { api, user } = await renderToday({ contacts: [okafor], reminders: [thanks] });
    const line = lineOf(thanks.id);
    expect(within(line).getByTestId("reminder-title")).toHaveTextContent("Thank Dr. Amara Okafor for the referral");
    expect(line).toHaveTextContent("Referral thanks");
    expect(within(line).getByTestId("reminder-context")).toHaveTextContent("Cardiology, chest pain work-up");
    const draft = within(line).getByTestId("reminder-draft");
    expect(draft).toHaveTextContent("Draft thanks");
    expect(within(line).queryByTestId("reminder-open")).not.toBeInTheDocument();

    await user.click(draft);
    expect(await screen.findByTestId("draft-dialog")).toBeInTheDocument();
    expect(api.composeMessage).toHaveBeenCalledWith(5, null, thanks.id);
  });

  it("opens the weekly review in Network from Open review", async () => {
    const { user } = await renderToday({ contacts: [okafor], reminders: [review] });
    const line = lineOf(review.id);
    expect(line).toHaveTextContent("Weekly review");
    expect(within(line).queryByTestId("reminder-draft")).not.toBeInTheDocument();

    await user.click(within(line).getByTestId("reminder-open"));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Network" })).toBeInTheDocument());
  });

  it("places each kind and gives it the action that suits it", () => {
    const now = new Date(at(0));
    expect(sectionOf(renewal, now)).toBe("deadlines");
    expect(sectionOf(review, now)).toBe("due");
    expect(mainAction(renewal)).toEqual({ label: "Open", draft: false });
    expect(mainAction(thanks)).toEqual({ label: "Draft thanks", draft: true });
    expect(mainAction(review)).toEqual({ label: "Open review", draft: false });
    expect(targetOf(renewal)).toEqual({ kind: "network", tab: "memberships" });
    expect(targetOf(review)).toEqual({ kind: "network", tab: "review" });
    expect(targetOf(thanks)).toEqual({ kind: "contact", id: 5 });
    expect(targetOf({ kind: "profile_update", subject: about({ source_id: 6 }) })).toEqual({ kind: "settings" });
    // One line per workflow row: a letter's ask and its thanks are one subject.
    const ask = makeReminder({ id: "letter_request:4:ask:2026-03-01", kind: "letter_request", title: "Ask", reason: "Ask" });
    const thank = makeReminder({ id: "letter_request:4:thank:2026-03-09", kind: "letter_request", title: "Thank", reason: "Thank" });
    expect(subjectOf(ask)).toBe("letter_request:4:ask");
    expect(subjectOf(thank)).not.toBe(subjectOf(ask));
    expect(subjectOf(thanks)).toBe("referral_thanks:12");
  });
});
