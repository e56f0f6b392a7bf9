import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../../test/fakeApi";
import { addDays, today } from "../../calendar/time";
import { chooseLocale } from "../../locale/current.svelte";
import ReviewTab from "./ReviewTab.svelte";

function open(week = {}) {
  const api = fakeApi({ week });
  const onOpenContact = vi.fn();
  render(ReviewTab, { api, say: vi.fn(), onOpenContact });
  return { api, onOpenContact, user: userEvent.setup() };
}

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("the weekly review tab", () => {
  it("asks for the week starting on the first day the user chose, or the region's", async () => {
    chooseLocale({ locale: "de-DE", time: "system", firstDay: "system" });
    const { api } = open();
    await screen.findByTestId("review-contacts");
    expect(api.reviewWeek.mock.calls[0][1]).toBe("monday");
  });

  it("asks for a week starting on Saturday when that is chosen", async () => {
    chooseLocale({ locale: "en-GB", time: "system", firstDay: "saturday" });
    const { api } = open();
    await screen.findByTestId("review-contacts");
    expect(api.reviewWeek.mock.calls[0][1]).toBe("saturday");
  });

  it("shows the week's numbers and opens a new contact", async () => {
    const { onOpenContact, user } = open({
      interactions: 3,
      people: 2,
      by_kind: [
        { kind: "meeting", count: 2 },
        { kind: "call", count: 1 },
      ],
      follow_ups_done: 1,
      follow_ups_dismissed: 0,
      referrals_sent: 2,
      referrals_received: 1,
      new_contacts: [{ id: 7, display_name: "Dr. Ben Carter" }],
      cme_hours: 2.5,
    });

    expect(await screen.findByTestId("review-contacts")).toHaveTextContent("3 with 2 people (2 meeting, 1 call)");
    expect(screen.getByTestId("review-follow-ups")).toHaveTextContent("1 done, 0 dismissed, 0 missed");
    expect(screen.getByTestId("review-referrals")).toHaveTextContent("2 sent, 1 received");
    expect(screen.getByTestId("review-cme")).toHaveTextContent("2.5");
    expect(screen.getByTestId("review-coming-empty")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(/^This week/);

    await user.click(screen.getByRole("button", { name: "Dr. Ben Carter" }));
    expect(onOpenContact).toHaveBeenCalledWith(7);
  });

  it("steps to the previous and next week", async () => {
    const { api, user } = open();
    await screen.findByTestId("review-contacts");
    const first = api.reviewWeek.mock.calls[0][0];
    expect(first).toBe(today());

    await user.click(screen.getByTestId("review-previous"));
    await waitFor(() => expect(api.reviewWeek).toHaveBeenCalledTimes(2));
    const previous = api.reviewWeek.mock.calls[1][0];
    expect(previous < today() && previous >= addDays(today(), -13)).toBe(true);
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(/^Week/));

    await user.click(screen.getByTestId("review-this-week"));
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(/^This week/));
  });
});
