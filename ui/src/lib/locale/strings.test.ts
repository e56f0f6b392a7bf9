import { describe, expect, it } from "vitest";
import { hardcodedStrings } from "./hardcoded";

/** Every component's source, by its path under src/ ("lib/today/TodayScreen.svelte"). */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>("../../**/*.svelte", { query: "?raw", import: "default", eager: true })).map(
    ([path, source]) => [new URL(path, "file:///src/lib/locale/").pathname.replace(/^\/src\//, ""), source],
  ),
);

/** Each screen folder of lib/, and the top-level App. */
const FOLDERS = [...new Set(Object.keys(SOURCES).map((path) => (path.startsWith("lib/") ? path.split("/").slice(0, 2).join("/") : path)))].sort();

describe("the strings shown by each folder's components come from the catalogue", () => {
  it.each(FOLDERS)("%s", (folder) => {
    const hardcoded = Object.entries(SOURCES)
      .filter(([path]) => path === folder || path.startsWith(`${folder}/`))
      .flatMap(([path, source]) => hardcodedStrings(source).map(({ line, text }) => `${path}:${line} ${JSON.stringify(text)}`));
    expect(hardcoded).toEqual([]);
  });

  it("looks at every screen", () => {
    expect(FOLDERS).toEqual(expect.arrayContaining(["App.svelte", "lib/contacts", "lib/settings", "lib/today"]));
  });
});

describe("the check itself", () => {
  it("finds text between tags, shown attributes and literals in shown expressions", () => {
    const found = hardcodedStrings(`<script>let busy = false;</script>
<h2>Stay in touch</h2>
<button aria-label="Close the event" class="quiet-button">×</button>
<input placeholder={"Search people"} />
<button>{busy ? "Saving…" : t("common.save")}</button>
<p>{t("today.title")} {count}</p>`);
    expect(found.map(({ line, text }) => [line, text])).toEqual([
      [2, "Stay in touch"],
      [3, "Close the event"],
      [4, "Search people"],
      [5, "Saving…"],
    ]);
  });

  it("leaves keys, classes, symbols and proper names alone", () => {
    expect(hardcodedStrings(`<span class="muted wide" title="Curbside">{t("sidebar.today")} · 3</span><style>p { color: red; }</style>`)).toEqual([]);
  });
});
