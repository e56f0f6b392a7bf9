import { afterEach, describe, expect, it, vi } from "vitest";
import { afterTwoFrames } from "./frames";

describe("work put off until the first screen is drawn", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("runs after the second frame, not before", () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    const work = vi.fn();

    afterTwoFrames(work);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    frames.shift()?.(0);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    frames.shift()?.(16);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs at once where nothing draws frames", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", undefined);
    const work = vi.fn();

    afterTwoFrames(work);
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
