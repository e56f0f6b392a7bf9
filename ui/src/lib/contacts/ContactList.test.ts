import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { makeContact, summaryOf } from "../../test/fakeApi";
import { renderMain, rowNames } from "../../test/renderMain";
import type { Contact } from "../bindings/Contact";
import type { ContactLineHit } from "../bindings/ContactLineHit";

function manyContacts(count: number): Contact[] {
  return Array.from({ length: count }, (_, i) =>
    makeContact({ id: i + 1, display_name: `Person ${String(i).padStart(5, "0")}`, specialty: "Cardiology" }),
  );
}

/** Resolves a promise from outside, to control when the fake backend answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe("a long contact list", () => {
  it("renders only a window of rows for 10,000 contacts, and later rows after scrolling", async () => {
    const { api } = await renderMain({ contacts: manyContacts(10_000) });

    const rendered = screen.getAllByTestId("contact-row");
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rowNames()[0]).toBe("Person 00000");
    expect(screen.getByTestId("nav-contacts")).toHaveTextContent((10_000).toLocaleString());

    const viewport = screen.getByTestId("contact-list").parentElement!;
    viewport.scrollTop = 52 * 6000;
    await fireEvent.scroll(viewport);

    const names = rowNames();
    expect(names).toContain("Person 06000");
    expect(names).not.toContain("Person 00000");
    expect(screen.getAllByTestId("contact-row").length).toBeLessThan(40);
    // The list came as its order once; the lines are read only for the rows near the view.
    expect(api.contactOrder).toHaveBeenCalledTimes(1);
    const read = api.contactLines.mock.calls.flatMap(([ids]) => ids);
    expect(read.length).toBeLessThan(400);
    expect(read).toContain(6001);
    expect(read).not.toContain(3000);
    expect(api.contactProfile).not.toHaveBeenCalled();
  });

  it("shows how long ago each contact was last in touch", async () => {
    const recent = new Date(Date.now() - 3 * 24 * 3600 * 1000 - 60_000).toISOString();
    await renderMain({
      contacts: [
        makeContact({ id: 1, display_name: "Ana Ruiz", last_interaction_at: recent }),
        makeContact({ id: 2, display_name: "Ben Ode" }),
      ],
    });

    const rows = screen.getAllByTestId("contact-row");
    expect(within(rows[0]).getByText("3 d")).toBeInTheDocument();
    expect(within(rows[1]).getByText("—")).toBeInTheDocument();
  });
});

describe("search as you type", () => {
  const contacts = [
    makeContact({ id: 1, display_name: "Jana Müller" }),
    makeContact({ id: 2, display_name: "Omar Haddad" }),
  ];

  it("asks the backend for the newest query only, and ignores a slower stale answer", async () => {
    const { api, user } = await renderMain({ contacts });
    const slow = deferred<ContactLineHit[]>();
    const fast = deferred<ContactLineHit[]>();
    api.searchContacts.mockImplementationOnce(() => slow.promise).mockImplementationOnce(() => fast.promise);

    await user.type(screen.getByTestId("search"), "ja");
    await waitFor(() => expect(api.searchContacts).toHaveBeenCalledTimes(1));
    expect(api.searchContacts).toHaveBeenLastCalledWith("ja", 200);

    await user.clear(screen.getByTestId("search"));
    await user.type(screen.getByTestId("search"), "omar");
    await waitFor(() => expect(api.searchContacts).toHaveBeenCalledTimes(2));
    expect(api.searchContacts).toHaveBeenLastCalledWith("omar", 200);

    fast.resolve([{ ...summaryOf(contacts[1]), matched: null }]);
    await waitFor(() => expect(rowNames()).toEqual(["Omar Haddad"]));
    slow.resolve([{ ...summaryOf(contacts[0]), matched: null }]);
    await new Promise((done) => setTimeout(done, 20));

    expect(rowNames()).toEqual(["Omar Haddad"]);
  });

  it("waits for a pause in typing before searching", async () => {
    const { api, user } = await renderMain({ contacts });

    await user.type(screen.getByTestId("search"), "haddad");
    await waitFor(() => expect(rowNames()).toEqual(["Omar Haddad"]));

    // user-event types far faster than the debounce, so one search covers the word.
    expect(api.searchContacts).toHaveBeenCalledTimes(1);
    expect(api.searchContacts).toHaveBeenCalledWith("haddad", 200);
  });
});

describe("filters", () => {
  const contacts = [
    makeContact({ id: 1, display_name: "Jana Müller", specialty: "Cardiology", tags: ["mentor"] }),
    makeContact({ id: 2, display_name: "Omar Haddad", specialty: "Nephrology", tags: ["mentor"] }),
    makeContact({ id: 3, display_name: "Priya Raman", specialty: "Cardiology" }),
  ];

  it("suggests the tags, specialties and institutions the book holds, each once", async () => {
    const { api, user } = await renderMain({ contacts });

    await user.click(screen.getByTestId("filter-button"));

    expect(api.contactFacets).toHaveBeenCalledOnce();
    const values = (id: string) =>
      [...screen.getByTestId(id).querySelectorAll("option")].map((option) => option.getAttribute("value"));
    await vi.waitFor(() => expect(values("filter-specialty-values")).toEqual(["Cardiology", "Nephrology"]));
    expect(values("filter-tag-values")).toEqual(["mentor"]);
    expect(screen.getByLabelText("Specialty")).toHaveAttribute("list", "filter-specialty-values");
  });

  it("turns the chosen filters into chips and a ContactFilter; removing a chip asks again", async () => {
    const { api, user } = await renderMain({ contacts });

    await user.click(screen.getByTestId("filter-button"));
    const panel = screen.getByTestId("filter-panel");
    await user.type(within(panel).getByLabelText("Tag"), "mentor");
    await user.type(within(panel).getByLabelText("Specialty"), "Cardiology");
    await user.selectOptions(within(panel).getByLabelText("Relationship"), "referral_partner");
    await user.click(screen.getByTestId("filter-apply"));

    expect(api.contactOrder).toHaveBeenLastCalledWith({
      tag: "mentor",
      specialty: "Cardiology",
      relationship: "referral_partner",
    });
    expect(screen.getAllByTestId("filter-chip").map((chip) => chip.firstChild?.textContent?.trim())).toEqual([
      "Tag: mentor",
      "Specialty: Cardiology",
      "Relationship: Referral partner",
    ]);

    await user.click(screen.getByRole("button", { name: "Remove filter Relationship: Referral partner" }));
    expect(api.contactOrder).toHaveBeenLastCalledWith({ tag: "mentor", specialty: "Cardiology" });
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller"]));

    await user.click(screen.getByTestId("filter-clear"));
    expect(api.contactOrder).toHaveBeenLastCalledWith({});
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(screen.queryAllByTestId("filter-chip")).toHaveLength(0);
  });

  it("counts the whole book while a filter narrows the list, and a contact added under it raises the count", async () => {
    const { api, user } = await renderMain({ contacts });
    const count = () => screen.getByTestId("nav-contacts").querySelector(".count");
    expect(count()).toHaveAccessibleName("3 contacts");

    await user.click(screen.getByTestId("filter-button"));
    await user.type(within(screen.getByTestId("filter-panel")).getByLabelText("Tag"), "mentor");
    await user.click(screen.getByTestId("filter-apply"));
    await waitFor(() => expect(rowNames()).toEqual(["Jana Müller", "Omar Haddad"]));
    expect(count()).toHaveAccessibleName("3 contacts");
    api.contactOrder.mockClear();

    await user.click(screen.getByTestId("new-contact"));
    await user.type(within(screen.getByTestId("contact-form")).getByLabelText("Name"), "Ana Ruiz");
    await user.click(screen.getByTestId("save-contact"));

    await waitFor(() => expect(count()).toHaveAccessibleName("4 contacts"));
    expect(rowNames()).toEqual(["Jana Müller", "Omar Haddad"]);
    // The count is asked for; the whole book is never loaded to count it.
    expect(api.contactCount).toHaveBeenCalled();
    expect(api.contactOrder).not.toHaveBeenCalledWith({});
  });
});

describe("the list's order", () => {
  const people = [
    makeContact({ id: 1, display_name: "Anna Zeller" }),
    makeContact({ id: 2, display_name: "Ben Adams" }),
    makeContact({ id: 3, display_name: "Cleo Moreau" }),
  ];

  it("sorts by family name when asked, back to the shown name, and remembers the choice", async () => {
    localStorage.clear();
    const { api, user } = await renderMain({ contacts: people });
    expect(rowNames()).toEqual(["Anna Zeller", "Ben Adams", "Cleo Moreau"]);

    await user.selectOptions(screen.getByTestId("contact-sort"), "Family name");

    expect(api.contactOrder).toHaveBeenLastCalledWith({ sort: "family" });
    await waitFor(() => expect(rowNames()).toEqual(["Ben Adams", "Cleo Moreau", "Anna Zeller"]));
    cleanup();

    const again = await renderMain({ contacts: people });
    expect(screen.getByTestId("contact-sort")).toHaveValue("family");
    expect(again.api.contactOrder).toHaveBeenCalledWith({ sort: "family" });
    expect(rowNames()).toEqual(["Ben Adams", "Cleo Moreau", "Anna Zeller"]);

    await again.user.selectOptions(screen.getByTestId("contact-sort"), "Name as shown");
    expect(again.api.contactOrder).toHaveBeenLastCalledWith({});
    await waitFor(() => expect(rowNames()).toEqual(["Anna Zeller", "Ben Adams", "Cleo Moreau"]));
    localStorage.clear();
  });
});

describe("why a search result matched", () => {
  it("shows the note's words under the name, marked, as text and never as markup", async () => {
    const { user } = await renderMain({
      contacts: [
        makeContact({ id: 1, display_name: "Ana Lima", institution: "Necker", notes: "Ask about ECMO <b>weaning</b>" }),
        makeContact({ id: 2, display_name: "Ecmo Clinic Bot" }),
      ],
    });

    await user.type(screen.getByTestId("search"), "ecmo");

    await waitFor(() => expect(rowNames()).toEqual(["Ana Lima", "Ecmo Clinic Bot"]));
    const [ana, byName] = screen.getAllByTestId("contact-row");
    const match = within(ana).getByTestId("row-match");
    expect(match).toHaveTextContent("Note: Ask about ECMO <b>weaning</b>");
    expect(match.querySelector("b")).toBeNull();
    expect([...match.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["ECMO"]);
    expect(within(byName).queryByTestId("row-match")).not.toBeInTheDocument();

    await user.clear(screen.getByTestId("search"));
    await waitFor(() => expect(screen.queryByTestId("row-match")).not.toBeInTheDocument());
  });
});
