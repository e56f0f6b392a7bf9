import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../../../App.svelte";
import { fakeBackend } from "../../../test/fakeApi";

describe("locking the window", () => {
  it("Lock in the menu shows the unlock screen, which opens the book again with the passphrase", async () => {
    const backend = fakeBackend({ passphrase: "correct horse" });
    const user = userEvent.setup();
    render(App, { props: { api: backend.api } });
    await screen.findByTestId("app-ready");

    backend.choose("lock");

    expect(await screen.findByRole("heading", { name: "Unlock Curbside" })).toBeInTheDocument();
    expect(screen.getByText("Curbside was locked")).toBeInTheDocument();
    expect(backend.api.securityLock).toHaveBeenCalledOnce();
    expect(screen.queryByTestId("app-ready")).not.toBeInTheDocument();
    await user.type(screen.getByTestId("passphrase"), "correct horse");
    await user.click(screen.getByTestId("unlock-submit"));
    expect(backend.api.sessionUnlock).toHaveBeenCalledWith("correct horse");
    expect(await screen.findByTestId("app-ready")).toBeInTheDocument();
  });

  it("a book without a passphrase stays open and says why", async () => {
    const backend = fakeBackend();
    render(App, { props: { api: backend.api } });
    await screen.findByTestId("app-ready");

    backend.choose("lock");

    expect(await screen.findByText(/This book has no passphrase yet/)).toBeInTheDocument();
    expect(screen.getByTestId("app-ready")).toBeInTheDocument();
  });
});
