import { describe, expect, it, vi } from "vitest";
import { fakeBackend } from "../../test/fakeApi";
import { ImportQueue } from "./importQueue.svelte";

function queue() {
  const backend = fakeBackend();
  const fail = vi.fn<(message: string) => void>();
  return { backend, api: backend.api, fail, imports: new ImportQueue(backend.api, fail) };
}

describe("the window's import", () => {
  it("opens with the files Curbside reads and lists the others as left out", async () => {
    const { api, fail, imports } = queue();
    api.pickImportFiles.mockResolvedValueOnce(["/d/team.vcf", "/d/photo.jpg", "/d/congress.ics"]);

    await imports.choose();

    expect(imports.open).toEqual({ paths: ["/d/team.vcf", "/d/congress.ics"], ignored: ["/d/photo.jpg"] });
    expect(fail).not.toHaveBeenCalled();
  });

  it("says which files it imports when none of them can be", () => {
    const { fail, imports } = queue();

    imports.start(["/d/photo.jpg"]);

    expect(imports.open).toBeNull();
    expect(fail).toHaveBeenCalledWith(expect.stringContaining(".vcf"));
  });

  it("shows the drop target while files hover, and refuses a drop while an import is open", () => {
    const { fail, imports } = queue();

    imports.onDrag({ type: "hover" });
    expect(imports.hovering).toBe(true);
    imports.onDrag({ type: "drop", paths: ["/d/first.vcf"] });
    expect(imports.hovering).toBe(false);
    expect(imports.open?.paths).toEqual(["/d/first.vcf"]);

    imports.onDrag({ type: "hover" });
    expect(imports.hovering).toBe(false);
    imports.onDrag({ type: "drop", paths: ["/d/second.vcf"] });
    expect(fail).toHaveBeenCalledWith("Finish the current import first.");
    expect(imports.open?.paths).toEqual(["/d/first.vcf"]);
  });

  it("keeps files opened meanwhile until the open import closes, then opens them", async () => {
    const { backend, imports } = queue();
    imports.start(["/d/first.vcf"]);
    backend.open(["/d/second.ics"]);

    await imports.offerOpened();
    expect(imports.open?.paths).toEqual(["/d/first.vcf"]);

    imports.close();
    await vi.waitFor(() => expect(imports.open?.paths).toEqual(["/d/second.ics"]));
  });

  it("says why when the picker fails, and opens nothing", async () => {
    const { api, fail, imports } = queue();
    api.pickImportFiles.mockRejectedValueOnce({ code: "internal", message: "The file dialog could not open." });

    await imports.choose("calendar");

    expect(api.pickImportFiles).toHaveBeenCalledWith("calendar");
    expect(fail).toHaveBeenCalledWith("The file dialog could not open.");
    expect(imports.open).toBeNull();
  });
});
