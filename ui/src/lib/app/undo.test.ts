import { beforeEach, describe, expect, it, vi } from "vitest";
import { UndoOffers } from "./undo.svelte";

describe("UndoOffers", () => {
  let offers: UndoOffers;
  beforeEach(() => {
    offers = new UndoOffers();
  });

  it("takes back the newest offer once, and says what happened", async () => {
    const older = vi.fn(async () => "older undone");
    const newer = vi.fn(async () => "Restored");
    offers.offer({ message: "Deleted A", undo: older });
    offers.offer({ message: "Deleted B", undo: newer });
    expect(offers.current?.message).toBe("Deleted B");
    await expect(offers.take()).resolves.toBe("Restored");
    await expect(offers.take()).resolves.toBeNull();
    expect(newer).toHaveBeenCalledOnce();
    expect(older).not.toHaveBeenCalled();
  });

  it("forgets an offer when its toast goes, but not a newer one", () => {
    offers.offer({ message: "first", undo: async () => "" });
    const first = offers.current!.id;
    offers.offer({ message: "second", undo: async () => "" });
    offers.dismiss(first);
    expect(offers.current?.message).toBe("second");
    offers.dismiss();
    expect(offers.current).toBeNull();
  });

  it("drops the offer even when taking it back fails", async () => {
    offers.offer({ message: "Merged", undo: async () => Promise.reject(new Error("gone")) });
    await expect(offers.take()).rejects.toThrow("gone");
    expect(offers.current).toBeNull();
  });
});
