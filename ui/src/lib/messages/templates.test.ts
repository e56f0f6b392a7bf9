import { describe, expect, it } from "vitest";
import { PLACEHOLDERS, TEMPLATE_KINDS, mailtoWith, messageText, templateLabel } from "./templates";

describe("message templates", () => {
  it("are the six of the issue and the trip radar's, by name", () => {
    expect(TEMPLATE_KINDS.map((entry) => entry.label)).toEqual([
      "Follow-up after a meeting",
      "Congratulations",
      "Birthday",
      "Thanks for a referral",
      "Introduction",
      "Sharing an article",
      "In their city for an event",
    ]);
    expect(templateLabel("referral_thanks")).toBe("Thanks for a referral");
    // Drafted from an introduction only, never offered for a plain draft.
    expect(templateLabel("introduction_follow_up")).toBe("How did the introduction go?");
    expect(TEMPLATE_KINDS.map((entry) => entry.kind)).not.toContain("introduction_follow_up");
  });

  it("explain every placeholder the backend fills", () => {
    expect(PLACEHOLDERS.map((entry) => entry.name)).toEqual([
      "{first_name}",
      "{last_name}",
      "{name}",
      "{salutation}",
      "{topic}",
      "{event}",
      "{milestone}",
      "{institution}",
      "{city}",
      "{dates}",
      "{my_name}",
      "{my_first_name}",
    ]);
  });

  it("copy as the subject, a blank line and the body", () => {
    expect(messageText("Good to talk", "Dear Amara,\n\nThanks.")).toBe("Good to talk\n\nDear Amara,\n\nThanks.");
    expect(messageText("  ", "Just the body")).toBe("Just the body");
  });

  it("mail the edited text, encoded for a mailto: link", () => {
    const mailto = "mailto:amara@example.org?subject=Good%20to%20talk&body=Hi";

    expect(mailtoWith(mailto, "Q&A? Grüße", "Line one\nLine two (really!)")).toBe(
      "mailto:amara@example.org?subject=Q%26A%3F%20Gr%C3%BC%C3%9Fe&body=Line%20one%0D%0ALine%20two%20%28really%21%29",
    );
  });

  it("leave an emptied subject or body out of the link", () => {
    expect(mailtoWith("mailto:amara@example.org?subject=Hi", "", "Thanks")).toBe("mailto:amara@example.org?body=Thanks");
    expect(mailtoWith("mailto:amara@example.org", "", "")).toBe("mailto:amara@example.org");
  });
});
