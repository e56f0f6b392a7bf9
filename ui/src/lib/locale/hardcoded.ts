/**
 * Finds words written straight into a component's markup instead of coming
 * from the string catalogue: text between tags, and literal values of the
 * attributes a person reads or hears (labels, titles, placeholders, alt text).
 * The strings test runs it over every component so a new hard-coded word
 * fails the suite (CONTRIBUTING.md, "Strings and languages").
 */
import { parse } from "svelte/compiler";

/** Attributes whose literal value is shown or read aloud. */
const SHOWN_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-placeholder",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "intro",
  "heading",
  "message",
  "hint",
  "emptyText",
  "confirmLabel",
  "cancelLabel",
  "legend",
  "summary",
  "caption",
]);

/** Names that stay as they are in every language. */
const PROPER_NAMES = new Set(["Curbside", "CME", "LinkedIn", "Google", "Outlook", "vCard", "iCalendar", "CardDAV", "CalDAV", "AoE"]);

/** Text a translation would change: words, not symbols, numbers, keys or a proper name. */
function isWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text) && !PROPER_NAMES.has(text.trim());
}

export interface Hardcoded {
  line: number;
  text: string;
}

interface Node {
  type: string;
  start: number;
  name?: string;
  data?: string;
  value?: true | Node | Node[];
  attributes?: Node[];
  fragment?: { nodes: Node[] };
  [key: string]: unknown;
}

/** Every hard-coded shown string in one component's source. */
export function hardcodedStrings(source: string): Hardcoded[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: { nodes: Node[] } };
  const found: Hardcoded[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split("\n").length;
  const note = (node: Node, text: string) => {
    if (isWords(text)) found.push({ line: lineOf(node.start), text: text.trim().replace(/\s+/g, " ") });
  };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const node = value as Node;
    if (node.type === "Text" && typeof node.data === "string") note(node, node.data);
    if (node.type === "ExpressionTag") literals(node.expression, note);
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== "Attribute" || !SHOWN_ATTRIBUTES.has(attribute.name ?? "")) continue;
      const value = attribute.value;
      const parts = Array.isArray(value) ? value : value && value !== true ? [value] : [];
      for (const part of parts) {
        if (part.type === "Text") note(part, String(part.data));
        if (part.type === "ExpressionTag") literals(part.expression, note);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "attributes" || key === "value" || key === "expression") continue;
      if (child && typeof child === "object") visit(child);
    }
  };
  visit(ast.fragment.nodes);
  return found;
}

/**
 * The string literals an expression shows, e.g. both sides of
 * `saving ? "Saving…" : "Save"`. A call's arguments are not shown as they
 * are (a string key, a format name), so they are skipped, except a template
 * literal's words, which are.
 */
function literals(expression: unknown, note: (node: Node, text: string) => void) {
  if (!expression || typeof expression !== "object") return;
  const node = expression as Node;
  if (node.type === "Literal" && typeof node.value === "string") return note(node, node.value);
  if (node.type === "TemplateLiteral")
    for (const quasi of node.quasis as Node[]) note(quasi, String((quasi.value as unknown as { cooked: string }).cooked));
  if (node.type === "CallExpression") return;
  for (const [key, child] of Object.entries(node)) {
    if (key === "type" || key === "loc") continue;
    if (Array.isArray(child)) child.forEach((c) => literals(c, note));
    else if (child && typeof child === "object") literals(child, note);
  }
}
