import { describe, expect, it } from "vitest";
import { fileName, importContent, isImportable, progressText, summaryText } from "./importText";

describe("import text", () => {
  it("counts progress with thousands separators", () => {
    expect(progressText(1500)).toBe(`${(1500).toLocaleString()} contacts…`);
    expect(progressText(1)).toBe("1 contact…");
  });

  it("sums up what an import did", () => {
    expect(summaryText({ created: 12, updated: 3, unchanged: 40, skipped: 1, errors: [], warnings: [] })).toBe(
      "12 new, 3 updated, 40 unchanged, 1 skipped",
    );
  });

  it("knows which files it can read, in any case", () => {
    expect(isImportable("/home/doc/Contacts.VCF")).toBe(true);
    expect(isImportable("C:\\Users\\doc\\people.vcard")).toBe(true);
    expect(isImportable("/tmp/Connections.csv")).toBe(true);
    expect(isImportable("/tmp/ESC 2026.ICS")).toBe(true);
    expect(isImportable("/tmp/paper.pdf")).toBe(false);
    expect(isImportable("/tmp/vcf")).toBe(false);
  });

  it("counts events for calendar files, and entries for a mix", () => {
    expect(importContent(["/a.vcf", "/b.csv"])).toBe("contacts");
    expect(importContent(["/esc.ics"])).toBe("events");
    expect(importContent(["/esc.ics", "/a.vcf"])).toBe("entries");
    expect(progressText(1, "events")).toBe("1 event…");
    expect(progressText(20, "entries")).toBe("20 entries…");
  });

  it("shows the file name of a path from any system", () => {
    expect(fileName("/home/doc/Connections.csv")).toBe("Connections.csv");
    expect(fileName("C:\\Users\\doc\\contacts.vcf")).toBe("contacts.vcf");
  });
});
