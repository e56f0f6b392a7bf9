import { describe, expect, it, vi } from "vitest";
import { markFirstScreenSettled } from "./benchMark";

describe("the app benchmark's first-screen marker", () => {
  it("is sent once, two frames after the first screen has its data, however often it is asked for", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    const api = { benchMark: vi.fn(async () => {}) };
    markFirstScreenSettled(api);
    markFirstScreenSettled(api);
    expect(api.benchMark).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(api.benchMark).not.toHaveBeenCalled();
    frames.shift()?.(16);
    expect(api.benchMark).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    vi.unstubAllGlobals();
  });
});
