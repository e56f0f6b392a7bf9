import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "../../test/fakeApi";
import WelcomeFlow from "./WelcomeFlow.svelte";

const KEY = "K7QF-2M9P-XW4R-8TZC-HN3D-6BVJ-QQ2A-ZT7M";

async function pastTheKey() {
  const api = fakeApi();
  const onDone = vi.fn();
  const user = userEvent.setup();
  render(WelcomeFlow, { props: { api, recoveryKey: KEY, onDone } });
  await user.click(screen.getByTestId("recovery-ack"));
  await user.type(screen.getByTestId("recovery-confirm"), "ZT7M{Enter}");
  return { api, onDone, user };
}

describe("WelcomeFlow", () => {
  it("asks who you are after the key and signs drafts with it", async () => {
    const { api, user } = await pastTheKey();

    expect(await screen.findByRole("heading", { name: "Who are you?" })).toBeInTheDocument();
    expect(screen.getByText("Step 2 of 4")).toBeInTheDocument();
    await user.type(screen.getByTestId("welcome-name"), "Dr Ana Ruiz");
    await user.type(screen.getByTestId("welcome-credentials"), "MD, FACC");
    await user.click(screen.getByTestId("welcome-next"));

    expect(api.setPresence).toHaveBeenCalledWith(expect.objectContaining({ name: "Dr Ana Ruiz", credentials: "MD, FACC" }));
    expect(await screen.findByRole("heading", { name: "Your license and board cycles" })).toBeInTheDocument();
  });

  it("can be skipped step by step to a choice of what to do first", async () => {
    const { api, onDone, user } = await pastTheKey();

    await user.click(await screen.findByTestId("welcome-skip"));
    await user.click(await screen.findByTestId("welcome-skip"));
    expect(api.setPresence).not.toHaveBeenCalled();
    expect(screen.getByText(/Connections.csv/)).toBeInTheDocument();
    await user.click(screen.getByTestId("welcome-import"));

    expect(onDone).toHaveBeenCalledWith("import");
  });

  it("adds the license cycle with the CME screen's form", async () => {
    const { api, user } = await pastTheKey();
    await user.click(await screen.findByTestId("welcome-skip"));

    await user.click(await screen.findByTestId("welcome-add-cycle"));

    expect(await screen.findByTestId("cycle-form")).toBeInTheDocument();
    expect(api.addCycle).not.toHaveBeenCalled();
  });
});
