import { screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeCredit, makeCycle } from "../../test/fakeCme";
import { makeEvent } from "../../test/fakeEvents";
import { openCme } from "../../test/renderMain";

const license = makeCycle({
  id: 1,
  name: "California license 2025–2027",
  authority: "Medical Board of California",
  starts_on: "2025-02-01",
  ends_on: "2027-01-31",
  total_hours: 50,
  topic_minimums: [{ key: "pain", hours: 12 }],
});
const board = makeCycle({ id: 2, name: "ABIM MOC", kind: "board", starts_on: "2024-01-01", ends_on: "2026-12-31", total_hours: 100 });
const esc = makeCredit({ id: 1, title: "ESC Congress 2025", earned_on: "2025-09-01", hours: 12.5, provider: "ESC" });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  // Noon on 10 March wherever the tests run, so "days left" counts from that day.
  vi.setSystemTime(new Date(2026, 2, 10, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

const cycleCard = (name: string) => screen.getAllByTestId("cycle-progress").find((c) => c.dataset.cycleName === name)!;
const input = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe("cycle progress", () => {
  it("shows earned against required, the shortfall by topic and the days left", async () => {
    await openCme({ cycles: [license], credits: [esc] });

    const card = cycleCard("California license 2025–2027");
    expect(within(card).getByTestId("progress-earned").textContent).toBe("12.5 of 50 h");
    expect(within(card).getByTestId("progress-missing")).toHaveTextContent("37.5 h in total");
    expect(within(card).getByTestId("progress-missing")).toHaveTextContent("12 h Pain management");
    expect(card).toHaveTextContent("327 days left");
    expect(within(card).getByRole("progressbar", { name: "Total" })).toHaveAttribute("aria-valuenow", "12.5");
  });

  it("says a cycle whose total is met still lacks its topic minimum, instead of calling it complete", async () => {
    const ohio = makeCycle({
      id: 3,
      name: "Ohio license 2026",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
      total_hours: 3,
      topic_minimums: [{ key: "ethics", hours: 2 }],
    });
    const course = makeCredit({ id: 2, title: "Heart failure update", earned_on: "2026-02-01", hours: 4 });
    await openCme({ cycles: [ohio], credits: [course] });

    const missing = within(cycleCard("Ohio license 2026")).getByTestId("progress-missing");
    expect(missing).toHaveTextContent(/^Still missing: total met, but 2 h Ethics$/);
    expect(missing).not.toHaveTextContent("Complete");
  });

  it("counts a new credit in every cycle it falls in", async () => {
    const { api, user } = await openCme({ cycles: [license, board], credits: [esc] });

    await user.click(screen.getByTestId("new-credit-button"));
    const form = screen.getByTestId("credit-form");
    expect(input(form, "title")).toHaveFocus();
    await user.type(input(form, "title"), "Pain management update");
    await user.clear(input(form, "earned_on"));
    await user.type(input(form, "earned_on"), "2026-02-14");
    await user.type(input(form, "hours"), "2.25");
    await user.selectOptions(within(form).getByLabelText("Credit type"), "ama_pra_1");
    await user.click(within(form).getByRole("checkbox", { name: "Pain management" }));
    await user.click(within(form).getByRole("checkbox", { name: "Opioids / controlled substances" }));
    await user.type(input(form, "other_topics"), "palliative care");
    await user.click(screen.getByTestId("credit-save"));

    expect(api.addCredit).toHaveBeenCalledExactlyOnceWith({
      earned_on: "2026-02-14",
      title: "Pain management update",
      provider: "",
      credit_type: "ama_pra_1",
      type_label: "",
      hours: 2.25,
      topics: ["opioids", "pain", "palliative care"],
      event_id: null,
      notes: "",
    });
    await waitFor(() =>
      expect(within(cycleCard("California license 2025–2027")).getByTestId("progress-earned")).toHaveTextContent("14.75 of 50 h"),
    );
    expect(within(cycleCard("ABIM MOC")).getByTestId("progress-earned")).toHaveTextContent("14.75 of 100 h");
    expect(screen.getAllByTestId("credit-row")[0]).toHaveTextContent("Pain management update");
  });

  it("asks for a label for an other credit type, and for hours, each at its field", async () => {
    const { api, user } = await openCme();

    await user.click(screen.getByTestId("new-credit-button"));
    const form = screen.getByTestId("credit-form");
    await user.type(input(form, "title"), "EACCME course");
    await user.click(screen.getByTestId("credit-save"));
    expect(input(form, "hours")).toHaveAccessibleDescription(
      "Hours must be a number more than 0 and at most 1000, like 1.5 or 0.25.",
    );
    expect(input(form, "hours")).toHaveFocus();

    await user.type(input(form, "hours"), "3");
    expect(input(form, "hours")).not.toHaveAttribute("aria-invalid");
    await user.selectOptions(within(form).getByLabelText("Credit type"), "other");
    await user.click(screen.getByTestId("credit-save"));
    expect(input(form, "type_label")).toHaveAccessibleDescription("Say what kind of credit it is, e.g. EACCME.");
    expect(input(form, "type_label")).toHaveFocus();

    await user.type(input(form, "type_label"), "EACCME");
    await user.click(screen.getByTestId("credit-save"));
    expect(api.addCredit).toHaveBeenCalledWith(expect.objectContaining({ credit_type: "other", type_label: "EACCME", hours: 3 }));
  });

  it("edits a credit, keeping its certificates", async () => {
    const withCertificate = { ...esc, certificates: [{ id: 3, file_name: "esc.pdf", media_type: "application/pdf", size: 10 }] };
    const { api, user } = await openCme({ cycles: [license], credits: [withCertificate] });

    await user.click(screen.getByTestId("credit-edit"));
    const form = screen.getByTestId("credit-form");
    expect(input(form, "title")).toHaveValue("ESC Congress 2025");
    await user.clear(input(form, "hours"));
    await user.type(input(form, "hours"), "14");
    await user.click(screen.getByTestId("credit-save"));

    expect(api.updateCredit).toHaveBeenCalledExactlyOnceWith(1, expect.objectContaining({ hours: 14, provider: "ESC" }));
    await waitFor(() => expect(screen.getByTestId("progress-earned")).toHaveTextContent("14 of 50 h"));
    expect(screen.getByTestId("certificate-link")).toHaveTextContent("esc.pdf");
  });

  it("takes a deleted credit out of the progress", async () => {
    const { api, user } = await openCme({ cycles: [license], credits: [esc] });

    await user.click(within(screen.getByTestId("credit-row")).getByTestId("credit-delete"));
    await user.click(screen.getByTestId("credit-delete-confirm"));

    expect(api.deleteCredit).toHaveBeenCalledExactlyOnceWith(1);
    await waitFor(() => expect(screen.getByTestId("progress-earned")).toHaveTextContent("0 of 50 h"));
    expect(screen.queryByTestId("credit-row")).not.toBeInTheDocument();
  });
});

describe("cycles", () => {
  it("adds a license cycle with what its total counts and a topic minimum", async () => {
    const { api, user } = await openCme();

    await user.click(screen.getByTestId("new-cycle-button"));
    const form = screen.getByTestId("cycle-form");
    expect(input(form, "name")).toHaveFocus();
    await user.type(input(form, "name"), "Texas license 2026");
    await user.type(input(form, "authority"), "Texas Medical Board");
    await user.type(input(form, "starts_on"), "2026-01-01");
    await user.type(input(form, "ends_on"), "2027-12-31");
    await user.type(input(form, "total_hours"), "48");
    await user.click(within(form).getByRole("checkbox", { name: "AMA PRA Category 1" }));
    await user.click(within(form).getByTestId("add-topic-minimum"));
    await user.type(within(form).getByLabelText("Topic 1"), "ethics");
    await user.type(within(form).getByLabelText("Hours for topic 1"), "2");
    await user.click(screen.getByTestId("cycle-save"));

    expect(api.addCycle).toHaveBeenCalledExactlyOnceWith({
      name: "Texas license 2026",
      kind: "license",
      authority: "Texas Medical Board",
      starts_on: "2026-01-01",
      ends_on: "2027-12-31",
      total_hours: 48,
      total_types: ["ama_pra_1"],
      type_minimums: [],
      topic_minimums: [{ key: "ethics", hours: 2 }],
      notes: "",
    });
    const card = await screen.findByTestId("cycle-progress");
    expect(card).toHaveAttribute("data-cycle-name", "Texas license 2026");
    expect(within(card).getByTestId("progress-earned")).toHaveTextContent("0 of 48 h");
    expect(screen.queryByTestId("cycle-form")).not.toBeInTheDocument();
  });

  it("marks every wrong field of a new cycle at once, focus on the first, and sends nothing", async () => {
    const { api, user } = await openCme();

    await user.click(screen.getByTestId("new-cycle-button"));
    const form = screen.getByTestId("cycle-form");
    await user.type(input(form, "starts_on"), "2026-01-01");
    await user.type(input(form, "ends_on"), "2025-12-31");
    await user.type(input(form, "total_hours"), "many");
    await user.click(screen.getByTestId("cycle-save"));

    expect(api.addCycle).not.toHaveBeenCalled();
    expect(input(form, "name")).toHaveFocus();
    expect(input(form, "name")).toHaveAttribute("aria-invalid", "true");
    expect(input(form, "ends_on")).toHaveAccessibleDescription("The cycle ends before it starts.");
    expect(input(form, "total_hours")).toHaveAccessibleDescription("Give the total hours required, like 50.");
    expect(screen.getByTestId("cycle-form-error-summary")).toHaveTextContent("3 fields need your attention");

    await user.type(input(form, "name"), "Texas license 2026");
    expect(input(form, "name")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByTestId("cycle-form-error-summary")).toHaveTextContent("2 fields need your attention");
  });

  it("edits a cycle's type minimums", async () => {
    const { api, user } = await openCme({ cycles: [license] });

    await user.click(screen.getByTestId("cycle-edit"));
    const form = screen.getByTestId("cycle-form");
    expect(input(form, "name")).toHaveValue("California license 2025–2027");
    await user.click(within(form).getByTestId("add-type-minimum"));
    await user.selectOptions(within(form).getByLabelText("Credit type 1"), "ama_pra_1");
    await user.type(within(form).getByLabelText("Hours for credit type 1"), "25");
    await user.click(screen.getByTestId("cycle-save"));

    expect(api.updateCycle).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ type_minimums: [{ key: "ama_pra_1", hours: 25 }], topic_minimums: [{ key: "pain", hours: 12 }] }),
    );
  });

  it("exports a cycle's report where the user chooses, and prints it", async () => {
    const { api, user } = await openCme({ cycles: [license] });

    await user.click(screen.getByTestId("cycle-export-csv"));
    expect(api.pickReportPath).toHaveBeenCalledWith("csv", "California-license-2025-2027.csv");
    expect(api.exportReport).toHaveBeenCalledWith(1, "/home/doc/California-license-2025-2027.csv", "csv");

    await user.click(screen.getByTestId("cycle-export-html"));
    expect(api.exportReport).toHaveBeenLastCalledWith(1, "/home/doc/California-license-2025-2027.html", "html");

    await user.click(screen.getByTestId("cycle-print"));
    expect(api.printReport).toHaveBeenCalledWith(1);
  });
});

describe("certificates", () => {
  it("attaches a certificate chosen in the file dialog, opens it, and removes it", async () => {
    const { api, user } = await openCme({ credits: [esc] });

    await user.click(screen.getByTestId("attach-certificate"));

    expect(api.pickCertificateFile).toHaveBeenCalled();
    expect(api.attachCertificate).toHaveBeenCalledWith(1, "/home/doc/Downloads/esc-2026-certificate.pdf");
    const link = await screen.findByTestId("certificate-link");
    expect(link).toHaveTextContent("esc-2026-certificate.pdf");

    await user.click(link);
    expect(api.openCertificate).toHaveBeenCalledWith(1);

    await user.click(screen.getByRole("button", { name: "Remove certificate esc-2026-certificate.pdf" }));
    expect(api.removeCertificate).toHaveBeenCalledWith(1);
    await waitFor(() => expect(screen.queryByTestId("certificate-link")).not.toBeInTheDocument());
  });

  it("attaches nothing when the dialog is cancelled", async () => {
    const { api, user } = await openCme({ credits: [esc] });
    api.pickCertificateFile.mockResolvedValueOnce(null);

    await user.click(screen.getByTestId("attach-certificate"));

    expect(api.attachCertificate).not.toHaveBeenCalled();
  });
});

describe("credits to claim", () => {
  const attended = makeEvent({
    id: 9,
    title: "AHA Scientific Sessions",
    status: "attended",
    expected_credits: 8,
    timing: { type: "all_day", first_day: "2026-02-20", last_day: "2026-02-22" },
  });

  it("asks to record an attended event's credits, and stops asking once they are", async () => {
    const { api, user } = await openCme({ events: [attended], cycles: [license] });

    const notice = screen.getByTestId("claim-notice");
    expect(notice).toHaveTextContent("Claim your credits");
    expect(notice).toHaveTextContent("AHA Scientific Sessions");
    expect(notice).toHaveTextContent("8 h expected");

    await user.click(within(notice).getByTestId("claim-record"));
    const form = screen.getByTestId("credit-form");
    expect(input(form, "title")).toHaveValue("AHA Scientific Sessions");
    expect(input(form, "hours")).toHaveValue(8);
    await user.click(screen.getByTestId("credit-save"));

    expect(api.addCredit).toHaveBeenCalledWith(expect.objectContaining({ event_id: 9, hours: 8, title: "AHA Scientific Sessions" }));
    await waitFor(() => expect(screen.queryByTestId("claim-notice")).not.toBeInTheDocument());
    expect(screen.getByTestId("progress-earned")).toHaveTextContent("8 of 50 h");
  });
});
