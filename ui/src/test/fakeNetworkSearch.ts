/**
 * The Network search half of the fake backend: the hits a test gives, found
 * when every word of the query starts a word of their title or snippet
 * (accents and case ignored), as the core's index finds them.
 */
import { vi } from "vitest";
import type { NetworkHit } from "../lib/bindings/NetworkHit";

export interface FakeNetworkSearchOptions {
  networkHits?: NetworkHit[];
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");

/** A hit with its snippet given as text, `[word]` marking a match. */
export function makeHit(fields: Omit<NetworkHit, "snippet" | "contact_ids" | "label"> & { snippet: string; label?: string; contact_ids?: number[] }): NetworkHit {
  return {
    label: fields.kind.replace(/_/g, " "),
    contact_ids: [],
    ...fields,
    snippet: fields.snippet
      .split(/(\[[^\]]*\])/)
      .filter((part) => part !== "")
      .map((part) => (part.startsWith("[") ? { text: part.slice(1, -1), matched: true } : { text: part, matched: false })),
  };
}

export function fakeNetworkSearchBackend(options: FakeNetworkSearchOptions) {
  const hits = [...(options.networkHits ?? [])];
  return {
    api: {
      networkSearch: vi.fn(async (query: string, limit: number) => {
        const asked = wordsOf(query);
        if (asked.length === 0) return [];
        return hits
          .filter((hit) => {
            const words = wordsOf([hit.title, ...hit.snippet.map((part) => part.text)].join(" "));
            return asked.every((word) => words.some((candidate) => candidate.startsWith(word)));
          })
          .slice(0, limit);
      }),
    },
  };
}
