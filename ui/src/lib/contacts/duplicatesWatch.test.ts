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
  it("are only counted until the screen opens, and let go when it closes", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2), pair(3, 4)] });
    const duplicates = new DuplicatesWatch(backend.api);
    expect(duplicates.counted).toBe(false);

    await duplicates.load();
    expect(duplicates.counted).toBe(true);
    expect(duplicates.count).toBe(2);
    expect(duplicates.pairs).toEqual([]);
    expect(backend.api.findDuplicates).not.toHaveBeenCalled();

    await duplicates.show(true);
    expect(duplicates.loaded).toBe(true);
    expect(duplicates.pairs.map((p) => p.other)).toEqual([2, 4]);

    await duplicates.show(false);
    expect(duplicates.pairs).toEqual([]);
    expect(duplicates.loaded).toBe(false);
    expect(duplicates.count).toBe(2);
  });

  it("lose a merged pair at once, from the list and the count", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2), pair(3, 4)] });
    const duplicates = new DuplicatesWatch(backend.api);
    await duplicates.show(true);

    duplicates.forget(pair(1, 2));

    expect(duplicates.pairs.map((p) => p.other)).toEqual([4]);
    expect(duplicates.count).toBe(1);
  });

  it("keep the last pairs and say why when reading them again fails", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2)] });
    const duplicates = new DuplicatesWatch(backend.api);
    await duplicates.show(true);
    backend.api.findDuplicates.mockRejectedValueOnce({ code: "internal", message: "The book is busy." });

    await duplicates.load();

    expect(duplicates.error).toBe("The book is busy.");
    expect(duplicates.pairs).toHaveLength(1);
  });

  it("show the newer reading when an older one answers after it", async () => {
    const backend = fakeBackend({ duplicates: [pair(1, 2), pair(3, 4)] });
    const duplicates = new DuplicatesWatch(backend.api);
    let answerOld: (pairs: ReturnType<typeof pair>[]) => void = () => {};
    backend.api.findDuplicates.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)));
    const older = duplicates.show(true);
    const newer = duplicates.load();
    await newer;
    answerOld([pair(9, 10)]);
    await older;

    expect(duplicates.pairs.map((p) => p.other)).toEqual([2, 4]);
  });
});
