import { describe, expect, it } from "vitest";
import { addressLine, formatBirthday, initialsOf, localTimeIn } from "./profileText";

describe("profile text", () => {
  it("formats birthdays with and without the year", () => {
    expect(formatBirthday("1980-03-29", "en-GB")).toBe("29 March 1980");
    expect(formatBirthday("--03-29", "en-GB")).toBe("29 March");
    expect(formatBirthday("--0329", "en-GB")).toBe("29 March");
    expect(formatBirthday("someday", "en-GB")).toBe("someday");
  });

  it("tells the time in the person's zone, or nothing for an unknown zone", () => {
    const now = new Date("2026-03-29T12:00:00Z");
    expect(localTimeIn("Asia/Tokyo", now, "en-GB")).toBe("21:00");
    expect(localTimeIn("Not/AZone", now)).toBeNull();
    expect(localTimeIn("", now)).toBeNull();
  });

  it("puts an address on one line without blank parts", () => {
    expect(
      addressLine({
        label: "work",
        po_box: "",
        extended: "Building 3",
        street: "Charitéplatz 1",
        locality: "Berlin",
        region: "",
        postal_code: "10117",
        country: "Germany",
      }),
    ).toBe("Building 3, Charitéplatz 1, 10117 Berlin, Germany");
  });

  it("makes initials from the first and last names, skipping titles", () => {
    expect(initialsOf("Amara Okafor")).toBe("AO");
    expect(initialsOf("Dr. Jana van der Berg")).toBe("JB");
    expect(initialsOf("Li")).toBe("L");
    expect(initialsOf("  ")).toBe("?");
  });
});
