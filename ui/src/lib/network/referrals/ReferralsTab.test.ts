import { screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { makeContact } from "../../../test/fakeApi";
import { makeReferral } from "../../../test/fakeReferrals";
import { renderMain } from "../../../test/renderMain";

const anna = makeContact({ id: 1, display_name: "Anna Berg", specialty: "Cardiology" });
const bo = makeContact({ id: 2, display_name: "Bo Lind", specialty: "Nephrology" });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 5, 1, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

async function openReferrals(options: Parameters<typeof renderMain>[0] = {}) {
  const rendered = await renderMain({ contacts: [anna, bo], ...options });
  await rendered.user.click(screen.getByTestId("nav-network"));
  await rendered.user.click(await screen.findByTestId("network-tab-referrals"));
  await screen.findByTestId("referrals-tab");
  return rendered;
}

const ledgerRows = () => screen.queryAllByTestId("referral-row").map((row) => row.textContent?.replace(/\s+/g, " ").trim());

describe("the Referrals tab", () => {
  it("logs a received referral with the colleague picked by name, today by default", async () => {
    const { api, user } = await openReferrals();
    expect(screen.getByTestId("referrals-empty")).toBeInTheDocument();

    await user.click(screen.getByTestId("log-referral"));
    const form = screen.getByTestId("referral-form");
    expect(within(form).getByLabelText("Day")).toHaveValue("2026-06-01");
    await user.type(within(form).getByLabelText("Colleague"), "anna");
    await user.click(await within(form).findByRole("button", { name: "Anna Berg" }));
    await user.selectOptions(within(form).getByLabelText("Reason"), "second_opinion");
    await user.type(within(form).getByLabelText("Note"), "Fitted in the same week");
    await user.click(screen.getByTestId("save-referral"));

    expect(api.addReferral).toHaveBeenCalledExactlyOnceWith({
      contact_id: 1,
      direction: "received",
      on: "2026-06-01",
      specialty: "",
      reason: "second_opinion",
      note: "Fitted in the same week",
    });
    await waitFor(() => expect(ledgerRows()).toHaveLength(1));
    expect(ledgerRows()[0]).toContain("Anna Berg");
    expect(ledgerRows()[0]).toContain("Cardiology");
    expect(ledgerRows()[0]).toContain("second opinion");
    expect(screen.queryByTestId("referral-form")).not.toBeInTheDocument();
  });

  it("refuses to log without a colleague and says so", async () => {
    const { api, user } = await openReferrals();
    await user.click(screen.getByTestId("log-referral"));
    await user.click(screen.getByTestId("save-referral"));
    expect(await screen.findByTestId("field-error-referral-contact")).toHaveTextContent("Pick the colleague first.");
    expect(api.addReferral).not.toHaveBeenCalled();
  });

  it("marks every wrong field at once, focuses the first, and clears each as it is fixed", async () => {
    const { api, user } = await openReferrals();
    await user.click(screen.getByTestId("log-referral"));
    const form = screen.getByTestId("referral-form");
    await user.clear(within(form).getByLabelText("Day"));
    await user.click(screen.getByTestId("save-referral"));

    const colleague = within(form).getByLabelText("Colleague");
    const day = within(form).getByLabelText("Day");
    await waitFor(() => expect(colleague).toHaveFocus());
    expect(colleague).toHaveAttribute("aria-invalid", "true");
    expect(colleague).toHaveAccessibleDescription("Pick the colleague first.");
    expect(day).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveAccessibleDescription("Say on which day.");
    expect(screen.getByTestId("referral-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(api.addReferral).not.toHaveBeenCalled();

    await user.type(day, "2026-05-30");
    await waitFor(() => expect(day).not.toHaveAttribute("aria-invalid"));
    expect(screen.getByTestId("referral-error-summary")).toHaveTextContent("One field needs your attention");
    await user.type(colleague, "anna");
    await user.click(await within(form).findByRole("button", { name: "Anna Berg" }));
    await waitFor(() => expect(screen.queryByTestId("referral-error-summary")).not.toBeInTheDocument());
    await user.click(screen.getByTestId("save-referral"));
    await waitFor(() => expect(api.addReferral).toHaveBeenCalledOnce());
    expect(api.addReferral.mock.calls[0][0]).toMatchObject({ contact_id: 1, on: "2026-05-30" });
  });

  it("puts the core's refusal of a field at that field", async () => {
    const { api, user } = await openReferrals();
    api.addReferral.mockRejectedValueOnce(
      new ApiError("invalid_input", "The day is too far in the future", "on"),
    );
    await user.click(screen.getByTestId("log-referral"));
    const form = screen.getByTestId("referral-form");
    await user.type(within(form).getByLabelText("Colleague"), "anna");
    await user.click(await within(form).findByRole("button", { name: "Anna Berg" }));
    await user.click(screen.getByTestId("save-referral"));

    const day = within(form).getByLabelText("Day");
    await waitFor(() => expect(day).toHaveFocus());
    expect(day).toHaveAccessibleDescription("The day is too far in the future");
    expect(screen.getByTestId("referral-form")).toBeInTheDocument();
  });

  it("shows the numbers per colleague and specialty, the one-sided and the not referred to in a year", async () => {
    await openReferrals({
      referrals: [
        makeReferral({ id: 1, contact_id: 1, contact_name: "Anna Berg", specialty: "Cardiology", direction: "sent", on: "2025-03-01" }),
        makeReferral({ id: 2, contact_id: 1, contact_name: "Anna Berg", specialty: "Cardiology", direction: "received", on: "2026-05-01" }),
        makeReferral({ id: 3, contact_id: 2, contact_name: "Bo Lind", specialty: "Nephrology", direction: "sent", on: "2026-04-01" }),
        makeReferral({ id: 4, contact_id: 2, contact_name: "Bo Lind", specialty: "Nephrology", direction: "sent", on: "2026-05-10" }),
      ],
    });

    await waitFor(() => expect(ledgerRows()).toHaveLength(4));
    const perColleague = screen.getByTestId("referrals-per-colleague");
    const annaRow = within(perColleague).getByRole("button", { name: "Anna Berg" }).closest("tr")!;
    expect([...annaRow.querySelectorAll("td")].map((cell) => cell.textContent?.trim())).toEqual([
      "Anna Berg",
      "1",
      "1",
      "2025-03-01",
      "2026-05-01",
    ]);
    expect(screen.getByTestId("referrals-per-specialty")).toHaveTextContent("Nephrology");
    expect(screen.getByTestId("referrals-one-sided")).toHaveTextContent("Bo Lind: you send, they never sent back (2, last May 10, 2026)");
    expect(screen.getByTestId("referrals-not-in-a-year")).toHaveTextContent("Anna Berg (Cardiology): last referred to on Mar 1, 2025");
  });

  it("filters the ledger by words of a note", async () => {
    const { user } = await openReferrals({
      referrals: [
        makeReferral({ id: 1, contact_id: 1, contact_name: "Anna Berg", direction: "sent", on: "2026-03-01", note: "stress echo" }),
        makeReferral({ id: 2, contact_id: 2, contact_name: "Bo Lind", direction: "sent", on: "2026-04-01" }),
      ],
    });
    await waitFor(() => expect(ledgerRows()).toHaveLength(2));
    await user.type(screen.getByLabelText("Filter"), "echo");
    await waitFor(() => expect(ledgerRows()).toHaveLength(1));
    expect(ledgerRows()[0]).toContain("Anna Berg");
  });
});
