import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../../App.svelte";
import { fakeBackend } from "../../test/fakeApi";
import { renderMain } from "../../test/renderMain";

describe("files opened with Curbside", () => {
  it("get the import preview, and nothing is imported until the doctor starts it", async () => {
    const { api, backend, user } = await renderMain();

    backend.open(["/home/doc/Downloads/team.vcf"]);

    const panel = await screen.findByTestId("import-panel");
    expect(within(panel).getByText("team.vcf")).toBeInTheDocument();
    expect(api.importFiles).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("import-start"));
    expect(api.importFiles).toHaveBeenCalledWith(["/home/doc/Downloads/team.vcf"], false, expect.any(Function));
  });

  it("opened while the book is locked wait for the unlock, then get the preview", async () => {
    const backend = fakeBackend({
      session: { state: "needs_passphrase", creating: false, reason: "No keyring", data_dir: "/d" },
    });
    backend.open(["C:\\Users\\doc\\Desktop\\congress.ics"]);
    render(App, { props: { api: backend.api } });
    const user = userEvent.setup();

    await user.type(await screen.findByTestId("passphrase"), "a long passphrase");
    expect(screen.queryByTestId("import-panel")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("unlock-submit"));

    const panel = await screen.findByTestId("import-panel");
    expect(within(panel).getByRole("heading")).toHaveTextContent("Import calendar");
    expect(within(panel).getByText("congress.ics")).toBeInTheDocument();
  });

  it("opened during another import wait until it is closed", async () => {
    const { api, backend, user } = await renderMain();
    api.pickImportFiles.mockResolvedValueOnce(["/home/doc/first.vcf"]);
    await user.click(screen.getByTestId("import-button"));
    await screen.findByTestId("import-panel");

    backend.open(["/home/doc/second.vcf"]);
    expect(await screen.findByText("first.vcf")).toBeInTheDocument();
    expect(screen.queryByText("second.vcf")).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId("import-panel")).getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("second.vcf")).toBeInTheDocument();
    expect(screen.queryByText("first.vcf")).not.toBeInTheDocument();
  });
});
