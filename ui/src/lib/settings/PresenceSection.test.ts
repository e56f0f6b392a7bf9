import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import PresenceSection from "./PresenceSection.svelte";

describe("Settings → You", () => {
  it("saves the name and pitch drafts sign with", async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    render(PresenceSection, { props: { api } });
    const name = await screen.findByTestId("presence-name");
    await waitFor(() => expect(name).toBeEnabled());
    await user.type(name, "Jane Doe");
    await user.type(screen.getByTestId("presence-pitch"), "I build heart-failure networks.");
    await user.click(screen.getByTestId("presence-save"));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved");
    expect(api.setPresence).toHaveBeenCalledWith(expect.objectContaining({ name: "Jane Doe", pitch: "I build heart-failure networks." }));
  });

  it("says why a link is refused", async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    render(PresenceSection, { props: { api } });
    const linkedin = await screen.findByRole("textbox", { name: "LinkedIn" });
    await waitFor(() => expect(linkedin).toBeEnabled());
    await user.type(linkedin, "linkedin.com/in/jane");
    await user.click(screen.getByTestId("presence-save"));
    expect(await screen.findByTestId("presence-error")).toHaveTextContent("LinkedIn must be a web address");
  });
});
