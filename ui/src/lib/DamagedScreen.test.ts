import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "../test/fakeApi";
import { ApiError } from "./api";
import DamagedScreen from "./DamagedScreen.svelte";

const FINDINGS = ["HMAC verification failed for page 42"];

function renderDamaged() {
  const api = fakeApi();
  const onContinue = vi.fn();
  render(DamagedScreen, {
    props: {
      api,
      message: "/d/curbside.db is damaged, so Curbside will not write to it",
      findings: FINDINGS,
      onContinue,
    },
  });
  return { api, onContinue, user: userEvent.setup() };
}

describe("DamagedScreen", () => {
  it("says in plain words what happened and that nothing was changed", () => {
    renderDamaged();

    expect(screen.getByRole("heading", { name: "Your Curbside data is damaged" })).toBeInTheDocument();
    expect(screen.getByText(/has not changed the file/)).toBeInTheDocument();
    expect(screen.getByTestId("damage-findings")).toHaveTextContent("page 42");
  });

  it("salvages, then shows what was saved and what could not be read", async () => {
    const { api, onContinue, user } = renderDamaged();
    vi.mocked(api.sessionSalvage).mockResolvedValueOnce({
      damaged_copy: "/d/curbside.db.damaged-20261205T101500Z",
      complete: false,
      tables: [
        { table: "contacts", saved: 1480, unreadable: ["ids 601 to 620"], orphans_left_out: 0 },
        { table: "contact_emails", saved: 1480, unreadable: [], orphans_left_out: 20 },
        { table: "events", saved: 12, unreadable: [], orphans_left_out: 0 },
      ],
    });

    await user.click(screen.getByTestId("salvage"));

    expect(api.sessionSalvage).toHaveBeenCalledExactlyOnceWith(null);
    expect(screen.getByTestId("salvage-summary")).toHaveTextContent("2972 entries were saved");
    const losses = screen.getByTestId("salvage-losses");
    expect(losses).toHaveTextContent("contacts: 1480 saved; could not be read: ids 601 to 620");
    expect(losses).toHaveTextContent("20 left out");
    expect(losses).not.toHaveTextContent("events");
    expect(screen.getByText("/d/curbside.db.damaged-20261205T101500Z")).toBeInTheDocument();

    await user.click(screen.getByTestId("salvage-continue"));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it("asks for the passphrase when the keyring does not hold the key, and salvages with it", async () => {
    const { api, user } = renderDamaged();
    vi.mocked(api.sessionSalvage).mockRejectedValueOnce(
      new ApiError("passphrase_needed", "Enter your passphrase or recovery key"),
    );

    await user.click(screen.getByTestId("salvage"));
    expect(screen.getByTestId("salvage-error")).toHaveTextContent("Enter your passphrase");
    await user.type(screen.getByTestId("salvage-secret"), "correct horse");
    await user.click(screen.getByTestId("salvage"));

    expect(api.sessionSalvage).toHaveBeenLastCalledWith("correct horse");
    expect(screen.getByTestId("salvage-summary")).toHaveTextContent("nothing was lost");
  });
});
