import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, UNLOCKED } from "../../test/fakeApi";
import { ApiError } from "../api";
import UnlockScreen from "./UnlockScreen.svelte";

function renderUnlock(creating: boolean) {
  const api = fakeApi();
  const onUnlocked = vi.fn();
  render(UnlockScreen, {
    props: { api, creating, reason: "No Secret Service is running.", onUnlocked },
  });
  return { api, onUnlocked, user: userEvent.setup() };
}

describe("UnlockScreen when creating the database", () => {
  it("explains why a passphrase is needed", () => {
    renderUnlock(true);

    expect(screen.getByRole("heading", { name: "Protect your Curbside data" })).toBeInTheDocument();
    expect(screen.getByText("No Secret Service is running.")).toBeInTheDocument();
  });

  it("refuses a confirmation that does not match, without asking the backend", async () => {
    const { api, user } = renderUnlock(true);

    await user.type(screen.getByTestId("passphrase"), "correct horse");
    await user.type(screen.getByTestId("passphrase-confirm"), "correct horses");
    await user.click(screen.getByTestId("unlock-submit"));

    expect(screen.getByTestId("unlock-error")).toHaveTextContent("do not match");
    expect(api.sessionUnlock).not.toHaveBeenCalled();
  });

  it("refuses a passphrase shorter than 8 characters", async () => {
    const { api, user } = renderUnlock(true);

    await user.type(screen.getByTestId("passphrase"), "short");
    await user.type(screen.getByTestId("passphrase-confirm"), "short");
    await user.click(screen.getByTestId("unlock-submit"));

    expect(screen.getByTestId("unlock-error")).toHaveTextContent("at least 8 characters");
    expect(api.sessionUnlock).not.toHaveBeenCalled();
  });

  it("creates the database with a confirmed passphrase and reports the new session", async () => {
    const { api, onUnlocked, user } = renderUnlock(true);

    await user.type(screen.getByTestId("passphrase"), "correct horse");
    await user.type(screen.getByTestId("passphrase-confirm"), "correct horse{Enter}");

    expect(api.sessionUnlock).toHaveBeenCalledExactlyOnceWith("correct horse");
    expect(onUnlocked).toHaveBeenCalledWith(UNLOCKED);
    expect(screen.queryByTestId("unlock-error")).not.toBeInTheDocument();
  });
});

describe("UnlockScreen when unlocking", () => {
  it("asks for the passphrase or recovery key in a single field", () => {
    renderUnlock(false);

    expect(screen.getByRole("heading", { name: "Unlock Curbside" })).toBeInTheDocument();
    expect(screen.getByLabelText("Passphrase or recovery key")).toBe(screen.getByTestId("passphrase"));
    expect(screen.queryByTestId("passphrase-confirm")).not.toBeInTheDocument();
  });

  it("shows the backend's message for a wrong secret and keeps what was typed", async () => {
    const { api, onUnlocked, user } = renderUnlock(false);
    api.sessionUnlock.mockRejectedValueOnce(
      new ApiError("wrong_secret", "That passphrase or recovery key does not unlock this data."),
    );

    await user.type(screen.getByTestId("passphrase"), "guess");
    await user.click(screen.getByTestId("unlock-submit"));

    expect(await screen.findByTestId("unlock-error")).toHaveTextContent(
      "That passphrase or recovery key does not unlock this data.",
    );
    expect(screen.getByTestId("passphrase")).toHaveValue("guess");
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it("unlocks with whatever was entered", async () => {
    const { api, onUnlocked, user } = renderUnlock(false);

    await user.type(screen.getByTestId("passphrase"), "ABCD-EFGH-1234{Enter}");

    expect(api.sessionUnlock).toHaveBeenCalledWith("ABCD-EFGH-1234");
    expect(onUnlocked).toHaveBeenCalledOnce();
  });
});
