import { afterEach, describe, expect, it, vi } from "vitest";
import { copyText } from "./clipboard";

const execCommand = (result: boolean) => {
  const copy = vi.fn((_command: string) => result);
  Object.defineProperty(document, "execCommand", { value: copy, configurable: true });
  return copy;
};

describe("copying", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, "execCommand");
  });

  it("uses the clipboard when the webview allows it", async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal("navigator", { clipboard: { writeText } });

    expect(await copyText("Good to talk")).toBe(true);
    expect(writeText).toHaveBeenCalledWith("Good to talk");
  });

  it("falls back to copying a selection when the clipboard is refused", async () => {
    vi.stubGlobal("navigator", { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error("denied"))) } });
    const copy = execCommand(true);

    expect(await copyText("Good to talk")).toBe(true);
    expect(copy).toHaveBeenCalledWith("copy");
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("says so when neither way works", async () => {
    vi.stubGlobal("navigator", {});
    execCommand(false);

    expect(await copyText("Good to talk")).toBe(false);
  });
});
