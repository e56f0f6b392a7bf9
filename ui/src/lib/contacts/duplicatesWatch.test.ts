import { describe, expect, it } from "vitest";
import { fakeBackend } from "../../test/fakeApi";
import { DuplicatesWatch } from "./duplicatesWatch.svelte";

const pair = (keep: number, other: number) => ({
  keep,
  other,
  keep_name: `Contact ${keep}`,
  other_name: `Contact ${other}`,
  reason: "same email",
});

describe("the duplicates the window keeps", () => {
  it("are read once asked, and a merged pair leaves at once", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2), pair(3, 4)] });
    const duplicates = new DuplicatesWatch(backend.api);
    expect(duplicates.loaded).toBe(false);

    await duplicates.load();
    expect(duplicates.loaded).toBe(true);
    expect(duplicates.pairs.map((p) => p.other)).toEqual([2, 4]);

    duplicates.forget(pair(1, 2));
    expect(duplicates.pairs.map((p) => p.other)).toEqual([4]);
  });

  it("keep the last pairs and say why when reading them again fails", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2)] });
    const duplicates = new DuplicatesWatch(backend.api);
    await duplicates.load();
    backend.api.findDuplicates.mockRejectedValueOnce({ code: "internal", message: "The book is busy." });

    await duplicates.load();

    expect(duplicates.error).toBe("The book is busy.");
    expect(duplicates.pairs).toHaveLength(1);
  });
});
