import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseIdleMinutes, storedIdleMinutes, watchIdle } from "./idleLock";

describe("lock after idle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it("locks once the window has been left alone for the minutes chosen", () => {
    chooseIdleMinutes(5);
    const onIdle = vi.fn();
    const stop = watchIdle(onIdle);

    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledOnce();
    stop();
  });

  it("counts again from each key pressed or mouse moved", () => {
    chooseIdleMinutes(5);
    const onIdle = vi.fn();
    const stop = watchIdle(onIdle);

    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new MouseEvent("mousemove"));
    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledOnce();
    stop();
  });

  it("never locks when it is off, and stops watching when told", () => {
    const onIdle = vi.fn();
    let stop = watchIdle(onIdle);
    vi.advanceTimersByTime(3 * 60 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    stop();

    chooseIdleMinutes(15);
    stop = watchIdle(onIdle);
    stop();
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it("reads only the choices it offers", () => {
    expect(storedIdleMinutes()).toBe(0);
    chooseIdleMinutes(30);
    expect(storedIdleMinutes()).toBe(30);
    localStorage.setItem("curbside.lockAfterMinutes", "7");
    expect(storedIdleMinutes()).toBe(0);
  });
});
