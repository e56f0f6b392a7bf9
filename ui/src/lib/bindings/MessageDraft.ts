// Placeholder until the Rust type generates it.
import type { TemplateKind } from "./TemplateKind";
export type MessageDraft = { contact_id: number, template: TemplateKind, subject: string, body: string, email: string | null, mailto: string | null, profile_link: string | null, reminder_id: string | null, };
