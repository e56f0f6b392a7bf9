import { act } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { renderToday } from "../../test/renderMain";
import { chooseLocale } from "../locale/current.svelte";

afterEach(() => chooseLocale({ locale: "", time: "system", firstDay: "system" }));

describe("notifications' clock", () => {
  it("follows the window's: the region's own at start, then the one chosen in Settings", async () => {
    chooseLocale({ locale: "en-US", time: "system", firstDay: "system" });
    const { api } = await renderToday();
    expect(api.setNotificationClock).toHaveBeenLastCalledWith(true);

    await act(() => chooseLocale({ locale: "en-US", time: "h24", firstDay: "system" }));
    expect(api.setNotificationClock).toHaveBeenLastCalledWith(false);

    await act(() => chooseLocale({ locale: "de-DE", time: "h12", firstDay: "system" }));
    expect(api.setNotificationClock).toHaveBeenLastCalledWith(true);
  });
});
