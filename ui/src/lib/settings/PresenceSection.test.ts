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

  it("marks every malformed link at its field at once, focuses the first and saves nothing", async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    render(PresenceSection, { props: { api } });
    const linkedin = await screen.findByRole("textbox", { name: "LinkedIn" });
    await waitFor(() => expect(linkedin).toBeEnabled());
    await user.type(linkedin, "linkedin.com/in/jane");
    const orcid = screen.getByRole("textbox", { name: "ORCID" });
    await user.type(orcid, "0000-0002");
    await user.click(screen.getByTestId("presence-save"));

    expect(await screen.findByTestId("field-error-presence-linkedin")).toHaveTextContent("LinkedIn must be a web address");
    expect(screen.getByTestId("field-error-presence-orcid")).toHaveTextContent("ORCID must be an iD like 0000-0002-1825-0097");
    expect(linkedin).toHaveAttribute("aria-invalid", "true");
    expect(linkedin).toHaveAccessibleDescription(/LinkedIn must be a web address/);
    expect(orcid).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(linkedin).toHaveFocus());
    expect(screen.getByTestId("presence-error-summary")).toHaveTextContent("2 fields need your attention");
    expect(api.setPresence).not.toHaveBeenCalled();

    await user.clear(linkedin);
    await user.type(linkedin, "https://www.linkedin.com/in/jane");
    expect(screen.queryByTestId("field-error-presence-linkedin")).not.toBeInTheDocument();
    expect(linkedin).not.toHaveAttribute("aria-invalid");
    expect(screen.getByTestId("field-error-presence-orcid")).toBeInTheDocument();
  });

  it("shows the backend's refusal at the field it names", async () => {
    const api = fakeApi();
    api.setPresence.mockRejectedValueOnce({ code: "invalid_input", message: "The CV's path is too long", field: "cv_path" });
    const user = userEvent.setup();
    render(PresenceSection, { props: { api } });
    const cv = await screen.findByRole("textbox", { name: "Where your CV is" });
    await waitFor(() => expect(cv).toBeEnabled());
    await user.type(cv, "/very/long/path.pdf");
    await user.click(screen.getByTestId("presence-save"));

    expect(await screen.findByTestId("field-error-presence-cv_path")).toHaveTextContent("The CV's path is too long");
    await waitFor(() => expect(cv).toHaveFocus());
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("asks what happened and when before adding a milestone, and adds nothing", async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    render(PresenceSection, { props: { api } });
    const form = await screen.findByTestId("own-milestone-form");
    await user.click(screen.getByTestId("own-milestone-add"));

    const what = screen.getByRole("textbox", { name: "What happened" });
    expect(await screen.findByTestId("field-error-milestone-title")).toHaveTextContent("Say what happened.");
    expect(screen.getByTestId("field-error-milestone-when")).toHaveTextContent("Choose the day it happened.");
    await waitFor(() => expect(what).toHaveFocus());
    expect(form).toHaveTextContent("2 fields need your attention");
    expect(api.addOwnMilestone).not.toHaveBeenCalled();

    await user.type(what, "Board certified");
    expect(screen.queryByTestId("field-error-milestone-title")).not.toBeInTheDocument();
  });
});
