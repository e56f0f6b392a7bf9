import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { ApiError } from "./lib/api";
import { fakeApi, UNLOCKED } from "./test/fakeApi";

describe("App", () => {
  it("says it is opening the data, then shows Today", async () => {
    const api = fakeApi();
    render(App, { props: { api } });

    expect(screen.getByText("Opening your data…")).toBeInTheDocument();
    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    expect(screen.getByTestId("today-screen")).toBeInTheDocument();
    expect(screen.getByTestId("nav-today")).toHaveAttribute("aria-current", "page");
  });

  it("asks for a new passphrase when the keyring is unavailable, then opens the main view", async () => {
    const api = fakeApi({
      session: { state: "needs_passphrase", creating: true, reason: "No keyring", data_dir: "/d" },
    });
    render(App, { props: { api } });
    const user = userEvent.setup();

    await user.type(await screen.findByTestId("passphrase"), "a long passphrase");
    await user.type(screen.getByTestId("passphrase-confirm"), "a long passphrase");
    await user.click(screen.getByTestId("unlock-submit"));

    expect(api.sessionUnlock).toHaveBeenCalledWith("a long passphrase");
    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    expect(screen.getByTestId("today-screen")).toBeInTheDocument();
  });

  it("explains a damaged database, salvages it and then opens the salvaged book", async () => {
    const api = fakeApi({
      session: {
        state: "damaged",
        message: "/d/curbside.db is damaged, so Curbside will not write to it",
        findings: ["HMAC verification failed for page 7"],
        data_dir: "/d",
      },
    });
    render(App, { props: { api } });
    const user = userEvent.setup();

    expect(await screen.findByRole("heading", { name: "Your Curbside data is damaged" })).toBeInTheDocument();
    await user.click(screen.getByTestId("salvage"));
    api.sessionOpen.mockResolvedValueOnce(UNLOCKED);
    await user.click(await screen.findByTestId("salvage-continue"));

    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    expect(api.sessionOpen).toHaveBeenCalledTimes(2);
  });

  it("shows the recovery key once, then the welcome, before the main view", async () => {
    const api = fakeApi({ session: { ...UNLOCKED, recovery_key: "RK-1234-5678" } });
    render(App, { props: { api } });
    const user = userEvent.setup();

    expect((await screen.findByTestId("recovery-key")).textContent).toBe("RK-1234-5678");
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("recovery-ack"));
    await user.type(screen.getByTestId("recovery-confirm"), "5678{Enter}");
    await user.click(await screen.findByTestId("welcome-skip"));
    await user.click(await screen.findByTestId("welcome-skip"));
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();
    await user.click(await screen.findByTestId("welcome-explore"));

    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    expect(screen.queryByTestId("recovery-key")).not.toBeInTheDocument();
  });

  it("opens the file picker when the welcome ends on 'Import a file…'", async () => {
    const api = fakeApi({ session: { ...UNLOCKED, recovery_key: "RK-1234-5678" } });
    render(App, { props: { api } });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId("recovery-ack"));
    await user.type(screen.getByTestId("recovery-confirm"), "5678{Enter}");
    await user.click(await screen.findByTestId("welcome-skip"));
    await user.click(await screen.findByTestId("welcome-skip"));
    await user.click(await screen.findByTestId("welcome-import"));

    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    await vi.waitFor(() => expect(api.pickImportFiles).toHaveBeenCalledOnce());
  });

  it("shows why the data could not be opened, and tries again on request", async () => {
    const api = fakeApi();
    api.sessionOpen.mockRejectedValueOnce(new ApiError("storage", "The data folder is not writable."));
    render(App, { props: { api } });

    expect(await screen.findByTestId("session-error")).toHaveTextContent("The data folder is not writable.");

    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));

    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
    expect(api.sessionOpen).toHaveBeenCalledTimes(2);
  });
});
