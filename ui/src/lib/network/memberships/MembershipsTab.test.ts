import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBackend } from "../../../test/fakeApi";
import { makeMembership } from "../../../test/fakeOpportunities";
import MembershipsTab from "./MembershipsTab.svelte";
import { comingUp, duesText } from "./renewals";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 2, 10, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

function open(options: Parameters<typeof fakeBackend>[0] = {}) {
  const backend = fakeBackend(options);
  render(MembershipsTab, { props: { api: backend.api, say: vi.fn(), onOpenContact: vi.fn() } });
  return backend;
}

const esc = makeMembership({
  id: 1,
  society: "European Society of Cardiology (ESC)",
  member_number: "40211",
  renews_on: "2026-04-30",
  dues_amount: 350,
  dues_currency: "EUR",
});
const ama = makeMembership({ id: 2, society: "American Medical Association (AMA)", renews_on: "2027-01-31" });

describe("renewals", () => {
  it("counts as coming up only active memberships renewing within 90 days", () => {
    const lapsed = { ...esc, id: 3, status: "lapsed" as const };
    expect(comingUp([ama, esc, lapsed], new Date(2026, 2, 10)).map((m) => m.id)).toEqual([1]);
  });

  it("writes dues with their currency", () => {
    expect(duesText(esc)).toBe("350.00 EUR");
    expect(duesText(ama)).toBe("");
  });
});

describe("the memberships tab", () => {
  it("shows the renewals coming up and each society with its number and dues", async () => {
    open({ memberships: [esc, ama] });
    const soon = await screen.findByRole("region", { name: "Renewals coming up" });
    expect(soon).toHaveTextContent("European Society of Cardiology (ESC)");
    expect(soon).not.toHaveTextContent("American Medical Association");
    const cards = screen.getAllByTestId("membership");
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent("40211");
    expect(cards[0]).toHaveTextContent("350.00 EUR");
  });

  it("adds a membership with a renewal date", async () => {
    const backend = open();
    await fireEvent.input(screen.getByTestId("membership-society"), {
      target: { value: "British Medical Association (BMA)" },
    });
    await fireEvent.input(screen.getByTestId("membership-renews"), { target: { value: "2026-12-31" } });
    await fireEvent.input(screen.getByTestId("membership-dues"), { target: { value: "420" } });
    await fireEvent.click(screen.getByTestId("membership-add"));
    await waitFor(() => expect(backend.api.addMembership).toHaveBeenCalled());
    expect(backend.api.addMembership.mock.calls[0][0]).toMatchObject({
      society: "British Medical Association (BMA)",
      renews_on: "2026-12-31",
      dues_amount: 420,
    });
    expect(await screen.findByTestId("membership")).toHaveTextContent("British Medical Association (BMA)");
  });

  it("renewing moves the renewal a year on", async () => {
    const backend = open({ memberships: [esc] });
    const card = await screen.findByTestId("membership");
    await fireEvent.click(within(card).getByRole("button", { name: "Renewed: next year" }));
    await waitFor(() => expect(backend.api.renewMembership).toHaveBeenCalledWith(1, null));
    await waitFor(() => expect(within(card).getByTestId("membership-renews-on")).toHaveTextContent("2027"));
  });

  it("adds a committee role", async () => {
    const backend = open({ memberships: [esc] });
    const card = await screen.findByTestId("membership");
    await fireEvent.input(within(card).getByLabelText("Committee"), { target: { value: "Guidelines" } });
    await fireEvent.input(within(card).getByLabelText("Role"), { target: { value: "member" } });
    await fireEvent.click(within(card).getByRole("button", { name: "Add role" }));
    await waitFor(() => expect(within(card).getByText(/Guidelines, member/)).toBeInTheDocument());
    expect(backend.api.addMembershipRole).toHaveBeenCalled();
  });
});
