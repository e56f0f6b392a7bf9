import { render, screen } from "@testing-library/svelte";
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
    await user.type(await screen.findByRole("textbox", { name: "LinkedIn" }), "linkedin.com/in/jane");
    await user.click(screen.getByTestId("presence-save"));
    expect(await screen.findByTestId("presence-error")).toHaveTextContent("LinkedIn must be a web address");
  });
});
