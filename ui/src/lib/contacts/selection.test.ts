import { describe, expect, it } from "vitest";
import { extendTo, inListOrder, keepOnly, NO_SELECTION, toggle } from "./selection";

const order = [10, 20, 30, 40, 50];

describe("selection", () => {
  it("toggles one contact and makes it the anchor", () => {
    const one = toggle(NO_SELECTION, 20);
    expect([...one.ids]).toEqual([20]);
    expect(one.anchor).toBe(20);
    expect([...toggle(one, 20).ids]).toEqual([]);
  });

  it("selects the range from the anchor to the Shift-clicked row, either way", () => {
    expect(inListOrder(extendTo({ ids: new Set(), anchor: 20 }, 40, order), order)).toEqual([20, 30, 40]);
    expect(inListOrder(extendTo({ ids: new Set(), anchor: 40 }, 10, order), order)).toEqual([10, 20, 30, 40]);
  });

  it("adds a range to what was already checked, keeping the anchor", () => {
    const picked = extendTo({ ids: new Set([50]), anchor: 10 }, 20, order);
    expect(inListOrder(picked, order)).toEqual([10, 20, 50]);
    expect(picked.anchor).toBe(10);
  });

  it("checks just the row when there is no anchor in the list", () => {
    expect(inListOrder(extendTo({ ids: new Set(), anchor: 99 }, 30, order), order)).toEqual([30]);
  });

  it("forgets contacts that are gone", () => {
    const kept = keepOnly({ ids: new Set([10, 20]), anchor: 20 }, new Set([10]));
    expect([...kept.ids]).toEqual([10]);
    expect(kept.anchor).toBeNull();
  });
});
