import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { hardcodedStrings } from "./hardcoded";

const SRC = join(__dirname, "../..");

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return components(path);
    return path.endsWith(".svelte") ? [path] : [];
  });
}

/** Every screen folder, and the top-level App. */
const FOLDERS = ["App.svelte", ...readdirSync(join(SRC, "lib")).map((name) => `lib/${name}`)].filter(
  (folder) => folder.endsWith(".svelte") || statSync(join(SRC, folder)).isDirectory(),
);

describe("the strings shown by each folder's components come from the catalogue", () => {
  it.each(FOLDERS)("%s", (folder) => {
    const root = join(SRC, folder);
    const files = folder.endsWith(".svelte") ? [root] : components(root);
    const hardcoded = files.flatMap((file) =>
      hardcodedStrings(readFileSync(file, "utf8")).map(({ line, text }) => `${relative(SRC, file)}:${line} ${JSON.stringify(text)}`),
    );
    expect(hardcoded).toEqual([]);
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
