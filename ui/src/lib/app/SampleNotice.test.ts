import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, UNLOCKED } from "../../test/fakeApi";
import MainView from "./MainView.svelte";

describe("sample data in the main window", () => {
  it("is marked on every screen and removed in one click", async () => {
    const api = fakeApi();
    api.sampleCounts.mockResolvedValueOnce({ contacts: 12, events: 2 });
    render(MainView, { props: { api, session: UNLOCKED } });
    const user = userEvent.setup();

    const notice = await screen.findByTestId("sample-notice");
    expect(notice).toHaveTextContent("12 contacts and 2 events are made up");
    await user.click(screen.getByTestId("nav-calendar"));
    expect(screen.getByTestId("sample-notice")).toBeInTheDocument();

    await user.click(screen.getByTestId("sample-remove"));

    expect(api.removeSampleData).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByTestId("sample-notice")).not.toBeInTheDocument());
    expect(await screen.findByText("Removed 12 sample contacts and 2 events")).toBeInTheDocument();
  });

  it("is added from an empty book's Today and then marked", async () => {
    const api = fakeApi();
    render(MainView, { props: { api, session: UNLOCKED } });
    const user = userEvent.setup();
    await screen.findByTestId("today-start");
    expect(screen.queryByTestId("sample-notice")).not.toBeInTheDocument();

    api.sampleCounts.mockResolvedValue({ contacts: 12, events: 2 });
    await user.click(screen.getByTestId("today-sample"));

    expect(api.addSampleData).toHaveBeenCalledOnce();
    expect(await screen.findByTestId("sample-notice")).toBeInTheDocument();
  });

  it("says why it could not be added", async () => {
    const api = fakeApi();
    api.addSampleData.mockRejectedValue({ code: "invalid_input", message: "the sample data is already in your book" });
    render(MainView, { props: { api, session: UNLOCKED } });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId("today-sample"));

    expect(await screen.findByText("the sample data is already in your book")).toBeInTheDocument();
  });
});
