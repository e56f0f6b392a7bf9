// Placeholder until the Rust type generates it.
import type { TemplateKind } from "./TemplateKind";
export type SentMessage = { contact_id: number, template: TemplateKind, subject: string, reminder_id: string | null, };
