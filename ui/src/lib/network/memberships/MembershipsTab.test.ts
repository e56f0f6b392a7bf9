import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api";
import { fakeBackend } from "../../../test/fakeApi";
import { makeEvent } from "../../../test/fakeEvents";
import { makeMembership } from "../../../test/fakeOpportunities";
import { formatDay } from "../../calendar/time";
import MembershipsTab from "./MembershipsTab.svelte";
import { comingUp, duesText, parseDues } from "./renewals";

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

  it("reads dues as typed, with a comma or a point, and refuses words", () => {
    expect(parseDues(" 350 ")).toBe(350);
    expect(parseDues("42,50")).toBe(42.5);
    expect(parseDues("")).toBeNull();
    expect(parseDues("a lot")).toBeUndefined();
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

describe("editing a membership", () => {
  async function edit(options: Parameters<typeof fakeBackend>[0] = { memberships: [esc] }) {
    const backend = open(options);
    const card = await screen.findByTestId("membership");
    await fireEvent.click(within(card).getByRole("button", { name: "Edit" }));
    const form = within(card).getByRole("form", { name: `Edit ${esc.society}` });
    return { backend, card, form };
  }

  it("opens the full form prefilled with the membership's fields", async () => {
    const { form } = await edit();
    expect(within(form).getByTestId("membership-edit-society")).toHaveValue(esc.society);
    expect(within(form).getByTestId("membership-edit-number")).toHaveValue("40211");
    expect(within(form).getByTestId("membership-edit-renews")).toHaveValue("2026-04-30");
    expect(within(form).getByTestId("membership-edit-dues")).toHaveValue("350");
    expect(within(form).getByTestId("membership-edit-currency")).toHaveValue("EUR");
    expect(within(form).getByTestId("membership-edit-status")).toHaveValue("active");
    expect(within(form).getByTestId("membership-edit-yearly")).toBeChecked();
  });

  it("saves a new member number, renewal and notes, and the card shows them", async () => {
    const { backend, card, form } = await edit();
    await fireEvent.input(within(form).getByTestId("membership-edit-number"), { target: { value: "99887" } });
    await fireEvent.input(within(form).getByTestId("membership-edit-renews"), { target: { value: "2027-06-30" } });
    await fireEvent.input(within(form).getByTestId("membership-edit-notes"), { target: { value: "Fellowship track" } });
    await fireEvent.click(within(form).getByTestId("membership-edit-save"));

    await waitFor(() => expect(backend.api.updateMembership).toHaveBeenCalled());
    expect(backend.api.updateMembership.mock.calls[0]).toEqual([
      1,
      expect.objectContaining({ member_number: "99887", renews_on: "2027-06-30", notes: "Fellowship track", dues_amount: 350 }),
    ]);
    await waitFor(() => expect(within(card).queryByRole("form", { name: /^Edit/ })).not.toBeInTheDocument());
    expect(within(card).getByTestId("membership-number-shown")).toHaveTextContent("99887");
    expect(within(card).getByTestId("membership-renews-on")).toHaveTextContent(formatDay("2027-06-30"));
    expect(card).toHaveTextContent("Fellowship track");
    // No longer renewing within 90 days: it leaves "Renewals coming up".
    expect(screen.queryByRole("region", { name: "Renewals coming up" })).not.toBeInTheDocument();
  });

  it("marks a membership lapsed", async () => {
    const { card, form } = await edit();
    await fireEvent.change(within(form).getByTestId("membership-edit-status"), { target: { value: "lapsed" } });
    await fireEvent.click(within(form).getByTestId("membership-edit-save"));
    await waitFor(() => expect(within(card).getByText("lapsed")).toBeInTheDocument());
  });

  it("marks dues that are not an amount and a bad currency at their fields, focuses the first, and keeps the form open", async () => {
    const { backend, form } = await edit();
    const dues = within(form).getByLabelText("Dues");
    const currency = within(form).getByLabelText("Currency");
    await fireEvent.input(dues, { target: { value: "a lot" } });
    await fireEvent.input(currency, { target: { value: "€" } });
    await fireEvent.click(within(form).getByTestId("membership-edit-save"));

    await waitFor(() => expect(dues).toHaveFocus());
    expect(dues).toHaveAttribute("aria-invalid", "true");
    expect(dues).toHaveAccessibleDescription('Dues "a lot" are not an amount: write a number such as 350 or 42.50.');
    expect(currency).toHaveAccessibleDescription("A currency is a three-letter code such as USD or EUR.");
    expect(within(form).getByTestId("membership-edit-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(backend.api.updateMembership).not.toHaveBeenCalled();
    expect(dues).toHaveValue("a lot");

    await fireEvent.input(dues, { target: { value: "350" } });
    await waitFor(() => expect(dues).not.toHaveAttribute("aria-invalid"));
  });

  it("marks a new membership without a society at that field, and takes the core's refusal of a field there too", async () => {
    const backend = open();
    const form = screen.getByTestId("membership-form");
    const society = within(form).getByLabelText("Society");
    await fireEvent.click(within(form).getByTestId("membership-add"));
    await waitFor(() => expect(society).toHaveFocus());
    expect(society).toHaveAccessibleDescription("Name the society.");
    expect(backend.api.addMembership).not.toHaveBeenCalled();

    backend.api.addMembership.mockRejectedValueOnce(new ApiError("invalid_input", "Society is too long", "society"));
    await fireEvent.input(society, { target: { value: "ESC" } });
    await fireEvent.click(within(form).getByTestId("membership-add"));
    await waitFor(() => expect(society).toHaveAccessibleDescription("Society is too long"));
    expect(society).toHaveFocus();
    expect(society).toHaveValue("ESC");
  });

  it("marks a committee role with neither committee nor role, and adds none", async () => {
    const backend = open({ memberships: [esc] });
    const card = await screen.findByTestId("membership");
    await fireEvent.click(within(card).getByTestId("membership-role-add"));
    const committee = within(card).getByTestId("membership-committee");
    await waitFor(() => expect(committee).toHaveFocus());
    expect(committee).toHaveAccessibleDescription("Say the committee or the role.");
    expect(backend.api.addMembershipRole).not.toHaveBeenCalled();
  });

  it("asks before saving notes that look like patient data, and saves nothing when the user edits", async () => {
    const { backend, form } = await edit();
    await fireEvent.input(within(form).getByTestId("membership-edit-notes"), { target: { value: "Sponsor DOB 02/04/1961" } });
    await fireEvent.click(within(form).getByTestId("membership-edit-save"));
    const dialog = await screen.findByTestId("patient-data-dialog");
    await fireEvent.click(within(dialog).getByTestId("patient-data-edit"));
    await waitFor(() => expect(screen.queryByTestId("patient-data-dialog")).not.toBeInTheDocument());
    expect(backend.api.updateMembership).not.toHaveBeenCalled();
    expect(within(form).getByTestId("membership-edit-notes")).toHaveValue("Sponsor DOB 02/04/1961");
  });

  it("cancel leaves the card as it was", async () => {
    const { backend, card, form } = await edit();
    await fireEvent.input(within(form).getByTestId("membership-edit-number"), { target: { value: "11111" } });
    await fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(within(card).queryByRole("form", { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(card).getByTestId("membership-number-shown")).toHaveTextContent("40211");
    expect(backend.api.updateMembership).not.toHaveBeenCalled();
  });

  it("removes a committee role", async () => {
    const backend = open({
      memberships: [{ ...esc, roles: [{ committee: "Guidelines", role: "chair", from: null, to: null }] }],
    });
    const card = await screen.findByTestId("membership");
    expect(card).toHaveTextContent("Guidelines, chair");
    await fireEvent.click(within(card).getByRole("button", { name: "Remove Guidelines chair" }));
    await waitFor(() => expect(card).not.toHaveTextContent("Guidelines, chair"));
    expect(backend.api.removeMembershipRole).toHaveBeenCalledWith(1, 0);
  });

  it("links a calendar event as a meeting, shown on the card with its date, and unlinks it", async () => {
    const congress = makeEvent({
      id: 5,
      title: "ESC Congress 2026",
      timing: { type: "all_day", first_day: "2026-08-28", last_day: "2026-08-31" },
    });
    const backend = open({ memberships: [esc], events: [congress] });
    const card = await screen.findByTestId("membership");
    const picker = within(card).getByLabelText("Calendar event");
    await fireEvent.focus(picker);
    await within(card).findByRole("option", { name: /ESC Congress 2026/ });
    await fireEvent.change(picker, { target: { value: "5" } });
    await fireEvent.click(within(card).getByRole("button", { name: "Link meeting" }));

    await waitFor(() => expect(backend.api.linkMembershipEvent).toHaveBeenCalledWith(1, 5));
    await waitFor(() => expect(card).toHaveTextContent(`ESC Congress 2026, ${formatDay("2026-08-28")}`));

    await fireEvent.click(within(card).getByRole("button", { name: "Unlink ESC Congress 2026" }));
    await waitFor(() => expect(card).not.toHaveTextContent(`ESC Congress 2026, ${formatDay("2026-08-28")}`));
    expect(backend.api.unlinkMembershipEvent).toHaveBeenCalledWith(1, 5);
  });
});
