import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, makeContact, type FakeApi } from "../../test/fakeApi";
import DraftDialog from "./DraftDialog.svelte";

const amara = makeContact({
  id: 1,
  display_name: "Amara Okafor",
  name: { prefix: "", given: "Amara", middle: "", family: "Okafor", suffix: "" },
  credentials: "MD, PhD",
  emails: ["amara@example.org"],
  links: [
    { label: "ORCID", value: "0000-0001" },
    { label: "LinkedIn", value: "https://www.linkedin.com/in/amara-okafor" },
  ],
});
const ben = makeContact({ id: 2, display_name: "Ben Carter", name: { prefix: "", given: "Ben", middle: "", family: "Carter", suffix: "" } });

async function openDraft(options: { contactId?: number; reminderId?: string | null; api?: FakeApi } = {}) {
  const api = options.api ?? fakeApi({ contacts: [amara, ben] });
  const onClose = vi.fn();
  const onSent = vi.fn();
  const user = userEvent.setup();
  render(DraftDialog, {
    props: { api, contactId: options.contactId ?? 1, reminderId: options.reminderId ?? null, onClose, onSent },
  });
  await waitFor(() => expect(screen.getByTestId("draft-body")).toHaveFocus());
  return { api, user, onClose, onSent };
}

const subject = () => screen.getByTestId<HTMLInputElement>("draft-subject");
const body = () => screen.getByTestId<HTMLTextAreaElement>("draft-body");

describe("the draft dialog", () => {
  it("fills the draft from the reminder, with the reminder's template", async () => {
    const { api } = await openDraft({ reminderId: "milestone:m4" });

    expect(api.composeMessage).toHaveBeenCalledExactlyOnceWith(1, null, "milestone:m4");
    expect(screen.getByTestId("draft-template")).toHaveValue("congratulations");
    expect(subject()).toHaveValue("Congratulations!");
    expect(body().value).toMatch(/^Dear Dr\. Okafor,\n\nCongratulations on your promotion!\n/);
    expect(screen.getByTestId("draft-to")).toHaveTextContent("To amara@example.org");
  });

  it("starts from the follow-up template when no reminder is behind it", async () => {
    const { api } = await openDraft();

    expect(api.composeMessage).toHaveBeenCalledExactlyOnceWith(1, "follow_up", null);
    expect(subject()).toHaveValue("Following up on our conversation");
    expect(body().value).toContain("I enjoyed our conversation about renal denervation at ESC 2026, and");
  });

  it("copies the subject and the edited message to the clipboard and says so", async () => {
    const { api, user } = await openDraft();
    const draft = await api.composeMessage.mock.results[0].value;

    await user.type(body(), "{Enter}Sam Rivera");
    await user.click(screen.getByTestId("draft-copy"));

    expect(await navigator.clipboard.readText()).toBe(`Following up on our conversation\n\n${draft.body}\nSam Rivera`);
    expect(screen.getByTestId("draft-copy")).toHaveTextContent("Copied");
    expect(screen.getByRole("status")).toHaveTextContent("Copied to the clipboard");
  });

  it("opens the draft's mailto: link, and one carrying the user's edits once they changed it", async () => {
    const { api, user } = await openDraft();
    const draft = await api.composeMessage.mock.results[0].value;

    await user.click(screen.getByTestId("draft-mail"));
    expect(api.openLink).toHaveBeenLastCalledWith(draft.mailto);

    await user.clear(subject());
    await user.type(subject(), "Renal denervation");
    await user.click(screen.getByTestId("draft-mail"));
    expect(api.openLink).toHaveBeenLastCalledWith(expect.stringMatching(/^mailto:amara@example\.org\?subject=Renal%20denervation&body=Dear%20Dr\./));
  });

  it("cannot open the mail client without an email address, and says why", async () => {
    await openDraft({ contactId: 2 });

    expect(screen.getByTestId("draft-mail")).toBeDisabled();
    expect(screen.getByTestId("draft-mail")).toHaveAccessibleDescription(/Without an email address/);
    expect(screen.getByTestId("draft-to")).toHaveTextContent("No email address on file");
    expect(screen.queryByTestId("draft-profile")).not.toBeInTheDocument();
  });

  it("opens the contact's web profile", async () => {
    const { api, user } = await openDraft();

    await user.click(screen.getByTestId("draft-profile"));

    expect(api.openLink).toHaveBeenCalledExactlyOnceWith("https://www.linkedin.com/in/amara-okafor");
  });

  it("marks the message sent with its reminder, hands back the interaction and closes", async () => {
    const { api, user, onSent, onClose } = await openDraft({ reminderId: "follow_up:i42:c1" });

    await user.clear(subject());
    await user.type(subject(), "Our talk at ESC");
    await user.click(screen.getByTestId("draft-sent"));

    expect(api.messageSent).toHaveBeenCalledExactlyOnceWith({
      contact_id: 1,
      template: "follow_up",
      subject: "Our talk at ESC",
      reminder_id: "follow_up:i42:c1",
    });
    await waitFor(() => expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ kind: "message", contact_ids: [1] })));
    expect(onClose).toHaveBeenCalled();
  });

  it("shows a failed send in the dialog and keeps the text", async () => {
    const api = fakeApi({ contacts: [amara] });
    api.messageSent.mockRejectedValueOnce({ code: "storage", message: "The database could not be written." });
    const { user, onSent, onClose } = await openDraft({ api });

    await user.type(body(), "P.S. the slides");
    await user.click(screen.getByTestId("draft-sent"));

    expect(await screen.findByTestId("draft-error")).toHaveTextContent("The database could not be written.");
    expect(body().value).toMatch(/P\.S\. the slides$/);
    expect(onSent).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("switches template at once while the text is untouched", async () => {
    const { api, user } = await openDraft();

    await user.selectOptions(screen.getByTestId("draft-template"), "birthday");

    expect(api.composeMessage).toHaveBeenLastCalledWith(1, "birthday", null);
    await waitFor(() => expect(subject()).toHaveValue("Happy birthday!"));
  });

  it("asks before a new template throws away the user's edits", async () => {
    const { api, user } = await openDraft();
    await user.type(body(), "My own words");

    await user.selectOptions(screen.getByTestId("draft-template"), "article");
    const confirm = screen.getByRole("group", { name: "Replace your edits" });
    expect(confirm).toHaveTextContent("“Sharing an article”");
    expect(screen.getByTestId("draft-template")).toHaveValue("follow_up");
    await user.click(within(confirm).getByRole("button", { name: "Keep my text" }));
    expect(body().value).toMatch(/My own words$/);
    expect(api.composeMessage).toHaveBeenCalledTimes(1);

    await user.selectOptions(screen.getByTestId("draft-template"), "article");
    await user.click(screen.getByTestId("draft-replace"));
    await waitFor(() => expect(subject()).toHaveValue("An article you may find interesting"));
    expect(body().value).not.toMatch(/My own words/);
  });

  it("explains a reminder without a template and lets the user choose one", async () => {
    const api = fakeApi({ contacts: [amara] });
    const user = userEvent.setup();
    render(DraftDialog, { props: { api, contactId: 1, reminderId: "custom:7:2026-12-01T09:00", onClose: vi.fn(), onSent: vi.fn() } });

    expect(await screen.findByTestId("draft-error")).toHaveTextContent("has no message template of its own");
    await user.selectOptions(screen.getByTestId("draft-template"), "introduction");

    expect(api.composeMessage).toHaveBeenLastCalledWith(1, "introduction", "custom:7:2026-12-01T09:00");
    await waitFor(() => expect(subject()).toHaveValue("An introduction"));
    expect(screen.queryByTestId("draft-error")).not.toBeInTheDocument();
    expect(screen.getByTestId("draft-brackets")).toHaveTextContent("Fill in the parts in [brackets] before sending.");
  });
});
