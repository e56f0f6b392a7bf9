import { screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { about, makeReminder } from "../../test/fakeReminders";
import { lineOf, renderToday } from "../../test/renderMain";
import { at, atNoon, okafor } from "../../test/todayFixtures";
import { sectionOf, subjectOf } from "./sections";
import { t } from "../locale/i18n.svelte";
import { mainAction, targetOf, type MainAction } from "./targets";

/** A main action as the user reads it: its label in words. */
function shown(action: MainAction) {
  return { ...action, label: t(action.label) };
}

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
const howDidItGo = makeReminder({
  id: "intro_follow_up:3:2026-03-04",
  kind: "intro_follow_up",
  title: "Ask Dr. Amara Okafor how the introduction to Dr. Jonas Weber went",
  reason: "Ask Dr. Amara Okafor how the introduction to Dr. Jonas Weber went: due Wed 4 Mar 2026",
  context: "Both run heart-failure trials",
  contact_name: "Dr. Amara Okafor",
  due_at: at(-2),
  subject: about({ contact_id: 5, source_id: 3 }),
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

  it("drafts how an introduction went, to both, from the follow-up's Draft follow-up", async () => {
    const { api, user } = await renderToday({ contacts: [okafor], reminders: [howDidItGo] });
    const line = lineOf(howDidItGo.id);
    expect(within(line).getByTestId("reminder-context")).toHaveTextContent("Both run heart-failure trials");
    expect(within(line).queryByTestId("reminder-open")).not.toBeInTheDocument();
    const draft = within(line).getByTestId("reminder-draft");
    expect(draft).toHaveTextContent("Draft follow-up");
    // The backend answers the follow-up's reminder with its own template, to both people.
    api.composeMessage.mockResolvedValueOnce({
      contact_id: 5,
      template: "introduction_follow_up",
      subject: "How did the introduction go?",
      body: "Dear Dr. Okafor and Dr. Weber,\n\nWhy I thought you should meet: Both run heart-failure trials",
      email: "amara@example.org, jonas@example.org",
      mailto: "mailto:amara@example.org,jonas@example.org?subject=How%20did%20the%20introduction%20go%3F",
      profile_link: null,
      reminder_id: howDidItGo.id,
    });

    await user.click(draft);
    const dialog = await screen.findByTestId("draft-dialog");
    expect(api.composeMessage).toHaveBeenCalledWith(5, null, howDidItGo.id);
    const picker = await within(dialog).findByTestId("draft-template");
    expect(picker).toHaveValue("introduction_follow_up");
    expect(within(picker).getByRole("option", { name: "How did the introduction go?" })).toBeInTheDocument();
    expect(within(dialog).getByTestId("draft-subject")).toHaveValue("How did the introduction go?");
    expect(within(dialog).getByTestId("draft-to")).toHaveTextContent("To amara@example.org, jonas@example.org");
    expect(shown(mainAction(howDidItGo))).toEqual({ kind: "draft", label: "Draft follow-up", contactId: 5 });
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
    expect(shown(mainAction(renewal))).toEqual({ kind: "open", label: "Open", target: { kind: "network", tab: "memberships" } });
    expect(shown(mainAction(thanks))).toEqual({ kind: "draft", label: "Draft thanks", contactId: 5 });
    expect(shown(mainAction(review))).toEqual({ kind: "open", label: "Open review", target: { kind: "network", tab: "review" } });
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
