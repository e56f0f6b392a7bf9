/**
 * Renders the main window over a fake backend. It opens on Today; most tests
 * are about the contacts, so `renderMain` goes there, as the user would.
 */
import { render, screen, waitFor } from "@testing-library/svelte";
import { expect } from "vitest";
import userEvent from "@testing-library/user-event";
import MainView from "../lib/app/MainView.svelte";
import { loadEveryPart } from "../lib/app/lazyParts";
import { fakeBackend, UNLOCKED, type FakeOptions } from "./fakeApi";

// The screens in their own chunks, loaded once as the file is imported (as MainView's static
// imports were, outside any test's time limit): a test finds a screen as soon as it asks, as
// the built app nearly does with its local files.
await loadEveryPart();

/** Renders the main window and waits until the contacts and Today's lines are loaded; it shows Today. */
export async function renderToday(options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  render(MainView, { props: { api: backend.api, session: UNLOCKED } });
  await screen.findByTestId("app-ready");
  await screen.findByTestId("today-screen");
  await waitFor(() => expect(screen.queryByTestId("today-loading")).not.toBeInTheDocument());
  return { api: backend.api, backend, user: userEvent.setup() };
}

/** Renders the main window and goes to the contacts, once their list is loaded. */
export async function renderMain(options: FakeOptions = {}) {
  const rendered = await renderToday(options);
  await rendered.user.click(screen.getByTestId("nav-contacts"));
  await screen.findByTestId("contact-list");
  return rendered;
}

/** The names (with credentials) of the rows on screen. */
export function rowNames(): string[] {
  return screen.queryAllByTestId("contact-row").map((row) => row.querySelector(".name")?.textContent ?? "");
}

/** The list row of the contact called `name`; throws when there is none. */
export function rowOf(name: string): HTMLElement {
  const row = screen.getAllByTestId("contact-row").find((r) => r.textContent?.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** Renders the main window, clicks the contact called `name` and waits for their profile. */
export async function openProfile(name: string, options: FakeOptions = {}) {
  const rendered = await renderMain(options);
  await rendered.user.click(rowOf(name));
  await screen.findByTestId("contact-detail");
  return rendered;
}

/** Renders the main window and opens the calendar screen. */
export async function openCalendar(options: FakeOptions = {}) {
  const rendered = await renderMain(options);
  await rendered.user.click(screen.getByTestId("nav-calendar"));
  await screen.findByTestId("calendar-screen");
  return rendered;
}

/** Renders the main window and opens the CME screen, once its cycles and credits are in. */
export async function openCme(options: FakeOptions = {}) {
  const rendered = await renderMain(options);
  await rendered.user.click(screen.getByTestId("nav-cme"));
  await screen.findByTestId("cme-screen");
  await waitFor(() => expect(rendered.api.claimableCredits).toHaveBeenCalled());
  return rendered;
}

/** The Today lines on screen, by reminder id, in order. */
export function reminderIds(within: ParentNode = document): string[] {
  return [...within.querySelectorAll<HTMLElement>("[data-testid=reminder-line]")].map((line) => line.dataset.reminderId ?? "");
}

/** The Today line of a reminder; throws when there is none. */
export function lineOf(id: string): HTMLElement {
  const line = screen.getAllByTestId("reminder-line").find((l) => l.dataset.reminderId === id);
  if (!line) throw new Error(`no line for ${id}`);
  return line;
}

/**
 * Does `action` on reminder `id`'s Today line as the user would: clicks it
 * when it is the line's main button, else opens the line's menu and picks it
 * there (reminder-done, reminder-dismiss, snooze-day, snooze-week…).
 */
export async function actOnLine(user: ReturnType<typeof userEvent.setup>, id: string, action: string) {
  const line = lineOf(id);
  const main = line.querySelector<HTMLElement>(`:scope > button[data-testid="${action}"]`);
  if (main) return user.click(main);
  await user.click(line.querySelector<HTMLElement>("[data-testid=reminder-menu]")!);
  const menu = line.querySelector<HTMLElement>("[data-testid=line-menu]")!;
  await user.click(menu.querySelector<HTMLElement>(`[data-testid="${action}"]`)!);
}
