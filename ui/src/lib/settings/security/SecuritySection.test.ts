import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, type FakeOptions } from "../../../test/fakeApi";
import { IDLE_LOCK_KEY } from "./idleLock";
import SecuritySection from "./SecuritySection.svelte";

async function openSecurity(options: FakeOptions = {}, onLock?: () => Promise<void>) {
  const api = fakeApi(options);
  const user = userEvent.setup();
  render(SecuritySection, { props: { api, onLock } });
  await screen.findByTestId("security-state");
  return { api, user };
}

afterEach(() => localStorage.clear());

describe("a book the keyring opens without a passphrase", () => {
  it("says so, cannot be locked, and gets a passphrase without being asked for one", async () => {
    const { api, user } = await openSecurity();
    expect(screen.getByTestId("security-state")).toHaveTextContent("This book has no passphrase");
    expect(screen.getByRole("button", { name: "Lock now" })).toBeDisabled();
    expect(screen.getByLabelText("Lock when the window is left alone")).toBeDisabled();
    expect(screen.queryByLabelText("Current passphrase or recovery key")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("New passphrase"), "tulip harbour");
    await user.type(screen.getByLabelText("Repeat the new passphrase"), "tulip harbour");
    await user.click(screen.getByRole("button", { name: "Add passphrase" }));

    expect(api.securityChangePassphrase).toHaveBeenCalledExactlyOnceWith(null, "tulip harbour");
    await waitFor(() => expect(screen.getByTestId("security-state")).toHaveTextContent("Curbside opens with your passphrase"));
    expect(screen.getByRole("button", { name: "Lock now" })).toBeEnabled();
    expect(screen.getByLabelText("Current passphrase or recovery key")).toHaveValue("");
  });
});

describe("changing the passphrase", () => {
  it("needs the current one, and refuses a wrong one with the backend's words", async () => {
    const { api, user } = await openSecurity({ passphrase: "correct horse" });

    await user.type(screen.getByLabelText("New passphrase"), "tulip harbour");
    await user.type(screen.getByLabelText("Repeat the new passphrase"), "tulip harbour");
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(await screen.findByTestId("field-error-passphrase-current")).toHaveTextContent("Type your current passphrase or your recovery key.");
    await waitFor(() => expect(screen.getByLabelText("Current passphrase or recovery key")).toHaveFocus());
    expect(api.securityChangePassphrase).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText("Current passphrase or recovery key"), "wrong horse");
    expect(screen.queryByTestId("field-error-passphrase-current")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(await screen.findByTestId("field-error-passphrase-current")).toHaveTextContent("does not unlock this database");

    await user.clear(screen.getByLabelText("Current passphrase or recovery key"));
    await user.type(screen.getByLabelText("Current passphrase or recovery key"), "correct horse");
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(api.securityChangePassphrase).toHaveBeenLastCalledWith("correct horse", "tulip harbour");
    expect(await screen.findByTestId("passphrase-notice")).toHaveTextContent("the old one no longer opens Curbside");
    expect(screen.queryByTestId("passphrase-error")).not.toBeInTheDocument();
    expect(screen.queryByTestId("field-error-passphrase-current")).not.toBeInTheDocument();
  });

  it("says a short or mistyped new passphrase before asking the backend", async () => {
    const { api, user } = await openSecurity({ passphrase: "correct horse" });
    await user.type(screen.getByLabelText("Current passphrase or recovery key"), "correct horse");

    await user.type(screen.getByLabelText("New passphrase"), "short");
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(await screen.findByTestId("field-error-passphrase-new")).toHaveTextContent("Use at least 8 characters.");
    expect(screen.getByLabelText("New passphrase")).toHaveAttribute("aria-invalid", "true");
    await user.type(screen.getByLabelText("New passphrase"), " but longer");
    expect(screen.queryByTestId("field-error-passphrase-new")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Repeat the new passphrase"), "short but longe");
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(await screen.findByTestId("field-error-passphrase-repeat")).toHaveTextContent("The two new passphrases do not match.");
    expect(screen.getByTestId("passphrase-error-summary")).toHaveTextContent("One field needs your attention");

    expect(api.securityChangePassphrase).not.toHaveBeenCalled();
  });
});

describe("locking", () => {
  it("locks now through the window", async () => {
    const onLock = vi.fn(async () => {});
    const { user } = await openSecurity({ passphrase: "correct horse" }, onLock);

    await user.click(screen.getByRole("button", { name: "Lock now" }));

    expect(onLock).toHaveBeenCalledOnce();
  });

  it("keeps the idle time chosen on this computer", async () => {
    const { user } = await openSecurity({ passphrase: "correct horse" });
    const choice = screen.getByLabelText("Lock when the window is left alone");
    expect(choice).toHaveValue("0");
    expect(within(choice).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Never",
      "After 5 minutes",
      "After 15 minutes",
      "After 30 minutes",
      "After 1 hour",
    ]);

    await user.selectOptions(choice, "After 15 minutes");

    expect(localStorage.getItem(IDLE_LOCK_KEY)).toBe("15");
    expect(screen.getByTestId("security-section")).toHaveTextContent("Saved");
  });
});

describe("a new recovery key", () => {
  it("is made after the current passphrase, shown once, and kept by typing its last group", async () => {
    const { api, user } = await openSecurity({ passphrase: "correct horse", recoveryKey: "OLDK-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH" });

    await user.click(screen.getByRole("button", { name: "Make a new recovery key…" }));
    expect(screen.getByRole("form", { name: "Make a new recovery key" })).toHaveTextContent("will no longer open Curbside");
    await user.type(screen.getByTestId("recovery-current"), "not it");
    await user.click(screen.getByRole("button", { name: "Make the new key" }));
    expect(await screen.findByTestId("field-error-recovery-current")).toHaveTextContent("does not unlock this database");
    await waitFor(() => expect(screen.getByTestId("recovery-current")).toHaveFocus());

    await user.clear(screen.getByTestId("recovery-current"));
    await user.type(screen.getByTestId("recovery-current"), "OLDK-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
    await user.click(screen.getByRole("button", { name: "Make the new key" }));

    const dialog = await screen.findByRole("dialog", { name: "Your new recovery key" });
    expect(within(dialog).getByTestId("recovery-key")).toHaveTextContent("NEWK-0001-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
    expect(within(dialog).getByRole("heading", { name: "Save your new recovery key" })).toBeInTheDocument();
    await user.click(within(dialog).getByTestId("recovery-save"));
    expect(api.saveRecoveryKey).toHaveBeenCalledWith("NEWK-0001-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
    await user.click(within(dialog).getByTestId("recovery-ack"));
    await user.type(within(dialog).getByTestId("recovery-confirm"), "hhhh");
    await user.click(within(dialog).getByTestId("recovery-continue"));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByTestId("recovery-notice")).toHaveTextContent("the old one no longer opens Curbside");
    // The old key no longer proves anything.
    await user.click(screen.getByRole("button", { name: "Make a new recovery key…" }));
    await user.type(screen.getByTestId("recovery-current"), "OLDK-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
    await user.click(screen.getByRole("button", { name: "Make the new key" }));
    expect(await screen.findByTestId("field-error-recovery-current")).toHaveTextContent("does not unlock this database");
  });

  it("needs no secret while the book has no passphrase", async () => {
    const { api, user } = await openSecurity();

    await user.click(screen.getByRole("button", { name: "Make a new recovery key…" }));
    expect(screen.queryByTestId("recovery-current")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Make the new key" }));

    expect(api.securityNewRecoveryKey).toHaveBeenCalledExactlyOnceWith(null);
    expect(await screen.findByRole("dialog", { name: "Your new recovery key" })).toBeInTheDocument();
  });
});
