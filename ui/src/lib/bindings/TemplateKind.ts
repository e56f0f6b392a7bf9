// Placeholder until the Rust type generates it.
export type TemplateKind = "follow_up" | "congratulations" | "birthday" | "referral_thanks" | "introduction" | "article";
