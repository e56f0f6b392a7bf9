// Placeholder until the Rust type generates it.
import type { TemplateKind } from "./TemplateKind";
export type MessageTemplate = { kind: TemplateKind, name: string, subject: string, body: string, edited: boolean, };
