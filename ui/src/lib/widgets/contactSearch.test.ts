import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeContact, summaryOf } from "../../test/fakeApi";
import type { ContactSummary } from "../bindings/ContactSummary";
import { ContactSearch, type PickedContact } from "./contactSearch";

const amara = summaryOf(makeContact({ id: 1, display_name: "Amara Okafor" }));
const ben = summaryOf(makeContact({ id: 2, display_name: "Ben Carter" }));

/** A backend search whose answers the test hands out, in any order. */
function pendingSearch() {
  const calls: Array<{ text: string; answer: (found: ContactSummary[]) => void; fail: () => void }> = [];
  const search = vi.fn(
    (text: string) =>
      new Promise<ContactSummary[]>((resolve, reject) => {
        calls.push({ text, answer: resolve, fail: () => reject(new Error("offline")) });
      }),
  );
  return { search, calls };
}

function searchWith(search: (text: string, limit: number) => Promise<ContactSummary[]>, offers = (_id: number) => true) {
  const shown: PickedContact[][] = [];
  const controller = new ContactSearch({ search, offers, onMatches: (matches) => shown.push(matches) });
  return { controller, shown, latest: () => shown.at(-1) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("searching contacts as the user types", () => {
  it("asks the backend once typing pauses, with the trimmed query, and offers the names it finds", async () => {
    const search = vi.fn(async () => [amara, ben]);
    const { controller, latest } = searchWith(search);

    controller.type(" a");
    controller.type(" am ");
    await vi.advanceTimersByTimeAsync(119);
    expect(search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(search).toHaveBeenCalledExactlyOnceWith("am", 8);
    expect(latest()).toEqual([
      { id: 1, name: "Amara Okafor" },
      { id: 2, name: "Ben Carter" },
    ]);
  });

  it("never offers a contact the picker excludes", async () => {
    const { controller, latest } = searchWith(async () => [amara, ben], (id) => id !== 1);

    controller.type("a");
    await vi.advanceTimersByTimeAsync(120);

    expect(latest()).toEqual([{ id: 2, name: "Ben Carter" }]);
  });

  it("drops a slow answer once the query has changed", async () => {
    const { search, calls } = pendingSearch();
    const { controller, latest } = searchWith(search);

    controller.type("a");
    await vi.advanceTimersByTimeAsync(120);
    controller.type("be");
    await vi.advanceTimersByTimeAsync(120);
    calls[1].answer([ben]);
    calls[0].answer([amara, ben]);
    await vi.advanceTimersByTimeAsync(0);

    expect(calls.map((call) => call.text)).toEqual(["a", "be"]);
    expect(latest()).toEqual([{ id: 2, name: "Ben Carter" }]);
  });

  it("empties the matches at once for a blank query, without asking the backend", async () => {
    const search = vi.fn(async () => [amara]);
    const { controller, latest } = searchWith(search);

    controller.type("a");
    controller.type("   ");
    await vi.advanceTimersByTimeAsync(500);

    expect(search).not.toHaveBeenCalled();
    expect(latest()).toEqual([]);
  });

  it("empties the matches when the search fails", async () => {
    const { search, calls } = pendingSearch();
    const { controller, latest } = searchWith(search);

    controller.type("a");
    await vi.advanceTimersByTimeAsync(120);
    calls[0].fail();
    await vi.advanceTimersByTimeAsync(0);

    expect(latest()).toEqual([]);
  });

  it("after clear, neither a waiting search nor one on its way shows matches", async () => {
    const { search, calls } = pendingSearch();
    const { controller, shown } = searchWith(search);

    controller.type("a");
    await vi.advanceTimersByTimeAsync(120);
    controller.type("am");
    controller.clear();
    await vi.advanceTimersByTimeAsync(500);
    calls[0].answer([amara]);
    await vi.advanceTimersByTimeAsync(0);

    expect(search).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([[]]);
  });
});
