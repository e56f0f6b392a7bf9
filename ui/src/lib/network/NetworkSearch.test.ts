import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, makeContact } from "../../test/fakeApi";
import { makeHit } from "../../test/fakeNetworkSearch";
import { renderMain } from "../../test/renderMain";
import type { NetworkHit } from "../bindings/NetworkHit";
import NetworkSearch from "./NetworkSearch.svelte";

const ana = makeContact({ id: 1, display_name: "Ana Ruiz" });

const hits: NetworkHit[] = [
  makeHit({
    kind: "referral",
    label: "Referral",
    row_id: 7,
    title: "Referral from Ana Ruiz · 2026-03-04",
    snippet: "Cardiology · Tricuspid [clip] candidate",
    contact_ids: [1],
  }),
  makeHit({
    kind: "opportunity",
    label: "Opportunity",
    row_id: 3,
    title: "Consultant post",
    snippet: "Structural team, [clip] programme",
  }),
  makeHit({
    kind: "committee_role",
    label: "Committee role",
    row_id: 2,
    title: "Committee roles · ESC",
    snippet: "ESC · Guidelines task force [secretary]",
  }),
  makeHit({
    kind: "milestone",
    label: "Milestone",
    row_id: 1,
    title: "Paper in Circulation",
    snippet: "Paper in Circulation · [Wearable] monitoring trial",
  }),
];

async function openNetwork() {
  const rendered = await renderMain({ contacts: [ana], networkHits: hits });
  await rendered.user.click(screen.getByTestId("nav-network"));
  await screen.findByTestId("network-search");
  return rendered;
}

const shownHits = () =>
  screen.queryAllByTestId("network-hit").map((hit) => hit.textContent?.replace(/\s+/g, " ").trim());

const selectedTab = () => screen.getAllByRole("tab", { hidden: true }).find((tab) => tab.getAttribute("aria-selected") === "true");

describe("the Network search", () => {
  it("shows the matches instead of the tabs, each with its kind, title and the match emphasised", async () => {
    const { api, user } = await openNetwork();
    const field = screen.getByRole("combobox", { name: "Search the Network" });
    expect(field).toHaveAttribute("placeholder", "Search referrals, introductions, mentorship, opportunities, memberships…");
    expect(screen.getByRole("tablist")).toBeVisible();

    await user.type(field, "clip");

    await waitFor(() => expect(shownHits()).toHaveLength(2));
    expect(api.networkSearch).toHaveBeenLastCalledWith("clip", 50);
    expect(shownHits()[0]).toContain("Referral");
    expect(shownHits()[0]).toContain("Referral from Ana Ruiz · 2026-03-04");
    expect(shownHits()[0]).toContain("Cardiology · Tricuspid clip candidate");
    const marks = within(screen.getAllByTestId("network-hit")[0]).getAllByText("clip", { selector: "mark" });
    expect(marks).toHaveLength(1);
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    expect(screen.getByRole("listbox", { name: "Matches in the Network" })).toBeInTheDocument();
  });

  it("waits for a pause in typing before asking the backend", async () => {
    const { api, user } = await openNetwork();
    await user.type(screen.getByTestId("network-search"), "secr");
    await waitFor(() => expect(shownHits()).toHaveLength(1));
    expect(api.networkSearch).toHaveBeenCalledTimes(1);
  });

  it("moves through the matches with the arrows and opens the chosen one's tab with Enter", async () => {
    const { user } = await openNetwork();
    const field = screen.getByTestId("network-search");
    await user.type(field, "clip");
    await waitFor(() => expect(shownHits()).toHaveLength(2));
    const options = screen.getAllByRole("option");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    expect(field).toHaveAttribute("aria-activedescendant", options[0].id);

    await user.keyboard("{ArrowDown}");
    expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true");
    expect(field).toHaveAttribute("aria-activedescendant", options[1].id);
    await user.keyboard("{ArrowDown}");
    expect(screen.getAllByRole("option")[0]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowUp}{Enter}");

    expect(field).toHaveValue("");
    await waitFor(() => expect(screen.getByRole("tablist")).toBeVisible());
    expect(selectedTab()).toHaveTextContent("Opportunities");
    expect(await screen.findByTestId("opportunity-title")).toBeVisible();
  });

  it("opens the tab of a match clicked: a committee role its membership's", async () => {
    const { user } = await openNetwork();
    await user.type(screen.getByTestId("network-search"), "secretary");
    await waitFor(() => expect(shownHits()).toHaveLength(1));
    await user.click(screen.getAllByTestId("network-hit")[0]);
    expect(selectedTab()).toHaveTextContent("Memberships");
  });

  it("opens your presence in Settings for one of your milestones", async () => {
    const { user } = await openNetwork();
    await user.type(screen.getByTestId("network-search"), "wearable");
    await waitFor(() => expect(shownHits()).toHaveLength(1));
    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("presence-section")).toBeInTheDocument();
  });

  it("says No matches, and Escape or clearing brings the tabs back as they were", async () => {
    const { user } = await openNetwork();
    await user.click(screen.getByTestId("network-tab-memberships"));
    const field = screen.getByTestId("network-search");
    await user.type(field, "zebra");
    expect(await screen.findByTestId("network-search-empty")).toHaveTextContent("No matches");
    expect(screen.queryAllByTestId("network-hit")).toHaveLength(0);

    await user.keyboard("{Escape}");
    expect(field).toHaveValue("");
    expect(screen.getByRole("tablist")).toBeVisible();
    expect(selectedTab()).toHaveTextContent("Memberships");

    await user.type(field, "clip");
    await waitFor(() => expect(shownHits()).toHaveLength(2));
    await user.clear(field);
    expect(screen.getByRole("tablist")).toBeVisible();
    expect(screen.queryByTestId("network-search-results")).not.toBeInTheDocument();
  });
});

describe("NetworkSearch on its own", () => {
  it("shows what a user wrote as text, never as markup", async () => {
    const api = fakeApi({
      networkHits: [
        makeHit({
          kind: "referral",
          row_id: 1,
          title: "<b>Ruiz</b>",
          snippet: "<img src=x onerror=alert(1)> [audit]",
        }),
      ],
    });
    const onChoose = vi.fn();
    const user = userEvent.setup();
    render(NetworkSearch, { api, onChoose, delayMs: 0 });
    await user.type(screen.getByTestId("network-search"), "audit");
    const hit = await screen.findByTestId("network-hit");
    expect(hit.querySelector("img")).toBeNull();
    expect(hit.querySelector("b")).toBeNull();
    expect(hit).toHaveTextContent("<b>Ruiz</b>");
    expect(within(hit).getByText("audit", { selector: "mark" })).toBeInTheDocument();

    await user.keyboard("{Enter}");
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ kind: "referral", row_id: 1 }));
  });

  it("drops an answer that arrives after the query moved on", async () => {
    const api = fakeApi();
    let answerSlow: (hits: NetworkHit[]) => void = () => {};
    api.networkSearch
      .mockImplementationOnce(() => new Promise<NetworkHit[]>((resolve) => (answerSlow = resolve)))
      .mockImplementationOnce(async () => [makeHit({ kind: "membership", row_id: 2, title: "ESC", snippet: "[ESC]" })]);
    const user = userEvent.setup();
    render(NetworkSearch, { api, onChoose: vi.fn(), delayMs: 0 });
    const field = screen.getByTestId("network-search");
    await user.type(field, "e");
    await waitFor(() => expect(api.networkSearch).toHaveBeenCalledTimes(1));
    await user.type(field, "s");
    await waitFor(() => expect(screen.getAllByTestId("network-hit")).toHaveLength(1));
    answerSlow([makeHit({ kind: "referral", row_id: 9, title: "Stale", snippet: "[e]" })]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByTestId("network-hit")).toHaveTextContent("ESC");
  });
});
